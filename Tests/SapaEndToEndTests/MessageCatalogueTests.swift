import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaPreview
@testable import SapaSite
@testable import SapaSource

/// One message of a catalogue in one language, and what is wrong with it.
struct CatalogueProblem: CustomStringConvertible {
    var key: String
    var language: Language
    var problem: String
    var description: String { "\(key) [\(language.rawValue)]: \(problem)" }
}

/// Every catalogue of the tool, checked as the site's interface strings are: a message missing
/// or left in English in a language, a value the translation drops or invents, or a plural with
/// the wrong number of forms fails here, naming its key.
@Suite struct MessageCatalogueTests {
    static func problems<Catalogue: MessageCatalogue>(_ catalogue: Catalogue.Type) -> [CatalogueProblem] {
        var problems: [CatalogueProblem] = []
        // The table against the enum: every case with its texts, every text with its case.
        let table = Catalogue.table
        let cases = Set(Catalogue.allCases.map(\.rawValue))
        func failTable(_ key: String, _ problem: String) { problems.append(CatalogueProblem(key: "\(Catalogue.area).\(key)", language: .en, problem: problem)) }
        for entry in table.unreadable { failTable("?", "the table cannot read «\(entry)»: a key, then en:, ru: and kk: lines") }
        for key in table.repeated { failTable(key, "the table gives the key twice") }
        for key in table.texts.keys where !cases.contains(key) { failTable(key, "the table has texts for a key the enum does not have") }
        for key in cases where table.texts[key] == nil { failTable(key, "the table has no texts for this case") }
        for key in Catalogue.allCases {
            let name = "\(Catalogue.area).\(key.rawValue)"
            let english = MessagePattern(key.text.en)
            for language in Language.allCases {
                let text = key.text.pattern(language)
                let pattern = MessagePattern(text)
                func fail(_ problem: String) { problems.append(CatalogueProblem(key: name, language: language, problem: problem)) }
                if text.trimmingCharacters(in: .whitespaces).isEmpty { fail("the text is missing") }
                if pattern.names != english.names {
                    fail("it names the values \(pattern.names.sorted()), the English \(english.names.sorted())")
                }
                let forms = MessagePattern.categories(language).count
                for plural in pattern.pluralForms where plural.count != forms {
                    fail("a plural has \(plural.count) forms \(plural); \(language.rawValue) has \(forms)")
                }
                if language != .en, Self.hasEnglishWords(key.text.en), !text.unicodeScalars.contains(where: { (0x0400...0x04FF).contains($0.value) }) {
                    fail("the text is not translated: «\(text)»")
                }
            }
        }
        return problems
    }

    /// Prose outside code, values and quotes: a text of only `names` and values needs no translation.
    static func hasEnglishWords(_ text: String) -> Bool {
        let prose = text.replacingOccurrences(of: #"`[^`]*`|%\{[^}]*\}|«[^»]*»|--?[a-z-]+"#, with: " ", options: .regularExpression)
        return prose.range(of: #"[A-Za-z]{3,}"#, options: .regularExpression) != nil
    }

    static var allProblems: [CatalogueProblem] {
        let lists: [[CatalogueProblem]] = [
            problems(FigureName.self), problems(SiteMessage.self), problems(DecodingMessage.self), problems(CSVMessage.self), problems(YAMLMessage.self),
            problems(TextFileMessage.self), problems(TableMessage.self), problems(EditionMessage.self), problems(ContestMessage.self),
            problems(TemplateMessage.self), problems(InterfaceMessage.self), problems(BuildMessage.self), problems(PreviewMessage.self),
            problems(CommandMessage.self),
        ]
        return lists.flatMap { $0 }
    }

    @Test func everyMessageIsInEveryLanguage() {
        let problems = Self.allProblems
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }

    /// A catalogue that is not in `allProblems` would go unchecked.
    @Test func everyCatalogueIsChecked() throws {
        let sources = TemporarySite.repositoryRoot.appendingPathComponent("Sources")
        var declared: Set<String> = []
        for case let url as URL in FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)! where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: /enum (\w+): String, MessageCatalogue/) { declared.insert(String(match.1)) }
        }
        let checked: Set<String> = [
            "FigureName", "SiteMessage", "DecodingMessage", "CSVMessage", "YAMLMessage", "TextFileMessage", "TableMessage", "EditionMessage", "ContestMessage",
            "TemplateMessage", "InterfaceMessage", "BuildMessage", "PreviewMessage", "CommandMessage",
        ]
        #expect(declared == checked)
    }

    @Test func aMissingTranslationIsFoundAndNamed() {
        #expect(
            Self.problems(UnfinishedMessage.self).map(\.description) == [
                "test.? [en]: the table cannot read «broken\nen: no other language»: a key, then en:, ru: and kk: lines",
                "test.extra [en]: the table has texts for a key the enum does not have",
                "test.untold [en]: the table has no texts for this case",
                "test.half [kk]: it names the values [\"file\"], the English []",
                "test.half [kk]: a plural has 2 forms [\"a\", \"b\"]; kk has 1",
                "test.half [ru]: the text is not translated: «the file is empty»",
                "test.untold [kk]: the text is not translated: «untold»",
                "test.untold [ru]: the text is not translated: «untold»",
            ])
    }
}

/// A catalogue with the faults the test must find.
private enum UnfinishedMessage: String, MessageCatalogue {
    case half, untold
    static let area = "test"
    static let table = MessageTable(
        #"""
        half
        en: the file is empty
        ru: the file is empty
        kk: %{file} бос %{file|a|b}

        extra
        en: a text of no case
        ru: текст без случая
        kk: жағдайсыз мәтін

        broken
        en: no other language
        """#)
}
