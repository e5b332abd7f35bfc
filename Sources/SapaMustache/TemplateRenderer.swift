/// Renders compiled templates into UTF-8 bytes. Names are looked up in the values of the open
/// sections, innermost first; a name found nowhere is recorded, so that a page that lacks
/// what its template prints is reported instead of silently printing nothing.
struct TemplateRenderer {
    /// Partials calling partials this deep are taken to recurse without end.
    static let maximumDepth = 64

    let templates: [[TemplateNode]]
    var output: [UInt8] = []
    var stack: [TemplateValue] = []
    var missing: [TemplateName] = []
    var problems: [TemplateError] = []
    private var overrides: [String: [TemplateNode]] = [:]
    private var depth = 0

    init(templates: [[TemplateNode]], capacity: Int) {
        self.templates = templates
        output.reserveCapacity(capacity)
    }

    mutating func render(_ nodes: [TemplateNode], indentation: [UInt8], skipFirstLineStart: Bool = false) {
        var skip = skipFirstLineStart
        for node in nodes {
            switch node {
            case .text(let run):
                if indentation.isEmpty || run.lineStarts.isEmpty {
                    output.append(contentsOf: run.bytes)
                } else {
                    write(run, indentation: indentation, skipAtZero: skip)
                }
            case .value(let name, let escaped):
                guard let value = lookUp(name) else { break }
                print(value, escaped: escaped)
            case .section(let name, let children):
                guard let value = lookUp(name) else { break }
                switch value {
                case .bool(let flag): if flag { render(children, indentation: indentation) }
                case .absent: break
                case .list(let items):
                    for item in items {
                        stack.append(item)
                        render(children, indentation: indentation)
                        stack.removeLast()
                    }
                case .text, .html, .object:
                    stack.append(value)
                    render(children, indentation: indentation)
                    stack.removeLast()
                }
            case .inverted(let name, let children):
                if isFalsy(lookUp(name)) { render(children, indentation: indentation) }
            case .partial(let call):
                enter(call, indentation: indentation)
            case .parent(let call, let blocks):
                let outer = overrides
                // The blocks given by the outermost caller win: it is the most specific.
                overrides = blocks.merging(outer) { _, outermost in outermost }
                enter(call, indentation: indentation)
                overrides = outer
            case .block(let name, let defaultContent, let placement):
                let content = overrides[name] ?? defaultContent
                guard enter(site: nil) else { break }
                switch placement {
                case .none: render(content, indentation: indentation, skipFirstLineStart: true)
                case .standalone(let own): render(content, indentation: Self.join(indentation, own))
                case .hanging(let own): render(content, indentation: Self.join(indentation, own), skipFirstLineStart: true)
                }
                depth -= 1
            }
            skip = false
        }
    }

    private mutating func enter(_ call: TemplateCall, indentation: [UInt8]) {
        guard let index = call.index, enter(site: call.site) else { return }
        switch call.indentation {
        case .none: render(templates[index], indentation: [])
        case .standalone(let own): render(templates[index], indentation: Self.join(indentation, own))
        case .hanging(let own): render(templates[index], indentation: Self.join(indentation, own), skipFirstLineStart: true)
        }
        depth -= 1
    }

    /// An outer indentation and an inner one; most calls are not nested in an indented one,
    /// and then the inner one is used as it is, without a new array.
    private static func join(_ outer: [UInt8], _ inner: [UInt8]) -> [UInt8] {
        outer.isEmpty ? inner : outer + inner
    }

    private mutating func enter(site: TagSite?) -> Bool {
        guard depth < Self.maximumDepth else {
            if let site, problems.isEmpty {
                problems.append(
                    TemplateError(
                        template: site.template, line: site.line, column: site.column,
                        .tooDeep(limit: Self.maximumDepth)))
            }
            return false
        }
        depth += 1
        return true
    }

    private mutating func write(_ run: TextRun, indentation: [UInt8], skipAtZero: Bool) {
        var start = 0
        for lineStart in run.lineStarts {
            if lineStart > start { output.append(contentsOf: run.bytes[start..<lineStart]) }
            start = lineStart
            if lineStart == 0 && skipAtZero { continue }
            output.append(contentsOf: indentation)
        }
        if run.bytes.count > start { output.append(contentsOf: run.bytes[start...]) }
    }

    private mutating func print(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text), .html(let text):
            if escaped {
                HTMLEscaper.append(text, to: &output)
            } else {
                output.append(contentsOf: text.utf8)
            }
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object, .absent:
            break
        }
    }

    private func isFalsy(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .absent?: true
        case .bool(let flag)?: !flag
        case .list(let items)?: items.isEmpty
        case .text?, .html?, .object?: false
        }
    }

    private mutating func lookUp(_ name: TemplateName) -> TemplateValue? {
        guard var value = find(name) else { return nil }
        if name.function == .empty {
            switch value {
            case .list(let items): value = .bool(items.isEmpty)
            case .text(let text), .html(let text): value = .bool(text.isEmpty)
            case .absent: value = .bool(true)
            case .bool, .object: value = .bool(false)
            }
        }
        return value
    }

    private mutating func find(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.components.first else { return stack.last }
        var index = stack.count - 1
        var found: TemplateValue?
        while index >= 0 {
            if let value = stack[index].field(first) {
                found = value
                break
            }
            index -= 1
        }
        guard var value = found else {
            if !missing.contains(where: { $0.components.first == first }) { missing.append(name) }
            return nil
        }
        for component in name.components.dropFirst() {
            guard let child = value.field(component) else { return nil }
            value = child
        }
        return value
    }
}
