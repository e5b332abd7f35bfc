import SapaModel

/// The ids that exist, for checking references in tables and chapters; nil where the
/// registry could not be read (its own error says so), which lets every reference pass.
/// With the years each existed (registries of the editions layout), a reference in an
/// edition is also checked against its year.
package struct ReferenceIndex: Sendable {
    var regions: Set<String>?
    var bodies: Set<String>?
    var services: Set<String>?
    /// `since`…`until` of the ids whose registry row limits them.
    var periods: [ColumnType: [String: (since: Int?, until: Int?)]] = [:]

    init(regions: Set<String>?, bodies: Set<String>?, services: Set<String>?) {
        self.regions = regions
        self.bodies = bodies
        self.services = services
    }

    /// The ids of the registries, with the years each existed.
    package init(regions: [Region], bodies: [Body], services: [Service]) {
        self.init(regions: Set(regions.map(\.id)), bodies: Set(bodies.map(\.id)), services: Set(services.map(\.id)))
        periods[.region] = Dictionary(regions.map { ($0.id, ($0.since, $0.until)) }, uniquingKeysWith: { first, _ in first })
        periods[.body] = Dictionary(bodies.map { ($0.id, ($0.since, $0.until)) }, uniquingKeysWith: { first, _ in first })
        periods[.service] = Dictionary(services.map { ($0.id, ($0.since, $0.until)) }, uniquingKeysWith: { first, _ in first })
    }

    func contains(_ id: String, as type: ColumnType) -> Bool {
        switch type {
        case .region: return regions?.contains(id) ?? true
        case .body: return bodies?.contains(id) ?? true
        case .service: return services?.contains(id) ?? true
        default: return true
        }
    }

    /// What is wrong with a reference to `id` in the edition of `year`, or nil.
    func problem(with id: String, as type: ColumnType, in year: Int?) -> ToolMessage? {
        var registry: String { ["service": "services.csv", "body": "bodies.csv", "region": "regions.csv"][type.rawValue] ?? "" }
        guard contains(id, as: type) else {
            return ToolMessage(TableMessage.notInRegistry, ["kind": Self.kindName(type), "id": id, "registry": registry])
        }
        guard let year, let period = periods[type]?[id] else { return nil }
        if let since = period.since, year < since {
            return ToolMessage(TableMessage.notYetInRegistry, ["kind": Self.kindName(type), "id": id, "year": year, "registry": registry, "since": since])
        }
        if let until = period.until, year > until {
            return ToolMessage(TableMessage.noLongerInRegistry, ["kind": Self.kindName(type), "id": id, "year": year, "registry": registry, "until": until])
        }
        return nil
    }

    /// What a reference column names, in words: a service, a body or a region (the only
    /// columns that refer to a registry, and the only ones a table's rows can be about).
    static func kindName(_ type: ColumnType) -> ToolMessage {
        switch type {
        case .body: ToolMessage(TableMessage.body)
        case .region: ToolMessage(TableMessage.region)
        default: ToolMessage(TableMessage.service)
        }
    }
}
