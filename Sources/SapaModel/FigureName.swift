/// What a checked value stands for, named inside a message ("outside 1–5 for a score"). In
/// Russian and Kazakh the name stands in brackets, in the nominative, so it fits any message.
public enum FigureName: String, MessageCatalogue, CustomStringConvertible {
    case value, year, score, scoreFivePoint, satisfaction, respondents, rank, chapter, scale, rows, bytes, votes
    case servicesRendered, servicesWithViolation, tableKind, tableID, kind, id, columnType

    public static let area = "figure"
    public var description: String { text.en }

}
