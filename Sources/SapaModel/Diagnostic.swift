/// A problem found in a site's content or templates, reported the way compilers do:
/// `path:line:column: error: message`, so editors and terminals can jump to it.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var path: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var text: ToolMessage

    public init(path: String, line: Int = 1, column: Int = 1, severity: Severity = .error, _ text: ToolMessage) {
        self.path = path
        self.line = max(line, 1)
        self.column = max(column, 1)
        self.severity = severity
        self.text = text
    }

    /// The message in English, as tests and logs compare it.
    public var message: String { text.rendered(in: .en) }

    public var description: String { description(in: .en) }

    /// `error` and `warning` stay English in every language: editors and terminals find a
    /// diagnostic by `path:line:column: error:`, and would miss `қате:` or `ошибка:`.
    public func description(in language: Language) -> String {
        "\(path):\(line):\(column): \(severity.rawValue): \(text.rendered(in: language))"
    }
}

/// Every problem of a run, not only the first: publishers fix a spreadsheet in one pass.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Collects diagnostics while a step goes on, so that one bad row does not hide the next.
public struct DiagnosticCollector: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []
    public init() {}

    public mutating func error(_ path: String, line: Int = 1, column: Int = 1, _ message: ToolMessage) {
        diagnostics.append(Diagnostic(path: path, line: line, column: column, message))
    }
    public mutating func warning(_ path: String, line: Int = 1, column: Int = 1, _ message: ToolMessage) {
        diagnostics.append(Diagnostic(path: path, line: line, column: column, severity: .warning, message))
    }
    public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// By place; the English text, put into words only for two diagnostics at the same place,
    /// breaks ties (a run with tens of thousands of errors sorts without rendering each many times).
    public var sorted: [Diagnostic] {
        diagnostics.sorted { a, b in
            let (placeA, placeB) = ((a.path, a.line, a.column), (b.path, b.line, b.column))
            return placeA != placeB ? placeA < placeB : a.message < b.message
        }
    }
}

/// A content rule broken inside a YAML value (an unknown criterion, a score out of range),
/// thrown from `init(from:)` so that it is reported at the value's position.
public struct ContentError: Error {
    public var codingPath: [any CodingKey]
    public var message: ToolMessage
    public init(_ codingPath: [any CodingKey], _ message: ToolMessage) {
        self.codingPath = codingPath
        self.message = message
    }
}
