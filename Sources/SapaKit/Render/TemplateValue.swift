import Mustache

/// What a template sees: text (escaped on output), trusted HTML (Sapa's own markup: rendered
/// Markdown, charts; only for `{{{…}}}`), flags, lists and objects. Views build these from
/// the typed model; templates never see the model itself.
public indirect enum TemplateValue: Sendable {
    case text(String)
    case html(String)
    case bool(Bool)
    case list([TemplateValue])
    case object(TemplateObject)
    /// A key that is there but has nothing: false in a section, empty when printed.
    case absent

    /// How swift-mustache wants to see the value.
    var mustacheValue: Any {
        switch self {
        case .text(let text), .html(let text): return TemplateText(renderText: text)
        case .bool(let flag): return flag
        case .list(let items): return items.map(\.mustacheValue)
        case .object(let object): return object
        case .absent: return AbsentValue()
        }
    }

    public static func optionalText(_ text: String?) -> TemplateValue { text.map { .text($0) } ?? .absent }
}

/// Text as swift-mustache should see it. A `String` goes through five failed type checks
/// and `String(describing:)` each time it is printed; a `MustacheCustomRenderable` is taken
/// at the second check, as it is. Escaping stays the content type's (`HTMLEscaper`).
struct TemplateText: MustacheCustomRenderable, MustacheParent {
    let renderText: String
    var isNull: Bool { false }

    /// A text has no fields. Said here, because inside `{{#text}}…{{/text}}` every name the
    /// template looks up is first asked of the text, and swift-mustache asks anything that is
    /// not a `MustacheParent` through `Mirror`.
    func child(named name: String) -> Any? { nil }
}

struct AbsentValue: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

public struct TemplateObject: Sendable, MustacheParent, ExpressibleByDictionaryLiteral {
    public var fields: [String: TemplateValue]

    public init(_ fields: [String: TemplateValue] = [:]) { self.fields = fields }
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        fields = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    public subscript(key: String) -> TemplateValue? {
        get { fields[key] }
        set { fields[key] = newValue }
    }

    public func child(named name: String) -> Any? { fields[name]?.mustacheValue }
}

/// The bottom of the context stack. A lookup that reaches it unanswered found the key
/// nowhere: the template names something the page does not have, which is recorded and
/// reported rather than silently printed as nothing.
final class RecordingRoot: MustacheParent {
    let object: TemplateObject
    private(set) var missing: [String] = []

    init(_ object: TemplateObject) { self.object = object }

    func child(named name: String) -> Any? {
        if let value = object.fields[name] { return value.mustacheValue }
        if !missing.contains(name) { missing.append(name) }
        return nil
    }
}
