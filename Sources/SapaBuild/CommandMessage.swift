import SapaModel

/// What the command line says: its help, its summaries and its own errors. The help's frame
/// (USAGE, OPTIONS) is argument-parser's and is translated in `HelpHeading`.
public enum CommandMessage: String, MessageCatalogue {
    case rootAbstract, rootDiscussion, buildAbstract, checkAbstract, serveAbstract, serveDiscussion, newEditionAbstract, newEditionDiscussion
    case siteHelp, langHelp, outputHelp, baseURLHelp, verboseHelp, yearHelp, fromHelp, hostHelp, portHelp, draftsHelp
    case built, buildFailed, checked, checkedWithWarnings, checkFailed, editionCreated
    case portOutOfRange, unknownLanguage

    public static let area = "command"

}
