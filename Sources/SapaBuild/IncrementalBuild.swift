import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SapaModel
import SapaSource
import SapaSite

/// A site checked in memory, with the service files as the check read them: what a rebuild
/// after an edit of one of them starts from, so that it reads and decodes only that one.
public struct CheckedSite: Sendable {
    public let checked: SiteBuilder.Checked
    let folder: SiteFolder
    /// Every service file in file order, with what reading it gave (the check's input).
    let serviceFiles: [(URL, ModelBuilder.ReadReport)]
}

/// A site built in memory: every file's bytes, and what they were made from.
public struct BuiltSite: Sendable {
    public let source: CheckedSite
    /// Every file of the site, sorted by path: what `SiteBuilder.render` gives.
    public let files: [OutputFile]

    public var checked: SiteBuilder.Checked { source.checked }
}

/// What a rebuild after an edit of service files did.
public struct PartialRebuild: Sendable {
    /// The site after the edit, or its errors: the same a whole build would report.
    public var result: Result<BuiltSite, DiagnosticList>
    /// The pages made again, each in every language (none when the edit broke the site).
    public var pages: Set<Routes.Page>
    /// The files made again; a page may come out with the same bytes as before.
    public var rendered: [OutputFile]
    /// Reading and checking the edited files, then rendering the pages.
    public var checkSeconds: Double
    public var renderSeconds: Double
}

/// Builds that the preview can redo in part. A whole build keeps what it read of the service
/// files; when only service files change after it, `rebuild` reads just those, checks them
/// against the registries the whole build loaded, and makes again only the pages that show
/// them. Anything else that changes (a template, a table, the registries, `site.yml`, the
/// strings, a free page, the contest) can reach any page: that takes a whole build.
public enum IncrementalBuild {
    /// `SiteBuilder.check`, keeping the service files as read.
    public static func check(_ options: BuildOptions) -> Result<CheckedSite, DiagnosticList> {
        let kept = KeptReads()
        let result = SiteBuilder.check(options, readingServiceFilesWith: { folder, maxBytes in
            let reads = ModelBuilder.readReports(folder: folder, maxBytes: maxBytes)
            kept.keep(reads)
            return reads
        })
        return result.map { CheckedSite(checked: $0, folder: SiteFolder(root: options.site), serviceFiles: kept.reads) }
    }

    /// `SiteBuilder.render` of a site from `check`.
    public static func render(_ site: CheckedSite) -> Result<BuiltSite, DiagnosticList> {
        SiteBuilder.render(site.checked).map { BuiltSite(source: site, files: $0) }
    }

    /// Whether an edit of this file (site-relative) can be rebuilt in part: a chapter of a
    /// service, which is read by the name the build reads it by (`.md`, in any case).
    public static func isServiceFile(_ path: String) -> Bool {
        path.hasPrefix("Content/services/") && (path as NSString).pathExtension.lowercased() == "md"
            && !path.split(separator: "/").contains { $0.hasPrefix(".") }
    }

    /// The site of `previous` after `changed` (site-relative paths, added, removed or edited
    /// since `previous` was built), making again only the pages that can differ; nil when the
    /// change takes a whole build (something other than a service file changed, or a link or
    /// folder took a service file's name). The result is byte for byte what a whole build
    /// gives, errors included.
    public static func rebuild(_ previous: BuiltSite, changed: [String]) -> PartialRebuild? {
        if !previous.checked.model.editionContents.isEmpty { return rebuildEditions(previous, changed: changed) }
        guard !changed.isEmpty, changed.allSatisfy(isServiceFile) else { return nil }
        let clock = ContinuousClock()
        let start = clock.now
        let source = previous.source
        let folder = source.folder
        let edited = Set(changed)
        let maxBytes = source.checked.model.config.limits.maxFileBytes
        // The list a whole build would make (`SiteFolder.files`, sorted by path), made from
        // the last one and the changed files, which may have come or gone: walking the folder
        // again would cost more than reading the edited file.
        var readsByPath: [String: ModelBuilder.ReadReport] = [:]
        var urlsByPath: [String: URL] = [:]
        for (url, read) in source.serviceFiles {
            let path = folder.displayPath(url)
            readsByPath[path] = read
            urlsByPath[path] = url
        }
        let earlier = readsByPath
        for path in changed {
            let url = folder.root.appendingPathComponent(path)
            switch fileKind(url) {
            case .regular: urlsByPath[path] = url
            case .missing: urlsByPath[path] = nil
            // A link or a folder by a service file's name: left to the whole build's rules.
            case .other: return nil
            }
        }
        let urls = urlsByPath.sorted { $0.key < $1.key }.map(\.value)
        let reads = Parallel.map(urls) { url -> ModelBuilder.ReadReport in
            let path = folder.displayPath(url)
            let before = earlier[path]
            if let before, !edited.contains(path) { return before }
            var decoded: (document: MarkdownDocument, report: ServiceReport)?
            if case .success(let (_, document, report))? = before { decoded = (document, report) }
            return ModelBuilder.readReport(url, folder: folder, maxBytes: maxBytes, earlier: decoded)
        }
        let serviceFiles = Array(zip(urls, reads))
        let reports: [String: ServiceReport]
        switch ModelBuilder.reports(serviceFiles, checkedAgainst: source.checked.model, folder: folder) {
        case .success(let checkedReports): reports = checkedReports
        case .failure(let list):
            return PartialRebuild(result: .failure(list), pages: [], rendered: [], checkSeconds: start.duration(to: clock.now).seconds, renderSeconds: 0)
        }
        var model = source.checked.model
        model.reports = reports
        // The warnings are about the registries and tables, which did not change.
        let checked = SiteBuilder.Checked(model: model, templates: source.checked.templates, strings: source.checked.strings,
                                          warnings: source.checked.warnings)
        let pages = pagesAffected(before: ServiceChapters(source.checked.model.reports, serviceFiles: source.serviceFiles),
                                  after: ServiceChapters(reports, serviceFiles: serviceFiles))
        let renderStart = clock.now
        let checkSeconds = start.duration(to: renderStart).seconds
        let rendered: [OutputFile]
        switch SiteBuilder.render(checked, pages: pages) {
        case .success(let files): rendered = files
        case .failure(let list):
            return PartialRebuild(result: .failure(list), pages: [], rendered: [], checkSeconds: checkSeconds,
                                  renderSeconds: renderStart.duration(to: clock.now).seconds)
        }
        guard let files = replacing(previous.files, with: rendered) else { return nil }
        let site = CheckedSite(checked: checked, folder: folder, serviceFiles: serviceFiles)
        return PartialRebuild(result: .success(BuiltSite(source: site, files: files)), pages: pages, rendered: rendered,
                              checkSeconds: checkSeconds, renderSeconds: renderStart.duration(to: clock.now).seconds)
    }

    /// `files` with the `rendered` ones in their places; nil if one is new: a page the site did
    /// not have would change the sitemap too, which takes a whole build.
    static func replacing(_ files: [OutputFile], with rendered: [OutputFile]) -> [OutputFile]? {
        var files = files
        var positions: [String: Int] = [:]
        for (position, file) in files.enumerated() { positions[file.path] = position }
        for file in rendered {
            guard let position = positions[file.path] else { return nil }
            files[position] = file
        }
        return files
    }

    /// The pages whose bytes can differ between a site built from the chapters `before` and
    /// one built from `after`, all else being equal. A chapter's findings (its Markdown body)
    /// show only on its service's page. Its figures (the front matter) show there too, and a
    /// region's page lists, for each chapter whose `regions` table has a row for the region,
    /// the first such row (`ProvidersTable.firstRowPerRegion`): the region's page is made again when that
    /// row differs in any field, or comes or goes. Nothing else reads the chapters: the home
    /// page, the rankings, the search index, the downloads and the sitemap come from the
    /// registries and tables.
    static func pagesAffected(before: ServiceChapters, after: ServiceChapters) -> Set<Routes.Page> {
        var pages: Set<Routes.Page> = []
        for id in Set(before.reports.keys).union(after.reports.keys) {
            let old = before.reports[id]
            let new = after.reports[id]
            // Equal front matter decodes to equal figures.
            if old != nil && new != nil && before.frontMatter[id] == after.frontMatter[id] {
                if old?.findings != new?.findings { pages.insert(.service(id)) }
                continue
            }
            pages.insert(.service(id))
            let oldRows = firstRowByRegion(old)
            let newRows = firstRowByRegion(new)
            for region in Set(oldRows.keys).union(newRows.keys) where oldRows[region] != newRows[region] {
                pages.insert(.region(region))
            }
        }
        return pages
    }

    /// Every field of a row of a chapter's `regions` table, to compare two of them.
    struct RegionRow: Equatable {
        var provider: LocalizedText
        var measure: Measure
        var respondents: Int?
    }

    /// What each region's page shows of a chapter (`ProvidersTable.firstRowPerRegion`).
    static func firstRowByRegion(_ report: ServiceReport?) -> [String: RegionRow] {
        var rows: [String: RegionRow] = [:]
        for (region, row) in report?.regions?.firstRowPerRegion ?? [] {
            rows[region] = RegionRow(provider: row.provider, measure: row.measure, respondents: row.respondents)
        }
        return rows
    }

    enum FileKind { case regular, missing, other }

    static func fileKind(_ url: URL) -> FileKind {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return .missing }
        return (info.st_mode & S_IFMT) == S_IFREG ? .regular : .other
    }


    /// The service files a whole check read, kept from the thread that read them.
    final class KeptReads: Sendable {
        private let kept = Mutex<[(URL, ModelBuilder.ReadReport)]>([])
        func keep(_ reads: [(URL, ModelBuilder.ReadReport)]) { kept.withLock { $0 = reads } }
        var reads: [(URL, ModelBuilder.ReadReport)] { kept.withLock { $0 } }
    }
}

/// The checked chapters of a site, with the front matter each was decoded from: two chapters
/// with the same front matter have the same figures, whatever their bodies.
struct ServiceChapters {
    var reports: [String: ServiceReport]
    var frontMatter: [String: String] = [:]

    init(_ reports: [String: ServiceReport], serviceFiles: [(URL, ModelBuilder.ReadReport)]) {
        self.reports = reports
        for (_, read) in serviceFiles {
            // Only the file each report was checked from (its path says which).
            guard case .success(let (file, document, report)) = read, reports[report.id]?.path == file.path else { continue }
            frontMatter[report.id] = document.frontMatter
        }
    }
}

extension ModelBuilder {
    /// The chapters of `serviceFiles` checked as a whole build checks them, against the
    /// registries of `model` (loaded without errors, so every id in them counts).
    static func reports(_ serviceFiles: [(URL, ReadReport)], checkedAgainst model: SiteModel,
                        folder: SiteFolder) -> Result<[String: ServiceReport], DiagnosticList> {
        var builder = ModelBuilder(folder: folder)
        let references = ReferenceIndex(regions: model.regions, bodies: model.bodies, services: model.services)
        let reports = builder.loadReports(model.config.limits, references: references, preloaded: serviceFiles)
        return builder.problems.hasErrors ? .failure(DiagnosticList(builder.problems.sorted)) : .success(reports)
    }
}
