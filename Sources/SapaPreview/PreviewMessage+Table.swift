import SapaModel

/// The texts of `PreviewMessage`, in each language the tool speaks.
extension PreviewMessage {
    public static let table = MessageTable(
        #"""
        changedCause
        en: %{files} changed: 
        ru: изменения в %{files}: 
        kk: %{files} өзгерді: 

        moreFiles
        en: %{files} and %{count} more
        ru: %{files} и ещё %{count}
        kk: %{files} және тағы %{count}

        savedUnchanged
        en: %{files} saved unchanged: nothing to rebuild
        ru: %{files}: сохранено без изменений, пересобирать нечего
        kk: %{files}: өзгеріссіз сақталды, қайта құрастыратын ештеңе жоқ

        rebuilt
        en: %{cause}rebuilt %{rendered} of %{pages} %{pages|page|pages} (%{changed} changed%{warnings}) in %{time}
        ru: %{cause}пересобрано %{rendered} из %{pages} %{pages|страницы|страниц|страниц} (изменено: %{changed}%{warnings}) за %{time}
        kk: %{cause}%{pages} %{pages|бет} ішінен %{rendered} бет қайта құрастырылды (өзгергені: %{changed}%{warnings}), уақыты: %{time}

        built
        en: %{cause}built %{pages} %{pages|page|pages} (%{files} %{files|file|files}%{changed}%{warnings}) in %{time}
        ru: %{cause}собран сайт: %{pages} %{pages|страница|страницы|страниц} (%{files} %{files|файл|файла|файлов}%{changed}%{warnings}) за %{time}
        kk: %{cause}сайт құрастырылды: %{pages} %{pages|бет} (%{files} %{files|файл}%{changed}%{warnings}), уақыты: %{time}

        changedCount
        en: , %{count} changed
        ru: , изменено: %{count}
        kk: , өзгергені: %{count}

        warningCount
        en: , %{count} %{count|warning|warnings}
        ru: , %{count} %{count|предупреждение|предупреждения|предупреждений}
        kk: , %{count} %{count|ескерту}

        warningCountAsBefore
        en: , %{count} %{count|warning|warnings} as before
        ru: , %{count} %{count|предупреждение|предупреждения|предупреждений}, как и раньше
        kk: , бұрынғыдай %{count} %{count|ескерту}

        failed
        en: %{cause}the build failed with %{count} %{count|error|errors} in %{time}; still serving the last good build
        ru: %{cause}сборка не удалась (%{count} %{count|ошибка|ошибки|ошибок}, %{time}); по-прежнему показывается последняя удачная сборка
        kk: %{cause}құрастыру сәтсіз аяқталды (%{count} %{count|қате}, %{time}); соңғы сәтті құрастыру көрсетіле береді

        milliseconds
        en: %{value} ms (%{steps})
        ru: %{value} мс (%{steps})
        kk: %{value} мс (%{steps})

        seconds
        en: %{value} s (%{steps})
        ru: %{value} с (%{steps})
        kk: %{value} с (%{steps})

        stepTime
        en: %{step} %{time}
        ru: %{step} %{time}
        kk: %{step} %{time}

        series
        en: %{first}, %{rest}
        ru: %{first}, %{rest}
        kk: %{first}, %{rest}

        checkStep
        en: check
        ru: проверка
        kk: тексеру

        renderStep
        en: render
        ru: вывод
        kk: шығару

        swapStep
        en: swap
        ru: замена
        kk: ауыстыру

        portInUse
        en: port %{port} on %{host} is already in use (is another `sapa serve` running?); stop it or choose another port with --port
        ru: порт %{port} на %{host} уже занят (не запущен ли уже другой `sapa serve`?); остановите его или выберите другой порт с помощью --port
        kk: %{host} мекенжайындағы %{port} порты бос емес (басқа `sapa serve` іске қосылып тұрған жоқ па?); оны тоқтатыңыз немесе --port арқылы басқа порт таңдаңыз

        cannotListen
        en: cannot listen on %{host}:%{port}: %{reason}; check --host and --port
        ru: не удаётся принимать соединения на %{host}:%{port}: %{reason}; проверьте --host и --port
        kk: %{host}:%{port} мекенжайында қосылымдарды қабылдау мүмкін емес: %{reason}; --host және --port мәндерін тексеріңіз

        serving
        en: Serving %{site} at %{address} (Ctrl-C to stop)
        ru: Предпросмотр %{site}: %{address} (остановить: Ctrl-C)
        kk: %{site} алдын ала көрінісі: %{address} (тоқтату үшін: Ctrl-C)

        stopped
        en: Stopped.
        ru: Остановлено.
        kk: Тоқтатылды.

        openHost
        en: listening on %{host}: anyone who can reach this machine on port %{port} can see the preview; use --host 127.0.0.1 to keep it to this machine
        ru: соединения принимаются на %{host}: предпросмотр увидит любой, кто может подключиться к этому компьютеру через порт %{port}; укажите --host 127.0.0.1, чтобы он был доступен только на этом компьютере
        kk: қосылымдар %{host} мекенжайында қабылданады: бұл компьютерге %{port} порты арқылы қосыла алатын кез келген адам алдын ала көріністі көре алады; оны тек осы компьютерде қалдыру үшін --host 127.0.0.1 көрсетіңіз

        placeholderTitle
        en: Sapa preview: the site has errors
        ru: Предпросмотр Sapa: в сайте есть ошибки
        kk: Sapa алдын ала көрінісі: сайтта қателер бар

        placeholderHeading
        en: The site has not been built yet
        ru: Сайт ещё не собран
        kk: Сайт әлі құрастырылған жоқ

        placeholderText
        en: The content has errors (listed below and in the terminal). Fix them and this page reloads by itself.
        ru: В содержимом есть ошибки (они перечислены ниже и в терминале). Исправьте их, и страница обновится сама.
        kk: Мазмұнда қателер бар (олар төменде және терминалда көрсетілген). Оларды түзетіңіз, бет өзі жаңарады.

        notFound
        en: Not found
        ru: Не найдено
        kk: Табылмады

        panelTitle
        en: The site could not be rebuilt; this page shows the last good build. Fix the errors below and the page reloads by itself.
        ru: Сайт не удалось пересобрать; страница показывает последнюю удачную сборку. Исправьте ошибки ниже, и страница обновится сама.
        kk: Сайтты қайта құрастыру мүмкін болмады; бет соңғы сәтті құрастыруды көрсетіп тұр. Төмендегі қателерді түзетіңіз, бет өзі жаңарады.

        panelClose
        en: Close
        ru: Закрыть
        kk: Жабу
        """#)
}
