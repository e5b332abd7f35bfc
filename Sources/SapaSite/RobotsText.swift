import SapaModel

/// `robots.txt`, unless the publisher gives one in `Content/static/`: everything may be
/// crawled, and the sitemap is where `base_url` puts it.
package enum RobotsText {
    package static func text(_ model: SiteModel, routes: Routes) -> String {
        let sitemapURL = (model.config.absoluteBase ?? routes.basePath) + "sitemap.xml"
        return "User-agent: *\nAllow: /\nSitemap: \(sitemapURL)\n"
    }
}
