import Synchronization

/// A value made the first time a page asks for it, shared by the page jobs on every core: what
/// only some pages need is not made for a rebuild that remakes none of them.
final class OnFirstUse<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let made = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
