import SapaModel

/// The checks of what a published language lacks, for `sapa check` to list as warnings.
package enum MissingTranslations {
    /// What a published language lacks: `sapa check` lists it; pages show the Kazakh text,
    /// marked as Kazakh, meanwhile.
    package static func warnings(_ model: SiteModel) -> [Diagnostic] {
        var warnings = model.loadWarnings
        for language in model.config.languages where language == .ru {
            let code = language.rawValue
            func missing(_ path: String, _ line: Int, _ what: ToolMessage) {
                warnings.append(
                    Diagnostic(
                        path: path, line: line, column: 1, severity: .warning,
                        ToolMessage(EditionMessage.missingName, ["what": what, "language": EditionMessage.languageName(language), "code": code])))
            }
            for service in model.services where service.name.values[language] == nil {
                missing("Content/data/services.csv", service.line, EditionMessage.subject(.service, service.id))
            }
            for body in model.bodies where body.name.values[language] == nil {
                missing("Content/data/bodies.csv", body.line, EditionMessage.subject(.body, body.id))
            }
            for region in model.regions where region.name.values[language] == nil {
                missing("Content/data/regions.csv", region.line, EditionMessage.subject(.region, region.id))
            }
            // Every published edition's tables: an older edition's pages show them too.
            for table in model.editionContents.flatMap(\.tables) where table.title.values[language] == nil {
                warnings.append(
                    Diagnostic(
                        path: table.year.map { "Content/\($0)/tables.yml" } ?? table.path, severity: .warning,
                        ToolMessage(EditionMessage.missingTableTitle, ["table": table.writtenID, "code": code])))
            }
            for slug in Set(model.pages.map(\.slug)).sorted() where !model.pages.contains(where: { $0.slug == slug && $0.language == language }) {
                warnings.append(
                    Diagnostic(
                        path: "Content/pages/\(slug).\(code).md", severity: .warning,
                        ToolMessage(EditionMessage.missingPage, ["slug": slug, "code": code])))
            }
        }
        return warnings
    }
}
