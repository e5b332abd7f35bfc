import SapaModel

/// The texts of `TemplateMessage`, in each language the tool speaks.
extension TemplateMessage {
    static let table = MessageTable(
        #"""
        unclosedTag
        en: a tag opened with %{opening} is never closed; end it with %{closing}
        ru: тег, открытый знаками %{opening}, нигде не закрыт; закончите его знаками %{closing}
        kk: %{opening} белгілерімен ашылған тег жабылмаған; оны %{closing} белгілерімен аяқтаңыз

        badDelimiters
        en: a set-delimiter tag needs two delimiters without «=», separated by a space, as in {{=<% %>=}}
        ru: тегу смены разделителей нужны два разделителя без «=» через пробел, как в {{=<% %>=}}
        kk: бөлгіштерді ауыстыратын тегке «=» белгісі жоқ, бос орынмен бөлінген екі бөлгіш керек, мысалы {{=<% %>=}}

        emptyTag
        en: this tag has no name; write the name of a value, section or partial inside it
        ru: у этого тега нет имени; напишите внутри него имя значения, секции или вложенного шаблона (partial)
        kk: бұл тегтің атауы жоқ; оның ішіне мәннің, бөлімнің немесе ішкі үлгінің (partial) атауын жазыңыз

        unknownFunction
        en: «%{name}(…)» is not a function Sapa's templates have; the only one is empty(name), true for an empty list, text or absent value
        ru: «%{name}(…)» — не функция шаблонов Sapa; такая функция одна: empty(name), она истинна для пустого списка, пустого текста или отсутствующего значения
        kk: «%{name}(…)» Sapa үлгілерінің функциясы емес; мұндай функция біреу ғана: empty(name), ол бос тізім, бос мәтін немесе жоқ мән үшін ақиқат

        invalidName
        en: «%{written}» is not a name: write a name, names joined by dots (a.b), or . for the current value
        ru: «%{written}» — не имя: напишите имя, имена через точку (a.b) или . для текущего значения
        kk: «%{written}» атау емес: атауды, нүктемен жалғанған атауларды (a.b) немесе ағымдағы мән үшін . жазыңыз

        strayClose
        en: {{/%{name}}} closes a section that was never opened; remove it, or open the section before it with {{#%{name}}}
        ru: {{/%{name}}} закрывает секцию, которая не была открыта; удалите его или откройте секцию перед ним тегом {{#%{name}}}
        kk: {{/%{name}}} ашылмаған бөлімді жабады; оны өшіріңіз немесе бөлімді одан бұрын {{#%{name}}} тегімен ашыңыз

        leftOpen
        en: «%{name}» is opened here but never closed before {{/%{closing}}} at line %{line}, column %{column}; close it with {{/%{name}}}
        ru: секция «%{name}» открыта здесь, но не закрыта до {{/%{closing}}} (строка %{line}, позиция %{column}); закройте её тегом {{/%{name}}}
        kk: «%{name}» бөлімі осында ашылған, бірақ {{/%{closing}}} тегіне дейін (%{line}-жол, %{column}-позиция) жабылмаған; оны {{/%{name}}} тегімен жабыңыз

        wrongClose
        en: {{/%{closing}}} closes «%{opened}», opened at line %{line}, column %{column}; sections close in the reverse order they open: close it with {{/%{opened}}}
        ru: {{/%{closing}}} закрывает секцию «%{opened}», открытую в строке %{line} (позиция %{column}); секции закрываются в порядке, обратном открытию: закройте её тегом {{/%{opened}}}
        kk: {{/%{closing}}} %{line}-жолда (%{column}-позиция) ашылған «%{opened}» бөлімін жабады; бөлімдер ашылған ретіне кері ретпен жабылады: оны {{/%{opened}}} тегімен жабыңыз

        neverClosed
        en: «%{name}» is opened here but never closed; close it with {{/%{name}}}
        ru: секция «%{name}» открыта здесь, но нигде не закрыта; закройте её тегом {{/%{name}}}
        kk: «%{name}» бөлімі осында ашылған, бірақ жабылмаған; оны {{/%{name}}} тегімен жабыңыз

        outsideBlock
        en: inside {{<%{parent}}} only blocks ({{$name}}…{{/name}}) are rendered; move this tag into a block
        ru: внутри {{<%{parent}}} выводятся только блоки ({{$name}}…{{/name}}); перенесите этот тег в блок
        kk: {{<%{parent}}} ішінде тек блоктар ({{$name}}…{{/name}}) шығарылады; бұл тегті блокқа көшіріңіз

        unknownPartial
        en: the template uses the partial «%{name}», but no template is named %{name}.mustache; create it or correct the name
        ru: шаблон использует вложенный шаблон (partial) «%{name}», но шаблона %{name}.mustache нет; создайте его или исправьте имя
        kk: үлгі «%{name}» ішкі үлгісін (partial) қолданады, бірақ %{name}.mustache деп аталған үлгі жоқ; оны жасаңыз немесе атауын түзетіңіз

        unknownParent
        en: the template uses the parent «%{name}», but no template is named %{name}.mustache; create it or correct the name
        ru: шаблон использует родительский шаблон (parent) «%{name}», но шаблона %{name}.mustache нет; создайте его или исправьте имя
        kk: үлгі «%{name}» негізгі үлгісін (parent) қолданады, бірақ %{name}.mustache деп аталған үлгі жоқ; оны жасаңыз немесе атауын түзетіңіз

        tooDeep
        en: templates call each other more than %{limit} deep here; a partial or parent seems to include itself without end
        ru: здесь шаблоны вызывают друг друга с вложенностью больше %{limit}; похоже, вложенный или родительский шаблон без конца включает сам себя
        kk: мұнда үлгілер бірін-бірі %{limit} деңгейден тереңірек шақырады; ішкі немесе негізгі үлгі өзін шексіз қосатын сияқты

        noTemplatesFolder
        en: there is no Templates/ folder in %{root}; a site needs its layouts and pages there
        ru: в %{root} нет папки Templates/; в ней должны лежать макеты и страницы сайта
        kk: %{root} ішінде Templates/ қалтасы жоқ; сайттың макеттері мен беттері сонда болуы керек

        duplicateName
        en: another template is also named «%{name}» (%{other}); template file names must be unique across folders
        ru: другой шаблон тоже называется «%{name}» (%{other}); имена файлов шаблонов не должны повторяться, даже в разных папках
        kk: басқа үлгі де «%{name}» деп аталады (%{other}); үлгі файлдарының атаулары әртүрлі қалталарда да қайталанбауы керек

        missingPage
        en: the template is missing; Sapa needs it to render these pages
        ru: шаблона нет; он нужен Sapa, чтобы вывести эти страницы
        kk: үлгі жоқ; Sapa бұл беттерді шығару үшін оны қажет етеді

        unknownName
        en: the template uses «%{name}», which this page (%{page}) does not provide; available here: %{available}
        ru: шаблон использует «%{name}», но эта страница (%{page}) такого значения не даёт; здесь доступны: %{available}
        kk: үлгі «%{name}» мәнін қолданады, бірақ бұл бет (%{page}) оны бермейді; мұнда қолжетімді мәндер: %{available}
        """#)
}
