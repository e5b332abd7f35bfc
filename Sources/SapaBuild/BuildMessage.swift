import SapaModel

/// What the build says about the output folder, the templates it needs and the files it writes.
enum BuildMessage: String, MessageCatalogue {
    case outputHoldsSources, outputTooWide, outputIsFile, cannotWrite, cannotReplace, cannotMove, unexpected
    case missingTemplate, staticReplacesPage

    static let area = "build"

    var text: MessageText {
        switch self {
        case .outputHoldsSources:
            MessageText(
                en: "refusing to write the site into %{output}: it is or contains the site's sources (%{sources}); choose another --output folder, like Output",
                ru: "сайт не будет записан в %{output}: эта папка — исходники сайта или содержит их (%{sources}); выберите другую папку --output, например Output",
                kk: "сайт %{output} ішіне жазылмайды: бұл қалта — сайттың бастапқы файлдары немесе оларды қамтиды (%{sources}); басқа --output қалтасын таңдаңыз, мысалы Output")
        case .outputTooWide:
            MessageText(
                en: "refusing to write the site into %{output}; choose a folder of its own, like Output",
                ru: "сайт не будет записан в %{output}; выберите для него отдельную папку, например Output",
                kk: "сайт %{output} ішіне жазылмайды; оған жеке қалта таңдаңыз, мысалы Output")
        case .outputIsFile:
            MessageText(
                en: "%{output} is a file, not a folder; remove it or choose another --output",
                ru: "%{output} — файл, а не папка; удалите его или выберите другую папку --output",
                kk: "%{output} — қалта емес, файл; оны өшіріңіз немесе басқа --output таңдаңыз")
        case .cannotWrite:
            MessageText(
                en: "cannot write the site: %{detail}; the previous output is unchanged",
                ru: "не удалось записать сайт: %{detail}; прежний результат сборки не изменён",
                kk: "сайтты жазу мүмкін болмады: %{detail}; алдыңғы нәтиже өзгерген жоқ")
        case .cannotReplace:
            MessageText(
                en: "cannot replace %{output} (%{reason}); the previous output is unchanged",
                ru: "не удалось заменить %{output} (%{reason}); прежний результат сборки не изменён",
                kk: "%{output} ауыстыру мүмкін болмады (%{reason}); алдыңғы нәтиже өзгерген жоқ")
        case .cannotMove:
            MessageText(
                en: "cannot move the new site into place (%{reason}); the previous output is unchanged",
                ru: "не удалось поставить новый сайт на место прежнего (%{reason}); прежний результат сборки не изменён",
                kk: "жаңа сайтты орнына қою мүмкін болмады (%{reason}); алдыңғы нәтиже өзгерген жоқ")
        case .unexpected:
            // An error of the system or of a library, as it describes itself.
            MessageText(en: "%{detail}", ru: "%{detail}", kk: "%{detail}")
        case .missingTemplate:
            MessageText(
                en: "the template is missing; Sapa renders its pages with it",
                ru: "шаблона нет; Sapa выводит им свои страницы",
                kk: "үлгі жоқ; Sapa өз беттерін сол арқылы шығарады")
        case .staticReplacesPage:
            MessageText(
                en: "this file would replace the page Sapa generates at /%{path}; rename or remove it",
                ru: "этот файл заменил бы страницу, которую Sapa создаёт по адресу /%{path}; переименуйте или удалите его",
                kk: "бұл файл Sapa /%{path} мекенжайында жасайтын бетті ауыстырып жібереді; атын өзгертіңіз немесе өшіріңіз")
        }
    }
}
