import Foundation
import SapaModel
import SapaMustache

/// The report's own words outside its tables and chapters, each on a page of its own with
/// the figures it gives; and its worked examples of the method, on the methodology page.
extension SitePages {
    func reportText(_ text: ReportText) -> RenderedPageSpec {
        let title = text.title.resolve(language)
        return spec(
            .report(text.id), template: "report", title: title?.text ?? text.id,
            [
                "titleLang": title.flatMap { $0.language == language ? nil : $0.language.rawValue }.map(TemplateValue.text) ?? .absent,
                "body": .html(markdownHTML(text.markdown)),
                "textLang": .text(text.language.rawValue),
                // The report exists in one language: a page in another says so at its top.
                "contentLang": text.language == language ? .absent : .text(text.language.rawValue),
                "figures": context.nonEmpty(model.report.figures(ofText: text.id).map(figureObject)),
            ])
    }

    /// What a report's table or diagram shows: its figures as a table, a diagram also drawn,
    /// with the report's caption and notes.
    func figureObject(_ figure: ReportFigure) -> TemplateObject {
        let caption = figure.caption.flatMap { $0.resolve(language) }
        let notes = (figure.notes[language] ?? figure.notes[.kk] ?? []).map { note -> TemplateObject in
            ["text": .text(note), "lang": figure.notes[language] == nil ? .text(Language.kk.rawValue) : .absent]
        }
        return [
            "id": .text("figure-" + figure.id),
            "caption": .optionalText(caption?.text),
            "captionLang": caption.flatMap { $0.language == language ? nil : $0.language.rawValue }.map(TemplateValue.text) ?? .absent,
            "chart": figure.kind == .diagram ? .html(diagram(figure)) : .absent,
            "incomplete": .bool(!figure.isComplete),
            "table": .object(tables.object(Self.shown(figure))),
            "notes": context.nonEmpty(notes),
        ]
    }

    /// The table as a reader sees it: without the columns that are ids (a row's id, its kind,
    /// its group or criterion), a criterion's own row set apart from its items.
    static func shown(_ figure: ReportFigure) -> ResultsTable {
        var table = figure.table
        let hidden: Set<String> = ["id", "kind", "group", "criterion"]
        let kept = table.columns.indices.filter { !hidden.contains(table.columns[$0].id) }
        let kind = table.index(of: "kind")
        table.rows = table.rows.map { row in
            var shown = row
            shown.cells = kept.map { $0 < row.cells.count ? row.cells[$0] : .empty }
            if let kind, kind < row.cells.count, case .text(let text) = row.cells[kind], text.values[.kk] == "criterion" { shown.isTotal = true }
            return shown
        }
        table.columns = kept.map { table.columns[$0] }
        return table
    }

    /// A diagram drawn from the figures the report's text gives: one bar per row, in groups
    /// where the report has them.
    func diagram(_ figure: ReportFigure) -> String {
        let table = figure.table
        let series = context[.shareOfRespondents]
        var described: [String] = []
        let groups: [Charts.Group] = table.rows.compactMap { row in
            guard let percent = table.value(row, "percent").number,
                case .text(let label) = table.value(row, "label")
            else { return nil }
            let shown = context.format.percent(percent)
            let name = context.plain(label)
            described.append("\(name): \(shown)")
            return Charts.Group(label: name, bars: [Charts.Bar(series: series, value: percent, label: shown)])
        }
        let title = figure.caption.map { context.plain($0) } ?? context.plain(table.title)
        return Charts.bars(
            id: "chart-\(figure.id)", title: title, description: described.joined(separator: "; ") + ". " + context[.chartNote],
            groups: groups, series: [series], maximum: 100, lines: context.labelLines)
    }
}
