/// The languages the site is published in. Kazakh is the state language and the default;
/// Russian is the full second language; English covers the interface and any English text.
public enum Language: String, CaseIterable, Sendable, Codable, Comparable, Hashable {
    case kk, ru, en

    public static func < (a: Language, b: Language) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// Where a text is missing in this language, the languages tried next, in order.
    public var fallbacks: [Language] {
        switch self {
        case .kk: return []
        case .ru: return [.kk]
        case .en: return [.ru, .kk]
        }
    }
}

/// A text given in one or more languages; Kazakh is expected, the others optional.
public struct LocalizedText: Sendable, Hashable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) {
        // Filtering makes a new dictionary: most texts have no empty value to drop.
        self.values = values.values.contains(where: \.isEmpty) ? values.filter { !$0.value.isEmpty } : values
    }

    public init(kk: String, ru: String? = nil, en: String? = nil) {
        var values: [Language: String] = [.kk: kk]
        values[.ru] = ru
        values[.en] = en
        self.init(values)
    }

    public var isEmpty: Bool { values.isEmpty }

    /// The text for `language`, or the first fallback that has one, with the language it is in
    /// (a page marks the fallback with its own `lang`).
    public func resolve(_ language: Language) -> (text: String, language: Language)? {
        // Asked for every text of every page: the order is walked, not built as an array.
        if let text = values[language] { return (text, language) }
        for candidate in language.fallbacks {
            if let text = values[candidate] { return (text, candidate) }
        }
        for candidate in Language.allCases {
            if let text = values[candidate] { return (text, candidate) }
        }
        return nil
    }

    public func text(_ language: Language) -> String { resolve(language)?.text ?? "" }
}
