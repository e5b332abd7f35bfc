import SapaModel
import SapaMustache
import SapaSource

/// The pages of the «Үздік сапалы қызмет көрсетуші» contest, in every language:
/// `/<lang>/contest/` (the years), `/<lang>/contest/rules/` (stages, nominations, criteria,
/// prizes), `/<lang>/contest/<year>/` (the republican winners, then every region's places)
/// and `/<lang>/contest/<year>/<region>/` (a region's winners in full). A year of sample data
/// says so on each of them.

extension ViewContext {
    subscript(contest key: ContestText) -> String { strings.text(key.rawValue) ?? key.rawValue }

    /// `{n}` of `key` in the plural form `n` takes; `shown` is how `n` is printed.
    func contestCount(_ key: ContestPlural, _ n: Int, shown: String? = nil) -> String {
        strings.count(key.rawValue, n, format: format, shown: shown)
    }

    /// Points as the annexes write them: whole points plain ("1", "5"), others with two decimals.
    func contestPoints(_ value: Double) -> String {
        value == value.rounded() ? format.integer(Int(value)) : format.score(value)
    }

    func contestYearTitle(_ year: ContestYear) -> String {
        self[contest: .yearTitle].replacingOccurrences(of: "{year}", with: format.year(year.year))
    }

    /// The menu's entry, on sites that publish the contest.
    func contestNavigation(current page: Routes.Page) -> [TemplateObject] {
        guard model.contests.isPublished else { return [] }
        return [
            [
                "href": .text(routes.href(.contest, language)), "label": .text(self[contest: .winners]),
                "current": .bool(page == .contest),
            ]
        ]
    }
}

extension SitePages {
    /// The contest's pages as `identifiedMakers` lists every page: each made only when called.
    func contestMakers() -> [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] {
        let archive = model.contests
        guard archive.isPublished else { return [] }
        let pages = self
        var makers: [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] = [
            (.contest, { pages.contestIndex() }), (.contestRules, { pages.contestRules() }),
        ]
        for year in archive.years {
            makers.append((.contestYear(year.year), { pages.contestYear(year) }))
            makers += model.regions.filter { year.hasWinners(in: $0.id) }.map { region in
                (.contestRegion(year.year, region.id), { pages.contestRegion(region, in: year) })
            }
        }
        return makers
    }

    /// The years in which a region has winners, for its results page.
    func contestLinks(for region: Region) -> [TemplateObject] {
        model.contests.years.reversed().filter { $0.hasWinners(in: region.id) }.map { year in
            [
                "href": .text(context.routes.href(.contestRegion(year.year, region.id), language)),
                "label": .text(context.contestYearTitle(year)),
                "sample": .bool(year.isSample),
            ]
        }
    }

    // MARK: Pages

    func contestIndex() -> RenderedPageSpec {
        let years: [TemplateObject] = model.contests.years.reversed().map { year in
            [
                "href": .text(context.routes.href(.contestYear(year.year), language)),
                "label": .text(context.contestYearTitle(year)),
                "sample": .bool(year.isSample),
            ]
        }
        return spec(
            .contest, template: "contest-index", title: context[contest: .name],
            [
                "years": context.nonEmpty(years),
                "rulesHref": .text(context.routes.href(.contestRules, language)),
            ])
    }

    func contestRules() -> RenderedPageSpec {
        let text = model.contests.rules[language] ?? model.contests.rules[.kk] ?? model.contests.rules.values.sorted { $0.language < $1.language }.first
        let annexes = ContestNomination.allCases.map(contestAnnex)
        return spec(
            .contestRules, template: "contest-rules", title: text?.title ?? context[contest: .rules],
            description: text?.description,
            [
                "body": .html(markdownHTML(text?.markdown ?? "")),
                "contentLang": text.map { $0.language == language ? .absent : .text($0.language.rawValue) } ?? .absent,
                "annexes": context.list(annexes),
                "indexHref": .text(context.routes.href(.contest, language)),
            ])
    }

    func contestYear(_ year: ContestYear) -> RenderedPageSpec {
        let republican: [TemplateObject] = ContestNomination.allCases.map { nomination in
            [
                "id": .text(nomination.rawValue),
                "name": .text(context[contest: .nomination(nomination)]),
                "who": .text(context[contest: .participants(nomination)]),
                "winners": context.nonEmpty(
                    year.republicanWinners(in: nomination).map { winner in
                        var row = contestWinnerSummary(winner.regional, in: year)
                        row["place"] = .text(context[contest: .place(winner.place)])
                        row["first"] = .bool(false)
                        return row
                    }),
            ]
        }
        let regions: [TemplateObject] = model.regions.filter { $0.existed(in: year.year) }.map { region in
            // One group of rows per nomination, its name heading the group.
            let groups: [TemplateObject] = ContestNomination.allCases.compactMap { nomination in
                let winners = year.winners(of: region.id, in: nomination)
                let rows: [(place: Int, row: TemplateObject)] =
                    (winners.map { ($0.place, contestWinnerSummary($0, in: year)) }
                    + (1...3).filter { year.isNotHeld(region.id, nomination, $0) }.map {
                        ($0, notHeldSummary(ContestPlace(regionID: region.id, nomination: nomination, place: $0), in: year))
                    }).sorted { $0.place < $1.place }
                guard !rows.isEmpty else { return nil }
                return [
                    "nomination": .text(context[contest: .nomination(nomination)]),
                    "span": .text(String(rows.count)),
                    "winners": context.list(
                        rows.enumerated().map { index, entry in
                            var row = entry.row
                            row["place"] = .text(context[contest: .place(entry.place)])
                            row["first"] = .bool(index == 0)
                            return row
                        }),
                ]
            }
            return [
                "id": .text(region.id),
                "name": context.link(region.name(in: year.year), groups.isEmpty ? nil : .contestRegion(year.year, region.id)),
                "groups": context.nonEmpty(groups),
            ]
        }
        let title = context.contestYearTitle(year)
        return spec(
            .contestYear(year.year), template: "contest-year", title: sampleTitle(title, year),
            [
                "heading": .text(title),
                "sample": .bool(year.isSample),
                "note": context.localized(year.note),
                "republican": context.list(republican),
                "regions": context.list(regions),
                "rulesHref": .text(context.routes.href(.contestRules, language)),
                "indexHref": .text(context.routes.href(.contest, language)),
            ])
    }

    func contestRegion(_ region: Region, in year: ContestYear) -> RenderedPageSpec {
        let regionName = region.name(in: year.year)
        let nominations: [TemplateObject] = ContestNomination.allCases.map { nomination in
            let awarded = year.winners(of: region.id, in: nomination).map { ($0.place, contestWinnerDetails($0, in: year)) }
            let notHeld = (1...3).filter { year.isNotHeld(region.id, nomination, $0) }.map {
                ($0, notHeldDetails(ContestPlace(regionID: region.id, nomination: nomination, place: $0)))
            }
            let winners: [TemplateObject] = (awarded + notHeld).sorted { $0.0 < $1.0 }.map(\.1)
            return [
                "id": .text(nomination.rawValue),
                "name": .text(context[contest: .nomination(nomination)]),
                "who": .text(context[contest: .participants(nomination)]),
                "winners": context.nonEmpty(winners),
            ]
        }
        let title = context[contest: .regionTitle]
            .replacingOccurrences(of: "{region}", with: context.plain(regionName))
            .replacingOccurrences(of: "{year}", with: context.format.year(year.year))
        return spec(
            .contestRegion(year.year, region.id), template: "contest-region", title: sampleTitle(title, year),
            [
                "heading": .text(title),
                "region": context.localized(regionName),
                "sample": .bool(year.isSample),
                "nominations": context.list(nominations),
                "yearHref": .text(context.routes.href(.contestYear(year.year), language)),
                "yearLabel": .text(context.contestYearTitle(year)),
                "regionHref": .text(context.routes.href(.region(region.id), language)),
                "rulesHref": .text(context.routes.href(.contestRules, language)),
            ])
    }

    // MARK: Parts

    /// The browser tab says it too: a sample page is never mistaken for the real results.
    func sampleTitle(_ title: String, _ year: ContestYear) -> String {
        year.isSample ? "\(title) (\(context[contest: .sampleLabel]))" : title
    }

    /// A winner in one table row: who, from where, the people's vote and the commission's total.
    func contestWinnerSummary(_ winner: ContestWinner, in year: ContestYear) -> TemplateObject {
        [
            "name": participantName(winner.participant),
            "details": .list(participantDetails(winner.participant).map(\.text)),
            "region": context.link(context.regionName(winner.regionID, year: year.year), .contestRegion(year.year, winner.regionID)),
            "votes": .optionalText(winner.votes.map(context.format.integer)),
            "total": .optionalText(winner.totalPoints.map { "\(context.contestPoints($0)) / \(context.contestPoints(winner.nomination.maximumPoints))" }),
        ]
    }

    /// A winner in full, for the region's page.
    func contestWinnerDetails(_ winner: ContestWinner, in year: ContestYear) -> TemplateObject {
        var facts: [TemplateObject] = participantDetails(winner.participant).map { label, text in
            ["label": .text(label), "value": text]
        }
        if let votes = winner.votes {
            facts.append([
                "label": .text(context[contest: .votes]),
                "value": plainValue(context.contestCount(.votes, votes)),
            ])
        }
        if let republican = year.republicanPlace(of: winner) {
            facts.append([
                "label": .text(context[contest: .republicanStage]),
                "value": plainValue(context[contest: .place(republican.place)]),
            ])
        }
        let points: [TemplateObject] =
            winner.points.isEmpty
            ? []
            : winner.nomination.criteria.map { criterion in
                [
                    "criterion": .text(context[contest: .criterion(criterion)]),
                    "given": .text(context.contestPoints(winner.points[criterion] ?? 0)),
                    "maximum": .text(context.contestPoints(criterion.maximum)),
                ]
            }
        let violations = winner.violations.map { figures in
            context[contest: .formulaFigures]
                .replacingOccurrences(of: "{a}", with: context.format.integer(figures.violations))
                .replacingOccurrences(of: "{b}", with: context.format.integer(figures.servicesRendered))
        }
        // A face is as personal as a name: shown only with the consent the name needs.
        let photo: TemplateValue =
            (winner.participant.nameWithheld ? nil : winner.photo).map { photo in
                let alternative = photo.alternativeText.resolve(language)
                return .object([
                    "src": .text(context.routes.basePath + photo.path),
                    "alt": .text(alternative?.text ?? ""),
                    "altLang": alternative.map { $0.language == language ? .absent : .text($0.language.rawValue) } ?? .absent,
                ])
            } ?? .absent
        return [
            "id": .text("\(winner.nomination.rawValue)-\(winner.place)"),
            "place": .text(context[contest: .place(winner.place)]),
            "name": participantName(winner.participant),
            "facts": context.list(facts),
            "photo": photo,
            "text": context.localized(winner.text),
            "points": context.nonEmpty(points),
            "total": .optionalText(winner.totalPoints.map(context.contestPoints)),
            "maximum": .text(context.contestPoints(winner.nomination.maximumPoints)),
            "violations": .optionalText(violations),
        ]
    }

    /// The winner's name, or that it is withheld (an employee who did not consent).
    func participantName(_ participant: ContestParticipant) -> TemplateValue {
        participant.nameWithheld ? plainValue(context[contest: .nameWithheld]) : context.localized(participant.name)
    }

    /// A place the table says was not awarded, in the shape of a winner's row.
    func notHeldSummary(_ place: ContestPlace, in year: ContestYear) -> TemplateObject {
        [
            "name": plainValue(context[contest: .notHeld]), "details": .list([]),
            "region": context.link(context.regionName(place.regionID, year: year.year), .contestRegion(year.year, place.regionID)),
            "votes": .absent, "total": .absent,
        ]
    }

    /// A place not awarded, in the shape of a winner on the region's page.
    func notHeldDetails(_ place: ContestPlace) -> TemplateObject {
        [
            "id": .text("\(place.nomination.rawValue)-\(place.place)"), "place": .text(context[contest: .place(place.place)]),
            "name": plainValue(context[contest: .notHeld]), "facts": .list([]), "photo": .absent, "text": .absent,
            "points": .list([]), "total": .absent, "maximum": .text(context.contestPoints(place.nomination.maximumPoints)),
            "violations": .absent,
        ]
    }

    /// Position and organisation for an employee, address for an organisation, with their labels.
    func participantDetails(_ participant: ContestParticipant) -> [(label: String, text: TemplateValue)] {
        let fields: [(String, LocalizedText?)] = [
            (context[contest: .position], participant.position),
            (context[contest: .organisation], participant.organisation),
            (context[contest: .address], participant.address),
        ]
        return fields.compactMap { label, text in
            guard let text, !text.isEmpty else { return nil }
            return (label, context.localized(text))
        }
    }

    func plainValue(_ text: String) -> TemplateValue { .object(["text": .text(text), "lang": .absent, "href": .absent]) }

    /// One annex of the methodology as the rules page states it: the criteria and their maxima
    /// from `ContestCriterion` (what the checks enforce), worded as the annex words them.
    func contestAnnex(_ nomination: ContestNomination) -> TemplateObject {
        let points: (Double) -> String = { context.contestCount(.points, Int($0), shown: context.contestPoints($0)) }
        let total = context[contest: .totalValue].replacingOccurrences(of: "{n}", with: context.contestPoints(nomination.maximumPoints))
        let group: String
        let intro: String
        let items: [TemplateObject]
        var formula: TemplateValue = .absent
        switch nomination {
        case .clientOriented:
            group = context[contest: .criterion(.clientOrientation)]
            intro = context[contest: .annex1Intro]
            items = ContestText.annex1Items.map { ["text": .text(context[contest: $0]), "points": .absent] }
            let legend: [ContestText] = [.formulaT1, .formulaK, .formulaA, .formulaB, .formula100]
            formula = .object([
                "intro": .text(context[contest: .formulaIntro]),
                "legend": context.list(legend.map { ["text": .text(context[contest: $0])] }),
                "note": .text(context[contest: .formulaNote]),
            ])
        case .serviceOriented:
            group = context[contest: .annex2Group]
            intro = context[contest: .annex2Intro]
            items = nomination.criteria.map { criterion in
                ["text": .text(context[contest: .detail(criterion)]), "points": .text(points(criterion.maximum))]
            }
        }
        return [
            "id": .text("annex-\(nomination.annex)"),
            "title": .text(context[contest: .annexTitle].replacingOccurrences(of: "{n}", with: String(nomination.annex))),
            "heading": .text(context[contest: .annexHeading].replacingOccurrences(of: "{nomination}", with: context[contest: .nomination(nomination)])),
            "group": .text(group),
            "intro": .text(intro),
            "total": .text(total),
            "items": context.list(items),
            "itemPoints": .bool(items.contains { if case .text = $0["points"] { return true } else { return false } }),
            "formula": formula,
        ]
    }
}
