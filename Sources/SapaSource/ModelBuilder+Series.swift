import Foundation
import SapaModel

/// `Content/data/series.yml`: national series published by others, each a CSV in `series/`,
/// with its source and a link.
extension ModelBuilder {
    struct SeriesDescriptor: Decodable {
        var table: TableDescriptor
        var link: String
        var page: String

        init(from decoder: any Decoder) throws {
            table = try TableDescriptor(from: decoder)
            let container = try decoder.container(keyedBy: AnyKey.self)
            link = try container.decode(String.self, forKey: AnyKey("link"))
            page = try container.decode(String.self, forKey: AnyKey("page"))
            guard WebAddress.isWebLink(link) else {
                throw ContentError(container.codingPath + [AnyKey("link")], ToolMessage(TableMessage.seriesLinkNotWeb, ["link": link]))
            }
            guard page == "dynamics" else {
                throw ContentError(container.codingPath + [AnyKey("page")], ToolMessage(TableMessage.seriesPage, ["page": page]))
            }
        }
    }

    mutating func loadSeries(_ limits: SiteConfig.Limits, references: ReferenceIndex) -> [NationalSeries] {
        let dataFolder = folder.content.appendingPathComponent("data")
        let url = dataFolder.appendingPathComponent("series.yml")
        guard folder.exists(url), let file = read(url, maxBytes: limits.maxFileBytes),
            let descriptors = decode([SeriesDescriptor].self, file.text, path: file.path)
        else { return [] }
        var series: [NationalSeries] = []
        var seen: Set<String> = []
        for (index, descriptor) in descriptors.enumerated() {
            var line: Int { YAMLDocument.line(ofItem: index, in: file.text) }
            guard seen.insert(descriptor.table.id).inserted else {
                problems.error(file.path, line: line, column: 1, ToolMessage(TableMessage.seriesIDTwice, ["id": descriptor.table.id]))
                continue
            }
            let subject = ToolMessage(TableMessage.seriesSubject, ["id": descriptor.table.id])
            guard let csvURL = describedFile(descriptor.table.file, in: dataFolder, of: subject, describedIn: file.path, line: line),
                let csv = csv(csvURL, limits: limits),
                let table = buildTable(descriptor.table, csv, references: references, describedIn: file.path)
            else { continue }
            series.append(NationalSeries(table: table, link: descriptor.link, page: descriptor.page))
        }
        return series
    }
}
