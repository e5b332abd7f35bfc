import Dispatch
import Foundation
import SapaKit

/// One build of the preview: the generator's own check and render, kept in memory. Nothing is
/// written: `Output/` stays what the last `sapa build` made, and the reload script, which
/// only the preview adds, can never end up in a published site.
public enum PreviewBuild {
    public struct Outcome: Sendable {
        public var result: Result<SiteSnapshot, DiagnosticList>
        public var warnings: [Diagnostic]
        public var seconds: Double
        /// Site-relative paths whose bytes changed (empty for a failed build).
        public var changedPaths: [String]
    }

    /// Builds the site at `site` into a new snapshot; `previous` tells which files changed.
    public static func run(site: URL, generation: Int, previous: SiteSnapshot?) -> Outcome {
        let clock = ContinuousClock()
        let start = clock.now
        let options = BuildOptions(site: site)
        var warnings: [Diagnostic] = []
        let result: Result<SiteSnapshot, DiagnosticList> = SiteBuilder.check(options).flatMap { checked in
            warnings = checked.warnings
            return SiteBuilder.render(checked).map { files in
                SiteSnapshot.make(files: files, basePath: checked.model.config.basePath, generation: generation, previous: previous)
            }
        }
        let elapsed = start.duration(to: clock.now)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let changed = (try? result.get())?.changedPaths(since: previous) ?? []
        return Outcome(result: result, warnings: warnings, seconds: seconds, changedPaths: changed)
    }

    /// `run` on a thread of its own: the render blocks (and uses every core), and the tasks
    /// that answer requests must not wait behind it.
    public static func runDetached(site: URL, generation: Int, previous: SiteSnapshot?) async -> Outcome {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(returning: run(site: site, generation: generation, previous: previous))
            }
        }
    }
}
