import SapaModel

extension TableMessage {
    /// What a reference names (`service`, `body`, `region`), and what is wrong with it.
    var referenceText: MessageText {
        switch self {
        case .service: MessageText(en: "service", ru: "услуга", kk: "қызмет")
        case .body: MessageText(en: "body", ru: "государственный орган", kk: "мемлекеттік орган")
        case .region: MessageText(en: "region", ru: "регион", kk: "өңір")
        case .notInRegistry:
            MessageText(
                en: "the %{kind} «%{id}» is not in Content/data/%{registry}; use the id of a %{kind} listed there",
                ru: "%{kind} «%{id}» отсутствует в Content/data/%{registry}; используйте идентификатор из этого файла",
                kk: "%{kind} «%{id}» Content/data/%{registry} ішінде жоқ; сол файлдағы идентификаторды қолданыңыз")
        case .notYetInRegistry:
            MessageText(
                en: "the %{kind} «%{id}» did not exist in %{year}: Content/data/%{registry} gives it from %{since}; remove the row or correct the id",
                ru: "%{kind} «%{id}» значится в Content/data/%{registry} только с %{since} года, а здесь %{year} год; удалите строку или исправьте идентификатор",
                kk: "%{kind} «%{id}» %{year} жылы әлі болмаған: Content/data/%{registry} оны %{since} жылдан бастап көрсетеді; жолды өшіріңіз немесе идентификаторды түзетіңіз")
        default:
            MessageText(
                en: "the %{kind} «%{id}» did not exist in %{year}: Content/data/%{registry} gives it until %{until}; remove the row or correct the id",
                ru: "%{kind} «%{id}» значится в Content/data/%{registry} только до %{until} года, а здесь %{year} год; удалите строку или исправьте идентификатор",
                kk: "%{kind} «%{id}» %{year} жылы енді жоқ болған: Content/data/%{registry} оны %{until} жылға дейін ғана көрсетеді; жолды өшіріңіз немесе идентификаторды түзетіңіз")
        }
    }

    /// Service figures, series, report items and the checks of a description's id and words.
    var describedText: MessageText {
        switch self {
        case .serviceEmpty:
            MessageText(
                en: "the `service` is empty; write the id of a service from Content/data/services.csv",
                ru: "`service` пуст; напишите идентификатор услуги из Content/data/services.csv",
                kk: "`service` бос; Content/data/services.csv ішіндегі қызметтің идентификаторын жазыңыз")
        case .rowRepeated:
            MessageText(
                en: "this row repeats line %{line} (the same %{columns}); keep one of them",
                ru: "эта строка повторяет строку %{line} (те же %{columns}); оставьте одну из них",
                kk: "бұл жол %{line}-жолды қайталайды (%{columns} бірдей); біреуін қалдырыңыз")
        case .totalNotYesOrNo:
            MessageText(
                en: "«%{value}» is not yes or no; write yes on the total row, and leave the others empty",
                ru: "«%{value}» — не yes и не no; напишите yes в итоговой строке, а в остальных оставьте пустым",
                kk: "«%{value}» — yes та, no да емес; жиынтық жолға yes деп жазыңыз, қалғандарын бос қалдырыңыз")
        case .unknownCriterion:
            MessageText(
                en: "`criterion` is «%{value}», not one of the 8 criteria: %{criteria}",
                ru: "`criterion` — «%{value}», это не один из 8 критериев: %{criteria}",
                kk: "`criterion` мәні — «%{value}», бұл 8 критерийдің бірі емес: %{criteria}")
        case .noParameter:
            MessageText(
                en: "the row names no parameter; write what was rated in `parameter_kk`, or yes in `total` for the centre's total",
                ru: "в строке не указан параметр; напишите в `parameter_kk`, что оценивалось, или yes в `total` для итога по центру",
                kk: "жолда параметр көрсетілмеген; `parameter_kk` ішіне не бағаланғанын жазыңыз немесе орталықтың жиынтығы үшін `total` ішіне yes деп жазыңыз")
        case .seriesIDTwice:
            MessageText(
                en: "the series id `%{id}` is used twice; ids must be unique",
                ru: "идентификатор ряда `%{id}` использован дважды; идентификаторы должны быть уникальны",
                kk: "`%{id}` қатар идентификаторы екі рет қолданылған; идентификаторлар қайталанбауы керек")
        case .seriesLinkNotWeb:
            MessageText(
                en: "`link` «%{link}» is not a web address; write the https:// address where the source publishes the series",
                ru: "`link` «%{link}» — не веб-адрес; напишите адрес https://, по которому источник публикует ряд",
                kk: "`link` «%{link}» веб-мекенжай емес; дереккөз қатарды жариялайтын https:// мекенжайын жазыңыз")
        case .seriesPage:
            MessageText(
                en: "`page` is «%{page}»; a series is shown on `dynamics`",
                ru: "`page` — «%{page}»; ряд показывается на `dynamics`",
                kk: "`page` мәні — «%{page}»; қатар `dynamics` бетінде көрсетіледі")
        case .textLanguage:
            MessageText(
                en: "`lang` is «%{code}»; write kk, ru or en, the language the text is written in",
                ru: "`lang` — «%{code}»; напишите kk, ru или en — язык, на котором написан текст",
                kk: "`lang` мәні — «%{code}»; мәтін жазылған тілді көрсетіңіз: kk, ru немесе en")
        case .reportIDTwice:
            MessageText(
                en: "the id `%{id}` is used twice in report.yml; ids must be unique",
                ru: "идентификатор `%{id}` использован в report.yml дважды; идентификаторы должны быть уникальны",
                kk: "`%{id}` идентификаторы report.yml ішінде екі рет қолданылған; идентификаторлар қайталанбауы керек")
        case .itemWithoutPlace:
            MessageText(
                en: "`%{id}` goes with no text and on no page: name its `text` (a file beside report.yml) or its `page` (a page of Content/pages)",
                ru: "`%{id}` не относится ни к тексту, ни к странице: укажите его `text` (файл рядом с report.yml) или `page` (страницу из Content/pages)",
                kk: "`%{id}` ешбір мәтінге де, бетке де байланыспаған: оның `text` (report.yml жанындағы файл) немесе `page` (Content/pages ішіндегі бет) мәнін көрсетіңіз")
        case .textNotInFolder:
            MessageText(
                en: "`%{id}` goes with the text «%{name}», which is not in %{folder}/; correct `text` or add the file",
                ru: "`%{id}` относится к тексту «%{name}», которого нет в %{folder}/; исправьте `text` или добавьте файл",
                kk: "`%{id}` «%{name}» мәтініне байланысты, бірақ ол %{folder}/ ішінде жоқ; `text` мәнін түзетіңіз немесе файлды қосыңыз")
        case .invalidIdentifier:
            MessageText(
                en: "the %{what} «%{value}» is not valid; use Latin lower case, digits and -",
                ru: "значение «%{value}» недопустимо (%{what}); используйте строчные латинские буквы, цифры и -",
                kk: "«%{value}» мәні жарамсыз (%{what}); кіші латын әріптерін, цифрларды және - белгісін қолданыңыз")
        default:
            MessageText(
                en: "unknown %{what} «%{value}»; use one of %{choices}",
                ru: "неизвестное значение «%{value}» (%{what}); используйте одно из: %{choices}",
                kk: "белгісіз мән «%{value}» (%{what}); мыналардың бірін қолданыңыз: %{choices}")
        }
    }
}
