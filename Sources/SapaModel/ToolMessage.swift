import Foundation

/// A message of the tool with its values, rendered in the user's language only when printed:
/// the same diagnostic reads in Kazakh in one terminal and in English in a test.
public struct ToolMessage: Sendable, Hashable, CustomStringConvertible {
    /// `area.case`, like `csv.unclosedQuote`: what a test or a translator looks up.
    public let key: String
    public let text: MessageText
    public let arguments: [String: MessageArgument]

    public init<Key: MessageCatalogue>(_ key: Key, _ arguments: KeyValuePairs<String, any MessageValue> = [:]) {
        self.key = "\(Key.area).\(key.rawValue)"
        text = key.text
        var values: [String: MessageArgument] = [:]
        for (name, value) in arguments { values[name] = value.messageArgument }
        self.arguments = values
    }

    public var description: String { rendered(in: .en) }

    public static func == (a: ToolMessage, b: ToolMessage) -> Bool { a.key == b.key && a.arguments == b.arguments }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(arguments)
    }

    public func rendered(in language: Language) -> String {
        MessagePattern(text.pattern(language)).render(arguments, in: language)
    }
}

/// A value in a message: text is printed as given (ids, file names, quoted cells stay as
/// written); numbers take the language's decimal comma; a message inside a message is
/// rendered in the same language.
public indirect enum MessageArgument: Sendable, Hashable {
    case text(String)
    case count(Int)
    case number(Double)
    case message(ToolMessage)
    /// Words to choose from: "a, b or c", «a, b или c», «a, b немесе c».
    case alternatives([String])
    /// A measure printed with a fixed number of decimals (seconds, kibibytes, a score), as
    /// DisplayFormat prints figures on the pages.
    case fixed(Double, digits: Int)

    func rendered(in language: Language) -> String {
        switch self {
        case .text(let text): return text
        case .count(let count): return String(count)
        case .number(let number):
            // As written, with the separator the pages use (DisplayFormat).
            return NumberText.plain(number).replacingOccurrences(of: ".", with: DisplayFormat(language).decimalSeparator)
        case .message(let message): return message.rendered(in: language)
        case .fixed(let value, let digits): return DisplayFormat(language).decimal(value, digits: digits)
        case .alternatives(let words):
            guard let last = words.last, words.count > 1 else { return words.first ?? "" }
            let or: String
            switch language {
            case .en: or = " or "
            case .ru: or = " или "
            case .kk: or = " немесе "
            }
            return words.dropLast().joined(separator: ", ") + or + last
        }
    }
}

/// What may stand as a message's value.
public protocol MessageValue: Sendable {
    var messageArgument: MessageArgument { get }
}
extension String: MessageValue { public var messageArgument: MessageArgument { .text(self) } }
extension Substring: MessageValue { public var messageArgument: MessageArgument { .text(String(self)) } }
extension Int: MessageValue { public var messageArgument: MessageArgument { .count(self) } }
extension Double: MessageValue { public var messageArgument: MessageArgument { .number(self) } }
/// A measure with a fixed number of decimals (`1.59 s`).
public struct FixedNumber: MessageValue {
    public let value: Double
    public let digits: Int
    public init(_ value: Double, digits: Int) {
        self.value = value
        self.digits = digits
    }
    public var messageArgument: MessageArgument { .fixed(value, digits: digits) }
}

/// Words to choose from, joined with the language's "or".
public struct Alternatives: MessageValue {
    public let words: [String]
    public init(_ words: [String]) { self.words = words }
    public var messageArgument: MessageArgument { .alternatives(words) }
}
extension ToolMessage: MessageValue { public var messageArgument: MessageArgument { .message(self) } }
