import Dispatch
import Foundation
import Synchronization

/// Work started on a thread of its own (not a Dispatch queue: the build's parallel loops are
/// started from the building thread and keep all of Dispatch's threads), and its result,
/// waited for.
package final class BackgroundWork<Value: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let value = Mutex<Value?>(nil)

    package init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            let result = work()
            value.withLock { $0 = result }
            done.signal()
        }
        thread.start()
    }

    /// Waits for the work; call once.
    package func result() -> Value {
        done.wait()
        return value.withLock { $0! }
    }
}
