"""The built demo site against its data and the seed.

Builds the committed content with the Swift command line (`sapa build --site <repo> --output
<tmp>`, sapa being $SAPA_BIN or else the package's own: `swift build --product sapa`, then
.build/debug/sapa) once per session and checks: every results page exists in kk and ru, one
page per service, body and region, the eight qualitative services say so, every value of every
row of every results CSV of the edition Content/2020 (described by Content/2020/tables.yml; on
the site a table's id is <id>-2020) is printed in its row of its table as the site formats it
(Kazakh and Russian: decimal comma, no-break space between thousands, signed deltas), each row
links to its entity's page, each table names its source, the home page's headline figures, the
methodology page and its ranking rule.

Run: python3 -m pytest Tests/import -q   (skipped when `swift` is not on PATH and SAPA_BIN is unset)
     SAPA_BIN=/path/to/sapa python3 -m pytest -q Tests/import/test_site.py
"""

import csv
import os
import re
import shutil
import subprocess
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from layout import CONTENT, EDITION, REPO, SEED, SEEDS, YEAR, year_services

DATA = CONTENT / "data"
# The edition's files that are not results tables.
EDITION_CSVS = {"services.csv", "data-notes.csv"}

LANGS = ["kk", "ru"]
NBSP = "\u00a0"
MINUS = "\u2212"

# Which page shows the tables of each kind (README: Content/README.md, "Kinds").
PAGE_OF_KIND = {
    "services-ranking": "services", "respondents-by-service": "services",
    "bodies-ranking": "bodies", "bodies-dynamics": "bodies",
    "regions-ranking": "regions", "regions-dynamics": "regions", "respondents-by-region": "regions",
    "providers": "providers", "corporation": "providers", "portal": "providers",
    "dynamics": "dynamics",
}
RESULT_PAGES = ["services", "bodies", "regions", "providers", "dynamics", "data"]
ENTITY_FOLDER = {"service": "services", "body": "bodies", "region": "regions"}
TIE = {"kk": "(тең)", "ru": "(поровну)"}
QUALITATIVE = {"kk": "тек сапалық әдіспен", "ru": "только качественными методами"}


# ---------------------------------------------------------------- build once

@pytest.fixture(scope="session")
def sapa():
    """$SAPA_BIN, else the package's own sapa, built here (as Tests/search and Tests/browser)."""
    given = os.environ.get("SAPA_BIN")
    if given:
        return given
    swift = shutil.which("swift")
    if swift is None:
        pytest.skip("`swift` is not on PATH: the site cannot be built (install Swift 6, see README; or set SAPA_BIN)")
    build = subprocess.run([swift, "build", "--product", "sapa"], cwd=REPO,
                           capture_output=True, text=True, timeout=3600)
    assert build.returncode == 0, f"swift build failed:\n{build.stdout[-4000:]}\n{build.stderr[-4000:]}"
    return str(REPO / ".build" / "debug" / "sapa")


@pytest.fixture(scope="session")
def site(tmp_path_factory, sapa):
    out = tmp_path_factory.mktemp("site") / "Output"
    run = subprocess.run([sapa, "build", "--site", str(REPO), "--output", str(out)],
                         cwd=REPO, capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, f"sapa build failed ({run.returncode}):\n{run.stdout[-4000:]}\n{run.stderr[-4000:]}"
    return {"out": out, "stdout": run.stdout, "stderr": run.stderr}


@pytest.fixture(scope="session")
def out(site):
    return site["out"]


def page(out: Path, lang: str, rel: str = "") -> Path:
    return out / lang / rel / "index.html" if rel else out / lang / "index.html"


def read(path: Path) -> str:
    assert path.exists(), f"page missing: {path}"
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- data

def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def edition_tables():
    """The edition's results tables (Content/2020/tables.yml) under the ids the site gives them,
    <id>-<year>; each one's file is beside tables.yml."""
    year = yaml.safe_load((EDITION / "edition.yml").read_text(encoding="utf-8"))["year"]
    assert str(year) == YEAR
    spec = yaml.safe_load((EDITION / "tables.yml").read_text(encoding="utf-8"))
    return [{**t, "id": f"{t['id']}-{year}"} for t in spec]


@pytest.fixture(scope="session")
def tables():
    return edition_tables()


@pytest.fixture(scope="session")
def services():
    """The registry's services with the edition's chapter and studied."""
    return year_services()


@pytest.fixture(scope="session")
def bodies():
    return {b["id"]: b for b in read_csv(DATA / "bodies.csv")}


@pytest.fixture(scope="session")
def regions():
    return {r["id"]: r for r in read_csv(DATA / "regions.csv")}


# ---------------------------------------------------------------- HTML

class Blocks(HTMLParser):
    """The results tables of a page: `<section class="table-block" id=…>` with the text of
    its source line, its header labels and, per body row, the cells' text and links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks = {}
        self.cur = None
        self.stack = []
        self.in_source = self.in_th = self.in_td = self.in_tbody = False
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "section" and "table-block" in classes:
            self.cur = {"id": a.get("id"), "source": "", "head": [], "rows": []}
            self.blocks[a.get("id")] = self.cur
            return
        if self.cur is None:
            return
        if tag == "p" and "source" in classes:
            self.in_source = True
        elif tag == "tbody":
            self.in_tbody = True
        elif tag == "th":
            self.in_th = True
            self.cur["head"].append("")
        elif tag == "tr" and self.in_tbody:
            self.row = {"total": "total" in classes, "cells": []}
        elif tag == "td" and self.row is not None:
            self.cell = {"text": "", "hrefs": [], "lang": a.get("lang")}
        elif tag == "a" and self.cell is not None:
            self.cell["hrefs"].append(a.get("href"))

    def handle_endtag(self, tag):
        if self.cur is None:
            return
        if tag == "section":
            self.cur = None
        elif tag == "p":
            self.in_source = False
        elif tag == "th":
            self.in_th = False
        elif tag == "tbody":
            self.in_tbody = False
        elif tag == "td" and self.cell is not None:
            self.cell["text"] = self.cell["text"].strip()
            self.row["cells"].append(self.cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.cur["rows"].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cur is None:
            return
        if self.in_source:
            self.cur["source"] += data
        if self.in_th:
            self.cur["head"][-1] += data
        if self.cell is not None:
            self.cell["text"] += data


def blocks_of(path: Path):
    parser = Blocks()
    parser.feed(read(path))
    return parser.blocks


@pytest.fixture(scope="session")
def rendered(out):
    """{(lang, page): {table id: block}} for the results pages."""
    return {(lang, p): blocks_of(page(out, lang, p)) for lang in LANGS
            for p in ["services", "bodies", "regions", "providers", "dynamics"]}


class Text(HTMLParser):
    """The visible text of an element selected by tag and class, e.g. the headline <dd>s."""

    def __init__(self, tag, cls=None):
        super().__init__(convert_charrefs=True)
        self.tag, self.cls, self.depth, self.items = tag, cls, 0, []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += tag == self.tag
            return
        if tag == self.tag and (self.cls is None or self.cls in (dict(attrs).get("class") or "").split()):
            self.depth = 1
            self.items.append("")

    def handle_endtag(self, tag):
        if self.depth and tag == self.tag:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.items[-1] += data


def texts(html: str, tag: str, cls=None):
    p = Text(tag, cls)
    p.feed(html)
    return [" ".join(t.split()) if NBSP not in t else t.strip() for t in p.items]


def visible_text(html: str) -> str:
    body = html[html.find("<main"):html.find("</main>")]
    body = re.sub(r"<[^>]+>", " ", body)
    return " ".join(body.replace("&nbsp;", NBSP).split())


# ---------------------------------------------------------------- formatting

def dec(value: str, digits: int) -> str:
    q = Decimal(value).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)
    return str(abs(q)).replace(".", ",")


def fmt_score(value: str, scale: int = 5) -> str:
    return dec(value, 1 if scale == 10 else 2)


def fmt_percent(value: str, scale: int = 5) -> str:
    # The 10-point years are printed as the report prints them (table 6: "79%").
    return dec(value, 0 if scale == 10 else 1) + "%"


def fmt_int(value: str) -> str:
    n = int(Decimal(value))
    s = f"{abs(n):,}".replace(",", NBSP)
    return (MINUS if n < 0 else "") + s


def fmt_delta(value: str, digits: int) -> str:
    d = Decimal(value)
    text = dec(value, digits)
    if Decimal(text.replace(",", ".")) == 0:
        return text
    return ("+" if d > 0 else MINUS) + text


def expected_cell(table, column, row, lang):
    """What the site prints in the cell of `column` for the CSV `row` (None: a reference,
    checked through its link)."""
    cid, ctype = column["id"], column["type"]
    if ctype in ("service", "body", "region"):
        return None
    if ctype == "text":
        value = row.get(f"{cid}_{lang}")
        if value is None:
            value = row.get(cid, "")
        if not value and lang != "kk":
            value = row.get(f"{cid}_kk", "")  # shown in Kazakh, marked lang="kk"
        return value if value else "—"
    value = row.get(cid, "")
    if ctype == "flag":
        return "✓" if value in ("yes", "1", "true") else ("—" if value == "" else "")
    if value == "":
        return "—"
    scale = int(row.get("scale") or column.get("scale") or 5)
    if ctype == "score":
        return fmt_score(value, scale)
    if ctype == "percent":
        return fmt_percent(value, scale)
    if ctype == "delta":
        return fmt_delta(value, 1 if ("satisfaction" in cid or "percent" in cid) else 2)
    if ctype in ("rank", "year"):
        return str(int(Decimal(value)))
    if ctype in ("integer", "count"):
        return fmt_int(value)
    if ctype == "scale":
        return {"kk": f"{int(value)} балдық", "ru": f"{int(value)}-балльная", "en": f"{int(value)}-point"}[lang]
    raise AssertionError(f"{table['id']}: column type {ctype} not covered by the test")


def shown_columns(table, head, lang):
    """The table's columns in the order the page shows them, matched by their header label.
    Every column must be shown except `scale` (its rows format their figures) and `flag`
    (a total row is marked on the <tr>)."""
    labels = [" ".join(h.split()) for h in head]
    shown = []
    for label in labels:
        match = [c for c in table["columns"]
                 if " ".join((c.get(f"label_{lang}") or c.get("label_kk") or c["id"]).split()) == label and c not in shown]
        assert match, f"{table['id']}: header «{label}» matches no column of tables.yml"
        shown.append(match[0])
    hidden = [c["id"] for c in table["columns"] if c not in shown and c["type"] not in ("scale", "flag")]
    assert hidden == [], f"{table['id']}: columns not shown on the page: {hidden}"
    return shown


# ---------------------------------------------------------------- pages exist

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("rel", RESULT_PAGES)
def test_results_pages_exist(out, lang, rel):
    html = read(page(out, lang, rel))
    assert f'<html lang="{lang}"' in html


@pytest.mark.parametrize("lang", LANGS)
def test_one_page_per_service(out, services, lang):
    assert len(services) == 70
    folder = out / lang / "services"
    made = sorted(p.name for p in folder.iterdir() if (p / "index.html").exists())
    assert made == sorted(s["id"] for s in services)


@pytest.mark.parametrize("lang", LANGS)
def test_qualitative_services_say_so(out, services, lang):
    qualitative = [s for s in services if s["studied"] == "qualitative"]
    assert len(qualitative) == 8
    for s in services:
        html = read(page(out, lang, f"services/{s['id']}"))
        says = QUALITATIVE[lang] in html
        assert says == (s["studied"] == "qualitative"), (s["id"], s["studied"])


@pytest.mark.parametrize("lang", LANGS)
def test_one_page_per_body_and_region(out, bodies, regions, lang):
    for bid in bodies:
        assert page(out, lang, f"bodies/{bid}").exists(), bid
    for rid in regions:
        assert page(out, lang, f"regions/{rid}").exists(), rid


def test_russian_names_of_all_services(out, services, site):
    """issue 6: the demo content has a Russian name for each of the 70 services."""
    missing = [s["id"] for s in services if not s["name_ru"]]
    assert missing == []
    assert "has no Russian name" not in site["stdout"] + site["stderr"]
    for s in services:
        h1 = texts(read(page(out, "ru", f"services/{s['id']}")), "h1")
        assert h1 and h1[0] == " ".join(s["name_ru"].split()), s["id"]


# ---------------------------------------------------------------- every CSV row in its rendered row

def _table_cases():
    return [(t["id"], lang) for t in edition_tables() for lang in LANGS]


def test_every_2020_csv_is_described(tables):
    described = {t["file"] for t in tables}
    on_disk = {p.name for p in EDITION.glob("*.csv")} - EDITION_CSVS
    assert on_disk == described


@pytest.mark.parametrize("table_id,lang", _table_cases())
def test_every_row_is_printed_in_its_table(table_id, lang, tables, rendered, out):
    table = next(t for t in tables if t["id"] == table_id)
    where = PAGE_OF_KIND[table["kind"]]
    block = rendered[(lang, where)].get(table_id)
    assert block is not None, f"/{lang}/{where}/ has no <section class=\"table-block\" id=\"{table_id}\">"
    rows = read_csv(EDITION / table["file"])
    columns = shown_columns(table, block["head"], lang)
    assert len(block["rows"]) == len(rows), f"{table_id}: {len(block['rows'])} rendered rows, {len(rows)} in the CSV"
    for n, (row, tr) in enumerate(zip(rows, block["rows"]), start=2):
        where_row = f"{table['file']}:{n}"
        cells = tr["cells"]
        assert len(cells) == len(columns), where_row
        is_total = row.get("total") in ("yes", "1", "true")
        assert tr["total"] == is_total, f"{where_row}: total row marked {tr['total']}"
        for column, cell in zip(columns, cells):
            want = expected_cell(table, column, row, lang)
            text = cell["text"]
            if column["type"] == "rank" and text.endswith(TIE[lang]):
                text = text[: -len(TIE[lang])].strip()
            if want is not None:
                assert text == want, f"{where_row} column {column['id']}: printed «{text}», expected «{want}»"
                continue
            ref = row.get(column["id"], "")
            if not ref:
                assert text == "—" and not cell["hrefs"], f"{where_row} column {column['id']}"
                continue
            href = f"/{lang}/{ENTITY_FOLDER[column['type']]}/{ref}/"
            assert cell["hrefs"] == [href], f"{where_row} column {column['id']}: links {cell['hrefs']}, expected {href}"
            assert page(out, lang, f"{ENTITY_FOLDER[column['type']]}/{ref}").exists(), href
            assert text, f"{where_row} column {column['id']}: empty name"


@pytest.mark.parametrize("table_id,lang", _table_cases())
def test_each_table_names_its_source(table_id, lang, tables, rendered):
    table = next(t for t in tables if t["id"] == table_id)
    block = rendered[(lang, PAGE_OF_KIND[table["kind"]])][table_id]
    source = table.get(f"source_{lang}") or table["source_kk"]
    assert source in " ".join(block["source"].split()), (table_id, block["source"])


@pytest.mark.parametrize("lang", LANGS)
def test_ranks_are_published_as_given(lang, tables, rendered):
    """No table of the demo leaves a rank empty: every printed rank is the report's."""
    for table in tables:
        block = rendered[(lang, PAGE_OF_KIND[table["kind"]])][table["id"]]
        rank_cols = [i for i, c in enumerate(shown_columns(table, block["head"], lang)) if c["type"] == "rank"]
        if not rank_cols:
            continue
        rows = read_csv(EDITION / table["file"])
        for row, tr in zip(rows, block["rows"]):
            printed = tr["cells"][rank_cols[0]]["text"]
            assert printed.split(" ")[0] == (row["rank"] or "—"), (table["id"], row)


# ---------------------------------------------------------------- against the seed

def _seed_rows(lines, start, stop):
    """Ranked rows of a seed table between two markers: rank → (score, satisfaction) as printed."""
    i = next(k for k, l in enumerate(lines) if start in l)
    j = next(k for k in range(i + 1, len(lines)) if stop in lines[k])
    out = {}
    for line in lines[i:j]:
        line = re.sub(r"</?b>", "", line.strip())
        m = re.match(r"^(\d+)\t.*\t(\d,\d+)\t(\d+,\d+%)$", line)
        if m:
            out[int(m.group(1))] = (m.group(2), m.group(3))
    return out


SEED_TABLES = [
    ("services-ranking-2020", "**8-кесте.", "#### 1.4", 62),
    ("bodies-ranking-2020", "9-кесте. Мемлекеттік", "Орталық мемлекеттік органдардың 2019-2020", 24),
    ("regions-ranking-2020", "12-кесте. Мемлекеттік", "### «Азаматтарға", 17),
    ("bodies-ranking-all-providers-2020", "## А ҚОСЫМШАСЫ", "## Б ҚОСЫМШАСЫ", 24),
]


@pytest.mark.parametrize("table_id,start,stop,count", SEED_TABLES)
def test_rendered_ranking_equals_seed(table_id, start, stop, count, rendered):
    if not SEED.exists():
        pytest.skip(f"seed not found: {SEED} (set SAPA_SEEDS)")
    lines = SEED.read_text(encoding="utf-8").splitlines()
    seed = _seed_rows(lines, start, stop)
    assert len(seed) == count
    block = next(b for (lang, _), blocks in rendered.items() if lang == "kk" for tid, b in blocks.items() if tid == table_id)
    head = [" ".join(h.split()) for h in block["head"]]
    score_at = next(i for i, h in enumerate(head) if h == "Орташа балл")
    pct_at = next(i for i, h in enumerate(head) if h.startswith("Қанағаттану"))
    shown = {}
    for tr in block["rows"]:
        if tr["total"]:
            continue
        shown[int(tr["cells"][0]["text"].split(" ")[0])] = (tr["cells"][score_at]["text"], tr["cells"][pct_at]["text"])
    assert sorted(shown) == sorted(seed)
    for rank, (score, pct) in seed.items():
        site_score, site_pct = shown[rank]
        # Same number; the site always prints two decimals ("4,7" in the report is "4,70").
        assert Decimal(site_score.replace(",", ".")) == Decimal(score.replace(",", ".")), (table_id, rank)
        assert re.fullmatch(r"\d,\d\d", site_score), site_score
        assert site_pct == pct, (table_id, rank)


def test_table8_equal_printed_scores_keep_their_ranks(rendered):
    """Ranks 13–19 of table 8 all print 4,70 and keep their seven different ranks."""
    block = rendered[("kk", "services")]["services-ranking-2020"]
    by_rank = {tr["cells"][0]["text"]: tr["cells"][4]["text"] for tr in block["rows"] if not tr["total"]}
    assert [by_rank[str(r)] for r in range(13, 20)] == ["4,70"] * 7


# ---------------------------------------------------------------- home

@pytest.mark.parametrize("lang", LANGS)
def test_home_headline(out, lang):
    html = read(page(out, lang))
    dd = texts(html, "dd")
    for value in ["4,58", "75,1%", f"9{NBSP}181", "70", "17"]:
        assert value in dd, (value, dd)


@pytest.mark.parametrize("lang", LANGS)
def test_home_best_and_worst_three(out, lang):
    html = read(page(out, lang))
    lists = re.findall(r'<ol class="podium">(.*?)</ol>', html, re.S)
    assert len(lists) == 2
    best = re.findall(r'href="/' + lang + r'/services/([^/]+)/"', lists[0])
    worst = re.findall(r'href="/' + lang + r'/services/([^/]+)/"', lists[1])
    ranked = [r for r in read_csv(EDITION / "services-ranking.csv") if r["rank"]]
    ranked.sort(key=lambda r: int(r["rank"]))
    assert best == [r["service"] for r in ranked[:3]]
    assert worst == [r["service"] for r in ranked[-1:-4:-1]]


# ---------------------------------------------------------------- the 10-point years

@pytest.mark.parametrize("lang", LANGS)
def test_ten_point_years_are_marked_in_their_rows(lang, rendered):
    block = rendered[(lang, "dynamics")]["dynamics-2020"]
    rows = read_csv(EDITION / "dynamics.csv")
    for row, tr in zip(rows, block["rows"]):
        if row["scale"] == "10":
            assert any("10" in c["text"] for c in tr["cells"][1:]), row["year"]


# ---------------------------------------------------------------- methodology and about

RULE = {
    "kk": ["дөңгелектенбеген орташа балл", "бір орынды", "1, 2, 2, 4", "есептегідей жарияланады", "4,70",
           "Q = (n1·1 + n2·2 + n3·3 + n4·4 + n5·5) / N", "10 балдық", "тек сапалық әдіспен", "цифрлық үкімет"],
    "ru": ["неокруглённому среднему баллу", "делят одно место", "1, 2, 2, 4", "публикуется как в отчёте", "4,70",
           "Q = (n1·1 + n2·2 + n3·3 + n4·4 + n5·5) / N", "10-балльной", "только качественными методами",
           "цифрового правительства"],
}


@pytest.mark.parametrize("lang", LANGS)
def test_methodology_states_the_ranking_rule(out, lang):
    html = read(page(out, lang, "methodology"))
    text = visible_text(html)
    for phrase in RULE[lang]:
        assert phrase.lower() in text.lower(), phrase
    assert f'href="/{lang}/methodology/"' in read(page(out, lang)), "the methodology page is not in the navigation"


@pytest.mark.parametrize("lang", LANGS)
def test_methodology_figures_are_the_reports(out, lang):
    text = visible_text(read(page(out, lang, "methodology")))
    for figure in ["9211", "9181", "9000", "23,3%", "267", "4,87", "4,59", "8,7", "7,9"]:
        assert figure in text, figure
    if SEED.exists():
        seed = SEED.read_text(encoding="utf-8")
        for figure in ["9211", "9181", "23,3%", "267"]:
            assert figure in seed


DEADLINES = {"kk": ["5 жұмыс күні", "15 жұмыс күні"], "ru": ["5 рабочих дней", "15 рабочих дней"]}


@pytest.mark.parametrize("lang", LANGS)
def test_about_page(out, lang):
    html = read(page(out, lang, "about"))
    text = visible_text(html)
    assert "CSV" in text and "JSON" in text
    assert 'href="../data/"' in html and 'href="../methodology/"' in html
    for phrase in DEADLINES[lang]:
        assert phrase in text, phrase
    seed004 = SEEDS / "004_a64fa5ff937c345c.txt"
    if seed004.exists():
        amendments = seed004.read_text(encoding="utf-8", errors="replace")
        for phrase in DEADLINES["kk"]:
            assert phrase in amendments, f"{phrase} is not in seed 004"


@pytest.mark.parametrize("lang", LANGS)
def test_about_page_is_linked(out, lang):
    assert f'href="/{lang}/about/"' in read(page(out, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_data_page_offers_every_table(out, tables, lang):
    html = read(page(out, lang, "data"))
    for table in tables:
        for ext in ("csv", "json"):
            name = f"{table['id']}.{ext}"
            assert f'href="/data/{name}"' in html, name
            assert (out / "data" / name).exists(), name


# ---------------------------------------------------------------- the ranking rule, end to end

RULE_TABLE = """
- id: rule-check
  file: rule-check.csv
  kind: other
  title_kk: Орындарды есептеу тексерісі
  title_ru: Проверка расчёта мест
  source_kk: тест
  source_ru: тест
  columns:
    - {id: rank, type: rank, label_kk: "Орны", label_ru: "Место"}
    - {id: label, type: text, label_kk: "Атауы", label_ru: "Наименование"}
    - {id: n1, type: count, label_kk: "n1", label_ru: "n1"}
    - {id: n2, type: count, label_kk: "n2", label_ru: "n2"}
    - {id: n3, type: count, label_kk: "n3", label_ru: "n3"}
    - {id: n4, type: count, label_kk: "n4", label_ru: "n4"}
    - {id: n5, type: count, label_kk: "n5", label_ru: "n5"}
    - {id: score, type: score, label_kk: "Орташа балл", label_ru: "Средний балл"}
    - {id: satisfaction, type: percent, label_kk: "Қанағаттану деңгейі, %", label_ru: "Уровень удовлетворённости, %"}
"""

# Computed by hand: A and C from counts, Q = (3·1 + 4·1 + 5·8) / 10 = 4.7, satisfaction 8/10 = 80%;
# B prints 4,70 too but its unrounded 4.704 ranks first; A and C tie at 2; D is 4th, not 3rd.
RULE_ROWS = """rank,label_kk,label_ru,n1,n2,n3,n4,n5,score,satisfaction
,A,A,0,0,1,1,8,,
,B,B,,,,,,4.704,70
,C,C,0,0,1,1,8,,
,D,D,1,0,0,1,3,,
"""

RULE_EXPECTED = [  # label, rank, tied, score, satisfaction
    ("A", "2", True, "4,70", "80,0%"),
    ("B", "1", False, "4,70", "70,0%"),
    ("C", "2", True, "4,70", "80,0%"),
    ("D", "4", False, "4,00", "60,0%"),
]


@pytest.fixture(scope="session")
def rule_site(site, sapa, tmp_path_factory):
    root = tmp_path_factory.mktemp("rule-site")
    shutil.copytree(CONTENT, root / "Content")
    shutil.copytree(REPO / "Templates", root / "Templates")
    edition = root / "Content" / YEAR
    with open(edition / "tables.yml", "a", encoding="utf-8") as f:
        f.write(RULE_TABLE)
    (edition / "rule-check.csv").write_text(RULE_ROWS, encoding="utf-8")
    out = root / "Output"
    run = subprocess.run([sapa, "build", "--site", str(root), "--output", str(out)],
                         cwd=root, capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, f"sapa build failed ({run.returncode}):\n{run.stdout[-4000:]}\n{run.stderr[-4000:]}"
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_computed_ranks_follow_the_rule_and_show_ties(rule_site, lang):
    html = read(page(rule_site, lang, "dynamics"))
    block = blocks_of(page(rule_site, lang, "dynamics"))["rule-check-2020"]
    head = [" ".join(h.split()) for h in block["head"]]
    at = {name: head.index(label) for name, label in
          [("rank", "Орны" if lang == "kk" else "Место"), ("label", "Атауы" if lang == "kk" else "Наименование"),
           ("score", "Орташа балл" if lang == "kk" else "Средний балл")]}
    pct = next(i for i, h in enumerate(head) if h.startswith("Қанағаттану" if lang == "kk" else "Уровень"))
    got = []
    for tr in block["rows"]:
        rank_text = tr["cells"][at["rank"]]["text"]
        tied = rank_text.endswith(TIE[lang])
        got.append((tr["cells"][at["label"]]["text"], rank_text.replace(TIE[lang], "").strip(), tied,
                    tr["cells"][at["score"]]["text"], tr["cells"][pct]["text"]))
    assert got == RULE_EXPECTED
    section = html[html.find('id="rule-check-2020"'):]
    section = section[:section.find("</section>")]
    computed = {"kk": "орындар балл бойынша есептелген", "ru": "места рассчитаны по баллу"}[lang]
    assert computed in section, "a table with computed ranks must say so"

