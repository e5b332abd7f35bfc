/// What `site.yml` and an edition's `edition.yml` are told when read.
enum SiteMessage: String, MessageCatalogue {
    case unknownLanguage, emptyLanguages, missingYear, unknownToolLanguage

    static let area = "site"

}
