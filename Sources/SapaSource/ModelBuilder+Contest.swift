import Foundation
import SapaModel

/// `Content/contest/`: one folder per year (`2025/`) with `contest.yml` and the winners in
/// one or more CSV files (a regional department may send its own file), and the rules text
/// `rules.<lang>.md`. Every row is checked against the methodology (seed 000), every problem
/// reported at its cell, all of them at once.
extension ModelBuilder {
    mutating func loadContests(_ limits: SiteConfig.Limits, regions: [Region]) -> ContestArchive {
        let root = folder.content.appendingPathComponent("contest")
        guard folder.exists(root) else { return .none }
        let entries =
            (try? FileManager.default.contentsOfDirectory(
                at: root, includingPropertiesForKeys: [.isDirectoryKey],
                options: [.skipsHiddenFiles])) ?? []
        let staticFolder = folder.content.appendingPathComponent("static")
        let staticFiles = Set(folder.files(in: staticFolder).map { String(folder.displayPath($0).dropFirst("Content/static/".count)) })
        var years: [ContestYear] = []
        var rules: [Language: ContestRulesText] = [:]
        for url in entries.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let name = url.lastPathComponent
            let path = folder.displayPath(url)
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                guard name.count == 4, let year = Int(name), (2000...2100).contains(year) else {
                    problems.error(path, ToolMessage(ContestMessage.yearFolderName))
                    continue
                }
                if let contestYear = loadContestYear(year, at: url, limits: limits, regions: regions, staticFiles: staticFiles) { years.append(contestYear) }
            } else if let text = loadContestRules(url, limits: limits) {
                if let other = rules[text.language] {
                    problems.error(path, ToolMessage(ContestMessage.rulesTwice, ["language": text.language.rawValue, "other": other.path]))
                } else {
                    rules[text.language] = text
                }
            }
        }
        return ContestArchive(isPublished: true, years: years, rules: rules)
    }

    /// `rules.<lang>.md`; anything else beside the year folders is reported.
    private mutating func loadContestRules(_ url: URL, limits: SiteConfig.Limits) -> ContestRulesText? {
        let path = folder.displayPath(url)
        let parts = url.lastPathComponent.split(separator: ".")
        guard parts.count == 3, parts[0] == "rules", parts[2] == "md", let language = Language(rawValue: String(parts[1])) else {
            if url.pathExtension.lowercased() == "csv" {
                problems.error(path, ToolMessage(ContestMessage.winnersOutsideYear))
            } else {
                problems.error(path, ToolMessage(ContestMessage.unexpectedFile))
            }
            return nil
        }
        guard let file = read(url, maxBytes: limits.maxFileBytes) else { return nil }
        let document: MarkdownDocument
        switch MarkdownDocument.split(file) {
        case .success(let split): document = split
        case .failure(let diagnostic):
            problems.append(diagnostic)
            return nil
        }
        guard let front = decode(PageFrontMatter.self, document.frontMatter, path: path, firstLine: document.frontMatterLine) else { return nil }
        return ContestRulesText(language: language, title: front.title, description: front.description, markdown: document.body, path: path)
    }

    private mutating func loadContestYear(
        _ year: Int, at url: URL, limits: SiteConfig.Limits, regions: [Region],
        staticFiles: Set<String>
    ) -> ContestYear? {
        let folderPath = folder.displayPath(url)
        let settingsURL = url.appendingPathComponent("contest.yml")
        var settings: ContestYearSettings?
        if folder.exists(settingsURL) {
            if let file = read(settingsURL, maxBytes: limits.maxFileBytes) {
                settings = decode(ContestYearSettings.self, file.text, path: file.path)
            }
        } else {
            problems.error("\(folderPath)/contest.yml", ToolMessage(ContestMessage.noSettings, ["year": year]))
        }
        let tables = folder.files(in: url, extensions: ["csv"])
        if tables.isEmpty {
            problems.error(folderPath, ToolMessage(ContestMessage.noWinners, ["year": year, "folder": folderPath]))
        }
        var check = ContestYearCheck(year: year, regions: regions, staticFiles: staticFiles)
        let errorsBefore = problems.diagnostics.count
        for tableURL in tables {
            guard let table = csv(tableURL, limits: limits) else { continue }
            var reader = RecordReader(table, required: ContestColumns.required, known: ContestColumns.known)
            for row in table.rows { check.read(row, with: &reader) }
            problems.append(contentsOf: reader.problems.diagnostics)
        }
        check.checkAcrossRows()
        // A place left out is often the other side of a row written wrong (a place 4, an
        // unknown region): it is told only once the rows themselves are right.
        if problems.diagnostics.count == errorsBefore, !check.problems.hasErrors, let first = tables.first {
            check.checkEveryPlace(in: folder.displayPath(first))
        }
        problems.append(contentsOf: check.problems.diagnostics)
        guard let settings else { return nil }
        return ContestYear(
            year: year, isSample: settings.isSample, note: settings.note,
            regional: check.regional, republican: check.republican, notHeld: Set(check.notHeld.map(\.place)))
    }
}

/// `Content/contest/<year>/contest.yml`.
struct ContestYearSettings: Decodable {
    var isSample: Bool
    var note: LocalizedText?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        // Required, so that nobody publishes sample winners as real ones by leaving it out.
        guard container.contains(AnyKey("sample")) else {
            throw ContentError(container.codingPath, ToolMessage(ContestMessage.sampleMissing))
        }
        isSample = try container.decode(Bool.self, forKey: AnyKey("sample"))
        note = try container.localized("note")
    }
}

/// The columns of a winners table.
enum ContestColumns {
    static let required = ["stage", "region", "nomination", "place", "name_kk"]
    static let participantTexts = ["name", "position", "organisation", "address"]
    static let known: Set<String> = {
        let plain = ["year", "stage", "region", "nomination", "place", "status", "consent", "votes", "violations", "services_rendered", "photo"]
        let localized = (participantTexts + ["photo_alt", "text"]).flatMap { base in Language.allCases.map { "\(base)_\($0.rawValue)" } }
        return Set(plain + ContestCriterion.allCases.map(\.rawValue) + localized)
    }()

    /// What a republican-stage row may fill in; the rest is the winner's regional row.
    static let republican: Set<String> = Set(["year", "stage", "region", "nomination", "place", "name_kk"] + Language.allCases.map { "text_\($0.rawValue)" })

    /// The longest winner's text, in characters: a few sentences under the winner's name.
    static let maximumTextLength = 500
}

extension ContestNomination {
    /// The nomination as messages name it: its official Kazakh name and its id, in every language.
    var messageName: ToolMessage {
        switch self {
        case .clientOriented: return ToolMessage(ContestMessage.nominationClientOriented)
        case .serviceOriented: return ToolMessage(ContestMessage.nominationServiceOriented)
        }
    }
}
