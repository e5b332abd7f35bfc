import Foundation
import SapaModel
import SapaSite
import SapaSource
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A site checked in memory: what a rebuild after an edit starts from.
public struct CheckedSite: Sendable {
    public let checked: SiteBuilder.Checked
    let folder: SiteFolder
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

/// Builds that the preview can redo in part: an edition's saved texts or spreadsheets of
/// service figures (`IncrementalBuild+Editions`). Anything else that changes (a template, a
/// table, the registries, `site.yml`, the strings, a free page, the contest) can reach any
/// page: that takes a whole build.
public enum IncrementalBuild {
    public static func check(_ options: BuildOptions) -> Result<CheckedSite, DiagnosticList> {
        SiteBuilder.check(options).map { CheckedSite(checked: $0, folder: SiteFolder(root: options.site)) }
    }

    /// `SiteBuilder.render` of a site from `check`.
    public static func render(_ site: CheckedSite) -> Result<BuiltSite, DiagnosticList> {
        SiteBuilder.render(site.checked).map { BuiltSite(source: site, files: $0) }
    }

    /// The site of `previous` after `changed` (site-relative paths, added, removed or edited
    /// since `previous` was built), making again only the pages that can differ; nil when the
    /// change takes a whole build. The result is byte for byte what a whole build gives,
    /// errors included.
    public static func rebuild(_ previous: BuiltSite, changed: [String]) -> PartialRebuild? {
        guard !previous.checked.model.editionContents.isEmpty else { return nil }
        return rebuildEditions(previous, changed: changed)
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
}
