import SapaModel

/// What the loader of the interface strings (`Templates/strings/<lang>.yml`) says about them.
enum InterfaceMessage: String, MessageCatalogue {
    case missingLanguage, unreadable, notAMapping, badPluralForm, notAText, missingKey, missingKeyElsewhere

    static let area = "strings"

}
