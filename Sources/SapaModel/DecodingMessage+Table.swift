/// The texts of `DecodingMessage`, in each language the tool speaks.
extension DecodingMessage {
    static let table = MessageTable(
        #"""
        notANumber
        en: `%{key}` is «%{value}», which is not a number; write it like 4.58 or 4,58
        ru: `%{key}` — «%{value}», это не число; напишите его как 4.58 или 4,58
        kk: `%{key}` мәні — «%{value}», бұл сан емес; оны 4.58 немесе 4,58 түрінде жазыңыз

        outOfRange
        en: `%{key}` is %{value}, outside %{lowest}–%{highest} for a %{what}; correct the figure
        ru: `%{key}` — %{value}, вне допустимого диапазона %{lowest}–%{highest} (%{what}); исправьте цифру
        kk: `%{key}` мәні — %{value}, рұқсат етілген %{lowest}–%{highest} аралығынан тыс (%{what}); санды түзетіңіз
        """#)
}
