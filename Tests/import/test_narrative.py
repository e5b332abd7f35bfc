"""Tests of the report's own words and figures (Scripts/report2020/narrative.py).

Run: python3 -m pytest Tests/import/test_narrative.py -q
The seed is $SAPA_SEEDS/002_50492d32a867b2a4.txt, SAPA_SEEDS defaulting to <repo>/../shared/seeds;
without it the tests fail.

The checks read the seed themselves, with their own small parsers, and compare: every figure
of every CSV, every text block of the three texts (it must be the report's words, verbatim),
and the other way round: every line of the report's text in those ranges is in the texts, and
every percentage of section 1.2 is in a diagram's CSV or listed below as left out, with why.
"""

import csv
import os
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
SEEDS = Path(os.environ.get("SAPA_SEEDS") or REPO.parent / "shared" / "seeds")
SEED = SEEDS / "002_50492d32a867b2a4.txt"
REGIONS = REPO / "Content" / "data" / "regions.csv"

sys.dont_write_bytecode = True
sys.path.insert(0, str(REPO / "Scripts"))
from report2020 import narrative  # noqa: E402

FILES = [
    "conclusions.md", "diagram-04-gender.csv", "diagram-05-age.csv", "diagram-06-status.csv",
    "diagram-07-language.csv", "diagram-09-internet-access.csv", "diagram-10-internet-quality.csv",
    "diagram-11-devices.csv", "language-by-region.csv", "method-example-office.csv",
    "method-example-online.csv", "portal-review.md", "report.yml", "respondents-profile.md",
]

# Percentages of section 1.2 that are in no CSV, each with the reason. (line, as printed)
NOT_IN_A_DIAGRAM = {
    (593, "23,3%"): "diagram 3: the only figure the text gives (rural share); the diagram is left out",
    (626, "10%"): "text only: respondents with problems of physical access",
    (626, "1%"): "text only: respondents who need special communication",
    (660, "5,9%"): "diagram 8: the only figure the text gives; the diagram is left out",
    (697, "1%"): "«барлығы 1%»: the sum of 0,6% and 0,4%, both in diagram 11",
    (699, "34,7%"): "text only: received the service online on their own",
    (699, "65,3%"): "text only: went to an employee at the provider's office",
}


# ------------------------------------------------------------------ fixtures

@pytest.fixture(scope="session")
def lines():
    if not SEED.exists():
        pytest.fail(f"seed not found: {SEED} (set SAPA_SEEDS)")
    text = SEED.read_text(encoding="utf-8").lstrip("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


@pytest.fixture(scope="session")
def out(tmp_path_factory, lines):
    d = tmp_path_factory.mktemp("edition")
    narrative.run(lines, str(d), str(REGIONS))
    return d / "report"


@pytest.fixture(scope="session")
def spec(out):
    return {e["id"]: e for e in yaml.safe_load((out / "report.yml").read_text(encoding="utf-8"))}


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def printed(value):
    """A CSV figure as the report prints it (decimal comma)."""
    return value.replace(".", ",")


def number(text):
    """A printed figure as CSV text: "4,58" -> "4.58", "75,1%" -> "75.1"."""
    t = re.sub(r"</?b>|\*\*", "", text).strip().rstrip("%").replace(",", ".")
    assert re.fullmatch(r"\d+(\.\d+)?", t), f"not a figure: {text!r}"
    return t


# ------------------------------------------------------------------ files

def test_writes_the_files(out):
    assert sorted(p.name for p in out.iterdir()) == FILES


def test_deterministic(tmp_path, lines, out):
    narrative.run(lines, str(tmp_path), str(REGIONS))
    for name in FILES:
        assert (tmp_path / "report" / name).read_bytes() == (out / name).read_bytes(), name


def test_utf8_lf_final_newline(out):
    for name in FILES:
        b = (out / name).read_bytes()
        assert not b.startswith(b"\xef\xbb\xbf") and b"\r" not in b and b.endswith(b"\n"), name
        b.decode("utf-8")


def test_report_yml_describes_every_csv(out, spec, lines):
    files = [e["file"] for e in spec.values()]
    assert sorted(files) == sorted(n for n in FILES if n.endswith(".csv"))
    for e in spec.values():
        rows = read_csv(out / e["file"])
        header = list(rows[0].keys())
        expected = []
        for c in e["columns"]:
            if c["id"] == "label":
                expected += [k for k in ("label_kk", "label_ru", "label_en") if k in header]
                assert "label_kk" in header, e["id"]
            else:
                expected.append(c["id"])
        assert header == expected, e["id"]
        for key in ("title_kk", "title_ru", "title_en", "source_kk", "source_ru", "source_en"):
            assert e.get(key), (e["id"], key)
        assert e["seed"] == SEED.name
        a, b = e["lines"]
        assert 1 <= a <= b <= len(lines)
        # the caption is printed at the first line of the range or within it
        cap = re.sub(r"\*\*", "", " ".join(lines[a - 1:b])).replace("\t", " ")
        assert _squash(e["caption_kk"]).split(". ")[0] in _squash(cap), e["id"]


# ------------------------------------------------------------------ table 5

def _region_ids():
    ids = {}
    for r in read_csv(REGIONS):
        ids[r["name_kk"]] = r["id"]
        for p in filter(None, r["previous_names_kk"].split("|")):
            ids[p.split(":", 1)[1]] = r["id"]
    return ids


def _table_after(lines, caption_re, skip_header_lines):
    n = next(i for i, l in enumerate(lines, 1) if re.search(caption_re, l))
    n += 1
    while not lines[n - 1].strip():
        n += 1
    n += skip_header_lines
    rows = []
    while lines[n - 1].strip():
        rows.append((n, lines[n - 1].split("\t")))
        n += 1
    return rows


def test_table_5_equals_the_seed(out, spec, lines):
    seed_rows = _table_after(lines, r"^5-кесте\.", 2)
    assert len(seed_rows) == 18
    csv_rows = read_csv(out / "language-by-region.csv")
    assert len(csv_rows) == len(seed_rows)
    ids = _region_ids()
    for (n, cells), row in zip(seed_rows, csv_rows):
        name, kk, ru = (c.strip() for c in cells)
        assert row["label_kk"] == name, n
        assert row["region"] == ids.get(name, ""), n
        assert (row["kazakh"], row["russian"]) == (number(kk), number(ru)), n
    # every region of 2020 is there once; the row without a region is «Басқа елдер»
    regions = [r["region"] for r in csv_rows if r["region"]]
    assert len(regions) == len(set(regions)) == 17
    assert [r["label_kk"] for r in csv_rows if not r["region"]] == ["Басқа елдер"]
    # rows that do not add up to 100 are noted
    bad = [r for r in csv_rows if round(float(r["kazakh"]) + float(r["russian"]), 1) != 100.0]
    notes = " ".join(spec["language-by-region"].get("notes_kk") or [])
    for r in bad:
        assert r["label_kk"] in notes


def test_table_5_agrees_with_table_4_and_diagram_7(out, lines):
    """Weighted by table 4's respondents, table 5's Kazakh shares give diagram 7's 43,1%."""
    t4 = {cells[0].strip(): int(cells[1]) for _, cells in _table_after(lines, r"^#### 4-кесте\.", 1)}
    rows = read_csv(out / "language-by-region.csv")
    total = sum(t4[r["label_kk"]] for r in rows)
    assert total == t4["Барлығы"] == 9181
    share = sum(t4[r["label_kk"]] * float(r["kazakh"]) for r in rows) / total
    d7 = {r["id"]: r["percent"] for r in read_csv(out / "diagram-07-language.csv")}
    assert f"{share:.1f}" == d7["kazakh"]


# ------------------------------------------------------------------ tables 2 and 3

def _method_table(lines, number_):
    cap = next(i for i, l in enumerate(lines, 1) if l.startswith(f"**{number_}-кесте. "))
    n = cap + 4                    # caption, blank, channel line, header
    rows = []
    while lines[n - 1].strip():
        rows.append(lines[n - 1].split("\t"))
        n += 1
    zones = []
    for m in range(n, n + 30):
        t = lines[m - 1].strip()
        if t.startswith("**") and not re.search(r"\d", t):
            zones.append((t.strip("*"), number(lines[m + 1]), number(lines[m + 3])))
    return rows, zones


@pytest.mark.parametrize("number_,name", [(2, "method-example-office.csv"), (3, "method-example-online.csv")])
def test_method_examples_equal_the_seed(out, lines, number_, name):
    seed_rows, zones = _method_table(lines, number_)
    csv_rows = read_csv(out / name)
    # every figure of the table, and nothing else, is in the CSV
    seed_figures = Counter(number(c) for r in seed_rows for c in r[1:] if c.strip())
    seed_figures += Counter(v for _, s, p in zones for v in (s, p))
    csv_figures = Counter(v for r in csv_rows for k, v in r.items()
                          if k in ("score", "satisfaction", "unheaded") and v)
    assert csv_figures == seed_figures
    # row by row: a criterion's line, then its items with their own figures; the
    # criterion's figures are those printed on its first item's line
    items = [r for r in csv_rows if r["kind"] != "zone"]
    assert len(items) == len(seed_rows)
    crit = None
    for cells, row in zip(seed_rows, items):
        cells = cells + [""] * (6 - len(cells))
        label = re.sub(r"</?[bi]>", "", cells[0]).strip()
        assert row["label_kk"] == label
        if cells[0].startswith("<b>"):
            assert row["kind"] == "criterion"
            crit, first = row, True
            continue
        assert row["kind"] == "item" and row["criterion"] == crit["criterion"]
        assert (row["score"], row["satisfaction"]) == (
            number(cells[1]) if cells[1].strip() else "", number(cells[4]) if cells[4].strip() else "")
        if first:
            assert (crit["score"], crit["satisfaction"]) == (
                number(cells[2]) if cells[2].strip() else "", number(cells[5]) if cells[5].strip() else "")
            if cells[3].strip():
                assert crit["unheaded"] == number(cells[3])
            first = False
        else:
            assert not (cells[2].strip() or cells[3].strip() or cells[5].strip())
    assert [(r["label_kk"], r["score"], r["satisfaction"]) for r in csv_rows if r["kind"] == "zone"] == zones
    assert len(zones) == 2


def test_method_example_criteria_are_the_eight(out):
    ids = {"accessibility", "information", "staff", "procedure", "timing", "costs", "feedback", "result"}
    for name in ("method-example-office.csv", "method-example-online.csv"):
        crits = [r["criterion"] for r in read_csv(out / name) if r["kind"] == "criterion"]
        assert sorted(crits) == sorted(ids), name


# ------------------------------------------------------------------ diagrams

def _section_12(lines):
    a = next(i for i, l in enumerate(lines, 1) if l.startswith("### 1.2 "))
    b = next(i for i, l in enumerate(lines, 1) if l.startswith("### 1.3 "))
    return a, b - 1


def _joined(lines, a, b):
    """Lines a..b as one text: blank lines, table rows and footnotes out, markup off."""
    keep = [l for l in lines[a - 1:b] if l.strip() and "\t" not in l and not l.startswith("<sup>")]
    return _squash(" ".join(re.sub(r"</?(?:b|i|sup)>|\*\*", "", l) for l in keep))


def _squash(text):
    return re.sub(r"\s+", " ", text).strip()


def _sentences(text):
    return re.split(r"(?<=[.!?])\s+(?=[А-ЯӘҒҚҢӨҰҮҺІA-Z«])", text)


def test_diagram_figures_are_in_the_sentence_of_their_label(out, spec, lines):
    for e in spec.values():
        if e["kind"] != "diagram":
            continue
        a, b = e["lines"]
        sentences = _sentences(_joined(lines, a, b))
        rows = read_csv(out / e["file"])
        assert rows, e["id"]
        for r in rows:
            assert r["label_kk"] in _joined(lines, a, b), (e["id"], r["label_kk"])
            if not r["percent"]:
                assert e.get("complete") is False and e.get("notes_kk"), (e["id"], r["id"])
                continue
            token = re.compile(r"(?<![\d,])" + re.escape(printed(r["percent"]) + "%"))
            assert any(r["label_kk"] in s and token.search(s) for s in sentences), (e["id"], r["id"])


def test_every_percentage_of_section_12_is_accounted_for(out, spec, lines):
    a, b = _section_12(lines)
    in_text = Counter()
    for n in range(a, b + 1):
        if "\t" in lines[n - 1]:
            continue              # tables 4 and 5: checked above
        for tok in re.findall(r"(?<![\d,])\d+(?:,\d+)?%", lines[n - 1]):
            in_text[(n, tok)] += 1
    in_csv = Counter()
    for e in spec.values():
        if e["kind"] != "diagram":
            continue
        for r in read_csv(out / e["file"]):
            if r["percent"]:
                tok = printed(r["percent"]) + "%"
                n = next(n for n in range(e["lines"][0], e["lines"][1] + 1)
                         if re.search(r"(?<![\d,])" + re.escape(tok), lines[n - 1])
                         and r["label_kk"] in " ".join(lines[n - 1:n + 2]))
                in_csv[(n, tok)] += 1
    assert in_csv + Counter(list(NOT_IN_A_DIAGRAM)) == in_text


def test_diagrams_that_do_not_add_up_say_so(out, spec):
    for e in spec.values():
        if e["kind"] != "diagram" or e.get("complete") is False:
            continue
        rows = read_csv(out / e["file"])
        for group in sorted({r["group"] for r in rows}):
            vals = [float(r["percent"]) for r in rows if r["group"] == group and r["percent"]]
            if len(vals) < 2:
                continue          # one share of a group (residents) is not a whole
            total = round(sum(vals), 1)
            if total != 100.0:
                assert any(printed(f"{total:.1f}") in n for n in e.get("notes_kk") or []), (e["id"], group)


def test_left_out_diagrams_are_not_written(out, spec):
    numbers = {int(re.match(r"(\d+)-", e["caption_kk"]).group(1)) for e in spec.values() if e["kind"] == "diagram"}
    assert numbers == {4, 5, 6, 7, 9, 10, 11}
    assert set(narrative.DIAGRAMS_LEFT_OUT) == {3, 8}


# ------------------------------------------------------------------ texts

TEXTS = ["conclusions.md", "portal-review.md", "respondents-profile.md"]
_SUPS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _front(path):
    text = path.read_text(encoding="utf-8")
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", text, re.S)
    assert m, path.name
    return yaml.safe_load(m.group(1)), m.group(2)


def _seed_plain(line):
    t = re.sub(r"<sup>(\d+)</sup>", lambda m: m.group(1).translate(_SUPS), line)
    t = re.sub(r"\[[^\]]*\]\((https?://[^)\s]+)\)", r"\1", t)
    t = re.sub(r"<(https?://[^>\s]+)>", r"\1", t)
    t = re.sub(r"</?(?:b|i)>", "", t).replace("**", "")
    t = re.sub(r"^#+\s+", "", t)
    t = re.sub(r"^-\s+", "", t)
    t = re.sub(r"^(?:\\\*|\d+\))\s+", "", t)
    return _squash(t.replace("\\*", "*"))


def _md_plain(line):
    t = re.sub(r"^#+\s+", "", line)
    t = re.sub(r"^(?:-|\d+\))\s+", "", t)
    t = re.sub(r"<(https?://[^>\s]+)>", r"\1", t)
    t = re.sub(r"\\(.)", r"\1", t)
    return _squash(t)


def _ranges(meta):
    a, b = meta["source"]["lines"]
    omitted = [tuple(o["lines"]) for o in meta.get("omitted") or []]
    return a, b, omitted


@pytest.mark.parametrize("name", TEXTS)
def test_text_is_the_reports_words(out, lines, name):
    meta, body = _front(out / name)
    assert meta["lang"] == "kk" and meta["source"]["seed"] == SEED.name
    a, b, omitted = _ranges(meta)
    keep = [n for n in range(a + (0 if "title_line" in meta else 1), b + 1)
            if lines[n - 1].strip() and not any(x <= n <= y for x, y in omitted)]
    prose = _squash(" ".join(_seed_plain(lines[n - 1]) for n in keep if not lines[n - 1].startswith("<sup>")))
    notes = [_seed_plain(lines[n - 1]) for n in keep if lines[n - 1].startswith("<sup>")]
    blocks = [blk for blk in body.split("\n\n") if blk.strip()]
    assert blocks
    for blk in blocks:
        for line in blk.strip().split("\n"):
            text = _md_plain(line)
            assert text, line
            if re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ ", text):
                assert text in notes, line
            else:
                # each sentence, and the block's whole line, are in the report as they are
                for s in _sentences(text):
                    assert s in prose, s
                assert text in prose, line


@pytest.mark.parametrize("name", TEXTS)
def test_text_leaves_nothing_out(out, lines, name):
    """Every line of the report's range is in the text, but the omitted ones (each with
    a reason in the header) and the heading that became the title."""
    meta, body = _front(out / name)
    a, b, omitted = _ranges(meta)
    md = _squash(" ".join(_md_plain(l) for l in body.split("\n") if l.strip()))
    for n in range(a, b + 1):
        line = lines[n - 1]
        if not line.strip() or any(x <= n <= y for x, y in omitted):
            continue
        plain = _seed_plain(line)
        if n == a and "title_line" not in meta:
            assert meta["title_kk"] in plain, "the title is the range's heading"
            continue
        assert plain in md, f"line {n} is not in {name}: {plain[:80]}"
    for o in meta.get("omitted") or []:
        assert o["why"].strip(), o
    if "title_line" in meta:
        assert _seed_plain(lines[meta["title_line"] - 1]) == meta["title_kk"]


@pytest.mark.parametrize("name", TEXTS)
def test_no_markup_inside_sentences(out, name):
    _, body = _front(out / name)
    for line in body.split("\n"):
        text = re.sub(r"^(?:#+|-|\d+\))\s+", "", line)
        if re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ ", text):
            text = re.sub(r"<https?://[^>\s]+>", "", text)   # a footnote's own link
        for mark in ("**", "__", "*", "_", "`", "<", ">", "[", "]"):
            assert mark not in text, (mark, line)


def test_section_boundaries(out, lines):
    """The texts start and end where the report's sections do."""
    c, _ = _front(out / "conclusions.md")
    assert lines[c["source"]["lines"][0] - 1] == "## ҚОРЫТЫНДЫЛАР МЕН ҰСЫНЫМДАР"
    nxt = next(n for n in range(c["source"]["lines"][1] + 1, len(lines) + 1) if lines[n - 1].strip())
    assert lines[nxt - 1].startswith("## А ҚОСЫМШАСЫ")
    p, _ = _front(out / "respondents-profile.md")
    assert lines[p["source"]["lines"][0] - 1].startswith("### 1.2 Әлеуметтік-демографиялық блок")
    nxt = next(n for n in range(p["source"]["lines"][1] + 1, len(lines) + 1) if lines[n - 1].strip())
    assert lines[nxt - 1].startswith("### 1.3 ")
    w, _ = _front(out / "portal-review.md")
    nxt = next(n for n in range(w["source"]["lines"][1] + 1, len(lines) + 1) if lines[n - 1].strip())
    assert lines[nxt - 1].startswith("## 2 МЕМЛЕКЕТТІК ҚЫЗМЕТ")
    # the portal review begins after table 15's total row
    prev = next(n for n in range(w["source"]["lines"][0] - 1, 0, -1) if lines[n - 1].strip())
    assert "ЖИЫНЫ: мемлекеттік қызметтерді алу үшін электрондық ресурстарды бағалау" in lines[prev - 1]


def test_captions_are_paragraphs_of_their_text(out, spec):
    for e in spec.values():
        if "text" in e:
            _, body = _front(out / e["text"])
            assert e["caption_kk"] in body.split("\n\n"), e["id"]
