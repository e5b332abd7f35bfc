import Foundation

/// How numbers look on a page, per language; the one place that decides it.
/// Kazakh and Russian: decimal comma and a no-break space between thousands ("4,58",
/// "75,1%", "9 181"); English: decimal point and comma ("4.58", "75.1%", "9,181").
public struct DisplayFormat: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    var decimalSeparator: String { language == .en ? "." : "," }
    var groupSeparator: String { language == .en ? "," : "\u{00A0}" }

    /// An average score: two decimals, as the report prints them.
    public func score(_ value: Double) -> String { decimal(value, digits: 2) }

    /// A satisfaction level: one decimal and `%`.
    public func percent(_ value: Double) -> String { decimal(value, digits: 1) + "%" }

    /// A difference between years, signed.
    public func delta(_ value: Double, digits: Int) -> String {
        let text = decimal(abs(value), digits: digits)
        if rounded(value, digits: digits) == 0 { return text }
        return (value < 0 ? "−" : "+") + text
    }

    public func integer(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        let joined = groups.joined(separator: groupSeparator)
        return (value < 0 ? "−" : "") + joined
    }

    /// A year is never grouped.
    public func year(_ value: Int) -> String { String(value) }

    public func decimal(_ value: Double, digits: Int) -> String {
        let scaled = rounded(value, digits: digits)
        if let text = Self.fixed(scaled, digits: digits, separator: decimalSeparator) { return text }
        var text = String(format: "%.\(digits)f", scaled)
        if text.hasPrefix("-") { text = "−" + text.dropFirst() }
        return text.replacingOccurrences(of: ".", with: decimalSeparator)
    }

    /// `String(format: "%.<digits>f", scaled)` with `−` and `separator`, for a `scaled` that
    /// is already rounded to `digits` (so it is within a hair of an integer count of
    /// 10^-digits, which is what printf prints), without Foundation's formatting. Nil for
    /// what it does not cover (not finite, more than 6 digits, 10^9 units or more).
    static func fixed(_ scaled: Double, digits: Int, separator: String) -> String? {
        guard scaled.isFinite, (0...6).contains(digits) else { return nil }
        var factor = 1
        for _ in 0..<digits { factor *= 10 }
        // Below 10^9 units the double is far closer to its count than half a unit.
        guard abs(scaled) * Double(factor) < 1e9 else { return nil }
        let units = Int((abs(scaled) * Double(factor)).rounded())
        return NumberText.digits(units: units, scale: digits, negative: scaled.sign == .minus, minus: "−", separator: separator, trimmingZeros: false)
    }

    /// Half away from zero, on the decimal digits as written (4.565 → 4.57), not on binary noise.
    func rounded(_ value: Double, digits: Int) -> Double {
        let factor = pow(10, Double(digits))
        return ((value * factor) + (value >= 0 ? 1e-9 : -1e-9)).rounded(.toNearestOrAwayFromZero) / factor
    }
}

/// Words that agree with a number: Russian has three forms, Kazakh and English fewer.
public enum PluralCategory: String, Sendable, CaseIterable { case one, few, many, other }

extension DisplayFormat {
    public func pluralCategory(_ count: Int) -> PluralCategory {
        switch language {
        case .ru:
            let (mod10, mod100) = (count % 10, count % 100)
            if mod10 == 1 && mod100 != 11 { return .one }
            if (2...4).contains(mod10) && !(12...14).contains(mod100) { return .few }
            return .many
        case .en:
            return count == 1 ? .one : .other
        case .kk:
            return .other
        }
    }
}
