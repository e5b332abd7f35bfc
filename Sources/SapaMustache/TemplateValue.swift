/// What a template sees: text (escaped on output), trusted HTML (Sapa's own markup: rendered
/// Markdown, charts; printed as it is only by `{{{…}}}`), flags, lists and objects. Views build
/// these from the typed model; templates never see the model itself.
public indirect enum TemplateValue: Sendable {
    case text(String)
    case html(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    /// A key that is there but has nothing: false in a section, empty when printed.
    case absent

    /// The field `name` of an object; nil for anything else.
    func field(_ name: String) -> TemplateValue? {
        guard case .object(let object) = self else { return nil }
        return object.fields[name]
    }

    public var isAbsent: Bool { if case .absent = self { true } else { false } }

    public static func optionalText(_ text: String?) -> TemplateValue { text.map { .text($0) } ?? .absent }
}

/// A template's object: named fields. A name the template uses is looked up in the objects of
/// the open sections, innermost first, as Mustache specifies.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    public var fields: [String: TemplateValue]

    public init(_ fields: [String: TemplateValue] = [:]) { self.fields = fields }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        fields = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    public subscript(key: String) -> TemplateValue? {
        get { fields[key] }
        set { fields[key] = newValue }
    }
}
