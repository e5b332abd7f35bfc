/// What a number field of a YAML file says when its value is not a number or out of range.
enum DecodingMessage: String, MessageCatalogue {
    case notANumber, outOfRange

    static let area = "decoding"

    var text: MessageText {
        switch self {
        case .notANumber:
            MessageText(
                en: "`%{key}` is «%{value}», which is not a number; write it like 4.58 or 4,58",
                ru: "`%{key}` — «%{value}», это не число; напишите его как 4.58 или 4,58",
                kk: "`%{key}` мәні — «%{value}», бұл сан емес; оны 4.58 немесе 4,58 түрінде жазыңыз")
        case .outOfRange:
            MessageText(
                en: "`%{key}` is %{value}, outside %{lowest}–%{highest} for a %{what}; correct the figure",
                ru: "`%{key}` — %{value}, вне допустимого диапазона %{lowest}–%{highest} (%{what}); исправьте цифру",
                kk: "`%{key}` мәні — %{value}, рұқсат етілген %{lowest}–%{highest} аралығынан тыс (%{what}); санды түзетіңіз")
        }
    }
}
