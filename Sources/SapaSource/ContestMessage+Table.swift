import SapaModel

/// The texts of `ContestMessage`, in each language the tool speaks.
extension ContestMessage {
    static let table = MessageTable(
        #"""
        yearMismatch
        en: `year` is «%{value}» but the row is in the folder of %{year}; move it to the folder of its year or correct the year
        ru: `year` — «%{value}», но строка лежит в папке %{year} года; перенесите её в папку её года или исправьте год
        kk: `year` мәні — «%{value}», бірақ жол %{year} жылының қалтасында тұр; оны өз жылының қалтасына көшіріңіз немесе жылды түзетіңіз

        stageUnknown
        en: `stage` is «%{value}»; write `regional` (өңірлік кезең) or `republican` (республикалық кезең)
        ru: `stage` — «%{value}»; напишите `regional` (региональный этап) или `republican` (республиканский этап)
        kk: `stage` мәні — «%{value}»; `regional` (өңірлік кезең) немесе `republican` (республикалық кезең) деп жазыңыз

        stageEmpty
        en: `stage` is empty; write `regional` (өңірлік кезең) or `republican` (республикалық кезең)
        ru: `stage` пуст; напишите `regional` (региональный этап) или `republican` (республиканский этап)
        kk: `stage` бос; `regional` (өңірлік кезең) немесе `republican` (республикалық кезең) деп жазыңыз

        nominationUnknown
        en: `nomination` is «%{value}»; write `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», employees) or `service-oriented` («Сервистік қызмет көрсетуші», organisations)
        ru: `nomination` — «%{value}»; напишите `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», работники) или `service-oriented` («Сервистік қызмет көрсетуші», организации)
        kk: `nomination` мәні — «%{value}»; `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», қызметкерлер) немесе `service-oriented` («Сервистік қызмет көрсетуші», ұйымдар) деп жазыңыз

        nominationEmpty
        en: `nomination` is empty; write `client-oriented` (employees) or `service-oriented` (organisations)
        ru: `nomination` пуст; напишите `client-oriented` (работники) или `service-oriented` (организации)
        kk: `nomination` бос; `client-oriented` (қызметкерлер) немесе `service-oriented` (ұйымдар) деп жазыңыз

        placeNotAwarded
        en: `place` is «%{value}»; the contest awards places 1, 2 and 3 in each nomination (methodology, items 20 and 27): write 1, 2 or 3
        ru: `place` — «%{value}»; в каждой номинации конкурса присуждаются места 1, 2 и 3 (методика, пункты 20 и 27): напишите 1, 2 или 3
        kk: `place` мәні — «%{value}»; байқаудың әр номинациясында 1, 2 және 3-орындар беріледі (әдістеме, 20 және 27-тармақтар): 1, 2 немесе 3 деп жазыңыз

        placeEmpty
        en: `place` is empty; write 1, 2 or 3
        ru: `place` пуст; напишите 1, 2 или 3
        kk: `place` бос; 1, 2 немесе 3 деп жазыңыз

        takenFromRegionalRow
        en: `%{column}` is taken from the winner's regional-stage row; a republican-stage row gives the nomination, the place and the region or `name_kk` of a regional first place (and may add `text_kk`…): leave it empty
        ru: `%{column}` берётся из строки победителя на региональном этапе; строка республиканского этапа указывает номинацию, место и регион или `name_kk` обладателя первого места на региональном этапе (и может добавить `text_kk`…): оставьте пустым
        kk: `%{column}` жеңімпаздың өңірлік кезеңдегі жолынан алынады; республикалық кезең жолында номинация, орын және өңірлік бірінші орынның өңірі немесе `name_kk` көрсетіледі (`text_kk`… қосуға болады): бос қалдырыңыз

        statusUnknown
        en: `status` is «%{value}»; leave it empty for a winner, or write not-held where the place was not awarded
        ru: `status` — «%{value}»; оставьте пустым для победителя или напишите not-held, если место не присуждалось
        kk: `status` мәні — «%{value}»; жеңімпаз үшін бос қалдырыңыз, ал орын берілмесе, not-held деп жазыңыз

        notHeldHasWinner
        en: a place not held has no winner: leave `%{column}` empty, or remove not-held from `status`
        ru: у неприсуждённого места нет победителя: оставьте `%{column}` пустым или удалите not-held из `status`
        kk: берілмеген орынның жеңімпазы жоқ: `%{column}` бос қалдырыңыз немесе `status` ішінен not-held өшіріңіз

        regionEmpty
        en: `region` is empty; a regional-stage row needs its region's id from Content/data/regions.csv, one of: %{regions}
        ru: `region` пуст; строке регионального этапа нужен идентификатор её региона из Content/data/regions.csv, один из: %{regions}
        kk: `region` бос; өңірлік кезең жолына Content/data/regions.csv ішіндегі өз өңірінің идентификаторы керек, мыналардың бірі: %{regions}

        regionUnknown
        en: the region «%{id}» is not in Content/data/regions.csv; use the id of a region of %{year}: %{regions}
        ru: региона «%{id}» нет в Content/data/regions.csv; укажите идентификатор региона, существовавшего в %{year} году: %{regions}
        kk: «%{id}» өңірі Content/data/regions.csv ішінде жоқ; %{year} жылы болған өңірдің идентификаторын жазыңыз: %{regions}

        regionNotYetFormed
        en: the region `%{id}` («%{name}») did not exist in %{year}: it was formed in %{since}; use the region the participant belonged to in %{year}
        ru: региона `%{id}` («%{name}») в %{year} году не было: он образован в %{since} году; укажите регион, к которому участник относился в %{year} году
        kk: `%{id}` өңірі («%{name}») %{year} жылы болған жоқ: ол %{since} жылы құрылған; қатысушы %{year} жылы тиесілі болған өңірді жазыңыз

        regionAbolished
        en: the region `%{id}` («%{name}») did not exist in %{year}: it existed until %{until}; use the region the participant belonged to in %{year}
        ru: региона `%{id}` («%{name}») в %{year} году не было: он существовал до %{until} года; укажите регион, к которому участник относился в %{year} году
        kk: `%{id}` өңірі («%{name}») %{year} жылы болған жоқ: ол %{until} жылға дейін болған; қатысушы %{year} жылы тиесілі болған өңірді жазыңыз

        employeeUnnamed
        en: the winner has no name; fill in `name_kk`, the employee's full name
        ru: у победителя нет имени; заполните `name_kk` — полное имя работника
        kk: жеңімпаздың аты жоқ; `name_kk` толтырыңыз — қызметкердің толық аты-жөні

        organisationUnnamed
        en: the winner has no name; fill in `name_kk`, the name of the state body or organisation
        ru: у победителя нет названия; заполните `name_kk` — название государственного органа или организации
        kk: жеңімпаздың атауы жоқ; `name_kk` толтырыңыз — мемлекеттік органның немесе ұйымның атауы

        textMissing
        en: `%{column}` is empty; fill in %{what}: the %{nomination} nomination requires it
        ru: `%{column}` пуст; укажите %{what}: этого требует номинация %{nomination}
        kk: `%{column}` бос; %{what} жазыңыз: мұны %{nomination} номинациясы талап етеді

        employeePosition
        en: the employee's position
        ru: должность работника
        kk: қызметкердің лауазымын

        employeeOrganisation
        en: the state body or organisation the employee works in
        ru: государственный орган или организацию, в которой работает работник
        kk: қызметкер жұмыс істейтін мемлекеттік органды немесе ұйымды

        premisesAddress
        en: the address of the premises where it renders services
        ru: адрес помещения, где оказываются услуги
        kk: қызмет көрсетілетін үй-жайдың мекенжайын

        notForEmployees
        en: `%{column}` does not belong to the %{nomination} nomination (an employee's row gives the organisation in `organisation_kk`); leave it empty
        ru: `%{column}` не относится к номинации %{nomination} (в строке работника организация указывается в `organisation_kk`); оставьте пустым
        kk: `%{column}` %{nomination} номинациясына жатпайды (қызметкердің жолында ұйым `organisation_kk` ішінде көрсетіледі); бос қалдырыңыз

        notForOrganisations
        en: `%{column}` does not belong to the %{nomination} nomination (an organisation's row gives its name in `name_kk` and its address in `address_kk`); leave it empty
        ru: `%{column}` не относится к номинации %{nomination} (в строке организации её название указывается в `name_kk`, а адрес — в `address_kk`); оставьте пустым
        kk: `%{column}` %{nomination} номинациясына жатпайды (ұйымның жолында оның атауы `name_kk` ішінде, ал мекенжайы `address_kk` ішінде көрсетіледі); бос қалдырыңыз

        consentForEmployeesOnly
        en: `consent` is for employees, whose names are published only if they agree; an organisation's row leaves it empty
        ru: `consent` заполняется для работников, чьи имена публикуются только с их согласия; в строке организации оставьте его пустым
        kk: `consent` қызметкерлер үшін толтырылады, олардың аты тек келісімімен жарияланады; ұйымның жолында оны бос қалдырыңыз

        consentMissing
        en: the employee's consent to publishing their name is not recorded: write yes in `consent` if they agreed, no if not (the page then gives the place and the organisation, and says that the name is withheld)
        ru: согласие работника на публикацию его имени не указано: напишите yes в `consent`, если он согласился, или no, если нет (тогда на странице будут место и организация и пометка, что имя не раскрывается)
        kk: қызметкердің атын жариялауға келісімі көрсетілмеген: келіскен болса, `consent` ішіне yes, келіспесе no деп жазыңыз (сонда бетте орын мен ұйым көрсетіліп, аты жарияланбайтыны айтылады)

        consentUnknown
        en: `consent` is «%{value}»; write yes if the employee agreed to publishing their name, no if not
        ru: `consent` — «%{value}»; напишите yes, если работник согласился на публикацию своего имени, или no, если нет
        kk: `consent` мәні — «%{value}»; қызметкер атын жариялауға келіскен болса yes, келіспесе no деп жазыңыз

        criterionOfOtherNomination
        en: `%{column}` is a criterion of the %{other} nomination (annex %{annex}); leave it empty in a %{nomination} row
        ru: `%{column}` — критерий номинации %{other} (приложение %{annex}); в строке номинации %{nomination} оставьте его пустым
        kk: `%{column}` — %{other} номинациясының критерийі (%{annex}-қосымша); %{nomination} номинациясының жолында оны бос қалдырыңыз

        pointsNotANumber
        en: `%{column}` is «%{value}», which is not a number; write the commission's points, like 1 or 4,84
        ru: `%{column}` — «%{value}», это не число; напишите баллы комиссии, например 1 или 4,84
        kk: `%{column}` мәні — «%{value}», бұл сан емес; комиссияның балын жазыңыз, мысалы 1 немесе 4,84

        negativeClientOrientation
        en: `%{column}` is %{value}: a negative result counts as 0 points (annex 1, note); write 0
        ru: `%{column}` — %{value}: отрицательный результат считается как 0 баллов (приложение 1, примечание); напишите 0
        kk: `%{column}` мәні — %{value}: теріс нәтиже 0 балл болып есептеледі (1-қосымша, ескертпе); 0 деп жазыңыз

        negativePoints
        en: `%{column}` is %{value}; the criterion gives 0 to %{maximum} %{maximum|point|points} (annex %{annex}): correct the points
        ru: `%{column}` — %{value}; критерий даёт от 0 до %{maximum} %{maximum|балла|баллов|баллов} (приложение %{annex}): исправьте баллы
        kk: `%{column}` мәні — %{value}; критерий 0-ден %{maximum} балға дейін береді (%{annex}-қосымша): балды түзетіңіз

        pointsAboveMaximum
        en: `%{column}` is %{value}, above the most this criterion gives, %{maximum} %{maximum|point|points} (annex %{annex}); correct the points
        ru: `%{column}` — %{value}, это больше максимума по критерию: %{maximum} %{maximum|балл|балла|баллов} (приложение %{annex}); исправьте баллы
        kk: `%{column}` мәні — %{value}, бұл критерий беретін ең көп балдан (%{maximum} балл) асады (%{annex}-қосымша); балды түзетіңіз

        pointsNotWhole
        en: `%{column}` is %{value}; annex %{annex} gives whole points (the criterion is met, 1, or not, 0): correct the points
        ru: `%{column}` — %{value}; приложение %{annex} даёт целые баллы (критерий выполнен — 1, не выполнен — 0): исправьте баллы
        kk: `%{column}` мәні — %{value}; %{annex}-қосымша бүтін балл береді (критерий орындалса — 1, орындалмаса — 0): балды түзетіңіз

        formulaFigureInOtherNomination
        en: `%{column}` feeds annex 1's formula of the %{formulaNomination} nomination; leave it empty in a %{nomination} row
        ru: `%{column}` используется в формуле приложения 1 для номинации %{formulaNomination}; в строке номинации %{nomination} оставьте его пустым
        kk: `%{column}` %{formulaNomination} номинациясының 1-қосымшадағы формуласында қолданылады; %{nomination} номинациясының жолында оны бос қалдырыңыз

        noServicesRendered
        en: `services_rendered` is 0; the formula divides by the number of services rendered: write it, or leave both `violations` and `services_rendered` empty
        ru: `services_rendered` — 0; формула делит на число оказанных услуг: укажите его или оставьте пустыми и `violations`, и `services_rendered`
        kk: `services_rendered` мәні — 0; формула көрсетілген қызметтер санына бөледі: оны жазыңыз немесе `violations` пен `services_rendered` екеуін де бос қалдырыңыз

        moreViolationsThanServices
        en: `violations` (%{violations}) is more than `services_rendered` (%{services}); a service is rendered with a violation or without: correct the figures
        ru: `violations` (%{violations}) больше, чем `services_rendered` (%{services}); услуга оказывается либо с нарушением, либо без него: исправьте цифры
        kk: `violations` (%{violations}) `services_rendered` (%{services}) мәнінен көп; қызмет не бұзушылықпен, не бұзушылықсыз көрсетіледі: сандарды түзетіңіз

        formulaMismatch
        en: `client_orientation` is %{given} but annex 1's formula gives %{computed} for %{violations} violations in %{services} services, 5 × (1 − %{violations}/%{services} × 100), counted as 0 if negative; write %{computed}, or leave the cell empty for Sapa to compute it
        ru: `client_orientation` — %{given}, но формула приложения 1 даёт %{computed} (нарушений: %{violations}, оказано услуг: %{services}): 5 × (1 − %{violations}/%{services} × 100), отрицательный результат считается как 0; напишите %{computed} или оставьте ячейку пустой, чтобы Sapa вычислила значение
        kk: `client_orientation` мәні — %{given}, бірақ 1-қосымшаның формуласы %{computed} береді (бұзушылықтар: %{violations}, көрсетілген қызметтер: %{services}): 5 × (1 − %{violations}/%{services} × 100), теріс нәтиже 0 болып есептеледі; %{computed} деп жазыңыз немесе Sapa өзі есептеуі үшін ұяшықты бос қалдырыңыз

        formulaNeedsBoth
        en: `%{given}` is given but `%{empty}` is empty; annex 1's formula needs both (or neither)
        ru: `%{given}` указан, а `%{empty}` пуст; формуле приложения 1 нужны оба значения (или ни одного)
        kk: `%{given}` берілген, бірақ `%{empty}` бос; 1-қосымшаның формуласына екеуі де керек (немесе екеуі де бос болсын)

        criteriaIncomplete
        en: `%{column}` is empty; the %{nomination} nomination is scored on %{criteria} (annex %{annex}): fill in all of them, or leave all empty
        ru: `%{column}` пуст; в номинации %{nomination} оцениваются %{criteria} (приложение %{annex}): заполните их все или оставьте все пустыми
        kk: `%{column}` бос; %{nomination} номинациясы %{criteria} бойынша бағаланады (%{annex}-қосымша): бәрін толтырыңыз немесе бәрін бос қалдырыңыз

        notAWholeNumber
        en: `%{column}` is «%{value}»; write %{what} as a whole number
        ru: `%{column}` — «%{value}»; напишите целое число (%{what})
        kk: `%{column}` мәні — «%{value}»; бүтін сан жазыңыз (%{what})

        photoWithoutPath
        en: there is a photo description but no `photo`; give the photo's path or remove the description
        ru: есть описание фотографии, но нет `photo`; укажите путь к фотографии или удалите описание
        kk: фотосуреттің сипаттамасы бар, бірақ `photo` жоқ; фотосуреттің жолын көрсетіңіз немесе сипаттаманы өшіріңіз

        photoPathInvalid
        en: `photo` is «%{path}»; write the file's path below Content/static/ in Latin letters, digits, - and _, with / between folders, like contest/2025/akmola-1.jpg
        ru: `photo` — «%{path}»; напишите путь к файлу внутри Content/static/ латинскими буквами, цифрами, - и _, с / между папками, например contest/2025/akmola-1.jpg
        kk: `photo` мәні — «%{path}»; файлдың Content/static/ ішіндегі жолын латын әріптерімен, цифрлармен, - және _ белгілерімен, қалталар арасына / қойып жазыңыз, мысалы contest/2025/akmola-1.jpg

        photoNotAPicture
        en: «%{path}» is not a picture the web shows; use a .jpg, .png or .webp file
        ru: «%{path}» — не изображение, которое показывает браузер; используйте файл .jpg, .png или .webp
        kk: «%{path}» браузер көрсететін сурет емес; .jpg, .png немесе .webp файлын қолданыңыз

        photoMissing
        en: the photo «%{path}» is not in Content/static/; put the file there, at Content/static/%{path}, or correct the path
        ru: фотографии «%{path}» нет в Content/static/; положите файл туда, в Content/static/%{path}, или исправьте путь
        kk: «%{path}» фотосуреті Content/static/ ішінде жоқ; файлды сонда, Content/static/%{path} орнына қойыңыз немесе жолды түзетіңіз

        photoUndescribed
        en: the photo has no description; fill in `photo_alt_kk`: what the photo shows, for readers who cannot see it
        ru: у фотографии нет описания; заполните `photo_alt_kk`: что на ней изображено, для читателей, которые не могут её увидеть
        kk: фотосуреттің сипаттамасы жоқ; `photo_alt_kk` толтырыңыз: оны көре алмайтын оқырмандар үшін фотосуретте не бейнеленгенін жазыңыз

        textTooLong
        en: `%{column}` is %{length} %{length|character|characters}; a winner's text is at most %{maximum}: shorten it
        ru: `%{column}` — %{length} %{length|символ|символа|символов}; текст о победителе — не более %{maximum} %{maximum|символа|символов|символов}: сократите его
        kk: `%{column}` ұзындығы — %{length} таңба; жеңімпаз туралы мәтін %{maximum} таңбадан аспауы керек: оны қысқартыңыз

        notHeldRepeated
        en: place %{place} of %{region} in %{nomination} at the regional stage of %{year} is already on %{first}; keep one row for the place
        ru: место %{place} региона %{region} в номинации %{nomination} на региональном этапе %{year} года уже указано %{first}; оставьте для места одну строку
        kk: %{region}, %{nomination} номинациясы, %{year} жылғы өңірлік кезең: %{place}-орын %{first} әлдеқашан көрсетілген; орынға бір жол қалдырыңыз

        regionalPlaceTaken
        en: place %{place} of %{region} in %{nomination} at the regional stage of %{year} is already given on %{first}; a place goes to one winner: correct the place or remove one of the rows
        ru: место %{place} региона %{region} в номинации %{nomination} на региональном этапе %{year} года уже присуждено %{first}; место достаётся одному победителю: исправьте место или удалите одну из строк
        kk: %{region}, %{nomination} номинациясы, %{year} жылғы өңірлік кезең: %{place}-орын %{first} әлдеқашан берілген; орын бір жеңімпазға беріледі: орынды түзетіңіз немесе жолдардың бірін өшіріңіз

        republicanPlaceTaken
        en: place %{place} in %{nomination} at the republican stage of %{year} is already given on %{first}; a place goes to one winner: correct the place or remove one of the rows
        ru: место %{place} в номинации %{nomination} на республиканском этапе %{year} года уже присуждено %{first}; место достаётся одному победителю: исправьте место или удалите одну из строк
        kk: %{nomination} номинациясы, %{year} жылғы республикалық кезең: %{place}-орын %{first} әлдеқашан берілген; орын бір жеңімпазға беріледі: орынды түзетіңіз немесе жолдардың бірін өшіріңіз

        winnerPlacedTwice
        en: «%{name}» (%{region}) already has a republican place on %{first}; a winner holds one place: correct the row
        ru: у «%{name}» (%{region}) уже есть место на республиканском этапе %{first}; победитель занимает одно место: исправьте строку
        kk: «%{name}» (%{region}) республикалық кезеңде %{first} орын алып қойған; жеңімпаз бір ғана орын алады: жолды түзетіңіз

        placesMissing
        en: the regional stage of %{year} has no row for some places (region, nomination, places): %{missing}; add a row for each place: its winner, or not-held in `status` where the place was not awarded
        ru: на региональном этапе %{year} года для некоторых мест нет строки (регион, номинация, места): %{missing}; добавьте строку для каждого места: его победителя или not-held в `status`, если место не присуждалось
        kk: %{year} жылғы өңірлік кезеңде кейбір орындардың жолы жоқ (өңір, номинация, орындар): %{missing}; әр орынға жол қосыңыз: оның жеңімпазын, ал орын берілмесе, `status` ішінде not-held

        onlyFirstPlaces
        en: only the regions' first places go to the republican stage (methodology, item 23)
        ru: на республиканский этап выходят только первые места регионов (методика, пункт 23)
        kk: республикалық кезеңге тек өңірлердің бірінші орындары өтеді (әдістеме, 23-тармақ)

        noRegionalFirstPlace
        en: %{region} has no first place in %{nomination} at the regional stage of %{year}; %{rule}: add the regional row or correct the region
        ru: у региона %{region} нет первого места в номинации %{nomination} на региональном этапе %{year} года; %{rule}: добавьте строку регионального этапа или исправьте регион
        kk: %{region} үшін %{year} жылғы өңірлік кезеңде %{nomination} номинациясы бойынша бірінші орын жоқ; %{rule}: өңірлік жолды қосыңыз немесе өңірді түзетіңіз

        firstPlaceIsOther
        en: the first place of %{region} in %{nomination} at the regional stage of %{year} is «%{winner}» (%{where}), not «%{name}»; %{rule}: correct the name or the region
        ru: первое место региона %{region} в номинации %{nomination} на региональном этапе %{year} года — «%{winner}» (%{where}), а не «%{name}»; %{rule}: исправьте имя или регион
        kk: %{region} үшін %{year} жылғы өңірлік кезеңде %{nomination} номинациясы бойынша бірінші орын — «%{winner}» (%{where}), «%{name}» емес; %{rule}: атауды немесе өңірді түзетіңіз

        republicanWinnerUnnamed
        en: the republican-stage row does not say who won; give the `region` whose first place it is, or the winner's `name_kk` as written in the regional row
        ru: в строке республиканского этапа не сказано, кто победил; укажите `region`, чьё это первое место, или `name_kk` победителя так, как он записан в строке регионального этапа
        kk: республикалық кезең жолында кім жеңгені айтылмаған; бұл бірінші орын қай өңірдікі екенін `region` ішінде көрсетіңіз немесе жеңімпаздың `name_kk` атауын өңірлік жолдағыдай жазыңыз

        notAFirstPlace
        en: «%{name}» is not a first place of a regional stage of %{year} in %{nomination}; %{rule}: write the name exactly as in the regional row, or give the region
        ru: «%{name}» не занимает первое место ни на одном региональном этапе %{year} года в номинации %{nomination}; %{rule}: напишите имя точно как в строке регионального этапа или укажите регион
        kk: «%{name}» %{year} жылғы өңірлік кезеңдерде %{nomination} номинациясы бойынша бірінші орын алмаған; %{rule}: атауды өңірлік жолдағыдай дәл жазыңыз немесе өңірді көрсетіңіз

        firstPlaceOfSeveralRegions
        en: «%{name}» is the first place of several regions (%{regions}) in %{nomination}; give the `region` too
        ru: «%{name}» — первое место нескольких регионов (%{regions}) в номинации %{nomination}; укажите также `region`
        kk: «%{name}» — бірнеше өңірдің (%{regions}) %{nomination} номинациясындағы бірінші орны; `region` бағанын да толтырыңыз

        yearFolderName
        en: a folder of Content/contest/ is named by the contest's year, like 2025; rename it
        ru: папка в Content/contest/ называется годом конкурса, например 2025; переименуйте её
        kk: Content/contest/ ішіндегі қалта байқау жылымен аталады, мысалы 2025; оның атын өзгертіңіз

        rulesTwice
        en: the rules in %{language} are also in %{other}; keep one file
        ru: правила на языке %{language} есть также в %{other}; оставьте один файл
        kk: %{language} тіліндегі ереже %{other} файлында да бар; бір файлды қалдырыңыз

        winnersOutsideYear
        en: winners go in the folder of their year, like Content/contest/2025/winners.csv; move the file there
        ru: победители записываются в папку своего года, например Content/contest/2025/winners.csv; перенесите файл туда
        kk: жеңімпаздар өз жылының қалтасына жазылады, мысалы Content/contest/2025/winners.csv; файлды сонда көшіріңіз

        unexpectedFile
        en: Content/contest/ holds the year folders (2025/) and the rules texts (rules.kk.md, rules.ru.md, rules.en.md); move or remove this file
        ru: в Content/contest/ лежат папки годов (2025/) и тексты правил (rules.kk.md, rules.ru.md, rules.en.md); перенесите или удалите этот файл
        kk: Content/contest/ ішінде жыл қалталары (2025/) мен ереже мәтіндері (rules.kk.md, rules.ru.md, rules.en.md) болады; бұл файлды көшіріңіз немесе өшіріңіз

        noSettings
        en: the contest year %{year} has no contest.yml; create it with `sample: false` for the real results, or `sample: true` for sample data
        ru: у конкурса %{year} года нет contest.yml; создайте его с `sample: false` для настоящих итогов или с `sample: true` для примерных данных
        kk: %{year} жылғы байқауда contest.yml жоқ; оны нақты қорытындылар үшін `sample: false`, ал үлгі деректер үшін `sample: true` деп жасаңыз

        noWinners
        en: the contest year %{year} has no winners; add the table %{folder}/winners.csv (its columns are in Content/README.md)
        ru: у конкурса %{year} года нет победителей; добавьте таблицу %{folder}/winners.csv (её столбцы описаны в Content/README.md)
        kk: %{year} жылғы байқауда жеңімпаздар жоқ; %{folder}/winners.csv кестесін қосыңыз (оның бағандары Content/README.md ішінде сипатталған)

        sampleMissing
        en: `sample` is missing: write `sample: false` for the real results, or `sample: true` for sample data (placeholder winners, marked as such on every page)
        ru: нет `sample`: напишите `sample: false` для настоящих итогов или `sample: true` для примерных данных (условные победители, отмеченные так на каждой странице)
        kk: `sample` жоқ: нақты қорытындылар үшін `sample: false`, ал үлгі деректер үшін `sample: true` деп жазыңыз (шартты жеңімпаздар, әр бетте солай белгіленеді)

        nominationClientOriented
        en: «Клиентке бағдарланған қызмет көрсетуші» (client-oriented)
        ru: «Клиентке бағдарланған қызмет көрсетуші» (client-oriented)
        kk: «Клиентке бағдарланған қызмет көрсетуші» (client-oriented)

        nominationServiceOriented
        en: «Сервистік қызмет көрсетуші» (service-oriented)
        ru: «Сервистік қызмет көрсетуші» (service-oriented)
        kk: «Сервистік қызмет көрсетуші» (service-oriented)

        lineHere
        en: line %{line}
        ru: в строке %{line}
        kk: %{line}-жолда

        lineOfFile
        en: line %{line} of %{path}
        ru: в строке %{line} файла %{path}
        kk: %{path} файлының %{line}-жолында
        """#)
}
