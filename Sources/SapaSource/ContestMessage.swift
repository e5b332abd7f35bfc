import SapaModel

/// What the contest's checks say about `Content/contest/`: its folders and files, each row of
/// a winners table (`rowText`), the points, photos and texts in a row (`cellText`), and the
/// places across rows. The nominations keep their official Kazakh names in every language.
enum ContestMessage: String, MessageCatalogue {
    // Rows (ContestMessage+Rows.swift).
    case yearMismatch, stageUnknown, stageEmpty, nominationUnknown, nominationEmpty, placeNotAwarded, placeEmpty
    case takenFromRegionalRow, statusUnknown, notHeldHasWinner, regionEmpty, regionUnknown, regionNotYetFormed, regionAbolished
    case employeeUnnamed, organisationUnnamed, textMissing, employeePosition, employeeOrganisation, premisesAddress
    case notForEmployees, notForOrganisations, consentForEmployeesOnly, consentMissing, consentUnknown
    // Cells (ContestMessage+Cells.swift).
    case criterionOfOtherNomination, pointsNotANumber, negativeClientOrientation, negativePoints, pointsAboveMaximum, pointsNotWhole
    case formulaFigureInOtherNomination, noServicesRendered, moreViolationsThanServices, formulaMismatch, formulaNeedsBoth
    case criteriaIncomplete, notAWholeNumber, photoWithoutPath, photoPathInvalid, photoNotAPicture, photoMissing, photoUndescribed
    case textTooLong
    // Places across rows.
    case notHeldRepeated, regionalPlaceTaken, republicanPlaceTaken, winnerPlacedTwice, placesMissing, onlyFirstPlaces
    case noRegionalFirstPlace, firstPlaceIsOther, republicanWinnerUnnamed, notAFirstPlace, firstPlaceOfSeveralRegions
    // The folder, and the words other messages are built from.
    case yearFolderName, rulesTwice, winnersOutsideYear, unexpectedFile, noSettings, noWinners, sampleMissing
    case nominationClientOriented, nominationServiceOriented, lineHere, lineOfFile

    static let area = "contest"

    var text: MessageText {
        switch self {
        case .yearMismatch, .stageUnknown, .stageEmpty, .nominationUnknown, .nominationEmpty, .placeNotAwarded, .placeEmpty,
            .takenFromRegionalRow, .statusUnknown, .notHeldHasWinner, .regionEmpty, .regionUnknown, .regionNotYetFormed, .regionAbolished,
            .employeeUnnamed, .organisationUnnamed, .textMissing, .employeePosition, .employeeOrganisation, .premisesAddress,
            .notForEmployees, .notForOrganisations, .consentForEmployeesOnly, .consentMissing, .consentUnknown:
            rowText
        case .criterionOfOtherNomination, .pointsNotANumber, .negativeClientOrientation, .negativePoints, .pointsAboveMaximum, .pointsNotWhole,
            .formulaFigureInOtherNomination, .noServicesRendered, .moreViolationsThanServices, .formulaMismatch, .formulaNeedsBoth,
            .criteriaIncomplete, .notAWholeNumber, .photoWithoutPath, .photoPathInvalid, .photoNotAPicture, .photoMissing, .photoUndescribed,
            .textTooLong:
            cellText
        case .notHeldRepeated, .regionalPlaceTaken, .republicanPlaceTaken, .winnerPlacedTwice, .placesMissing, .onlyFirstPlaces,
            .noRegionalFirstPlace, .firstPlaceIsOther, .republicanWinnerUnnamed, .notAFirstPlace, .firstPlaceOfSeveralRegions:
            placeText
        default:
            folderText
        }
    }

    private var placeText: MessageText {
        switch self {
        case .notHeldRepeated:
            MessageText(
                en: "place %{place} of %{region} in %{nomination} at the regional stage of %{year} is already on %{first}; keep one row for the place",
                ru: "место %{place} региона %{region} в номинации %{nomination} на региональном этапе %{year} года уже указано %{first}; оставьте для места одну строку",
                kk: "%{region}, %{nomination} номинациясы, %{year} жылғы өңірлік кезең: %{place}-орын %{first} әлдеқашан көрсетілген; орынға бір жол қалдырыңыз")
        case .regionalPlaceTaken:
            MessageText(
                en:
                    "place %{place} of %{region} in %{nomination} at the regional stage of %{year} is already given on %{first}; a place goes to one winner: correct the place or remove one of the rows",
                ru:
                    "место %{place} региона %{region} в номинации %{nomination} на региональном этапе %{year} года уже присуждено %{first}; место достаётся одному победителю: исправьте место или удалите одну из строк",
                kk:
                    "%{region}, %{nomination} номинациясы, %{year} жылғы өңірлік кезең: %{place}-орын %{first} әлдеқашан берілген; орын бір жеңімпазға беріледі: орынды түзетіңіз немесе жолдардың бірін өшіріңіз"
            )
        case .republicanPlaceTaken:
            MessageText(
                en:
                    "place %{place} in %{nomination} at the republican stage of %{year} is already given on %{first}; a place goes to one winner: correct the place or remove one of the rows",
                ru:
                    "место %{place} в номинации %{nomination} на республиканском этапе %{year} года уже присуждено %{first}; место достаётся одному победителю: исправьте место или удалите одну из строк",
                kk:
                    "%{nomination} номинациясы, %{year} жылғы республикалық кезең: %{place}-орын %{first} әлдеқашан берілген; орын бір жеңімпазға беріледі: орынды түзетіңіз немесе жолдардың бірін өшіріңіз"
            )
        case .winnerPlacedTwice:
            MessageText(
                en: "«%{name}» (%{region}) already has a republican place on %{first}; a winner holds one place: correct the row",
                ru: "у «%{name}» (%{region}) уже есть место на республиканском этапе %{first}; победитель занимает одно место: исправьте строку",
                kk: "«%{name}» (%{region}) республикалық кезеңде %{first} орын алып қойған; жеңімпаз бір ғана орын алады: жолды түзетіңіз")
        case .placesMissing:
            MessageText(
                en:
                    "the regional stage of %{year} has no row for some places (region, nomination, places): %{missing}; add a row for each place: its winner, or not-held in `status` where the place was not awarded",
                ru:
                    "на региональном этапе %{year} года для некоторых мест нет строки (регион, номинация, места): %{missing}; добавьте строку для каждого места: его победителя или not-held в `status`, если место не присуждалось",
                kk:
                    "%{year} жылғы өңірлік кезеңде кейбір орындардың жолы жоқ (өңір, номинация, орындар): %{missing}; әр орынға жол қосыңыз: оның жеңімпазын, ал орын берілмесе, `status` ішінде not-held"
            )
        case .onlyFirstPlaces:
            MessageText(
                en: "only the regions' first places go to the republican stage (methodology, item 23)",
                ru: "на республиканский этап выходят только первые места регионов (методика, пункт 23)",
                kk: "республикалық кезеңге тек өңірлердің бірінші орындары өтеді (әдістеме, 23-тармақ)")
        case .noRegionalFirstPlace:
            MessageText(
                en: "%{region} has no first place in %{nomination} at the regional stage of %{year}; %{rule}: add the regional row or correct the region",
                ru: "у региона %{region} нет первого места в номинации %{nomination} на региональном этапе %{year} года; %{rule}: добавьте строку регионального этапа или исправьте регион",
                kk: "%{region} үшін %{year} жылғы өңірлік кезеңде %{nomination} номинациясы бойынша бірінші орын жоқ; %{rule}: өңірлік жолды қосыңыз немесе өңірді түзетіңіз")
        case .firstPlaceIsOther:
            MessageText(
                en: "the first place of %{region} in %{nomination} at the regional stage of %{year} is «%{winner}» (%{where}), not «%{name}»; %{rule}: correct the name or the region",
                ru:
                    "первое место региона %{region} в номинации %{nomination} на региональном этапе %{year} года — «%{winner}» (%{where}), а не «%{name}»; %{rule}: исправьте имя или регион",
                kk:
                    "%{region} үшін %{year} жылғы өңірлік кезеңде %{nomination} номинациясы бойынша бірінші орын — «%{winner}» (%{where}), «%{name}» емес; %{rule}: атауды немесе өңірді түзетіңіз")
        case .republicanWinnerUnnamed:
            MessageText(
                en: "the republican-stage row does not say who won; give the `region` whose first place it is, or the winner's `name_kk` as written in the regional row",
                ru: "в строке республиканского этапа не сказано, кто победил; укажите `region`, чьё это первое место, или `name_kk` победителя так, как он записан в строке регионального этапа",
                kk: "республикалық кезең жолында кім жеңгені айтылмаған; бұл бірінші орын қай өңірдікі екенін `region` ішінде көрсетіңіз немесе жеңімпаздың `name_kk` атауын өңірлік жолдағыдай жазыңыз"
            )
        case .notAFirstPlace:
            MessageText(
                en: "«%{name}» is not a first place of a regional stage of %{year} in %{nomination}; %{rule}: write the name exactly as in the regional row, or give the region",
                ru:
                    "«%{name}» не занимает первое место ни на одном региональном этапе %{year} года в номинации %{nomination}; %{rule}: напишите имя точно как в строке регионального этапа или укажите регион",
                kk:
                    "«%{name}» %{year} жылғы өңірлік кезеңдерде %{nomination} номинациясы бойынша бірінші орын алмаған; %{rule}: атауды өңірлік жолдағыдай дәл жазыңыз немесе өңірді көрсетіңіз")
        default:
            MessageText(
                en: "«%{name}» is the first place of several regions (%{regions}) in %{nomination}; give the `region` too",
                ru: "«%{name}» — первое место нескольких регионов (%{regions}) в номинации %{nomination}; укажите также `region`",
                kk: "«%{name}» — бірнеше өңірдің (%{regions}) %{nomination} номинациясындағы бірінші орны; `region` бағанын да толтырыңыз")
        }
    }

    private var folderText: MessageText {
        switch self {
        case .yearFolderName:
            MessageText(
                en: "a folder of Content/contest/ is named by the contest's year, like 2025; rename it",
                ru: "папка в Content/contest/ называется годом конкурса, например 2025; переименуйте её",
                kk: "Content/contest/ ішіндегі қалта байқау жылымен аталады, мысалы 2025; оның атын өзгертіңіз")
        case .rulesTwice:
            MessageText(
                en: "the rules in %{language} are also in %{other}; keep one file",
                ru: "правила на языке %{language} есть также в %{other}; оставьте один файл",
                kk: "%{language} тіліндегі ереже %{other} файлында да бар; бір файлды қалдырыңыз")
        case .winnersOutsideYear:
            MessageText(
                en: "winners go in the folder of their year, like Content/contest/2025/winners.csv; move the file there",
                ru: "победители записываются в папку своего года, например Content/contest/2025/winners.csv; перенесите файл туда",
                kk: "жеңімпаздар өз жылының қалтасына жазылады, мысалы Content/contest/2025/winners.csv; файлды сонда көшіріңіз")
        case .unexpectedFile:
            MessageText(
                en: "Content/contest/ holds the year folders (2025/) and the rules texts (rules.kk.md, rules.ru.md, rules.en.md); move or remove this file",
                ru: "в Content/contest/ лежат папки годов (2025/) и тексты правил (rules.kk.md, rules.ru.md, rules.en.md); перенесите или удалите этот файл",
                kk: "Content/contest/ ішінде жыл қалталары (2025/) мен ереже мәтіндері (rules.kk.md, rules.ru.md, rules.en.md) болады; бұл файлды көшіріңіз немесе өшіріңіз")
        case .noSettings:
            MessageText(
                en: "the contest year %{year} has no contest.yml; create it with `sample: false` for the real results, or `sample: true` for sample data",
                ru: "у конкурса %{year} года нет contest.yml; создайте его с `sample: false` для настоящих итогов или с `sample: true` для примерных данных",
                kk: "%{year} жылғы байқауда contest.yml жоқ; оны нақты қорытындылар үшін `sample: false`, ал үлгі деректер үшін `sample: true` деп жасаңыз")
        case .noWinners:
            MessageText(
                en: "the contest year %{year} has no winners; add the table %{folder}/winners.csv (its columns are in Content/README.md)",
                ru: "у конкурса %{year} года нет победителей; добавьте таблицу %{folder}/winners.csv (её столбцы описаны в Content/README.md)",
                kk: "%{year} жылғы байқауда жеңімпаздар жоқ; %{folder}/winners.csv кестесін қосыңыз (оның бағандары Content/README.md ішінде сипатталған)")
        case .sampleMissing:
            MessageText(
                en: "`sample` is missing: write `sample: false` for the real results, or `sample: true` for sample data (placeholder winners, marked as such on every page)",
                ru: "нет `sample`: напишите `sample: false` для настоящих итогов или `sample: true` для примерных данных (условные победители, отмеченные так на каждой странице)",
                kk: "`sample` жоқ: нақты қорытындылар үшін `sample: false`, ал үлгі деректер үшін `sample: true` деп жазыңыз (шартты жеңімпаздар, әр бетте солай белгіленеді)")
        case .nominationClientOriented:
            MessageText(
                en: "«Клиентке бағдарланған қызмет көрсетуші» (client-oriented)", ru: "«Клиентке бағдарланған қызмет көрсетуші» (client-oriented)",
                kk: "«Клиентке бағдарланған қызмет көрсетуші» (client-oriented)")
        case .nominationServiceOriented:
            MessageText(
                en: "«Сервистік қызмет көрсетуші» (service-oriented)", ru: "«Сервистік қызмет көрсетуші» (service-oriented)",
                kk: "«Сервистік қызмет көрсетуші» (service-oriented)")
        case .lineHere:
            MessageText(en: "line %{line}", ru: "в строке %{line}", kk: "%{line}-жолда")
        default:  // .lineOfFile
            MessageText(en: "line %{line} of %{path}", ru: "в строке %{line} файла %{path}", kk: "%{path} файлының %{line}-жолында")
        }
    }
}
