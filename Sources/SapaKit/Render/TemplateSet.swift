import Foundation
import Mustache

/// The templates of `Templates/`, each parsed once, with the checks swift-mustache does not
/// make: a partial or parent that does not exist, a key a page does not provide, an
/// interface string missing from a language's catalogue.
public struct TemplateSet: Sendable {
    public struct Source: Sendable {
        public var name: String
        public var path: String
        public var text: String
    }

    public private(set) var library: MustacheLibrary
    /// Per language, the templates with its interface strings written in (see
    /// `specialized(for:)`); a page of another language renders with `library`.
    private var folded: [Language: MustacheLibrary] = [:]
    public private(set) var sources: [String: Source]
    /// `Templates/assets/…` (style sheet, script, icons), by path below `assets/`.
    public private(set) var assets: [(path: String, url: URL)] = []

    /// The pragma that makes `{{value}}` use `HTMLEscaper`; put on the first line of every
    /// template so that line numbers stay true (only line 1's columns shift).
    static let pragma = "{{% CONTENT_TYPE: \(ScalarHTMLContentType.name) }}"

    public static func load(_ folder: SiteFolder, maxBytes: Int) -> Result<TemplateSet, DiagnosticList> {
        // Registering is idempotent: the same name always maps to the same escaper.
        MustacheContentTypes.register(ScalarHTMLContentType(), named: ScalarHTMLContentType.name)
        var problems = DiagnosticCollector()
        var sources: [String: Source] = [:]
        var templates: [String: MustacheTemplate] = [:]
        guard folder.exists(folder.templates) else {
            return .failure(DiagnosticList([Diagnostic(path: "Templates", "there is no Templates/ folder in \(folder.root.path); a site needs its layouts and pages there")]))
        }
        for url in folder.files(in: folder.templates, extensions: ["mustache"]) {
            let path = folder.displayPath(url)
            // Named by file name alone: swift-mustache's closing tags cannot hold a "/".
            let name = url.deletingPathExtension().lastPathComponent
            if let other = sources[name] {
                problems.error(path, "another template is also named «\(name)» (\(other.path)); template file names must be unique across folders")
                continue
            }
            let file: TextFile
            switch TextFile.read(url, displayPath: path, maxBytes: maxBytes) {
            case .success(let read): file = read
            case .failure(let diagnostic): problems.append(diagnostic); continue
            }
            sources[name] = Source(name: name, path: path, text: file.text)
            do {
                templates[name] = try MustacheTemplate(string: pragma + file.text)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column = line == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
                problems.error(path, line: line, column: column, "template syntax error: \(describe(error.error)); check that every {{#section}} is closed by {{/section}} and every tag by }}")
            } catch {
                problems.error(path, "template syntax error: \(error)")
            }
        }
        for source in sources.values.sorted(by: { $0.path < $1.path }) {
            for reference in TemplateScan.partialReferences(in: source.text) where sources[reference.name] == nil {
                problems.error(source.path, line: reference.line, column: reference.column,
                    "the template uses the partial «\(reference.name)», but no template is named \(reference.name).mustache; create it or correct the name")
            }
        }
        if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        let assetsFolder = folder.templates.appendingPathComponent("assets")
        let assets = folder.files(in: assetsFolder).map { url in
            (path: String(folder.displayPath(url).dropFirst("Templates/assets/".count)), url: url)
        }
        return .success(TemplateSet(library: MustacheLibrary(templates: templates), sources: sources, assets: assets))
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not finished"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "invalid {{% … }} pragma"
        default: return "\(error)"
        }
    }

    public func has(_ name: String) -> Bool { sources[name] != nil }

    /// This set, with each template also parsed once per language with that language's
    /// interface strings in place of `{{t.key}}` (the texts are the same on every page, and
    /// looking `t` up through the context stack was a tenth of the lookups of a page), and
    /// with its calls of one-line partials written out (`PartialInlining`). Pages render as
    /// they would with `library` (the page object still has `t`).
    public func specialized(for strings: [Language: InterfaceStrings]) -> TemplateSet {
        var set = self
        let catalogues = Array(strings.values)
        let inlinable = sources.compactMapValues { PartialInlining.canInline($0.text) ? $0.text : nil }
        let inlined = sources.mapValues { PartialInlining.inline($0.text, partials: inlinable) }
        // One language per core: parsing is most of it, and the build waits for it.
        let libraries = Parallel.map(catalogues) { catalogue in
            var templates: [String: MustacheTemplate] = [:]
            for (name, text) in inlined {
                let folded = InterfaceStringFolding.fold(text, texts: catalogue.texts)
                templates[name] = (try? MustacheTemplate(string: Self.pragma + folded)) ?? library.getTemplate(named: name)
            }
            return MustacheLibrary(templates: templates)
        }
        for (catalogue, folded) in zip(catalogues, libraries) { set.folded[catalogue.language] = folded }
        return set
    }

    /// Renders the template `name` with `object`; keys the template uses that the page does
    /// not provide come back as diagnostics placed at their first use.
    /// `language`: the language of the page's `t`, whose folded templates to use, if any.
    public func render(_ name: String, _ object: TemplateObject, language: Language? = nil) -> Result<String, DiagnosticList> {
        renderBytes(name, object, language: language).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render(name, object)` as UTF-8 bytes, ready to write.
    public func renderBytes(_ name: String, _ object: TemplateObject, language: Language? = nil) -> Result<[UInt8], DiagnosticList> {
        renderWithMustache(name, object, language: language).map { Array($0.utf8) }
    }

    /// Through swift-mustache, with Sapa's missing-key check.
    public func renderWithMustache(_ name: String, _ object: TemplateObject, language: Language? = nil) -> Result<String, DiagnosticList> {
        let library = language.flatMap { folded[$0] } ?? library
        guard let template = library.getTemplate(named: name) else {
            return .failure(DiagnosticList([Diagnostic(path: "Templates/pages/\(name).mustache", "the template is missing; Sapa needs it to render these pages")]))
        }
        let root = RecordingRoot(object)
        let html = template.render(root, library: library)
        guard root.missing.isEmpty else {
            return .failure(DiagnosticList(root.missing.map { key in missingKey(key, startingAt: name, available: object) }))
        }
        return .success(html)
    }

    func missingKey(_ key: String, startingAt name: String, available: TemplateObject) -> Diagnostic {
        let keys = available.fields.keys.sorted().joined(separator: ", ")
        // The key is somewhere in this template or the partials and parents it uses.
        var queue = [name]
        var visited: Set<String> = []
        while let current = queue.first {
            queue.removeFirst()
            guard visited.insert(current).inserted, let source = sources[current] else { continue }
            if let use = TemplateScan.firstUse(of: key, in: source.text) {
                return Diagnostic(path: source.path, line: use.line, column: use.column,
                    "the template uses «\(key)», which this page (\(name)) does not provide; available here: \(keys)")
            }
            queue.append(contentsOf: TemplateScan.partialReferences(in: source.text).map(\.name))
        }
        return Diagnostic(path: sources[name]?.path ?? "Templates/\(name).mustache", "the template uses «\(key)», which this page does not provide; available here: \(keys)")
    }
}

/// Finds tags in template text for the checks above. It reads tag names only; parsing is
/// swift-mustache's.
enum TemplateScan {
    struct Reference { var name: String; var line: Int; var column: Int }

    static func tags(in text: String) -> [(body: Substring, line: Int, column: Int)] {
        var result: [(Substring, Int, Int)] = []
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{"), let close = text[index...].range(of: "}}") {
                let bodyStart = text.index(index, offsetBy: 2)
                var end = close.upperBound
                if text[bodyStart...].hasPrefix("{"), text[end...].hasPrefix("}") { end = text.index(after: end) }
                result.append((text[bodyStart..<close.lowerBound], line, column))
                for character in text[index..<end] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end
                continue
            }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        return result
    }

    static func partialReferences(in text: String) -> [Reference] {
        tags(in: text).compactMap { tag in
            guard let first = tag.body.first, first == ">" || first == "<" else { return nil }
            let name = tag.body.dropFirst().trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !name.hasPrefix("*") else { return nil }
            return Reference(name: name, line: tag.line, column: tag.column)
        }
    }

    /// Names used by `{{key}}`, `{{{key}}}`, `{{#key}}`, `{{^key}}`, with their positions.
    static func names(in text: String) -> [Reference] {
        tags(in: text).compactMap { tag in
            var body = tag.body.trimmingCharacters(in: .whitespaces)
            if let first = body.first, "#^&{".contains(first) { body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces) }
            if body.hasSuffix("}") { body = String(body.dropLast()).trimmingCharacters(in: .whitespaces) }
            guard let first = body.first, first.isLetter || first == "_" else { return nil }
            return Reference(name: body, line: tag.line, column: tag.column)
        }
    }

    static func firstUse(of key: String, in text: String) -> Reference? {
        names(in: text).first { $0.name == key || $0.name.hasPrefix(key + ".") }
    }
}
