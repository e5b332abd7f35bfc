/// The texts of `SiteMessage`, in each language the tool speaks.
extension SiteMessage {
    static let table = MessageTable(
        #"""
        unknownLanguage
        en: unknown language «%{code}»; Sapa publishes in kk (Kazakh), ru (Russian) and en (English)
        ru: неизвестный язык «%{code}»; Sapa публикует на kk (казахском), ru (русском) и en (английском)
        kk: «%{code}» тілі белгісіз; Sapa kk (қазақ), ru (орыс) және en (ағылшын) тілдерінде жариялайды

        emptyLanguages
        en: `languages` is empty; list at least kk
        ru: `languages` пуст; укажите хотя бы kk
        kk: `languages` бос; кемінде kk көрсетіңіз

        missingYear
        en: `year` is missing; write the edition's year, the same as its folder's name, like `year: 2021`
        ru: нет `year`; напишите год издания, совпадающий с именем его папки, например `year: 2021`
        kk: `year` жоқ; басылымның жылын оның қалтасының атауымен бірдей етіп жазыңыз, мысалы `year: 2021`

        unknownToolLanguage
        en: `tool_language` is «%{code}»; write kk, ru or en, the language Sapa's messages are printed in
        ru: `tool_language` — «%{code}»; напишите kk, ru или en — язык, на котором Sapa печатает сообщения
        kk: `tool_language` мәні — «%{code}»; kk, ru немесе en деп жазыңыз — Sapa хабарламаларын шығаратын тіл
        """#)
}
