import Dispatch
import Foundation
import SapaModel
import Synchronization

/// Independent work on all cores, results in input order.
package enum Parallel {
    package static func map<Input: Sendable, Output>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        if inputs.count < 2 { return inputs.map(transform) }
        var results = [Output?](repeating: nil, count: inputs.count)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            // Each index is written by exactly one iteration: no lock needed.
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                slots[index] = transform(inputs[index])
            }
        }
        return results.map { $0! }
    }
}
