/// A message's pattern cut into text and the places of its values (see `MessageText`).
struct MessagePattern {
    enum Part: Equatable {
        case text(String)
        case value(String)
        /// A word that agrees with the number `value`: one form a plural category.
        case plural(String, forms: [String])
    }

    let parts: [Part]

    init(_ pattern: String) {
        var parts: [Part] = []
        var text = ""
        var rest = pattern[...]
        while let start = rest.range(of: "%{") {
            guard let end = rest[start.upperBound...].firstIndex(of: "}") else { break }
            text += rest[..<start.lowerBound]
            if !text.isEmpty { parts.append(.text(text)) }
            text = ""
            let inside = rest[start.upperBound..<end].split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            parts.append(inside.count == 1 ? .value(inside[0]) : .plural(inside[0], forms: Array(inside.dropFirst())))
            rest = rest[rest.index(after: end)...]
        }
        text += rest
        if !text.isEmpty { parts.append(.text(text)) }
        self.parts = parts
    }

    /// The names of the values the pattern prints, each once.
    var names: Set<String> {
        Set(
            parts.compactMap {
                switch $0 {
                case .text: nil
                case .value(let name), .plural(let name, _): name
                }
            })
    }

    var pluralForms: [[String]] {
        parts.compactMap { if case .plural(_, let forms) = $0 { forms } else { nil } }
    }

    /// The plural categories a language's forms stand for, in the order they are written.
    static func categories(_ language: Language) -> [PluralCategory] {
        switch language {
        case .ru: [.one, .few, .many]
        case .en: [.one, .other]
        case .kk: [.other]
        }
    }

    func render(_ arguments: [String: MessageArgument], in language: Language) -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .value(let name): result += arguments[name]?.rendered(in: language) ?? "%{\(name)}"
            case .plural(let name, let forms):
                guard case .count(let count) = arguments[name] else {
                    result += forms.last ?? ""
                    continue
                }
                let category = DisplayFormat(language).pluralCategory(count)
                let index = Self.categories(language).firstIndex(of: category) ?? 0
                result += forms[min(index, forms.count - 1)]
            }
        }
        return result
    }
}
