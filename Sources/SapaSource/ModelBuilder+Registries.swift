import Foundation
import SapaModel

/// The registries of `Content/data/`: regions, bodies and services, each with its id, names,
/// validity period and earlier names, read by one loader.
extension ModelBuilder {
    mutating func loadRegions(_ limits: SiteConfig.Limits) -> [Region] {
        loadRegistry(.region, limits, required: ["id", "name_kk"], columns: ["kind"]) { reader, row, entry in
            let kind = reader.choice(row, "kind", hint: ["`oblast`", "`city`"], empty: Region.Kind.oblast) ?? .oblast
            return Region(
                id: entry.id, name: entry.name, kind: kind, since: entry.since, until: entry.until,
                formerNames: entry.formerNames, line: row.line)
        }
    }

    mutating func loadBodies(_ limits: SiteConfig.Limits) -> [Body] {
        loadRegistry(.body, limits, required: ["id", "name_kk", "kind"], columns: ["kind"], localizedColumns: ["abbr"]) { reader, row, entry in
            guard let kind: Body.Kind = reader.choice(row, "kind", hint: ["central", "local", "corporation", "portal"]) else { return nil }
            let given = reader.localized(row, "abbr")
            return Body(
                id: entry.id, abbreviation: given.isEmpty ? entry.name : given, name: entry.name, kind: kind, givenAbbreviation: given,
                since: entry.since, until: entry.until, formerNames: entry.formerNames, line: row.line)
        }
    }

    /// `bodyIDs` is nil when bodies.csv could not be read.
    mutating func loadServices(_ limits: SiteConfig.Limits, bodyIDs: Set<String>?) -> [Service] {
        // The chapter and how a service was studied are the year's: the edition's services.csv.
        loadRegistry(.service, limits, required: ["id", "body", "name_kk"], columns: ["code", "body"]) { reader, row, entry in
            let body = reader.text(row, "body") ?? ""
            if let bodyIDs, !bodyIDs.contains(body) {
                reader.error(row, "body", ToolMessage(EditionMessage.unknownBody, ["body": body]))
            }
            return Service(
                id: entry.id, code: reader.text(row, "code"), bodyID: body, name: entry.name, study: .quantitative,
                since: entry.since, until: entry.until, formerNames: entry.formerNames, line: row.line)
        }
    }

    /// What every registry row has: its id, names, validity period and earlier names.
    struct RegistryEntry {
        var id: String
        var name: LocalizedText
        var since: Int?
        var until: Int?
        var formerNames: [Region.FormerName]
    }

    /// Reads `Content/data/<type>s.csv`: the columns every registry has (`id`, `name_*`,
    /// `since`, `until`, `previous_names_*`) checked here, the others by `make`, which returns
    /// nil to leave a row out. A registry that cannot be read is remembered, so that ids are
    /// not reported unknown for it.
    private mutating func loadRegistry<Entity>(
        _ type: ColumnType, _ limits: SiteConfig.Limits, required: [String], columns: [String],
        localizedColumns: [String] = [],
        make: (inout RecordReader, CSVTable.Row, RegistryEntry) -> Entity?
    ) -> [Entity] {
        let file = type == .body ? "bodies.csv" : "\(type.rawValue)s.csv"
        let url = folder.content.appendingPathComponent("data/\(file)")
        guard folder.exists(url) else { return [] }
        guard let table = csv(url, limits: limits) else {
            unreadableRegistries.insert(type)
            return []
        }
        let languageColumns = Language.allCases.flatMap { language in
            (["name", "previous_names"] + localizedColumns).map { "\($0)_\(language.rawValue)" }
        }
        var reader = RecordReader(table, required: required, known: Set(["id", "since", "until"] + columns + languageColumns))
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            unreadableRegistries.insert(type)
            return []
        }
        var seen: [String: Int] = [:]
        var entities: [Entity] = []
        for row in table.rows {
            guard let id = reader.id(row, seen: &seen) else { continue }
            let name = reader.localized(row, "name")
            if name.values[.kk] == nil { reader.error(row, "name_kk", ToolMessage(EditionMessage.noKazakhName, ["what": EditionMessage.subject(type, id)])) }
            let entry = RegistryEntry(
                id: id, name: name, since: reader.year(row, "since"), until: reader.year(row, "until"),
                formerNames: reader.formerNames(row))
            if let entity = make(&reader, row, entry) { entities.append(entity) }
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return entities
    }
}
