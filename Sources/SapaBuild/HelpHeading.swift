import SapaModel

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
