import Foundation
import SapaKit
import ServiceLifecycle

/// Watches `Content/` and `Templates/` and rebuilds the site when they change, one build at
/// a time; reports each build's time and errors.
struct SiteWatcher: Sendable {
    let configuration: PreviewConfiguration
    let log: PreviewLog
    /// Generations grow across restarts of the preview, so that a page still open from an
    /// earlier run is seen as out of date (see `SiteSnapshot.generation`).
    let firstGeneration = Int(Date().timeIntervalSince1970 * 1000)

    /// The first build, before the server listens. On errors the preview still starts: it
    /// shows them, and reloads once they are fixed.
    func buildFirst() async -> (PreviewState, FirstBuild) {
        let sources = FolderFingerprint.scan(root: configuration.site)
        let contents = SourceContents(root: configuration.site, fingerprint: sources)
        let outcome = await PreviewBuild.runDetached(site: configuration.site, generation: firstGeneration, previous: nil)
        report(outcome, changedSources: [], earlierWarnings: nil)
        let first = FirstBuild(sources: sources, contents: contents, warnings: outcome.warnings)
        switch outcome.result {
        case .success(let snapshot): return (PreviewState(snapshot: snapshot), first)
        case .failure(let list):
            return (PreviewState(snapshot: .placeholder(generation: firstGeneration - 1), failure: list.diagnostics), first)
        }
    }

    /// What the watch starts from: the sources as they were when the first build began.
    struct FirstBuild: Sendable {
        var sources: FolderFingerprint
        var contents: SourceContents
        var warnings: [Diagnostic]
    }

    func service(state: PreviewState, after first: FirstBuild) -> WatchService { WatchService(watcher: self, state: state, first: first) }

    struct WatchService: ServiceLifecycle.Service {
        let watcher: SiteWatcher
        let state: PreviewState
        let first: FirstBuild

        func run() async throws {
            try await withGracefulShutdownHandler {
                do {
                    try await cancelWhenGracefulShutdown { try await watcher.watch(state, from: first) }
                } catch is CancellationError {}
            } onGracefulShutdown: {
                state.close()
            }
            state.close()
        }
    }

    /// Polls the sources; after a change, waits for them to settle, then rebuilds. The stamps
    /// are taken before the build starts, so an edit made during a build causes another.
    func watch(_ state: PreviewState, from first: FirstBuild) async throws {
        let clock = ContinuousClock()
        var seen = first.sources
        var contents = first.contents
        var warnings = first.warnings
        var nextHeartbeat = clock.now.advanced(by: configuration.heartbeatInterval)
        var generation = state.snapshot.generation
        while true {
            try await Task.sleep(for: configuration.pollInterval)
            if clock.now >= nextHeartbeat {
                state.sendHeartbeat()
                nextHeartbeat = clock.now.advanced(by: configuration.heartbeatInterval)
            }
            var current = FolderFingerprint.scan(root: configuration.site)
            guard current != seen else { continue }
            let deadline = clock.now.advanced(by: configuration.maximumSettleWait)
            while clock.now < deadline {
                try await Task.sleep(for: configuration.settleInterval)
                let again = FolderFingerprint.scan(root: configuration.site)
                if again == current { break }
                current = again
            }
            let changedSources = current.changes(since: seen)
            seen = current
            guard contents.takeIn(changedSources, root: configuration.site) else {
                log.info("\(Self.describe(changedSources)) saved unchanged: nothing to rebuild")
                continue
            }
            generation = max(generation, state.snapshot.generation) + 1
            let previous = state.snapshot
            let outcome = await PreviewBuild.runDetached(site: configuration.site, generation: generation,
                                                         previous: previous.isPlaceholder ? nil : previous)
            report(outcome, changedSources: changedSources, earlierWarnings: warnings)
            if case .success = outcome.result { warnings = outcome.warnings }
            switch outcome.result {
            case .success(let snapshot): state.publish(snapshot)
            case .failure(let list): state.publish(failure: list.diagnostics)
            }
        }
    }

    /// One line per build with its time; warnings only when they differ from the last build's,
    /// so that a rebuild does not repeat a screenful of them.
    func report(_ outcome: PreviewBuild.Outcome, changedSources: [String], earlierWarnings: [Diagnostic]?) {
        let steps = outcome.steps.map { "\($0.name) \(String(format: "%.2f", $0.seconds))" }.joined(separator: ", ")
        let seconds = String(format: "%.2f", outcome.seconds) + " s (\(steps))"
        let cause = changedSources.isEmpty ? "" : Self.describe(changedSources) + " changed: "
        switch outcome.result {
        case .success(let snapshot):
            let repeated = earlierWarnings == outcome.warnings
            if !repeated { for warning in outcome.warnings { log.problem(warning.description) } }
            let pages = snapshot.files.keys.filter(MediaType.isHTML).count
            let changed = changedSources.isEmpty ? "" : ", \(outcome.changedPaths.count) changed"
            let warned = outcome.warnings.isEmpty ? "" : repeated ? ", \(outcome.warnings.count) warning(s) as before" : ", \(outcome.warnings.count) warning(s)"
            log.info("\(cause)built \(pages) pages (\(snapshot.files.count) files\(changed)\(warned)) in \(seconds)")
        case .failure(let list):
            for diagnostic in list.diagnostics { log.problem(diagnostic.description) }
            log.problem("\(cause)the build failed with \(list.errors.count) error(s) in \(seconds); still serving the last good build")
        }
    }

    static func describe(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(3).joined(separator: ", ") + " and \(paths.count - 3) more"
    }
}
