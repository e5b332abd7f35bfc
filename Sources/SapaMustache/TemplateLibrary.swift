/// A set of templates that call each other by name (`{{>name}}`, `{{<name}}`), each compiled
/// once: parsed, its calls linked to the templates they name. Rendering never parses.
public struct TemplateLibrary: Sendable {
    /// What a rendering gave: the bytes, and the names the template printed or tested that
    /// the data did not have anywhere (each once, at its first use).
    public struct Rendering: Sendable {
        public var bytes: [UInt8]
        public var missing: [(name: String, site: TagSite)]
        public var problems: [TemplateError]
    }

    private var indexes: [String: Int] = [:]
    private var templates: [[TemplateNode]] = []
    /// Calls of templates that the library does not have (they render nothing, as the
    /// specification asks; a site may rather treat them as errors).
    public private(set) var unknownCalls: [TemplateError] = []

    /// Compiles every template, given by its name and text; all the errors at once when any
    /// is wrong.
    public init(_ sources: [(name: String, text: String)]) throws(TemplateLibraryError) {
        var errors: [TemplateError] = []
        var parsed: [(String, [TemplateNode])] = []
        for source in sources {
            do {
                parsed.append((source.name, try TemplateParser.parse(source.text, template: source.name)))
            } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw TemplateLibraryError(errors: errors) }
        for (index, (name, _)) in parsed.enumerated() { indexes[name] = index }
        var unknown: [TemplateError] = []
        templates = parsed.map { link($0.1, unknown: &unknown) }
        unknownCalls = unknown
    }

    public var names: [String] { indexes.keys.sorted() }
    public func has(_ name: String) -> Bool { indexes[name] != nil }

    /// Renders the template `name` with `root` as the bottom of the context stack; nil when
    /// there is no such template.
    public func render(_ name: String, _ root: TemplateValue, capacity: Int = 16_384) -> Rendering? {
        guard let index = indexes[name] else { return nil }
        var renderer = TemplateRenderer(templates: templates, capacity: capacity)
        renderer.stack.append(root)
        renderer.render(templates[index], indentation: [])
        return Rendering(bytes: renderer.output, missing: renderer.missing.map { ($0.written, $0.site) }, problems: renderer.problems)
    }

    /// This library with `{{object.key}}` and `{{{object.key}}}` written in as text wherever
    /// `texts` has the key: for values that are the same on every page (a language's interface
    /// strings), so that pages do not look them up. Only right when no section's value has a
    /// field named `object`, which the caller vouches for.
    public func inliningTexts(of object: String, _ texts: [String: String]) -> TemplateLibrary {
        var library = self
        library.templates = templates.map { Self.inline($0, object: object, texts: texts) }
        return library
    }

    private static func inline(_ nodes: [TemplateNode], object: String, texts: [String: String]) -> [TemplateNode] {
        var result: [TemplateNode] = []
        func append(_ node: TemplateNode) {
            if case .text(let next) = node, case .text(var last)? = result.last {
                last.lineStarts += next.lineStarts.map { $0 + last.bytes.count }
                last.bytes += next.bytes
                result[result.count - 1] = .text(last)
            } else {
                result.append(node)
            }
        }
        for node in nodes {
            switch node {
            case .value(let name, let escaped):
                if name.function == nil, name.components.count == 2, name.components[0] == object,
                    let text = texts[name.components[1]]
                {
                    append(.text(TextRun(bytes: Array((escaped ? HTMLEscaper.escape(text) : text).utf8), lineStarts: [])))
                } else {
                    append(node)
                }
            case .section(let name, let children): append(.section(name, inline(children, object: object, texts: texts)))
            case .inverted(let name, let children): append(.inverted(name, inline(children, object: object, texts: texts)))
            case .parent(let call, let blocks): append(.parent(call, blocks: blocks.mapValues { inline($0, object: object, texts: texts) }))
            case .block(let name, let content, let placement): append(.block(name, defaultContent: inline(content, object: object, texts: texts), placement))
            case .text, .partial: append(node)
            }
        }
        return result
    }

    private func link(_ nodes: [TemplateNode], unknown: inout [TemplateError]) -> [TemplateNode] {
        nodes.map { node in
            switch node {
            case .partial(var call):
                call.index = resolve(call, unknown: &unknown, TemplateProblem.unknownPartial)
                return .partial(call)
            case .parent(var call, let blocks):
                call.index = resolve(call, unknown: &unknown, TemplateProblem.unknownParent)
                return .parent(call, blocks: blocks.mapValues { link($0, unknown: &unknown) })
            case .section(let name, let children): return .section(name, link(children, unknown: &unknown))
            case .inverted(let name, let children): return .inverted(name, link(children, unknown: &unknown))
            case .block(let name, let content, let placement): return .block(name, defaultContent: link(content, unknown: &unknown), placement)
            case .text, .value: return node
            }
        }
    }

    /// The index of the template `call` names; `problem` says what is wrong when none has that name.
    private func resolve(_ call: TemplateCall, unknown: inout [TemplateError], _ problem: (String) -> TemplateProblem) -> Int? {
        if let index = indexes[call.name] { return index }
        unknown.append(TemplateError(template: call.site.template, line: call.site.line, column: call.site.column, problem(call.name)))
        return nil
    }
}

public struct TemplateLibraryError: Error, Sendable {
    public var errors: [TemplateError]
}

extension TemplateLibrary {
    /// The fields of `object` that the templates name (`{{object.key}}`, in any tag).
    public func fields(of object: String) -> Set<String> {
        var fields: Set<String> = []
        func visit(_ name: TemplateName) {
            if name.components.count >= 2, name.components[0] == object { fields.insert(name.components[1]) }
        }
        func walk(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .value(let name, _): visit(name)
                case .section(let name, let children), .inverted(let name, let children):
                    visit(name)
                    walk(children)
                case .parent(_, let blocks): blocks.values.forEach(walk)
                case .block(_, let content, _): walk(content)
                case .text, .partial: break
                }
            }
        }
        templates.forEach(walk)
        return fields
    }
}
