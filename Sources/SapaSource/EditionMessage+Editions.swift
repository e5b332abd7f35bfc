import SapaModel

extension EditionMessage {
    /// An edition's folder, its `edition.yml`, `services.csv`, `data-notes.csv`, and how its
    /// texts and figures fit together.
    var editionText: MessageText {
        switch self {
        case .secondEdition:
            MessageText(
                en: "a second edition of %{year}, beside Content/%{year}: a year has one edition; keep one of the two folders (move the other out of Content/)",
                ru: "второе издание %{year} года рядом с Content/%{year}: у года одно издание; оставьте одну из двух папок (другую перенесите из Content/)",
                kk: "Content/%{year} қалтасының жанында %{year} жылдың екінші басылымы: бір жылдың бір басылымы болады; екі қалтаның біреуін қалдырыңыз (екіншісін Content/ сыртына шығарыңыз)")
        case .folderNotYear:
            MessageText(
                en: "an edition's folder is named after its year, like Content/2021; rename «%{name}» (or move it out of Content/ if it is not an edition)",
                ru: "папка издания называется по его году, например Content/2021; переименуйте «%{name}» (или перенесите её из Content/, если это не издание)",
                kk: "басылым қалтасы оның жылымен аталады, мысалы Content/2021; «%{name}» атын өзгертіңіз (немесе бұл басылым болмаса, оны Content/ сыртына шығарыңыз)")
        case .noEditionFile:
            MessageText(
                en: "the edition has no edition.yml; create it with `year: %{year}`, `draft: true` and the report's `title_kk` (or run `sapa new-edition %{year}`)",
                ru: "у издания нет edition.yml; создайте его с `year: %{year}`, `draft: true` и `title_kk` отчёта (или выполните `sapa new-edition %{year}`)",
                kk: "басылымда edition.yml жоқ; оны `year: %{year}`, `draft: true` және баяндаманың `title_kk` мәнімен жасаңыз (немесе `sapa new-edition %{year}` іске қосыңыз)")
        case .yearNotFolder:
            MessageText(
                en: "`year` is %{year}, but the folder is %{path}; write `year: %{folderYear}`, or rename the folder to Content/%{year}",
                ru: "`year` — %{year}, а папка — %{path}; напишите `year: %{folderYear}` или переименуйте папку в Content/%{year}",
                kk: "`year` мәні — %{year}, ал қалта — %{path}; `year: %{folderYear}` деп жазыңыз немесе қалтаның атын Content/%{year} деп өзгертіңіз")
        case .noServicesFile:
            MessageText(
                en: "the edition has no services.csv; list its services there (columns service, chapter, studied)",
                ru: "у издания нет services.csv; перечислите в нём услуги издания (столбцы service, chapter, studied)",
                kk: "басылымда services.csv жоқ; басылымның қызметтерін сонда тізіп жазыңыз (service, chapter, studied бағандары)")
        case .emptyService:
            MessageText(
                en: "the `service` is empty; write the id of a service from Content/data/services.csv",
                ru: "`service` пуст; напишите идентификатор услуги из Content/data/services.csv",
                kk: "`service` бос; Content/data/services.csv ішіндегі қызметтің идентификаторын жазыңыз")
        case .serviceListedTwice:
            MessageText(
                en: "the service `%{id}` is listed twice (first on line %{line}); keep one row",
                ru: "услуга `%{id}` указана дважды (впервые в строке %{line}); оставьте одну строку",
                kk: "`%{id}` қызметі екі рет көрсетілген (алғаш %{line}-жолда); бір жолды қалдырыңыз")
        case .noteWithoutKazakh:
            MessageText(
                en: "the note has no Kazakh text; fill in `note_kk`",
                ru: "у примечания нет текста на казахском языке; заполните `note_kk`",
                kk: "ескертпенің қазақша мәтіні жоқ; `note_kk` толтырыңыз")
        case .noteUnknownRow:
            MessageText(
                en: "the note is about «%{subject}», which is not the id of a service, body or region; correct `row`",
                ru: "примечание относится к «%{subject}», а это не идентификатор услуги, государственного органа или региона; исправьте `row`",
                kk: "ескертпе «%{subject}» туралы, бірақ бұл қызметтің, мемлекеттік органның немесе өңірдің идентификаторы емес; `row` түзетіңіз")
        case .noteNotFigures:
            MessageText(
                en: "«%{name}» is not a spreadsheet of service figures, or the note names no service in `row`; write service-figures/indicators, …/criteria, … and the service's id",
                ru: "«%{name}» — не таблица цифр услуг, или в `row` примечания не указана услуга; напишите service-figures/indicators, …/criteria, … и идентификатор услуги",
                kk: "«%{name}» қызмет сандарының кестесі емес немесе ескертпенің `row` бағанында қызмет көрсетілмеген; service-figures/indicators, …/criteria, … және қызметтің идентификаторын жазыңыз"
            )
        case .noteUnknownTable:
            MessageText(
                en: "the note names the table «%{name}», which is not in this edition's tables.yml; use a table id, services, bodies or regions, or service-figures/<spreadsheet>",
                ru: "примечание называет таблицу «%{name}», которой нет в tables.yml этого издания; используйте идентификатор таблицы, services, bodies или regions либо service-figures/<spreadsheet>",
                kk:
                    "ескертпе «%{name}» кестесін атайды, ол осы басылымның tables.yml файлында жоқ; кесте идентификаторын, services, bodies немесе regions, не болмаса service-figures/<spreadsheet> қолданыңыз"
            )
        case .textInSubfolder:
            MessageText(
                en: "a service's text is Content/%{year}/services/<id>.md, not in a folder below it; move it up (if it is a second text of «%{id}», keep one) or out of Content/",
                ru: "текст услуги — это Content/%{year}/services/<id>.md, а не файл во вложенной папке; перенесите его выше (если это второй текст «%{id}», оставьте один) или из Content/",
                kk:
                    "қызмет мәтіні — Content/%{year}/services/<id>.md, оның ішкі қалтасындағы файл емес; оны жоғары ауыстырыңыз (егер бұл «%{id}» қызметінің екінші мәтіні болса, біреуін қалдырыңыз) немесе Content/ сыртына шығарыңыз"
            )
        case .textNotInEdition:
            MessageText(
                en: "«%{id}» is not a service of this edition: add a row for it to %{path}, or name the file after a service id listed there",
                ru: "«%{id}» — не услуга этого издания: добавьте для неё строку в %{path} или назовите файл по идентификатору услуги из этого списка",
                kk: "«%{id}» осы басылымның қызметі емес: ол үшін %{path} файлына жол қосыңыз немесе файлды сонда көрсетілген қызмет идентификаторымен атаңыз")
        case .textWithoutFigures:
            MessageText(
                en:
                    "the service `%{id}` has a text but no figures, and %{path} says it was surveyed (quantitative); add its rows to service-figures/indicators.csv and the other spreadsheets, or write qualitative",
                ru:
                    "у услуги `%{id}` есть текст, но нет цифр, а в %{path} сказано, что по ней проводился опрос (quantitative); добавьте её строки в service-figures/indicators.csv и другие таблицы или напишите qualitative",
                kk:
                    "`%{id}` қызметінің мәтіні бар, бірақ сандары жоқ, ал %{path} бойынша ол сауалнамамен зерттелген (quantitative); оның жолдарын service-figures/indicators.csv және басқа кестелерге қосыңыз немесе qualitative деп жазыңыз"
            )
        case .textsWithoutFigures:
            MessageText(
                en:
                    "%{count} service text(s) have no figures: %{ids}; right for chapters studied only qualitatively, as this file says; if the report gives figures for one, add them to service-figures/",
                ru:
                    "%{count} %{count|текст|текста|текстов} услуг без цифр: %{ids}; это верно для глав, изученных только качественно, как сказано в этом файле; если отчёт приводит цифры для какой-то из них, добавьте их в service-figures/",
                kk:
                    "%{count} қызмет мәтінінде сандар жоқ: %{ids}; бұл файлда көрсетілгендей, тек сапалық тұрғыдан зерттелген тараулар үшін бұл дұрыс; егер баяндама олардың біреуі үшін сандар берсе, оларды service-figures/ ішіне қосыңыз"
            )
        case .figuresWithoutText:
            MessageText(
                en: "figures for the service `%{id}`, which has no text in this edition: add %{folder}/services/%{id}.md with its findings, or remove the rows",
                ru: "цифры для услуги `%{id}`, у которой нет текста в этом издании: добавьте %{folder}/services/%{id}.md с её выводами или удалите строки",
                kk: "осы басылымда мәтіні жоқ `%{id}` қызметінің сандары: оның қорытындыларымен %{folder}/services/%{id}.md қосыңыз немесе жолдарды өшіріңіз")
        case .listedWithoutText:
            MessageText(
                en: "the service `%{id}` is listed but has no text: add %{folder}/services/%{id}.md, or remove the row",
                ru: "услуга `%{id}` указана, но у неё нет текста: добавьте %{folder}/services/%{id}.md или удалите строку",
                kk: "`%{id}` қызметі көрсетілген, бірақ оның мәтіні жоқ: %{folder}/services/%{id}.md қосыңыз немесе жолды өшіріңіз")
        default:
            MessageText(
                en: "%{year} is on the %{scale}-point scale here but on the %{firstScale}-point scale at %{place}; a year has one scale: correct the `scale` of one of them",
                ru: "%{year} год здесь по %{scale}-балльной шкале, а в %{place} — по %{firstScale}-балльной; у года одна шкала: исправьте `scale` одного из них",
                kk: "%{year} жыл мұнда %{scale} балдық шкалада, ал %{place} жерінде %{firstScale} балдық шкалада; бір жылдың бір шкаласы болады: олардың біреуінің `scale` мәнін түзетіңіз")
        }
    }
}
