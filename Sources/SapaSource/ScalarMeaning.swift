import Foundation
import SapaModel
import Yams

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
