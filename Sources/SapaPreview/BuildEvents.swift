import Foundation
import NIOConcurrencyHelpers
import SapaBuild
import SapaModel
import SapaSite
import SapaSource

/// An event of the preview's stream (Server-Sent Events), as the reload script reads it.
public enum BuildEvent: Equatable, Sendable {
    /// The page changed (or a style, script or image it shows): load it again.
    case reload(generation: Int)
    /// The last build failed: show its errors over the page, which stays as it was.
    case errors(generation: Int, diagnostics: [Diagnostic])
    /// A build succeeded and this page did not change: take the errors away.
    case ok(generation: Int)

    /// The event in the `text/event-stream` format, its messages in English.
    public var serverSentEvent: String { serverSentEvent(in: .en) }

    /// The event in the `text/event-stream` format: one JSON object on one `data:` line
    /// (the site's JSON writer escapes line ends inside strings); messages in `language`.
    public func serverSentEvent(in language: Language) -> String {
        let name: String
        var payload: [(String, JSONValue)] = []
        switch self {
        case .reload(let generation):
            name = "reload"
            payload = [("generation", .integer(generation))]
        case .ok(let generation):
            name = "ok"
            payload = [("generation", .integer(generation))]
        case .errors(let generation, let diagnostics):
            name = "errors"
            payload = [
                (
                    "diagnostics",
                    .array(
                        diagnostics.map { diagnostic in
                            .object([
                                ("column", .integer(diagnostic.column)), ("line", .integer(diagnostic.line)),
                                ("message", .string(diagnostic.text.rendered(in: language))), ("path", .string(diagnostic.path)),
                                ("severity", .string(diagnostic.severity.rawValue)),
                            ])
                        })
                ), ("generation", .integer(generation)),
            ]
        }
        return "event: \(name)\ndata: \(JSONValue.object(payload).serialized())\n\n"
    }
}

/// What the server shares between requests and rebuilds: the site being served, the errors of
/// the last build if it failed, and the open pages listening for events. One lock guards all
/// three, so a page that connects while a build finishes gets either the old site and the
/// event, or the new site and no event: never neither.
public final class PreviewState: Sendable {
    struct Listener {
        let continuation: AsyncStream<String>.Continuation
        let key: String
        /// The generation the listening page is known to be current for.
        var since: Int
    }

    struct Shared {
        var snapshot: SiteSnapshot
        var failure: [Diagnostic]?
        var listeners: [Int: Listener] = [:]
        var nextListener = 0
        var isClosed = false
    }

    private let shared: NIOLockedValueBox<Shared>
    /// The language the errors are shown in on the open pages.
    public let language: Language

    public init(snapshot: SiteSnapshot, failure: [Diagnostic]? = nil, language: Language = .en) {
        shared = NIOLockedValueBox(Shared(snapshot: snapshot, failure: failure))
        self.language = language
    }

    /// The site to answer a request from.
    public var snapshot: SiteSnapshot { shared.withLockedValue { $0.snapshot } }

    /// The errors of the last build, when it failed.
    public var failure: [Diagnostic]? { shared.withLockedValue { $0.failure } }

    /// The events for one open page, starting with what it has missed: a reload if it is
    /// already out of date, the errors if the last build failed.
    public func listen(key: String, since: Int) -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream.makeStream(of: String.self, bufferingPolicy: .bufferingNewest(8))
        let registered: Int? = shared.withLockedValue { shared in
            if shared.isClosed { return nil }
            if shared.snapshot.isStale(key: key, since: since) {
                continuation.yield(BuildEvent.reload(generation: shared.snapshot.generation).serverSentEvent)
            } else if let failure = shared.failure {
                continuation.yield(BuildEvent.errors(generation: shared.snapshot.generation, diagnostics: failure).serverSentEvent(in: language))
            }
            let id = shared.nextListener
            shared.nextListener += 1
            shared.listeners[id] = Listener(continuation: continuation, key: key, since: since)
            return id
        }
        guard let id = registered else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.shared.withLockedValue { _ = $0.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Swaps in a new site and tells each open page whether to reload or to drop its errors.
    public func publish(_ snapshot: SiteSnapshot) {
        shared.withLockedValue { shared in
            shared.snapshot = snapshot
            shared.failure = nil
            for (id, listener) in shared.listeners {
                if snapshot.isStale(key: listener.key, since: listener.since) {
                    listener.continuation.yield(BuildEvent.reload(generation: snapshot.generation).serverSentEvent)
                } else {
                    // Unchanged by this build: the page is as current as the build.
                    shared.listeners[id]?.since = snapshot.generation
                    listener.continuation.yield(BuildEvent.ok(generation: snapshot.generation).serverSentEvent)
                }
            }
        }
    }

    /// Keeps the site served as it is and shows `diagnostics` on every open page.
    public func publish(failure diagnostics: [Diagnostic]) {
        shared.withLockedValue { shared in
            shared.failure = diagnostics
            let event = BuildEvent.errors(generation: shared.snapshot.generation, diagnostics: diagnostics).serverSentEvent(in: language)
            for listener in shared.listeners.values { listener.continuation.yield(event) }
        }
    }

    /// A comment line on every stream: finds the connections that were closed, and keeps
    /// proxies from timing out an idle one.
    public func sendHeartbeat() {
        shared.withLockedValue { shared in
            for listener in shared.listeners.values { listener.continuation.yield(": heartbeat\n\n") }
        }
    }

    /// Ends every stream (the server is stopping) and refuses new ones.
    public func close() {
        let open = shared.withLockedValue { shared in
            shared.isClosed = true
            defer { shared.listeners = [:] }
            return Array(shared.listeners.values)
        }
        // Outside the lock: finishing runs `onTermination`, which takes it.
        for listener in open { listener.continuation.finish() }
    }
}
