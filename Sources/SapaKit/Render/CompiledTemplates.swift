import Mustache

/// Sapa's renderer of the parsed templates: the same output as swift-mustache, byte for byte,
/// without its costs on the hot path (a lookup through `Any`, a dynamic cast per value, a
/// `Mirror` for every key asked of a text, a `String` built per token).
///
/// The templates are still parsed by swift-mustache (its parser decides whitespace, standalone
/// lines, partials and blocks); the parsed tokens are read once, at load, and turned into
/// `Node`s. Rendering then walks `TemplateValue`s directly and appends UTF-8 bytes to one
/// buffer. The semantics follow swift-mustache 2.1.1's `Template+Render.swift` and
/// `Context.swift`: the context stack, dotted names, the `empty` transform, sections over
/// lists, flags and objects, inverted sections, partials with indentation and inherited
/// blocks, content-type pragmas. A template set that uses anything else (lambdas, dynamic
/// partials, other transforms, sequence-context transforms) is not compiled, and
/// `TemplateSet` renders it through swift-mustache as before.
final class CompiledTemplates: Sendable {
    let templates: [String: Compiled]
    /// swift-mustache's default content type (`HTML`), which a partial starts with.
    let defaultContentType: any MustacheContentType

    final class Compiled: Sendable {
        let nodes: [Node]
        init(_ nodes: [Node]) { self.nodes = nodes }
    }

    /// Node payloads are classes: walking the nodes then costs one retain per node.
    final class Path: Sendable {
        let names: [String]  // empty: `.`
        let fromTop: Bool  // a name starting with `.`: no climbing of the stack
        let transforms: [String]
        init(names: [String], fromTop: Bool, transforms: [String]) {
            self.names = names
            self.fromTop = fromTop
            self.transforms = transforms
        }
    }

    final class Text: Sendable {
        let bytes: [UInt8]
        init(_ bytes: [UInt8]) { self.bytes = bytes }
    }

    final class Partial: Sendable {
        let name: String
        let indentation: String?
        let inherits: [String: Compiled]?
        init(_ name: String, indentation: String?, inherits: [String: Compiled]?) {
            self.name = name
            self.indentation = indentation
            self.inherits = inherits
        }
    }

    final class Block: Sendable {
        let name: String
        let fallback: Compiled
        let indentation: String?
        init(_ name: String, fallback: Compiled, indentation: String?) {
            self.name = name
            self.fallback = fallback
            self.indentation = indentation
        }
    }

    enum Escaper: @unchecked Sendable {
        case sapa
        case other(any MustacheContentType)
    }

    enum Node: Sendable {
        case text(Text)
        case variable(Path, escaped: Bool)
        case section(Path, Compiled, inverted: Bool)
        case partial(Partial)
        case block(Block)
        case contentType(Escaper)
    }

    struct Unsupported: Error {}

    init?(_ library: [String: MustacheTemplate]) {
        guard let html = CompiledTemplates.htmlContentType() else { return nil }
        defaultContentType = html
        var compiled: [String: Compiled] = [:]
        do {
            for (name, template) in library { compiled[name] = try CompiledTemplates.compile(template) }
        } catch {
            return nil
        }
        templates = compiled
    }

    // MARK: Reading swift-mustache's parsed tokens (once, at load)

    static func htmlContentType() -> (any MustacheContentType)? {
        guard let template = try? MustacheTemplate(string: "{{% CONTENT_TYPE: HTML }}"),
              let tokens = tokens(of: template), let first = tokens.first,
              let (label, payload) = enumCase(first), label == "contentType" else { return nil }
        return payload as? any MustacheContentType
    }

    static func tokens(of template: MustacheTemplate) -> [Any]? {
        Mirror(reflecting: template).children.first { $0.label == "tokens" }?.value as? [Any]
    }

    static func enumCase(_ value: Any) -> (String, Any)? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .enum, let child = mirror.children.first, let label = child.label else { return nil }
        return (label, child.value)
    }

    static func fields(_ tuple: Any) -> [Any] { Mirror(reflecting: tuple).children.map(\.value) }

    /// `Optional<T>` seen as `Any`: the wrapped value or nil.
    static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }

    static func compile(_ template: MustacheTemplate) throws -> Compiled {
        guard let tokens = tokens(of: template) else { throw Unsupported() }
        return Compiled(try tokens.map(compileToken))
    }

    static func path(_ name: Any, _ transforms: Any) throws -> Path {
        guard let name = name as? String, let transforms = transforms as? [String] else { throw Unsupported() }
        guard transforms.allSatisfy({ $0 == "empty" }) else { throw Unsupported() }
        if name == "." { return Path(names: [], fromTop: false, transforms: transforms) }
        // `{{first()}}`-style names read the sequence context: not supported here.
        if name.isEmpty { throw Unsupported() }
        return Path(names: name.split(separator: ".").map(String.init), fromTop: name.first == ".", transforms: transforms)
    }

    static func inherits(_ value: Any) throws -> [String: Compiled]? {
        guard let unwrapped = unwrap(value) else { return nil }
        guard let map = unwrapped as? [String: MustacheTemplate] else { throw Unsupported() }
        return try map.mapValues(compile)
    }

    static func compileToken(_ token: Any) throws -> Node {
        guard let (label, payload) = enumCase(token) else { throw Unsupported() }
        switch label {
        case "text":
            guard let text = payload as? String else { throw Unsupported() }
            return .text(Text(Array(text.utf8)))
        case "variable", "unescapedVariable":
            let parts = fields(payload)
            guard parts.count == 2 else { throw Unsupported() }
            return .variable(try path(parts[0], parts[1]), escaped: label == "variable")
        case "section", "invertedSection":
            let parts = fields(payload)
            guard parts.count == 3, let inner = parts[2] as? MustacheTemplate else { throw Unsupported() }
            return .section(try path(parts[0], parts[1]), try compile(inner), inverted: label == "invertedSection")
        case "partial":
            let parts = fields(payload)
            guard parts.count == 3, let name = parts[0] as? String else { throw Unsupported() }
            let indentation = unwrap(parts[1]).map { $0 as? String }
            if case .some(.none) = indentation { throw Unsupported() }
            return .partial(Partial(name, indentation: indentation ?? nil, inherits: try inherits(parts[2])))
        case "blockExpansion":
            let parts = fields(payload)
            guard parts.count == 3, let name = parts[0] as? String, let inner = parts[1] as? MustacheTemplate else { throw Unsupported() }
            let indentation = unwrap(parts[2]).map { $0 as? String }
            if case .some(.none) = indentation { throw Unsupported() }
            return .block(Block(name, fallback: try compile(inner), indentation: indentation ?? nil))
        case "contentType":
            guard let type = payload as? any MustacheContentType else { throw Unsupported() }
            return .contentType(type is ScalarHTMLContentType ? .sapa : .other(type))
        default:
            // blockDefinition (never rendered), dynamicNamePartial, anything newer.
            throw Unsupported()
        }
    }

    // MARK: Rendering

    struct Context {
        var indentation: String?
        var inherited: [String: Compiled]?
        var escaper: Escaper
    }

    /// The state of one page's rendering: the output, the context stack (its bottom is the
    /// page's object, whose unanswered keys are recorded), the keys found nowhere.
    struct Renderer {
        let set: CompiledTemplates
        var output: [UInt8] = []
        var stack: [TemplateValue]
        var missing: [String] = []

        init(set: CompiledTemplates, root: TemplateObject) {
            self.set = set
            stack = [.object(root)]
            output.reserveCapacity(16_384)
        }

        mutating func render(_ template: Compiled, _ context: Context) {
            var context = context
            let start = output.count
            if let indentation = context.indentation, !indentation.isEmpty {
                for node in template.nodes {
                    let before = output.count
                    renderNode(node, &context)
                    // A token's non-empty output that starts a line gets the indentation.
                    if output.count > before, before > start, output[before - 1] == 0x0A, !(before - 1 > start && output[before - 2] == 0x0D) {
                        output.insert(contentsOf: indentation.utf8, at: before)
                    }
                }
            } else {
                for node in template.nodes { renderNode(node, &context) }
            }
        }

        mutating func renderNode(_ node: Node, _ context: inout Context) {
            switch node {
            case .text(let text):
                output.append(contentsOf: text.bytes)
            case .variable(let path, let escaped):
                guard let value = lookup(path) else { return }
                switch value {
                case .text(let text), .html(let text):
                    if escaped { escape(text, context.escaper) } else { output.append(contentsOf: text.utf8) }
                case .absent:
                    return
                case .bool(let flag):
                    output.append(contentsOf: (flag ? "true" : "false").utf8)
                case .list, .object:
                    // What swift-mustache prints for these (rare): their description.
                    let text = String(describing: value.mustacheValue)
                    if escaped { escape(text, context.escaper) } else { output.append(contentsOf: text.utf8) }
                }
            case .section(let path, let inner, let inverted):
                let value = lookup(path)
                if inverted { renderInverted(value, inner, context) } else { renderSection(value, inner, context) }
            case .partial(let partial):
                let indentation = partial.indentation
                let inherits = partial.inherits
                guard let template = set.templates[partial.name] else { return }
                var partial = Context(indentation: context.indentation, inherited: context.inherited, escaper: .other(set.defaultContentType))
                if let indentation { partial.indentation = (context.indentation ?? "") + indentation }
                if let inherits {
                    partial.inherited = context.inherited.map { $0.merging(inherits) { outer, _ in outer } } ?? inherits
                }
                render(template, partial)
            case .block(let block):
                var blockContext = context
                if let indentation = block.indentation { blockContext.indentation = (context.indentation ?? "") + indentation }
                render(context.inherited?[block.name] ?? block.fallback, blockContext)
            case .contentType(let escaper):
                context.escaper = escaper
            }
        }

        mutating func renderSection(_ value: TemplateValue?, _ inner: Compiled, _ context: Context) {
            guard let value else { return }
            switch value {
            case .list(let items):
                for item in items {
                    stack.append(item)
                    render(inner, context)
                    stack.removeLast()
                }
            case .bool(let flag):
                if flag { render(inner, context) }
            case .absent:
                return
            case .text, .html, .object:
                stack.append(value)
                render(inner, context)
                stack.removeLast()
            }
        }

        mutating func renderInverted(_ value: TemplateValue?, _ inner: Compiled, _ context: Context) {
            guard let value else { render(inner, context); return }
            switch value {
            case .list(let items):
                guard items.isEmpty else { return }
                stack.append(value)
                render(inner, context)
                stack.removeLast()
            case .bool(let flag):
                if !flag { render(inner, context) }
            case .absent:
                render(inner, context)
            case .text, .html, .object:
                return
            }
        }

        /// swift-mustache's `getChild`: the first name up the stack (only objects answer; the
        /// page's object records what it lacks), the rest inside what was found, then the
        /// transforms, innermost first.
        mutating func lookup(_ path: Path) -> TemplateValue? {
            var found: TemplateValue?
            if path.names.isEmpty {
                found = stack[stack.count - 1]
            } else if path.fromTop {
                found = child(path.names[0], of: stack.count - 1)
                var index = 1
                while index < path.names.count, let current = found {
                    found = Self.field(path.names[index], of: current)
                    index += 1
                }
            } else {
                var level = stack.count - 1
                while level >= 0 {
                    if let value = child(path.names[0], of: level) {
                        found = value
                        var index = 1
                        while index < path.names.count, let current = found {
                            found = Self.field(path.names[index], of: current)
                            index += 1
                        }
                        break
                    }
                    level -= 1
                }
            }
            guard var value = found else { return nil }
            for transform in path.transforms.reversed() {
                // Only `empty` is compiled; texts and lists have it, nothing else does.
                switch value {
                case .text(let text), .html(let text): value = .bool(text.isEmpty)
                case .list(let items): value = .bool(items.isEmpty)
                default: return nil
                }
                _ = transform
            }
            return value
        }

        mutating func child(_ name: String, of level: Int) -> TemplateValue? {
            guard case .object(let object) = stack[level] else { return nil }
            if let value = object.fields[name] { return value }
            if level == 0, !missing.contains(name) { missing.append(name) }
            return nil
        }

        static func field(_ name: String, of value: TemplateValue) -> TemplateValue? {
            guard case .object(let object) = value else { return nil }
            return object.fields[name]
        }

        mutating func escape(_ text: String, _ escaper: Escaper) {
            switch escaper {
            case .sapa:
                HTMLEscaper.append(text, to: &output)
            case .other(let type):
                output.append(contentsOf: type.escapeText(text).utf8)
            }
        }
    }

    /// Renders `name` for `root`: the bytes, and the keys the page's object did not have.
    func render(_ name: String, _ root: TemplateObject) -> (bytes: [UInt8], missing: [String])? {
        guard let template = templates[name] else { return nil }
        var renderer = Renderer(set: self, root: root)
        renderer.render(template, Context(indentation: nil, inherited: nil, escaper: .other(defaultContentType)))
        return (renderer.output, renderer.missing)
    }
}
