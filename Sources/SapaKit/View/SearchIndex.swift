/// The search index, built with the site: services, bodies and regions by every word of
/// their names in Kazakh, Russian and English. Folding makes a search work with or without
/// the Kazakh-specific letters (ә→а, қ→к, ң→н, ө→о, ұ→у, ү→у, і→и, ғ→г, һ→х) and case;
/// `Templates/assets/search.js` folds queries the same way.
public enum SearchIndex {
    static let folds: [Character: Character] = [
        "ә": "а", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "ғ": "г", "һ": "х", "ё": "е",
    ]

    public static func fold(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if let folded = folds[character] {
                result.append(folded)
            } else if character.isLetter || character.isNumber {
                result.append(character)
            } else {
                result.append(" ")
            }
        }
        return result.split(separator: " ").joined(separator: " ")
    }

    public struct Entry: Sendable {
        public var kind: String
        public var id: String
        public var names: LocalizedText
        public var keywords: [String]
    }

    public static func entries(_ model: SiteModel) -> [Entry] {
        func entry(_ kind: String, _ id: String, _ names: [LocalizedText]) -> Entry {
            // Languages in a fixed order: dictionary order changes from run to run.
            let texts = names.flatMap { name in Language.allCases.compactMap { name.values[$0] } }
            let words = texts.flatMap { fold($0).split(separator: " ").map(String.init) }
            var seen: Set<String> = []
            return Entry(kind: kind, id: id, names: names[0], keywords: words.filter { seen.insert($0).inserted })
        }
        let year = model.config.currentYear
        return model.services.map { entry("service", $0.id, [$0.name, LocalizedText(kk: $0.code ?? "")]) }
            + model.bodies.map { entry("body", $0.id, [$0.name, $0.abbreviation]) }
            + model.regions.map { region in
                entry("region", region.id, [region.name(in: year), region.name] + region.formerNames.map(\.name))
            }
    }

    /// The same rule as search.js: every word of the query starts some word of the entry.
    public static func matches(_ query: String, _ entry: Entry) -> Bool {
        let words = fold(query).split(separator: " ")
        guard !words.isEmpty else { return false }
        return words.allSatisfy { word in entry.keywords.contains { $0.hasPrefix(word) } }
    }

    static func json(_ model: SiteModel, routes: Routes) -> String {
        let formats = Dictionary(model.config.languages.map { ($0, DisplayFormat($0)) }, uniquingKeysWith: { first, _ in first })
        let items: [JSONValue] = entries(model).map { entry in
            let page: Routes.Page = switch entry.kind {
            case "service": .service(entry.id)
            case "body": .body(entry.id)
            default: .region(entry.id)
            }
            var fields: [(String, JSONValue)] = [
                ("kind", .string(entry.kind)),
                ("names", .object(model.config.languages.map { ($0.rawValue, .string(entry.names.text($0))) })),
                ("urls", .object(model.config.languages.map { ($0.rawValue, .string(routes.href(page, $0))) })),
                ("keywords", .string(entry.keywords.joined(separator: " "))),
            ]
            // A service's latest figures, as its page prints them, and their year: results
            // say which edition they are from.
            if entry.kind == "service", let point = model.history(of: entry.id, as: .service).last(where: { $0.status != .notStudied }) {
                fields.append(("figures", .object(model.config.languages.map { language in
                    (language.rawValue, .array([.string(point.score.map(formats[language]!.score) ?? ""),
                                                .string(point.rank.map(String.init) ?? ""), .string(String(point.year))]))
                })))
            }
            return .object(fields)
        }
        return JSONValue.array(items).serialized() + "\n"
    }
}
