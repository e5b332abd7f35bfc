import Foundation
import SapaModel

/// One entry of an edition's `tables.yml`.
struct TableDescriptor: Decodable {
    struct Column: Decodable {
        var id: String
        var type: ColumnType
        var label: LocalizedText?
        var year: Int?
        var scale: Int?

        init(id: String, type: ColumnType, label: LocalizedText?) {
            self.id = id
            self.type = type
            self.label = label
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            id = try container.decode(String.self, forKey: AnyKey("id"))
            type = try container.choice("type", what: .columnType)
            label = try container.localized("label")
            year = try container.number("year", in: 1990...2100, what: .year).map { Int($0) }
            scale = try container.number("scale", in: 5...10, what: .scale).map { Int($0) }
        }
    }

    var id: String
    var file: String
    var year: Int?
    var kind: TableKind
    var title: LocalizedText
    var source: LocalizedText
    var note: LocalizedText?
    var columns: [Column]

    init(id: String, file: String, year: Int?, kind: TableKind, title: LocalizedText, source: LocalizedText, columns: [Column]) {
        self.id = id
        self.file = file
        self.year = year
        self.kind = kind
        self.title = title
        self.source = source
        self.columns = columns
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        id = try container.identifier(what: .tableID)
        file = try container.decode(String.self, forKey: AnyKey("file"))
        year = try container.number("year", in: 1990...2100, what: .year).map { Int($0) }
        kind = try container.choice("kind", what: .tableKind, missing: .other)
        title = try container.localized("title", required: true)!
        source = try container.localized("source", required: true)!
        note = try container.localized("note")
        columns = try container.decode([Column].self, forKey: AnyKey("columns"))
    }
}
