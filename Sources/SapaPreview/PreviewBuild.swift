import Dispatch
import Foundation
import SapaBuild
import SapaModel
import SapaSite
import SapaSource

/// One build of the preview: the generator's own check and render, kept in memory. Nothing is
/// written: `Output/` stays what the last `sapa build` made, and the reload script, which
/// only the preview adds, can never end up in a published site.
public enum PreviewBuild {
    public struct Outcome: Sendable {
        public var result: Result<SiteSnapshot, DiagnosticList>
        public var warnings: [Diagnostic]
        public var seconds: Double
        /// Where the time went: the library's check (load and validate), its render, and the
        /// preview's own part (tagging pages, comparing with the last build).
        public var steps: [(name: String, seconds: Double)]
        /// Site-relative paths whose bytes changed (empty for a failed build).
        public var changedPaths: [String]
        /// The site as built, for the next rebuild to start from (nil when the build failed).
        public var built: BuiltSite?
        /// For a rebuild of part of the site, how many pages it made again (0 when it failed);
        /// nil for a whole build.
        public var pagesRendered: Int?
    }

    /// Builds the whole site at `site` into a new snapshot; `previous` tells which files changed.
    public static func run(site: URL, includeDrafts: Bool = false, generation: Int, previous: SiteSnapshot?) -> Outcome {
        var stopwatch = StepTimes()
        var warnings: [Diagnostic] = []
        var built: BuiltSite?
        let result: Result<SiteSnapshot, DiagnosticList> = stopwatch.time("check") { IncrementalBuild.check(BuildOptions(site: site, includeDrafts: includeDrafts)) }.flatMap { checked in
            warnings = checked.checked.warnings
            return stopwatch.time("render") { IncrementalBuild.render(checked) }.map { site in
                built = site
                return stopwatch.time("swap") {
                    SiteSnapshot.make(files: site.files, basePath: checked.checked.model.config.basePath, generation: generation, previous: previous)
                }
            }
        }
        let changed = (try? result.get())?.changedPaths(since: previous) ?? []
        return Outcome(result: result, warnings: warnings, seconds: stopwatch.total, steps: stopwatch.steps, changedPaths: changed, built: built)
    }

    /// Builds again only what `changed` (site-relative paths changed since `built` was made)
    /// can have changed, into a snapshot that shares every other file with `previous` (the
    /// snapshot made from `built`). Nil when the change needs a whole build (`run`).
    public static func rebuild(_ built: BuiltSite, changed: [String], generation: Int, previous: SiteSnapshot) -> Outcome? {
        guard let rebuild = IncrementalBuild.rebuild(built, changed: changed) else { return nil }
        var stopwatch = StepTimes(steps: [("check", rebuild.checkSeconds), ("render", rebuild.renderSeconds)])
        let warnings = built.checked.warnings
        switch rebuild.result {
        case .failure(let list):
            return Outcome(
                result: .failure(list), warnings: warnings, seconds: stopwatch.total, steps: stopwatch.steps, changedPaths: [],
                pagesRendered: 0)
        case .success(let site):
            let snapshot = stopwatch.time("swap") {
                // Only pages were made again, so only they need new tags; a file of another
                // kind (never made by a partial rebuild today) would reload every page.
                rebuild.rendered.allSatisfy { ContentType.isHTML($0.path) }
                    ? previous.replacing(rebuild.rendered, generation: generation)
                    : SiteSnapshot.make(files: site.files, basePath: previous.basePath, generation: generation, previous: previous)
            }
            return Outcome(
                result: .success(snapshot), warnings: warnings, seconds: stopwatch.total, steps: stopwatch.steps,
                changedPaths: snapshot.changedPaths(since: previous), built: site, pagesRendered: rebuild.rendered.count)
        }
    }

    /// Runs `build` on a thread of its own: a build blocks (and uses every core), and the
    /// tasks that answer requests must not wait behind it.
    public static func detached<T: Sendable>(_ build: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: build())
            }
        }
    }
}
