import SapaModel

/// What the build says about the output folder, the templates it needs and the files it writes.
enum BuildMessage: String, MessageCatalogue {
    case outputHoldsSources, outputTooWide, outputIsFile, cannotWrite, cannotReplace, cannotMove, unexpected
    case missingTemplate, staticReplacesPage

    static let area = "build"

}
