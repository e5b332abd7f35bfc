/// What a number field of a YAML file says when its value is not a number or out of range.
enum DecodingMessage: String, MessageCatalogue {
    case notANumber, outOfRange

    static let area = "decoding"

}
