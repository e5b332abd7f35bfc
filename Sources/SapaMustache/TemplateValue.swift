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
        return object[name]
    }

    public var isAbsent: Bool { if case .absent = self { true } else { false } }

    public static func optionalText(_ text: String?) -> TemplateValue { text.map { .text($0) } ?? .absent }
}

/// A template's object: named fields. A name the template uses is looked up in the objects of
/// the open sections, innermost first, as Mustache specifies.
///
/// The fields are kept as written, in two arrays, and found by comparing names: a view makes
/// a few objects of a dozen fields for every row and page, and hashing each name into a
/// dictionary, to make the object and to look it up, cost more than comparing short names.
/// A name written twice has its last value.
public struct TemplateObject: Sendable, ExpressibleByDictionaryLiteral {
    private var names: [String]
    private var values: [TemplateValue]

    public init(_ fields: [String: TemplateValue] = [:]) {
        names = Array(fields.keys)
        values = Array(fields.values)
    }

    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        names = elements.map(\.0)
        values = elements.map(\.1)
    }

    /// The fields by name.
    public var fields: [String: TemplateValue] {
        Dictionary(zip(names, values), uniquingKeysWith: { _, last in last })
    }

    public subscript(key: String) -> TemplateValue? {
        get { names.lastIndex(of: key).map { values[$0] } }
        set {
            if let newValue {
                if let index = names.lastIndex(of: key) {
                    values[index] = newValue
                } else {
                    names.append(key)
                    values.append(newValue)
                }
            } else {
                while let index = names.lastIndex(of: key) {
                    names.remove(at: index)
                    values.remove(at: index)
                }
            }
        }
    }

    /// These fields and `other`'s, `other`'s where both have a name.
    public func merging(_ other: TemplateObject) -> TemplateObject {
        var merged = self
        merged.names += other.names
        merged.values += other.values
        return merged
    }
}
