/// A template that cannot be compiled, placed at the tag that is wrong. The problem says what
/// to do; the template's path is added by whoever knows where the text came from.
public struct TemplateError: Error, Sendable, Hashable {
    public var template: String
    public var line: Int
    public var column: Int
    /// What is wrong, with its values: a site prints it in its user's language.
    public var problem: TemplateProblem

    public init(template: String, line: Int, column: Int, _ problem: TemplateProblem) {
        self.template = template
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// The problem in English.
    public var message: String { problem.message }
}

/// What is wrong with a template, with the names and positions the message quotes. The engine
/// knows only English (`message`); a site that speaks other languages keeps a catalogue of
/// these cases.
public enum TemplateProblem: Sendable, Hashable {
    /// A tag opened with `opening` that is never closed with `closing`.
    case unclosedTag(opening: String, closing: String)
    /// A set-delimiter tag that is not two delimiters without `=`.
    case badDelimiters
    /// A tag with nothing inside.
    case emptyTag
    /// `name(…)` where `name` is not a function of the engine.
    case unknownFunction(name: String)
    /// A name with an empty part (`a..b`, `.a`).
    case invalidName(written: String)
    /// `{{/name}}` with no open section.
    case strayClose(name: String)
    /// The section `name`, open when `{{/closing}}` (at `line`, `column`) closes one further out.
    case leftOpen(name: String, closing: String, line: Int, column: Int)
    /// `{{/closing}}` where the innermost open section is `opened`, opened at `line`, `column`.
    case wrongClose(closing: String, opened: String, line: Int, column: Int)
    /// The section `name`, still open at the end of the template.
    case neverClosed(name: String)
    /// A tag inside `{{<parent}}` that is not in a block.
    case outsideBlock(parent: String)
    /// `{{>name}}` naming no template.
    case unknownPartial(name: String)
    /// `{{<name}}` naming no template.
    case unknownParent(name: String)
    /// Templates calling each other more than `limit` deep.
    case tooDeep(limit: Int)

    public var message: String {
        switch self {
        case .unclosedTag(let opening, let closing):
            "a tag opened with \(opening) is never closed; end it with \(closing)"
        case .badDelimiters:
            "a set-delimiter tag needs two delimiters without «=», separated by a space, as in {{=<% %>=}}"
        case .emptyTag:
            "this tag has no name; write the name of a value, section or partial inside it"
        case .unknownFunction(let name):
            "«\(name)(…)» is not a function Sapa's templates have; the only one is empty(name), true for an empty list, text or absent value"
        case .invalidName(let written):
            "«\(written)» is not a name: write a name, names joined by dots (a.b), or . for the current value"
        case .strayClose(let name):
            "{{/\(name)}} closes a section that was never opened; remove it, or open the section before it with {{#\(name)}}"
        case .leftOpen(let name, let closing, let line, let column):
            "«\(name)» is opened here but never closed before {{/\(closing)}} at line \(line), column \(column); close it with {{/\(name)}}"
        case .wrongClose(let closing, let opened, let line, let column):
            "{{/\(closing)}} closes «\(opened)», opened at line \(line), column \(column); sections close in the reverse order they open: close it with {{/\(opened)}}"
        case .neverClosed(let name):
            "«\(name)» is opened here but never closed; close it with {{/\(name)}}"
        case .outsideBlock(let parent):
            "inside {{<\(parent)}} only blocks ({{$name}}…{{/name}}) are rendered; move this tag into a block"
        case .unknownPartial(let name):
            "the template uses the partial «\(name)», but no template is named \(name).mustache; create it or correct the name"
        case .unknownParent(let name):
            "the template uses the parent «\(name)», but no template is named \(name).mustache; create it or correct the name"
        case .tooDeep(let limit):
            "templates call each other more than \(limit) deep here; a partial or parent seems to include itself without end"
        }
    }
}

/// Where a tag starts in its template: 1-based line and column (in Unicode scalars).
public struct TagSite: Sendable, Hashable {
    public var template: String
    public var line: Int
    public var column: Int
}
