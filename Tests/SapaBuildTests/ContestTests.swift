import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// Occurrences of `needle` in `text`.
private func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

@Suite struct ContestTests {
    static let winners = "Content/contest/2025/winners.csv"

    /// The diagnostics of building a copy of the contest fixture after `edit`.
    func problems(_ edit: (TemporarySite) throws -> Void) throws -> [String] {
        let site = try TemporarySite.contest()
        defer { site.remove() }
        try edit(site)
        return site.build().failureDiagnostics.filter { $0.severity == .error }.map(\.description)
    }

    // MARK: The demo contest

    @Test func demoContestBuildsItsPages() throws {
        let site = try TemporarySite.demoContest()
        defer { site.remove() }
        _ = try site.build().get()
        let regions = try String(contentsOf: TemporarySite.repositoryRoot.appendingPathComponent("Content/data/regions.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(regions.count == 20)

        let notices = ["kk": "Үлгі деректер.", "ru": "Демонстрационные данные.", "en": "Sample data."]
        for (language, notice) in notices {
            let year = try site.output("\(language)/contest/2025/index.html")
            #expect(year.contains("<p class=\"notice\" role=\"note\"><strong>\(notice)</strong>"))
            // Republican stage: 3 places in each of the 2 nominations; then 20 regions × 2 × 3.
            #expect(count("<section aria-labelledby=\"region-", in: year) == 20)
            for region in regions {
                #expect(year.contains("href=\"/\(language)/contest/2025/\(region)/\""))
                let page = try site.output("\(language)/contest/2025/\(region)/index.html")
                #expect(page.contains("<p class=\"notice\" role=\"note\"><strong>\(notice)</strong>"), "\(language)/\(region)")
                #expect(count("<article aria-labelledby=", in: page) == 6, "\(language)/\(region)")
                #expect(page.contains("href=\"/\(language)/regions/\(region)/\""))
                let results = try site.output("\(language)/regions/\(region)/index.html")
                #expect(results.contains("href=\"/\(language)/contest/2025/\(region)/\""))
            }
            let index = try site.output("\(language)/contest/index.html")
            #expect(index.contains("href=\"/\(language)/contest/2025/\""))
            #expect(index.contains("href=\"/\(language)/contest/rules/\""))
        }
        let year = try site.output("kk/contest/2025/index.html")
        for place in ["1-орын", "2-орын", "3-орын"] {
            #expect(count("<th scope=\"row\">\(place)</th>", in: year) == 2 + 20 * 2)
        }
        let republican = String(year[year.range(of: "id=\"republican-title\"")!.lowerBound..<year.range(of: "id=\"regional-title\"")!.lowerBound])
        #expect(count("<tr><th scope=\"row\">", in: republican) == 6)
        #expect(republican.contains("<strong>Қатысушы 91</strong>") && republican.contains(">Түркістан облысы</a>"))
        #expect(count("<tbody>", in: year) == 2 + 20 * 2)
        #expect(try site.output("kk/contest/2025/astana/index.html").contains("<h1>Астана қ.: конкурс жеңімпаздары, 2025 ж.</h1>"))
        #expect(try site.output("ru/contest/2025/index.html").contains("<title>Победители конкурса «Үздік сапалы қызмет көрсетуші», 2025 г. (демонстрационные данные)"))

        let checked = try SiteBuilder.check(site.options).get()
        let contest = try #require(checked.model.contests.year(2025))
        #expect(contest.isSample)
        #expect(contest.republican.count == 6)
        for region in regions {
            for nomination in ContestNomination.allCases {
                let winners = contest.winners(of: region, in: nomination)
                #expect(winners.map(\.place) == [1, 2, 3], "\(region) \(nomination)")
                for winner in winners {
                    let total = try #require(winner.totalPoints)
                    #expect(total >= 0 && total <= 5)
                    #expect(winner.participant.name.text(.kk).hasPrefix("Қатысушы "))
                }
            }
        }
    }

    @Test func rulesPageStatesTheAnnexes() throws {
        let site = try TemporarySite.demoContest()
        defer { site.remove() }
        _ = try site.build().get()
        let rules = try site.output("kk/contest/rules/index.html")
        // Annex 1: one criterion, «Жалпы мәні – 5», its six parts, the formula and its note.
        #expect(rules.contains("1-қосымша. «Клиентке бағдарланған қызмет көрсетуші» номинациясы бойынша қатысушыларды бағалау критерийлері"))
        #expect(rules.contains("Клиентке бағдарлану<br>Көрсетілген мемлекеттік қызметтердің сапасы, оның ішінде:"))
        #expect(rules.contains("<li>мемлекеттік қызмет көрсету сапасына қатысты шағымдардың болмауы;</li>"))
        #expect(rules.contains("<li>мемлекеттік қызметтер көрсету саласындағы өзге де бұзушылықтардың болмауы.</li>"))
        #expect(count("Жалпы мәні – 5", in: rules) == 2)
        #expect(rules.contains("<var>T1</var> = <var>k</var> × (1 − (<var>a</var> / <var>b</var>) × 100)"))
        #expect(rules.contains("Ескерту: Егер көрсеткіш бойынша алынған нәтиже теріс мәнге ие болса, онда осы көрсеткіш бойынша баға 0 ұпай деп есептеледі."))
        // Annex 2: five criteria of 1 point.
        #expect(rules.contains("2-қосымша. «Сервистік қызмет көрсетуші» номинациясы бойынша"))
        #expect(count("<td class=\"num\">1 ұпай</td>", in: rules) == 5)
        #expect(rules.contains("мүмкіндігі шектеулі адамдар үшін қажетті жағдайлар жасау (пандустар, лифтілер, шақыру түймелері, Брайль қарпі, тактильді тақталар және т.б.)."))
        // Stages, places and prizes, from the rules text.
        #expect(rules.contains("20 өңірдің әрқайсысында"))
        #expect(rules.contains("Қазақстан Республикасынан тыс профильді тағылымдамаларға қатысу"))
        let russian = try site.output("ru/contest/rules/index.html")
        #expect(count("<td class=\"num\">1 балл</td>", in: russian) == 5)
        #expect(russian.contains("Общее значение – 5"))
        let english = try site.output("en/contest/rules/index.html")
        #expect(count("<td class=\"num\">1 point</td>", in: english) == 5)
    }

    @Test func everyContestStringIsInEveryLanguage() throws {
        let site = try TemporarySite.demoContest()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        for language in Language.allCases {
            let strings = try #require(checked.strings[language])
            for key in ContestText.allCases { #expect(strings.text(key.rawValue) != nil, "\(key.rawValue) in \(language)") }
            for key in ContestPlural.allCases { #expect(strings.plurals[key.rawValue]?.isEmpty == false, "\(key.rawValue) in \(language)") }
        }
    }

    // MARK: The fixture: pages and the region's name in its year

    @Test func fixtureBuildsWithNamesOfTheYear() throws {
        let site = try TemporarySite.contest()
        defer { site.remove() }
        _ = try site.build().get()
        let year = try site.output("kk/contest/2025/index.html")
        #expect(year.contains("Марапаттау рәсімі желтоқсанда өтті."))
        #expect(year.contains("<strong>Қатысушы 4</strong>"))  // the republican second place, named by name only
        // 2021: Astana was Nur-Sultan, and the Abai region did not exist yet.
        let old = try site.output("kk/contest/2021/index.html")
        #expect(old.contains(">Нұр-Сұлтан қ.</span></a></h3>"))
        #expect(!old.contains("region-abai"))
        #expect(!old.contains("role=\"note\""))  // real results: no sample notice
        #expect(try site.output("ru/contest/2021/astana/index.html").contains("<h1>г. Нур-Султан: победители конкурса, 2021 г.</h1>"))
        #expect(try site.output("kk/contest/2025/astana/index.html").contains("<h1>Астана қ.: конкурс жеңімпаздары, 2025 ж.</h1>"))
        // The region's results page links to both years, the sample one marked.
        let region = try site.output("kk/regions/astana/index.html")
        #expect(region.contains("<a href=\"/kk/contest/2025/astana/\">«Үздік сапалы қызмет көрсетуші» конкурсының жеңімпаздары, 2025 ж.</a> <strong>(үлгі деректер)</strong>"))
        #expect(region.contains("<a href=\"/kk/contest/2021/astana/\">«Үздік сапалы қызмет көрсетуші» конкурсының жеңімпаздары, 2021 ж.</a></li>"))

        let akmola = try site.output("kk/contest/2025/akmola/index.html")
        #expect(akmola.contains("<img src=\"/contest/akmola-1.jpg\" alt=\"Қатысушы 1 жұмыс орнында\""))
        #expect(try site.output("contest/akmola-1.jpg").hasPrefix("not really"))
        #expect(akmola.contains("<td class=\"num\">4,85</td>"))  // annex 1
        #expect(akmola.contains("Формула бойынша: 10\u{00A0}000 көрсетілген қызметтің 3 – бұзушылықпен."))
        #expect(akmola.contains("<tfoot><tr><th scope=\"row\">Барлығы</th><td class=\"num\">5</td><td class=\"num\">5</td></tr></tfoot>"))
        // Places the table says were not awarded are said so, not left out.
        #expect(akmola.contains("Өткізілмеді"))
        #expect(akmola.contains("<dt>Республикалық кезең</dt><dd><span>1-орын</span>"))
        let english = try site.output("en/contest/2025/akmola/index.html")
        #expect(english.contains("<dd><span>1,520 votes</span>"))
    }

    @Test func regionNameForTheYear() throws {
        let site = try TemporarySite.contest()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        let astana = try #require(checked.model.region("astana"))
        #expect(astana.name(in: 2021).text(.kk) == "Нұр-Сұлтан қ.")
        #expect(astana.name(in: 2025).text(.kk) == "Астана қ.")
        let contest = try #require(checked.model.contests.year(2021))
        #expect(contest.winners(of: "astana", in: .clientOriented).first?.participant.name.text(.kk) == "Қатысушы 21")
    }

    @Test func noContestFolderNoContestPages() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        _ = try site.build().get()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("kk/contest").path))
        #expect(!(try site.output("kk/index.html")).contains("/kk/contest/"))
    }

    @Test func annexOneFormula() {
        // T1 = 5 × (1 − 3/10000 × 100) = 4.85; a negative result counts as 0.
        #expect(abs(ContestFormula.clientOrientation(violations: 3, servicesRendered: 10_000) - 4.85) < 1e-9)
        #expect(ContestFormula.clientOrientation(violations: 0, servicesRendered: 120) == 5)
        #expect(ContestFormula.clientOrientation(violations: 2, servicesRendered: 100) == 0)
        #expect(ContestNomination.clientOriented.maximumPoints == 5)
        #expect(ContestNomination.serviceOriented.criteria.map(\.maximum) == [1, 1, 1, 1, 1])
    }

    // MARK: Validation, one rule at a time

    @Test func aPlaceIsGivenOnce() throws {
        let found = try problems { try $0.replace(Self.winners, "akmola,client-oriented,2,", "akmola,client-oriented,1,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:3:38: error: place 1 of Ақмола облысы (`akmola`) in «Клиентке бағдарланған қызмет көрсетуші» (client-oriented) at the regional stage of 2025 is already given on line 2; a place goes to one winner: correct the place or remove one of the rows"
            ])
    }

    @Test func aPlaceIsOneTwoOrThree() throws {
        let found = try problems { try $0.replace(Self.winners, "akmola,client-oriented,2,", "akmola,client-oriented,4,") }
        #expect(found == ["Content/contest/2025/winners.csv:3:38: error: `place` is «4»; the contest awards places 1, 2 and 3 in each nomination (methodology, items 20 and 27): write 1, 2 or 3"])
    }

    @Test func republicanPlaceIsGivenOnce() throws {
        let found = try problems { try $0.replace(Self.winners, "2025,republican,,client-oriented,2,", "2025,republican,,client-oriented,1,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:8:34: error: place 1 in «Клиентке бағдарланған қызмет көрсетуші» (client-oriented) at the republican stage of 2025 is already given on line 7; a place goes to one winner: correct the place or remove one of the rows"
            ])
    }

    @Test func regionIsInTheRegistry() throws {
        let found = try problems { try $0.replace(Self.winners, "2025,regional,astana,", "2025,regional,nur-sultan,") }
        #expect(found == ["Content/contest/2025/winners.csv:5:15: error: the region «nur-sultan» is not in Content/data/regions.csv; use the id of a region of 2025: akmola, astana, abai"])
    }

    @Test func regionExistsInTheYear() throws {
        let found = try problems { try $0.replace("Content/contest/2021/winners.csv", "regional,astana,", "regional,abai,") }
        #expect(
            found == [
                "Content/contest/2021/winners.csv:2:10: error: the region `abai` («Абай облысы») did not exist in 2021: it was formed in 2022; use the region the participant belonged to in 2021"
            ])
    }

    @Test func regionalRowNeedsARegion() throws {
        let found = try problems { try $0.replace(Self.winners, "2025,regional,astana,", "2025,regional,,") }
        #expect(found == ["Content/contest/2025/winners.csv:5:15: error: `region` is empty; a regional-stage row needs its region's id from Content/data/regions.csv, one of: akmola, astana, abai"])
    }

    @Test func annexTwoPointsAreAtMostOne() throws {
        let found = try problems { try $0.replace(Self.winners, ",1800,,,,1,1,1,1,1,", ",1800,,,,2,1,1,1,1,") }
        #expect(found == ["Content/contest/2025/winners.csv:6:98: error: `location_access` is 2, above the most this criterion gives, 1 point (annex 2); correct the points"])
    }

    @Test func annexTwoPointsAreNotNegative() throws {
        let found = try problems { try $0.replace(Self.winners, ",1800,,,,1,1,1,1,1,", ",1800,,,,1,1,-1,1,1,") }
        #expect(found == ["Content/contest/2025/winners.csv:6:102: error: `bilingual_information` is -1; the criterion gives 0 to 1 point (annex 2): correct the points"])
    }

    @Test func annexOnePointsAreAtMostFive() throws {
        let found = try problems { try $0.replace(Self.winners, ",3000,,,5,", ",3000,,,5.5,") }
        #expect(found == ["Content/contest/2025/winners.csv:5:88: error: `client_orientation` is 5.5, above the most this criterion gives, 5 points (annex 1); correct the points"])
    }

    @Test func annexOneNegativeCountsAsZero() throws {
        let found = try problems { try $0.replace(Self.winners, ",3000,,,5,", ",3000,,,\"-0,4\",") }
        #expect(found == ["Content/contest/2025/winners.csv:5:88: error: `client_orientation` is -0.4: a negative result counts as 0 points (annex 1, note); write 0"])
    }

    @Test func annexOneFormulaIsChecked() throws {
        let found = try problems { try $0.replace(Self.winners, ",1520,3,10000,4.85,", ",1520,3,10000,4.5,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:2:98: error: `client_orientation` is 4.5 but annex 1's formula gives 4.85 for 3 violations in 10000 services, 5 × (1 − 3/10000 × 100), counted as 0 if negative; write 4.85, or leave the cell empty for Sapa to compute it"
            ])
        // Left empty, it is computed; a result below zero is 0.
        let site = try TemporarySite.contest()
        defer { site.remove() }
        try site.replace(Self.winners, ",1520,3,10000,4.85,", ",1520,300,10000,,")
        let checked = try SiteBuilder.check(site.options).get()
        #expect(checked.model.contests.year(2025)?.winners(of: "akmola", in: .clientOriented).first?.points[.clientOrientation] == 0)
    }

    @Test func allCriteriaOrNone() throws {
        let found = try problems { try $0.replace(Self.winners, ",2100,,,,1,1,1,1,1,", ",2100,,,,1,,1,1,1,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:4:105: error: `waiting_areas` is empty; the «Сервистік қызмет көрсетуші» (service-oriented) nomination is scored on `location_access`, `waiting_areas`, `bilingual_information`, `self_service`, `disability_access` (annex 2): fill in all of them, or leave all empty"
            ])
    }

    @Test func criteriaOfTheOtherNomination() throws {
        let found = try problems { try $0.replace(Self.winners, ",3000,,,5,,", ",3000,,,5,1,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:5:90: error: `location_access` is a criterion of the «Сервистік қызмет көрсетуші» (service-oriented) nomination (annex 2); leave it empty in a «Клиентке бағдарланған қызмет көрсетуші» (client-oriented) row"
            ])
    }

    @Test func employeeNeedsPositionAndOrganisation() throws {
        let found = try problems { try $0.replace(Self.winners, "Участник 4,маман,Үлгі ұйым 4,", "Участник 4,,,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:5:62: error: `position_kk` is empty; fill in the employee's position: the «Клиентке бағдарланған қызмет көрсетуші» (client-oriented) nomination requires it",
                "Content/contest/2025/winners.csv:5:63: error: `organisation_kk` is empty; fill in the state body or organisation the employee works in: the «Клиентке бағдарланған қызмет көрсетуші» (client-oriented) nomination requires it",
            ])
    }

    @Test func organisationNeedsAnAddressAndNoPosition() throws {
        let found = try problems { try $0.replace(Self.winners, "Участник 5,,,\"Семей қ., Үлгі көшесі, 2\",", "Участник 5,маман,,,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:6:61: error: `position_kk` does not belong to the «Сервистік қызмет көрсетуші» (service-oriented) nomination (an organisation's row gives its name in `name_kk` and its address in `address_kk`); leave it empty",
                "Content/contest/2025/winners.csv:6:68: error: `address_kk` is empty; fill in the address of the premises where it renders services: the «Сервистік қызмет көрсетуші» (service-oriented) nomination requires it",
            ])
    }

    @Test func winnerNeedsAName() throws {
        let found = try problems { try $0.replace(Self.winners, "akmola,client-oriented,2,Қатысушы 2,", "akmola,client-oriented,2,,") }
        #expect(found == ["Content/contest/2025/winners.csv:3:40: error: the winner has no name; fill in `name_kk`, the employee's full name"])
    }

    @Test func republicanWinnerIsARegionalFirstPlace() throws {
        // By region: Astana has no first place in the service-oriented nomination.
        let byRegion = try problems { try $0.replace(Self.winners, "2025,republican,abai,service-oriented,1,", "2025,republican,astana,service-oriented,1,") }
        #expect(
            byRegion == [
                "Content/contest/2025/winners.csv:9:17: error: Астана қ. (`astana`) has no first place in «Сервистік қызмет көрсетуші» (service-oriented) at the regional stage of 2025; only the regions' first places go to the republican stage (methodology, item 23): add the regional row or correct the region"
            ])
        // By name: «Қатысушы 2» took second place.
        let byName = try problems { try $0.replace(Self.winners, "2025,republican,,client-oriented,2,Қатысушы 4,", "2025,republican,,client-oriented,2,Қатысушы 2,") }
        #expect(
            byName == [
                "Content/contest/2025/winners.csv:8:36: error: «Қатысушы 2» is not a first place of a regional stage of 2025 in «Клиентке бағдарланған қызмет көрсетуші» (client-oriented); only the regions' first places go to the republican stage (methodology, item 23): write the name exactly as in the regional row, or give the region"
            ])
        // Region and name that disagree.
        let mismatch = try problems { try $0.replace(Self.winners, "2025,republican,akmola,client-oriented,1,,", "2025,republican,akmola,client-oriented,1,Қатысушы 4,") }
        #expect(
            mismatch == [
                "Content/contest/2025/winners.csv:7:42: error: the first place of Ақмола облысы (`akmola`) in «Клиентке бағдарланған қызмет көрсетуші» (client-oriented) at the regional stage of 2025 is «Қатысушы 1» (line 2), not «Қатысушы 4»; only the regions' first places go to the republican stage (methodology, item 23): correct the name or the region"
            ])
        // Of another nomination: the same region's first place does not count.
        let nomination = try problems { try $0.replace(Self.winners, "2025,republican,abai,service-oriented,1,", "2025,republican,abai,client-oriented,3,") }
        #expect(
            nomination.first?.hasPrefix("Content/contest/2025/winners.csv:9:17: error: Абай облысы (`abai`) has no first place in «Клиентке бағдарланған қызмет көрсетуші» (client-oriented)") == true)
    }

    @Test func republicanRowTakesTheRestFromTheRegionalRow() throws {
        let found = try problems { try $0.replace(Self.winners, "2025,republican,akmola,client-oriented,1,,,,,,,", "2025,republican,akmola,client-oriented,1,,,,,,1520,") }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:7:47: error: `votes` is taken from the winner's regional-stage row; a republican-stage row gives the nomination, the place and the region or `name_kk` of a regional first place (and may add `text_kk`…): leave it empty"
            ])
    }

    @Test func aPhotoHasADescriptionAndAFile() throws {
        let noAlt = try problems { try $0.replace(Self.winners, "contest/akmola-1.jpg,Қатысушы 1 жұмыс орнында,", "contest/akmola-1.jpg,,") }
        #expect(noAlt == ["Content/contest/2025/winners.csv:2:129: error: the photo has no description; fill in `photo_alt_kk`: what the photo shows, for readers who cannot see it"])
        let noFile = try problems { try $0.replace(Self.winners, "contest/akmola-1.jpg,", "contest/akmola-9.jpg,") }
        #expect(
            noFile == [
                "Content/contest/2025/winners.csv:2:108: error: the photo «contest/akmola-9.jpg» is not in Content/static/; put the file there, at Content/static/contest/akmola-9.jpg, or correct the path"
            ])
        let outside = try problems { try $0.replace(Self.winners, "contest/akmola-1.jpg,", "../site.yml,") }
        #expect(outside.first?.hasPrefix("Content/contest/2025/winners.csv:2:108: error: `photo` is «../site.yml»; write the file's path below Content/static/") == true)
    }

    @Test func stageAndNominationAreKnown() throws {
        let found = try problems { site in
            try site.replace(Self.winners, "2025,regional,astana,client-oriented,", "2025,final,astana,client-oriented,")
            try site.replace(Self.winners, "2025,regional,abai,service-oriented,", "2025,regional,abai,service,")
        }
        #expect(
            found == [
                "Content/contest/2025/winners.csv:5:6: error: `stage` is «final»; write `regional` (өңірлік кезең) or `republican` (республикалық кезең)",
                "Content/contest/2025/winners.csv:6:20: error: `nomination` is «service»; write `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», employees) or `service-oriented` («Сервистік қызмет көрсетуші», organisations)",
                // Not also that the republican rows naming those two have no regional first place.
            ])
    }

    @Test func yearMustBeTheFolders() throws {
        let found = try problems { try $0.replace(Self.winners, "2025,regional,astana,", "2024,regional,astana,") }
        #expect(found == ["Content/contest/2025/winners.csv:5:1: error: `year` is «2024» but the row is in the folder of 2025; move it to the folder of its year or correct the year"])
    }

    @Test func sampleFlagIsRequired() throws {
        let missing = try problems { try $0.write("Content/contest/2025/contest.yml", "note_kk: Ескерту.\n") }
        #expect(
            missing == [
                "Content/contest/2025/contest.yml:1:1: error: `sample` is missing: write `sample: false` for the real results, or `sample: true` for sample data (placeholder winners, marked as such on every page)"
            ])
        let noFile = try problems { site in try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/contest/2021/contest.yml")) }
        #expect(
            noFile == ["Content/contest/2021/contest.yml:1:1: error: the contest year 2021 has no contest.yml; create it with `sample: false` for the real results, or `sample: true` for sample data"])
    }

    @Test func everyProblemAtOnce() throws {
        let found = try problems { site in
            try site.replace(Self.winners, "akmola,client-oriented,2,", "akmola,client-oriented,1,")
            try site.replace(Self.winners, ",1800,,,,1,1,1,1,1,", ",1800,,,,2,1,1,1,1,")
            try site.replace("Content/contest/2021/winners.csv", "regional,astana,", "regional,abai,")
        }
        #expect(found.count == 3)
        #expect(
            found.map { $0.split(separator: ":").prefix(3).joined(separator: ":") } == [
                "Content/contest/2021/winners.csv:2:10", "Content/contest/2025/winners.csv:3:38", "Content/contest/2025/winners.csv:6:98",
            ])
    }

    @Test func annexTwoPointsAreWhole() throws {
        let found = try problems { try $0.replace(Self.winners, ",2100,,,,1,1,1,1,1,", ",2100,,,,1,1,1,0.5,1,") }
        #expect(found.count == 1)
        #expect(found.first?.contains("`self_service` is 0.5; annex 2 gives whole points") == true)
    }

    @Test func anEmployeeIsNamedOnlyWithConsent() throws {
        // No consent recorded: an error that says what to write.
        let missing = try problems { try $0.replace(Self.winners, "Үлгі мәтін.,yes,", "Үлгі мәтін.,,") }
        #expect(missing.count == 1)
        #expect(missing.first?.contains("consent to publishing their name is not recorded") == true)
        // Consent refused: the place, position and organisation, no name and no photo.
        let site = try TemporarySite.contest()
        defer { site.remove() }
        try site.replace(Self.winners, "Үлгі мәтін.,yes,", "Үлгі мәтін.,no,")
        #expect(site.build().isSuccess)
        let page = try site.output("ru/contest/2025/akmola/index.html")
        #expect(page.contains("Имя не публикуется: сотрудник не дал согласия на публикацию"))
        #expect(!page.contains("Участник 1"))
        #expect(!page.contains("akmola-1.jpg"))
        #expect(page.contains("Үлгі ұйым 1"))
        #expect(try !site.output("ru/contest/2025/index.html").contains("Участник 1"))
    }

    @Test func everyPlaceHasARow() throws {
        let found = try problems { try $0.replace("Content/contest/2025/not-held.csv", "regional,abai,client-oriented,3,not-held,\n", "") }
        #expect(
            found == [
                "Content/contest/2025/not-held.csv:1:1: error: the regional stage of 2025 has no row for some places (region, nomination, places): abai client-oriented 3; add a row for each place: its winner, or not-held in `status` where the place was not awarded"
            ])
        let both = try problems {
            try $0.write("Content/contest/2025/more.csv", "stage,region,nomination,place,status,name_kk\nregional,akmola,client-oriented,1,not-held,\n")
        }
        #expect(both.count == 2)  // the row, and the republican place it held
        #expect(both.first?.contains("is already") == true)
    }
}
