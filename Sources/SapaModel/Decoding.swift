import Foundation

/// Any key, for YAML mappings whose keys carry a language suffix (`name_kk`, `name_ru`).
package struct AnyKey: CodingKey {
    package var stringValue: String
    package var intValue: Int?
    package init(_ string: String) { stringValue = string }
    package init?(stringValue: String) { self.stringValue = stringValue }
    package init?(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension KeyedDecodingContainer where Key == AnyKey {
    /// `base_kk`, `base_ru`, `base_en` (or a bare `base`, taken as Kazakh).
    package func localized(_ base: String, required: Bool = false) throws -> LocalizedText? {
        // From YAML, the four keys are found in one pass; else one key at a time.
        let found: (plain: String?, languages: [Language: String])
        if let source = try superDecoder() as? any LocalizedTextSource, let texts = source.localizedTexts(base) {
            found = texts
        } else {
            let plain = try decodeIfPresent(String.self, forKey: AnyKey(base))
            var languages: [Language: String] = [:]
            for language in Language.allCases {
                languages[language] = try decodeIfPresent(String.self, forKey: AnyKey("\(base)_\(language.rawValue)"))
            }
            found = (plain, languages)
        }
        var values: [Language: String] = [:]
        if let plain = found.plain { values[.kk] = plain }
        for (language, text) in found.languages { values[language] = text.trimmedOfWhitespaceAndNewlines }
        let text = LocalizedText(values)
        if text.isEmpty {
            if required {
                throw DecodingError.keyNotFound(AnyKey("\(base)_kk"), .init(codingPath: codingPath, debugDescription: "missing"))
            }
            return nil
        }
        return text
    }

    package func number(_ key: String, in range: ClosedRange<Double>? = nil, what: FigureName = .value) throws -> Double? {
        let anyKey = AnyKey(key)
        guard let written = try decodeIfPresent(WrittenNumber.self, forKey: anyKey) else { return nil }
        guard let value = written.value ?? NumberText.parse(written.text) else {
            throw ContentError(codingPath + [anyKey], ToolMessage(DecodingMessage.notANumber, ["key": key, "value": written.text]))
        }
        if let range, !range.contains(value) {
            throw ContentError(
                codingPath + [anyKey],
                ToolMessage(DecodingMessage.outOfRange, ["key": key, "value": value, "lowest": range.lowerBound, "highest": range.upperBound, "what": ToolMessage(what)]))
        }
        return value
    }
}

/// A decoder that finds a mapping's `base`, `base_kk`, `base_ru`, `base_en` in one pass
/// (the YAML reader does), instead of four lookups.
package protocol LocalizedTextSource {
    func localizedTexts(_ base: String) -> (plain: String?, languages: [Language: String])?
}

/// A decoder that holds a scalar as it was written, and its meaning as a number if it has one.
package protocol WrittenNumberSource {
    var writtenNumber: (value: Double?, text: String)? { get }
}

/// A number field as written: a YAML number (`4.58`), or a text to read as publishers type
/// numbers (`"4,58"`, `75,1%`). Read from the scalar in one step where the decoder is Sapa's.
struct WrittenNumber: Decodable {
    var value: Double?
    var text: String

    init(from decoder: any Decoder) throws {
        if let source = decoder as? any WrittenNumberSource, let written = source.writtenNumber {
            value = written.value
            text = written.text
            return
        }
        let container = try decoder.singleValueContainer()
        if let double = try? container.decode(Double.self) {
            value = double
            text = String(double)
        } else {
            value = nil
            text = try container.decode(String.self)
        }
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, without Foundation when neither end
    /// has anything to trim (nearly always).
    var trimmedOfWhitespaceAndNewlines: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !Self.isWhitespaceOrNewline(first) && !Self.isWhitespaceOrNewline(last) { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmingCharacters(in: .whitespaces)`, the same way: every cell of a results table
    /// is trimmed, and Foundation's call goes through NSString.
    package var trimmedOfWhitespace: String {
        // Most cells start and end with an ASCII letter, digit or sign: told by two bytes,
        // without stepping back over the scalars to find the last one.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) { return self }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        if !Self.isWhitespaceOrNewline(first) && !Self.isWhitespaceOrNewline(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }

    /// Whether `scalar` may be in `CharacterSet.whitespacesAndNewlines` (Z*, tab,
    /// U+000A–U+000D, U+0085): false only for ASCII printables and for letters, marks,
    /// numbers, punctuation and symbols, which no version of Foundation trims.
    static func isWhitespaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        if (0x21...0x7E).contains(scalar.value) { return false }
        if scalar.value < 0x80 { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return false
        default:
            return true
        }
    }
}
