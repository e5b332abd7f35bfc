import CYaml
import Foundation
import Yams

/// A fast path for decoding the common YAML documents (front matter, `site.yml`): libyaml's
/// events straight into a light tree, and a `Decoder` that looks keys up by string.
///
/// Yams' own `YAMLDecoder` resolves the tag of every key it compares through regular
/// expressions (`Resolver.default`), which made decoding a service's front matter cost
/// ~10 ms. This decoder gives the same values as Yams for the documents it accepts, and
/// declines (returns nil, so that the caller takes Yams' path) every document where the
/// two could differ or where the caller needs Yams' errors:
///
/// - a syntax error, more than one document, or an empty document;
/// - anchors, aliases, explicit tags (`!!str`, `!foo`), merge keys (`<<`);
/// - a mapping with a non-scalar key, or two keys with the same text;
/// - any error while decoding (the caller decodes again with Yams to report it exactly).
///
/// Scalars are constructed with Yams' own `ScalarConstructible` rules (the same styles,
/// `.inf`, `_` separators, sexagesimal numbers, `null`/`~`/empty for nil).
enum FastYAML {
    /// A node of the light tree.
    indirect enum Value {
        case scalar(String, plain: Bool)
        case mapping([(key: String, plainKey: Bool, value: Value)])
        case sequence([Value])
    }

    struct Declined: Error {}

    static func decode<T: Decodable>(_ type: T.Type, from yaml: String, userInfo: [CodingUserInfoKey: Any]) -> T? {
        guard let root = parse(yaml) else { return nil }
        return try? FastYAMLDecoder(root, codingPath: [], userInfo: userInfo).decode(T.self)
    }

    /// The document's tree, or nil when the fast path declines it.
    static func parse(_ yaml: String) -> Value? {
        var text = yaml
        return text.withUTF8 { buffer -> Value? in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var builder = TreeBuilder()
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                let done = event.type == YAML_STREAM_END_EVENT
                let accepted = builder.take(&event)
                yaml_event_delete(&event)
                if !accepted { return nil }
                if done { break }
            }
            return builder.root
        }
    }

    /// Turns the event stream into `Value`s, declining what the fast path does not handle.
    struct TreeBuilder {
        /// An open mapping or sequence, filled in place (a class: appending to it never copies).
        final class Open {
            let isMapping: Bool
            var pairs: [(key: String, plainKey: Bool, value: Value)] = []
            var items: [Value] = []
            var pendingKey: (String, Bool)?
            init(isMapping: Bool) { self.isMapping = isMapping }

            var value: Value { isMapping ? .mapping(pairs) : .sequence(items) }
            var awaitsKey: Bool { isMapping && pendingKey == nil }
        }
        var stack: [Open] = []
        var root: Value?
        var documents = 0

        mutating func take(_ event: inout yaml_event_t) -> Bool {
            switch event.type {
            case YAML_STREAM_START_EVENT, YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT, YAML_NO_EVENT:
                return true
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                return documents == 1
            case YAML_ALIAS_EVENT:
                return false
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if scalar.anchor != nil { return false }
                // A tag written in the document (`!!str`, `!x`); quoted scalars have none.
                if scalar.tag != nil { return false }
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE || scalar.style == YAML_ANY_SCALAR_STYLE
                if !plain && scalar.quoted_implicit != 1 { return false }
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                if let top = stack.last, top.awaitsKey {
                    // `<<` merges in Yams; two keys of the same text may or may not be duplicates there.
                    if plain && text == "<<" { return false }
                    if top.pairs.contains(where: { $0.key == text }) { return false }
                    top.pendingKey = (text, plain)
                    return true
                }
                return add(.scalar(text, plain: plain))
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                let tag = isMapping ? event.data.mapping_start.tag : event.data.sequence_start.tag
                if anchor != nil || tag != nil { return false }
                if let top = stack.last, top.awaitsKey { return false }  // a mapping or sequence as a key
                stack.append(Open(isMapping: isMapping))
                return true
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let top = stack.popLast(), top.isMapping == (event.type == YAML_MAPPING_END_EVENT), top.pendingKey == nil else { return false }
                return add(top.value)
            default:
                return false
            }
        }

        /// A finished value: into the open container, or as the document's root.
        mutating func add(_ value: Value) -> Bool {
            guard let top = stack.last else {
                guard root == nil else { return false }
                root = value
                return true
            }
            if top.isMapping {
                guard let (key, plainKey) = top.pendingKey else { return false }
                top.pairs.append((key: key, plainKey: plainKey, value: value))
                top.pendingKey = nil
            } else {
                top.items.append(value)
            }
            return true
        }
    }

    /// What Yams' default resolver makes of an untagged plain text, needed only to compare a
    /// quoted key with a looked-up name: a name that starts with an ASCII letter and is not
    /// one of the boolean or null words is a string; anything else asks Yams.
    static func resolvesToString(_ name: String) -> Bool {
        if let first = name.utf8.first, (first >= 0x41 && first <= 0x5A) || (first >= 0x61 && first <= 0x7A) {
            switch name {
            case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                 "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL":
                return false
            default:
                return true
            }
        }
        return Resolver.default.resolveTag(of: Node(name)) == .str
    }
}

/// A `Decoder` over `FastYAML.Value` with the semantics of Yams' `YAMLDecoder`.
struct FastYAMLDecoder: Decoder, SingleValueDecodingContainer {
    let node: FastYAML.Value
    /// The keys down to this node, kept as a chain and made into an array only when asked
    /// (an error message), not for every value decoded.
    let path: PathLink?
    let userInfo: [CodingUserInfoKey: Any]

    final class PathLink {
        let key: any CodingKey
        let parent: PathLink?
        init(_ key: any CodingKey, parent: PathLink?) {
            self.key = key
            self.parent = parent
        }
    }

    init(_ node: FastYAML.Value, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: Any]) {
        self.node = node
        path = codingPath.reduce(nil) { PathLink($1, parent: $0) }
        self.userInfo = userInfo
    }

    init(_ node: FastYAML.Value, path: PathLink?, userInfo: [CodingUserInfoKey: Any]) {
        self.node = node
        self.path = path
        self.userInfo = userInfo
    }

    var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        var link = path
        while let current = link {
            keys.append(current.key)
            link = current.parent
        }
        return keys.reversed()
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let pairs) = node else { throw FastYAML.Declined() }
        return KeyedDecodingContainer(Keyed<Key>(decoder: self, pairs: pairs))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .sequence(let items) = node else { throw FastYAML.Declined() }
        return Unkeyed(decoder: self, items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func child(_ node: FastYAML.Value, _ key: any CodingKey) -> FastYAMLDecoder {
        FastYAMLDecoder(node, path: PathLink(key, parent: path), userInfo: userInfo)
    }

    // MARK: Single value (Yams: `node.null == NSNull()`, `ScalarConstructible.construct`)

    func decodeNil() -> Bool {
        guard case .scalar(let text, plain: true) = node else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self {
            guard case .scalar(let text, _) = node else { throw FastYAML.Declined() }
            return text as! T
        }
        if type == Double.self {
            guard case .scalar(let text, let plain) = node, plain else { throw FastYAML.Declined() }
            if let value = FastYAMLDecoder.plainDouble(text) { return value as! T }
            guard let value = Double.construct(from: scalar(text, plain: plain)) else { throw FastYAML.Declined() }
            return value as! T
        }
        if let constructible = type as? any ScalarConstructible.Type {
            guard case .scalar(let text, let plain) = node,
                  let value = constructible.construct(from: scalar(text, plain: plain)) as? T else { throw FastYAML.Declined() }
            return value
        }
        return try T(from: self)
    }

    /// Yams' scalar for the rare constructions done by Yams itself.
    func scalar(_ text: String, plain: Bool) -> Node.Scalar {
        plain ? Node.Scalar(text, Tag(.implicit), .plain) : Node.Scalar(text, Tag(.str), .doubleQuoted)
    }

    /// `Double.construct` for the usual plain numbers (digits, one point, a sign, an
    /// exponent): `Double(text)`. Others (`.inf`, `1_000`, `1:30`) go to Yams.
    static func plainDouble(_ text: String) -> Double? {
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x2E, 0x2B, 0x2D, 0x65, 0x45: continue
            default: return nil
            }
        }
        guard let first = text.utf8.first, first != 0x2E else { return nil }
        if text.utf8.count >= 2, first == 0x2B || first == 0x2D, text.utf8.dropFirst().first == 0x2E { return nil }
        return Double(text)
    }

    // MARK: Containers

    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let decoder: FastYAMLDecoder
        let pairs: [(key: String, plainKey: Bool, value: FastYAML.Value)]

        var codingPath: [any CodingKey] { decoder.codingPath }
        var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

        /// Yams: the last pair whose key equals the name as an untagged scalar (same text and
        /// same resolved tag: a quoted key is a string, a plain one resolves like the name).
        func value(_ key: Key) -> FastYAML.Value? {
            let name = key.stringValue
            for pair in pairs.reversed() where pair.key == name {
                return pair.plainKey || FastYAML.resolvesToString(name) ? pair.value : nil
            }
            return nil
        }

        func child(_ key: Key) throws -> FastYAMLDecoder {
            guard let value = value(key) else { throw FastYAML.Declined() }
            return decoder.child(value, key)
        }

        func contains(_ key: Key) -> Bool { value(key) != nil }

        /// The default's `contains`, `decodeNil` and `decode` with one lookup.
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            guard let value = value(key) else { return nil }
            let child = decoder.child(value, key)
            if child.decodeNil() { return nil }
            return try child.decode(type)
        }
        func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
            try child(key).container(keyedBy: type)
        }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try child(key).unkeyedContainer() }
        func superDecoder() throws -> any Decoder { throw FastYAML.Declined() }
        func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let decoder: FastYAMLDecoder
        let items: [FastYAML.Value]
        var currentIndex = 0

        init(decoder: FastYAMLDecoder, items: [FastYAML.Value]) {
            self.decoder = decoder
            self.items = items
        }

        var codingPath: [any CodingKey] { decoder.codingPath }
        var count: Int? { items.count }
        var isAtEnd: Bool { currentIndex >= items.count }

        mutating func next() throws -> FastYAMLDecoder {
            guard !isAtEnd else { throw FastYAML.Declined() }
            let child = decoder.child(items[currentIndex], IndexKey(intValue: currentIndex))
            return child
        }

        /// Like Yams, moves on whether or not the value was nil.
        mutating func decodeNil() throws -> Bool {
            let isNil = try next().decodeNil()
            currentIndex += 1
            return isNil
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            let value = try next().decode(type)
            currentIndex += 1
            return value
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
            let container = try next().container(keyedBy: type)
            currentIndex += 1
            return container
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let container = try next().unkeyedContainer()
            currentIndex += 1
            return container
        }

        mutating func superDecoder() throws -> any Decoder {
            let child = try next()
            currentIndex += 1
            return child
        }
    }

    struct IndexKey: CodingKey {
        var stringValue: String
        var intValue: Int?
        init(intValue: Int) { self.intValue = intValue; stringValue = "Index \(intValue)" }
        init?(stringValue: String) { return nil }
    }
}
