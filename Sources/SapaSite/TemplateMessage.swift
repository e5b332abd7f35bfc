import SapaModel
import SapaMustache

/// What the templates' compiler and the template set say about `Templates/`: the engine's
/// problems (`TemplateProblem`, English only in SapaMustache) in every language, and the
/// set's own checks.
enum TemplateMessage: String, MessageCatalogue {
    case unclosedTag, badDelimiters, emptyTag, unknownFunction, invalidName
    case strayClose, leftOpen, wrongClose, neverClosed, outsideBlock
    case unknownPartial, unknownParent, tooDeep
    case noTemplatesFolder, duplicateName, missingPage, unknownName

    static let area = "template"

    /// The engine's problem as a message of the tool.
    static func message(_ problem: TemplateProblem) -> ToolMessage {
        switch problem {
        case .unclosedTag(let opening, let closing): ToolMessage(Self.unclosedTag, ["opening": opening, "closing": closing])
        case .badDelimiters: ToolMessage(Self.badDelimiters)
        case .emptyTag: ToolMessage(Self.emptyTag)
        case .unknownFunction(let name): ToolMessage(Self.unknownFunction, ["name": name])
        case .invalidName(let written): ToolMessage(Self.invalidName, ["written": written])
        case .strayClose(let name): ToolMessage(Self.strayClose, ["name": name])
        case .leftOpen(let name, let closing, let line, let column):
            ToolMessage(Self.leftOpen, ["name": name, "closing": closing, "line": line, "column": column])
        case .wrongClose(let closing, let opened, let line, let column):
            ToolMessage(Self.wrongClose, ["closing": closing, "opened": opened, "line": line, "column": column])
        case .neverClosed(let name): ToolMessage(Self.neverClosed, ["name": name])
        case .outsideBlock(let parent): ToolMessage(Self.outsideBlock, ["parent": parent])
        case .unknownPartial(let name): ToolMessage(Self.unknownPartial, ["name": name])
        case .unknownParent(let name): ToolMessage(Self.unknownParent, ["name": name])
        case .tooDeep(let limit): ToolMessage(Self.tooDeep, ["limit": limit])
        }
    }

    var text: MessageText {
        switch self {
        case .unclosedTag:
            MessageText(
                en: "a tag opened with %{opening} is never closed; end it with %{closing}",
                ru: "тег, открытый знаками %{opening}, нигде не закрыт; закончите его знаками %{closing}",
                kk: "%{opening} белгілерімен ашылған тег жабылмаған; оны %{closing} белгілерімен аяқтаңыз")
        case .badDelimiters:
            MessageText(
                en: "a set-delimiter tag needs two delimiters without «=», separated by a space, as in {{=<% %>=}}",
                ru: "тегу смены разделителей нужны два разделителя без «=» через пробел, как в {{=<% %>=}}",
                kk: "бөлгіштерді ауыстыратын тегке «=» белгісі жоқ, бос орынмен бөлінген екі бөлгіш керек, мысалы {{=<% %>=}}")
        case .emptyTag:
            MessageText(
                en: "this tag has no name; write the name of a value, section or partial inside it",
                ru: "у этого тега нет имени; напишите внутри него имя значения, секции или вложенного шаблона (partial)",
                kk: "бұл тегтің атауы жоқ; оның ішіне мәннің, бөлімнің немесе ішкі үлгінің (partial) атауын жазыңыз")
        case .unknownFunction:
            MessageText(
                en: "«%{name}(…)» is not a function Sapa's templates have; the only one is empty(name), true for an empty list, text or absent value",
                ru: "«%{name}(…)» — не функция шаблонов Sapa; такая функция одна: empty(name), она истинна для пустого списка, пустого текста или отсутствующего значения",
                kk: "«%{name}(…)» Sapa үлгілерінің функциясы емес; мұндай функция біреу ғана: empty(name), ол бос тізім, бос мәтін немесе жоқ мән үшін ақиқат")
        case .invalidName:
            MessageText(
                en: "«%{written}» is not a name: write a name, names joined by dots (a.b), or . for the current value",
                ru: "«%{written}» — не имя: напишите имя, имена через точку (a.b) или . для текущего значения",
                kk: "«%{written}» атау емес: атауды, нүктемен жалғанған атауларды (a.b) немесе ағымдағы мән үшін . жазыңыз")
        case .strayClose:
            MessageText(
                en: "{{/%{name}}} closes a section that was never opened; remove it, or open the section before it with {{#%{name}}}",
                ru: "{{/%{name}}} закрывает секцию, которая не была открыта; удалите его или откройте секцию перед ним тегом {{#%{name}}}",
                kk: "{{/%{name}}} ашылмаған бөлімді жабады; оны өшіріңіз немесе бөлімді одан бұрын {{#%{name}}} тегімен ашыңыз")
        case .leftOpen:
            MessageText(
                en: "«%{name}» is opened here but never closed before {{/%{closing}}} at line %{line}, column %{column}; close it with {{/%{name}}}",
                ru: "секция «%{name}» открыта здесь, но не закрыта до {{/%{closing}}} (строка %{line}, позиция %{column}); закройте её тегом {{/%{name}}}",
                kk: "«%{name}» бөлімі осында ашылған, бірақ {{/%{closing}}} тегіне дейін (%{line}-жол, %{column}-позиция) жабылмаған; оны {{/%{name}}} тегімен жабыңыз")
        case .wrongClose:
            MessageText(
                en: "{{/%{closing}}} closes «%{opened}», opened at line %{line}, column %{column}; sections close in the reverse order they open: close it with {{/%{opened}}}",
                ru: "{{/%{closing}}} закрывает секцию «%{opened}», открытую в строке %{line} (позиция %{column}); секции закрываются в порядке, обратном открытию: закройте её тегом {{/%{opened}}}",
                kk: "{{/%{closing}}} %{line}-жолда (%{column}-позиция) ашылған «%{opened}» бөлімін жабады; бөлімдер ашылған ретіне кері ретпен жабылады: оны {{/%{opened}}} тегімен жабыңыз")
        case .neverClosed:
            MessageText(
                en: "«%{name}» is opened here but never closed; close it with {{/%{name}}}",
                ru: "секция «%{name}» открыта здесь, но нигде не закрыта; закройте её тегом {{/%{name}}}",
                kk: "«%{name}» бөлімі осында ашылған, бірақ жабылмаған; оны {{/%{name}}} тегімен жабыңыз")
        case .outsideBlock:
            MessageText(
                en: "inside {{<%{parent}}} only blocks ({{$name}}…{{/name}}) are rendered; move this tag into a block",
                ru: "внутри {{<%{parent}}} выводятся только блоки ({{$name}}…{{/name}}); перенесите этот тег в блок",
                kk: "{{<%{parent}}} ішінде тек блоктар ({{$name}}…{{/name}}) шығарылады; бұл тегті блокқа көшіріңіз")
        case .unknownPartial:
            MessageText(
                en: "the template uses the partial «%{name}», but no template is named %{name}.mustache; create it or correct the name",
                ru: "шаблон использует вложенный шаблон (partial) «%{name}», но шаблона %{name}.mustache нет; создайте его или исправьте имя",
                kk: "үлгі «%{name}» ішкі үлгісін (partial) қолданады, бірақ %{name}.mustache деп аталған үлгі жоқ; оны жасаңыз немесе атауын түзетіңіз")
        case .unknownParent:
            MessageText(
                en: "the template uses the parent «%{name}», but no template is named %{name}.mustache; create it or correct the name",
                ru: "шаблон использует родительский шаблон (parent) «%{name}», но шаблона %{name}.mustache нет; создайте его или исправьте имя",
                kk: "үлгі «%{name}» негізгі үлгісін (parent) қолданады, бірақ %{name}.mustache деп аталған үлгі жоқ; оны жасаңыз немесе атауын түзетіңіз")
        case .tooDeep:
            MessageText(
                en: "templates call each other more than %{limit} deep here; a partial or parent seems to include itself without end",
                ru: "здесь шаблоны вызывают друг друга с вложенностью больше %{limit}; похоже, вложенный или родительский шаблон без конца включает сам себя",
                kk: "мұнда үлгілер бірін-бірі %{limit} деңгейден тереңірек шақырады; ішкі немесе негізгі үлгі өзін шексіз қосатын сияқты")
        case .noTemplatesFolder:
            MessageText(
                en: "there is no Templates/ folder in %{root}; a site needs its layouts and pages there",
                ru: "в %{root} нет папки Templates/; в ней должны лежать макеты и страницы сайта",
                kk: "%{root} ішінде Templates/ қалтасы жоқ; сайттың макеттері мен беттері сонда болуы керек")
        case .duplicateName:
            MessageText(
                en: "another template is also named «%{name}» (%{other}); template file names must be unique across folders",
                ru: "другой шаблон тоже называется «%{name}» (%{other}); имена файлов шаблонов не должны повторяться, даже в разных папках",
                kk: "басқа үлгі де «%{name}» деп аталады (%{other}); үлгі файлдарының атаулары әртүрлі қалталарда да қайталанбауы керек")
        case .missingPage:
            MessageText(
                en: "the template is missing; Sapa needs it to render these pages",
                ru: "шаблона нет; он нужен Sapa, чтобы вывести эти страницы",
                kk: "үлгі жоқ; Sapa бұл беттерді шығару үшін оны қажет етеді")
        case .unknownName:
            MessageText(
                en: "the template uses «%{name}», which this page (%{page}) does not provide; available here: %{available}",
                ru: "шаблон использует «%{name}», но эта страница (%{page}) такого значения не даёт; здесь доступны: %{available}",
                kk: "үлгі «%{name}» мәнін қолданады, бірақ бұл бет (%{page}) оны бермейді; мұнда қолжетімді мәндер: %{available}")
        }
    }
}

extension TemplateError {
    /// The problem as a message of the tool, to print in the user's language.
    var toolMessage: ToolMessage { TemplateMessage.message(problem) }
}
