import SapaModel

/// The texts of `CSVMessage`, in each language the tool speaks.
extension CSVMessage {
    static let table = MessageTable(
        #"""
        unreadable
        en: cannot read the file as CSV (%{detail}); save it from the spreadsheet as "CSV UTF-8"
        ru: файл не читается как CSV (%{detail}); сохраните его из электронной таблицы как «CSV UTF-8»
        kk: файл CSV ретінде оқылмайды (%{detail}); оны электрондық кестеден «CSV UTF-8» түрінде сақтаңыз

        unclosedQuote
        en: the value that starts here opens a quote (") that is never closed; add the closing quote or remove the opening one
        ru: значение, начинающееся здесь, открывает кавычку ("), которая нигде не закрыта; добавьте закрывающую кавычку или удалите открывающую
        kk: осы жерден басталатын мән тырнақшаны (") ашады, бірақ ол жабылмаған; жабатын тырнақшаны қосыңыз немесе ашатынын өшіріңіз

        textAfterQuote
        en: text after the closing quote (") of a quoted value; put the whole value in quotes and write each quote inside it twice ("")
        ru: после закрывающей кавычки (") значения стоит текст; заключите всё значение в кавычки, а каждую кавычку внутри него напишите дважды ("")
        kk: тырнақшадағы мәннің жабатын тырнақшасынан (") кейін мәтін тұр; мәнді толығымен тырнақшаға алыңыз, ал оның ішіндегі әр тырнақшаны екі рет жазыңыз ("")

        emptyFile
        en: the file is empty; it needs a header row naming the columns
        ru: файл пуст; нужна строка заголовка с названиями столбцов
        kk: файл бос; бағандардың атаулары жазылған тақырып жолы қажет

        unnamedColumn
        en: the header gives no name to column %{column}; name it or delete the column
        ru: в заголовке у столбца %{column} нет названия; назовите его или удалите столбец
        kk: тақырып жолында %{column} бағанының атауы жоқ; оған атау беріңіз немесе бағанды өшіріңіз

        duplicateColumn
        en: the header names two columns `%{name}` (%{first} and %{second}); rename or delete one
        ru: в заголовке два столбца называются `%{name}` (%{first} и %{second}); переименуйте или удалите один из них
        kk: тақырып жолында екі баған `%{name}` деп аталған (%{first} және %{second}); біреуінің атын өзгертіңіз немесе өшіріңіз

        tooManyRows
        en: the table has more than %{limit} rows, the limit set by `limits.max_table_rows` in Content/site.yml; split the table or raise the limit
        ru: в таблице больше %{limit} строк — предела, заданного `limits.max_table_rows` в Content/site.yml; разделите таблицу или поднимите предел
        kk: кестеде %{limit} жолдан көп, бұл Content/site.yml ішіндегі `limits.max_table_rows` белгілеген шек; кестені бөліңіз немесе шекті көтеріңіз

        missingValues
        en: this row has %{values} values but the header has %{columns} columns (%{names}); add the missing values, leaving a cell empty where there is none
        ru: в этой строке %{values} %{values|значение|значения|значений}, а в заголовке %{columns} %{columns|столбец|столбца|столбцов} (%{names}); добавьте недостающие значения, оставив ячейку пустой, где значения нет
        kk: бұл жолда %{values} мән бар, ал тақырып жолында %{columns} баған (%{names}); жетіспейтін мәндерді қосыңыз, мәні жоқ ұяшықты бос қалдырыңыз

        extraValue
        en: this row has %{values} values but the header has %{columns} columns; remove the extra value or name its column in the header
        ru: в этой строке %{values} %{values|значение|значения|значений}, а в заголовке %{columns} %{columns|столбец|столбца|столбцов}; удалите лишнее значение или назовите его столбец в заголовке
        kk: бұл жолда %{values} мән бар, ал тақырып жолында %{columns} баған; артық мәнді өшіріңіз немесе оның бағанын тақырып жолында атаңыз

        missingColumn
        en: the header has no column `%{column}`; add it (required columns: %{required})
        ru: в заголовке нет столбца `%{column}`; добавьте его (обязательные столбцы: %{required})
        kk: тақырып жолында `%{column}` бағаны жоқ; оны қосыңыз (міндетті бағандар: %{required})

        unknownColumn
        en: unknown column `%{column}`; the known columns are %{known}; rename or remove it
        ru: неизвестный столбец `%{column}`; известные столбцы: %{known}; переименуйте или удалите его
        kk: белгісіз баған `%{column}`; белгілі бағандар: %{known}; атын өзгертіңіз немесе өшіріңіз

        emptyID
        en: the `%{column}` is empty; every row needs an id (Latin lower case, words joined by -)
        ru: `%{column}` пуст; каждой строке нужен идентификатор (строчные латинские буквы, слова через -)
        kk: `%{column}` бос; әр жолға идентификатор керек (кіші латын әріптері, сөздер - арқылы)

        invalidID
        en: the id «%{id}» is not valid; use Latin lower-case letters, digits and -, like `north-kazakhstan`
        ru: идентификатор «%{id}» недопустим; используйте строчные латинские буквы, цифры и -, например `north-kazakhstan`
        kk: «%{id}» идентификаторы жарамсыз; кіші латын әріптерін, цифрларды және - белгісін қолданыңыз, мысалы `north-kazakhstan`

        repeatedID
        en: the id `%{id}` is used twice (first on line %{line}); ids must be unique
        ru: идентификатор `%{id}` использован дважды (впервые в строке %{line}); идентификаторы должны быть уникальны
        kk: `%{id}` идентификаторы екі рет қолданылған (алғаш %{line}-жолда); идентификаторлар қайталанбауы керек

        notAChoice
        en: `%{column}` is «%{value}»; write %{choices}
        ru: `%{column}` — «%{value}»; напишите %{choices}
        kk: `%{column}` мәні — «%{value}»; %{choices} деп жазыңыз

        notANumber
        en: `%{column}` is «%{value}», which is not a number; write it like 4.58 or 4,58 (a percentage without %: 75.1)
        ru: `%{column}` — «%{value}», это не число; напишите его как 4.58 или 4,58 (процент без %: 75.1)
        kk: `%{column}` мәні — «%{value}», бұл сан емес; оны 4.58 немесе 4,58 түрінде жазыңыз (пайызды % белгісіз: 75.1)

        outOfRange
        en: `%{column}` is %{value}, outside %{lowest}–%{highest} for a %{what}; correct the figure
        ru: `%{column}` — %{value}, вне допустимого диапазона %{lowest}–%{highest} (%{what}); исправьте цифру
        kk: `%{column}` мәні — %{value}, рұқсат етілген %{lowest}–%{highest} аралығынан тыс (%{what}); санды түзетіңіз

        notWhole
        en: `%{column}` is %{value}; a %{what} is a whole number
        ru: `%{column}` — %{value}; здесь нужно целое число (%{what})
        kk: `%{column}` мәні — %{value}; мұнда бүтін сан керек (%{what})

        notAFormerName
        en: «%{entry}» is not a former name; write it as FROM-TO:name, like 2019-2022:Нұр-Сұлтан қ.
        ru: «%{entry}» — не прежнее название; напишите его как С-ПО:название, например 2019-2022:Нұр-Сұлтан қ.
        kk: «%{entry}» бұрынғы атау емес; оны БАСЫ-СОҢЫ:атауы түрінде жазыңыз, мысалы 2019-2022:Нұр-Сұлтан қ.

        notAYear
        en: `%{column}` is «%{value}», not a year; write a year like 2022 or leave it empty
        ru: `%{column}` — «%{value}», это не год; напишите год, например 2022, или оставьте пустым
        kk: `%{column}` мәні — «%{value}», бұл жыл емес; 2022 сияқты жылды жазыңыз немесе бос қалдырыңыз
        """#)
}
