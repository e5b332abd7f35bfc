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
/// (`csv.unclosed-quote`) and whose `text` holds every language: a case without its three
/// texts does not compile, and the catalogue test checks that they agree.
public protocol MessageCatalogue: CaseIterable, RawRepresentable, Sendable where RawValue == String {
    /// The first part of the key: `csv`, `contest`.
    static var area: String { get }
    var text: MessageText { get }
}
