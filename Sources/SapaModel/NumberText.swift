import Foundation

/// Numbers as publishers type them: `4,58` or `4.58`, `75,1%`, `9 181`.
public enum NumberText {
    public static func parse(_ raw: String) -> Double? {
        var text = raw
        // Most figures are written plainly ("4.58", "1112"): nothing to trim or replace, and
        // Foundation's trimming and replacing go through NSString, for every cell of a table.
        if !raw.utf8.allSatisfy(isPlainNumberByte) {
            text = text.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("%") {
                text.removeLast()
                text = text.trimmingCharacters(in: .whitespaces)
            }
            text = text.replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(of: "\u{202F}", with: "")
            // A space groups thousands ("9 181"); only between digits.
            if text.contains(" ") {
                let groups = text.split(separator: " ")
                guard groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isNumber) }) else { return nil }
                text = groups.joined()
            }
            if text.contains(",") {
                guard !text.contains("."), text.filter({ $0 == "," }).count == 1 else { return nil }
                text = text.replacingOccurrences(of: ",", with: ".")
            }
        }
        // Digits with at most one point, neither first nor last, and at most one sign, first:
        // checked in one walk, since every figure cell of every sheet comes through here.
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "."), last != UInt8(ascii: ".") else { return nil }
        var points = 0
        var offset = 0
        // The digits as a whole number, and how many follow the point: see below.
        var digits = 0
        var mantissa: UInt64 = 0
        var decimals = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                if digits <= 15 { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) }
                if points > 0 { decimals += 1 }
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-"), UInt8(ascii: "+"): if offset > 0 { return nil }
            default: return nil
            }
            offset += 1
        }
        guard points <= 1, offset > 1 || (first != UInt8(ascii: "-") && first != UInt8(ascii: "+")) else { return nil }
        // At most 15 digits are a whole number a `Double` holds exactly, as is 10 to a power up
        // to 22: their quotient, one rounding, is the correctly rounded value, which `Double`'s
        // own parsing gives too (Clinger's fast path). Every figure of a sheet comes here.
        if digits <= 15, decimals <= 22 {
            let value = Double(mantissa) / powersOfTen[decimals]
            return first == UInt8(ascii: "-") ? -value : value
        }
        return Double(text)
    }

    /// 10⁰ … 10²², each exact in a `Double`.
    private static let powersOfTen: [Double] = (0...22).map { exponent in (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

    /// A digit, `.`, `-` or `+`: the only characters a number keeps once normalized.
    private static func isPlainNumberByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
    }

    /// A number for messages: no trailing zeros.
    public static func plain(_ value: Double) -> String {
        // Only where `Int` holds it: a figure typed with 60 digits is shown, not a crash.
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A figure in a download or a search index (JSON, CSV): as many decimals as it has, at
    /// most six, and `-`; a whole number without a point.
    public static func data(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        if let text = dataFixed(value) { return text }
        var text = String(format: "%.6f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `String(format: "%.6f", value)` without its trailing zeros (and point), computed
    /// directly where the rounding cannot be in doubt: below 10^9 millionths, and not within
    /// a millionth of a millionth of a tie (those go through `String(format:)`).
    static func dataFixed(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        let scaled = abs(value) * 1_000_000
        guard scaled < 1e9 else { return nil }
        let fraction = scaled - scaled.rounded(.down)
        guard abs(fraction - 0.5) > 1e-6 else { return nil }
        return digits(units: Int(scaled.rounded()), scale: 6, negative: value.sign == .minus, minus: "-", separator: ".", trimmingZeros: true)
    }

    /// A coordinate of a chart: tenths, `-`, no trailing zero.
    public static func coordinate(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        guard abs(tenths) < 1e15 else {
            let rounded = tenths / 10
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
        let count = Int(tenths)
        return digits(units: abs(count), scale: 1, negative: count < 0, minus: "-", separator: ".", trimmingZeros: true)
    }

    /// `units` / 10^`scale` written out, on integers: every number Sapa prints goes through
    /// here once its rounding is decided (`DisplayFormat` per language, `data`, `coordinate`).
    public static func digits(units: Int, scale: Int, negative: Bool, minus: String, separator: String, trimmingZeros: Bool) -> String {
        var factor = 1
        for _ in 0..<scale { factor *= 10 }
        var text = negative ? minus : ""
        text += String(units / factor)
        var fraction = units % factor
        var width = scale
        if trimmingZeros {
            while width > 0, fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
        }
        guard width > 0 else { return text }
        let written = String(fraction)
        text += separator
        for _ in written.utf8.count..<width { text += "0" }
        text += written
        return text
    }
}
