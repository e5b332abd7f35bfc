import SapaModel

extension CommandMessage {
    var commandText: MessageText {
        switch self {
        case .rootAbstract:
            MessageText(
                en: "Builds the public-service quality results site from Content/ and Templates/.",
                ru: "Собирает сайт результатов оценки качества государственных услуг из Content/ и Templates/.",
                kk: "Мемлекеттік қызметтер сапасын бағалау нәтижелерінің сайтын Content/ және Templates/ қалталарынан жинайды.")
        case .rootDiscussion:
            MessageText(
                en: "Every command takes --lang kk|ru|en for the language of its messages (else tool_language in Content/site.yml, SAPA_LANG, the locale, English).",
                ru: "Каждая команда принимает --lang kk|ru|en — язык её сообщений (иначе tool_language в Content/site.yml, SAPA_LANG, язык системы, английский).",
                kk: "Әр команда --lang kk|ru|en параметрін қабылдайды — хабарламалар тілі (әйтпесе Content/site.yml ішіндегі tool_language, SAPA_LANG, жүйе тілі, ағылшын тілі).")
        case .buildAbstract:
            MessageText(
                en: "Build the site into Output/ (replaced whole, only when the build succeeds).",
                ru: "Собрать сайт в Output/ (папка заменяется целиком и только при успешной сборке).",
                kk: "Сайтты Output/ қалтасына жинау (қалта тек сәтті жинақтан кейін толығымен ауыстырылады).")
        case .checkAbstract:
            MessageText(
                en: "Check the content and templates as the build does, writing nothing.",
                ru: "Проверить содержимое и шаблоны так же, как при сборке, ничего не записывая.",
                kk: "Мазмұн мен үлгілерді жинақтағыдай тексеру, ештеңе жазбай.")
        case .serveAbstract:
            MessageText(
                en: "Build the site, serve it for preview and rebuild it on every change; open pages reload by themselves.",
                ru: "Собрать сайт, показать его для предпросмотра и пересобирать при каждом изменении; открытые страницы обновляются сами.",
                kk: "Сайтты жинап, алдын ала қарауға көрсету және әр өзгерістен кейін қайта жинау; ашық беттер өздігінен жаңарады.")
        case .serveDiscussion:
            MessageText(
                en: "Nothing is written to Output/. Errors print here and show on the open pages until fixed. Ctrl-C stops.",
                ru: "В Output/ ничего не записывается. Ошибки печатаются здесь и видны на открытых страницах, пока их не исправят. Ctrl-C — остановить.",
                kk: "Output/ қалтасына ештеңе жазылмайды. Қателер осында шығады және түзетілгенше ашық беттерде көрінеді. Ctrl-C — тоқтату.")
        case .newEditionAbstract:
            MessageText(
                en: "Start next year's edition: Content/YEAR/ as a draft, with every spreadsheet's header row.",
                ru: "Начать издание следующего года: Content/ГОД/ как черновик, с заголовками всех таблиц.",
                kk: "Келесі жылдың басылымын бастау: Content/ЖЫЛ/ жоба ретінде, барлық кестелердің тақырып жолдарымен.")
        default:
            MessageText(
                en:
                    "With --from, the rows of that edition's services, bodies and regions come along with their figures left empty, and its service texts with their facts and no findings. A draft is checked but left out of the built site; sapa serve --drafts shows it.",
                ru:
                    "С --from переносятся строки услуг, органов и регионов того издания с пустыми цифрами, а также тексты услуг с их сведениями, но без выводов. Черновик проверяется, но не входит в собранный сайт; sapa serve --drafts показывает его.",
                kk:
                    "--from көрсетілсе, сол басылымның қызметтері, органдары мен өңірлерінің жолдары сандары бос күйінде, ал қызмет мәтіндері деректерімен, бірақ қорытындыларсыз көшіріледі. Жоба тексеріледі, бірақ жиналған сайтқа кірмейді; sapa serve --drafts оны көрсетеді."
            )
        }
    }

    var optionText: MessageText {
        switch self {
        case .siteHelp:
            MessageText(
                en: "The site folder, holding Content/ and Templates/.", ru: "Папка сайта, в которой лежат Content/ и Templates/.",
                kk: "Content/ және Templates/ жатқан сайт қалтасы.")
        case .langHelp:
            MessageText(
                en: "The language of the tool's messages: kk, ru or en.", ru: "Язык сообщений Sapa: kk, ru или en.", kk: "Sapa хабарламаларының тілі: kk, ru немесе en.")
        case .outputHelp:
            MessageText(
                en: "Where to write the site (default: SITE/Output).", ru: "Куда записать сайт (по умолчанию: SITE/Output).", kk: "Сайтты қайда жазу керек (әдепкі: SITE/Output).")
        case .baseURLHelp:
            MessageText(
                en: "The address the site is published at, e.g. https://example.kz/results/.", ru: "Адрес, по которому публикуется сайт, например https://example.kz/results/.",
                kk: "Сайт жарияланатын мекенжай, мысалы https://example.kz/results/.")
        case .verboseHelp:
            MessageText(en: "Print how long each step took.", ru: "Показать, сколько длился каждый шаг.", kk: "Әр қадамның қанша уақыт алғанын көрсету.")
        case .yearHelp:
            MessageText(en: "The edition's year, like 2021.", ru: "Год издания, например 2021.", kk: "Басылым жылы, мысалы 2021.")
        case .fromHelp:
            MessageText(
                en: "The edition to take the services, bodies and regions from, like 2020.", ru: "Издание, из которого взять услуги, органы и регионы, например 2020.",
                kk: "Қызметтер, органдар мен өңірлер алынатын басылым, мысалы 2020.")
        case .hostHelp:
            MessageText(
                en: "The address to listen on; anything but 127.0.0.1 or localhost lets others on the network see the preview.",
                ru: "Адрес, на котором слушать; всё, кроме 127.0.0.1 или localhost, открывает предпросмотр другим в сети.",
                kk: "Тыңдайтын мекенжай; 127.0.0.1 немесе localhost-тан басқасы алдын ала қарауды желідегі басқаларға ашады.")
        case .portHelp:
            MessageText(en: "The port to listen on (0: any free port).", ru: "Порт (0 — любой свободный).", kk: "Порт (0 — кез келген бос порт).")
        default:
            MessageText(
                en: "Show the latest edition even if its edition.yml says `draft: true` (a build leaves drafts out).",
                ru: "Показать последнее издание, даже если в его edition.yml написано `draft: true` (сборка черновики не включает).",
                kk: "Соңғы басылымды оның edition.yml файлында `draft: true` деп жазылса да көрсету (жинақ жобаларды қоспайды).")
        }
    }
}

/// argument-parser's own words in its help, in the tool's language.
public enum HelpHeading {
    public static func translate(_ help: String, to language: Language) -> String {
        let words: [(String, ru: String, kk: String)] = [
            ("OVERVIEW:", "ОПИСАНИЕ:", "СИПАТТАМА:"), ("USAGE:", "ИСПОЛЬЗОВАНИЕ:", "ҚОЛДАНЫЛУЫ:"), ("OPTIONS:", "ПАРАМЕТРЫ:", "ПАРАМЕТРЛЕР:"),
            ("ARGUMENTS:", "АРГУМЕНТЫ:", "АРГУМЕНТТЕР:"), ("SUBCOMMANDS:", "КОМАНДЫ:", "КОМАНДАЛАР:"),
            ("Show help information.", "Показать справку.", "Анықтаманы көрсету."),
            ("See 'sapa help <subcommand>' for detailed help.", "Подробнее: 'sapa help <команда>'.", "Толығырақ: 'sapa help <команда>'."),
            ("(default: ", "(по умолчанию: ", "(әдепкі: "),
        ]
        guard language != .en else { return help }
        var text = help
        for word in words { text = text.replacingOccurrences(of: word.0, with: language == .ru ? word.ru : word.kk) }
        return text
    }
}
