/// A national series published by another body and shown beside the monitoring's own tables
/// (`Content/data/series.yml`): the SDG indicator 16.6.2 as the statistics bureau publishes
/// it, say. Not an edition's: its years run past any one report.
public struct NationalSeries: Sendable {
    public var table: ResultsTable
    /// Where the source publishes it.
    public var link: String
    /// The page it is shown on (`dynamics`).
    public var page: String

    public init(table: ResultsTable, link: String, page: String) {
        self.table = table
        self.link = link
        self.page = page
    }
}
