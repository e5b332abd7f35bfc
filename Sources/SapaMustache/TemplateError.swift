/// A template that cannot be compiled, placed at the tag that is wrong. The message says what
/// to do; the template's path is added by whoever knows where the text came from.
public struct TemplateError: Error, Sendable, Hashable {
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(template: String, line: Int, column: Int, _ message: String) {
        self.template = template
        self.line = line
        self.column = column
        self.message = message
    }
}

/// Where a tag starts in its template: 1-based line and column (in Unicode scalars).
public struct TagSite: Sendable, Hashable {
    public var template: String
    public var line: Int
    public var column: Int
}
