import Foundation
import SapaModel
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
                let suffixed = Language(rawValue: String(name.utf8.dropFirst(baseCount + 1))!)
            {
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
        let found =
            switch value {
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
