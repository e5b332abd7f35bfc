import SapaModel

/// The texts of `TableMessage`, in each language the tool speaks.
extension TableMessage {
    static let table = MessageTable(
        #"""
        tableIDTwice
        en: the table id `%{id}` is used twice; table ids must be unique
        ru: идентификатор таблицы `%{id}` использован дважды; идентификаторы таблиц должны быть уникальны
        kk: `%{id}` кесте идентификаторы екі рет қолданылған; кесте идентификаторлары қайталанбауы керек

        tableSubject
        en: the table `%{id}`
        ru: таблица `%{id}`
        kk: `%{id}` кестесі

        seriesSubject
        en: the series `%{id}`
        ru: ряд `%{id}`
        kk: `%{id}` қатары

        itemSubject
        en: `%{id}`
        ru: `%{id}`
        kk: `%{id}`

        fileNotInFolder
        en: %{subject} names the file «%{name}», which is not in %{folder}/; correct `file`
        ru: %{subject}: указанного файла «%{name}» нет в %{folder}/; исправьте `file`
        kk: %{subject}: көрсетілген «%{name}» файлы %{folder}/ ішінде жоқ; `file` мәнін түзетіңіз

        yearGiven
        en: the table `%{id}` gives a `year`; an edition's tables are of its year (%{year}): remove `year`
        ru: у таблицы `%{id}` указан `year`; таблицы издания относятся к его году (%{year}): удалите `year`
        kk: `%{id}` кестесінде `year` көрсетілген; басылымның кестелері оның жылына (%{year}) жатады: `year` өрісін өшіріңіз

        describedColumnMissing
        en: the header has no column `%{column}`, which %{description} describes for the table `%{table}`; add it
        ru: в заголовке нет столбца `%{column}`, который %{description} описывает для таблицы `%{table}`; добавьте его
        kk: тақырып жолында `%{column}` бағаны жоқ, ал %{description} оны `%{table}` кестесі үшін сипаттайды; оны қосыңыз

        columnNotDescribed
        en: unknown column `%{column}`: the table `%{table}` in %{description} does not describe it; describe it there or remove it
        ru: неизвестный столбец `%{column}`: таблица `%{table}` в %{description} его не описывает; опишите его там или удалите
        kk: белгісіз баған `%{column}`: %{description} ішіндегі `%{table}` кестесі оны сипаттамайды; оны сонда сипаттаңыз немесе өшіріңіз

        notAFlag
        en: «%{value}» is not yes or no; write yes, no, or leave it empty
        ru: «%{value}» — не yes и не no; напишите yes, no или оставьте ячейку пустой
        kk: «%{value}» — yes та, no да емес; yes не no деп жазыңыз немесе ұяшықты бос қалдырыңыз

        notANumber
        en: «%{value}» in column `%{column}` is not a number; write it like 4.58 or 4,58 (a percentage without %: 75.1)
        ru: «%{value}» в столбце `%{column}` — не число; напишите его как 4.58 или 4,58 (процент без %: 75.1)
        kk: `%{column}` бағанындағы «%{value}» сан емес; оны 4.58 немесе 4,58 түрінде жазыңыз (пайызды % белгісіз: 75.1)

        badFigure
        en: «%{value}» in column `%{column}`: %{problem}
        ru: «%{value}» в столбце `%{column}`: %{problem}
        kk: `%{column}` бағанындағы «%{value}»: %{problem}

        subjectTwice
        en: `%{id}` appears twice in this table (first on line %{line}); each %{kind} has one row
        ru: `%{id}` встречается в этой таблице дважды (впервые в строке %{line}); у каждого объекта (%{kind}) — одна строка
        kk: `%{id}` бұл кестеде екі рет кездеседі (алғаш %{line}-жолда); әр нысанның (%{kind}) бір ғана жолы болады

        scoreOutOfRange
        en: a score is between 1 and %{scale}; correct the figure
        ru: оценка должна быть от 1 до %{scale}; исправьте цифру
        kk: баға 1 мен %{scale} аралығында болуы керек; санды түзетіңіз

        percentOutOfRange
        en: a percentage is between 0 and 100; correct the figure
        ru: процент должен быть от 0 до 100; исправьте цифру
        kk: пайыз 0 мен 100 аралығында болуы керек; санды түзетіңіз

        rankNotWhole
        en: a rank is a whole number from 1; correct it
        ru: место в рейтинге — целое число от 1; исправьте его
        kk: рейтингтегі орын — 1-ден басталатын бүтін сан; оны түзетіңіз

        rankTooLarge
        en: a rank is at most %{highest}; correct it
        ru: место в рейтинге — не больше %{highest}; исправьте его
        kk: рейтингтегі орын ең көбі %{highest} болады; оны түзетіңіз

        countNotWhole
        en: a count is a whole number ≥ 0; correct it
        ru: количество — целое число ≥ 0; исправьте его
        kk: саны ≥ 0 бүтін сан болуы керек; оны түзетіңіз

        countTooLarge
        en: a count is at most 10^15; correct the figure
        ru: количество — не больше 10^15; исправьте цифру
        kk: саны ең көбі 10^15 болады; санды түзетіңіз

        notAYear
        en: not a year; write it like 2020
        ru: это не год; напишите год, например 2020
        kk: бұл жыл емес; жылды 2020 сияқты жазыңыз

        scaleNotFiveOrTen
        en: the scale is 5 or 10; write 5 for the 5-point scale, 10 for the 10-point one
        ru: шкала — 5 или 10; напишите 5 для 5-балльной шкалы, 10 — для 10-балльной
        kk: шкала — 5 немесе 10; 5 балдық шкала үшін 5, 10 балдық шкала үшін 10 деп жазыңыз

        rankMissing
        en: this row has no rank while others do; give every row its rank, or leave the whole column empty for Sapa to compute it
        ru: в этой строке нет места в рейтинге, а в других есть; укажите место в каждой строке или оставьте весь столбец пустым, чтобы Sapa вычислила места
        kk: бұл жолда рейтингтегі орын жоқ, ал басқаларында бар; әр жолға орнын жазыңыз немесе Sapa орындарды өзі есептеуі үшін бүкіл бағанды бос қалдырыңыз

        rankBreaksOrder
        en: the rank %{rank} breaks the order: expected %{expected} here; ranks go 1, 2, 3 …, a tie repeats a rank and the next rank skips the tied places
        ru: место %{rank} нарушает порядок: здесь ожидается %{expected}; места идут 1, 2, 3 …, при равенстве место повторяется, а следующее пропускает разделённые места
        kk: %{rank} орны ретті бұзады: мұнда %{expected} күтіледі; орындар 1, 2, 3 … болып жүреді, тең нәтижеде орын қайталанады, ал келесі орын бөлінген орындарды өткізіп жібереді

        tiedScoresDiffer
        en: the rank %{rank} is repeated but the scores differ; a repeated rank is a tie and needs equal scores; correct the rank
        ru: место %{rank} повторяется, но оценки различаются; повторённое место означает равенство и требует равных оценок; исправьте место
        kk: %{rank} орны қайталанады, бірақ бағалар әртүрлі; қайталанған орын тең нәтижені білдіреді және бірдей бағаларды талап етеді; орынды түзетіңіз

        service
        en: service
        ru: услуга
        kk: қызмет

        body
        en: body
        ru: государственный орган
        kk: мемлекеттік орган

        region
        en: region
        ru: регион
        kk: өңір

        notInRegistry
        en: the %{kind} «%{id}» is not in Content/data/%{registry}; use the id of a %{kind} listed there
        ru: %{kind} «%{id}» отсутствует в Content/data/%{registry}; используйте идентификатор из этого файла
        kk: %{kind} «%{id}» Content/data/%{registry} ішінде жоқ; сол файлдағы идентификаторды қолданыңыз

        notYetInRegistry
        en: the %{kind} «%{id}» did not exist in %{year}: Content/data/%{registry} gives it from %{since}; remove the row or correct the id
        ru: %{kind} «%{id}» значится в Content/data/%{registry} только с %{since} года, а здесь %{year} год; удалите строку или исправьте идентификатор
        kk: %{kind} «%{id}» %{year} жылы әлі болмаған: Content/data/%{registry} оны %{since} жылдан бастап көрсетеді; жолды өшіріңіз немесе идентификаторды түзетіңіз

        noLongerInRegistry
        en: the %{kind} «%{id}» did not exist in %{year}: Content/data/%{registry} gives it until %{until}; remove the row or correct the id
        ru: %{kind} «%{id}» значится в Content/data/%{registry} только до %{until} года, а здесь %{year} год; удалите строку или исправьте идентификатор
        kk: %{kind} «%{id}» %{year} жылы енді жоқ болған: Content/data/%{registry} оны %{until} жылға дейін ғана көрсетеді; жолды өшіріңіз немесе идентификаторды түзетіңіз

        serviceEmpty
        en: the `service` is empty; write the id of a service from Content/data/services.csv
        ru: `service` пуст; напишите идентификатор услуги из Content/data/services.csv
        kk: `service` бос; Content/data/services.csv ішіндегі қызметтің идентификаторын жазыңыз

        rowRepeated
        en: this row repeats line %{line} (the same %{columns}); keep one of them
        ru: эта строка повторяет строку %{line} (те же %{columns}); оставьте одну из них
        kk: бұл жол %{line}-жолды қайталайды (%{columns} бірдей); біреуін қалдырыңыз

        totalNotYesOrNo
        en: «%{value}» is not yes or no; write yes on the total row, and leave the others empty
        ru: «%{value}» — не yes и не no; напишите yes в итоговой строке, а в остальных оставьте пустым
        kk: «%{value}» — yes та, no да емес; жиынтық жолға yes деп жазыңыз, қалғандарын бос қалдырыңыз

        unknownCriterion
        en: `criterion` is «%{value}», not one of the 8 criteria: %{criteria}
        ru: `criterion` — «%{value}», это не один из 8 критериев: %{criteria}
        kk: `criterion` мәні — «%{value}», бұл 8 критерийдің бірі емес: %{criteria}

        noParameter
        en: the row names no parameter; write what was rated in `parameter_kk`, or yes in `total` for the centre's total
        ru: в строке не указан параметр; напишите в `parameter_kk`, что оценивалось, или yes в `total` для итога по центру
        kk: жолда параметр көрсетілмеген; `parameter_kk` ішіне не бағаланғанын жазыңыз немесе орталықтың жиынтығы үшін `total` ішіне yes деп жазыңыз

        seriesIDTwice
        en: the series id `%{id}` is used twice; ids must be unique
        ru: идентификатор ряда `%{id}` использован дважды; идентификаторы должны быть уникальны
        kk: `%{id}` қатар идентификаторы екі рет қолданылған; идентификаторлар қайталанбауы керек

        seriesLinkNotWeb
        en: `link` «%{link}» is not a web address; write the https:// address where the source publishes the series
        ru: `link` «%{link}» — не веб-адрес; напишите адрес https://, по которому источник публикует ряд
        kk: `link` «%{link}» веб-мекенжай емес; дереккөз қатарды жариялайтын https:// мекенжайын жазыңыз

        seriesPage
        en: `page` is «%{page}»; a series is shown on `dynamics`
        ru: `page` — «%{page}»; ряд показывается на `dynamics`
        kk: `page` мәні — «%{page}»; қатар `dynamics` бетінде көрсетіледі

        textLanguage
        en: `lang` is «%{code}»; write kk, ru or en, the language the text is written in
        ru: `lang` — «%{code}»; напишите kk, ru или en — язык, на котором написан текст
        kk: `lang` мәні — «%{code}»; мәтін жазылған тілді көрсетіңіз: kk, ru немесе en

        reportIDTwice
        en: the id `%{id}` is used twice in report.yml; ids must be unique
        ru: идентификатор `%{id}` использован в report.yml дважды; идентификаторы должны быть уникальны
        kk: `%{id}` идентификаторы report.yml ішінде екі рет қолданылған; идентификаторлар қайталанбауы керек

        itemWithoutPlace
        en: `%{id}` goes with no text and on no page: name its `text` (a file beside report.yml) or its `page` (a page of Content/pages)
        ru: `%{id}` не относится ни к тексту, ни к странице: укажите его `text` (файл рядом с report.yml) или `page` (страницу из Content/pages)
        kk: `%{id}` ешбір мәтінге де, бетке де байланыспаған: оның `text` (report.yml жанындағы файл) немесе `page` (Content/pages ішіндегі бет) мәнін көрсетіңіз

        textNotInFolder
        en: `%{id}` goes with the text «%{name}», which is not in %{folder}/; correct `text` or add the file
        ru: `%{id}` относится к тексту «%{name}», которого нет в %{folder}/; исправьте `text` или добавьте файл
        kk: `%{id}` «%{name}» мәтініне байланысты, бірақ ол %{folder}/ ішінде жоқ; `text` мәнін түзетіңіз немесе файлды қосыңыз

        invalidIdentifier
        en: the %{what} «%{value}» is not valid; use Latin lower case, digits and -
        ru: значение «%{value}» недопустимо (%{what}); используйте строчные латинские буквы, цифры и -
        kk: «%{value}» мәні жарамсыз (%{what}); кіші латын әріптерін, цифрларды және - белгісін қолданыңыз

        unknownChoice
        en: unknown %{what} «%{value}»; use one of %{choices}
        ru: неизвестное значение «%{value}» (%{what}); используйте одно из: %{choices}
        kk: белгісіз мән «%{value}» (%{what}); мыналардың бірін қолданыңыз: %{choices}
        """#)
}
