import Foundation
import SapaModel
import SapaMustache

extension ViewContext {
    /// The fields every page has: language, titles, navigation, the language switch.
    func frame(_ page: Routes.Page, title: String, description: String? = nil, available: [Language]? = nil) -> TemplateObject {
        let site = plain(model.config.title)
        let languages = model.config.languages
        let alternates: [TemplateObject] = languages.map { other in
            let exists = available?.contains(other) ?? true
            return [
                "lang": .text(other.rawValue),
                "name": .text(allStrings[other]?[.language] ?? other.rawValue),
                "href": .text(routes.href(exists ? page : .home, other)),
                "current": .bool(other == language),
            ]
        }
        let navigation: [(Routes.Page, UIText)] = [
            (.home, .home), (.servicesRanking, .servicesRanking), (.bodiesRanking, .bodiesRanking),
            (.regionsRanking, .regionsRanking), (.providersRanking, .providersRanking), (.dynamics, .dynamics),
            (.page("methodology"), .methodology), (.openData, .openData),
        ]
        let nav: [TemplateObject] =
            navigation.compactMap { target, label in
                if case .page(let slug) = target, !model.pages.contains(where: { $0.slug == slug }) { return nil }
                return ["href": .text(routes.href(target, language)), "label": .text(self[label]), "current": .bool(target == page)]
            } + contestNavigation(current: page)
        return [
            "lang": .text(language.rawValue),
            "title": .text(title),
            "siteTitle": .text(site),
            "fullTitle": .text(page == .home ? site : "\(title) — \(site)"),
            "description": .text(description ?? plain(model.config.description)),
            "base": .text(routes.basePath),
            "css": .text(routes.asset("site.css")),
            "js": .text(routes.asset("site.js")),
            "homeHref": .text(routes.href(.home, language)),
            "defaultHref": .text(routes.href(available == nil || available!.contains(model.config.defaultLanguage) ? page : .home, model.config.defaultLanguage)),
            "searchHref": .text(routes.href(.search, language)),
            "searchJS": .text(routes.asset("search.js")),
            "canonical": .text((model.config.origin ?? "") + routes.href(page, language)),
            "alternates": list(alternates),
            "nav": list(nav),
            "t": .object(interfaceObject),
            "publisher": .text(plain(model.config.publisher)),
            "pages": list(footerPages()),
            "newerEdition": newerEdition(page),
            "shownYear": .optionalText(model.config.currentYear.map(String.init)),
            "yearSwitch": page.isPerEdition || page.unscoped.isPerEdition ? yearSwitch(page) : .absent,
        ]
    }

    /// On a page of an older edition: the latest edition's year and its page of the same kind.
    func newerEdition(_ page: Routes.Page) -> TemplateValue {
        guard let edition, let latest = model.latestEdition, latest.year > edition else { return .absent }
        var target = page.unscoped
        if case .service(let id) = target, !model.editionContents.last!.services.keys.contains(id) { target = .servicesRanking }
        return .object(["year": .text(String(latest.year)), "href": .text(routes.href(target, language))])
    }

    /// Links to the same page in each edition, for a page that each edition has: plain
    /// links, so the switch works without JavaScript. Absent with one edition.
    func yearSwitch(_ page: Routes.Page) -> TemplateValue {
        let years = model.editionContents.map(\.year)
        guard years.count > 1 else { return .absent }
        let shown = edition ?? years.last!
        return .object([
            "years": list(
                years.map { year in
                    ["year": .text(String(year)), "href": .text(routes.href(.edition(year, page.unscoped), language)), "current": .bool(year == shown)]
                })
        ])
    }

    /// Every free page (about, methodology …), linked from the footer in its title.
    func footerPages() -> [TemplateObject] {
        model.freePageSlugs.compactMap { slug in
            guard let page = model.page(slug, in: language) else { return nil }
            return [
                "href": .text(routes.href(.page(slug), language)), "title": .text(page.title),
                "lang": page.language == language ? .absent : .text(page.language.rawValue),
            ]
        }
    }

    func merge(_ frame: TemplateObject, _ content: TemplateObject) -> TemplateObject {
        frame.merging(content)
    }
}
