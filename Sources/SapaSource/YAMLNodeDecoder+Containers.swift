import Foundation
import SapaModel
import Yams

/// A mapping's fields, found by comparing key texts. Front matter mappings have a few to a
/// few dozen keys, mostly short enough for Swift to compare as two words, so a scan beats
/// hashing every key of every mapping into a dictionary.
struct MappingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
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

struct SequenceContainer: UnkeyedDecodingContainer {
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
