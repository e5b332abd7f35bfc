import SapaModel

/// The texts of `CommandMessage`, in each language the tool speaks.
extension CommandMessage {
    public static let table = MessageTable(
        #"""
        rootAbstract
        en: Builds the public-service quality results site from Content/ and Templates/.
        ru: Собирает сайт результатов оценки качества государственных услуг из Content/ и Templates/.
        kk: Мемлекеттік қызметтер сапасын бағалау нәтижелерінің сайтын Content/ және Templates/ қалталарынан жинайды.

        rootDiscussion
        en: Every command takes --lang kk|ru|en for the language of its messages (else tool_language in Content/site.yml, SAPA_LANG, the locale, English).
        ru: Каждая команда принимает --lang kk|ru|en — язык её сообщений (иначе tool_language в Content/site.yml, SAPA_LANG, язык системы, английский).
        kk: Әр команда --lang kk|ru|en параметрін қабылдайды — хабарламалар тілі (әйтпесе Content/site.yml ішіндегі tool_language, SAPA_LANG, жүйе тілі, ағылшын тілі).

        buildAbstract
        en: Build the site into Output/ (replaced whole, only when the build succeeds).
        ru: Собрать сайт в Output/ (папка заменяется целиком и только при успешной сборке).
        kk: Сайтты Output/ қалтасына жинау (қалта тек сәтті жинақтан кейін толығымен ауыстырылады).

        checkAbstract
        en: Check the content and templates as the build does, writing nothing.
        ru: Проверить содержимое и шаблоны так же, как при сборке, ничего не записывая.
        kk: Мазмұн мен үлгілерді жинақтағыдай тексеру, ештеңе жазбай.

        serveAbstract
        en: Build the site, serve it for preview and rebuild it on every change; open pages reload by themselves.
        ru: Собрать сайт, показать его для предпросмотра и пересобирать при каждом изменении; открытые страницы обновляются сами.
        kk: Сайтты жинап, алдын ала қарауға көрсету және әр өзгерістен кейін қайта жинау; ашық беттер өздігінен жаңарады.

        serveDiscussion
        en: Nothing is written to Output/. Errors print here and show on the open pages until fixed. Ctrl-C stops.
        ru: В Output/ ничего не записывается. Ошибки печатаются здесь и видны на открытых страницах, пока их не исправят. Ctrl-C — остановить.
        kk: Output/ қалтасына ештеңе жазылмайды. Қателер осында шығады және түзетілгенше ашық беттерде көрінеді. Ctrl-C — тоқтату.

        newEditionAbstract
        en: Start next year's edition: Content/YEAR/ as a draft, with every spreadsheet's header row.
        ru: Начать издание следующего года: Content/ГОД/ как черновик, с заголовками всех таблиц.
        kk: Келесі жылдың басылымын бастау: Content/ЖЫЛ/ жоба ретінде, барлық кестелердің тақырып жолдарымен.

        newEditionDiscussion
        en: With --from, the rows of that edition's services, bodies and regions come along with their figures left empty, and its service texts with their facts and no findings. A draft is checked but left out of the built site; sapa serve --drafts shows it.
        ru: С --from переносятся строки услуг, органов и регионов того издания с пустыми цифрами, а также тексты услуг с их сведениями, но без выводов. Черновик проверяется, но не входит в собранный сайт; sapa serve --drafts показывает его.
        kk: --from көрсетілсе, сол басылымның қызметтері, органдары мен өңірлерінің жолдары сандары бос күйінде, ал қызмет мәтіндері деректерімен, бірақ қорытындыларсыз көшіріледі. Жоба тексеріледі, бірақ жиналған сайтқа кірмейді; sapa serve --drafts оны көрсетеді.

        siteHelp
        en: The site folder, holding Content/ and Templates/.
        ru: Папка сайта, в которой лежат Content/ и Templates/.
        kk: Content/ және Templates/ жатқан сайт қалтасы.

        langHelp
        en: The language of the tool's messages: kk, ru or en.
        ru: Язык сообщений Sapa: kk, ru или en.
        kk: Sapa хабарламаларының тілі: kk, ru немесе en.

        outputHelp
        en: Where to write the site (default: SITE/Output).
        ru: Куда записать сайт (по умолчанию: SITE/Output).
        kk: Сайтты қайда жазу керек (әдепкі: SITE/Output).

        baseURLHelp
        en: The address the site is published at, e.g. https://example.kz/results/.
        ru: Адрес, по которому публикуется сайт, например https://example.kz/results/.
        kk: Сайт жарияланатын мекенжай, мысалы https://example.kz/results/.

        verboseHelp
        en: Print how long each step took.
        ru: Показать, сколько длился каждый шаг.
        kk: Әр қадамның қанша уақыт алғанын көрсету.

        yearHelp
        en: The edition's year, like 2021.
        ru: Год издания, например 2021.
        kk: Басылым жылы, мысалы 2021.

        fromHelp
        en: The edition to take the services, bodies and regions from, like 2020.
        ru: Издание, из которого взять услуги, органы и регионы, например 2020.
        kk: Қызметтер, органдар мен өңірлер алынатын басылым, мысалы 2020.

        hostHelp
        en: The address to listen on; anything but 127.0.0.1 or localhost lets others on the network see the preview.
        ru: Адрес, на котором слушать; всё, кроме 127.0.0.1 или localhost, открывает предпросмотр другим в сети.
        kk: Тыңдайтын мекенжай; 127.0.0.1 немесе localhost-тан басқасы алдын ала қарауды желідегі басқаларға ашады.

        portHelp
        en: The port to listen on (0: any free port).
        ru: Порт (0 — любой свободный).
        kk: Порт (0 — кез келген бос порт).

        draftsHelp
        en: Show the latest edition even if its edition.yml says `draft: true` (a build leaves drafts out).
        ru: Показать последнее издание, даже если в его edition.yml написано `draft: true` (сборка черновики не включает).
        kk: Соңғы басылымды оның edition.yml файлында `draft: true` деп жазылса да көрсету (жинақ жобаларды қоспайды).

        built
        en: Built %{pages} pages (%{files} files, %{kib} KiB) in %{seconds} s into %{folder}
        ru: Собрано %{pages} %{pages|страница|страницы|страниц} (%{files} %{files|файл|файла|файлов}, %{kib} КиБ) за %{seconds} с в %{folder}
        kk: %{pages} бет жиналды (%{files} файл, %{kib} КиБ), %{seconds} с ішінде, %{folder} ішіне

        buildFailed
        en: sapa: %{count} error(s); nothing was written, the previous output is unchanged
        ru: sapa: %{count} %{count|ошибка|ошибки|ошибок}; ничего не записано, прежний результат не изменён
        kk: sapa: %{count} қате; ештеңе жазылған жоқ, алдыңғы нәтиже өзгеріссіз

        checked
        en: No errors: %{services} services, %{tables} tables, %{pages} pages
        ru: Ошибок нет: %{services} %{services|услуга|услуги|услуг}, %{tables} %{tables|таблица|таблицы|таблиц}, %{pages} %{pages|страница|страницы|страниц}
        kk: Қате жоқ: %{services} қызмет, %{tables} кесте, %{pages} бет

        checkedWithWarnings
        en: No errors: %{services} services, %{tables} tables, %{pages} pages, %{warnings} warning(s)
        ru: Ошибок нет: %{services} %{services|услуга|услуги|услуг}, %{tables} %{tables|таблица|таблицы|таблиц}, %{pages} %{pages|страница|страницы|страниц}, %{warnings} %{warnings|предупреждение|предупреждения|предупреждений}
        kk: Қате жоқ: %{services} қызмет, %{tables} кесте, %{pages} бет, %{warnings} ескерту

        checkFailed
        en: sapa: %{count} error(s)
        ru: sapa: %{count} %{count|ошибка|ошибки|ошибок}
        kk: sapa: %{count} қате

        editionCreated
        en: Created Content/%{year}/ as a draft. Fill in, in this order:
        ru: Создана папка Content/%{year}/ как черновик. Заполните по порядку:
        kk: Content/%{year}/ қалтасы жоба ретінде жасалды. Мына ретпен толтырыңыз:

        portOutOfRange
        en: --port must be between 0 and 65535
        ru: --port должен быть от 0 до 65535
        kk: --port 0 мен 65535 аралығында болуы керек

        unknownLanguage
        en: --lang is «%{code}»; write kk, ru or en
        ru: --lang — «%{code}»; напишите kk, ru или en
        kk: --lang мәні — «%{code}»; kk, ru немесе en деп жазыңыз
        """#)
}
