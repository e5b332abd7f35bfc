import SapaModel

/// What one row of a winners table says wrong: its year, stage, nomination, place and region,
/// the participant's texts and the consent to publishing a name.
extension ContestMessage {
    var rowText: MessageText {
        switch self {
        case .yearMismatch:
            MessageText(
                en: "`year` is «%{value}» but the row is in the folder of %{year}; move it to the folder of its year or correct the year",
                ru: "`year` — «%{value}», но строка лежит в папке %{year} года; перенесите её в папку её года или исправьте год",
                kk: "`year` мәні — «%{value}», бірақ жол %{year} жылының қалтасында тұр; оны өз жылының қалтасына көшіріңіз немесе жылды түзетіңіз")
        case .stageUnknown:
            MessageText(
                en: "`stage` is «%{value}»; write `regional` (өңірлік кезең) or `republican` (республикалық кезең)",
                ru: "`stage` — «%{value}»; напишите `regional` (региональный этап) или `republican` (республиканский этап)",
                kk: "`stage` мәні — «%{value}»; `regional` (өңірлік кезең) немесе `republican` (республикалық кезең) деп жазыңыз")
        case .stageEmpty:
            MessageText(
                en: "`stage` is empty; write `regional` (өңірлік кезең) or `republican` (республикалық кезең)",
                ru: "`stage` пуст; напишите `regional` (региональный этап) или `republican` (республиканский этап)",
                kk: "`stage` бос; `regional` (өңірлік кезең) немесе `republican` (республикалық кезең) деп жазыңыз")
        case .nominationUnknown:
            MessageText(
                en:
                    "`nomination` is «%{value}»; write `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», employees) or `service-oriented` («Сервистік қызмет көрсетуші», organisations)",
                ru:
                    "`nomination` — «%{value}»; напишите `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», работники) или `service-oriented` («Сервистік қызмет көрсетуші», организации)",
                kk:
                    "`nomination` мәні — «%{value}»; `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», қызметкерлер) немесе `service-oriented` («Сервистік қызмет көрсетуші», ұйымдар) деп жазыңыз"
            )
        case .nominationEmpty:
            MessageText(
                en: "`nomination` is empty; write `client-oriented` (employees) or `service-oriented` (organisations)",
                ru: "`nomination` пуст; напишите `client-oriented` (работники) или `service-oriented` (организации)",
                kk: "`nomination` бос; `client-oriented` (қызметкерлер) немесе `service-oriented` (ұйымдар) деп жазыңыз")
        case .placeNotAwarded:
            MessageText(
                en: "`place` is «%{value}»; the contest awards places 1, 2 and 3 in each nomination (methodology, items 20 and 27): write 1, 2 or 3",
                ru: "`place` — «%{value}»; в каждой номинации конкурса присуждаются места 1, 2 и 3 (методика, пункты 20 и 27): напишите 1, 2 или 3",
                kk: "`place` мәні — «%{value}»; байқаудың әр номинациясында 1, 2 және 3-орындар беріледі (әдістеме, 20 және 27-тармақтар): 1, 2 немесе 3 деп жазыңыз")
        case .placeEmpty:
            MessageText(en: "`place` is empty; write 1, 2 or 3", ru: "`place` пуст; напишите 1, 2 или 3", kk: "`place` бос; 1, 2 немесе 3 деп жазыңыз")
        case .takenFromRegionalRow:
            MessageText(
                en:
                    "`%{column}` is taken from the winner's regional-stage row; a republican-stage row gives the nomination, the place and the region or `name_kk` of a regional first place (and may add `text_kk`…): leave it empty",
                ru:
                    "`%{column}` берётся из строки победителя на региональном этапе; строка республиканского этапа указывает номинацию, место и регион или `name_kk` обладателя первого места на региональном этапе (и может добавить `text_kk`…): оставьте пустым",
                kk:
                    "`%{column}` жеңімпаздың өңірлік кезеңдегі жолынан алынады; республикалық кезең жолында номинация, орын және өңірлік бірінші орынның өңірі немесе `name_kk` көрсетіледі (`text_kk`… қосуға болады): бос қалдырыңыз"
            )
        case .statusUnknown:
            MessageText(
                en: "`status` is «%{value}»; leave it empty for a winner, or write not-held where the place was not awarded",
                ru: "`status` — «%{value}»; оставьте пустым для победителя или напишите not-held, если место не присуждалось",
                kk: "`status` мәні — «%{value}»; жеңімпаз үшін бос қалдырыңыз, ал орын берілмесе, not-held деп жазыңыз")
        case .notHeldHasWinner:
            MessageText(
                en: "a place not held has no winner: leave `%{column}` empty, or remove not-held from `status`",
                ru: "у неприсуждённого места нет победителя: оставьте `%{column}` пустым или удалите not-held из `status`",
                kk: "берілмеген орынның жеңімпазы жоқ: `%{column}` бос қалдырыңыз немесе `status` ішінен not-held өшіріңіз")
        case .regionEmpty:
            MessageText(
                en: "`region` is empty; a regional-stage row needs its region's id from Content/data/regions.csv, one of: %{regions}",
                ru: "`region` пуст; строке регионального этапа нужен идентификатор её региона из Content/data/regions.csv, один из: %{regions}",
                kk: "`region` бос; өңірлік кезең жолына Content/data/regions.csv ішіндегі өз өңірінің идентификаторы керек, мыналардың бірі: %{regions}")
        case .regionUnknown:
            MessageText(
                en: "the region «%{id}» is not in Content/data/regions.csv; use the id of a region of %{year}: %{regions}",
                ru: "региона «%{id}» нет в Content/data/regions.csv; укажите идентификатор региона, существовавшего в %{year} году: %{regions}",
                kk: "«%{id}» өңірі Content/data/regions.csv ішінде жоқ; %{year} жылы болған өңірдің идентификаторын жазыңыз: %{regions}")
        case .regionNotYetFormed:
            MessageText(
                en: "the region `%{id}` («%{name}») did not exist in %{year}: it was formed in %{since}; use the region the participant belonged to in %{year}",
                ru: "региона `%{id}` («%{name}») в %{year} году не было: он образован в %{since} году; укажите регион, к которому участник относился в %{year} году",
                kk: "`%{id}` өңірі («%{name}») %{year} жылы болған жоқ: ол %{since} жылы құрылған; қатысушы %{year} жылы тиесілі болған өңірді жазыңыз")
        case .regionAbolished:
            MessageText(
                en: "the region `%{id}` («%{name}») did not exist in %{year}: it existed until %{until}; use the region the participant belonged to in %{year}",
                ru: "региона `%{id}` («%{name}») в %{year} году не было: он существовал до %{until} года; укажите регион, к которому участник относился в %{year} году",
                kk: "`%{id}` өңірі («%{name}») %{year} жылы болған жоқ: ол %{until} жылға дейін болған; қатысушы %{year} жылы тиесілі болған өңірді жазыңыз")
        case .employeeUnnamed:
            MessageText(
                en: "the winner has no name; fill in `name_kk`, the employee's full name",
                ru: "у победителя нет имени; заполните `name_kk` — полное имя работника",
                kk: "жеңімпаздың аты жоқ; `name_kk` толтырыңыз — қызметкердің толық аты-жөні")
        case .organisationUnnamed:
            MessageText(
                en: "the winner has no name; fill in `name_kk`, the name of the state body or organisation",
                ru: "у победителя нет названия; заполните `name_kk` — название государственного органа или организации",
                kk: "жеңімпаздың атауы жоқ; `name_kk` толтырыңыз — мемлекеттік органның немесе ұйымның атауы")
        case .textMissing:
            MessageText(
                en: "`%{column}` is empty; fill in %{what}: the %{nomination} nomination requires it",
                ru: "`%{column}` пуст; укажите %{what}: этого требует номинация %{nomination}",
                kk: "`%{column}` бос; %{what} жазыңыз: мұны %{nomination} номинациясы талап етеді")
        // `what` of `textMissing`: Russian in the accusative, Kazakh with the accusative ending.
        case .employeePosition:
            MessageText(en: "the employee's position", ru: "должность работника", kk: "қызметкердің лауазымын")
        case .employeeOrganisation:
            MessageText(
                en: "the state body or organisation the employee works in", ru: "государственный орган или организацию, в которой работает работник",
                kk: "қызметкер жұмыс істейтін мемлекеттік органды немесе ұйымды")
        case .premisesAddress:
            MessageText(
                en: "the address of the premises where it renders services", ru: "адрес помещения, где оказываются услуги", kk: "қызмет көрсетілетін үй-жайдың мекенжайын")
        case .notForEmployees:
            MessageText(
                en: "`%{column}` does not belong to the %{nomination} nomination (an employee's row gives the organisation in `organisation_kk`); leave it empty",
                ru: "`%{column}` не относится к номинации %{nomination} (в строке работника организация указывается в `organisation_kk`); оставьте пустым",
                kk: "`%{column}` %{nomination} номинациясына жатпайды (қызметкердің жолында ұйым `organisation_kk` ішінде көрсетіледі); бос қалдырыңыз")
        case .notForOrganisations:
            MessageText(
                en: "`%{column}` does not belong to the %{nomination} nomination (an organisation's row gives its name in `name_kk` and its address in `address_kk`); leave it empty",
                ru: "`%{column}` не относится к номинации %{nomination} (в строке организации её название указывается в `name_kk`, а адрес — в `address_kk`); оставьте пустым",
                kk: "`%{column}` %{nomination} номинациясына жатпайды (ұйымның жолында оның атауы `name_kk` ішінде, ал мекенжайы `address_kk` ішінде көрсетіледі); бос қалдырыңыз")
        case .consentForEmployeesOnly:
            MessageText(
                en: "`consent` is for employees, whose names are published only if they agree; an organisation's row leaves it empty",
                ru: "`consent` заполняется для работников, чьи имена публикуются только с их согласия; в строке организации оставьте его пустым",
                kk: "`consent` қызметкерлер үшін толтырылады, олардың аты тек келісімімен жарияланады; ұйымның жолында оны бос қалдырыңыз")
        case .consentMissing:
            MessageText(
                en:
                    "the employee's consent to publishing their name is not recorded: write yes in `consent` if they agreed, no if not (the page then gives the place and the organisation, and says that the name is withheld)",
                ru:
                    "согласие работника на публикацию его имени не указано: напишите yes в `consent`, если он согласился, или no, если нет (тогда на странице будут место и организация и пометка, что имя не раскрывается)",
                kk:
                    "қызметкердің атын жариялауға келісімі көрсетілмеген: келіскен болса, `consent` ішіне yes, келіспесе no деп жазыңыз (сонда бетте орын мен ұйым көрсетіліп, аты жарияланбайтыны айтылады)"
            )
        default:
            MessageText(
                en: "`consent` is «%{value}»; write yes if the employee agreed to publishing their name, no if not",
                ru: "`consent` — «%{value}»; напишите yes, если работник согласился на публикацию своего имени, или no, если нет",
                kk: "`consent` мәні — «%{value}»; қызметкер атын жариялауға келіскен болса yes, келіспесе no деп жазыңыз")
        }
    }
}
