/// One message of the tool in each language it speaks: what the publisher reads in the
/// terminal, the preview's panel and `--help`. Patterns name their values: `%{column}` is
/// replaced by the value, `%{count|file|files}` by the form that agrees with the number (one
/// form a plural category of the language: Russian one|few|many, English one|other, Kazakh
/// one form). Braces alone are text, so template messages can quote `{{/name}}`.
public struct MessageText: Sendable, Hashable {
    public let en: String
    public let ru: String
    public let kk: String

    public init(en: String, ru: String, kk: String) {
        self.en = en
        self.ru = ru
        self.kk = kk
    }

    public func pattern(_ language: Language) -> String {
        switch language {
        case .en: en
        case .ru: ru
        case .kk: kk
        }
    }
}

/// The messages of one part of the tool, as an enum whose cases are the keys
/// (`csv.unclosedQuote`) and whose `table` holds every case's text in every language. The
/// catalogue test fails for a case without its three texts, a text without its case, and
/// texts that disagree.
public protocol MessageCatalogue: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// The first part of the key: `csv`, `contest`.
    static var area: String { get }
    static var table: MessageTable { get }
    var text: MessageText { get }
}

extension MessageCatalogue {
    /// The case's texts; the key itself where the table lacks them, which the catalogue test
    /// does not let pass.
    public var text: MessageText {
        Self.table.texts[rawValue] ?? MessageText(en: rawValue, ru: rawValue, kk: rawValue)
    }
}

/// A catalogue's texts as translators read them: each message is its key on a line of its
/// own, then `en: `, `ru: ` and `kk: ` lines, each text running to the end of its line
/// (spaces included), and a blank line between messages.
public struct MessageTable: Sendable {
    public let texts: [String: MessageText]
    /// Lines the table could not read, for the catalogue test to name.
    public let unreadable: [String]
    /// Keys given twice.
    public let repeated: [String]

    public init(_ source: String) {
        var texts: [String: MessageText] = [:]
        var unreadable: [String] = []
        var repeated: [String] = []
        let blocks = source.split(separator: "\n", omittingEmptySubsequences: false)
            .split(whereSeparator: { $0.allSatisfy(\.isWhitespace) })
        for block in blocks {
            let lines = block.map { $0.drop { $0 == " " } }
            let prefixes = ["en: ", "ru: ", "kk: "]
            guard lines.count == 4, zip(lines.dropFirst(), prefixes).allSatisfy({ $0.hasPrefix($1) }) else {
                unreadable.append(lines.joined(separator: "\n"))
                continue
            }
            let key = String(lines[0])
            if texts[key] != nil { repeated.append(key) }
            texts[key] = MessageText(en: String(lines[1].dropFirst(4)), ru: String(lines[2].dropFirst(4)), kk: String(lines[3].dropFirst(4)))
        }
        self.texts = texts
        self.unreadable = unreadable
        self.repeated = repeated
    }
}
