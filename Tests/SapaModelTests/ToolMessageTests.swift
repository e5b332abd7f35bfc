import Testing

@testable import SapaModel

/// A catalogue for these tests alone, so that they do not change with the tool's wording.
private enum SampleMessage: String, MessageCatalogue {
    case rows, score
    static let area = "sample"
    static let table = MessageTable(
        #"""
        rows
        en: %{count} %{count|row|rows} in %{file}
        ru: %{count} %{count|строка|строки|строк} в %{file}
        kk: %{file} ішінде %{count|жол} саны: %{count}

        score
        en: `score` is %{value}, outside %{lowest}–%{highest}
        ru: `score` — %{value}, вне %{lowest}–%{highest}
        kk: `score` — %{value}, %{lowest}–%{highest} аралығынан тыс
        """#)
}

@Suite struct ToolMessageTests {
    @Test func aTableReadsEachKeyAndItsThreeTexts() {
        #expect(SampleMessage.table.texts.count == 2 && SampleMessage.table.unreadable.isEmpty && SampleMessage.table.repeated.isEmpty)
        #expect(SampleMessage.score.text.ru == "`score` — %{value}, вне %{lowest}–%{highest}")
        // A message without one of its lines is not read (the catalogue test names it), and a
        // key given twice is kept once, its last texts, and named.
        let broken = MessageTable("kept\nen: kept\nru: сохранено\nkk: сақталды\n\nlost\nen: lost\nkk: жоғалды\n\nkept\nen: again\nru: снова\nkk: тағы\n")
        #expect(broken.unreadable == ["lost\nen: lost\nkk: жоғалды"])
        #expect(broken.repeated == ["kept"])
        #expect(broken.texts.keys.sorted() == ["kept"] && broken.texts["kept"]?.kk == "тағы")
    }

    @Test func russianPluralsFollowTheirThreeForms() {
        func rows(_ count: Int, _ language: Language) -> String { ToolMessage(SampleMessage.rows, ["count": count, "file": "a.csv"]).rendered(in: language) }
        #expect(rows(1, .ru) == "1 строка в a.csv")
        #expect(rows(3, .ru) == "3 строки в a.csv")
        #expect(rows(5, .ru) == "5 строк в a.csv")
        #expect(rows(11, .ru) == "11 строк в a.csv")
        #expect(rows(21, .ru) == "21 строка в a.csv")
        #expect(rows(1, .en) == "1 row in a.csv")
        #expect(rows(2, .en) == "2 rows in a.csv")
        #expect(rows(2, .kk) == "a.csv ішінде жол саны: 2")
    }

    @Test func numbersTakeTheLanguagesDecimalComma() {
        let message = ToolMessage(SampleMessage.score, ["value": 6.2, "lowest": 1.0, "highest": 5.0])
        #expect(message.rendered(in: .en) == "`score` is 6.2, outside 1–5")
        #expect(message.rendered(in: .ru) == "`score` — 6,2, вне 1–5")
        #expect(message.rendered(in: .kk) == "`score` — 6,2, 1–5 аралығынан тыс")
        #expect(ToolMessage(SampleMessage.score, ["value": FixedNumber(1.5, digits: 2), "lowest": 1, "highest": 5]).rendered(in: .ru) == "`score` — 1,50, вне 1–5")
    }

    @Test func aMessageInsideAMessageSpeaksTheSameLanguage() {
        let inner = ToolMessage(FigureName.score)
        #expect(MessageArgument.message(inner).rendered(in: .ru) == "оценка")
        #expect(MessageArgument.alternatives(["a", "b", "c"]).rendered(in: .kk) == "a, b немесе c")
        #expect(MessageArgument.alternatives(["a", "b"]).rendered(in: .en) == "a or b")
    }

    @Test func theKeyNamesTheCatalogueAndTheCase() {
        #expect(ToolMessage(SampleMessage.rows).key == "sample.rows")
        #expect(ToolMessage(SampleMessage.rows, ["count": 1]) != ToolMessage(SampleMessage.rows, ["count": 2]))
    }

    @Test func theFlagThenTheSiteThenSapaLangThenTheLocale() {
        let everything = ["SAPA_LANG": "ru", "LANG": "en_US.UTF-8"]
        #expect(ToolLanguage.choose(flag: "kk", siteSetting: "en", environment: everything) == .kk)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: "en", environment: everything) == .en)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: nil, environment: everything) == .ru)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: nil, environment: ["LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: nil, environment: ["LANG": "kk_KZ.UTF-8"]) == .kk)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: nil, environment: ["LC_ALL": "C", "LANG": "ru_RU.UTF-8"]) == .en)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: nil, environment: ["LC_ALL": "", "LANG": "ru_RU.UTF-8"]) == .ru)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: nil, environment: ["LC_MESSAGES": "kk_KZ", "LANG": "ru_RU.UTF-8"]) == .kk)
        #expect(ToolLanguage.choose(flag: nil, siteSetting: nil, environment: [:]) == .en)
        #expect(ToolLanguage.choose(flag: "de", siteSetting: nil, environment: ["SAPA_LANG": "kk"]) == .kk)
    }
}
