import SapaModel

/// The texts of `EditionMessage`, in each language the tool speaks.
extension EditionMessage {
    static let table = MessageTable(
        #"""
        noContentFolder
        en: there is no Content/ folder in %{folder}; run the command in the site folder or pass --site DIR
        ru: в %{folder} нет папки Content/; запустите команду в папке сайта или укажите --site DIR
        kk: %{folder} ішінде Content/ қалтасы жоқ; команданы сайт қалтасында іске қосыңыз немесе --site DIR көрсетіңіз

        noSiteConfig
        en: the site configuration is missing; create Content/site.yml with at least `title_kk:`
        ru: нет настроек сайта; создайте Content/site.yml, в котором есть хотя бы `title_kk:`
        kk: сайттың баптаулары жоқ; кемінде `title_kk:` жазылған Content/site.yml файлын жасаңыз

        baseURLNotAddress
        en: `base_url` is «%{url}», which is not a web address; write the address the site is published at, like https://example.kz/sapa/, or its path, like /sapa/
        ru: `base_url` — «%{url}», это не веб-адрес; напишите адрес, по которому опубликован сайт, например https://example.kz/sapa/, или его путь, например /sapa/
        kk: `base_url` мәні — «%{url}», бұл веб-мекенжай емес; сайт жарияланған мекенжайды, мысалы https://example.kz/sapa/, немесе оның жолын, мысалы /sapa/, жазыңыз

        noPublishedEdition
        en: no edition is published: every edition.yml says `draft: true`; write `draft: false` in the one to publish (sapa serve --drafts shows the drafts meanwhile)
        ru: ни одно издание не опубликовано: во всех edition.yml написано `draft: true`; напишите `draft: false` в том, которое нужно опубликовать (пока что sapa serve --drafts показывает черновики)
        kk: бірде-бір басылым жарияланбаған: барлық edition.yml файлында `draft: true` деп жазылған; жариялайтын басылымның файлында `draft: false` деп жазыңыз (әзірге sapa serve --drafts жобаларды көрсетеді)

        oldLayout
        en: this is the layout of a site without editions; its contents belong in %{place} now: move them there (Scripts/import-2020-report shows the layout) and remove Content/%{name}
        ru: это структура сайта без изданий; теперь это содержимое хранится в другом месте (%{place}): перенесите его туда (структуру показывает Scripts/import-2020-report) и удалите Content/%{name}
        kk: бұл басылымдары жоқ сайттың құрылымы; енді оның мазмұны басқа жерде сақталады (%{place}): оны сонда ауыстырыңыз (құрылымды Scripts/import-2020-report көрсетеді) және Content/%{name} өшіріңіз

        currentYearSet
        en: `current_year` is no longer set here: the site shows the latest edition whose edition.yml says `draft: false`; remove `current_year`
        ru: `current_year` здесь больше не задаётся: сайт показывает последнее издание, в edition.yml которого написано `draft: false`; удалите `current_year`
        kk: `current_year` енді мұнда көрсетілмейді: сайт edition.yml файлында `draft: false` деп жазылған соңғы басылымды көрсетеді; `current_year` өшіріңіз

        inEachEdition
        en: each edition's %{file}
        ru: %{file} каждого издания
        kk: әр басылымның %{file} файлы

        inServicesFolders
        en: each edition's services/ folder (its texts) and service-figures/ (their figures)
        ru: папка services/ каждого издания для текстов и service-figures/ для цифр
        kk: әр басылымның мәтіндерге арналған services/ қалтасы және сандарға арналған service-figures/ қалтасы

        inEditionFolder
        en: the edition's folder, Content/<year>/
        ru: папка издания, Content/<year>/
        kk: басылым қалтасы, Content/<year>/

        pageFileName
        en: a page's file name is <name>.<language>.md, like methodology.kk.md; rename the file
        ru: имя файла страницы — <name>.<language>.md, например methodology.kk.md; переименуйте файл
        kk: бет файлының атауы — <name>.<language>.md, мысалы methodology.kk.md; файлдың атын өзгертіңіз

        unknownPageLanguage
        en: unknown language «%{code}» in the file name; use kk, ru or en
        ru: неизвестный язык «%{code}» в имени файла; используйте kk, ru или en
        kk: файл атауындағы «%{code}» тілі белгісіз; kk, ru немесе en қолданыңыз

        pageDefinedTwice
        en: the page `%{slug}` in %{language} is also defined by %{other}; keep one
        ru: страница `%{slug}` на языке %{language} задана также в %{other}; оставьте одну
        kk: %{language} тіліндегі `%{slug}` беті %{other} файлында да берілген; біреуін қалдырыңыз

        unknownBody
        en: the body «%{body}» is not in Content/data/bodies.csv; use the id of a body listed there
        ru: государственного органа «%{body}» нет в Content/data/bodies.csv; используйте идентификатор органа из этого списка
        kk: «%{body}» мемлекеттік органы Content/data/bodies.csv ішінде жоқ; сонда көрсетілген органның идентификаторын қолданыңыз

        noKazakhName
        en: %{what} has no Kazakh name; fill in `name_kk`
        ru: %{what}: нет названия на казахском языке; заполните `name_kk`
        kk: %{what}: қазақша атауы жоқ; `name_kk` толтырыңыз

        theService
        en: the service `%{id}`
        ru: услуга `%{id}`
        kk: `%{id}` қызметі

        theBody
        en: the body `%{id}`
        ru: государственный орган `%{id}`
        kk: `%{id}` мемлекеттік органы

        theRegion
        en: the region `%{id}`
        ru: регион `%{id}`
        kk: `%{id}` өңірі

        secondEdition
        en: a second edition of %{year}, beside Content/%{year}: a year has one edition; keep one of the two folders (move the other out of Content/)
        ru: второе издание %{year} года рядом с Content/%{year}: у года одно издание; оставьте одну из двух папок (другую перенесите из Content/)
        kk: Content/%{year} қалтасының жанында %{year} жылдың екінші басылымы: бір жылдың бір басылымы болады; екі қалтаның біреуін қалдырыңыз (екіншісін Content/ сыртына шығарыңыз)

        folderNotYear
        en: an edition's folder is named after its year, like Content/2021; rename «%{name}» (or move it out of Content/ if it is not an edition)
        ru: папка издания называется по его году, например Content/2021; переименуйте «%{name}» (или перенесите её из Content/, если это не издание)
        kk: басылым қалтасы оның жылымен аталады, мысалы Content/2021; «%{name}» атын өзгертіңіз (немесе бұл басылым болмаса, оны Content/ сыртына шығарыңыз)

        noEditionFile
        en: the edition has no edition.yml; create it with `year: %{year}`, `draft: true` and the report's `title_kk` (or run `sapa new-edition %{year}`)
        ru: у издания нет edition.yml; создайте его с `year: %{year}`, `draft: true` и `title_kk` отчёта (или выполните `sapa new-edition %{year}`)
        kk: басылымда edition.yml жоқ; оны `year: %{year}`, `draft: true` және баяндаманың `title_kk` мәнімен жасаңыз (немесе `sapa new-edition %{year}` іске қосыңыз)

        yearNotFolder
        en: `year` is %{year}, but the folder is %{path}; write `year: %{folderYear}`, or rename the folder to Content/%{year}
        ru: `year` — %{year}, а папка — %{path}; напишите `year: %{folderYear}` или переименуйте папку в Content/%{year}
        kk: `year` мәні — %{year}, ал қалта — %{path}; `year: %{folderYear}` деп жазыңыз немесе қалтаның атын Content/%{year} деп өзгертіңіз

        noServicesFile
        en: the edition has no services.csv; list its services there (columns service, chapter, studied)
        ru: у издания нет services.csv; перечислите в нём услуги издания (столбцы service, chapter, studied)
        kk: басылымда services.csv жоқ; басылымның қызметтерін сонда тізіп жазыңыз (service, chapter, studied бағандары)

        emptyService
        en: the `service` is empty; write the id of a service from Content/data/services.csv
        ru: `service` пуст; напишите идентификатор услуги из Content/data/services.csv
        kk: `service` бос; Content/data/services.csv ішіндегі қызметтің идентификаторын жазыңыз

        serviceListedTwice
        en: the service `%{id}` is listed twice (first on line %{line}); keep one row
        ru: услуга `%{id}` указана дважды (впервые в строке %{line}); оставьте одну строку
        kk: `%{id}` қызметі екі рет көрсетілген (алғаш %{line}-жолда); бір жолды қалдырыңыз

        noteWithoutKazakh
        en: the note has no Kazakh text; fill in `note_kk`
        ru: у примечания нет текста на казахском языке; заполните `note_kk`
        kk: ескертпенің қазақша мәтіні жоқ; `note_kk` толтырыңыз

        noteUnknownRow
        en: the note is about «%{subject}», which is not the id of a service, body or region; correct `row`
        ru: примечание относится к «%{subject}», а это не идентификатор услуги, государственного органа или региона; исправьте `row`
        kk: ескертпе «%{subject}» туралы, бірақ бұл қызметтің, мемлекеттік органның немесе өңірдің идентификаторы емес; `row` түзетіңіз

        noteNotFigures
        en: «%{name}» is not a spreadsheet of service figures, or the note names no service in `row`; write service-figures/indicators, …/criteria, … and the service's id
        ru: «%{name}» — не таблица цифр услуг, или в `row` примечания не указана услуга; напишите service-figures/indicators, …/criteria, … и идентификатор услуги
        kk: «%{name}» қызмет сандарының кестесі емес немесе ескертпенің `row` бағанында қызмет көрсетілмеген; service-figures/indicators, …/criteria, … және қызметтің идентификаторын жазыңыз

        noteUnknownTable
        en: the note names the table «%{name}», which is not in this edition's tables.yml; use a table id, services, bodies or regions, or service-figures/<spreadsheet>
        ru: примечание называет таблицу «%{name}», которой нет в tables.yml этого издания; используйте идентификатор таблицы, services, bodies или regions либо service-figures/<spreadsheet>
        kk: ескертпе «%{name}» кестесін атайды, ол осы басылымның tables.yml файлында жоқ; кесте идентификаторын, services, bodies немесе regions, не болмаса service-figures/<spreadsheet> қолданыңыз

        textInSubfolder
        en: a service's text is Content/%{year}/services/<id>.md, not in a folder below it; move it up (if it is a second text of «%{id}», keep one) or out of Content/
        ru: текст услуги — это Content/%{year}/services/<id>.md, а не файл во вложенной папке; перенесите его выше (если это второй текст «%{id}», оставьте один) или из Content/
        kk: қызмет мәтіні — Content/%{year}/services/<id>.md, оның ішкі қалтасындағы файл емес; оны жоғары ауыстырыңыз (егер бұл «%{id}» қызметінің екінші мәтіні болса, біреуін қалдырыңыз) немесе Content/ сыртына шығарыңыз

        textNotInEdition
        en: «%{id}» is not a service of this edition: add a row for it to %{path}, or name the file after a service id listed there
        ru: «%{id}» — не услуга этого издания: добавьте для неё строку в %{path} или назовите файл по идентификатору услуги из этого списка
        kk: «%{id}» осы басылымның қызметі емес: ол үшін %{path} файлына жол қосыңыз немесе файлды сонда көрсетілген қызмет идентификаторымен атаңыз

        textWithoutFigures
        en: the service `%{id}` has a text but no figures, and %{path} says it was surveyed (quantitative); add its rows to service-figures/indicators.csv and the other spreadsheets, or write qualitative
        ru: у услуги `%{id}` есть текст, но нет цифр, а в %{path} сказано, что по ней проводился опрос (quantitative); добавьте её строки в service-figures/indicators.csv и другие таблицы или напишите qualitative
        kk: `%{id}` қызметінің мәтіні бар, бірақ сандары жоқ, ал %{path} бойынша ол сауалнамамен зерттелген (quantitative); оның жолдарын service-figures/indicators.csv және басқа кестелерге қосыңыз немесе qualitative деп жазыңыз

        textsWithoutFigures
        en: %{count} service text(s) have no figures: %{ids}; right for chapters studied only qualitatively, as this file says; if the report gives figures for one, add them to service-figures/
        ru: %{count} %{count|текст|текста|текстов} услуг без цифр: %{ids}; это верно для глав, изученных только качественно, как сказано в этом файле; если отчёт приводит цифры для какой-то из них, добавьте их в service-figures/
        kk: %{count} қызмет мәтінінде сандар жоқ: %{ids}; бұл файлда көрсетілгендей, тек сапалық тұрғыдан зерттелген тараулар үшін бұл дұрыс; егер баяндама олардың біреуі үшін сандар берсе, оларды service-figures/ ішіне қосыңыз

        figuresWithoutText
        en: figures for the service `%{id}`, which has no text in this edition: add %{folder}/services/%{id}.md with its findings, or remove the rows
        ru: цифры для услуги `%{id}`, у которой нет текста в этом издании: добавьте %{folder}/services/%{id}.md с её выводами или удалите строки
        kk: осы басылымда мәтіні жоқ `%{id}` қызметінің сандары: оның қорытындыларымен %{folder}/services/%{id}.md қосыңыз немесе жолдарды өшіріңіз

        listedWithoutText
        en: the service `%{id}` is listed but has no text: add %{folder}/services/%{id}.md, or remove the row
        ru: услуга `%{id}` указана, но у неё нет текста: добавьте %{folder}/services/%{id}.md или удалите строку
        kk: `%{id}` қызметі көрсетілген, бірақ оның мәтіні жоқ: %{folder}/services/%{id}.md қосыңыз немесе жолды өшіріңіз

        twoScales
        en: %{year} is on the %{scale}-point scale here but on the %{firstScale}-point scale at %{place}; a year has one scale: correct the `scale` of one of them
        ru: %{year} год здесь по %{scale}-балльной шкале, а в %{place} — по %{firstScale}-балльной; у года одна шкала: исправьте `scale` одного из них
        kk: %{year} жыл мұнда %{scale} балдық шкалада, ал %{place} жерінде %{firstScale} балдық шкалада; бір жылдың бір шкаласы болады: олардың біреуінің `scale` мәнін түзетіңіз

        standardURLNotAddress
        en: the standard's `url` «%{url}» is not a web address; write one starting with https:// or http://, or leave `url` out
        ru: `url` стандарта «%{url}» — не веб-адрес; напишите адрес, начинающийся с https:// или http://, или уберите `url`
        kk: стандарттың `url` мәні «%{url}» веб-мекенжай емес; https:// немесе http:// арқылы басталатын мекенжай жазыңыз немесе `url` алып тастаңыз

        notARecommendation
        en: below `%{heading}` only recommendations are written: `### ` and the addressee, then one `- ` line per recommendation; move this line above `%{heading}` or start it with `- `
        ru: под `%{heading}` пишутся только рекомендации: `### ` и адресат, затем по одной строке `- ` на каждую рекомендацию; перенесите эту строку выше `%{heading}` или начните её с `- `
        kk: `%{heading}` астында тек ұсынымдар жазылады: `### ` және адресат, содан кейін әр ұсынымға бір `- ` жолы; бұл жолды `%{heading}` жолынан жоғары ауыстырыңыз немесе оны `- ` белгісімен бастаңыз

        movedHeaderKey
        en: `%{key}` does not belong in a text's header: it is written in %{place}; move it there and remove it here
        ru: `%{key}` не пишется в заголовке текста: его место — %{place}; перенесите его туда и удалите здесь
        kk: `%{key}` мәтіннің тақырып бөлігіне жазылмайды: оның орны — %{place}; оны сонда ауыстырып, мұнда өшіріңіз

        inFileName
        en: the file's name, services/<id>.md
        ru: имя файла, services/<id>.md
        kk: файлдың атауы, services/<id>.md

        inChapterColumn
        en: the edition's services.csv (column `chapter`)
        ru: services.csv издания (столбец `chapter`)
        kk: басылымның services.csv файлы (`chapter` бағаны)

        inCodeColumn
        en: Content/data/services.csv (column `code`)
        ru: Content/data/services.csv (столбец `code`)
        kk: Content/data/services.csv (`code` бағаны)

        inEditionFile
        en: the edition's %{file}
        ru: %{file} издания
        kk: басылымның %{file} файлы

        inRegionFiles
        en: the edition's service-figures/regions.csv and region-parameters.csv
        ru: service-figures/regions.csv и region-parameters.csv издания
        kk: басылымның service-figures/regions.csv және region-parameters.csv файлдары

        inDataNotes
        en: the edition's data-notes.csv (table `service-figures/…`, row: the service's id)
        ru: data-notes.csv издания (таблица `service-figures/…`, row: идентификатор услуги)
        kk: басылымның data-notes.csv файлы (кесте `service-figures/…`, row: қызметтің идентификаторы)

        inRecommendations
        en: the text, below a line `## Ұсынымдар`
        ru: текст, под строкой `## Ұсынымдар`
        kk: мәтін, `## Ұсынымдар` жолының астында

        missingName
        en: %{what} has no %{language} text (name_%{code}); pages in %{code} show the Kazakh one; add it
        ru: %{what}: нет текста на %{language} языке (name_%{code}); страницы на языке %{code} показывают казахский; добавьте его
        kk: %{what}: %{language} мәтіні жоқ (name_%{code}); %{code} тіліндегі беттер қазақша мәтінді көрсетеді; оны қосыңыз

        missingTableTitle
        en: the table `%{table}` has no title_%{code}; pages in %{code} show the Kazakh title; add it
        ru: у таблицы `%{table}` нет title_%{code}; страницы на языке %{code} показывают казахское название; добавьте его
        kk: `%{table}` кестесінде title_%{code} жоқ; %{code} тіліндегі беттер қазақша атауын көрсетеді; оны қосыңыз

        missingPage
        en: the page `%{slug}` has no %{code} version; pages in %{code} show the Kazakh one; create this file
        ru: у страницы `%{slug}` нет версии на языке %{code}; страницы на языке %{code} показывают казахскую; создайте этот файл
        kk: `%{slug}` бетінің %{code} нұсқасы жоқ; %{code} тіліндегі беттер қазақша нұсқасын көрсетеді; осы файлды жасаңыз

        kazakhLanguage
        en: Kazakh
        ru: казахском
        kk: қазақша

        russianLanguage
        en: Russian
        ru: русском
        kk: орысша

        englishLanguage
        en: English
        ru: английском
        kk: ағылшынша

        notAYear
        en: «%{year}» is not a year; write one like 2021
        ru: «%{year}» — не год; напишите год, например 2021
        kk: «%{year}» жыл емес; 2021 сияқты жыл жазыңыз

        editionExists
        en: the edition already exists; edit it, or remove the folder to start it again
        ru: издание уже существует; отредактируйте его или удалите папку, чтобы начать заново
        kk: басылым бұрыннан бар; оны өңдеңіз немесе қайта бастау үшін қалтаны өшіріңіз

        noSourceEdition
        en: there is no edition %{year} to start from; the editions are %{years}; pick one, or leave out --from
        ru: нет издания %{year}, с которого можно начать; есть издания: %{years}; выберите одно из них или не указывайте --from
        kk: бастауға болатын %{year} басылымы жоқ; бар басылымдар: %{years}; біреуін таңдаңыз немесе --from көрсетпеңіз

        notWritten
        en: the edition could not be written (%{detail}); check that the folder is writable
        ru: не удалось записать издание (%{detail}); проверьте, что в папку можно записывать
        kk: басылымды жазу мүмкін болмады (%{detail}); қалтаға жазуға болатынын тексеріңіз

        stepEdition
        en: Content/%{year}/edition.yml: the report's title, source and date; keep draft: true until you publish
        ru: Content/%{year}/edition.yml: название, источник и дата отчёта; оставьте draft: true до публикации
        kk: Content/%{year}/edition.yml: баяндаманың атауы, дереккөзі және күні; жарияланғанға дейін draft: true қалдырыңыз

        stepServices
        en: Content/%{year}/services.csv: the services of the %{year} report, with their chapters and quantitative or qualitative
        ru: Content/%{year}/services.csv: услуги отчёта %{year} года с их главами и quantitative или qualitative
        kk: Content/%{year}/services.csv: %{year} жылғы баяндаманың қызметтері, олардың тарауларымен және quantitative немесе qualitative

        stepTables
        en: Content/%{year}/tables.yml and its tables: this year's titles and sources, then the figures
        ru: Content/%{year}/tables.yml и его таблицы: названия и источники этого года, затем цифры
        kk: Content/%{year}/tables.yml және оның кестелері: осы жылдың атаулары мен дереккөздері, содан кейін сандар

        stepTablesCarried
        en: Content/%{year}/tables.yml and its tables: this year's titles and sources, then the figures (the rows of %{source}, figures empty)
        ru: Content/%{year}/tables.yml и его таблицы: названия и источники этого года, затем цифры (строки %{source} года, цифры пусты)
        kk: Content/%{year}/tables.yml және оның кестелері: осы жылдың атаулары мен дереккөздері, содан кейін сандар (%{source} жылдың жолдары, сандары бос)

        stepFigures
        en: Content/%{year}/service-figures/*.csv: the figures of the service pages
        ru: Content/%{year}/service-figures/*.csv: цифры страниц услуг
        kk: Content/%{year}/service-figures/*.csv: қызмет беттерінің сандары

        stepFiguresCarried
        en: Content/%{year}/service-figures/*.csv: the figures of the service pages (the rows of %{source}, figures empty)
        ru: Content/%{year}/service-figures/*.csv: цифры страниц услуг (строки %{source} года, цифры пусты)
        kk: Content/%{year}/service-figures/*.csv: қызмет беттерінің сандары (%{source} жылдың жолдары, сандары бос)

        stepTexts
        en: Content/%{year}/services/<id>.md: the findings and recommendations of each service's chapter
        ru: Content/%{year}/services/<id>.md: выводы и рекомендации главы каждой услуги
        kk: Content/%{year}/services/<id>.md: әр қызмет тарауының қорытындылары мен ұсынымдары

        stepNotes
        en: Content/%{year}/data-notes.csv: where the report gives one figure differently in two places
        ru: Content/%{year}/data-notes.csv: случаи, когда отчёт в двух местах приводит одну и ту же цифру по-разному
        kk: Content/%{year}/data-notes.csv: баяндама бір санды екі жерде әртүрлі беретін жағдайлар

        stepCheck
        en: then: sapa check, and sapa serve --drafts to see the draft; write draft: false in edition.yml to publish
        ru: затем: sapa check и sapa serve --drafts, чтобы увидеть черновик; чтобы опубликовать издание, напишите draft: false в edition.yml
        kk: содан кейін: sapa check және жобаны көру үшін sapa serve --drafts; жариялау үшін edition.yml ішінде draft: false деп жазыңыз
        """#)
}
