/// A compiled template: text with the places where lines start (for the indentation of
/// standalone partials and blocks), values, sections, partial and parent calls, and blocks.
/// Indirect: the renderer walks these for every page, and a boxed case is copied with one
/// reference count, where an inline one would count every array and string it holds.
indirect enum TemplateNode: Sendable {
    case text(TextRun)
    case value(TemplateName, escaped: Bool)
    case section(TemplateName, [TemplateNode])
    case inverted(TemplateName, [TemplateNode])
    case partial(TemplateCall)
    case parent(TemplateCall, blocks: [String: [TemplateNode]])
    case block(String, defaultContent: [TemplateNode], Indentation)
}

/// Template text, and the offsets in it where a line of the template starts: a partial or
/// block rendered with indentation gets it there.
struct TextRun: Sendable {
    var bytes: [UInt8]
    var lineStarts: [Int]
}

/// A call of another template by name (`{{>name}}`, `{{<name}}`), linked to its index in the
/// library once every template is known.
struct TemplateCall: Sendable {
    var name: String
    var index: Int?
    var site: TagSite
    var indentation: Indentation
}

/// How a partial, parent or block is indented. `standalone`: its tag was alone on its line,
/// and every line it renders starts with the whitespace that stood before the tag. `hanging`:
/// the whitespace before the tag stays where it is, and the lines after the first get it.
enum Indentation: Sendable {
    case none
    case standalone([UInt8])
    case hanging([UInt8])
}

/// A name as a template writes it: `.` (the current value), `name`, `a.b.c`, or a function
/// of one: `empty(list)`, the one function Sapa's templates use (true for an empty list,
/// an absent value or an empty text).
struct TemplateName: Sendable, Hashable {
    enum Function: String, Sendable { case empty }

    var written: String
    var components: [String]
    var function: Function?
    var site: TagSite

    var isImplicit: Bool { components.isEmpty }

    init(_ written: String, site: TagSite) throws(TemplateError) {
        self.written = written
        self.site = site
        var path = Substring(written)
        if let open = written.firstIndex(of: "("), written.hasSuffix(")") {
            let function = String(written[..<open])
            guard let known = Function(rawValue: function) else {
                throw TemplateError(
                    template: site.template, line: site.line, column: site.column,
                    .unknownFunction(name: function))
            }
            self.function = known
            path = written[written.index(after: open)..<written.index(before: written.endIndex)]
            path = Substring(String(path).trimmingWhitespace)
        }
        if path == "." {
            components = []
        } else {
            components = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard !components.contains(where: \.isEmpty) else {
                throw TemplateError(
                    template: site.template, line: site.line, column: site.column,
                    .invalidName(written: written))
            }
        }
    }
}
