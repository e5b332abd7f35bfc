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
    func buildFirst() async -> PreviewState {
        let outcome = await PreviewBuild.runDetached(site: configuration.site, generation: firstGeneration, previous: nil)
        report(outcome, changedSources: [])
        switch outcome.result {
        case .success(let snapshot): return PreviewState(snapshot: snapshot)
        case .failure(let list):
            return PreviewState(snapshot: .placeholder(generation: firstGeneration - 1), failure: list.diagnostics)
        }
    }

    func service(state: PreviewState) -> WatchService { WatchService(watcher: self, state: state) }

    struct WatchService: ServiceLifecycle.Service {
        let watcher: SiteWatcher
        let state: PreviewState

        func run() async throws {
            try await withGracefulShutdownHandler {
                do {
                    try await cancelWhenGracefulShutdown { try await watcher.watch(state) }
                } catch is CancellationError {}
            } onGracefulShutdown: {
                state.close()
            }
            state.close()
        }
    }

    /// Polls the sources; after a change, waits for them to settle, then rebuilds. The stamps
    /// are taken before the build starts, so an edit made during a build causes another.
    func watch(_ state: PreviewState) async throws {
        let clock = ContinuousClock()
        var seen = FolderFingerprint.scan(root: configuration.site)
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
            generation = max(generation, state.snapshot.generation) + 1
            let previous = state.snapshot
            let outcome = await PreviewBuild.runDetached(site: configuration.site, generation: generation,
                                                         previous: previous.isPlaceholder ? nil : previous)
            report(outcome, changedSources: changedSources)
            switch outcome.result {
            case .success(let snapshot): state.publish(snapshot)
            case .failure(let list): state.publish(failure: list.diagnostics)
            }
        }
    }

    func report(_ outcome: PreviewBuild.Outcome, changedSources: [String]) {
        let seconds = String(format: "%.2f", outcome.seconds)
        let cause = changedSources.isEmpty ? "" : Self.describe(changedSources) + " changed: "
        for warning in outcome.warnings { log.problem(warning.description) }
        switch outcome.result {
        case .success(let snapshot):
            let pages = snapshot.files.keys.filter(MediaType.isHTML).count
            let changed = changedSources.isEmpty ? "" : ", \(outcome.changedPaths.count) changed"
            log.info("\(cause)built \(pages) pages (\(snapshot.files.count) files\(changed)) in \(seconds) s")
        case .failure(let list):
            for diagnostic in list.diagnostics { log.problem(diagnostic.description) }
            log.problem("\(cause)the build failed with \(list.errors.count) error(s) in \(seconds) s; still serving the last good build")
        }
    }

    static func describe(_ paths: [String]) -> String {
        paths.count <= 3 ? paths.joined(separator: ", ") : paths.prefix(3).joined(separator: ", ") + " and \(paths.count - 3) more"
    }
}
