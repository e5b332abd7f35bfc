import SapaModel

/// The texts of `YAMLMessage`, in each language the tool speaks.
extension YAMLMessage {
    static let table = MessageTable(
        #"""
        emptyBlock
        en: the YAML block is empty; it needs the fields described in Content/README.md
        ru: блок YAML пуст; в нём нужны поля, описанные в Content/README.md
        kk: YAML блогы бос; оған Content/README.md ішінде сипатталған өрістер керек

        invalid
        en: invalid YAML: %{detail}
        ru: ошибка в YAML: %{detail}
        kk: YAML қатесі: %{detail}

        invalidSyntax
        en: invalid YAML: %{detail}; check the indentation and that texts containing `:` or `#` are in quotes
        ru: ошибка в YAML: %{detail}; проверьте отступы и то, что тексты с `:` или `#` заключены в кавычки
        kk: YAML қатесі: %{detail}; шегіністерді және `:` не `#` бар мәтіндердің тырнақшада екенін тексеріңіз

        aliasBomb
        en: aliases (`*name`) repeat values here so often that the YAML would grow to far more values than the file holds; write the values out instead of repeating them with `&` and `*`
        ru: псевдонимы (`*name`) повторяют здесь значения так часто, что YAML разросся бы до гораздо большего числа значений, чем есть в файле; напишите значения полностью, а не повторяйте их через `&` и `*`
        kk: бүркеншік аттар (`*name`) мұнда мәндерді соншалық жиі қайталайды, YAML файлдағыдан әлдеқайда көп мәнге ұлғаяр еді; мәндерді `&` және `*` арқылы қайталамай, толық жазыңыз

        duplicateKey
        en: the key %{keys} appears twice; keep one
        ru: ключ %{keys} встречается дважды; оставьте один
        kk: %{keys} кілті екі рет кездеседі; біреуін қалдырыңыз

        unexpected
        en: %{detail}
        ru: %{detail}
        kk: %{detail}

        missingField
        en: the required field `%{field}` is missing; add it
        ru: нет обязательного поля `%{field}`; добавьте его
        kk: міндетті `%{field}` өрісі жоқ; оны қосыңыз

        wrongType
        en: `%{field}` should be %{expected}; correct its value
        ru: в `%{field}` ожидается %{expected}; исправьте значение
        kk: `%{field}` мәні %{expected} болуы керек; мәнін түзетіңіз

        wrongTypeFound
        en: `%{field}` should be %{expected}, not %{found}; correct its value
        ru: в `%{field}` ожидается %{expected}, а не %{found}; исправьте значение
        kk: `%{field}` мәні %{found} емес, %{expected} болуы керек; мәнін түзетіңіз

        emptyValue
        en: `%{field}` is empty but should be %{expected}; give it a value
        ru: `%{field}` пусто, а ожидается %{expected}; укажите значение
        kk: `%{field}` бос, бірақ %{expected} болуы керек; оған мән беріңіз

        invalidValue
        en: `%{field}`: %{detail}
        ru: `%{field}`: %{detail}
        kk: `%{field}`: %{detail}

        aText
        en: a text
        ru: текст
        kk: мәтін

        aWholeNumber
        en: a whole number
        ru: целое число
        kk: бүтін сан

        aNumber
        en: a number
        ru: число
        kk: сан

        trueOrFalse
        en: true or false
        ru: true или false
        kk: true немесе false

        aSingleValue
        en: a single value (a text or a number)
        ru: одно значение (текст или число)
        kk: бір мән (мәтін немесе сан)

        aGroupOfFields
        en: a group of `key: value` fields
        ru: группа полей `key: value`
        kk: `key: value` өрістерінің тобы

        aList
        en: a list
        ru: список
        kk: тізім

        aMapping
        en: a mapping of keys to values
        ru: соответствие ключей значениям
        kk: кілттер мен мәндердің сәйкестігі

        aTypeNamed
        en: a %{name}
        ru: значение типа %{name}
        kk: %{name} түріндегі мән

        quoted
        en: «%{value}»
        ru: «%{value}»
        kk: «%{value}»

        anAlias
        en: an alias
        ru: псевдоним
        kk: бүркеншік ат

        frontMatterAbsent
        en: the file must start with a front matter block: a line `---`, the fields in YAML, and a closing line `---`
        ru: файл должен начинаться с блока front matter: строка `---`, поля в YAML и закрывающая строка `---`
        kk: файл front matter блогынан басталуы керек: `---` жолы, YAML түріндегі өрістер және жабатын `---` жолы

        frontMatterNotClosed
        en: the front matter opened on line 1 is never closed; add a line `---` after its last field
        ru: front matter, открытый в строке 1, нигде не закрыт; добавьте строку `---` после его последнего поля
        kk: 1-жолда ашылған front matter жабылмаған; оның соңғы өрісінен кейін `---` жолын қосыңыз
        """#)
}
