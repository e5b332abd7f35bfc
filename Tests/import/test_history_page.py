"""The history page (Content/pages/history.{kk,ru,en}.md) against the seeds it cites.

Run: python3 -m pytest Tests/import/test_history_page.py -q
Seeds at $SAPA_SEEDS, defaulting to <repo>/../shared/seeds; without them the tests fail.

The weights of annexes 1 and 2, the points of annex 6, the penalty points and the
effectiveness levels are read from seed 001 here and compared with the page's tables in
all three languages; the complaint deadlines with seed 004; the order numbers and dates of
the page with the seeds; and the three pages with each other.
"""

import os
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("SAPA_SEEDS") or REPO.parent / "shared" / "seeds")
PAGES = REPO / "Content" / "pages"
LANGS = ["kk", "ru", "en"]
SEED_FILES = {
    "000": "000_43096e4088e09c84.txt",
    "001": "001_9c1d25ee6d888e34.txt",
    "002": "002_50492d32a867b2a4.txt",
    "003": "003_ea27f7681acd72b9.txt",
    "004": "004_a64fa5ff937c345c.txt",
}
GROUP = {
    "kk": {"process": "үдерісті", "result": "нәтижелі"},
    "ru": {"process": "процессный", "result": "результативный"},
    "en": {"process": "process", "result": "result"},
}
# the page's tables, in order
CENTRAL, LOCAL, DELIVERY, PENALTIES, LEVELS = range(5)


# ------------------------------------------------------------------ reading

@pytest.fixture(scope="session")
def seeds():
    out = {}
    for key, name in SEED_FILES.items():
        path = SEEDS / name
        if not path.exists():
            pytest.fail(f"seed not found: {path} (set SAPA_SEEDS)")
        out[key] = path.read_text(encoding="utf-8").lstrip("\ufeff").replace("\r\n", "\n").split("\n")
    return out


@pytest.fixture(scope="session")
def pages():
    out = {}
    for lang in LANGS:
        text = (PAGES / f"history.{lang}.md").read_text(encoding="utf-8")
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
        assert m, lang
        out[lang] = {"front": m.group(1), "body": m.group(2)}
    return out


_HEADER_NOISE = re.compile(r"Редакциялау күні|Сақтау күні|Дата редакции|Дата скачивания|эталонды бақылау банкі|"
                           r"Эталонный контрольный|актілердің эталонды|Республики Казахстан в электронном|"
                           r"Қазақстан Республикасының электронды нысандағы")


def joined(lines):
    """Lines as one text: page headers out, words hyphenated at a line's end joined
    (the hyphen of "50-ден" kept), spaces collapsed; Latin i folded to Kazakh і."""
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line or _HEADER_NOISE.search(line):
            continue
        if out.endswith("-") and re.match(r"^[a-zа-яәғқңөұүһі]", line) and not re.search(r"\d-$", out):
            out = out[:-1] + line
        elif out.endswith("-") and re.search(r"\d-$", out):
            out += line
        else:
            out += " " + line
    return fold(out)


def fold(text):
    text = text.replace("i", "і") if re.search(r"[а-яә]i|i[а-яә]", text) else text
    text = re.sub(r"(?<=[а-яәғқңөұүһі])i|i(?=[а-яәғқңөұүһі])", "і", text)
    return re.sub(r"\s+", " ", text).strip()


def block(lines, start_re, end_re):
    a = next(i for i, l in enumerate(lines) if re.match(start_re, l.strip()))
    b = next(i for i in range(a + 1, len(lines)) if re.match(end_re, lines[i].strip()))
    return joined(lines[a + 1:b])


def tables(body):
    """The pipe tables of a page: lists of rows of cells, separator rows out."""
    out, cur = [], None
    for line in body.split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(re.fullmatch(r"-+", c) for c in cells):
                continue
            if cur is None:
                cur = []
                out.append(cur)
            cur.append(cells)
        else:
            cur = None
    return out


def num(text, lang):
    """A page figure as a float: "0,2" (kk, ru) or "0.2" (en)."""
    if lang == "en":
        assert "," not in text, text
        return float(text)
    assert not re.search(r"\d\.\d", text), text
    return float(text.replace(",", "."))


def figures(text, lang):
    pat = r"\d+(?:\.\d+)?" if lang == "en" else r"\d+(?:,\d+)?"
    return [num(x, lang) for x in re.findall(pat, text)]


def seed_float(text):
    return float(text.replace(",", "."))


# ------------------------------------------------------------------ the seeds' figures

def annex_weights(seed001, number):
    text = block(seed001, rf"^{number}-қосымша$", rf"^{number + 1}-қосымша$")
    result_at = text.index("Нәтижелі өлшемдер")
    rows = []
    for m in re.finditer(r"(?<![\d.])(\d+(?:\.\d+)?) ((?:(?!\d).)+?) (\d+)(?=\s|$)", text):
        group = "result" if m.start() > result_at else "process"
        rows.append((m.group(1), m.group(2), int(m.group(3)), group))
    total = int(re.search(r"БАРЛЫҒЫ (\d+)", text).group(1))
    return rows, total


def annex6(seed001):
    text = block(seed001, r"^6-қосымша$", r"^7-қосымша$")
    return [(m.group(1), m.group(2), int(m.group(3)))
            for m in re.finditer(r"(?<![\d.])(\d) ((?:(?!\d).)+?) (\d+)(?=\s|$)", text)]


def item_number(text, pos):
    """The number of the methodology's item that text[pos] is in."""
    items = [m for m in re.finditer(r"(?:^|\s)(\d+)\. (?=[А-ЯӘҒҚҢӨҰҮҺІ«])", text[:pos + 1])]
    return int(items[-1].group(1))


def penalties(seed001):
    text = joined(seed001)
    specs = [
        r"стандарттау мерзімдерін бұзғаны үшін әр анықтап белгіленген дерек бойынша (\d+,\d+) айыппұл бал "
        r"шегерілу көзделеді\. Мемлекеттік көрсетілетін қызметтерді стандарттау мерзімдерін бұзғаны үшін "
        r"айыппұл бал шегеру сомасы (\d+) баллдан көп бола алмайды",
        r"регламенттерін бекіту мерзімдерін бұзғаны үшін әр анықтап белгіленген дерек бойынша (\d+,\d+) "
        r"айыппұл бал шегерілу көзделеді\. Мемлекеттік көрсетілетін қызметтерді регламенттеу мерзімдерін "
        r"бұзғаны үшін айыппұл бал шегеру сомасы (\d+) баллдан көп бола алмайды",
        r"Уақтылы ұсынылмаған есептік ақпаратты ұсынған мемлекеттік органнан (\d+,\d+) айыппұл бал",
        r"Толық емес есептік ақпаратты ұсынған мемлекеттік органның қорытынды бағасынан (\d+) айыппұл бал",
        r"Анық емес есептік ақпаратты ұсынған мемлекеттік органнан әр анықтап белгіленген дерек үшін "
        r"(\d+,\d+) айыппұл бал шегерілу көзделеді\. .{0,160}?айыппұл бал шегеру сомасы (\d+) балдан көп",
    ]
    out = []
    for spec in specs:
        m = re.search(spec, text)
        assert m, spec[:60]
        cap = seed_float(m.group(2)) if m.lastindex == 2 else None
        out.append((seed_float(m.group(1)), cap, item_number(text, m.start())))
    return out


def levels(seed001):
    text = joined(seed001)
    m = re.search(r"тиімділігінің жоғарғы деңгейі (\d+)-ден (\d+) баллға, орташа деңгей – (\d+)-тен "
                  r"(\d+,\d+)-ға дейін, төмен деңгей – (\d+)-ден (\d+,\d+)-ға дейінгі бағаның "
                  r"көрсеткішіне сәйкес келеді\. Тиімсіз деп бағалау қорытындылары бойынша (\d+,\d+) баллдан аз", text)
    assert m, "item 49 of seed 001"
    g = [seed_float(x) for x in m.groups()]
    return [sorted(g[0:2]), sorted(g[2:4]), sorted(g[4:6]), [g[6]]]


# ------------------------------------------------------------------ weights

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("which,annex", [(CENTRAL, 1), (LOCAL, 2)])
def test_weights_equal_annexes_1_and_2(seeds, pages, lang, which, annex):
    rows, total = annex_weights(seeds["001"], annex)
    assert len(rows) == (9 if annex == 1 else 6)
    assert sum(w for n, _, w, _ in rows if "." not in n) == total == 100
    table = tables(pages[lang]["body"])[which]
    body = table[1:]
    assert len(body) == len(rows) + 1
    for (n, name, weight, group), cells in zip(rows, body):
        assert cells[0] == n, (lang, cells)
        assert num(cells[-1], lang) == weight, (lang, n)
        assert cells[2] == GROUP[lang][group], (lang, n)
        if lang == "kk":
            assert fold(cells[1]) == name, n
    assert body[-1][0] == "" and num(body[-1][-1], lang) == total


@pytest.mark.parametrize("lang", LANGS)
def test_delivery_points_equal_annex_6(seeds, pages, lang):
    rows = annex6(seeds["001"])
    assert [int(n) for n, _, _ in rows] == [1, 2, 3, 4, 5]
    body = tables(pages[lang]["body"])[DELIVERY][1:]
    assert len(body) == len(rows)
    for (n, name, points), cells in zip(rows, body):
        assert cells[0] == n and num(cells[-1], lang) == points, (lang, n)
        if lang == "kk":
            squash = lambda t: re.sub(r"\s+\)", ")", re.sub(r"\(\s+", "(", fold(t)))  # noqa: E731
            assert squash(cells[1]) == squash(name), n


@pytest.mark.parametrize("lang", LANGS)
def test_penalty_points_equal_the_seed(seeds, pages, lang):
    expected = penalties(seeds["001"])
    assert [i for _, _, i in expected] == [17, 21, 53, 55, 58]
    body = tables(pages[lang]["body"])[PENALTIES][1:]
    assert len(body) == len(expected)
    for (points, cap, item), cells in zip(expected, body):
        assert num(cells[1], lang) == points, (lang, item)
        assert (num(cells[2], lang) if cells[2] else None) == cap, (lang, item)
        assert int(cells[3]) == item, lang


@pytest.mark.parametrize("lang", LANGS)
def test_effectiveness_levels_equal_the_seed(seeds, pages, lang):
    expected = levels(seeds["001"])
    assert expected == [[90, 100], [70, 89.99], [50, 69.99], [49.99]]
    body = tables(pages[lang]["body"])[LEVELS][1:]
    assert [sorted(figures(cells[1], lang)) for cells in body] == expected


@pytest.mark.parametrize("lang", LANGS)
def test_other_figures_of_the_method(seeds, pages, lang):
    text = joined(seeds["001"])
    sep = (lambda x: x) if lang == "en" else (lambda x: x.replace(".", ","))
    body = re.sub(r"\s+", " ", pages[lang]["body"])
    # the rehabilitation coefficient, its value below the average load, the cap of 100
    lo, hi = re.search(r"(\d+,\d+)-ден (\d+,\d+)-ге деінгі аралықтағы мағыналарды", text).groups()
    one = re.search(r"оңалту коэффициенті (\d+)-ге тең болып қабылданады", text).group(1)
    cap_over, cap = re.search(r"мағынасы (\d+)-ден асқан жағдайда, қорытынды баға (\d+) балға тең", text).groups()
    for v in (lo, hi):
        assert sep(v.replace(",", ".")) in body, (lang, v)
    assert cap_over == cap == "100" and " 100" in body
    assert one == "1"
    # annex 6's multiplier by the delivery time, and the extra points
    days, d1 = re.search(r"көрсету мерзімі (\d+) жұмыс күні немесе одан аз болса, қосымша коэффициент \(d\) (\d+) тең", text).groups()
    d2 = re.search(r"\d+ жұмыс күнінен көп болса, қосымша коэффициент \(d\) (\d+,\d+) тең", text).group(1)
    extra = re.search(r"6-қосымшасына сәйкес қойылатын баллға қосымша (\d+) балл қойылады", text).group(1)
    words = {"kk": ("жұмыс күні", "балл"), "ru": ("рабочих дней", "балла"), "en": ("working days", "points")}[lang]
    assert f"{days} {words[0]}" in body
    assert sep(d2.replace(",", ".")) in body and f" {d1} " in body
    assert f"{extra} {words[1]}" in body


# ------------------------------------------------------------------ seeds 003, 004, 002

def _section(body, number):
    parts = re.split(r"\n## ", body)
    return parts[number]


@pytest.mark.parametrize("lang", LANGS)
def test_control_rules_report_items(seeds, pages, lang):
    text = "\n".join(seeds["003"])
    item26 = text[text.index("«26. Ұсынылатын есепте:"):text.index("Осы бұйрыққа 1, 2-қосымшаларындағы")]
    n = len(re.findall(r"(?m)^(\d+)\) ", item26))
    assert n == 12
    section = _section(pages[lang]["body"], 2)
    assert len(re.findall(r"(?m)^\d+\. ", section)) == n
    assert re.search(rf"\b{n}\b", section.split("\n1. ")[0])
    for form in ("1-мқ", "2-мқ"):
        assert form in text and form in section
    assert "айдың 5-і күніне дейін" in text and "кешіктірмей" in text
    assert {"kk": "5-іне", "ru": "5-го", "en": "5th"}[lang] in section


@pytest.mark.parametrize("lang", LANGS)
def test_complaint_deadlines_equal_seed_004(seeds, pages, lang):
    text = fold(" ".join(seeds["004"]))
    provider = re.search(r"Көрсетілетін қызметті берушінің атына келіп түскен көрсетілетін қызметті алушының шағымы "
                         r"[^.]*? тіркелген күнінен бастап (\d+) жұмыс күні ішінде қаралуға жатады", text)
    body_ = re.search(r"уәкілетті органның атына келіп түскен көрсетілетін қызметті алушының шағымы тіркелген "
                      r"күнінен бастап (\d+) жұмыс күні ішінде қаралуға жатады", text)
    assert provider and body_
    assert (provider.group(1), body_.group(1)) == ("5", "15")
    assert "үш жұмыс күнінен кешіктірмей" in text
    words = {"kk": "жұмыс күні", "ru": "рабочих дней", "en": "working days"}[lang]
    page = re.sub(r"\s+", " ", pages[lang]["body"])
    assert re.findall(rf"\*\*(\d+) {words}\*\*", page) == [provider.group(1), body_.group(1)]
    assert {"kk": "үш жұмыс күнінен", "ru": "трёх рабочих дней", "en": "three working days"}[lang] in page


@pytest.mark.parametrize("lang", LANGS)
def test_2026_amendments_facts(seeds, pages, lang):
    text = fold(" ".join(seeds["004"]))
    page = pages[lang]["body"]
    # the list of amended orders
    numbers = [int(m.group(1)) for m in re.finditer(r'(?m)^\s*(\d+)\. "[^"]+" .{0,400}?бұйрығына', "\n".join(seeds["004"]))]
    assert numbers == list(range(1, 17))
    assert re.search(rf"\b{len(numbers)}\b", _section(page, 4))
    # the portal's name, old and new, in the renamed form of annex 10
    assert 'Электрондық түрде ("электрондық үкімет" веб-порталы, ақпараттық жүйелер арқылы)' in text
    assert 'Электрондық түрде ("цифрлық үкімет" веб-порталы, цифрлық жүйелер арқылы)' in text
    assert {"kk": "цифрлық үкімет", "ru": "цифрового правительства", "en": "digital government"}[lang] in page
    assert "алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң" in text
    assert "2026 жылғы 11 шілдеден бастап" in text
    assert "тоқсан сайын есептік кезеңнен кейінгі айдың 25-інші күніне дейін" in text
    assert {"kk": "25-іне", "ru": "25-го", "en": "25th"}[lang] in page


def test_2020_method_as_the_report_says(seeds, pages):
    text = fold(" ".join(seeds["002"]))
    for title in ("«Мемлекеттік қызметтің сапасын бағалаудың қоғамдық мониторингі әдіснамасы» (2019 жыл)",
                  "«Цифрлық мемлекеттік қызметтер көрсету сапасының қоғамдық мониторингі» (2020 жыл)"):
        assert title in text and title in pages["kk"]["body"].replace("\n", " ")
    assert "2014-2015 жылдары мемлекеттік қызметтің сапасын бағалаудың 10 балдық шкаласы қолданылған" in text
    assert "2014–2015 жылдары 10 балдық шкала" in pages["kk"]["body"]


# ------------------------------------------------------------------ citations

ALL = ("kk", "ru", "en")
KK_TITLES = [
    ("001", "Мемлекеттік қызметтер көрсетудің сапасын бағалау әдістемесін бекіту туралы", ALL),
    ("001", "Мемлекеттік көрсетілетін қызметтердің сапасын бағалау әдістемесі", ALL),
    ("003", "Мемлекеттік қызметтер көрсету сапасын бақылау қағидаларын бекіту туралы", ALL),
    ("003", "Қазақстан Республикасының Мемлекеттік қызмет істері агенттігі Төрағасының 2013 жылғы 4 мамырдағы "
            "№ 06-7/63 бұйрығына өзгерістер мен толықтырулар енгізу туралы", ALL),
    ("002", "Мемлекеттік қызметтер көрсету сапасын бағалаудың қоғамдық мониторингінің нәтижелері", ALL),
    ("000", "конкурсын ұйымдастыру және өткізу бойынша әдістемелік ұсынымдар", ALL),
    ("004", "Кейбір бұйрықтарға өзгерістер енгізу туралы", ALL),
    ("004", "Мемлекеттік қызметтер көрсету сапасын мемлекеттік бақылау қағидалар", ("kk",)),
    ("004", "Мемлекеттік және әлеуметтік жауапкершілігі бар көрсетілетін қызметтер туралы", ALL),
]


def _flat(text):
    return re.sub(r"\s+", " ", re.sub(r"[«»\"“”*]", "", fold(text))).strip().lower()


@pytest.mark.parametrize("seed,title,langs", KK_TITLES)
def test_titles_as_the_seeds_name_themselves(seeds, pages, seed, title, langs):
    """The documents are cited by their own (Kazakh) titles; the seed's Latin «i» in
    Kazakh words is written as Kazakh «і»."""
    assert _flat(title) in _flat(joined(seeds[seed])), seed
    for lang in langs:
        assert _flat(title) in _flat(pages[lang]["body"]), (lang, title)


def _order_numbers(text):
    return {re.sub(r"\s+", "", m) for m in re.findall(r"(?:№|No\.) ?(\d[\d\- /]*\d|\d)", text)}


def test_order_numbers_are_the_seeds(seeds, pages):
    in_seeds = set()
    for lines in seeds.values():
        in_seeds |= _order_numbers(joined(lines))
    kk = _order_numbers(pages["kk"]["body"])
    assert kk <= in_seeds, kk - in_seeds
    for lang in ("ru", "en"):
        assert _order_numbers(pages[lang]["body"]) == kk, lang


KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
             "қараша", "желтоқсан"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def dates(text, lang):
    out = {(int(y), int(m), int(d)) for d, m, y in re.findall(r"\b(\d{2})\.(\d{2})\.(\d{4})\b", text)}
    text = re.sub(r"\s+", " ", text)
    if lang == "kk":
        for y, d, mon in re.findall(r"(\d{4}) жыл(?:ғы|ы) (\d{1,2}) ([а-яәғқңөұүһі]+)", text):
            m = next((i for i, s in enumerate(KK_MONTHS, 1) if mon.startswith(s)), None)
            if m:
                out.add((int(y), m, int(d)))
    else:
        months = RU_MONTHS if lang == "ru" else EN_MONTHS
        for d, mon, y in re.findall(r"\b(\d{1,2}) ([A-Za-zа-я]+) (\d{4})\b", text):
            if mon in months:
                out.add((int(y), months.index(mon) + 1, int(d)))
    return out


def test_dates_are_the_seeds(seeds, pages):
    in_seeds = set()
    for lines in seeds.values():
        in_seeds |= dates(joined(lines), "kk")
    kk = dates(pages["kk"]["body"], "kk")
    assert len(kk) >= 15
    assert kk <= in_seeds, kk - in_seeds
    for lang in ("ru", "en"):
        assert dates(pages[lang]["body"], lang) == kk, (lang, dates(pages[lang]["body"], lang) ^ kk)


# ------------------------------------------------------------------ the page's form

def test_front_matter_like_the_other_free_pages(pages):
    for lang in LANGS:
        keys = [l.split(":", 1)[0] for l in pages[lang]["front"].split("\n")]
        other = (PAGES / f"methodology.{lang}.md").read_text(encoding="utf-8").split("\n---\n")[0]
        assert keys == [l.split(":", 1)[0] for l in other.strip("-\n").split("\n")] == ["title", "description"]


def test_three_languages_have_the_same_tables(pages):
    shapes = {lang: [(len(t), len(t[0])) for t in tables(pages[lang]["body"])] for lang in LANGS}
    assert shapes["kk"] == shapes["ru"] == shapes["en"]
    assert len(shapes["kk"]) == 5
