import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// The figures a chart draws, read back from its SVG: `data-value` by label and series.
func chartValues(_ html: String, chart id: String) -> [(label: String, series: String, value: Double)] {
    guard let start = html.range(of: "<svg class=\"chart\" id=\"\(id)\""), let end = html.range(of: "</svg>", range: start.upperBound..<html.endIndex) else { return [] }
    let svg = String(html[start.lowerBound..<end.upperBound])
    var result: [(String, String, Double)] = []
    for part in svg.components(separatedBy: "<rect class=\"bar\"").dropFirst() {
        func attribute(_ name: String) -> String? {
            guard let range = part.range(of: "\(name)=\"") else { return nil }
            return String(part[range.upperBound...].prefix { $0 != "\"" })
        }
        if let value = attribute("data-value").flatMap(Double.init) {
            result.append((attribute("data-label") ?? "", attribute("data-series") ?? "", value))
        }
    }
    for part in svg.components(separatedBy: "<g class=\"tile\"").dropFirst() {
        guard let region = part.range(of: "data-region=\""), let valueRange = part.range(of: "data-value=\"") else { continue }
        let id = String(part[region.upperBound...].prefix { $0 != "\"" })
        if let value = Double(part[valueRange.upperBound...].prefix { $0 != "\"" }) { result.append((id, "", value)) }
    }
    return result
}

@Suite struct ChartsTests {
    @Test func criteriaChartEqualsTheCriteriaTable() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let model = try ModelBuilder.build(SiteFolder(root: site.root)).get()
        let report = try #require(model.reports["consular-registration"])
        let html = try site.output("kk/services/consular-registration/index.html")
        let drawn = chartValues(html, chart: "chart-criteria")
        let criteria = try #require(report.criteria)
        let expected = criteria.rows.flatMap { row in row.values.compactMap { $0?.score } }
        #expect(!drawn.isEmpty)
        #expect(drawn.map(\.value) == expected)
        // And the table next to it prints the same figure.
        for value in expected { #expect(html.contains(">\(DisplayFormat(.kk).score(value))<")) }
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("<desc id=\"chart-criteria-desc\">ҚЫЗМЕТКЕРЛЕР: 4,90."))
    }

    @Test func regionMapEqualsTheRankingTable() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let html = try site.output("kk/regions/index.html")
        let tiles = chartValues(html, chart: "chart-map-regions-ranking-2020")
        #expect(tiles.map(\.label) == ["akmola", "astana"])
        #expect(tiles.map(\.value) == [4.25, 3.75])
        #expect(html.contains(">4,25<") && html.contains(">3,75<"))
    }

    @Test func tenPointYearsAreChartedApart() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let html = try site.output("kk/index.html")
        #expect(chartValues(html, chart: "chart-dynamics-5").map(\.value) == [4.58])
        #expect(chartValues(html, chart: "chart-dynamics-10").map(\.value) == [7.9])
    }

    @Test func tileMapPlacesAllTwentyRegions() {
        let ids = [
            "abai", "akmola", "aktobe", "almaty-region", "atyrau", "east-kazakhstan", "zhambyl", "zhetisu", "west-kazakhstan",
            "karaganda", "kostanay", "kyzylorda", "mangystau", "pavlodar", "north-kazakhstan", "turkestan", "ulytau",
            "astana", "almaty", "shymkent",
        ]
        #expect(ids.allSatisfy { Charts.tilePositions[$0] != nil })
        let positions = ids.map { Charts.tilePositions[$0]! }
        #expect(Set(positions.map { "\($0.column),\($0.row)" }).count == 20)
    }

    @Test func downloadsHoldTheTablesFigures() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let model = try ModelBuilder.build(SiteFolder(root: site.root)).get()
        for table in model.tables {
            let csv = try CSVTableReader.read(TextFile(path: table.id, text: try site.output("data/\(table.id).csv")), maxRows: 1000).get()
            #expect(csv.rows.count == table.rows.count)
            for column in table.columns where column.type.isNumeric {
                let index = try #require(csv.columnIndex(column.id))
                for (row, parsed) in zip(table.rows, csv.rows) {
                    let value = parsed.values[index]
                    #expect(value.isEmpty ? table.value(row, column.id).isEmpty : Double(value) == table.value(row, column.id).number)
                }
            }
        }
    }
}

@Suite struct SearchTests {
    @Test func foldsKazakhLettersAndLookalikes() {
        #expect(SearchIndex.words("Қызмет ӘДІЛЕТ, Өңір") == ["кызмет", "адилет", "онир"])
        #expect(SearchIndex.words("ғылым һ ұлттық үкімет ң") == ["гылым", "х", "улттык", "укимет", "н"])
        // A Latin «i» typed inside a Kazakh word becomes Cyrillic; a Latin word stays Latin.
        #expect(SearchIndex.words("кiтап book") == ["китап", "book"])
    }

    @Test func writesAShardedIndexPerLanguage() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let meta = try site.output("search/kk/meta.json")
        #expect(meta.hasPrefix("{\"chunk\":25,\"docs\":"))
        #expect(meta.contains("\"lang\":\"kk\",\"langs\":[\"en\",\"kk\",\"ru\"]"))
        let docs = try site.output("search/kk/docs-0.json")
        #expect(docs.contains("[\"payment-register\",\"service\","))
        #expect(docs.contains("\"/kk/services/payment-register/\""))
        // «төлем» folded to «толем»: the shard of «т» holds it, posted for the service's name.
        let shard = try site.output("search/kk/\(SearchIndex.shardFile("т"))")
        #expect(shard.contains("\"толем\":["))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("search-index.json").path))
        let page = try site.output("kk/search/index.html")
        #expect(page.contains("data-index=\"/search/kk/meta.json\""))
        #expect(page.contains("href=\"/kk/services/payment-register/\""))  // the full list, without JavaScript
    }
}
