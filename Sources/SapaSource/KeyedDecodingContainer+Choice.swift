import SapaModel

/// The two checks every described file (`tables.yml`, `report.yml`) makes of its entries: an
/// id a URL can carry, and a word from a fixed list, each reported at its own key.
extension KeyedDecodingContainer where Key == AnyKey {
    func identifier(_ key: String = "id", what: FigureName) throws -> String {
        let value = try decode(String.self, forKey: AnyKey(key))
        guard Identifier.isValid(value) else {
            throw ContentError(codingPath + [AnyKey(key)], ToolMessage(TableMessage.invalidIdentifier, ["what": ToolMessage(what), "value": value]))
        }
        return value
    }

    /// `missing` stands for an absent key; without it the key is required.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, what: FigureName, missing: Choice? = nil) throws -> Choice where Choice.RawValue == String {
        let raw: String
        if let missing {
            guard let given = try decodeIfPresent(String.self, forKey: AnyKey(key)) else { return missing }
            raw = given
        } else {
            raw = try decode(String.self, forKey: AnyKey(key))
        }
        guard let choice = Choice(rawValue: raw) else {
            throw ContentError(
                codingPath + [AnyKey(key)],
                ToolMessage(TableMessage.unknownChoice, ["what": ToolMessage(what), "value": raw, "choices": Choice.allCases.map(\.rawValue).joined(separator: ", ")]))
        }
        return choice
    }
}
