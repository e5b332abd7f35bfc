"""The report's own words and figures outside its results tables (issue 22), as the built demo
shows them: Content/2020/report/ (report.yml, its CSVs and texts) on the pages
/<lang>/report/<text>/ and /<lang>/methodology/, in kk, ru and en.

Every figure a page prints is compared with the CSV it comes from (the CSVs themselves are
compared with the seed by Tests/import/test_narrative.py): each table cell's sort key, each
diagram bar's data-value, each download. Run: SAPA_BIN=... python3 -m pytest -q Tests/site
"""
import csv
import html
import io
import re
from html.parser import HTMLParser

import pytest
import yaml

from conftest import REPO

REPORT = REPO / "Content" / "2020" / "report"
LANGUAGES = ("kk", "ru", "en")
SPEC = yaml.safe_load((REPORT / "report.yml").read_text(encoding="utf-8"))
TEXTS = sorted(path.stem for path in REPORT.glob("*.md"))
NOTICE = {"ru": "на казахском языке", "en": "in Kazakh"}
HIDDEN = {"id", "kind", "group", "criterion"}


def rows_of(name):
    return list(csv.DictReader(io.StringIO((REPORT / name).read_text(encoding="utf-8"))))


def page_of(figure):
    return f"report/{figure['text'][:-3]}/" if "text" in figure else f"{figure['page']}/"


class TableCells(HTMLParser):
    """The cells of the table in <section id=…>: per row, each cell's data-sort key."""

    def __init__(self, section_id):
        super().__init__()
        self.section_id = section_id
        self.inside = False
        self.depth = 0
        self.rows = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section" and attrs.get("id") == self.section_id:
            self.inside, self.depth = True, 0
        if not self.inside:
            return
        if tag == "section":
            self.depth += 1
        elif tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self.rows[-1].append(attrs.get("data-sort", ""))

    def handle_endtag(self, tag):
        if self.inside and tag == "section":
            self.depth -= 1
            self.inside = self.depth > 0


def printed_rows(page, section_id):
    parser = TableCells(section_id)
    parser.feed(page)
    return [row for row in parser.rows if row]


@pytest.fixture(scope="module")
def pages(site):
    def read(lang, relative):
        path = site / lang / relative / "index.html"
        assert path.exists(), f"/{lang}/{relative} is not built"
        return path.read_text(encoding="utf-8")
    return read


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("text", TEXTS)
def test_every_text_has_its_page_in_its_language(pages, lang, text):
    page = pages(lang, f"report/{text}/")
    main = page[page.index("<main"):]
    article = re.search(r'<article class="prose" lang="kk">(.*?)</article>', main, re.S)
    assert article, "the report's words are marked as Kazakh"
    body = (REPORT / f"{text}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    paragraphs = [line for line in body.split("\n") if line and not line.startswith(("#", "-", "|", ">"))]
    shown = html.unescape(re.sub(r"<[^>]+>", "", article.group(1)))
    for paragraph in (paragraphs[0], paragraphs[-1]):
        # cmark turns straight quotes and dashes as they are; the words themselves are the report's.
        assert paragraph.replace("\\", "")[:80] in shown.replace("\n", " "), f"{text}: «{paragraph[:60]}…» is not on the page"
    if lang in NOTICE:
        notice = re.search(r'<p class="notice kazakh-only">([^<]*)</p>', main)
        assert notice and NOTICE[lang] in html.unescape(notice.group(1)), "the page says the text is in Kazakh only"
        assert main.index("<h1") < main.index('class="notice kazakh-only"') < main.index("<article"), \
            "the notice is at the top of the text, under the title"
    else:
        assert "kazakh-only" not in main


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("figure", SPEC, ids=[figure["id"] for figure in SPEC])
def test_every_figure_is_printed_as_its_csv_gives_it(pages, lang, figure):
    page = pages(lang, page_of(figure))
    section = f"{figure['id']}-2020"
    printed = printed_rows(page, section)
    rows = rows_of(figure["file"])
    assert len(printed) == len(rows), f"{section}: {len(printed)} rows printed, {len(rows)} in {figure['file']}"
    shown = [column for column in figure["columns"] if column["id"] not in HIDDEN]
    for row, cells in zip(rows, printed):
        assert len(cells) == len(shown)
        for column, cell in zip(shown, cells):
            if column["type"] in ("percent", "score"):
                written = row[column["id"]]
                if written == "":
                    assert cell == "", f"{section}: an empty figure is printed as {cell}"
                else:
                    assert float(cell) == float(written), f"{section} {row.get('id', row.get('region'))} {column['id']}: {cell} ≠ {written}"


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("figure", [f for f in SPEC if f["kind"] == "diagram"], ids=lambda f: f["id"])
def test_every_diagram_draws_the_figures_of_its_text_and_no_other(pages, lang, figure):
    page = pages(lang, page_of(figure))
    chart = re.search(rf'<svg[^>]*id="chart-{figure["id"]}-2020".*?</svg>', page, re.S)
    assert chart, f"the diagram {figure['id']} is drawn"
    drawn = [float(value) for value in re.findall(r'data-value="([^"]+)"', chart.group(0))]
    given = [float(row["percent"]) for row in rows_of(figure["file"]) if row["percent"] != ""]
    assert drawn == given, "a bar for every figure the text gives, and none invented"
    if not figure.get("complete", True):
        assert "notice" in page[page.index(f'id="figure-{figure["id"]}-2020"'):][:400], "an incomplete diagram says so"


@pytest.mark.parametrize("figure", SPEC, ids=[figure["id"] for figure in SPEC])
def test_every_figure_downloads(site, figure):
    download = list(csv.DictReader(io.StringIO((site / "data" / f"{figure['id']}-2020.csv").read_text(encoding="utf-8"))))
    rows = rows_of(figure["file"])
    assert len(download) == len(rows)
    for column in figure["columns"]:
        if column["type"] in ("percent", "score"):
            got = [row[column["id"]] for row in download]
            want = [row[column["id"]] for row in rows]
            assert [float(x) if x else None for x in got] == [float(x) if x else None for x in want]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_links_the_report_texts(pages, lang):
    page = pages(lang, "")
    for text in TEXTS:
        assert f'href="/{lang}/report/{text}/"' in page
