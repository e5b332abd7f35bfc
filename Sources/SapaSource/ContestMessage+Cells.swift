import SapaModel

/// What the cells of a row that take more than a look say wrong: the commission's points,
/// annex 1's formula, whole numbers, the photo and the winner's text.
extension ContestMessage {
    var cellText: MessageText {
        switch self {
        case .criterionOfOtherNomination:
            MessageText(
                en: "`%{column}` is a criterion of the %{other} nomination (annex %{annex}); leave it empty in a %{nomination} row",
                ru: "`%{column}` — критерий номинации %{other} (приложение %{annex}); в строке номинации %{nomination} оставьте его пустым",
                kk: "`%{column}` — %{other} номинациясының критерийі (%{annex}-қосымша); %{nomination} номинациясының жолында оны бос қалдырыңыз")
        case .pointsNotANumber:
            MessageText(
                en: "`%{column}` is «%{value}», which is not a number; write the commission's points, like 1 or 4,84",
                ru: "`%{column}` — «%{value}», это не число; напишите баллы комиссии, например 1 или 4,84",
                kk: "`%{column}` мәні — «%{value}», бұл сан емес; комиссияның балын жазыңыз, мысалы 1 немесе 4,84")
        case .negativeClientOrientation:
            MessageText(
                en: "`%{column}` is %{value}: a negative result counts as 0 points (annex 1, note); write 0",
                ru: "`%{column}` — %{value}: отрицательный результат считается как 0 баллов (приложение 1, примечание); напишите 0",
                kk: "`%{column}` мәні — %{value}: теріс нәтиже 0 балл болып есептеледі (1-қосымша, ескертпе); 0 деп жазыңыз")
        case .negativePoints:
            // Russian: the genitive after «до» (до 1 балла, до 5 баллов).
            MessageText(
                en: "`%{column}` is %{value}; the criterion gives 0 to %{maximum} %{maximum|point|points} (annex %{annex}): correct the points",
                ru: "`%{column}` — %{value}; критерий даёт от 0 до %{maximum} %{maximum|балла|баллов|баллов} (приложение %{annex}): исправьте баллы",
                kk: "`%{column}` мәні — %{value}; критерий 0-ден %{maximum} балға дейін береді (%{annex}-қосымша): балды түзетіңіз")
        case .pointsAboveMaximum:
            MessageText(
                en: "`%{column}` is %{value}, above the most this criterion gives, %{maximum} %{maximum|point|points} (annex %{annex}); correct the points",
                ru: "`%{column}` — %{value}, это больше максимума по критерию: %{maximum} %{maximum|балл|балла|баллов} (приложение %{annex}); исправьте баллы",
                kk: "`%{column}` мәні — %{value}, бұл критерий беретін ең көп балдан (%{maximum} балл) асады (%{annex}-қосымша); балды түзетіңіз")
        case .pointsNotWhole:
            MessageText(
                en: "`%{column}` is %{value}; annex %{annex} gives whole points (the criterion is met, 1, or not, 0): correct the points",
                ru: "`%{column}` — %{value}; приложение %{annex} даёт целые баллы (критерий выполнен — 1, не выполнен — 0): исправьте баллы",
                kk: "`%{column}` мәні — %{value}; %{annex}-қосымша бүтін балл береді (критерий орындалса — 1, орындалмаса — 0): балды түзетіңіз")
        case .formulaFigureInOtherNomination:
            MessageText(
                en: "`%{column}` feeds annex 1's formula of the %{formulaNomination} nomination; leave it empty in a %{nomination} row",
                ru: "`%{column}` используется в формуле приложения 1 для номинации %{formulaNomination}; в строке номинации %{nomination} оставьте его пустым",
                kk: "`%{column}` %{formulaNomination} номинациясының 1-қосымшадағы формуласында қолданылады; %{nomination} номинациясының жолында оны бос қалдырыңыз")
        case .noServicesRendered:
            MessageText(
                en: "`services_rendered` is 0; the formula divides by the number of services rendered: write it, or leave both `violations` and `services_rendered` empty",
                ru: "`services_rendered` — 0; формула делит на число оказанных услуг: укажите его или оставьте пустыми и `violations`, и `services_rendered`",
                kk: "`services_rendered` мәні — 0; формула көрсетілген қызметтер санына бөледі: оны жазыңыз немесе `violations` пен `services_rendered` екеуін де бос қалдырыңыз")
        case .moreViolationsThanServices:
            MessageText(
                en: "`violations` (%{violations}) is more than `services_rendered` (%{services}); a service is rendered with a violation or without: correct the figures",
                ru: "`violations` (%{violations}) больше, чем `services_rendered` (%{services}); услуга оказывается либо с нарушением, либо без него: исправьте цифры",
                kk: "`violations` (%{violations}) `services_rendered` (%{services}) мәнінен көп; қызмет не бұзушылықпен, не бұзушылықсыз көрсетіледі: сандарды түзетіңіз")
        case .formulaMismatch:
            MessageText(
                en:
                    "`client_orientation` is %{given} but annex 1's formula gives %{computed} for %{violations} violations in %{services} services, 5 × (1 − %{violations}/%{services} × 100), counted as 0 if negative; write %{computed}, or leave the cell empty for Sapa to compute it",
                ru:
                    "`client_orientation` — %{given}, но формула приложения 1 даёт %{computed} (нарушений: %{violations}, оказано услуг: %{services}): 5 × (1 − %{violations}/%{services} × 100), отрицательный результат считается как 0; напишите %{computed} или оставьте ячейку пустой, чтобы Sapa вычислила значение",
                kk:
                    "`client_orientation` мәні — %{given}, бірақ 1-қосымшаның формуласы %{computed} береді (бұзушылықтар: %{violations}, көрсетілген қызметтер: %{services}): 5 × (1 − %{violations}/%{services} × 100), теріс нәтиже 0 болып есептеледі; %{computed} деп жазыңыз немесе Sapa өзі есептеуі үшін ұяшықты бос қалдырыңыз"
            )
        case .formulaNeedsBoth:
            MessageText(
                en: "`%{given}` is given but `%{empty}` is empty; annex 1's formula needs both (or neither)",
                ru: "`%{given}` указан, а `%{empty}` пуст; формуле приложения 1 нужны оба значения (или ни одного)",
                kk: "`%{given}` берілген, бірақ `%{empty}` бос; 1-қосымшаның формуласына екеуі де керек (немесе екеуі де бос болсын)")
        case .criteriaIncomplete:
            MessageText(
                en: "`%{column}` is empty; the %{nomination} nomination is scored on %{criteria} (annex %{annex}): fill in all of them, or leave all empty",
                ru: "`%{column}` пуст; в номинации %{nomination} оцениваются %{criteria} (приложение %{annex}): заполните их все или оставьте все пустыми",
                kk: "`%{column}` бос; %{nomination} номинациясы %{criteria} бойынша бағаланады (%{annex}-қосымша): бәрін толтырыңыз немесе бәрін бос қалдырыңыз")
        case .notAWholeNumber:
            MessageText(
                en: "`%{column}` is «%{value}»; write %{what} as a whole number",
                ru: "`%{column}` — «%{value}»; напишите целое число (%{what})",
                kk: "`%{column}` мәні — «%{value}»; бүтін сан жазыңыз (%{what})")
        case .photoWithoutPath:
            MessageText(
                en: "there is a photo description but no `photo`; give the photo's path or remove the description",
                ru: "есть описание фотографии, но нет `photo`; укажите путь к фотографии или удалите описание",
                kk: "фотосуреттің сипаттамасы бар, бірақ `photo` жоқ; фотосуреттің жолын көрсетіңіз немесе сипаттаманы өшіріңіз")
        case .photoPathInvalid:
            MessageText(
                en: "`photo` is «%{path}»; write the file's path below Content/static/ in Latin letters, digits, - and _, with / between folders, like contest/2025/akmola-1.jpg",
                ru: "`photo` — «%{path}»; напишите путь к файлу внутри Content/static/ латинскими буквами, цифрами, - и _, с / между папками, например contest/2025/akmola-1.jpg",
                kk:
                    "`photo` мәні — «%{path}»; файлдың Content/static/ ішіндегі жолын латын әріптерімен, цифрлармен, - және _ белгілерімен, қалталар арасына / қойып жазыңыз, мысалы contest/2025/akmola-1.jpg"
            )
        case .photoNotAPicture:
            MessageText(
                en: "«%{path}» is not a picture the web shows; use a .jpg, .png or .webp file",
                ru: "«%{path}» — не изображение, которое показывает браузер; используйте файл .jpg, .png или .webp",
                kk: "«%{path}» браузер көрсететін сурет емес; .jpg, .png немесе .webp файлын қолданыңыз")
        case .photoMissing:
            MessageText(
                en: "the photo «%{path}» is not in Content/static/; put the file there, at Content/static/%{path}, or correct the path",
                ru: "фотографии «%{path}» нет в Content/static/; положите файл туда, в Content/static/%{path}, или исправьте путь",
                kk: "«%{path}» фотосуреті Content/static/ ішінде жоқ; файлды сонда, Content/static/%{path} орнына қойыңыз немесе жолды түзетіңіз")
        case .photoUndescribed:
            MessageText(
                en: "the photo has no description; fill in `photo_alt_kk`: what the photo shows, for readers who cannot see it",
                ru: "у фотографии нет описания; заполните `photo_alt_kk`: что на ней изображено, для читателей, которые не могут её увидеть",
                kk: "фотосуреттің сипаттамасы жоқ; `photo_alt_kk` толтырыңыз: оны көре алмайтын оқырмандар үшін фотосуретте не бейнеленгенін жазыңыз")
        default:
            // Russian: the genitive after «не более» (не более 1 символа, 500 символов).
            MessageText(
                en: "`%{column}` is %{length} %{length|character|characters}; a winner's text is at most %{maximum}: shorten it",
                ru: "`%{column}` — %{length} %{length|символ|символа|символов}; текст о победителе — не более %{maximum} %{maximum|символа|символов|символов}: сократите его",
                kk: "`%{column}` ұзындығы — %{length} таңба; жеңімпаз туралы мәтін %{maximum} таңбадан аспауы керек: оны қысқартыңыз")
        }
    }
}
