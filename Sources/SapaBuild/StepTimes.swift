/// How long each step of a build took, on the monotonic clock: `sapa build --verbose` logs
/// them and the preview prints them.
public struct StepTimes: Sendable {
    private let clock = ContinuousClock()
    private var mark: ContinuousClock.Instant
    public private(set) var steps: [(name: String, seconds: Double)]

    public init(steps: [(name: String, seconds: Double)] = []) {
        self.steps = steps
        mark = clock.now
    }

    public var total: Double { steps.reduce(0) { $0 + $1.seconds } }

    /// Runs `work` as the step `name`.
    public mutating func time<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
        let start = clock.now
        let result = try work()
        steps.append((name, start.duration(to: clock.now).seconds))
        mark = clock.now
        return result
    }

    /// Ends the step `name`, begun where the last one ended (or at the start).
    public mutating func lap(_ name: String) {
        let now = clock.now
        steps.append((name, mark.duration(to: now).seconds))
        mark = now
    }
}

extension Duration {
    /// The duration in seconds, as the build reports and preview logs give it.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
