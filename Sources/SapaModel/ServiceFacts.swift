/// The facts of a service's chapter that are words, not figures: its code in the chapter,
/// the name and responsible body as printed, the standard, form, recipients, cost and other
/// facts: the keys of an edition's text header.
public struct ServiceFacts: Sendable, Decodable {
    public var serviceCode: String?
    public var name: LocalizedText?
    public var responsibleBody: LocalizedText?
    public var standard: Standard?
    public var form: LocalizedText?
    public var recipients: LocalizedText?
    public var cost: LocalizedText?
    public var otherInfo: [LabelledText] = []

    public init() {}

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        serviceCode = try container.decodeIfPresent(String.self, forKey: AnyKey("service_code"))
        name = try container.localized("name")
        responsibleBody = try container.localized("responsible_body")
        standard = try container.decodeIfPresent(Standard.self, forKey: AnyKey("standard"))
        form = try container.localized("form")
        recipients = try container.localized("recipients")
        cost = try container.localized("cost")
        otherInfo = try container.decodeIfPresent([LabelledText].self, forKey: AnyKey("other_info")) ?? []
    }
}
