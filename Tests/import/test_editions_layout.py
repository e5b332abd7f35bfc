"""The editions layout (issue 17) holds every figure and label of the old layout, unchanged.

Loads the OLD layout (Content/services/*.md front matter and body, Content/data/: registries,
tables.yml, data-notes.yml, 2020/*.csv) and the NEW layout that Scripts/import-2020-report
writes into a temporary folder (Content/data/ registries, Content/2020/...), and compares them
service by service, table by table, cell by cell: every number keeps the digits it had, every
label its text; a value dropped, added or changed fails. Also: the import is deterministic,
nothing in an edition repeats its year in an id or a file name, the texts' headers hold no
figures, the old-layout guard, and (a check of the check) a changed or dropped value is found.

The old layout is the committed Content/ while it still has it; after the switch-over it is
read from git at OLD_LAYOUT_COMMIT. The seed is $SAPA_SEEDS/002_50492d32a867b2a4.txt (default
<repo>/../shared/seeds): missing, the tests fail.

Run:  python3 -m pytest -q Tests/import/test_editions_layout.py
Dump: python3 Tests/import/test_editions_layout.py --diff OUT.txt   (the results tables' text
      before and after, and their diff)
"""

from __future__ import annotations

import csv
import difflib
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
IMPORT = REPO / "Scripts" / "import-2020-report"
SEEDS = Path(os.environ.get("SAPA_SEEDS") or REPO.parent / "shared" / "seeds")
SEED = SEEDS / "002_50492d32a867b2a4.txt"
YEAR = "2020"
# The last commit whose Content/ has the old layout's generated files as they are now.
OLD_LAYOUT_COMMIT = "6e15881f33c0df91372ff58a9626e4b8b71bae60"

FIGURES = "service-figures"
KINDS = ["indicators", "criteria", "call-centres", "providers", "regions", "region-parameters", "other-tables"]
REC_HEADING = "## Ұсынымдар"
# What a text's header may hold (text facts of the year's chapter); anything else is refused.
TEXT_KEYS = {"service_code", "name_kk", "responsible_body_kk", "standard", "form_kk", "recipients_kk",
             "cost_kk", "other_info"}
FIGURE_KEYS = {"respondents", "indicators", "criteria", "call_centres", "providers", "regions",
               "other_tables", "score", "satisfaction", "rank"}


# ---------------------------------------------------------------- reading

class RawLoader(yaml.SafeLoader):
    """YAML with numbers kept as the text they are written in ("4.00" stays "4.00")."""


def _raw_scalar(loader, node):
    return loader.construct_scalar(node)


RawLoader.add_constructor("tag:yaml.org,2002:int", _raw_scalar)
RawLoader.add_constructor("tag:yaml.org,2002:float", _raw_scalar)


def load_yaml(text: str):
    return yaml.load(text, Loader=RawLoader)


def split_front_matter(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n"), "no front matter"
    head, rest = text[4:].split("\n---\n", 1)
    return load_yaml(head) or {}, rest


def read_csv(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    assert not text.startswith("\ufeff") and "\r" not in text, f"{path}: not UTF-8 with LF line ends"
    r = csv.reader(io.StringIO(text))
    rows = list(r)
    header = rows[0]
    assert len(set(header)) == len(header), f"{path}: a column twice"
    for n, row in enumerate(rows[1:], 2):
        assert len(row) == len(header), f"{path}:{n}: {len(row)} cells for {len(header)} columns"
    return header, [dict(zip(header, row)) for row in rows[1:]]


def old_layout_root(tmp_factory) -> Path:
    content = REPO / "Content"
    if (content / "data" / "tables.yml").exists() and any((content / "services").glob("*.md")):
        return content
    out = tmp_factory.mktemp("old-layout")
    archive = subprocess.run(["git", "archive", OLD_LAYOUT_COMMIT, "Content"], cwd=REPO,
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(out, filter="data")
    return out / "Content"


def load_old(root: Path) -> dict:
    data = root / "data"
    old = {"services": {}, "bodies": {}, "front": {}, "body": {}, "tables": {}, "csv": {}}
    _, rows = read_csv(data / "services.csv")
    old["services"] = {r["id"]: r for r in rows}
    _, rows = read_csv(data / "bodies.csv")
    old["bodies"] = {r["id"]: r for r in rows}
    old["regions"] = (data / "regions.csv").read_bytes()
    for path in sorted((root / "services").glob("*.md")):
        front, body = split_front_matter(path.read_text(encoding="utf-8"))
        assert body.startswith("\n")
        old["front"][path.stem] = front
        old["body"][path.stem] = body[1:]
    for t in load_yaml((data / "tables.yml").read_text(encoding="utf-8")):
        old["tables"][t["id"]] = t
        old["csv"][t["id"]] = read_csv(data / t["file"])
    old["notes"] = load_yaml((data / "data-notes.yml").read_text(encoding="utf-8")) or []
    return old


def parse_text(text: str) -> tuple[dict, str, list[dict]]:
    """A service text of the new layout: (header, findings, recommendation groups).

    The grammar (Content/README.md): the findings end at the first line «## Ұсынымдар»; below
    it, «### addressee» opens a group, «## Ұсынымдар» again opens a group without addressee,
    «- item» is an item (a backslash that keeps a Markdown block marker literal is dropped)."""
    header, rest = split_front_matter(text)
    assert rest.startswith("\n") or not rest
    lines = rest[1:].split("\n") if rest else []
    start = lines.index(REC_HEADING) if REC_HEADING in lines else len(lines)
    findings = "\n".join(lines[:start]).rstrip("\n")
    findings = findings + "\n" if findings else ""
    groups = []
    for line in lines[start:]:
        if line == REC_HEADING:
            groups.append({"addressee_kk": "", "items_kk": []})
        elif line.startswith("### "):
            groups.append({"addressee_kk": line[4:], "items_kk": []})
        elif line.startswith("- "):
            item = line[2:]
            item = re.sub(r"^(\d{1,9})\\([.)])", r"\1\2", item)
            item = re.sub(r"^\\(?=[#>+*`~-])", "", item)
            groups[-1]["items_kk"].append(item)
        else:
            assert not line.strip(), f"unexpected line below the recommendations heading: {line!r}"
    return header, findings, [g for g in groups if g["items_kk"]]


def load_new(root: Path) -> dict:
    data, ed = root / "data", root / YEAR
    new = {"edition": load_yaml((ed / "edition.yml").read_text(encoding="utf-8"))}
    _, rows = read_csv(data / "services.csv")
    new["services"] = {r["id"]: r for r in rows}
    _, rows = read_csv(data / "bodies.csv")
    new["bodies"] = {r["id"]: r for r in rows}
    new["regions"] = (data / "regions.csv").read_bytes()
    _, rows = read_csv(ed / "services.csv")
    new["year_services"] = {r["service"]: r for r in rows}
    assert len(new["year_services"]) == len(rows), "services.csv: a service twice"
    new["tables"], new["csv"] = {}, {}
    for t in load_yaml((ed / "tables.yml").read_text(encoding="utf-8")):
        new["tables"][t["id"]] = t
        new["csv"][t["id"]] = read_csv(ed / t["file"])
    _, new["notes"] = read_csv(ed / "data-notes.csv")
    new["figures"] = {}
    for kind in KINDS:
        new["figures"][kind] = read_csv(ed / FIGURES / f"{kind}.csv")
    new["texts"] = {}
    for path in sorted((ed / "services").glob("*.md")):
        new["texts"][path.stem] = parse_text(path.read_text(encoding="utf-8"))
    return new


# ---------------------------------------------------------------- the old shape, rebuilt

def _num(cell: str):
    return cell if cell != "" else None


def _measure(r: dict) -> dict:
    return {"score": _num(r["score"]), "satisfaction": _num(r["satisfaction"])}


def _texts(r: dict, *names) -> dict:
    """Kazakh texts always, other languages when given (the old layout had Kazakh only)."""
    out = {}
    for n in names:
        out[f"{n}_kk"] = r[f"{n}_kk"]
        if r.get(f"{n}_ru"):
            out[f"{n}_ru"] = r[f"{n}_ru"]
    return out


def _one(rows: list[dict], column: str, what: str):
    values = {r[column] for r in rows}
    assert len(values) == 1, f"{what}: `{column}` differs between the rows of one table: {sorted(values)}"
    return values.pop()


def _groups(rows: list[dict], key) -> list[tuple]:
    """Rows grouped by key(row), groups in order of first appearance."""
    out: dict = {}
    for r in rows:
        out.setdefault(key(r), []).append(r)
    return list(out.items())


def rebuild_criteria(sid, rows):
    if not rows:
        return None
    crit = {"source_kk": _one(rows, "source_kk", f"{sid} criteria")}
    channels = _groups(rows, lambda r: r["channel"])
    crit["channels"] = [{"id": ch, **{"label_kk": _one(rs, "channel_label_kk", f"{sid} channel {ch}")}}
                        for ch, rs in channels]
    criteria = [c for c, _ in _groups([r for r in rows if r["total"] != "yes"], lambda r: r["criterion"])]
    crit["rows"] = []
    for c in criteria:
        cells = [[r for r in rs if r["criterion"] == c and r["total"] != "yes"] for _, rs in channels]
        assert all(len(x) == 1 for x in cells), f"{sid}: criterion {c} not once per channel"
        crit["rows"].append({"criterion": c, "label_kk": _one([x[0] for x in cells], "label_kk", f"{sid} {c}"),
                             "values": [_measure(x[0]) for x in cells]})
    totals = [[r for r in rs if r["total"] == "yes"] for _, rs in channels]
    if any(totals):
        assert all(len(x) == 1 for x in totals), f"{sid}: not one average per channel"
        crit["averages"] = [_measure(x[0]) for x in totals]
    return crit


def rebuild_call_centres(sid, rows):
    out = []
    for centre, rs in _groups(rows, lambda r: r["centre"]):
        cc = {"source_kk": _one(rs, "source_kk", f"{sid} {centre}"), "centre": centre,
              "rows": [{**_texts(r, "parameter"), **_measure(r)} for r in rs if r["total"] != "yes"]}
        totals = [r for r in rs if r["total"] == "yes"]
        assert len(totals) <= 1, f"{sid} {centre}: two totals"
        if totals:
            cc["total"] = _measure(totals[0])
        out.append(cc)
    return out


def rebuild_providers(sid, rows):
    if not rows:
        return None
    return {"source_kk": _one(rows, "source_kk", f"{sid} providers"),
            "rows": [{**_texts(r, "provider"), "region": _num(r["region"]), **_measure(r),
                      "respondents": _num(r["respondents"])} for r in rows]}


def rebuild_regions(sid, rows, params):
    if not rows:
        return None
    regs = {"source_kk": _one(rows, "source_kk", f"{sid} regions")}
    labels = [(n, _one(ps, "parameter_kk", f"{sid} parameter {n}"))
              for n, ps in _groups(params, lambda p: p["parameter"])]
    if labels:
        regs["parameters_kk"] = [label for _, label in labels]
    score_label = _one(rows, "score_label_kk", f"{sid} regions")
    if score_label:
        regs["score_label_kk"] = score_label
    regs["rows"] = []
    for r in rows:
        row = {"region": _num(r["region"]), **_texts(r, "label"), "rank": _num(r["rank"]), **_measure(r),
               "respondents": _num(r["respondents"])}
        mine = [p for p in params if p["region"] == r["region"]] if r["region"] else []
        if labels:
            assert [p["parameter"] for p in mine] == [n for n, _ in labels], f"{sid} {r['region']}: parameters"
            row["values"] = [_num(p["score"]) for p in mine]
        regs["rows"].append(row)
    return regs


def rebuild_other_tables(sid, rows):
    out = []
    for _, cells in _groups(rows, lambda r: r["table"]):
        cols = _groups(cells, lambda r: r["column"])
        t = {"source_kk": _one(cells, "source_kk", f"{sid} table"), "title_kk": _one(cells, "title_kk", f"{sid} table"),
             "columns_kk": [_one(cs, "column_kk", f"{sid} column") for _, cs in cols]}
        subs = [_one(cs, "subcolumn_kk", f"{sid} column") for _, cs in cols]
        if any(subs):
            t["subcolumns_kk"] = subs
        t["rows"] = []
        for _, rcells in _groups(cells, lambda r: r["row"]):
            assert [c["column"] for c in rcells] == [c for c, _ in cols], f"{sid}: a row lacks a column"
            t["rows"].append({"label_kk": _one(rcells, "label_kk", f"{sid} row"),
                              "values": [_num(c["value"]) for c in rcells]})
        out.append(t)
    return out


def rebuild_front_matter(new: dict, sid: str) -> tuple[dict, str]:
    """The old front matter of service sid, and its findings, from the new layout alone."""
    header, findings, recs = new["texts"][sid]
    fig = {kind: [r for r in new["figures"][kind][1] if r["service"] == sid] for kind in KINDS}
    doc = {"id": sid, "chapter": new["year_services"][sid]["chapter"], "code": new["services"][sid]["code"]}
    doc.update(header)
    if fig["indicators"]:
        assert len(fig["indicators"]) == 1, f"{sid}: indicators twice"
        r = fig["indicators"][0]
        doc["respondents"] = _num(r["respondents"])
        doc["indicators"] = {"satisfaction": _num(r["satisfaction"]), "score": _num(r["score"]), "rank": _num(r["rank"])}
    doc["criteria"] = rebuild_criteria(sid, fig["criteria"])
    doc["call_centres"] = rebuild_call_centres(sid, fig["call-centres"])
    doc["providers"] = rebuild_providers(sid, fig["providers"])
    doc["regions"] = rebuild_regions(sid, fig["regions"], fig["region-parameters"])
    doc["other_tables"] = rebuild_other_tables(sid, fig["other-tables"])
    doc["recommendations"] = recs
    notes = [n for n in new["notes"] if n["table"].startswith(FIGURES + "/") and n["row"] == sid]
    doc["data_notes_kk"] = [n["note_kk"] for n in notes]
    doc["data_notes_ru"] = [n["note_ru"] for n in notes]
    return doc, findings


def canonical(v):
    """Key order, absent keys, null values and empty sections do not count; every value does."""
    if isinstance(v, dict):
        out = {k: canonical(x) for k, x in v.items()}
        return {k: x for k, x in sorted(out.items()) if x is not None and x != [] and x != {}}
    if isinstance(v, list):
        return [canonical(x) for x in v]
    return v


def differences(a, b, path="") -> list[str]:
    """Where a and b differ, path by path (after canonical())."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = []
        for k in sorted(set(a) | set(b)):
            if k not in b:
                out.append(f"{path}.{k}: {a[k]!r} is missing")
            elif k not in a:
                out.append(f"{path}.{k}: {b[k]!r} was added")
            else:
                out += differences(a[k], b[k], f"{path}.{k}")
        return out
    if isinstance(a, list) and isinstance(b, list):
        out = []
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} entries became {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            out += differences(x, y, f"{path}[{i}]")
        return out
    return [] if a == b else [f"{path}: {a!r} became {b!r}"]


def scoped(old_id: str) -> str:
    assert old_id.endswith(f"-{YEAR}"), old_id
    return old_id[: -len(YEAR) - 1]


def compare(old: dict, new: dict) -> list[str]:
    """Every difference between the two layouts, or []."""
    out = []
    # services, service by service
    if sorted(old["front"]) != sorted(new["texts"]):
        out.append(f"services: {sorted(set(old['front']) ^ set(new['texts']))} in one layout only")
    for sid in sorted(set(old["front"]) & set(new["texts"])):
        try:
            doc, findings = rebuild_front_matter(new, sid)
        except (AssertionError, KeyError) as e:
            out.append(f"services/{sid}: the new layout cannot be read back: {e}")
            continue
        out += [f"services/{sid}{d}" for d in differences(canonical(old["front"][sid]), canonical(doc))]
        if findings != old["body"][sid]:
            out.append(f"services/{sid}: the findings differ")
    for kind in KINDS:
        for n, r in enumerate(new["figures"][kind][1], 2):
            if r["service"] not in new["texts"]:
                out.append(f"{FIGURES}/{kind}.csv:{n}: service {r['service']!r} has no text")
    # registries
    for sid, o in old["services"].items():
        n, y = new["services"].get(sid), new["year_services"].get(sid)
        if n is None or y is None:
            out.append(f"services.csv: {sid} missing")
            continue
        for col in ("code", "body", "name_kk", "name_ru", "name_en"):
            if o[col] != n[col]:
                out.append(f"data/services.csv {sid}.{col}: {o[col]!r} became {n[col]!r}")
        for col in ("chapter", "studied"):
            if o[col] != y[col]:
                out.append(f"{YEAR}/services.csv {sid}.{col}: {o[col]!r} became {y[col]!r}")
    if set(new["services"]) != set(old["services"]) or set(new["year_services"]) != set(old["services"]):
        out.append("services.csv: other services than before")
    for bid, o in old["bodies"].items():
        n = new["bodies"].get(bid)
        out += [f"data/bodies.csv {bid}.{c}: changed" for c in o if n is None or o[c] != n.get(c)]
    if set(new["bodies"]) != set(old["bodies"]):
        out.append("bodies.csv: other bodies than before")
    if old["regions"] != new["regions"]:
        out.append("data/regions.csv differs")
    # results tables, table by table
    if sorted(scoped(t) for t in old["tables"]) != sorted(new["tables"]):
        out.append(f"tables.yml: tables {sorted(old['tables'])} became {sorted(new['tables'])}")
    for tid, t in old["tables"].items():
        nid = scoped(tid)
        nt = new["tables"].get(nid)
        if nt is None:
            continue
        if nt["file"] != t["file"].removeprefix(f"{YEAR}/"):
            out.append(f"tables.yml {nid}: file {t['file']} became {nt['file']}")
        desc_old = {k: v for k, v in t.items() if k not in ("id", "file", "year")}
        desc_new = {k: v for k, v in nt.items() if k not in ("id", "file")}
        out += [f"tables.yml {nid}{d}" for d in differences(canonical(desc_old), canonical(desc_new))]
        (oh, orows), (nh, nrows) = old["csv"][tid], new["csv"][nid]
        if oh != nh:
            out.append(f"{nt['file']}: columns {oh} became {nh}")
        out += [f"{nt['file']}{d}" for d in differences(orows, nrows)]
    # notes
    mapped = [{"table": scoped(n["table"]) if n["table"] in old["tables"] else n["table"],
               "row": n["row"], "note_kk": n["note_kk"], "note_ru": n["note_ru"]} for n in old["notes"]]
    kept = [n for n in new["notes"] if not n["table"].startswith(FIGURES + "/")]
    out += [f"data-notes{d}" for d in differences(mapped, kept)]
    known = set(new["tables"]) | {"services"} | {f"{FIGURES}/{k}" for k in KINDS}
    out += [f"data-notes.csv: table {n['table']!r} is unknown" for n in new["notes"] if n["table"] not in known]
    return out


# ---------------------------------------------------------------- fixtures

def run_import(content: Path, *extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(IMPORT), "--seed", str(SEED), "--content", str(content), *extra],
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def seed():
    if not SEED.exists():
        pytest.fail(f"seed not found: {SEED} (set SAPA_SEEDS to the folder of the seeds)")
    return SEED


@pytest.fixture(scope="session")
def new_root(tmp_path_factory, seed):
    root = tmp_path_factory.mktemp("editions") / "Content"
    r = run_import(root)
    assert r.returncode == 0, f"import failed:\n{r.stdout}\n{r.stderr}"
    return root


@pytest.fixture(scope="session")
def old(tmp_path_factory):
    return load_old(old_layout_root(tmp_path_factory))


@pytest.fixture(scope="session")
def new(new_root):
    return load_new(new_root)


# ---------------------------------------------------------------- tests

def test_the_new_layout_holds_every_figure_and_label_of_the_old(old, new):
    diffs = compare(old, new)
    assert not diffs, f"{len(diffs)} differences:\n" + "\n".join(diffs[:60])


def test_the_comparison_covers_everything(old):
    """Counts, so that a comparison of empty sets cannot pass unseen."""
    assert len(old["front"]) == 70
    assert len(old["tables"]) == 15
    figures = sum(1 for d in old["front"].values() for _ in _leaves(d))
    assert figures > 7000     # 7,518 values and texts in the 70 front matters


def _leaves(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from _leaves(x)
    elif isinstance(v, list):
        for x in v:
            yield from _leaves(x)
    else:
        yield v


@pytest.mark.parametrize("kind,column,change", [
    ("criteria", "score", "4.01"),
    ("criteria", "channel_label_kk", "another label"),
    ("call-centres", "satisfaction", ""),
    ("providers", "provider_kk", "X"),
    ("regions", "region", ""),
    ("region-parameters", "score", "1.00"),
    ("other-tables", "value", "60"),
    ("indicators", "rank", "99"),
])
def test_a_changed_value_is_found(old, new, kind, column, change):
    import copy
    mutated = copy.deepcopy(new)
    header, rows = mutated["figures"][kind]
    rows[len(rows) // 2][column] = change
    assert compare(old, mutated), f"a change of {kind}.{column} went unnoticed"


@pytest.mark.parametrize("what", ["criteria-row", "table-cell", "note", "recommendation", "findings"])
def test_a_dropped_value_is_found(old, new, what):
    import copy
    m = copy.deepcopy(new)
    if what == "criteria-row":
        del m["figures"]["criteria"][1][5]
    elif what == "table-cell":
        m["csv"]["services-ranking"][1][10]["score"] = ""
    elif what == "note":
        del m["notes"][-1]
    elif what == "recommendation":
        header, findings, recs = m["texts"]["ambulance-call"]
        recs[0]["items_kk"].pop()
    elif what == "findings":
        header, findings, recs = m["texts"]["drivers-licence"]
        m["texts"]["drivers-licence"] = (header, findings[:-40] + "\n", recs)
    assert compare(old, m), f"dropping a {what} went unnoticed"


def test_texts_hold_no_figures(new):
    for sid, (header, _findings, _recs) in new["texts"].items():
        assert set(header) <= TEXT_KEYS, f"{YEAR}/services/{sid}.md: header keys {sorted(set(header) - TEXT_KEYS)}"
        assert not set(header) & FIGURE_KEYS


def test_nothing_in_the_edition_repeats_its_year(new_root, new):
    edition = new_root / YEAR
    for path in edition.rglob("*"):
        assert YEAR not in path.relative_to(edition).as_posix(), f"{path}: the year in a file name"
    for tid, t in new["tables"].items():
        assert YEAR not in tid and YEAR not in t["file"] and "year" not in t, f"tables.yml: {tid}"
    for n in new["notes"]:
        assert YEAR not in n["table"], f"data-notes.csv: {n['table']}"
    assert str(new["edition"]["year"]) == YEAR and new["edition"]["draft"] in ("false", False)
    for key in ("title_kk", "title_ru", "title_en", "source_kk", "date"):
        assert new["edition"].get(key), f"edition.yml: {key} missing"


def test_every_service_text_and_figures_agree(new):
    """A quantitative service has indicators and a text; a qualitative one a text and no figures."""
    ranked = {r["service"] for r in new["figures"]["indicators"][1]}
    for sid, y in new["year_services"].items():
        assert sid in new["texts"], f"{sid}: no text"
        assert (sid in ranked) == (y["studied"] == "quantitative"), sid
        assert y["studied"] in ("quantitative", "qualitative")
    assert sorted(int(y["chapter"]) for y in new["year_services"].values()) == list(range(1, 71))


def test_same_row_not_twice(new):
    keys = {"indicators": ("service",), "criteria": ("service", "channel", "criterion", "total"),
            "call-centres": ("service", "centre", "parameter_kk", "total"),
            "region-parameters": ("service", "region", "parameter"),
            "other-tables": ("service", "table", "row", "column")}
    for kind, key in keys.items():
        seen = set()
        for n, r in enumerate(new["figures"][kind][1], 2):
            k = tuple(r[c] for c in key)
            assert k not in seen, f"{FIGURES}/{kind}.csv:{n}: the same row twice {k}"
            seen.add(k)


def test_import_is_deterministic(tmp_path, new_root):
    again = tmp_path / "Content"
    r = run_import(again)
    assert r.returncode == 0, r.stderr
    ours = lambda root: {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
                         if p.is_file() and "report" not in p.relative_to(root).parts}
    a, b = ours(new_root), ours(again)
    assert sorted(a) == sorted(b)
    for rel in a:
        assert a[rel] == b[rel], f"{rel} differs between two imports"


def test_the_import_leaves_an_old_layout_alone(tmp_path, seed):
    content = tmp_path / "Content"
    (content / "data" / YEAR).mkdir(parents=True)
    (content / "data" / "tables.yml").write_text("[]\n", encoding="utf-8")
    r = run_import(content)
    assert r.returncode == 2 and "old layout" in r.stderr
    assert sorted(p.name for p in content.rglob("*")) == [YEAR, "data", "tables.yml"]


def test_conversion_removes_the_old_layout(tmp_path, seed):
    content = tmp_path / "Content"
    (content / "data" / YEAR).mkdir(parents=True)
    (content / "services").mkdir()
    (content / "services" / "x.md").write_text("---\nid: x\n---\n", encoding="utf-8")
    (content / "data" / "data-notes.yml").write_text("[]\n", encoding="utf-8")
    r = run_import(content, "--replace-old-layout")
    assert r.returncode == 0, r.stderr
    assert not (content / "services").exists() and not (content / "data" / YEAR).exists()
    assert not (content / "data" / "data-notes.yml").exists()
    assert (content / YEAR / "edition.yml").exists()


# ---------------------------------------------------------------- the tables' text, before and after

def tables_text(tables: dict, csvs: dict, old: bool) -> list[str]:
    """Every results table as text: its description (title, source, note, column labels) and its
    cells, row by row. Ids and files are written as the edition names them, so the two layouts'
    dumps differ only where a text or a figure does."""
    out = []
    for tid in sorted(tables, key=lambda t: scoped(t) if old else t):
        t = tables[tid]
        name = scoped(tid) if old else tid
        out.append(f"== {name}")
        for key in ("kind", "title_kk", "title_ru", "source_kk", "source_ru", "note_kk", "note_ru"):
            if key in t:
                out.append(f"{key}: {t[key]}")
        for col in t["columns"]:
            out.append("column " + ", ".join(f"{k}={v}" for k, v in col.items()))
        header, rows = csvs[tid]
        out.append("header: " + " | ".join(header))
        for n, r in enumerate(rows, 2):
            out.append(f"line {n}: " + " | ".join(f"{c}={r[c]}" for c in header))
    return out


def tables_diff(old: dict, new: dict) -> str:
    before = tables_text(old["tables"], old["csv"], old=True)
    after = tables_text(new["tables"], new["csv"], old=False)
    diff = list(difflib.unified_diff(before, after, "Content/data/tables.yml + Content/data/2020/*.csv",
                                     f"Content/{YEAR}/tables.yml + Content/{YEAR}/*.csv", lineterm=""))
    cells = sum(len(h) * len(rs) for h, rs in new["csv"].values())
    rows = sum(len(rs) for _, rs in new["csv"].values())
    head = [f"The results tables' text before (old layout) and after (editions layout): {len(new['tables'])} "
            f"tables, {rows} rows, {cells} cells, {len(after)} lines of text.",
            "Ids and files as the edition names them: " + ", ".join(
                f"{t} <- {t}-{YEAR}" for t in sorted(new["tables"])) + ".",
            "Made by: python3 Tests/import/test_editions_layout.py --diff FILE [--dumps DIR]", ""]
    if not diff:
        return "\n".join(head + ["No differences."]) + "\n"
    return "\n".join(head + diff) + "\n"


def test_results_tables_text_unchanged(old, new):
    text = tables_diff(old, new)
    assert text.rstrip().endswith("No differences."), text[:4000]


if __name__ == "__main__":
    import argparse
    import tempfile
    p = argparse.ArgumentParser(description="Dump the results tables' text before and after, and diff them.")
    p.add_argument("--diff", required=True, help="where to write the dumps' diff")
    p.add_argument("--dumps", help="a folder for the two dumps (before.txt, after.txt)")
    a = p.parse_args()
    if not SEED.exists():
        sys.exit(f"seed not found: {SEED}")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "Content"
        r = run_import(root)
        if r.returncode:
            sys.exit(r.stderr)

        class _Factory:
            def mktemp(self, name):
                d = Path(tmp) / name
                d.mkdir()
                return d
        o, n = load_old(old_layout_root(_Factory())), load_new(root)
        diffs = compare(o, n)
        values = sum(1 for d in o["front"].values() for _ in _leaves(d))
        services = (f"\nThe service pages' figures and labels (the 70 front matters of Content/services/*.md, "
                    f"{values} values and texts, and their findings), rebuilt from the editions layout "
                    f"(Content/{YEAR}/service-figures/*.csv, services.csv, data-notes.csv, services/*.md) "
                    f"and compared value by value: "
                    + ("no differences.\n" if not diffs else f"{len(diffs)} differences:\n" + "\n".join(diffs) + "\n"))
        Path(a.diff).write_text(tables_diff(o, n) + services, encoding="utf-8")
        if a.dumps:
            Path(a.dumps).mkdir(parents=True, exist_ok=True)
            (Path(a.dumps) / "before.txt").write_text("\n".join(tables_text(o["tables"], o["csv"], True)) + "\n", encoding="utf-8")
            (Path(a.dumps) / "after.txt").write_text("\n".join(tables_text(n["tables"], n["csv"], False)) + "\n", encoding="utf-8")
