import SapaModel

/// The texts of `InterfaceMessage`, in each language the tool speaks.
extension InterfaceMessage {
    static let table = MessageTable(
        #"""
        missingLanguage
        en: the interface strings for %{language} are missing; create %{path} with the same keys as the other languages
        ru: нет строк интерфейса для %{language}; создайте %{path} с теми же ключами, что и у других языков
        kk: %{language} үшін интерфейс жолдары жоқ; басқа тілдердегідей кілттермен %{path} файлын жасаңыз

        unreadable
        en: %{detail}
        ru: %{detail}
        kk: %{detail}

        notAMapping
        en: the file must be a list of `key: text` lines
        ru: файл должен быть списком строк вида `key: text`
        kk: файл `key: text` түріндегі жолдардың тізімі болуы керек

        badPluralForm
        en: a plural form is one of one, few, many, other with a text; correct «%{form}»
        ru: форма множественного числа — это one, few, many или other с текстом; исправьте «%{form}»
        kk: көпше түр — мәтіні бар one, few, many немесе other; «%{form}» түзетіңіз

        notAText
        en: `%{key}` must be a text
        ru: `%{key}` должен быть текстом
        kk: `%{key}` мәтін болуы керек

        missingKey
        en: the interface string `%{key}` is missing in %{language}; add `%{key}: …` here
        ru: строки интерфейса `%{key}` нет в %{language}; добавьте сюда `%{key}: …`
        kk: `%{key}` интерфейс жолы %{language} тілінде жоқ; мұнда `%{key}: …` қосыңыз

        missingKeyElsewhere
        en: the interface string `%{key}` is missing in %{language} (it is in %{other}.yml); add `%{key}: …` here
        ru: строки интерфейса `%{key}` нет в %{language} (она есть в %{other}.yml); добавьте сюда `%{key}: …`
        kk: `%{key}` интерфейс жолы %{language} тілінде жоқ (ол %{other}.yml файлында бар); мұнда `%{key}: …` қосыңыз
        """#)
}
