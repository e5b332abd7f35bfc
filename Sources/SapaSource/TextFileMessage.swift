import SapaModel

/// What Sapa says about a file it cannot read as text: its size, its encoding, a NUL byte.
enum TextFileMessage: String, MessageCatalogue {
    case tooLarge, tooLargeUnmeasured, unreadable, utf16, notUTF8, nulByte, saveAsCSVUTF8, saveAsUTF8

    static let area = "file"

}
