import Foundation
import Yams
import SapaModel

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

/// Decodes a typed value from a node Yams composed, with Yams' rules for what a scalar means
/// (a plain `~` is nothing, a plain `4.58` a number, a quoted `"4.58"` a text).
///
/// Why not Yams' own `YAMLDecoder`: it finds a key by comparing nodes, and comparing nodes
/// resolves both tags with regular expressions, for every field of every front matter; at
/// 10,000 service files that was more than half of a build. Here a mapping's keys are looked
/// up by their text, and a scalar's meaning is read from its text and style. The parsing
/// stays Yams' (and libyaml's); this is only the bridge to `Decodable`.
struct YAMLNodeDecoder: Decoder {
    let value: YAMLValue
    /// Where `node` is: the path of the container it is in, and its key there. Only a
    /// container makes a link, once, for its children; a scalar (most of a file's values)
    /// allocates nothing, and the array `codingPath` is made only when an error asks for it.
    let parent: CodingPathLink?
    let key: PathKey?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var codingPath: [any CodingKey] { (parent?.keys ?? []) + (key.map { [$0] } ?? []) }

    init(_ value: YAMLValue, parent: CodingPathLink? = nil, key: PathKey? = nil) {
        self.value = value
        self.parent = parent
        self.key = key
    }

    /// The link its children's paths hang from.
    var link: CodingPathLink? { key.map { CodingPathLink(parent: parent, key: $0) } ?? parent }

    /// Composes YAML text without resolving tags by pattern: `YAMLNodeDecoder` reads each
    /// scalar's meaning when a field asks for it.
    static func compose(_ yaml: String) throws -> Node? {
        // UTF-8 named: Yams' default reads the whole process environment on every call.
        try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try decodeValue(type)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = value else {
            throw mismatch(Node.Mapping.self)
        }
        return KeyedDecodingContainer(MappingContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = value else {
            throw mismatch(Node.Sequence.self)
        }
        return SequenceContainer(decoder: self, sequence: sequence)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// The texts of `base` and `base_kk`, `base_ru`, `base_en`, found in one pass over this
    /// mapping's keys (a localized field is asked for four keys, most of them absent). Nil
    /// where one of them is not a scalar: the general path then reports it as it would.
    func localizedTexts(_ base: String) -> (plain: String?, languages: [Language: String])? {
        guard case .mapping(let mapping) = value else { return nil }
        var plain: String?
        var languages: [Language: String] = [:]
        let baseCount = base.utf8.count
        for (name, value) in zip(mapping.keys, mapping.values) {
            let language: Language?
            if name == base {
                language = nil
            } else if name.utf8.count == baseCount + 3, name.utf8.starts(with: base.utf8),
                      name.utf8.dropFirst(baseCount).first == UInt8(ascii: "_"),
                      let suffixed = Language(rawValue: String(name.utf8.dropFirst(baseCount + 1))!) {
                language = suffixed
            } else {
                continue
            }
            guard case .scalar(let scalar) = value else { return nil }
            if ScalarMeaning.isNull(scalar) { continue }
            if let language { languages[language] = scalar.string } else { plain = scalar.string }
        }
        return (plain, languages)
    }

    /// Diagnostics word the mismatch from the node at the path; the description only names
    /// the kinds, since models try one shape and then another (a table, or a list of them).
    func mismatch(_ expected: Any.Type) -> DecodingError {
        let found = switch value {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .alias: "an alias"
        }
        return .typeMismatch(expected, .init(codingPath: codingPath, debugDescription: "expected \(expected), found \(found)"))
    }

    /// The scalar, or the mismatch Yams reports for a list or a mapping where one value belongs.
    func scalar() throws -> YAMLScalar {
        guard case .scalar(let scalar) = value else { throw mismatch(Node.Scalar.self) }
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

    private func scalarValue<V>(_ type: V.Type, _ read: (YAMLScalar) -> V?) throws -> V {
        let scalar = try scalar()
        guard let value = read(scalar) else { throw mismatch(type) }
        return value
    }
}

extension YAMLNodeDecoder: LocalizedTextSource, WrittenNumberSource {
    var writtenNumber: (value: Double?, text: String)? {
        guard case .scalar(let scalar) = value else { return nil }
        return (ScalarMeaning.double(scalar), scalar.string)
    }
}

extension YAMLNodeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        guard case .scalar(let scalar) = value else { return false }
        return ScalarMeaning.isNull(scalar)
    }
}

/// What a scalar stands for, by YAML 1.1's core rules as Yams applies them: only plain
/// (unquoted) scalars are numbers, truth values or nothing, unless a tag says otherwise.
/// One rule is left out on purpose: `1:30` is not 90 (base 60) but a text, which a number
/// field then reports as not a number.
enum ScalarMeaning {
    static func isPlain(_ scalar: YAMLScalar) -> Bool {
        (scalar.style == .plain || scalar.style == .any) && scalar.tag == Tag.Name.implicit.rawValue
    }

    static func isNull(_ scalar: YAMLScalar) -> Bool {
        guard scalar.style == .plain else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    static func bool(_ scalar: YAMLScalar) -> Bool? {
        guard isPlain(scalar) || scalar.tag == Tag.Name.bool.rawValue else { return nil }
        switch scalar.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    static func double(_ scalar: YAMLScalar) -> Double? {
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
        return Double(text.utf8.contains(UInt8(ascii: "_")) ? text.replacingOccurrences(of: "_", with: "") : text)
    }

    static func int(_ scalar: YAMLScalar) -> Int? {
        guard scalar.style == .plain || scalar.style == .any else { return nil }
        let signed = scalar.string.utf8.contains(UInt8(ascii: "_")) ? scalar.string.replacingOccurrences(of: "_", with: "") : scalar.string
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
    let mapping: YAMLMapping
    let link: CodingPathLink?

    init(decoder: YAMLNodeDecoder, mapping: YAMLMapping) {
        self.decoder = decoder
        self.mapping = mapping
        self.link = decoder.link
    }

    private func node(_ key: Key) -> YAMLValue? { mapping.value(key.stringValue) }

    private func child(_ node: YAMLValue, _ key: Key) -> YAMLNodeDecoder {
        YAMLNodeDecoder(node, parent: link, key: .name(key.stringValue))
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { mapping.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { node(key) != nil }

    private func value(_ key: Key) throws -> YAMLNodeDecoder {
        guard let node = node(key) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath, debugDescription: "no value for the key \(key.stringValue)"))
        }
        return child(node, key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(key).decodeNil() }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try value(key).decodeValue(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let node = node(key) else { return nil }
        let value = child(node, key)
        if value.decodeNil() { return nil }
        return try value.decodeValue(type)
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
    let sequence: [YAMLValue]
    let link: CodingPathLink?
    var currentIndex = 0

    init(decoder: YAMLNodeDecoder, sequence: [YAMLValue]) {
        self.decoder = decoder
        self.sequence = sequence
        self.link = decoder.link
    }

    var codingPath: [any CodingKey] { decoder.codingPath }
    var count: Int? { sequence.count }
    var isAtEnd: Bool { currentIndex >= sequence.count }

    private func current(_ type: Any.Type) throws -> YAMLNodeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [AnyKey(intValue: currentIndex)!], debugDescription: "the list has no more items"))
        }
        return YAMLNodeDecoder(sequence[currentIndex], parent: link, key: .index(currentIndex))
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

/// A key in a coding path: small enough to be kept without an allocation.
enum PathKey: CodingKey {
    case name(String)
    case index(Int)

    var stringValue: String {
        switch self {
        case .name(let name): name
        case .index(let index): String(index)
        }
    }
    var intValue: Int? {
        if case .index(let index) = self { return index }
        return nil
    }
    init?(stringValue: String) { self = .name(stringValue) }
    init?(intValue: Int) { self = .index(intValue) }
}

/// One step of a coding path: the key, and the path of the container it is in.
final class CodingPathLink {
    let parent: CodingPathLink?
    let key: PathKey

    init(parent: CodingPathLink?, key: PathKey) {
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
