import Foundation
import SapaModel
import SapaMustache
import SapaSource

/// The templates of `Templates/`, compiled once by Sapa's engine, with the checks a site
/// needs beyond the language: a partial or parent that does not exist, and a name a page does
/// not provide (both errors placed at their tag).
public struct TemplateSet: Sendable {
    public struct Source: Sendable {
        public var name: String
        public var path: String
        public var text: String
    }

    public private(set) var library: TemplateLibrary
    /// Per language, the templates with that language's interface strings written in (see
    /// `specialized(for:)`); a page of another language renders with `library`.
    private var perLanguage: [Language: TemplateLibrary] = [:]
    public private(set) var sources: [String: Source]
    /// `Templates/assets/…` (style sheet, script, icons), by path below `assets/`.
    public private(set) var assets: [(path: String, url: URL)] = []

    public static func load(_ folder: SiteFolder, maxBytes: Int) -> Result<TemplateSet, DiagnosticList> {
        var problems = DiagnosticCollector()
        var sources: [String: Source] = [:]
        guard folder.exists(folder.templates) else {
            return .failure(DiagnosticList([Diagnostic(path: "Templates", ToolMessage(TemplateMessage.noTemplatesFolder, ["root": folder.root.path]))]))
        }
        for url in folder.files(in: folder.templates, extensions: ["mustache"]) {
            let path = folder.displayPath(url)
            // Named by file name alone, as partials call them: `{{>table}}`.
            let name = url.deletingPathExtension().lastPathComponent
            if let other = sources[name] {
                problems.error(path, ToolMessage(TemplateMessage.duplicateName, ["name": name, "other": other.path]))
                continue
            }
            switch TextFile.read(url, displayPath: path, maxBytes: maxBytes) {
            case .success(let file): sources[name] = Source(name: name, path: path, text: file.text)
            case .failure(let diagnostic): problems.append(diagnostic)
            }
        }
        let ordered = sources.values.sorted { $0.path < $1.path }
        let paths = sources.mapValues(\.path)
        func diagnostic(_ error: TemplateError) -> Diagnostic {
            Diagnostic(path: paths[error.template] ?? error.template, line: error.line, column: error.column, error.toolMessage)
        }
        var library: TemplateLibrary?
        do {
            library = try TemplateLibrary(ordered.map { ($0.name, $0.text) })
        } catch {
            problems.append(contentsOf: error.errors.map(diagnostic))
        }
        if let library { problems.append(contentsOf: library.unknownCalls.map(diagnostic)) }
        guard let library, !problems.hasErrors else { return .failure(DiagnosticList(problems.sorted)) }
        let assetsFolder = folder.templates.appendingPathComponent("assets")
        let assets = folder.files(in: assetsFolder).map { url in
            (path: String(folder.displayPath(url).dropFirst("Templates/assets/".count)), url: url)
        }
        return .success(TemplateSet(library: library, sources: sources, assets: assets))
    }

    public func has(_ name: String) -> Bool { sources[name] != nil }

    /// The keys of the interface strings the templates use (`{{t.key}}`).
    public var interfaceKeys: Set<String> { library.fields(of: "t") }

    /// This set, with each language's interface strings written into its templates in place
    /// of `{{t.key}}`: the texts are the same on every page, so pages need not look them up.
    /// Right because only a page's root has a field `t`. Pages render as they would with
    /// `library`.
    public func specialized(for strings: [Language: InterfaceStrings]) -> TemplateSet {
        var set = self
        for (language, catalogue) in strings { set.perLanguage[language] = library.inliningTexts(of: "t", catalogue.texts) }
        return set
    }

    /// Renders the template `name` with `object`; names the template uses that the page does
    /// not provide come back as diagnostics placed at their first use.
    /// `language`: the language of the page's `t`, whose specialized templates to use, if any.
    public func render(_ name: String, _ object: TemplateObject, language: Language? = nil) -> Result<String, DiagnosticList> {
        renderBytes(name, object, language: language).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render(name, object)` as UTF-8 bytes, ready to write.
    public func renderBytes(_ page: String, _ object: TemplateObject, language: Language? = nil) -> Result<[UInt8], DiagnosticList> {
        let library = language.flatMap { perLanguage[$0] } ?? library
        guard let rendering = library.render(page, .object(object)) else {
            return .failure(DiagnosticList([Diagnostic(path: "Templates/pages/\(page).mustache", ToolMessage(TemplateMessage.missingPage))]))
        }
        guard rendering.missing.isEmpty, rendering.problems.isEmpty else {
            let keys = object.fields.keys.sorted().joined(separator: ", ")
            let missing = rendering.missing.map { name, site in
                Diagnostic(
                    path: sources[site.template]?.path ?? site.template, line: site.line, column: site.column,
                    ToolMessage(TemplateMessage.unknownName, ["name": name, "page": page, "available": keys]))
            }
            let problems = rendering.problems.map { error in
                Diagnostic(path: sources[error.template]?.path ?? error.template, line: error.line, column: error.column, error.toolMessage)
            }
            return .failure(DiagnosticList(missing + problems))
        }
        return .success(rendering.bytes)
    }
}
