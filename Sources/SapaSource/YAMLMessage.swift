import SapaModel

/// What Sapa says about YAML (a `.yml` file or a front matter block): text that does not
/// parse, a field that is missing or of the wrong kind, a front matter that is absent or open.
enum YAMLMessage: String, MessageCatalogue {
    case emptyBlock, invalid, invalidSyntax, aliasBomb, duplicateKey, unexpected
    case missingField, wrongType, wrongTypeFound, emptyValue, invalidValue
    case aText, aWholeNumber, aNumber, trueOrFalse, aSingleValue, aGroupOfFields, aList, aMapping, aTypeNamed, quoted, anAlias
    case frontMatterAbsent, frontMatterNotClosed

    static let area = "yaml"

}
