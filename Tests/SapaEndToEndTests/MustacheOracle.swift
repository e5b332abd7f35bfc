import Mustache
import SapaMustache

/// swift-mustache, kept as a test-only oracle for Sapa's engine: the same templates, fed the
/// same values (each `TemplateValue` as swift-mustache takes data) and escaping with the same
/// `HTMLEscaper`, must give the same bytes.
struct MustacheOracle {
    let library: MustacheLibrary

    static let pragma = "{{% CONTENT_TYPE: \(OracleContentType.name) }}"

    init(templates: [String: String]) throws {
        MustacheContentTypes.register(OracleContentType(), named: OracleContentType.name)
        library = MustacheLibrary(templates: try templates.mapValues { try MustacheTemplate(string: Self.pragma + $0) })
    }

    func render(_ name: String, _ object: TemplateObject) -> String? {
        library.render(OracleObject(object: object), withTemplate: name)
    }

    static func value(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text), .html(let text): OracleText(renderText: text)
        case .bool(let flag): flag
        case .list(let items): items.map(Self.value)
        case .object(let object): OracleObject(object: object)
        case .absent: OracleAbsent()
        }
    }
}

struct OracleContentType: MustacheContentType {
    static let name = "SAPA_ORACLE_HTML"
    func escapeText(_ text: String) -> String { HTMLEscaper.escape(text) }
}

/// Text with no fields, so that inside `{{#text}}…{{/text}}` names go on up the stack.
struct OracleText: MustacheCustomRenderable, MustacheParent {
    let renderText: String
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
}

struct OracleAbsent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

struct OracleObject: MustacheParent {
    let object: TemplateObject
    func child(named name: String) -> Any? { object[name].map(MustacheOracle.value) }
}
