"""Tables half of the 2020 report importer.

run(seed_lines, content_dir) writes, under content_dir/data/:
    services.csv, bodies.csv, tables.yml, data-notes.yml, 2020/*.csv

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

# Table descriptions: number -> (id, file, kind, title_ru)
TABLES = {
    "1": ("respondents-by-service-2020", "2020/respondents-by-service.csv", "respondents-by-service",
          "Фактическая выборка исследования по количеству респондентов"),
    "4": ("respondents-by-region-2020", "2020/respondents-by-region.csv", "respondents-by-region",
          "Фактическая выборочная совокупность в разрезе регионов"),
    "6": ("dynamics-2020", "2020/dynamics.csv", "dynamics",
          "Динамика оценки качества государственных услуг, 2014-2020"),
    "7": ("providers-2020", "2020/providers.csv", "providers",
          "Рейтинг услугодателей, 2020 год"),
    "8": ("services-ranking-2020", "2020/services-ranking.csv", "services-ranking",
          "Общий рейтинг государственных услуг по оценке услугополучателей, 2020 г."),
    "9": ("bodies-ranking-2020", "2020/bodies-ranking.csv", "bodies-ranking",
          "Рейтинг ЦГО по качеству оказания государственных услуг"),
    "10": ("bodies-dynamics-2020", "2020/bodies-dynamics.csv", "bodies-dynamics",
           "Рейтинг ЦГО, динамика 2017-2020 гг."),
    "11": ("regions-dynamics-2020", "2020/regions-dynamics.csv", "regions-dynamics",
           "Рейтинг МИО в разрезе регионов, динамика 2016-2020 гг."),
    "12": ("regions-ranking-2020", "2020/regions-ranking.csv", "regions-ranking",
           "Рейтинг регионов по качеству оказания государственных услуг, 2020 г."),
    "13": ("corporation-2020", "2020/corporation.csv", "corporation",
           "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
           "НАО «Государственная корпорация «Правительство для граждан»"),
    "14a": ("corporation-services-self-service-2020", "2020/corporation-services-self-service.csv",
            "corporation",
            "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
            "НАО «Государственная корпорация «Правительство для граждан» в разрезе государственных "
            "услуг (зона самообслуживания)"),
    "14b": ("corporation-services-manager-2020", "2020/corporation-services-manager.csv",
            "corporation",
            "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
            "НАО «Государственная корпорация «Правительство для граждан» в разрезе государственных "
            "услуг (обращение к менеджеру)"),
    "15": ("portal-services-2020", "2020/portal-services.csv", "portal",
           "Средний балл и уровень удовлетворённости качеством оказания государственных услуг "
           "через веб-портал «электронного правительства» в разрезе государственных услуг"),
    "A": ("bodies-ranking-all-providers-2020", "2020/bodies-ranking-all-providers.csv", "bodies-ranking",
          "Рейтинг ЦГО (с учётом зон ответственности всех услугодателей, в том числе НАО "
          "«Государственная корпорация «Правительство для граждан» и веб-портала "
          "«электронного правительства»)"),
    "B": ("regions-ranking-all-providers-2020", "2020/regions-ranking-all-providers.csv", "regions-ranking",
          "Рейтинг МИО (с учётом зон ответственности всех услугодателей, в том числе НАО "
          "«Государственная корпорация «Правительство для граждан» и веб-портала "
          "«электронного правительства»)"),
}

SOURCE_KK = {"A": "2020 жылғы есеп, А қосымшасы", "B": "2020 жылғы есеп, Б қосымшасы"}
SOURCE_RU = {"A": "Отчёт за 2020 год, приложение А", "B": "Отчёт за 2020 год, приложение Б"}


class ImportError_(Exception):
    pass


def _fail(msg):
    raise ImportError_(msg)


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
                s = re.match(r"^Мемлекеттік қызмет көрсету сапасына қанағаттану деңгейі:?\s*([\d,]+)\s*%", t)
                if s and not ch["satisfaction"]:
                    ch["satisfaction"] = st.parse_number(s.group(1))
                q = re.match(r"^Мемлекеттік қызмет көрсету сапасын бағалау \(орташа балл\):?\s*([\d,]+)", t)
                if q and not ch["score"]:
                    ch["score"] = st.parse_number(q.group(1))
                p = re.search(r"сауалнамаға\s+(\d[\d ]*)\s+қызмет алушы", t)
                if p and not ch["respondents"]:
                    ch["respondents"] = p.group(1).replace(" ", "")
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
        self.notes.append({"table": TABLES[table_key][0], "row": row, "note_kk": kk, "note_ru": ru})

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

    # table 7: providers
    def t7(self):
        cap = self.find_caption("7")
        header, rows = self.block(cap + 1)
        out = []
        for n, c, raw in rows:
            text = c[0]
            body = ""
            if text.startswith("«Азаматтарға арналған үкімет»") or text.startswith("Барлығы: «Азаматтарға"):
                body = "state-corporation"
            elif "«Электрондық үкімет» порталы" in text:
                body = "egov-portal"
            elif text.endswith("ЖАО"):
                body = "local-executive-bodies"
            out.append({"provider_kk": text, "provider_ru": LABEL_RU[text], "body": body,
                        "score": st.parse_number(c[1]), "satisfaction": st.parse_number(c[2]),
                        "total": "1" if st.is_bold(raw[0]) else "0"})
        cols = [("provider_kk", "text"), ("provider_ru", "text"), ("body", "body"), ("score", "score"),
                ("satisfaction", "percent"), ("total", "integer")]
        self.put("7", cap, self.caption_title(cap, "7"), cols, out)

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

    def _bodies_ranking(self, key, cap, title, first):
        header, rows = self.block(first)
        out, seen = [], set()
        for n, c, raw in rows:
            bid = self.body_by_name(c[1], n)
            if bid in seen:
                _fail(f"table {key} line {n}: body {bid} twice")
            seen.add(bid)
            out.append({"rank": st.parse_int(c[0]), "body": bid, "score": st.parse_number(c[2]),
                        "satisfaction": st.parse_number(c[3])})
        cols = [("rank", "rank"), ("body", "body"), ("score", "score"), ("satisfaction", "percent")]
        self.put(key, cap, title, cols, out)

    def t9(self):
        cap = self.find_caption("9")
        self._bodies_ranking("9", cap, self.caption_title(cap, "9"), cap + 1)

    def annex_a(self):
        h = self.find_heading("А ҚОСЫМШАСЫ")
        n = h + 1
        while not self.line(n).strip():
            n += 1
        self._bodies_ranking("A", h, st.strip_markup(self.line(n)), n + 1)

    # table 10: bodies 2017-2020
    def t10(self):
        cap = self.find_caption("10")
        header, rows = self.block(cap + 1)
        years = ["2017", "2018", "2019", "2020"]
        out = []
        for n, c, raw in rows:
            bid = self.body_by_name(c[1], n)
            c = c + [""] * (14 - len(c))
            row = {"rank": st.parse_int(c[0]), "body": bid}
            for i, y in enumerate(years):
                row[f"score_{y}"] = st.parse_number(c[2 + 2 * i])
                row[f"satisfaction_{y}"] = st.parse_number(c[3 + 2 * i])
            row["score_change"] = st.parse_number(c[10])
            row["satisfaction_change"] = st.parse_number(c[11])
            row["score_average"] = st.parse_number(c[12])
            row["satisfaction_average"] = st.parse_number(c[13])
            row["_raw"] = c
            row["_line"] = n
            out.append(row)
        cols = [("rank", "rank"), ("body", "body")]
        for y in years:
            cols += [(f"score_{y}", "score"), (f"satisfaction_{y}", "percent")]
        cols += [("score_change", "delta"), ("satisfaction_change", "delta"),
                 ("score_average", "score"), ("satisfaction_average", "percent")]
        self.put("10", cap, self.caption_title(cap, "10"), cols, out)

    # table 11: local executive bodies by region 2016-2020
    def t11(self):
        cap = self.find_caption("11")
        header, rows = self.block(cap + 1)
        years = ["2016", "2017", "2018", "2019", "2020"]
        out = []
        for n, c, raw in rows:
            rid = self.region_by_name(c[1], n)
            if not rid:
                _fail(f"table 11 line {n}: unknown region {c[1]!r}")
            c = c + [""] * (16 - len(c))
            row = {"rank": st.parse_int(c[0]), "region": rid}
            for i, y in enumerate(years):
                row[f"score_{y}"] = st.parse_number(c[2 + 2 * i])
                row[f"satisfaction_{y}"] = st.parse_number(c[3 + 2 * i])
            row["score_change"] = st.parse_number(c[12])
            row["satisfaction_change"] = st.parse_number(c[13])
            row["score_average"] = st.parse_number(c[14])
            row["satisfaction_average"] = st.parse_number(c[15])
            row["_line"] = n
            out.append(row)
        cols = [("rank", "rank"), ("region", "region")]
        for y in years:
            cols += [(f"score_{y}", "score"), (f"satisfaction_{y}", "percent")]
        cols += [("score_change", "delta"), ("satisfaction_change", "delta"),
                 ("score_average", "score"), ("satisfaction_average", "percent")]
        self.put("11", cap, self.caption_title(cap, "11"), cols, out)

    def _regions_ranking(self, key, cap, title, first):
        header, rows = self.block(first)
        out, seen = [], set()
        for n, c, raw in rows:
            rid = self.region_by_name(c[1], n)
            if not rid or rid in seen:
                _fail(f"table {key} line {n}: region {c[1]!r} unknown or repeated")
            seen.add(rid)
            out.append({"rank": st.parse_int(c[0]), "region": rid, "score": st.parse_number(c[2]),
                        "satisfaction": st.parse_number(c[3])})
        cols = [("rank", "rank"), ("region", "region"), ("score", "score"), ("satisfaction", "percent")]
        self.put(key, cap, title, cols, out)

    def t12(self):
        cap = self.find_caption("12")
        self._regions_ranking("12", cap, self.caption_title(cap, "12"), cap + 1)

    def annex_b(self):
        h = self.find_heading("Б ҚОСЫМШАСЫ")
        n = h + 1
        while not self.line(n).strip():
            n += 1
        self._regions_ranking("B", h, st.strip_markup(self.line(n)), n + 1)

    # table 13: State Corporation totals
    def t13(self):
        cap = self.find_caption("13")
        header, rows = self.block(cap + 1)
        out = []
        for n, c, raw in rows:
            out.append({"provider_kk": c[0], "provider_ru": LABEL_RU[c[0]], "score": st.parse_number(c[1]),
                        "satisfaction": st.parse_number(c[2]), "total": "1" if st.is_bold(raw[0]) else "0"})
        cols = [("provider_kk", "text"), ("provider_ru", "text"), ("score", "score"),
                ("satisfaction", "percent"), ("total", "integer")]
        self.put("13", cap, self.caption_title(cap, "13"), cols, out)

    # table 14: State Corporation by service, two groups (self-service zone, manager)
    def t14(self):
        cap = self.find_caption("14")
        header, rows = self.block(cap + 1)
        groups = [[]]
        grand = None
        for n, c, raw in rows:
            c = c + [""] * (5 - len(c))
            label = c[0]
            if label.startswith("ЖИЫНЫ:"):
                groups[-1].append({"_total": True, "label": label, "score": c[3], "sat": c[4], "_line": n})
                groups.append([])
                continue
            if label.startswith("БАРЛЫҒЫ:"):
                grand = {"label": label, "score": c[3], "sat": c[4], "_line": n}
                continue
            if not c[0] and not c[3] and not c[4]:
                # continuation of the previous row, split by a page break
                prev = [r for r in groups[-1] if not r.get("_total")][-1]
                prev["service_text"] += " " + c[1]
                if c[2]:
                    prev["provider"] = c[2]
                continue
            groups[-1].append({"rank": c[0], "service_text": c[1], "provider": c[2], "score": c[3],
                               "sat": c[4], "_line": n})
        groups = [g for g in groups if g]
        if len(groups) != 2:
            _fail(f"table 14: expected 2 groups, found {len(groups)}")
        self.t14_grand = grand
        title = self.caption_title(cap, "14")
        for key, g, suffix in (("14a", groups[0], "өзіне-өзі қызмет көрсету аймағы"),
                               ("14b", groups[1], "менеджерге жүгінді")):
            provider = next(r["provider"] for r in g if r.get("provider"))
            if not provider.endswith(f"({suffix})"):
                _fail(f"table 14: group provider {provider!r} does not end with ({suffix})")
            out, seen = [], set()
            for r in g:
                if r.get("_total"):
                    out.append({"rank": "", "service": "", "label_kk": r["label"], "label_ru": LABEL_RU[r["label"]],
                                "score": st.parse_number(r["score"]), "satisfaction": st.parse_number(r["sat"]),
                                "total": "1"})
                    continue
                num = self.match_service("14", r["service_text"], r["_line"])
                if num in seen:
                    _fail(f"table 14 line {r['_line']}: chapter {num} twice in a group")
                seen.add(num)
                out.append({"rank": st.parse_int(r["rank"]), "service": self.service_id[num], "label_kk": "",
                            "label_ru": "", "score": st.parse_number(r["score"]),
                            "satisfaction": st.parse_number(r["sat"]), "total": "0"})
            cols = [("rank", "rank"), ("service", "service"), ("label_kk", "text"), ("label_ru", "text"),
                    ("score", "score"), ("satisfaction", "percent"), ("total", "integer")]
            self.put(key, cap, f"{title} ({suffix})", cols, out)

    # table 15: e-government portal by service
    def t15(self):
        cap = self.find_caption("15")
        header, rows = self.block(cap + 1)
        items = []
        for n, c, raw in rows:
            c = c + [""] * (5 - len(c))
            if c[0].startswith("ЖИЫНЫ:"):
                items.append({"_total": True, "label": c[0], "score": c[3], "sat": c[4]})
                continue
            if not c[0] and not c[3] and not c[4]:
                prev = items[-1]
                prev["service_text"] += " " + c[1]
                if c[2]:
                    prev["provider"] += " " + c[2]
                continue
            items.append({"rank": c[0], "service_text": c[1], "provider": c[2], "score": c[3], "sat": c[4],
                          "_line": n})
        out, seen = [], set()
        for r in items:
            if r.get("_total"):
                out.append({"rank": "", "service": "", "provider_kk": "", "provider_ru": "",
                            "label_kk": r["label"], "label_ru": LABEL_RU[r["label"]],
                            "score": st.parse_number(r["score"]), "satisfaction": st.parse_number(r["sat"]),
                            "total": "1"})
                continue
            num = self.match_service("15", r["service_text"], r["_line"])
            if num in seen:
                _fail(f"table 15 line {r['_line']}: chapter {num} twice")
            seen.add(num)
            out.append({"rank": st.parse_int(r["rank"]), "service": self.service_id[num],
                        "provider_kk": r["provider"], "provider_ru": LABEL_RU[r["provider"]],
                        "label_kk": "", "label_ru": "",
                        "score": st.parse_number(r["score"]), "satisfaction": st.parse_number(r["sat"]),
                        "total": "0"})
        cols = [("rank", "rank"), ("service", "service"), ("provider_kk", "text"), ("provider_ru", "text"),
                ("label_kk", "text"), ("label_ru", "text"), ("score", "score"), ("satisfaction", "percent"),
                ("total", "integer")]
        self.put("15", cap, self.caption_title(cap, "15"), cols, out)

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
        pass


# ------------------------------------------------------------------ output

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


def run(seed_lines, content_dir):
    t = Tables(seed_lines)
    t.regions = load_regions(content_dir)
    t.build()
    data = os.path.join(content_dir, "data")

    bodies_rows = [{"id": b[0], "abbr_kk": b[1], "abbr_ru": b[2], "name_kk": b[3], "name_ru": b[4],
                    "name_en": b[5], "kind": b[6]} for b in BODIES]
    _write(os.path.join(data, "bodies.csv"),
           _csv_text(["id", "abbr_kk", "abbr_ru", "name_kk", "name_ru", "name_en", "kind"], bodies_rows))
    _write(os.path.join(data, "services.csv"),
           _csv_text(["id", "chapter", "code", "body", "name_kk", "name_ru", "name_en", "studied"], t.services))

    yml = ["# Results tables of the 2020 report. Generated by Scripts/import-2020-report; do not edit by hand.", ""]
    for key, (tid, file, kind, title_ru) in TABLES.items():
        if key not in t.out:
            continue
        tab = t.out[key]
        cols = [c for c, _ in tab["columns"]]
        _write(os.path.join(data, file), _csv_text(cols, tab["rows"]))
        number = key.rstrip("ab")
        yml.append(f"- id: {tid}")
        yml.append(f"  file: {file}")
        yml.append(f"  year: {YEAR}")
        yml.append(f"  kind: {kind}")
        yml.append(f"  title_kk: {_yq(tab['title_kk'])}")
        yml.append(f"  title_ru: {_yq(title_ru)}")
        yml.append(f"  source_kk: {_yq(SOURCE_KK.get(number, f'2020 жылғы есеп, {number}-кесте'))}")
        yml.append(f"  source_ru: {_yq(SOURCE_RU.get(number, f'Отчёт за 2020 год, таблица {number}'))}")
        yml.append("  columns:")
        for cid, ctype in tab["columns"]:
            yml.append(f"    - {{id: {cid}, type: {ctype}}}")
    _write(os.path.join(data, "tables.yml"), "\n".join(yml) + "\n")

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
