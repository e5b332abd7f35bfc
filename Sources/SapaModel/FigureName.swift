/// What a checked value stands for, named inside a message ("outside 1–5 for a score"). In
/// Russian and Kazakh the name stands in brackets, in the nominative, so it fits any message.
public enum FigureName: String, MessageCatalogue, CustomStringConvertible {
    case value, year, score, scoreFivePoint, satisfaction, respondents, rank, chapter, scale, rows, bytes, votes
    case servicesRendered, servicesWithViolation, tableKind, tableID, kind, id, columnType

    public static let area = "figure"
    public var description: String { text.en }

    public var text: MessageText {
        switch self {
        case .value: MessageText(en: "value", ru: "значение", kk: "мән")
        case .year: MessageText(en: "year", ru: "год", kk: "жыл")
        case .score: MessageText(en: "score", ru: "оценка", kk: "баға")
        case .scoreFivePoint: MessageText(en: "score on the 5-point scale", ru: "оценка по 5-балльной шкале", kk: "5 балдық шкаладағы баға")
        case .satisfaction: MessageText(en: "satisfaction level (%)", ru: "уровень удовлетворённости, %", kk: "қанағаттану деңгейі, %")
        case .respondents: MessageText(en: "number of respondents", ru: "число респондентов", kk: "респонденттер саны")
        case .rank: MessageText(en: "rank", ru: "место в рейтинге", kk: "рейтингтегі орын")
        case .chapter: MessageText(en: "chapter number", ru: "номер главы", kk: "тарау нөмірі")
        case .scale: MessageText(en: "scale", ru: "шкала", kk: "шкала")
        case .rows: MessageText(en: "number of rows", ru: "число строк", kk: "жолдар саны")
        case .bytes: MessageText(en: "size in bytes", ru: "размер в байтах", kk: "байтпен өлшемі")
        case .votes: MessageText(en: "the number of people's votes, like 1520", ru: "число голосов граждан, например 1520", kk: "азаматтар дауысының саны, мысалы 1520")
        case .servicesRendered:
            MessageText(
                en: "how many services were rendered (b in annex 1's formula)", ru: "сколько услуг оказано (b в формуле приложения 1)",
                kk: "қанша қызмет көрсетілді (1-қосымша формуласындағы b)")
        case .servicesWithViolation:
            MessageText(
                en: "how many services were rendered with a violation (a in annex 1's formula)", ru: "сколько услуг оказано с нарушением (a в формуле приложения 1)",
                kk: "қанша қызмет бұзушылықпен көрсетілді (1-қосымша формуласындағы a)")
        case .tableKind: MessageText(en: "table kind", ru: "вид таблицы", kk: "кесте түрі")
        case .tableID: MessageText(en: "table id", ru: "идентификатор таблицы", kk: "кесте идентификаторы")
        case .kind: MessageText(en: "kind", ru: "вид", kk: "түрі")
        case .id: MessageText(en: "id", ru: "идентификатор", kk: "идентификатор")
        case .columnType: MessageText(en: "column type", ru: "тип столбца", kk: "баған түрі")
        }
    }
}
