import SapaModel

/// What the command line says: its help, its summaries and its own errors. The help's frame
/// (USAGE, OPTIONS) is argument-parser's and is translated in `HelpHeading`.
public enum CommandMessage: String, MessageCatalogue {
    case rootAbstract, rootDiscussion, buildAbstract, checkAbstract, serveAbstract, serveDiscussion, newEditionAbstract, newEditionDiscussion
    case siteHelp, langHelp, outputHelp, baseURLHelp, verboseHelp, yearHelp, fromHelp, hostHelp, portHelp, draftsHelp
    case built, buildFailed, checked, checkedWithWarnings, checkFailed, editionCreated
    case portOutOfRange, unknownLanguage

    public static let area = "command"

    public var text: MessageText {
        switch self {
        case .rootAbstract, .rootDiscussion, .buildAbstract, .checkAbstract, .serveAbstract, .serveDiscussion, .newEditionAbstract, .newEditionDiscussion:
            commandText
        case .siteHelp, .langHelp, .outputHelp, .baseURLHelp, .verboseHelp, .yearHelp, .fromHelp, .hostHelp, .portHelp, .draftsHelp:
            optionText
        default:
            reportText
        }
    }

    private var reportText: MessageText {
        switch self {
        case .built:
            MessageText(
                en: "Built %{pages} pages (%{files} files, %{kib} KiB) in %{seconds} s into %{folder}",
                ru: "Собрано %{pages} %{pages|страница|страницы|страниц} (%{files} %{files|файл|файла|файлов}, %{kib} КиБ) за %{seconds} с в %{folder}",
                kk: "%{pages} бет жиналды (%{files} файл, %{kib} КиБ), %{seconds} с ішінде, %{folder} ішіне")
        case .buildFailed:
            MessageText(
                en: "sapa: %{count} error(s); nothing was written, the previous output is unchanged",
                ru: "sapa: %{count} %{count|ошибка|ошибки|ошибок}; ничего не записано, прежний результат не изменён",
                kk: "sapa: %{count} қате; ештеңе жазылған жоқ, алдыңғы нәтиже өзгеріссіз")
        case .checked:
            MessageText(
                en: "No errors: %{services} services, %{tables} tables, %{pages} pages",
                ru: "Ошибок нет: %{services} %{services|услуга|услуги|услуг}, %{tables} %{tables|таблица|таблицы|таблиц}, %{pages} %{pages|страница|страницы|страниц}",
                kk: "Қате жоқ: %{services} қызмет, %{tables} кесте, %{pages} бет")
        case .checkedWithWarnings:
            MessageText(
                en: "No errors: %{services} services, %{tables} tables, %{pages} pages, %{warnings} warning(s)",
                ru:
                    "Ошибок нет: %{services} %{services|услуга|услуги|услуг}, %{tables} %{tables|таблица|таблицы|таблиц}, %{pages} %{pages|страница|страницы|страниц}, %{warnings} %{warnings|предупреждение|предупреждения|предупреждений}",
                kk: "Қате жоқ: %{services} қызмет, %{tables} кесте, %{pages} бет, %{warnings} ескерту")
        case .checkFailed:
            MessageText(en: "sapa: %{count} error(s)", ru: "sapa: %{count} %{count|ошибка|ошибки|ошибок}", kk: "sapa: %{count} қате")
        case .editionCreated:
            MessageText(
                en: "Created Content/%{year}/ as a draft. Fill in, in this order:",
                ru: "Создана папка Content/%{year}/ как черновик. Заполните по порядку:",
                kk: "Content/%{year}/ қалтасы жоба ретінде жасалды. Мына ретпен толтырыңыз:")
        case .portOutOfRange:
            MessageText(en: "--port must be between 0 and 65535", ru: "--port должен быть от 0 до 65535", kk: "--port 0 мен 65535 аралығында болуы керек")
        default:
            MessageText(
                en: "--lang is «%{code}»; write kk, ru or en", ru: "--lang — «%{code}»; напишите kk, ru или en", kk: "--lang мәні — «%{code}»; kk, ru немесе en деп жазыңыз")
        }
    }
}
