import Foundation
import SapaModel
import Yams

/// A node Yams composed, in the shape decoding reads: a mapping's keys and values apart, no
/// tag objects or anchors. Yams' `Node` copies a string, a tag object and a weak anchor
/// reference each time it is passed on, and decoding passes values on several times; this
/// copies as one reference. Made once per document, after the alias budget check.
indirect enum YAMLValue {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence([YAMLValue])
    case alias

    /// The value of `node`, or nil once it holds more than `budget` values (counting keys),
    /// which aliases can make it do many times over what the text holds: see
    /// `YAMLDocument.decode`. Stops counting, and copying, there.
    init?(_ node: Node, budget: Int) {
        var remaining = budget
        guard let value = YAMLValue.converting(node, remaining: &remaining) else { return nil }
        self = value
    }

    private static func converting(_ node: Node, remaining: inout Int) -> YAMLValue? {
        remaining -= 1
        if remaining < 0 { return nil }
        switch node {
        case .scalar(let scalar):
            return .scalar(YAMLScalar(string: scalar.string, style: scalar.style, tag: scalar.tag.rawValue))
        case .mapping(let mapping):
            var keys: [String] = []
            var values: [YAMLValue] = []
            keys.reserveCapacity(mapping.count)
            values.reserveCapacity(mapping.count)
            for (key, value) in mapping {
                remaining -= 1
                // Yams refuses duplicate keys before this; a non-scalar key names no field.
                guard case .scalar(let scalar) = key else {
                    if remaining < 0 { return nil }
                    continue
                }
                guard let converted = converting(value, remaining: &remaining) else { return nil }
                keys.append(scalar.string)
                values.append(converted)
            }
            return .mapping(YAMLMapping(keys: keys, values: values))
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            items.reserveCapacity(sequence.count)
            for item in sequence {
                guard let converted = converting(item, remaining: &remaining) else { return nil }
                items.append(converted)
            }
            return .sequence(items)
        case .alias:
            return .alias
        }
    }
}

struct YAMLScalar {
    var string: String
    var style: Node.Scalar.Style
    /// The tag's name; `Tag.Name.implicit` when none was written.
    var tag: String
}

struct YAMLMapping {
    var keys: [String]
    var values: [YAMLValue]

    func value(_ name: String) -> YAMLValue? {
        for index in keys.indices where keys[index] == name { return values[index] }
        return nil
    }
}
