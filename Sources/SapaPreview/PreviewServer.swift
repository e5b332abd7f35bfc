// SapaPreview: the preview server of `sapa serve` (see README.md beside this file for what
// each file owns). Nothing here is part of the published site.
import Foundation
import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import SapaBuild
import SapaModel
import SapaSite
import SapaSource
import ServiceLifecycle

/// Where and how to serve.
public struct PreviewConfiguration: Sendable {
    /// The site folder, holding `Content/` and `Templates/`.
    public var site: URL
    public var host: String
    /// 0 lets the system choose a free port (tests); `onListening` tells which.
    public var port: Int
    /// How often the sources are looked at.
    public var pollInterval: Duration
    /// After a change found by polling, how long the sources must stay unchanged before a
    /// rebuild starts: an editor's save, or a spreadsheet program's, can take several writes.
    public var settleInterval: Duration
    /// At most this long waiting for the sources to settle, so that a file touched in a loop
    /// still gets rebuilt.
    public var maximumSettleWait: Duration
    /// How often idle event streams get a comment line.
    public var heartbeatInterval: Duration
    /// Whether to be told of changes by the system (inotify, on Linux) as they happen, besides
    /// polling: a change is then looked at at once, not at the next poll.
    public var watchesFileEvents: Bool
    /// After a change the system told of, how long no further change must come before the
    /// rebuild starts: the events of an editor's save (write, close, rename) come well within
    /// it, and files still open for writing are waited for too, up to `maximumSettleWait`. A
    /// save slower than that makes a second build, which shows the file as saved.
    public var eventQuietInterval: Duration
    /// Show the latest edition even if it is a draft (`sapa serve --drafts`).
    public var includeDrafts: Bool = false
    /// The language of the preview's terminal lines and of the errors on the open pages
    /// (`sapa serve`'s language option).
    public var language: Language = .en

    public init(
        site: URL, host: String = "127.0.0.1", port: Int = 8000,
        pollInterval: Duration = .milliseconds(150), settleInterval: Duration = .milliseconds(100),
        maximumSettleWait: Duration = .seconds(1), heartbeatInterval: Duration = .seconds(15),
        watchesFileEvents: Bool = true, eventQuietInterval: Duration = .milliseconds(1)
    ) {
        self.site = site.standardizedFileURL
        self.host = host
        self.port = port
        self.pollInterval = pollInterval
        self.settleInterval = settleInterval
        self.maximumSettleWait = maximumSettleWait
        self.heartbeatInterval = heartbeatInterval
        self.watchesFileEvents = watchesFileEvents
        self.eventQuietInterval = eventQuietInterval
    }

    /// Whether only this machine can reach the preview.
    public var isLoopbackOnly: Bool {
        let host = host.lowercased()
        return host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}

/// Where the preview reports: what it built, how long it took, and the errors, which go to
/// the terminal in the compiler's form (`path:line:column: error: message`).
public struct PreviewLog: Sendable {
    public var info: @Sendable (String) -> Void
    public var problem: @Sendable (String) -> Void

    public init(info: @escaping @Sendable (String) -> Void, problem: @escaping @Sendable (String) -> Void) {
        self.info = info
        self.problem = problem
    }

    public static let terminal = PreviewLog(
        info: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) },
        problem: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) })
    public static let silent = PreviewLog(info: { _ in }, problem: { _ in })
}

/// Why the preview could not start.
public enum PreviewError: Error, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)

    /// What went wrong, to print in the user's language.
    public var message: ToolMessage {
        switch self {
        case .portInUse(let host, let port): ToolMessage(PreviewMessage.portInUse, ["port": port, "host": host])
        case .cannotListen(let host, let port, let reason): ToolMessage(PreviewMessage.cannotListen, ["host": host, "port": port, "reason": reason])
        }
    }

    /// The message in English.
    public var description: String { message.description }
}

/// `sapa serve`: builds the site, serves it, rebuilds it when its sources change, and tells the
/// open pages to reload or to show the errors.
public struct PreviewServer: Sendable {
    public let configuration: PreviewConfiguration
    public let log: PreviewLog

    public init(configuration: PreviewConfiguration, log: PreviewLog = .terminal) {
        self.configuration = configuration
        self.log = log
    }

    /// Runs until cancelled or, with `stopOnSignals`, until SIGINT or SIGTERM (Ctrl-C), after
    /// which it closes the event streams and lets requests in flight finish.
    /// - Parameter onListening: called with the port once the server accepts connections.
    public func run(stopOnSignals: Bool = false, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let watcher = SiteWatcher(configuration: configuration, log: log)
        let (state, first) = await watcher.buildFirst()
        var serverLogger = Logger(label: "sapa.preview")
        serverLogger.logLevel = .critical
        let listening = ListeningFlag()
        let app = Application(
            responder: PreviewResponder(state: state),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                listening.set()
                await onListening(channel.localAddress?.port ?? configuration.port)
            },
            logger: serverLogger)
        // Stopped in reverse order: the watcher first, which ends the event streams, so that
        // the server's graceful shutdown does not wait on them.
        let group = ServiceGroup(
            configuration: ServiceGroupConfiguration(
                services: [app, watcher.service(state: state, after: first)],
                gracefulShutdownSignals: stopOnSignals ? [.sigint, .sigterm] : [],
                logger: serverLogger))
        do {
            try await group.run()
        } catch let error as IOError where !listening.isSet {
            if error.errnoCode == EADDRINUSE { throw PreviewError.portInUse(host: configuration.host, port: configuration.port) }
            throw PreviewError.cannotListen(host: configuration.host, port: configuration.port, reason: String(describing: error))
        } catch  where !listening.isSet && !(error is CancellationError) {
            throw PreviewError.cannotListen(host: configuration.host, port: configuration.port, reason: String(describing: error))
        }
    }
}

/// Set once the server listens: an error before that is an error of starting it.
final class ListeningFlag: Sendable {
    private let value = NIOLockedValueBox(false)
    func set() { value.withLockedValue { $0 = true } }
    var isSet: Bool { value.withLockedValue { $0 } }
}
