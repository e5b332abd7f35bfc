import Foundation
import SapaModel
import SapaSource

/// Every table as CSV (RFC 4180, UTF-8) and JSON, and one Frictionless Data package that
/// describes them all. Values are the ones the pages show, unformatted.
package struct OpenData {
    let model: SiteModel

    package init(model: SiteModel) { self.model = model }

    /// A cell that a spreadsheet would run as a formula is prefixed with `'`.
    static func neutralise(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        if Double(text) != nil { return text }  // a negative number is data, not a formula
        return "'" + text
    }

    static func csvField(_ text: String) -> String {
        let safe = neutralise(text)
        // Scalar by scalar: as `Character`s, a `"` or `,` followed by a combining mark (U+0301)
        // is neither, and would slip through unquoted or undoubled, breaking the row.
        guard safe.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        var quoted = "\""
        for scalar in safe.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    /// The flat columns of a download: text columns split per language, names beside ids.
    func fields(_ table: ResultsTable) -> [(name: String, type: String, value: (ResultsRow) -> JSONValue)] {
        var result: [(String, String, (ResultsRow) -> JSONValue)] = []
        for (index, column) in table.columns.enumerated() {
            switch column.type {
            case .text:
                for language in Language.allCases {
                    result.append(
                        (
                            "\(column.id)_\(language.rawValue)", "string",
                            { row in
                                if case .text(let text) = row.cells[index], let value = text.values[language] { return .string(value) }
                                return .null
                            }
                        ))
                }
            case .service, .body, .region:
                result.append((column.id, "string", { row in row.cells[index].reference.map { .string($0) } ?? .null }))
                result.append(
                    (
                        "\(column.id)_name_kk", "string",
                        { row in
                            guard let id = row.cells[index].reference else { return .null }
                            return .string(name(id, column.type, year: table.year).values[.kk] ?? id)
                        }
                    ))
                result.append(
                    (
                        "\(column.id)_name_ru", "string",
                        { row in
                            guard let id = row.cells[index].reference, let ru = name(id, column.type, year: table.year).values[.ru] else { return .null }
                            return .string(ru)
                        }
                    ))
            case .flag:
                result.append((column.id, "boolean", { row in if case .flag(let flag) = row.cells[index] { return .bool(flag) } else { return .null } }))
            case .rank, .integer, .year, .scale, .count:
                result.append((column.id, column.type == .year ? "year" : "integer", { row in row.cells[index].number.map { .integer(Int($0)) } ?? .null }))
            case .score, .percent, .delta:
                result.append((column.id, "number", { row in row.cells[index].number.map { .number($0) } ?? .null }))
            }
        }
        if table.hasComputedRanks {
            result.append(("rank_computed", "boolean", { .bool($0.rankComputed) }))
        }
        return result
    }

    func name(_ id: String, _ type: ColumnType, year: Int?) -> LocalizedText { model.name(of: id, as: type, year: year) }

    package func csv(_ table: ResultsTable) -> String {
        let fields = fields(table)
        var lines = [fields.map { Self.csvField($0.name) }.joined(separator: ",")]
        for row in table.rows {
            lines.append(fields.map { Self.csvField($0.value(row).csvText) }.joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    package func json(_ table: ResultsTable) -> String {
        let fields = fields(table)
        let rows: [JSONValue] = table.rows.map { row in .object(fields.map { ($0.name, $0.value(row)) }) }
        let document: JSONValue = .object([
            ("id", .string(table.id)),
            ("title_kk", table.title.values[.kk].map { .string($0) } ?? .null),
            ("title_ru", table.title.values[.ru].map { .string($0) } ?? .null),
            ("source_kk", table.source.values[.kk].map { .string($0) } ?? .null),
            ("source_ru", table.source.values[.ru].map { .string($0) } ?? .null),
            ("year", table.year.map { .integer($0) } ?? .null),
            ("rows", .array(rows)),
        ])
        return document.serialized() + "\n"
    }

    package func dataPackage(absoluteBase: String?) -> String {
        let resources: [JSONValue] = model.allTables.map { table -> JSONValue in
            let description = [table.title.values[.ru], table.source.values[.kk], table.source.values[.ru]].compactMap { $0 }.joined(separator: ". ")
            let schema: [JSONValue] = self.fields(table).map { field in
                JSONValue.object([("name", .string(field.name)), ("type", .string(field.type))])
            }
            return .object([
                ("name", .string(table.id)),
                ("path", .string("\(table.id).csv")),
                ("title", .string(table.title.values[.kk] ?? table.id)),
                ("description", .string(description)),
                ("format", .string("csv")),
                ("mediatype", .string("text/csv")),
                ("encoding", .string("utf-8")),
                ("profile", .string("tabular-data-resource")),
                ("schema", .object([("fields", .array(schema))])),
            ])
        }
        var properties: [(String, JSONValue)] = [
            ("profile", .string("tabular-data-package")),
            ("name", .string("sapa-public-service-quality")),
            ("title", .string(model.config.title.values[.kk] ?? "Sapa")),
        ]
        if let absoluteBase { properties.append(("homepage", .string(absoluteBase))) }
        properties.append(("resources", .array(resources)))
        let package: JSONValue = .object(properties)
        return package.serialized() + "\n"
    }
}

extension OpenData {
    /// schema.org `Dataset` markup for the data page (JSON-LD), one distribution per file.
    func schemaOrgDataset(language: Language, routes: Routes) -> String {
        let origin = model.config.origin ?? ""
        let distributions: [JSONValue] = model.allTables.flatMap { table in
            ["csv": "text/csv", "json": "application/json"].sorted { $0.key < $1.key }.map { format, type in
                JSONValue.object([
                    ("@type", .string("DataDownload")),
                    ("name", .string(table.title.text(language))),
                    ("encodingFormat", .string(type)),
                    ("contentUrl", .string(origin + routes.download(table.id, format))),
                ])
            }
        }
        let dataset: JSONValue = .object([
            ("@context", .string("https://schema.org")),
            ("@type", .string("Dataset")),
            ("name", .string(model.config.title.text(language))),
            ("description", .string(model.config.description?.text(language) ?? model.config.title.text(language))),
            ("inLanguage", .array(model.config.languages.map { .string($0.rawValue) })),
            ("creator", .object([("@type", .string("Organization")), ("name", .string(model.config.publisher?.text(language) ?? ""))])),
            ("distribution", .array(distributions)),
        ])
        return dataset.serialized()
    }
}
