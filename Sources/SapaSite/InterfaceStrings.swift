import Foundation
import SapaModel
import SapaMustache
import SapaSource
import Yams

/// The interface texts of one language, from `Templates/strings/<lang>.yml`. Every language
/// must have every key: a missing one is a build error that names it.
public struct InterfaceStrings: Sendable {
    public let language: Language
    public private(set) var texts: [String: String]
    public private(set) var plurals: [String: [PluralCategory: String]]
    /// The texts of Sapa's own views, by their case: found once when the catalogue is read,
    /// since views ask for them on every page.
    private var viewTexts: [UIText: String] = [:]

    public subscript(_ key: UIText) -> String { viewTexts[key] ?? texts[key.key] ?? key.key }

    public func text(_ key: String) -> String? { texts[key] }

    /// `{n}` in the chosen plural form replaced by the formatted number.
    public func count(_ key: UIPlural, _ n: Int, format: DisplayFormat) -> String {
        count(key.rawValue, n, format: format)
    }

    /// `{n}` of the plural `key` in the form `n` takes; `shown` is how `n` is printed.
    func count(_ key: String, _ n: Int, format: DisplayFormat, shown: String? = nil) -> String {
        let forms = plurals[key] ?? [:]
        let pattern = forms[format.pluralCategory(n)] ?? forms[.other] ?? forms[.many] ?? "{n}"
        return pattern.replacing("{n}", with: shown ?? format.integer(n))
    }

    var templateObject: TemplateObject {
        TemplateObject(texts.mapValues { .text($0) })
    }

    /// Loads the catalogue of every language and checks them against each other, against the
    /// keys Sapa's views use, and against the `t.…` keys the templates use.
    public static func load(_ folder: SiteFolder, templates: TemplateSet, maxBytes: Int)
        -> Result<[Language: InterfaceStrings], DiagnosticList>
    {
        var problems = DiagnosticCollector()
        var catalogues: [Language: InterfaceStrings] = [:]
        var lines: [Language: [String: Int]] = [:]
        for language in Language.allCases {
            let url = folder.templates.appendingPathComponent("strings/\(language.rawValue).yml")
            let path = folder.displayPath(url)
            guard folder.exists(url) else {
                problems.error(path, ToolMessage(InterfaceMessage.missingLanguage, ["language": language.rawValue, "path": path]))
                continue
            }
            let file: TextFile
            switch TextFile.read(url, displayPath: path, maxBytes: maxBytes) {
            case .success(let read): file = read
            case .failure(let diagnostic):
                problems.append(diagnostic)
                continue
            }
            let node: Node?
            do { node = try Yams.compose(yaml: file.text) } catch let error as YamlError {
                problems.append(YAMLDocument.diagnostic(for: error, path: path, firstLine: 1))
                continue
            } catch {
                problems.error(path, ToolMessage(InterfaceMessage.unreadable, ["detail": "\(error)"]))
                continue
            }
            guard let mapping = node?.mapping else {
                problems.error(path, ToolMessage(InterfaceMessage.notAMapping))
                continue
            }
            var catalogue = InterfaceStrings(language: language, texts: [:], plurals: [:])
            var keyLines: [String: Int] = [:]
            for (keyNode, valueNode) in mapping {
                guard let key = keyNode.string else { continue }
                keyLines[key] = keyNode.mark?.line ?? 1
                if let text = valueNode.string {
                    catalogue.texts[key] = text
                } else if let forms = valueNode.mapping {
                    var plural: [PluralCategory: String] = [:]
                    for (formKey, formValue) in forms {
                        guard let name = formKey.string, let category = PluralCategory(rawValue: name), let text = formValue.string else {
                            problems.error(
                                path, line: formKey.mark?.line ?? 1, column: formKey.mark?.column ?? 1,
                                ToolMessage(InterfaceMessage.badPluralForm, ["form": formKey.string ?? ""]))
                            continue
                        }
                        plural[category] = text
                    }
                    catalogue.plurals[key] = plural
                } else {
                    problems.error(path, line: keyNode.mark?.line ?? 1, column: keyNode.mark?.column ?? 1, ToolMessage(InterfaceMessage.notAText, ["key": key]))
                }
            }
            for key in UIText.allCases { catalogue.viewTexts[key] = catalogue.texts[key.key] }
            catalogues[language] = catalogue
            lines[language] = keyLines
        }
        // Every key anywhere must be in every language.
        var required = Set(UIText.allCases.map(\.key)).union(UIPlural.allCases.map(\.rawValue))
        required.formUnion(ContestText.allCases.map(\.rawValue))
        required.formUnion(ContestPlural.allCases.map(\.rawValue))
        required.formUnion(templates.interfaceKeys)
        for catalogue in catalogues.values {
            required.formUnion(catalogue.texts.keys)
            required.formUnion(catalogue.plurals.keys)
        }
        for language in Language.allCases {
            guard let catalogue = catalogues[language] else { continue }
            let path = "Templates/strings/\(language.rawValue).yml"
            for key in required.sorted() where catalogue.texts[key] == nil && catalogue.plurals[key] == nil {
                let elsewhere = catalogues.values.first { $0.texts[key] != nil || $0.plurals[key] != nil }?.language.rawValue
                let lastLine = (lines[language]?.values.max() ?? 0) + 1
                let message =
                    if let elsewhere {
                        ToolMessage(InterfaceMessage.missingKeyElsewhere, ["key": key, "language": language.rawValue, "other": elsewhere])
                    } else {
                        ToolMessage(InterfaceMessage.missingKey, ["key": key, "language": language.rawValue])
                    }
                problems.error(path, line: lastLine, column: 1, message)
            }
        }
        if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        return .success(catalogues)
    }
}

/// The interface texts Sapa's own views need (templates may use more, as `{{t.key}}`). A
/// case's key in `Templates/strings/<lang>.yml` is its name in snake case: `headlineScore`
/// is `headline_score`, `downloadCSV` `download_csv`.
public enum UIText: String, CaseIterable, Sendable {
    case rank, score, satisfaction, service, body, region, provider, year, respondents, services, regions
    case scale, delta, average, total, tie, rankComputed, source, downloadCSV, downloadJSON, home
    case servicesRanking, bodiesRanking, regionsRanking, providersRanking, dynamics, openData, methodology
    case notFound, notFoundText, language, skipToContent, qualitativeOnly, keyIndicators, generalInformation
    case criteria, callCentres, providers, findings, recommendations, dataNotes, code, responsibleBody
    case standard, form, recipients, cost, chapter, appearsIn, bodyServices, history, notRanked
    case headlineScore, headlineSatisfaction, headlineRespondents, headlineServices, headlineRegions, best
    case worst, shareOfRespondents, fromReport, qualitativeInYear, notInEdition, historyTenPoint
    case chartHistorySatisfaction, tenPointScale, fallbackNotice, fileFormat, table, dataset
    case criterionAccessibility, criterionInformation, criterionStaff, criterionProcedure, criterionTiming
    case criterionCosts, criterionFeedback, criterionResult, allResults, addressee, parameter, channel
    case serviceCode, search, searchLabel, searchNoJS, chartCriteria, chartHistory, chartMap
    case chartDynamicsFive, chartDynamicsTen, chartNote, noData

    /// The key in the strings files.
    public var key: String { Self.keys[self] ?? rawValue }

    private static let keys: [UIText: String] = Dictionary(uniqueKeysWithValues: allCases.map { ($0, snakeCase($0.rawValue)) })

    /// `headlineScore` → `headline_score`; a run of capitals is one word (`searchNoJS` →
    /// `search_no_js`).
    static func snakeCase(_ name: String) -> String {
        let scalars = Array(name.unicodeScalars)
        var key = ""
        for (index, scalar) in scalars.enumerated() {
            let isUpper = CharacterSet.uppercaseLetters.contains(scalar)
            if isUpper, index > 0 {
                let previous = scalars[index - 1]
                let nextIsLower = index + 1 < scalars.count && CharacterSet.lowercaseLetters.contains(scalars[index + 1])
                if !CharacterSet.uppercaseLetters.contains(previous) || nextIsLower { key += "_" }
            }
            key += isUpper ? String(scalar).lowercased() : String(scalar)
        }
        return key
    }

    public static func criterion(_ criterion: Criterion) -> UIText {
        switch criterion {
        case .accessibility: return .criterionAccessibility
        case .information: return .criterionInformation
        case .staff: return .criterionStaff
        case .procedure: return .criterionProcedure
        case .timing: return .criterionTiming
        case .costs: return .criterionCosts
        case .feedback: return .criterionFeedback
        case .result: return .criterionResult
        }
    }
}

public enum UIPlural: String, CaseIterable, Sendable {
    case respondentsCount = "respondents_count"
    case servicesCount = "services_count"
    case rowsCount = "rows_count"
    case scalePoints = "scale_points"
}
