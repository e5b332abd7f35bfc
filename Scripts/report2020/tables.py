"""Tables half of the 2020 report importer.

build(seed_lines, content_dir) reads the summary tables (1, 4, 6-15, annexes A and B) and the
chapters' registry facts; editions.py writes them in the editions layout (Content/<year>/).
run(seed_lines, content_dir) writes the OLD layout under content_dir/data/ (services.csv,
bodies.csv, tables.yml, data-notes.yml, 2020/*.csv), which the Swift side reads until issue 17.

Everything is derived from the seed plus the hand-kept registry (registry.py) and the
override dicts below; the output is deterministic (same seed -> byte-identical files).
Figures are copied exactly as printed (decimal comma -> point, '%' dropped, '*' -> empty).
"""

from __future__ import annotations

import csv
import io
import os
import re

from . import seedtext as st
from .registry import BODIES, SERVICES

YEAR = 2020
CHAPTERS_FIRST_LINE = 1187      # "## 2 МЕМЛЕКЕТТІК ҚЫЗМЕТ КӨРСЕТУ САПАСЫНА ҚАНАҒАТТАНУ"

# ------------------------------------------------------------------ overrides
# Rows whose wording differs too much from the chapter heading to match with
# confidence: (table number, normalised prefix of the row text) -> chapter.
SERVICE_OVERRIDES: dict[tuple[str, str], int] = {
}

# Minimum token-overlap score, and lead over the runner-up, for an automatic match.
MATCH_MIN = 0.55
MATCH_MARGIN = 0.12

# Abbreviations as printed in tables 1 and 8 -> body id. "ҚМ" is the abbreviation of
# the Ministry of Defence (abbreviations list); table 1 also prints it for the two
# Ministry of Finance services (chapters 2.33, 2.34): see BODY_ROW_OVERRIDES.
BODY_ABBR_EXTRA = {
    "ЖАО": "local-executive-bodies",
    "Мемлекеттік корпорация": "state-corporation",
}

# (table, chapter) -> body id, where the table's abbreviation names another body than
# the one responsible for the service (the chapter's «Жауапты мемлекеттік орган» and the
# other table agree). Each one is also recorded in data-notes.yml.
BODY_ROW_OVERRIDES = {
    ("1", 33): "mof",
    ("1", 34): "mof",
    ("8", 45): "moe",
}

REGION_ALIASES = {
    "скo": "north-kazakhstan",
    "ско": "north-kazakhstan",
    "шко": "east-kazakhstan",
    "бко": "west-kazakhstan",
    "нур султан к": "astana",
}

# Russian wording of the non-entity row labels and provider texts that occur in tables.
LABEL_RU = {
    "Басқа елдер": "Другие страны",
    "Барлығы": "Всего",
    "ИТОГО": "Итого",
    "БАРЛЫҒЫ": "Всего",
    "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ (өзіне-өзі қызмет көрсету аймағы)":
        "НАО «Государственная корпорация «Правительство для граждан» (зона самообслуживания)",
    "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ (менеджерге жүгінді)":
        "НАО «Государственная корпорация «Правительство для граждан» (обращение к менеджеру)",
    "Барлығы: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ (өзіне-өзі қызмет көрсету аймағы)":
        "Всего: НАО «Государственная корпорация «Правительство для граждан» (зона самообслуживания)",
    "Барлығы: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ (менеджерге жүгінді)":
        "Всего: НАО «Государственная корпорация «Правительство для граждан» (обращение к менеджеру)",
    "Барлығы: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ":
        "Всего: НАО «Государственная корпорация «Правительство для граждан»",
    "БАРЛЫҒЫ: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ":
        "ВСЕГО: НАО «Государственная корпорация «Правительство для граждан»",
    "ЖИЫНЫ: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ (өзіне-өзі қызмет көрсету аймағы)":
        "ИТОГО: НАО «Государственная корпорация «Правительство для граждан» (зона самообслуживания)",
    "ЖИЫНЫ: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ (менеджерге жүгінді)":
        "ИТОГО: НАО «Государственная корпорация «Правительство для граждан» (обращение к менеджеру)",
    "ЖИЫНЫ: мемлекеттік қызметтерді алу үшін электрондық ресурстарды бағалау":
        "ИТОГО: оценка электронных ресурсов для получения государственных услуг",
    "«Электрондық лицензиялау» порталы «Электрондық үкімет» порталы Басқа электрондық ресурстар":
        "Портал «Электронное лицензирование», портал «электронного правительства», другие электронные ресурсы",
    "Облыстардың, Нұр-Сұлтан, Алматы және Шымкент қалаларының, аудандардың, облыстық маңызы бар қалалардың, аудандық маңызы бар қалалардың ЖАО":
        "МИО областей, городов Нур-Султана, Алматы и Шымкента, районов, городов областного значения, городов районного значения",
    "ОМО": "ЦГО",
    "Барлығы: мемлекеттік қызмет көрсету сапасы бойынша қызмет көрсетушілердің жалпы бағасы":
        "Всего: общая оценка услугодателей по качеству оказания государственных услуг",
    # table 15 providers
    "«Электрондық үкімет» порталы": "Портал «электронного правительства»",
    "«Электрондық лицензиялау» порталы «Электрондық үкімет» порталы":
        "Портал «Электронное лицензирование», портал «электронного правительства»",
    "Электрондық лицензиялау» порталы «Электрондық үкімет» порталы":
        "Портал «Электронное лицензирование», портал «электронного правительства»",
    "Egov мобильдік қосымшасы «Электрондық үкімет» порталы":
        "Мобильное приложение Egov, портал «электронного правительства»",
    "«Электрондық лицензиялау» порталы «Электрондық үкімет» порталы Дәрілік заттарды, медициналық мақсаттағы бұйымдар мен медициналық техниканы сараптау ұлттық орталығы":
        "Портал «Электронное лицензирование», портал «электронного правительства», Национальный центр экспертизы лекарственных средств, изделий медицинского назначения и медицинской техники",
    "«Электрондық үкімет» порталы \\ Қызмет көрсетуші сайты":
        "Портал «электронного правительства» \\ сайт услугодателя",
    "«Электрондық үкімет» порталы «Қазақтелеком» АҚ «Транстелеком» АҚ «Кар-Тел» ЖШС «KazTransCom» АҚ":
        "Портал «электронного правительства», АО «Казахтелеком», АО «Транстелеком», ТОО «Кар-Тел», АО «KazTransCom»",
    "«Электрондық үкімет» порталы, сараптама ұйымының сайты www.kazpatent.kz":
        "Портал «электронного правительства», сайт экспертной организации www.kazpatent.kz",
    "Электрондық лицензиялау elicense.kz": "Электронное лицензирование elicense.kz",
}

# Table descriptions: number -> (id, file, kind, title_ru). Id and file are those of an
# edition (Content/<year>/tables.yml, scoped to it); the old layout (Content/data/tables.yml,
# Content/data/2020/) adds the year: legacy_id, legacy_file.
TABLES = {
    "1": ("respondents-by-service", "respondents-by-service.csv", "respondents-by-service",
          "Фактическая выборка исследования по количеству респондентов"),
    "4": ("respondents-by-region", "respondents-by-region.csv", "respondents-by-region",
          "Фактическая выборочная совокупность в разрезе регионов"),
    "6": ("dynamics", "dynamics.csv", "dynamics",
          "Динамика оценки качества государственных услуг, 2014-2020"),
    "7": ("providers", "providers.csv", "providers",
          "Рейтинг услугодателей, 2020 год"),
    "8": ("services-ranking", "services-ranking.csv", "services-ranking",
          "Общий рейтинг государственных услуг по оценке услугополучателей, 2020 г."),
    "9": ("bodies-ranking", "bodies-ranking.csv", "bodies-ranking",
          "Рейтинг ЦГО по качеству оказания государственных услуг"),
    "10": ("bodies-dynamics", "bodies-dynamics.csv", "bodies-dynamics",
           "Рейтинг ЦГО, динамика 2017-2020 гг."),
    "11": ("regions-dynamics", "regions-dynamics.csv", "regions-dynamics",
           "Рейтинг МИО в разрезе регионов, динамика 2016-2020 гг."),
    "12": ("regions-ranking", "regions-ranking.csv", "regions-ranking",
           "Рейтинг регионов по качеству оказания государственных услуг, 2020 г."),
    "13": ("corporation", "corporation.csv", "corporation",
           "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
           "НАО «Государственная корпорация «Правительство для граждан»"),
    "14a": ("corporation-services-self-service", "corporation-services-self-service.csv",
            "corporation",
            "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
            "НАО «Государственная корпорация «Правительство для граждан» в разрезе государственных "
            "услуг (зона самообслуживания)"),
    "14b": ("corporation-services-manager", "corporation-services-manager.csv",
            "corporation",
            "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
            "НАО «Государственная корпорация «Правительство для граждан» в разрезе государственных "
            "услуг (обращение к менеджеру)"),
    "15": ("portal-services", "portal-services.csv", "portal",
           "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
           "через веб-портал «электронного правительства» в разрезе государственных услуг"),
    "A": ("bodies-ranking-all-providers", "bodies-ranking-all-providers.csv", "bodies-ranking",
          "Рейтинг ЦГО (с учётом зон ответственности всех услугодателей, в том числе НАО "
          "«Государственная корпорация «Правительство для граждан» и веб-портала "
          "«электронного правительства»)"),
    "B": ("regions-ranking-all-providers", "regions-ranking-all-providers.csv", "regions-ranking",
          "Рейтинг МИО (с учётом зон ответственности всех услугодателей, в том числе НАО "
          "«Государственная корпорация «Правительство для граждан» и веб-портала "
          "«электронного правительства»)"),
}

SOURCE_KK = {"A": "2020 жылғы есеп, А қосымшасы", "B": "2020 жылғы есеп, Б қосымшасы"}
SOURCE_RU = {"A": "Отчёт за 2020 год, приложение А", "B": "Отчёт за 2020 год, приложение Б"}

# Column headers (Kazakh as in the report's table header, Russian translation).
COLUMN_LABELS = {
    "rank": ("Рейтинг", "Рейтинг"),
    "service": ("Мемлекеттік қызметтің атауы", "Наименование государственной услуги"),
    "body": ("Мемлекеттік орган", "Государственный орган"),
    "region": ("Өңір", "Регион"),
    "score": ("Орташа балл", "Средний балл"),
    "satisfaction": ("Қанағаттану деңгейі, %", "Уровень удовлетворённости, %"),
    "respondents": ("Респонденттер саны", "Число респондентов"),
    "label": ("Атауы", "Наименование"),
    "provider": ("Қызмет көрсетуші", "Услугодатель"),
    "total": ("Жиыны", "Итог"),
    "score_change": ("2019-2020 динамикасы, орташа балл", "Динамика 2019-2020, средний балл"),
    "satisfaction_change": ("2019-2020 динамикасы, %", "Динамика 2019-2020, %"),
    ("1", "body"): ("Мемлекеттік органның атауы", "Наименование государственного органа"),
    ("1", "respondents"): ("N", "N"),
    ("4", "region"): ("Аймақ", "Регион"),
    ("4", "respondents"): ("Саны", "Количество"),
    ("4", "share"): ("%", "%"),
    ("6", "year"): ("Қоғамдық мониторинг жүргізілген жыл", "Год проведения общественного мониторинга"),
    ("6", "scale"): ("Шкала", "Шкала"),
    ("6", "respondents"): ("Іріктеме", "Выборка"),
    ("6", "services"): ("Мемлекеттік қызметтер саны", "Количество государственных услуг"),
    ("7", "body"): ("Ұйым", "Организация"),
    ("8", "body"): ("Уәкілетті мемлекеттік органның атауы", "Наименование уполномоченного государственного органа"),
    ("9", "rank"): ("Рейтинг", "Рейтинг"),
    ("9", "body"): ("Орталық мемлекеттік орган", "Центральный государственный орган"),
    ("10", "rank"): ("№ р/р", "№ п/п"),
    ("10", "body"): ("Орталық мемлекеттік орган", "Центральный государственный орган"),
    ("10", "score_average"): ("4 жылдағы орташа мәні, орташа балл", "Среднее значение за 4 года, средний балл"),
    ("10", "satisfaction_average"): ("4 жылдағы орташа мәні, %", "Среднее значение за 4 года, %"),
    ("11", "score_change"): ("2019-2020 жж. динамикасы, орташа балл", "Динамика 2019-2020 гг., средний балл"),
    ("11", "satisfaction_change"): ("2019-2020 жж. динамикасы, %", "Динамика 2019-2020 гг., %"),
    ("11", "score_average"): ("5 жылдағы орташа мәні, орташа балл", "Среднее значение за 5 лет, средний балл"),
    ("11", "satisfaction_average"): ("5 жылдағы орташа мәні, %", "Среднее значение за 5 лет, %"),
    ("13", "provider"): ("Мемлекеттік қызметті көрсету орны", "Место оказания государственной услуги"),
    ("15", "rank"): ("Рейтинг", "Рейтинг"),
    ("A", "rank"): ("№ р/с", "№ п/п"),
    ("A", "body"): ("Уәкілетті мемлекеттік органның атауы", "Наименование уполномоченного государственного органа"),
    ("B", "rank"): ("Рейтингтегі орны", "Место в рейтинге"),
    ("B", "region"): ("Аймақ", "Регион"),
}


def _year_label(cid, key):
    m = re.match(r"^(score|satisfaction)_(\d{4})$", cid)
    if not m:
        raise KeyError(f"table {key}: no header for column {cid}")
    if m.group(1) == "score":
        return f"{m.group(2)} жыл, орташа балл", f"{m.group(2)} год, средний балл"
    return f"{m.group(2)} жыл, %", f"{m.group(2)} год, %"


# The report's own footnotes to a table, kept as the table's note.
TABLE_NOTES = {
    "1": ("*8 мемлекеттік қызмет бойынша қызмет алушылардың аздығына және/немесе байланыс деректерінің "
          "болмауына байланысты қызмет алушылардан жаппай сауалнама жүргізілген жоқ, осы мемлекеттік "
          "қызметтерді көрсету сапасын бағалау үшін әдістемелік ұсынымдарда жазылған сапалы зерттеу "
          "әдістері қолданылды.",
          "*По 8 государственным услугам массовый опрос услугополучателей не проводился из-за их малого "
          "числа и/или отсутствия контактных данных; для оценки качества оказания этих услуг применялись "
          "качественные методы исследования, описанные в методических рекомендациях."),
    "6": ("* 2014-2015 жылдары мемлекеттік қызметтің сапасын бағалаудың 10 балдық шкаласы қолданылған.",
          "* В 2014-2015 годах для оценки качества государственных услуг применялась 10-балльная шкала."),
    "14a": ("Орындар өзіне-өзі қызмет көрсету аймағындағы қызметтер арасында берілген.",
            "Места указаны среди услуг, полученных в зоне самообслуживания."),
    "14b": ("Орындар менеджерге жүгінген кездегі қызметтер арасында берілген.",
            "Места указаны среди услуг, полученных при обращении к менеджеру."),
}


class ImportError_(Exception):
    pass


def legacy_id(key: str) -> str:
    """The table's id in the old layout: the edition's id and the year (services-ranking-2020)."""
    return f"{TABLES[key][0]}-{YEAR}"


def legacy_file(key: str) -> str:
    """The table's file in the old layout, below Content/data (2020/services-ranking.csv)."""
    return f"{YEAR}/{TABLES[key][1]}"


def edition_id(key: str) -> str:
    """The table's id inside an edition (services-ranking), or the key itself ("services")."""
    return TABLES[key][0] if key in TABLES else key


def _fail(msg):
    raise ImportError_(msg)


def _provider_body(text):
    """The body behind a row of table 7: the State Corporation (its two zones and their
    total), the e-government portal (with the other electronic resources), the local
    executive bodies; none for «ОМО» (all central bodies in one row) and the grand total."""
    if text.startswith("«Азаматтарға арналған үкімет»") or text.startswith("Барлығы: «Азаматтарға"):
        return "state-corporation"
    if "«Электрондық үкімет» порталы" in text:
        return "egov-portal"
    if text.endswith("ЖАО"):
        return "local-executive-bodies"
    return ""


# ------------------------------------------------------------------ the importer

class Tables:
    def __init__(self, lines: list[str]):
        self.lines = lines
        self.notes: list[dict] = []
        self.out: dict[str, dict] = {}        # table key -> {"columns": [...], "rows": [...], ...}
        self.regions = _load_regions_default()

    # ---------- seed navigation
    def line(self, n: int) -> str:
        return self.lines[n - 1]

    def find_caption(self, number: str) -> int:
        pat = re.compile(r"^[#*\s]*" + re.escape(number) + r"-кесте\.")
        for n in range(1, CHAPTERS_FIRST_LINE):
            if pat.match(self.line(n)):
                return n
        _fail(f"table {number}: caption «{number}-кесте.» not found")

    def find_heading(self, text: str) -> int:
        for n in range(1, len(self.lines) + 1):
            if st.strip_markup(self.line(n)).lstrip("# ").strip() == text:
                return n
        _fail(f"heading {text!r} not found")

    def caption_title(self, n: int, number: str) -> str:
        t = st.strip_markup(self.line(n)).lstrip("#").strip()
        t = re.sub(r"^" + re.escape(number) + r"-кесте\.\s*", "", t)
        return t

    def block(self, first: int) -> tuple[list[str], list[tuple[int, list[str], list[str]]]]:
        """The table starting at or after line `first`: header cells and the data rows
        (line number, cleaned cells, raw cells). Stops at the first non-blank line with
        no tab after the data started, or at the end of the file. Repeated page-break
        headers (same first cell as the header, or the second header line of tables
        10/11) are skipped."""
        n = first
        while not self.line(n).strip():
            n += 1
        header = st.split_row(self.line(n))
        hkey = st.normalize(header[0])
        rows = []
        n += 1
        while n <= len(self.lines):
            raw = self.line(n)
            if not raw.strip():
                n += 1
                continue
            if "\t" not in raw:
                break
            cells = st.split_row(raw)
            if st.normalize(cells[0]) == hkey and hkey:
                n += 1
                continue
            if not cells[0] and not cells[1] and "Орташа балл" in cells[2:]:
                n += 1
                continue
            rows.append((n, cells, raw.split("\t")))
            n += 1
        return header, rows

    # ---------- chapters (the service registry)
    def read_chapters(self):
        heads = []
        pat = re.compile(r"^(?:#+\s*)?\**\s*2\.(\d+)\.?\s+(.*)$")
        stop = self.find_heading("ҚОРЫТЫНДЫЛАР МЕН ҰСЫНЫМДАР")
        for n in range(CHAPTERS_FIRST_LINE, stop):
            m = pat.match(self.line(n))
            if m:
                heads.append((int(m.group(1)), n, m.group(2)))
        if [h[0] for h in heads] != list(range(1, 71)):
            _fail(f"expected chapter headings 2.1 … 2.70, found {[h[0] for h in heads]}")
        chapters = {}
        for i, (num, n, text) in enumerate(heads):
            end = heads[i + 1][1] if i + 1 < len(heads) else stop
            name = st.strip_markup(text).strip().rstrip(".").strip()
            ch = {"chapter": num, "line": n, "end": end, "name_kk": name,
                  "code": "", "official_kk": "", "rank": "", "score": "", "satisfaction": "",
                  "respondents": ""}
            for m in range(n + 1, min(n + 30, end)):
                t = st.strip_markup(self.line(m))
                mm = re.match(r"^(?:Мемлекеттік\s+)?(?:қызмет(?:тің)?\s+)?атауы:\s*(\d+)\s*(.*)$", t,
                              re.IGNORECASE)
                if mm:
                    ch["code"] = mm.group(1)
                    ch["official_kk"] = mm.group(2)
                    break
            for m in range(n + 1, end):
                t = st.strip_markup(self.line(m))
                r = re.match(r"^Мемлекеттік қызметтер рейтингіндегі орны:?\s*(\d+)", t)
                if r and not ch["rank"]:
                    ch["rank"] = r.group(1)
                    # the key indicators are the lines just above the rank
                    for k in range(max(n + 1, m - 10), m):
                        u = st.strip_markup(self.line(k))
                        s_ = re.search(r"қанағаттану деңгейі\s*:?\s*(\d+(?:,\d+)?)\s*%", u)
                        if s_:
                            ch["satisfaction"] = st.parse_number(s_.group(1))
                        q = re.search(r"орташа балл\)?\s*:?\s*(\d+(?:,\d+)?)\s*балл", u)
                        if q:
                            ch["score"] = st.parse_number(q.group(1))
                p = re.search(r"(\d+)\s+қызмет алушы\S*\s*(?:\(100\s*%\)\s*)?(?:қатысты|жауап)", t)
                if p and not ch["respondents"]:
                    ch["respondents"] = p.group(1)
            chapters[num] = ch
        self.chapters = chapters
        self.service_id = {num: SERVICES[num][0] for num in chapters}
        ids = list(self.service_id.values())
        if len(set(ids)) != len(ids):
            _fail("service ids are not unique")
        self.service_names = {num: [ch["name_kk"]] + ([ch["official_kk"]] if ch["official_kk"] else [])
                              for num, ch in chapters.items()}

    # ---------- matching
    def match_service(self, table: str, text: str, line: int) -> int:
        key = (table, st.normalize(text)[:60])
        if key in SERVICE_OVERRIDES:
            return SERVICE_OVERRIDES[key]
        num, score, second = st.best_match(text, self.service_names)
        if num is None or score < MATCH_MIN or score - second < MATCH_MARGIN:
            _fail(f"table {table}, line {line}: cannot match service {text!r} "
                  f"(best {num} {score:.2f}, runner-up {second:.2f}); add it to SERVICE_OVERRIDES "
                  f"as {key!r}")
        return num

    def body_by_abbr(self, abbr: str, line: int) -> str:
        a = abbr.strip()
        if a in BODY_ABBR_EXTRA:
            return BODY_ABBR_EXTRA[a]
        for b in BODIES:
            if a == b[1] or a in b[7]:
                return b[0]
        _fail(f"line {line}: unknown body abbreviation {abbr!r}")

    def body_by_name(self, name: str, line: int) -> str:
        cands = {b[0]: [b[3]] + [x for x in b[7] if len(x) > 6] for b in BODIES}
        bid, score, second = st.best_match(name, cands)
        if bid is None or score < 0.6 or score - second < 0.15:
            _fail(f"line {line}: cannot match body {name!r} (best {bid} {score:.2f}, {second:.2f})")
        return bid

    def region_by_name(self, name: str, line: int) -> str | None:
        key = st.normalize(name)
        if key in REGION_ALIASES:
            return REGION_ALIASES[key]
        for r in self.regions:
            if st.normalize(r["name_kk"]) == key:
                return r["id"]
            for prev in r.get("previous_kk", []):
                if st.normalize(prev) == key:
                    return r["id"]
        return None

    def note(self, table_key: str, row: str, kk: str, ru: str):
        """A place where the report disagrees with itself. `table` is the old layout's table id;
        `key` the table's number (or "services"), from which an edition's writer takes its own."""
        tid = legacy_id(table_key) if table_key in TABLES else table_key
        self.notes.append({"table": tid, "key": table_key, "row": row,
                           "note_kk": _comma(kk), "note_ru": _comma(ru)})

    # ---------- the tables
    def build(self):
        self.read_chapters()
        self.t1()
        self.t4()
        self.t6()
        self.t7()
        self.t8()
        self.t9()
        self.t10()
        self.t11()
        self.t12()
        self.t13()
        self.t14()
        self.t15()
        self.annex_a()
        self.annex_b()
        self.services_registry()
        self.cross_checks()
        self.finalize()

    def put(self, key, caption_line, title_kk, columns, rows):
        self.out[key] = {"caption_line": caption_line, "title_kk": title_kk,
                         "columns": columns, "rows": rows}

    # table 1: respondents per service
    def t1(self):
        cap = self.find_caption("1")
        header, rows = self.block(cap + 1)
        out, body_abbr, seen = [], "", {}
        self.t1_body = {}
        for n, c, raw in rows:
            if c[1] in ("ИТОГО", "БАРЛЫҒЫ", "Барлығы"):
                out.append({"service": "", "body": "", "label_kk": c[1], "label_ru": LABEL_RU[c[1]],
                            "respondents": st.parse_int(c[2]), "total": "1"})
                continue
            if c[0]:
                body_abbr = c[0]
            num = self.match_service("1", c[1], n)
            if num in seen:
                _fail(f"table 1 line {n}: chapter {num} already matched at line {seen[num]}")
            seen[num] = n
            body = BODY_ROW_OVERRIDES.get(("1", num)) or self.body_by_abbr(body_abbr, n)
            self.t1_body[num] = (body_abbr, body)
            out.append({"service": self.service_id[num], "body": body, "label_kk": "", "label_ru": "",
                        "respondents": st.parse_int(c[2]), "total": "0", "_chapter": num})
        if len(seen) != 70:
            _fail(f"table 1: {len(seen)} services, expected 70")
        cols = [("service", "service"), ("body", "body"), ("label_kk", "text"), ("label_ru", "text"),
                ("respondents", "integer"), ("total", "integer")]
        self.put("1", cap, self.caption_title(cap, "1"), cols, out)

    # table 4: respondents per region
    def t4(self):
        cap = self.find_caption("4")
        header, rows = self.block(cap + 1)
        out = []
        for n, c, raw in rows:
            rid = self.region_by_name(c[0], n)
            total = c[0] in ("Барлығы",)
            if rid is None and c[0] not in LABEL_RU:
                _fail(f"table 4 line {n}: unknown region {c[0]!r}")
            out.append({"region": rid or "", "label_kk": "" if rid else c[0],
                        "label_ru": "" if rid else LABEL_RU[c[0]],
                        "respondents": st.parse_int(c[1]), "share": st.parse_number(c[2]),
                        "total": "1" if total else "0"})
        cols = [("region", "region"), ("label_kk", "text"), ("label_ru", "text"),
                ("respondents", "integer"), ("share", "percent"), ("total", "integer")]
        self.put("4", cap, self.caption_title(cap, "4"), cols, out)

    # table 6: dynamics 2014-2020
    def t6(self):
        cap = self.find_caption("6")
        header, rows = self.block(cap + 1)
        out = []
        for n, c, raw in rows:
            m = re.match(r"^(\d{4})(\*?)$", c[0])
            if not m:
                _fail(f"table 6 line {n}: bad year {c[0]!r}")
            out.append({"year": m.group(1), "scale": "10" if m.group(2) else "5",
                        "score": st.parse_number(c[1]), "satisfaction": st.parse_number(c[2]),
                        "respondents": st.parse_int(c[3]), "services": st.parse_int(c[4])})
        cols = [("year", "year"), ("scale", "scale"), ("score", "score"), ("satisfaction", "percent"),
                ("respondents", "integer"), ("services", "integer")]
        self.put("6", cap, self.caption_title(cap, "6"), cols, out)

    # tables 7 and 13: providers
    def _providers(self, key, body_of=None):
        """Tables 7 and 13: a provider as printed (its Russian wording from LABEL_RU), its score
        and %. A total row is known by its bold type alone: in table 13 every row begins
        «Барлығы:». Table 7 also names the body behind each provider (`body_of`); table 13
        lists only the State Corporation, so it has no body column."""
        cap = self.find_caption(key)
        header, rows = self.block(cap + 1)
        out = []
        for n, c, raw in rows:
            row = {"provider_kk": c[0], "provider_ru": LABEL_RU[c[0]],
                   "score": st.parse_number(c[1]), "satisfaction": st.parse_number(c[2]),
                   "total": "1" if st.is_bold(raw[0]) else "0"}
            if body_of:
                row["body"] = body_of(c[0])
            out.append(row)
        cols = [("provider_kk", "text"), ("provider_ru", "text")]
        if body_of:
            cols.append(("body", "body"))
        cols += [("score", "score"), ("satisfaction", "percent"), ("total", "integer")]
        self.put(key, cap, self.caption_title(cap, key), cols, out)

    # table 7: providers, with the body behind each
    def t7(self):
        self._providers("7", _provider_body)

    # table 8: services ranking
    def t8(self):
        cap = self.find_caption("8")
        header, rows = self.block(cap + 1)
        out, seen = [], {}
        self.t8_rank = {}
        for n, c, raw in rows:
            if not c[0] and c[2] in ("БАРЛЫҒЫ",):
                out.append({"rank": "", "body": "", "service": "", "label_kk": c[2],
                            "label_ru": LABEL_RU[c[2]], "score": st.parse_number(c[3]),
                            "satisfaction": st.parse_number(c[4]), "total": "1"})
                continue
            num = self.match_service("8", c[2], n)
            if num in seen:
                _fail(f"table 8 line {n}: chapter {num} already matched at line {seen[num]}")
            seen[num] = n
            body = BODY_ROW_OVERRIDES.get(("8", num)) or self.body_by_abbr(c[1], n)
            row = {"rank": st.parse_int(c[0]), "body": body, "service": self.service_id[num],
                   "label_kk": "", "label_ru": "", "score": st.parse_number(c[3]),
                   "satisfaction": st.parse_number(c[4]), "total": "0",
                   "_chapter": num, "_abbr": c[1], "_line": n}
            self.t8_rank[num] = row
            out.append(row)
        cols = [("rank", "rank"), ("body", "body"), ("service", "service"), ("label_kk", "text"),
                ("label_ru", "text"), ("score", "score"), ("satisfaction", "percent"), ("total", "integer")]
        self.put("8", cap, self.caption_title(cap, "8"), cols, out)

    def _ranking(self, key, subject, resolve, annex_heading=None):
        """Tables 9 and 12 and annexes A and B: rank, the body or region ranked (`subject`,
        named by `resolve`, each once), score and %. A table follows its caption; an annex
        has no caption, only its heading, the title on the next line and then the table."""
        if annex_heading is None:
            at = self.find_caption(key)
            title, first = self.caption_title(at, key), at + 1
        else:
            at = self.find_heading(annex_heading)
            n = at + 1
            while not self.line(n).strip():
                n += 1
            title, first = st.strip_markup(self.line(n)), n + 1
        header, rows = self.block(first)
        out, seen = [], set()
        for n, c, raw in rows:
            sid = resolve(c[1], n)
            if sid in seen:
                _fail(f"table {key} line {n}: {subject} {sid} twice")
            seen.add(sid)
            out.append({"rank": st.parse_int(c[0]), subject: sid, "score": st.parse_number(c[2]),
                        "satisfaction": st.parse_number(c[3])})
        cols = [("rank", "rank"), (subject, subject), ("score", "score"), ("satisfaction", "percent")]
        self.put(key, at, title, cols, out)

    # table 9: central government bodies
    def t9(self):
        self._ranking("9", "body", self.body_by_name)

    # annex A: central government bodies, counting every provider
    def annex_a(self):
        self._ranking("A", "body", self.body_by_name, annex_heading="А ҚОСЫМШАСЫ")

    def _dynamics(self, key, subject, years, resolve):
        """Tables 10 and 11: rank, subject, score and % per year, the last change, the average."""
        cap = self.find_caption(key)
        header, rows = self.block(cap + 1)
        width = 2 + 2 * len(years) + 4
        out = []
        for n, c, raw in rows:
            sid = resolve(c[1], n)
            c = c + [""] * (width - len(c))
            row = {"rank": st.parse_int(c[0]), subject: sid}
            for i, y in enumerate(years):
                row[f"score_{y}"] = st.parse_number(c[2 + 2 * i])
                row[f"satisfaction_{y}"] = st.parse_number(c[3 + 2 * i])
            tail = 2 + 2 * len(years)
            row["score_change"] = st.parse_number(c[tail])
            row["satisfaction_change"] = st.parse_number(c[tail + 1])
            row["score_average"] = st.parse_number(c[tail + 2])
            row["satisfaction_average"] = st.parse_number(c[tail + 3])
            row["_raw"] = c
            row["_line"] = n
            out.append(row)
        cols = [("rank", "rank"), (subject, subject)]
        for y in years:
            cols += [(f"score_{y}", "score"), (f"satisfaction_{y}", "percent")]
        cols += [("score_change", "delta"), ("satisfaction_change", "delta"),
                 ("score_average", "score"), ("satisfaction_average", "percent")]
        self.put(key, cap, self.caption_title(cap, key), cols, out)

    # table 10: bodies 2017-2020
    def t10(self):
        self._dynamics("10", "body", ["2017", "2018", "2019", "2020"], self.body_by_name)

    def _known_region(self, key):
        """A resolver for the tables whose every row is a region (11, 12, annex B): unlike
        table 4, they have no other rows, so a name that is no region is an error."""
        def region(name, n):
            rid = self.region_by_name(name, n)
            if not rid:
                _fail(f"table {key} line {n}: unknown region {name!r}")
            return rid
        return region

    # table 11: local executive bodies by region 2016-2020
    def t11(self):
        self._dynamics("11", "region", ["2016", "2017", "2018", "2019", "2020"], self._known_region("11"))

    # table 12: regions
    def t12(self):
        self._ranking("12", "region", self._known_region("12"))

    # annex B: regions, counting every provider
    def annex_b(self):
        self._ranking("B", "region", self._known_region("B"), annex_heading="Б ҚОСЫМШАСЫ")

    # table 13: State Corporation totals
    def t13(self):
        self._providers("13")

    # tables 14 and 15: by service
    def _read_by_service(self, key):
        """The rows of tables 14 and 15 (rank, service, provider, score, %) as printed, in
        groups that each end with a «ЖИЫНЫ:» subtotal row; a «БАРЛЫҒЫ:» grand total after
        the last group (table 14) is returned apart. A row with neither rank nor figures is
        the rest of the row above, cut by a page break: its texts are joined to that row's.
        That mends table 15's provider texts split by the break; table 14 prints a group's
        provider once, and where that is on such a row, the row above has none to join."""
        cap = self.find_caption(key)
        header, rows = self.block(cap + 1)
        groups, grand = [[]], None
        for n, c, raw in rows:
            c = c + [""] * (5 - len(c))
            if c[0].startswith("ЖИЫНЫ:"):
                groups[-1].append({"_total": True, "label": c[0], "score": c[3], "sat": c[4], "_line": n})
                groups.append([])
            elif c[0].startswith("БАРЛЫҒЫ:"):
                grand = {"label": c[0], "score": c[3], "sat": c[4], "_line": n}
            elif not c[0] and not c[3] and not c[4]:
                prev = [r for r in groups[-1] if not r.get("_total")][-1]
                prev["service_text"] += " " + c[1]
                prev["provider"] = " ".join(t for t in (prev["provider"], c[2]) if t)
            else:
                groups[-1].append({"rank": c[0], "service_text": c[1], "provider": c[2], "score": c[3],
                                   "sat": c[4], "_line": n})
        return cap, [g for g in groups if g], grand

    def _put_by_service(self, key, cap, title, group, with_provider):
        """One group of table 14, or table 15, as published: each row's service matched to
        its chapter (once in the group), the subtotal kept where printed, with its label.
        Table 15 also publishes each row's provider; in table 14 it is the group's, so only
        its title names it."""
        number = key.rstrip("ab")
        out, seen = [], set()
        for r in group:
            if r.get("_total"):
                row = {"rank": "", "service": "", "label_kk": r["label"], "label_ru": LABEL_RU[r["label"]],
                       "total": "1"}
                if with_provider:
                    row["provider_kk"], row["provider_ru"] = "", ""
            else:
                num = self.match_service(number, r["service_text"], r["_line"])
                if num in seen:
                    _fail(f"table {key} line {r['_line']}: chapter {num} twice")
                seen.add(num)
                row = {"rank": st.parse_int(r["rank"]), "service": self.service_id[num], "label_kk": "",
                       "label_ru": "", "total": "0"}
                if with_provider:
                    row["provider_kk"], row["provider_ru"] = r["provider"], LABEL_RU[r["provider"]]
            row["score"], row["satisfaction"] = st.parse_number(r["score"]), st.parse_number(r["sat"])
            out.append(row)
        cols = [("rank", "rank"), ("service", "service")]
        if with_provider:
            cols += [("provider_kk", "text"), ("provider_ru", "text")]
        cols += [("label_kk", "text"), ("label_ru", "text"), ("score", "score"), ("satisfaction", "percent"),
                 ("total", "integer")]
        self.put(key, cap, title, cols, out)

    # table 14: State Corporation by service, two groups (self-service zone, manager)
    def t14(self):
        cap, groups, grand = self._read_by_service("14")
        if len(groups) != 2:
            _fail(f"table 14: expected 2 groups, found {len(groups)}")
        self.t14_grand = grand
        title = self.caption_title(cap, "14")
        for key, g, suffix in (("14a", groups[0], "өзіне-өзі қызмет көрсету аймағы"),
                               ("14b", groups[1], "менеджерге жүгінді")):
            provider = next(r["provider"] for r in g if r.get("provider"))
            if not provider.endswith(f"({suffix})"):
                _fail(f"table 14: group provider {provider!r} does not end with ({suffix})")
            self._put_by_service(key, cap, f"{title} ({suffix})", g, with_provider=False)

    # table 15: e-government portal by service, one group
    def t15(self):
        cap, groups, grand = self._read_by_service("15")
        if len(groups) != 1 or grand:
            _fail("table 15: expected one group, closed by its «ЖИЫНЫ:» row and with no «БАРЛЫҒЫ:» row")
        self._put_by_service("15", cap, self.caption_title(cap, "15"), groups[0], with_provider=True)

    # ---------- services.csv
    def services_registry(self):
        rows = []
        for num in sorted(self.chapters):
            ch = self.chapters[num]
            sid, name_ru, name_en = SERVICES[num]
            if num in self.t8_rank:
                body = self.t8_rank[num]["body"]
            else:
                body = self.t1_body[num][1]
            if self.t1_body[num][1] != body:
                _fail(f"chapter {num}: table 1 body {self.t1_body[num][1]} != table 8 body {body}")
            studied = "quantitative" if num in self.t8_rank else "qualitative"
            if (studied == "quantitative") != bool(ch["rank"]):
                _fail(f"chapter {num}: table 8 and the chapter's rank line disagree on being ranked")
            rows.append({"id": sid, "chapter": str(num), "code": ch["code"], "body": body,
                         "name_kk": ch["name_kk"], "name_ru": name_ru, "name_en": name_en,
                         "studied": studied})
        self.services = rows

    # ---------- self-consistency (recorded, never fixed)
    def cross_checks(self):
        D = _dec
        sid = self.service_id

        # bodies named differently by two tables (resolved by BODY_ROW_OVERRIDES)
        for (tab, num), body in sorted(BODY_ROW_OVERRIDES.items()):
            if tab == "1":
                printed = self.t1_body[num][0]
                self.note("1", sid[num],
                          f"1-кестеде жауапты орган «{printed}» деп көрсетілген (қысқартулар тізімі бойынша — "
                          f"Қорғаныс министрлігі); 8-кестеде және 2·{num}-тарауда — Қаржы министрлігі (ҚРМ). "
                          f"Кестеде Қаржы министрлігі көрсетілді.",
                          f"В таблице 1 ответственный орган указан как «{printed}» (по списку сокращений — "
                          f"Министерство обороны); в таблице 8 и в главе 2·{num} — Министерство финансов (ҚРМ). "
                          f"В таблице указано Министерство финансов.")
            elif tab == "8":
                printed = self.t8_rank[num]["_abbr"]
                t1 = self.t1_body[num][0]
                self.note("8", sid[num],
                          f"8-кестеде жауапты орган «{printed}» (Әділет министрлігі) деп көрсетілген; 1-кестеде "
                          f"«{t1}», 2·{num}-тарауда — Энергетика министрлігі. Кестеде Энергетика министрлігі көрсетілді.",
                          f"В таблице 8 ответственный орган указан как «{printed}» (Министерство юстиции); в таблице 1 — "
                          f"«{t1}», в главе 2·{num} — Министерство энергетики. В таблице указано Министерство энергетики.")

        # registry codes used by two chapters
        by_code = {}
        for num in sorted(self.chapters):
            c = self.chapters[num]["code"]
            if c:
                by_code.setdefault(c, []).append(num)
        for code, nums in sorted(by_code.items()):
            if len(nums) > 1:
                chs = ", ".join(f"2·{n}" for n in nums)
                for n in nums:
                    self.note("services", sid[n], f"Тізілім нөмірі {code} бірнеше тарауда берілген ({chs}).",
                              f"Реестровый номер {code} указан в нескольких главах ({chs}).")

        # totals: table 1, table 4, table 6
        t1 = self.out["1"]["rows"]
        t1_total = next(r for r in t1 if r["total"] == "1")["respondents"]
        t1_sum = sum(int(r["respondents"]) for r in t1 if r["total"] == "0" and r["respondents"])
        t6_2020 = next(r for r in self.out["6"]["rows"] if r["year"] == str(YEAR))
        if str(t1_sum) != t1_total:
            self.note("1", "total", f"1-кестедегі сандардың қосындысы {t1_sum}, жиыны {t1_total}.",
                      f"Сумма чисел таблицы 1 равна {t1_sum}, итог — {t1_total}.")
        if t1_total != t6_2020["respondents"]:
            self.note("1", "total", f"1-кестенің жиыны {t1_total}, 6-кестеде {t6_2020['respondents']}.",
                      f"Итог таблицы 1 — {t1_total}, в таблице 6 — {t6_2020['respondents']}.")
        t4 = self.out["4"]["rows"]
        t4_total = next(r for r in t4 if r["total"] == "1")
        t4_sum = sum(int(r["respondents"]) for r in t4 if r["total"] == "0")
        if str(t4_sum) != t4_total["respondents"] or t4_total["respondents"] != t6_2020["respondents"]:
            self.note("4", "total",
                      f"4-кестедегі сандардың қосындысы {t4_sum}, жиыны {t4_total['respondents']}, "
                      f"6-кестеде {t6_2020['respondents']}.",
                      f"Сумма чисел таблицы 4 — {t4_sum}, итог — {t4_total['respondents']}, "
                      f"в таблице 6 — {t6_2020['respondents']}.")
        share_sum = sum(D(r["share"]) for r in t4 if r["total"] == "0")
        if abs(share_sum - D(t4_total["share"])) > D("0.05") * len(t4):
            self.note("4", "total", f"4-кестедегі үлестердің қосындысы {share_sum}%.",
                      f"Сумма долей в таблице 4 — {share_sum}%.")

        # table 1 respondents vs the chapters
        for r in t1:
            if r["total"] == "1":
                continue
            ch = self.chapters[r["_chapter"]]
            if ch["respondents"] and r["respondents"] and ch["respondents"] != r["respondents"]:
                self.note("1", r["service"],
                          f"1-кестеде {r['respondents']} респондент, 2·{ch['chapter']}-тарауда {ch['respondents']}.",
                          f"В таблице 1 — {r['respondents']} респондентов, в главе 2·{ch['chapter']} — "
                          f"{ch['respondents']}.")

        # table 8: ranks, order, chapters, total
        t8 = [r for r in self.out["8"]["rows"] if r["total"] == "0"]
        ranks = [int(r["rank"]) for r in t8]
        if ranks != list(range(1, len(t8) + 1)):
            self.note("8", "rank", f"8-кестедегі орындар ретсіз: {ranks}.", f"Места в таблице 8 не по порядку: {ranks}.")
        self._order_notes("8", t8, "service")
        for r in t8:
            ch = self.chapters[r["_chapter"]]
            for what, kk, ru in (("rank", "рейтингтегі орны", "место в рейтинге"),
                                 ("score", "орташа балл", "средний балл"),
                                 ("satisfaction", "қанағаттану деңгейі", "уровень удовлетворённости")):
                a, b = r[what], ch[what]
                if b and a and D(a) != D(b):
                    self.note("8", r["service"],
                              f"2·{ch['chapter']}-тарауда {kk} {b}, 8-кестеде {a}.",
                              f"В главе 2·{ch['chapter']} {ru} — {b}, в таблице 8 — {a}.")
        t8_total = next(r for r in self.out["8"]["rows"] if r["total"] == "1")
        self._same_pair("8", "total", t8_total, t6_2020, "6-кесте, 2020 жыл", "таблица 6, 2020 год")
        t7 = self.out["7"]["rows"]
        t7_all = t7[-1]
        self._same_pair("7", "total", t7_all, t6_2020, "6-кесте, 2020 жыл", "таблица 6, 2020 год")

        # table 9 vs table 10 (2020), orders
        t9 = self.out["9"]["rows"]
        self._order_notes("9", t9, "body")
        t10 = {r["body"]: r for r in self.out["10"]["rows"]}
        for r in t9:
            o = t10.get(r["body"])
            if o is None:
                self.note("10", r["body"], "10-кестеде жоқ.", "Нет в таблице 10.")
                continue
            if o["rank"] != r["rank"] or o["score_2020"] != r["score"] or o["satisfaction_2020"] != r["satisfaction"]:
                self.note("10", r["body"],
                          f"10-кестеде 2020 жыл: №{o['rank']}, {o['score_2020']} балл, {o['satisfaction_2020']}%; "
                          f"9-кестеде: {r['rank']}-орын, {r['score']} балл, {r['satisfaction']}%.",
                          f"В таблице 10 за 2020 год: №{o['rank']}, {o['score_2020']} балла, {o['satisfaction_2020']}%; "
                          f"в таблице 9: {r['rank']}-е место, {r['score']} балла, {r['satisfaction']}%.")
        self._dynamics_notes("10", self.out["10"]["rows"], ["2017", "2018", "2019", "2020"], "body")
        self._dynamics_notes("11", self.out["11"]["rows"], ["2016", "2017", "2018", "2019", "2020"], "region")
        t11 = self.out["11"]["rows"]
        self._order_notes("11", [{"rank": r["rank"], "region": r["region"], "score": r["score_2020"]} for r in t11],
                          "region")
        self._text_check_t11_last(t11)
        for key in ("12", "A", "B"):
            self._order_notes(key, self.out[key]["rows"], "region" if key != "A" else "body")

        # State Corporation: table 7 vs 13 vs 14; portal: table 7 vs 15
        t13 = self.out["13"]["rows"]
        for i, label in enumerate(("self-service", "manager", "total")):
            a, b = t7[i], t13[i]
            if (a["score"], a["satisfaction"]) != (b["score"], b["satisfaction"]):
                self.note("13", label, f"13-кестеде {b['score']} / {b['satisfaction']}%, 7-кестеде {a['score']} / {a['satisfaction']}%.",
                          f"В таблице 13 — {b['score']} / {b['satisfaction']}%, в таблице 7 — {a['score']} / {a['satisfaction']}%.")
        for key, i in (("14a", 0), ("14b", 1)):
            sub = next(r for r in self.out[key]["rows"] if r["total"] == "1")
            self._same_pair(key, "total", sub, t13[i], "13-кесте", "таблица 13")
            self._order_notes(key, [r for r in self.out[key]["rows"] if r["total"] == "0"], "service")
        g = self.t14_grand
        grand = {"score": st.parse_number(g["score"]), "satisfaction": st.parse_number(g["sat"])}
        if (grand["score"], grand["satisfaction"]) != (t13[2]["score"], t13[2]["satisfaction"]):
            self.note("14a", "total", f"14-кестенің жалпы жиыны {grand['score']} / {grand['satisfaction']}%, "
                      f"13-кестеде {t13[2]['score']} / {t13[2]['satisfaction']}%.",
                      f"Общий итог таблицы 14 — {grand['score']} / {grand['satisfaction']}%, "
                      f"в таблице 13 — {t13[2]['score']} / {t13[2]['satisfaction']}%.")
        t15 = self.out["15"]["rows"]
        self._order_notes("15", [r for r in t15 if r["total"] == "0"], "service")
        portal7 = next(r for r in t7 if r["body"] == "egov-portal")
        self._same_pair("15", "total", next(r for r in t15 if r["total"] == "1"), portal7, "7-кесте", "таблица 7")

    def _text_check_t11_last(self, t11):
        """Section 1.5 names the last place of table 11 with its figures; compare them."""
        cap = self.find_caption("11")
        last = t11[-1]
        for n in range(cap - 12, cap):
            t = st.strip_markup(self.line(n))
            if not t.startswith("Өңірлер рейтингінің аутсайдерлері"):
                continue
            m = re.search(r"соңғы орында .*?(\d+,\d+)\s*балл\b.*?(\d+,\d+)\s*%", t)
            if not m:
                continue
            score, sat = st.parse_number(m.group(1)), st.parse_number(m.group(2))
            if (score, sat) != (last["score_2020"], last["satisfaction_2020"]):
                self.note("11", last["region"],
                          f"1·5-бөлімнің мәтінінде (жол {n}) соңғы орындағы ЖАО-ның көрсеткіші {m.group(1)} балл, "
                          f"{m.group(2)}% деп жазылған; 11-кестеде {last['score_2020'].replace('.', ',')} балл, "
                          f"{last['satisfaction_2020'].replace('.', ',')}%.",
                          f"В тексте раздела 1·5 (строка {n}) для МИО на последнем месте указано {m.group(1)} балла, "
                          f"{m.group(2)}%; в таблице 11 — {last['score_2020'].replace('.', ',')} балла, "
                          f"{last['satisfaction_2020'].replace('.', ',')}%.")

    def _same_pair(self, key, row, a, b, where_kk, where_ru):
        if (D := _dec) and (D(a["score"]) != D(b["score"]) or D(a["satisfaction"]) != D(b["satisfaction"])):
            self.note(key, row,
                      f"Бұл кестеде {a['score']} балл / {a['satisfaction']}%, {where_kk}: {b['score']} балл / {b['satisfaction']}%.",
                      f"В этой таблице — {a['score']} балла / {a['satisfaction']}%, {where_ru}: {b['score']} балла / {b['satisfaction']}%.")

    def _order_notes(self, key, rows, ref):
        """A row printed with a higher score than a row ranked above it."""
        prev = None
        for r in rows:
            if prev is not None and r["score"] and prev["score"] and _dec(r["score"]) > _dec(prev["score"]):
                self.note(key, r[ref],
                          f"{r['rank']}-орын ({r['score']} балл) {prev['rank']}-орыннан ({prev['score']} балл) "
                          f"жоғары балл алған, бірақ төмен тұр.",
                          f"{r['rank']}-е место ({r['score']} балла) имеет более высокий балл, чем "
                          f"{prev['rank']}-е место ({prev['score']} балла), но стоит ниже.")
            prev = r

    def _dynamics_notes(self, key, rows, years, ref):
        D = _dec
        last, before = years[-1], years[-2]
        for r in rows:
            for m, tol, unit_kk, unit_ru in (("score", D("0.015"), "балл", "балла"),
                                             ("satisfaction", D("0.15"), "%", "%")):
                a, b, ch = r[f"{m}_{last}"], r[f"{m}_{before}"], r[f"{m}_change"]
                if a and b:
                    calc = D(a) - D(b)
                    if not ch:
                        self.note(key, r[ref],
                                  f"{before}-{last} динамикасы ({'орташа балл' if m == 'score' else '%'}) берілмеген; "
                                  f"{last} және {before} жылдардың айырмасы {calc}.",
                                  f"Динамика {before}-{last} ({'средний балл' if m == 'score' else '%'}) не указана; "
                                  f"разница {last} и {before} годов — {calc}.")
                    elif abs(D(ch) - calc) > tol:
                        self.note(key, r[ref],
                                  f"{before}-{last} динамикасы {ch} {unit_kk}, ал {last} ({a}) мен {before} ({b}) "
                                  f"айырмасы {calc}.",
                                  f"Динамика {before}-{last} — {ch} {unit_ru}, а разница {last} ({a}) и {before} ({b}) "
                                  f"— {calc}.")
                vals = [D(r[f"{m}_{y}"]) for y in years if r[f"{m}_{y}"]]
                avg = r[f"{m}_average"]
                if vals and avg:
                    mean = sum(vals) / len(vals)
                    if abs(D(avg) - mean) > tol - (D("0.005") if m == "score" else D("0.05")):
                        self.note(key, r[ref],
                                  f"Орташа мәні {avg}, ал берілген {len(vals)} жылдың орташасы {mean:.3f}.",
                                  f"Среднее значение — {avg}, а среднее за приведённые {len(vals)} года (лет) — {mean:.3f}.")
            n_years = sum(1 for y in years if r[f"score_{y}"])
            if n_years > 1 and not r["score_average"] and not r["satisfaction_average"]:
                others = [o for o in rows if sum(1 for y in years if o[f"score_{y}"]) == n_years
                          and o["score_average"]]
                also_kk = also_ru = ""
                if others:
                    o = others[0]
                    also_kk = (f" Ал {n_years} жыл бойынша деректері бар басқа жол үшін (№{o['rank']}) "
                               f"орташа мәні берілген ({o['score_average']}; {o['satisfaction_average']}%).")
                    also_ru = (f" При этом для другой строки с данными за {n_years} года (№{o['rank']}) "
                               f"среднее значение приведено ({o['score_average']}; {o['satisfaction_average']}%).")
                self.note(key, r[ref],
                          f"{n_years} жылдың деректері берілген, бірақ орташа мәні көрсетілмеген.{also_kk}",
                          f"Приведены данные за {n_years} года, но среднее значение не указано.{also_ru}")


    # ---------- the published shape of each table
    def finalize(self):
        """Turn the internal rows into the published tables:

        - a text column `x` is described once as {id: x, type: text} and written as the CSV
          columns x_kk, x_ru (the loader reads the language variants);
        - `total` is a flag column: `yes` on the report's total rows, empty elsewhere;
        - total rows stay where the report prints them, unranked, with their label;
        - every column gets its Kazakh and Russian header, year columns their year.
        """
        self.published = {}
        for key, tab in self.out.items():
            cols = tab["columns"]
            rows = tab["rows"]
            note_kk, note_ru = list(TABLE_NOTES.get(key, ("", ""))[0:1]), list(TABLE_NOTES.get(key, ("", ""))[1:2])
            if key == "14b" and self.t14_grand:
                # the grand total of table 14 is printed after the last group: keep it there
                g = self.t14_grand
                rows = rows + [{"rank": "", "service": "", "label_kk": g["label"], "label_ru": LABEL_RU[g["label"]],
                                "score": st.parse_number(g["score"]), "satisfaction": st.parse_number(g["sat"]),
                                "total": "1"}]
            described, csv_cols = [], []
            for cid, ctype in cols:
                if ctype == "text":
                    base = cid.rsplit("_", 1)[0]
                    if cid.endswith("_kk"):
                        described.append(self._column(key, base, "text"))
                    csv_cols.append(cid)
                    continue
                if cid == "total":
                    ctype = "flag"
                described.append(self._column(key, cid, ctype))
                csv_cols.append(cid)
            out_rows = []
            for r in rows:
                o = {c: r.get(c, "") for c in csv_cols}
                if "total" in o:
                    o["total"] = "yes" if r.get("total") == "1" else ""
                out_rows.append(o)
            self.published[key] = {"title_kk": tab["title_kk"], "columns": described, "csv_columns": csv_cols,
                                   "rows": out_rows, "note_kk": " ".join(x for x in note_kk if x),
                                   "note_ru": " ".join(x for x in note_ru if x)}

    def _column(self, key, cid, ctype):
        col = {"id": cid, "type": ctype}
        m = re.match(r"^(score|satisfaction)_(\d{4})$", cid)
        if m:
            col["year"] = m.group(2)
        kk, ru = COLUMN_LABELS.get((key, cid)) or COLUMN_LABELS.get(cid) or _year_label(cid, key)
        col["label_kk"], col["label_ru"] = kk, ru
        return col


# ------------------------------------------------------------------ output

def _c(x: str) -> str:
    return str(x).replace(".", ",")


def _comma(text: str) -> str:
    """Decimal comma in note texts (Kazakh and Russian); '2·33' chapter refs become '2.33'."""
    return re.sub(r"(?<=\d)\.(?=\d)", ",", text).replace("·", ".")


def _dec(x):
    from decimal import Decimal
    return Decimal(str(x))


def _load_regions_default():
    return []


def _csv_text(fieldnames, rows) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(fieldnames)
    for r in rows:
        w.writerow([r.get(f, "") for f in fieldnames])
    return buf.getvalue()


def _yq(s: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def load_regions(content_dir):
    path = os.path.join(content_dir, "data", "regions.csv")
    if not os.path.exists(path):
        here = os.path.dirname(os.path.abspath(__file__))
        path = os.path.join(here, "..", "..", "Content", "data", "regions.csv")
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        prev = []
        for p in (r.get("previous_names_kk") or "").split("|"):
            if ":" in p:
                prev.append(p.split(":", 1)[1])
        r["previous_kk"] = prev
    return rows


def build(seed_lines, content_dir) -> Tables:
    """Read every summary table of the report (and the chapters' registry facts)."""
    t = Tables(seed_lines)
    t.regions = load_regions(content_dir)
    t.build()
    return t


def bodies_rows() -> list[dict]:
    return [{"id": b[0], "abbr_kk": b[1], "abbr_ru": b[2], "name_kk": b[3], "name_ru": b[4],
             "name_en": b[5], "kind": b[6]} for b in BODIES]


def source_texts(key: str) -> tuple[str, str]:
    number = key.rstrip("ab")
    return (SOURCE_KK.get(number, f"2020 жылғы есеп, {number}-кесте"),
            SOURCE_RU.get(number, f"Отчёт за 2020 год, таблица {number}"))


def tables_yml(t: Tables, header: str, edition: bool) -> str:
    """tables.yml: the old layout's (ids and files with the year, `year:`), or an edition's."""
    yml = [header, ""]
    for key, (tid, file, kind, title_ru) in TABLES.items():
        if key not in t.published:
            continue
        tab = t.published[key]
        source_kk, source_ru = source_texts(key)
        yml.append(f"- id: {tid if edition else legacy_id(key)}")
        yml.append(f"  file: {file if edition else legacy_file(key)}")
        if not edition:
            yml.append(f"  year: {YEAR}")
        yml.append(f"  kind: {kind}")
        yml.append(f"  title_kk: {_yq(tab['title_kk'])}")
        yml.append(f"  title_ru: {_yq(title_ru)}")
        yml.append(f"  source_kk: {_yq(source_kk)}")
        yml.append(f"  source_ru: {_yq(source_ru)}")
        if tab["note_kk"]:
            yml.append(f"  note_kk: {_yq(tab['note_kk'])}")
            yml.append(f"  note_ru: {_yq(tab['note_ru'])}")
        yml.append("  columns:")
        for col in tab["columns"]:
            parts = [f"id: {col['id']}", f"type: {col['type']}"]
            if "year" in col:
                parts.append(f"year: {col['year']}")
            parts.append(f"label_kk: {_yq(col['label_kk'])}")
            parts.append(f"label_ru: {_yq(col['label_ru'])}")
            yml.append("    - {" + ", ".join(parts) + "}")
    return "\n".join(yml) + "\n"


def table_csv(t: Tables, key: str) -> str:
    tab = t.published[key]
    return _csv_text(tab["csv_columns"], tab["rows"])


def run(seed_lines, content_dir):
    """The OLD layout (Content/data/{services,bodies}.csv, tables.yml, data-notes.yml, 2020/*.csv),
    kept for the tests of today's layout (Tests/import/test_tables.py) until the Swift side reads
    the editions layout; Scripts/import-2020-report writes the editions layout (editions.py)."""
    t = build(seed_lines, content_dir)
    data = os.path.join(content_dir, "data")

    _write(os.path.join(data, "bodies.csv"),
           _csv_text(["id", "abbr_kk", "abbr_ru", "name_kk", "name_ru", "name_en", "kind"], bodies_rows()))
    _write(os.path.join(data, "services.csv"),
           _csv_text(["id", "chapter", "code", "body", "name_kk", "name_ru", "name_en", "studied"], t.services))

    for key in TABLES:
        if key in t.published:
            _write(os.path.join(data, legacy_file(key)), table_csv(t, key))
    _write(os.path.join(data, "tables.yml"), tables_yml(
        t, "# Results tables of the 2020 report. Generated by Scripts/import-2020-report; do not edit by hand.",
        edition=False))

    notes = ["# Places where the 2020 report disagrees with itself. The tables keep the values as",
             "# published; each case is listed here. Generated by Scripts/import-2020-report.", ""]
    if not t.notes:
        notes.append("[]")
    for nt in t.notes:
        notes.append(f"- table: {nt['table']}")
        notes.append(f"  row: {_yq(nt['row'])}")
        notes.append(f"  note_kk: {_yq(nt['note_kk'])}")
        notes.append(f"  note_ru: {_yq(nt['note_ru'])}")
    _write(os.path.join(data, "data-notes.yml"), "\n".join(notes) + "\n")
    return t
