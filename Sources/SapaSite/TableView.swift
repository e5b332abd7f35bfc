import SapaModel
import SapaMustache
import SapaSource

/// A results table as a page shows it: header labels, formatted cells, links to the
/// entities, sort keys for the script, and where it comes from.
struct TableView {
    let context: ViewContext

    func columnLabel(_ column: TableColumn) -> LocalizedText {
        if let label = column.label { return label }
        let key: UIText? =
            switch column.type {
            case .rank: .rank
            case .score: .score
            case .percent: .satisfaction
            case .service: .service
            case .body: .body
            case .region: .region
            case .year: .year
            case .scale: .scale
            case .delta: .delta
            default: column.id == "respondents" ? .respondents : (column.id == "provider" ? .provider : nil)
            }
        return LocalizedText(kk: key.map { context[$0] } ?? column.id)
    }

    /// The table, or only `rows` of it (an entity's own rows on its page).
    func object(_ table: ResultsTable, rows: [ResultsRow]? = nil, compact: Bool = false) -> TemplateObject {
        let rows = rows ?? table.rows
        let subjectType = table.subjectColumn?.type
        // Hidden: the scale where every row has the same (it shapes how scores print; shown
        // where 10-point years sit beside 5-point ones), the totals flag (it styles the row),
        // and columns with nothing in the rows shown.
        let columns = table.columns.enumerated().filter { index, column in
            let mixedScales = column.type == .scale && Set(rows.map { $0.cells[index] }).count > 1
            return (column.type != .scale || mixedScales) && column.type != .flag && column.id != "total"
                && !(compact && column.type == subjectType) && rows.contains { !$0.cells[index].isEmpty }
        }
        let computed = context.tablesWithComputedRanks.contains(table.id)
        let header: [TemplateObject] = columns.map { _, column in
            [
                "label": context.localized(columnLabel(column)),
                "numeric": .bool(column.type.isNumeric),
                "sortType": .text(column.type.isNumeric ? "number" : "text"),
            ]
        }
        let bodyRows: [TemplateObject] = rows.map { row in
            var cells: [TemplateObject] = []
            for (index, column) in columns {
                cells.append(cell(row.cells[index], column: column, row: row, table: table, subjectType: subjectType))
            }
            var object: TemplateObject = ["cells": context.list(cells)]
            object["total"] = .bool(row.isTotal)
            return object
        }
        let shownIDs = Set(rows.compactMap { row in table.subjectColumn.flatMap { table.value(row, $0.id).reference } })
        let notes = context.model.notes(table: table.id).filter { note in rows.count == table.rows.count || note.row.map(shownIDs.contains) == true }
        return [
            "dataNotes": context.list(
                notes.map { note in
                    [
                        "text": context.localized(note.text),
                        "subject": note.row.map { id in context.localized(subjectName(id, table: table)) } ?? .absent,
                    ]
                }),
            "id": .text(table.id),
            "title": context.localized(table.title),
            "source": context.localized(table.source),
            "note": context.localized(table.note),
            "year": .optionalText(table.year.map(String.init)),
            "columns": context.list(header),
            "rows": context.list(bodyRows),
            "rankComputed": .bool(computed),
            "csv": .text(context.routes.download(table.id, "csv")),
            "json": .text(context.routes.download(table.id, "json")),
            "rowCount": .text(context.strings.count(.rowsCount, rows.count, format: context.format)),
            "sourceLink": .absent,
        ]
    }

    func cell(_ value: CellValue, column: TableColumn, row: ResultsRow, table: ResultsTable, subjectType: ColumnType?) -> TemplateObject {
        var object: TemplateObject = ["numeric": .bool(column.type.isNumeric), "tie": .bool(false), "href": .absent, "lang": .absent, "sort": .text("")]
        let scale = rowScale(row, table: table) ?? column.scale ?? 5
        var text = ""
        switch value {
        case .empty:
            text = "—"
            object["sort"] = .text("")
        case .number(let number):
            switch column.type {
            case .score: text = scale == 10 ? context.format.decimal(number, digits: 1) : context.format.score(number)
            case .percent: text = scale == 10 ? context.format.decimal(number, digits: 0) + "%" : context.format.percent(number)
            case .delta:
                let digits = column.id.contains("satisfaction") || column.id.contains("percent") ? 1 : 2
                text = context.format.delta(number, digits: digits)
            case .year: text = context.format.year(Int(number))
            case .rank:
                text = String(Int(number))
                object["tie"] = .bool(row.tied)
            case .scale: text = context.strings.count(.scalePoints, Int(number), format: context.format)
            default: text = context.format.integer(Int(number))
            }
            object["sort"] = .text(String(number))
        case .text(let localized):
            let resolved = localized.resolve(context.language)
            text = resolved?.text ?? ""
            if let resolved, resolved.language != context.language { object["lang"] = .text(resolved.language.rawValue) }
            object["sort"] = .text(text)
        case .reference(let id):
            let name: LocalizedText
            var page: Routes.Page?
            switch column.type {
            case .service:
                name = context.serviceName(id)
                page = context.model.service(id) != nil ? .service(id) : nil
            case .body:
                let body = context.model.body(id)
                // Beside a service, the body's abbreviation; as the subject, its full name.
                name = (subjectType == .body ? body?.name : body?.abbreviation) ?? LocalizedText(kk: id)
                page = body != nil ? .body(id) : nil
            default:
                name = context.regionName(id, year: table.year)
                page = context.model.region(id) != nil ? .region(id) : nil
            }
            let resolved = name.resolve(context.language)
            text = resolved?.text ?? id
            if let resolved, resolved.language != context.language { object["lang"] = .text(resolved.language.rawValue) }
            if let page, let href = context.linkedHref(page) { object["href"] = .text(href) }
            object["sort"] = .text(text)
        case .flag(let flag):
            text = flag ? "✓" : ""
        }
        object["text"] = .text(text)
        return object
    }

    func subjectName(_ id: String, table: ResultsTable) -> LocalizedText {
        if let type = table.subjectColumn?.type { return context.model.name(of: id, as: type, year: table.year) }
        return context.model.body(id)?.name ?? context.model.service(id)?.name ?? context.regionName(id, year: table.year)
    }

    func rowScale(_ row: ResultsRow, table: ResultsTable) -> Int? {
        guard let index = table.columns.firstIndex(where: { $0.type == .scale }) else { return nil }
        return row.cells[index].number.map { Int($0) }
    }
}
