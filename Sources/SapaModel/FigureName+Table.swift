/// The texts of `FigureName`, in each language the tool speaks.
extension FigureName {
    public static let table = MessageTable(
        #"""
        value
        en: value
        ru: значение
        kk: мән

        year
        en: year
        ru: год
        kk: жыл

        score
        en: score
        ru: оценка
        kk: баға

        scoreFivePoint
        en: score on the 5-point scale
        ru: оценка по 5-балльной шкале
        kk: 5 балдық шкаладағы баға

        satisfaction
        en: satisfaction level (%)
        ru: уровень удовлетворённости, %
        kk: қанағаттану деңгейі, %

        respondents
        en: number of respondents
        ru: число респондентов
        kk: респонденттер саны

        rank
        en: rank
        ru: место в рейтинге
        kk: рейтингтегі орын

        chapter
        en: chapter number
        ru: номер главы
        kk: тарау нөмірі

        scale
        en: scale
        ru: шкала
        kk: шкала

        rows
        en: number of rows
        ru: число строк
        kk: жолдар саны

        bytes
        en: size in bytes
        ru: размер в байтах
        kk: байтпен өлшемі

        votes
        en: the number of people's votes, like 1520
        ru: число голосов граждан, например 1520
        kk: азаматтар дауысының саны, мысалы 1520

        servicesRendered
        en: how many services were rendered (b in annex 1's formula)
        ru: сколько услуг оказано (b в формуле приложения 1)
        kk: қанша қызмет көрсетілді (1-қосымша формуласындағы b)

        servicesWithViolation
        en: how many services were rendered with a violation (a in annex 1's formula)
        ru: сколько услуг оказано с нарушением (a в формуле приложения 1)
        kk: қанша қызмет бұзушылықпен көрсетілді (1-қосымша формуласындағы a)

        tableKind
        en: table kind
        ru: вид таблицы
        kk: кесте түрі

        tableID
        en: table id
        ru: идентификатор таблицы
        kk: кесте идентификаторы

        kind
        en: kind
        ru: вид
        kk: түрі

        id
        en: id
        ru: идентификатор
        kk: идентификатор

        columnType
        en: column type
        ru: тип столбца
        kk: баған түрі
        """#)
}
