import Foundation
import Yams

/// Decodes a typed value from a node Yams composed, with Yams' rules for what a scalar means
/// (a plain `~` is nothing, a plain `4.58` a number, a quoted `"4.58"` a text).
///
/// Why not Yams' own `YAMLDecoder`: it finds a key by comparing nodes, and comparing nodes
/// resolves both tags with regular expressions, for every field of every front matter; at
/// 10,000 service files that was more than half of a build. Here a mapping's keys are looked
/// up by their text, and a scalar's meaning is read from its text and style. The parsing
/// stays Yams' (and libyaml's); this is only the bridge to `Decodable`.
struct YAMLNodeDecoder: Decoder {
    let node: Node
    /// Where `node` is, kept as a link to its parent's: the array `codingPath` is made only
    /// when asked for (by an error), not for each of a file's hundreds of values.
    let path: CodingPathLink?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var codingPath: [any CodingKey] { path?.keys ?? [] }

    init(_ node: Node, path: CodingPathLink? = nil) {
        self.node = node
        self.path = path
    }

    /// Composes YAML text without resolving tags by pattern: `YAMLNodeDecoder` reads each
    /// scalar's meaning when a field asks for it.
    static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decodeValue(type)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw mismatch(Node.Mapping.self)
        }
        return KeyedDecodingContainer(MappingContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw mismatch(Node.Sequence.self)
        }
        return SequenceContainer(decoder: self, sequence: sequence)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func child(_ node: Node, _ key: any CodingKey) -> YAMLNodeDecoder {
        YAMLNodeDecoder(node, path: CodingPathLink(parent: path, key: key))
    }

    /// Diagnostics word the mismatch from the node at the path; the description only names
    /// the kinds, since models try one shape and then another (a table, or a list of them).
    func mismatch(_ expected: Any.Type) -> DecodingError {
        let found = switch node {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .alias: "an alias"
        }
        return .typeMismatch(expected, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(found)"))
    }

    /// The scalar, or the mismatch Yams reports for a list or a mapping where one value belongs.
    func scalar() throws -> Node.Scalar {
        guard case .scalar(let scalar) = node else { throw mismatch(Node.Scalar.self) }
        return scalar
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        // The scalar types Sapa's model reads; anything else is one of its own `Decodable`s.
        if type == String.self { return try scalar().string as! T }
        if type == Double.self { return try scalarValue(Double.self, ScalarMeaning.double) as! T }
        if type == Int.self { return try scalarValue(Int.self, ScalarMeaning.int) as! T }
        if type == Bool.self { return try scalarValue(Bool.self, ScalarMeaning.bool) as! T }
        return try T(from: self)
    }

    private func scalarValue<V>(_ type: V.Type, _ read: (Node.Scalar) -> V?) throws -> V {
        let scalar = try scalar()
        guard let value = read(scalar) else { throw mismatch(type) }
        return value
    }
}

extension YAMLNodeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return ScalarMeaning.isNull(scalar)
    }
}

/// What a scalar stands for, by YAML 1.1's core rules as Yams applies them: only plain
/// (unquoted) scalars are numbers, truth values or nothing, unless a tag says otherwise.
/// One rule is left out on purpose: `1:30` is not 90 (base 60) but a text, which a number
/// field then reports as not a number.
enum ScalarMeaning {
    static func isPlain(_ scalar: Node.Scalar) -> Bool {
        (scalar.style == .plain || scalar.style == .any) && scalar.tag.rawValue == Tag.Name.implicit.rawValue
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func bool(_ scalar: Node.Scalar) -> Bool? {
        guard isPlain(scalar) || scalar.tag.rawValue == Tag.Name.bool.rawValue else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    static func double(_ scalar: Node.Scalar) -> Double? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        let text = scalar.string
        // `.inf`, `-.Inf`, `.NaN`: only a text with a dot at its start or after its sign is
        // lowered to compare (most numbers are not, and need no copy).
        let utf8 = text.utf8
        let first = utf8.first
        let signed = first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
        if first == UInt8(ascii: ".") || (signed && utf8.dropFirst().first == UInt8(ascii: ".")) {
            switch text.lowercased() {
            case ".inf", "+.inf": return .infinity
            case "-.inf": return -.infinity
            case ".nan": return .nan
            default: break
            }
        }
        return Double(text.contains("_") ? text.replacingOccurrences(of: "_", with: "") : text)
    }

    static func int(_ scalar: Node.Scalar) -> Int? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        let signed = scalar.string.contains("_") ? scalar.string.replacingOccurrences(of: "_", with: "") : scalar.string
        if signed == "0" { return 0 }
        let negative = signed.hasPrefix("-")
        let digits = signed.dropFirst(negative || signed.hasPrefix("+") ? 1 : 0)
        let sign = negative ? "-" : ""
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where digits.hasPrefix(prefix) {
            return Int(sign + digits.dropFirst(prefix.count), radix: radix)
        }
        return Int(signed)
    }
}

/// A mapping's fields, found by comparing key texts. Front matter mappings have a few to a
/// few dozen keys, mostly short enough for Swift to compare as two words, so a scan beats
/// hashing every key of every mapping into a dictionary.
private struct MappingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: YAMLNodeDecoder
    let fields: [(key: String, value: Node)]

    init(decoder: YAMLNodeDecoder, mapping: Node.Mapping) {
        self.decoder = decoder
        var fields: [(key: String, value: Node)] = []
        fields.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            // Yams refuses duplicate keys before this; a non-scalar key names no field.
            guard case .scalar(let scalar) = key else { continue }
            fields.append((scalar.string, value))
        }
        self.fields = fields
    }

    private func node(_ key: Key) -> Node? {
        let name = key.stringValue
        for field in fields where field.key == name { return field.value }
        return nil
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { fields.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { node(key) != nil }

    private func value(_ key: Key) throws -> YAMLNodeDecoder {
        guard let node = node(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for the key \(key.stringValue)"))
        }
        return decoder.child(node, key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try value(key).decodeValue(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = node(key) else { return nil }
        let child = decoder.child(node, key)
        if child.decodeNil() { return nil }
        return try child.decodeValue(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try value(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try value(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try value(key) }
}

private struct SequenceContainer: UnkeyedDecodingContainer {
    let decoder: YAMLNodeDecoder
    let sequence: Node.Sequence
    var currentIndex = 0

    init(decoder: YAMLNodeDecoder, sequence: Node.Sequence) {
        self.decoder = decoder
        self.sequence = sequence
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { sequence.count }
    var isAtEnd: Bool { currentIndex >= sequence.count }

    private func current(_ type: Any.Type) throws -> YAMLNodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [AnyKey(intValue: currentIndex)!], debugDescription: "the list has no more items"))
        }
        return decoder.child(sequence[currentIndex], AnyKey(intValue: currentIndex)!)
    }

    mutating func decodeNil() throws -> Bool {
        let isNull = try current(Any?.self).decodeNil()
        if isNull { currentIndex += 1 }
        return isNull
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let value = try current(type).decodeValue(type)
        currentIndex += 1
        return value
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let container = try current(Node.Mapping.self).container(keyedBy: type)
        currentIndex += 1
        return container
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let container = try current(Node.Sequence.self).unkeyedContainer()
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let decoder = try current(Any.self)
        currentIndex += 1
        return decoder
    }
}

/// One step of a coding path: the key, and the path of the container it is in.
final class CodingPathLink {
    let parent: CodingPathLink?
    let key: any CodingKey

    init(parent: CodingPathLink?, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link: CodingPathLink? = self
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }
}
