import Foundation
import SapaModel
import SapaSource

/// The search index, built with the site, per language: `search/<lang>/meta.json`, the
/// documents in `docs-<n>.json` (25 each) and the words in shards `w-<key>.json`, so that a
/// query loads only the shards of its words' first letters (at 10,000 services no file is the
/// whole index). Written by hand: it is a format of Sapa's own, read by
/// `Templates/assets/search.js`, which stems the query and the index words it loads.
/// `Tests/search/build_index.py` is its reference: the same site gives the same bytes.
///
/// Documents: the services (shortest name first), then the bodies and the regions (by id).
/// A service carries its name, URL, score, rank and year as its page shows them. Words, by
/// field: 1 the name in the page's language, 2 the names in the other languages (English
/// only in the English index), 4 the colloquial keywords (Content/data/search-keywords.csv),
/// 8 facts (registry number, service code, the responsible body and its abbreviation).
/// A posting is the document's distance from the previous one × 32 + its fields.
public enum SearchIndex {
    static let name = 1, alternative = 2, keyword = 4, fact = 8
    static let documentsPerFile = 25
    static let shardLimit = 8000
    static let shardMaxKey = 6

    static let folds: [Unicode.Scalar: Unicode.Scalar] = [
        "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е",
    ]
    /// Latin letters like Cyrillic ones, replaced inside a word that has a Cyrillic letter.
    static let lookalikes: [Unicode.Scalar: Unicode.Scalar] = [
        "a": "а", "b": "в", "c": "с", "e": "е", "i": "и", "k": "к", "m": "м", "o": "о", "p": "р", "t": "т", "x": "х", "y": "у",
    ]

    /// The words of a text as the index and search.js compare them: NFC, lower case, the
    /// Kazakh letters folded to their Russian-keyboard twins, ё to е; anything but a letter
    /// or a digit breaks words.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var cyrillic = false
        func close() {
            guard !current.isEmpty else { return }
            if cyrillic { current = String.UnicodeScalarView(current.map { lookalikes[$0] ?? $0 }) }
            words.append(String(current))
            current = String.UnicodeScalarView()
            cyrillic = false
        }
        let normalized = isNFC(text) ? text : text.precomposedStringWithCanonicalMapping
        for scalar in normalized.lowercased().unicodeScalars {
            let value = scalar.value
            // ASCII is told by its value, and only Cyrillic letters fold: the letter's
            // category and a folding table are asked for the rest only.
            if value < 0x80 {
                if (0x61...0x7A).contains(value) || (0x30...0x39).contains(value) {
                    current.append(scalar)
                } else {
                    close()
                }
                continue
            }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                if (0x400...0x4FF).contains(value) {
                    cyrillic = true
                    current.append(folds[scalar] ?? scalar)
                } else {
                    current.append(scalar)
                }
            default:
                close()
            }
        }
        close()
        return words
    }

    /// Whether `text` is surely in NFC already: made only of characters that are NFC on their
    /// own, combine with nothing before them and are never reordered (ASCII, Latin, Cyrillic
    /// without its combining marks, punctuation, currency signs, №), as the site's texts are.
    /// Foundation's normalization is then skipped; it took a third of the index's time.
    static func isNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x400..<0x483, 0x48A..<0x530, 0x2010..<0x2028, 0x2030..<0x205F, 0x20A0..<0x20C1, 0x2116: true
            default: false
            }
        }
    }

    static func squash(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    struct Document {
        var fields: [String]
        var texts: [(field: Int, language: Language, text: String)]
    }

    /// The files of one language's index, by path below the output folder.
    package static func files(_ model: SiteModel, routes: Routes, language: Language) -> [OutputFile] {
        let languages = model.config.languages.sorted { $0.rawValue < $1.rawValue }
        let services = model.services.sorted { $0.id < $1.id }
        var figures: [String: (score: Double?, rank: Int?, year: Int?)] = [:]
        for service in services { figures[service.id] = shownFigures(service.id, model: model) }
        let siteYear = figures.values.compactMap(\.year).max().map(String.init) ?? ""
        do {
            let format = DisplayFormat(language)
            let others = languages.filter { $0 != language && ($0 != .en || language == .en) }
            func serviceName(_ service: Service, _ in: Language) -> String { squash(service.name.resolve(`in`)?.text ?? "") }
            var documents: [Document] = []
            // Shorter names first (search.js ranks a whole-name match by it); each name's words
            // counted once, not at every comparison of the sort.
            let named = services.map { (service: $0, name: serviceName($0, language)) }
            let ordered = named.map { (entry: $0, words: words($0.name).count) }.sorted {
                $0.words != $1.words ? $0.words < $1.words : $0.entry.service.id < $1.entry.service.id
            }
            for (service, name) in ordered.map(\.entry) {
                let shown = figures[service.id]!
                var texts: [(field: Int, language: Language, text: String)] = [(Self.name, language, name)]
                texts += others.map { (alternative, $0, serviceName(service, $0)) }
                if let keywords = model.searchKeywords[service.id]?.values[language], !keywords.isEmpty {
                    texts.append((keyword, language, keywords))
                }
                texts.append((fact, language, facts(service, model: model, language: language)))
                documents.append(
                    Document(
                        fields: [
                            service.id, "service", name, routes.href(.service(service.id), language),
                            shown.score.map(format.score) ?? "", shown.rank.map(String.init) ?? "",
                            shown.year.map(String.init) ?? siteYear,
                        ], texts: texts))
            }
            for body in model.bodies.sorted(by: { $0.id < $1.id }) {
                func names(_ in: Language) -> String {
                    ([squash(body.name.resolve(`in`)?.text ?? "")] + [body.givenAbbreviation.values[`in`]].compactMap { $0 }).joined(separator: " ")
                }
                let name = squash(body.name.resolve(language)?.text ?? "")
                documents.append(
                    Document(
                        fields: [body.id, "body", name, routes.href(.body(body.id), language), "", "", ""],
                        texts: [(Self.name, language, names(language))] + others.map { (alternative, $0, names($0)) }))
            }
            let year = model.config.currentYear
            for region in model.regions.sorted(by: { $0.id < $1.id }) {
                func names(_ in: Language) -> String {
                    let own = [region.name.values[`in`]].compactMap { $0 } + region.formerNames.compactMap { $0.name.values[`in`] }
                    return ([squash(region.name(in: year).resolve(`in`)?.text ?? "")] + own.filter { !$0.isEmpty }).joined(separator: " ")
                }
                let name = squash(region.name(in: year).resolve(language)?.text ?? "")
                documents.append(
                    Document(
                        fields: [region.id, "region", name, routes.href(.region(region.id), language), "", "", ""],
                        texts: [(Self.name, language, names(language))] + others.map { (alternative, $0, names($0)) }))
            }
            return languageFiles(documents, language: language, languages: languages, services: services.count, year: siteYear)
        }
    }

    /// The figures a service's page shows (its chapter's key indicators, and the year of the
    /// ranking it is in), or, for a service the latest edition has no chapter of, the last
    /// year it had figures.
    static func shownFigures(_ id: String, model: SiteModel) -> (score: Double?, rank: Int?, year: Int?) {
        if let report = model.reports[id] {
            let shown = model.editionContents.first { $0.year == model.config.currentYear }
            let ranking = model.tables.first { table in
                isYearsRanking(table.id)
                    && (shown.map { $0.row(of: id, in: table) != nil } ?? table.rows.contains { table.value($0, "service").reference == id })
            }
            return (report.indicators?.score, report.indicators?.rank, ranking.flatMap { Int($0.id.suffix(4)) })
        }
        guard let point = model.history(of: id, as: .service).last(where: { $0.status != .notStudied }) else { return (nil, nil, nil) }
        return (point.score, point.rank, point.year)
    }

    /// `services-ranking-<four digits>`: the table whose id on a service's page gives the year.
    static func isYearsRanking(_ id: String) -> Bool {
        let prefix = "services-ranking-"
        let year = id.utf8.dropFirst(prefix.utf8.count)
        return id.hasPrefix(prefix) && year.count == 4 && year.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// What a service's page lists under its code, service code and body, and the body's
    /// abbreviation.
    static func facts(_ service: Service, model: SiteModel, language: Language) -> String {
        let report = model.reports[service.id]
        var facts: [String] = []
        if let code = service.code ?? report?.code { facts.append(squash(code)) }
        if let body = model.body(service.bodyID), let name = body.name.resolve(language)?.text { facts.append(squash(name)) }
        if let code = report?.facts.serviceCode { facts.append(squash(code)) }
        var joined = facts.joined(separator: " ")
        if let body = model.body(service.bodyID) { joined += " " + (body.givenAbbreviation.values[language] ?? "") }
        return joined
    }

    static func languageFiles(_ documents: [Document], language: Language, languages: [Language], services: Int, year: String) -> [OutputFile] {
        // word language → word → document → fields
        var postings: [Language: [String: [Int: Int]]] = [:]
        for (number, document) in documents.enumerated() {
            for text in document.texts {
                for word in words(text.text) { postings[text.language, default: [:]][word, default: [:]][number, default: 0] |= text.field }
            }
        }
        var entries: [(word: String, language: Language, postings: [Int])] = []
        for (wordLanguage, byWord) in postings {
            for (word, byDocument) in byWord {
                var previous = 0
                let encoded = byDocument.keys.sorted().map { document -> Int in
                    defer { previous = document }
                    return (document - previous) << 5 | byDocument[document]!
                }
                entries.append((word, wordLanguage, encoded))
            }
        }
        let folder = "search/\(language.rawValue)/"
        var files: [OutputFile] = []
        func write(_ name: String, _ value: JSONValue) {
            files.append(OutputFile(path: folder + name, text: value.serialized() + "\n"))
        }
        for start in stride(from: 0, to: documents.count, by: documentsPerFile) {
            let chunk = documents[start..<min(start + documentsPerFile, documents.count)]
            write("docs-\(start / documentsPerFile).json", .array(chunk.map { .array($0.fields.map { .string($0) }) }))
        }
        let shards = shardKeys(entries)
        let keys = shards.keys.sorted(by: codePointOrder)
        for key in keys {
            var byLanguage: [String: [(String, JSONValue)]] = [:]
            for entry in shards[key]! {
                byLanguage[entry.language.rawValue, default: []].append((entry.word, .array(entry.postings.map { .integer($0) })))
            }
            write(
                shardFile(key),
                .object(
                    byLanguage.keys.sorted(by: codePointOrder).map { wordLanguage in
                        (wordLanguage, .object(byLanguage[wordLanguage]!.sorted { codePointOrder($0.0, $1.0) }))
                    }))
        }
        write(
            "meta.json",
            .object([
                ("chunk", .integer(documentsPerFile)), ("docs", .integer(documents.count)), ("format", .integer(1)),
                ("lang", .string(language.rawValue)), ("langs", .array(languages.map { .string($0.rawValue) })),
                ("services", .integer(services)), ("shards", .array(keys.map { .string($0) })), ("year", .string(year)),
            ]))
        return files
    }

    /// Words grouped by their first letter; a group larger than `shardLimit` (its words'
    /// UTF-8 bytes and 4 per posting) is split by one more letter, up to `shardMaxKey`.
    static func shardKeys(_ entries: [(word: String, language: Language, postings: [Int])]) -> [String: [(word: String, language: Language, postings: [Int])]] {
        func prefix(_ word: String, _ count: Int) -> String { String(String.UnicodeScalarView(word.unicodeScalars.prefix(count))) }
        func size(_ group: [(word: String, language: Language, postings: [Int])]) -> Int {
            group.reduce(0) { $0 + $1.word.utf8.count + 4 * $1.postings.count }
        }
        var groups: [String: [(word: String, language: Language, postings: [Int])]] = [:]
        for entry in entries { groups[prefix(entry.word, 1), default: []].append(entry) }
        var pending = groups.keys.sorted(by: codePointOrder)
        while let key = pending.popLast() {
            let group = groups[key]!
            let length = key.unicodeScalars.count
            guard length < shardMaxKey, size(group) > shardLimit else { continue }
            var parts: [String: [(word: String, language: Language, postings: [Int])]] = [:]
            for entry in group { parts[prefix(entry.word, length + 1), default: []].append(entry) }
            if parts.count == 1 && parts[key] != nil { continue }
            groups[key] = nil
            for (part, words) in parts {
                groups[part] = words
                pending.append(part)
            }
            pending.sort(by: codePointOrder)
        }
        return groups
    }

    static func shardFile(_ key: String) -> String {
        "w-" + key.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "-") + ".json"
    }

    /// Python's order of strings: by code point.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}
