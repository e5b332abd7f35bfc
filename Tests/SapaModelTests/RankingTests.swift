import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

@Suite struct RankingTests {
    /// Worked by hand: 2 answers of 3, 3 of 4 and 5 of 5 → (6 + 12 + 25) / 10 = 4.3; 5 of 10 gave 5 → 50%.
    @Test func scoreAndSatisfactionFromCounts() {
        let counts = Ranking.AnswerCounts(0, 0, 2, 3, 5)
        #expect(counts.total == 10)
        #expect(counts.averageScore == 4.3)
        #expect(counts.satisfaction == 50)
        #expect(Ranking.AnswerCounts(0, 0, 0, 0, 0).averageScore == nil)
        // 1 each of 1…5: (1+2+3+4+5)/5 = 3; 1 of 5 gave 5 → 20%.
        #expect(Ranking.AnswerCounts(1, 1, 1, 1, 1).averageScore == 3)
        #expect(Ranking.AnswerCounts(1, 1, 1, 1, 1).satisfaction == 20)
    }

    @Test func competitionRanksShowTies() {
        let ranks = Ranking.competitionRanks([4.70, 4.86, 4.70, nil, 4.5])
        #expect(ranks[1]! == (1, false))
        #expect(ranks[0]! == (2, true))
        #expect(ranks[2]! == (2, true))
        #expect(ranks[3] == nil)
        #expect(ranks[4]! == (4, false))
    }

    /// Rounded scores can print alike while the unrounded ones differ (table 8, ranks 13–19).
    @Test func ranksFollowUnroundedScores() {
        let ranks = Ranking.competitionRanks([4.701, 4.704, 4.699])
        #expect(ranks.map { $0!.rank } == [2, 1, 3])
        #expect(ranks.allSatisfy { !$0!.tied })
    }

    @Test func givenRanksMustFollowEachOther() {
        #expect(Ranking.firstRankBreak([1, 2, 3]) == nil)
        #expect(Ranking.firstRankBreak([1, 2, 2, 4]) == nil)
        #expect(Ranking.firstRankBreak([1, 2, 2, 3]) == nil)
        #expect(Ranking.firstRankBreak([1, 3])?.index == 1)
        #expect(Ranking.firstRankBreak([2, 3])?.index == 0)
        #expect(Ranking.firstRankBreak([1, 2, 2, 5])?.expected == [3, 4])
    }

    @Test func tablesComputeFromCountsAndRank() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let model = try ModelBuilder.build(SiteFolder(root: site.root)).get()
        let regions = try #require(model.tables.first { $0.id == "regions-ranking-2020" })
        // akmola: (3 + 4 + 2·5) / 4 = 4.25, 2 of 4 gave 5 → 50%; astana: (1 + 4 + 10) / 4 = 3.75.
        #expect(regions.value(regions.rows[0], "score").number == 4.25)
        #expect(regions.value(regions.rows[0], "satisfaction").number == 50)
        #expect(regions.value(regions.rows[1], "score").number == 3.75)
        #expect(regions.value(regions.rows[0], "rank").number == 1)
        #expect(regions.value(regions.rows[1], "rank").number == 2)
        #expect(regions.rows.allSatisfy { $0.rankComputed })
    }
}

@Suite struct FormatTests {
    @Test func kazakhAndRussianUseDecimalComma() {
        let kk = DisplayFormat(.kk)
        #expect(kk.score(4.7) == "4,70")
        #expect(kk.score(4.58) == "4,58")
        #expect(kk.percent(75.1) == "75,1%")
        #expect(kk.percent(31.40) == "31,4%")
        #expect(kk.integer(9181) == "9\u{00A0}181")
        #expect(kk.integer(70) == "70")
        #expect(DisplayFormat(.ru).score(4.565) == "4,57")
        #expect(kk.delta(-0.19, digits: 2) == "−0,19")
        #expect(kk.delta(0.2, digits: 2) == "+0,20")
        #expect(kk.delta(0, digits: 1) == "0,0")
    }

    @Test func englishUsesDecimalPoint() {
        let en = DisplayFormat(.en)
        #expect(en.score(4.58) == "4.58")
        #expect(en.percent(75.1) == "75.1%")
        #expect(en.integer(1_234_567) == "1,234,567")
    }

    @Test func russianPlurals() {
        let ru = DisplayFormat(.ru)
        #expect([1, 2, 5, 11, 21, 22, 25, 111].map { ru.pluralCategory($0) } == [.one, .few, .many, .many, .one, .few, .many, .many])
    }
}
