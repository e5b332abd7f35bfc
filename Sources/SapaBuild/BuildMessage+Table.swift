import SapaModel

/// The texts of `BuildMessage`, in each language the tool speaks.
extension BuildMessage {
    static let table = MessageTable(
        #"""
        outputHoldsSources
        en: refusing to write the site into %{output}: it is or contains the site's sources (%{sources}); choose another --output folder, like Output
        ru: сайт не будет записан в %{output}: эта папка — исходники сайта или содержит их (%{sources}); выберите другую папку --output, например Output
        kk: сайт %{output} ішіне жазылмайды: бұл қалта — сайттың бастапқы файлдары немесе оларды қамтиды (%{sources}); басқа --output қалтасын таңдаңыз, мысалы Output

        outputTooWide
        en: refusing to write the site into %{output}; choose a folder of its own, like Output
        ru: сайт не будет записан в %{output}; выберите для него отдельную папку, например Output
        kk: сайт %{output} ішіне жазылмайды; оған жеке қалта таңдаңыз, мысалы Output

        outputIsFile
        en: %{output} is a file, not a folder; remove it or choose another --output
        ru: %{output} — файл, а не папка; удалите его или выберите другую папку --output
        kk: %{output} — қалта емес, файл; оны өшіріңіз немесе басқа --output таңдаңыз

        cannotWrite
        en: cannot write the site: %{detail}; the previous output is unchanged
        ru: не удалось записать сайт: %{detail}; прежний результат сборки не изменён
        kk: сайтты жазу мүмкін болмады: %{detail}; алдыңғы нәтиже өзгерген жоқ

        cannotReplace
        en: cannot replace %{output} (%{reason}); the previous output is unchanged
        ru: не удалось заменить %{output} (%{reason}); прежний результат сборки не изменён
        kk: %{output} ауыстыру мүмкін болмады (%{reason}); алдыңғы нәтиже өзгерген жоқ

        cannotMove
        en: cannot move the new site into place (%{reason}); the previous output is unchanged
        ru: не удалось поставить новый сайт на место прежнего (%{reason}); прежний результат сборки не изменён
        kk: жаңа сайтты орнына қою мүмкін болмады (%{reason}); алдыңғы нәтиже өзгерген жоқ

        unexpected
        en: %{detail}
        ru: %{detail}
        kk: %{detail}

        missingTemplate
        en: the template is missing; Sapa renders its pages with it
        ru: шаблона нет; Sapa выводит им свои страницы
        kk: үлгі жоқ; Sapa өз беттерін сол арқылы шығарады

        staticReplacesPage
        en: this file would replace the page Sapa generates at /%{path}; rename or remove it
        ru: этот файл заменил бы страницу, которую Sapa создаёт по адресу /%{path}; переименуйте или удалите его
        kk: бұл файл Sapa /%{path} мекенжайында жасайтын бетті ауыстырып жібереді; атын өзгертіңіз немесе өшіріңіз
        """#)
}
