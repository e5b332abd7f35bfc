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
        /// Where the time went: SapaKit's check (load and validate), its render, and the
        /// preview's own part (tagging pages, comparing with the last build).
        public var steps: [(name: String, seconds: Double)]
        /// Site-relative paths whose bytes changed (empty for a failed build).
        public var changedPaths: [String]
    }

    /// Builds the site at `site` into a new snapshot; `previous` tells which files changed.
    public static func run(site: URL, generation: Int, previous: SiteSnapshot?) -> Outcome {
        var stopwatch = Stopwatch()
        var warnings: [Diagnostic] = []
        let result: Result<SiteSnapshot, DiagnosticList> = stopwatch.time("check") { SiteBuilder.check(BuildOptions(site: site)) }.flatMap { checked in
            warnings = checked.warnings
            return stopwatch.time("render") { SiteBuilder.render(checked) }.map { files in
                stopwatch.time("swap") {
                    SiteSnapshot.make(files: files, basePath: checked.model.config.basePath, generation: generation, previous: previous)
                }
            }
        }
        let changed = (try? result.get())?.changedPaths(since: previous) ?? []
        return Outcome(result: result, warnings: warnings, seconds: stopwatch.total, steps: stopwatch.steps, changedPaths: changed)
    }

    /// Times the steps of one build.
    struct Stopwatch {
        let clock = ContinuousClock()
        var steps: [(name: String, seconds: Double)] = []
        var total: Double { steps.reduce(0) { $0 + $1.seconds } }

        mutating func time<T>(_ name: String, _ work: () -> T) -> T {
            let start = clock.now
            let result = work()
            let elapsed = start.duration(to: clock.now)
            steps.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            return result
        }
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
