import Foundation
import SapaBuild
import SapaModel
import SapaSite
import SapaSource
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
        let site = configuration.site
        let generation = firstGeneration
        let drafts = configuration.includeDrafts
        let outcome = await PreviewBuild.detached { PreviewBuild.run(site: site, includeDrafts: drafts, generation: generation, previous: nil) }
        report(outcome, changedSources: [], earlierWarnings: nil)
        let first = FirstBuild(sources: sources, contents: contents, warnings: outcome.warnings, built: outcome.built)
        switch outcome.result {
        case .success(let snapshot): return (PreviewState(snapshot: snapshot, language: configuration.language), first)
        case .failure(let list):
            let placeholder = SiteSnapshot.placeholder(generation: firstGeneration - 1, language: configuration.language)
            return (PreviewState(snapshot: placeholder, failure: list.diagnostics, language: configuration.language), first)
        }
    }

    /// What the watch starts from: the sources as they were when the first build began.
    struct FirstBuild: Sendable {
        var sources: FolderFingerprint
        var contents: SourceContents
        var warnings: [Diagnostic]
        var built: BuiltSite?
    }

    func service(state: PreviewState, after first: FirstBuild) -> WatchService { WatchService(watcher: self, state: state, first: first) }

    struct WatchService: ServiceLifecycle.Service, CustomStringConvertible {
        let watcher: SiteWatcher
        let state: PreviewState
        let first: FirstBuild

        /// The service group names each service by its description; the default one would
        /// spell out every byte of the sources and of the built site (seconds, on the demo).
        var description: String { "SiteWatcher" }

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

    /// Looks at the sources when the system says they changed (`FileEvents`) and at every
    /// poll; after a change, waits for them to settle, then rebuilds. The stamps are taken
    /// before the build starts, so an edit made during a build causes another.
    func watch(_ state: PreviewState, from first: FirstBuild) async throws {
        let clock = ContinuousClock()
        let site = configuration.site
        let drafts = configuration.includeDrafts
        let events = configuration.watchesFileEvents ? FileEvents.start(root: site, folders: FolderFingerprint.watchedFolders) : nil
        defer { events?.stop() }
        var seen = first.sources
        var contents = first.contents
        var warnings = first.warnings
        // The last good build, and every source changed since: a rebuild redoes only what
        // those can reach, and a failed one leaves both for the next try.
        var built = first.built
        var changedSinceBuilt: Set<String> = []
        var nextHeartbeat = clock.now.advanced(by: configuration.heartbeatInterval)
        var generation = state.snapshot.generation
        while true {
            var told: Bool
            if let events {
                told = await events.wait(timeout: configuration.pollInterval)
            } else {
                try await Task.sleep(for: configuration.pollInterval)
                told = false
            }
            try Task.checkCancellation()
            if clock.now >= nextHeartbeat {
                state.sendHeartbeat()
                nextHeartbeat = clock.now.advanced(by: configuration.heartbeatInterval)
            }
            let deadline = clock.now.advanced(by: configuration.maximumSettleWait)
            if told, let events { await events.settle(quiet: configuration.eventQuietInterval, until: deadline) }
            var current = FolderFingerprint.scan(root: site)
            guard current != seen else { continue }
            // A change the poll found as the system was telling of it: settled as told.
            if !told, let events, await events.wait(timeout: .zero) {
                told = true
                await events.settle(quiet: configuration.eventQuietInterval, until: deadline)
                current = FolderFingerprint.scan(root: site)
            }
            // Found by polling: no event says when the save is over, so wait for the stamps to hold.
            while !told && clock.now < deadline {
                try await Task.sleep(for: configuration.settleInterval)
                let again = FolderFingerprint.scan(root: site)
                if again == current { break }
                current = again
            }
            let changedSources = current.changes(since: seen)
            seen = current
            let differing = contents.takeIn(changedSources, root: site)
            guard !differing.isEmpty else {
                log.info(ToolMessage(PreviewMessage.savedUnchanged, ["files": Self.describe(changedSources)]).rendered(in: configuration.language))
                continue
            }
            changedSinceBuilt.formUnion(differing)
            generation = max(generation, state.snapshot.generation) + 1
            let previous = state.snapshot
            let start = built
            let changed = changedSinceBuilt.sorted()
            let next = generation
            let outcome = await PreviewBuild.detached {
                if let start, !previous.isPlaceholder,
                    let partial = PreviewBuild.rebuild(start, changed: changed, generation: next, previous: previous)
                {
                    return partial
                }
                return PreviewBuild.run(site: site, includeDrafts: drafts, generation: next, previous: previous.isPlaceholder ? nil : previous)
            }
            report(outcome, changedSources: differing, earlierWarnings: warnings)
            if case .success = outcome.result { warnings = outcome.warnings }
            if let site = outcome.built {
                built = site
                changedSinceBuilt = []
            }
            switch outcome.result {
            case .success(let snapshot): state.publish(snapshot)
            case .failure(let list): state.publish(failure: list.diagnostics)
            }
        }
    }

    /// One line per build with its time; warnings only when they differ from the last build's,
    /// so that a rebuild does not repeat a screenful of them.
    func report(_ outcome: PreviewBuild.Outcome, changedSources: [String], earlierWarnings: [Diagnostic]?) {
        let language = configuration.language
        // A partial rebuild takes milliseconds: shown in them, where seconds would show 0.00.
        let isPartial = outcome.pagesRendered != nil
        func shown(_ seconds: Double) -> FixedNumber { isPartial ? FixedNumber(seconds * 1000, digits: 1) : FixedNumber(seconds, digits: 2) }
        let steps = PreviewMessage.series(outcome.steps.map { ToolMessage(PreviewMessage.stepTime, ["step": PreviewMessage.step($0.name), "time": shown($0.seconds)]) })
        let time = ToolMessage(isPartial ? PreviewMessage.milliseconds : PreviewMessage.seconds, ["value": shown(outcome.seconds), "steps": steps])
        let cause: any MessageValue = changedSources.isEmpty ? "" : ToolMessage(PreviewMessage.changedCause, ["files": Self.describe(changedSources)])
        switch outcome.result {
        case .success(let snapshot):
            let repeated = earlierWarnings == outcome.warnings
            if !repeated { for warning in outcome.warnings { log.problem(warning.description(in: language)) } }
            let pages = snapshot.files.keys.filter(ContentType.isHTML).count
            let changed: any MessageValue = changedSources.isEmpty ? "" : ToolMessage(PreviewMessage.changedCount, ["count": outcome.changedPaths.count])
            let warned: any MessageValue =
                outcome.warnings.isEmpty
                ? "" : ToolMessage(repeated ? PreviewMessage.warningCountAsBefore : PreviewMessage.warningCount, ["count": outcome.warnings.count])
            let line =
                if let rendered = outcome.pagesRendered {
                    ToolMessage(
                        PreviewMessage.rebuilt,
                        ["cause": cause, "rendered": rendered, "pages": pages, "changed": outcome.changedPaths.count, "warnings": warned, "time": time])
                } else {
                    ToolMessage(
                        PreviewMessage.built,
                        ["cause": cause, "pages": pages, "files": snapshot.files.count, "changed": changed, "warnings": warned, "time": time])
                }
            log.info(line.rendered(in: language))
        case .failure(let list):
            for diagnostic in list.diagnostics { log.problem(diagnostic.description(in: language)) }
            log.problem(ToolMessage(PreviewMessage.failed, ["cause": cause, "count": list.errors.count, "time": time]).rendered(in: language))
        }
    }

    /// The paths, or the first three of them and how many more.
    static func describe(_ paths: [String]) -> any MessageValue {
        paths.count <= 3
            ? paths.joined(separator: ", ") : ToolMessage(PreviewMessage.moreFiles, ["files": paths.prefix(3).joined(separator: ", "), "count": paths.count - 3])
    }
}
