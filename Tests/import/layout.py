"""The editions layout (issue 17) as the Python tests read it: Content/data/ (the registries)
and Content/<year>/ (edition.yml, services.csv, tables.yml and its CSVs, data-notes.csv,
service-figures/*.csv, services/<id>.md), and the old layout's shapes rebuilt from it (a
service's front matter as Content/services/<id>.md had it), so that the tests written for the
old layout check the same figures, value by value. Values stay the text they are written in
("4.00" stays "4.00"; an empty cell is None). Content/README.md documents every column.

Used by the tests of Tests/import (test_tables, test_chapters, test_editions_layout, test_site).
"""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "Content"
IMPORT = REPO / "Scripts" / "import-2020-report"
SEEDS = Path(os.environ.get("SAPA_SEEDS") or REPO.parent / "shared" / "seeds")
SEED = SEEDS / "002_50492d32a867b2a4.txt"
YEAR = "2020"
EDITION = CONTENT / YEAR

FIGURES = "service-figures"
KINDS = ["indicators", "criteria", "call-centres", "providers", "regions", "region-parameters", "other-tables"]
REC_HEADING = "## Ұсынымдар"


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


# ---------------------------------------------------------------- the year's services and the import

def year_services(root: Path = CONTENT) -> list[dict]:
    """The edition's services in chapter order: each the registry's row (data/services.csv) with
    the year's `chapter` and `studied` (<year>/services.csv)."""
    _, registry = read_csv(root / "data" / "services.csv")
    by_id = {r["id"]: r for r in registry}
    _, rows = read_csv(root / YEAR / "services.csv")
    unknown = [r["service"] for r in rows if r["service"] not in by_id]
    assert not unknown, f"{YEAR}/services.csv: services not in data/services.csv: {unknown}"
    out = [{**by_id[r["service"]], "chapter": r["chapter"], "studied": r["studied"]} for r in rows]
    return sorted(out, key=lambda r: int(r["chapter"]))


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root: its path relative to root -> its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def run_import(content: Path, *extra) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(IMPORT), "--seed", str(SEED), "--content", str(content), *extra],
                          capture_output=True, text=True, timeout=600)
