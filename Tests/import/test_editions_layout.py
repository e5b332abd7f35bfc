"""The editions layout (issue 17) holds every figure and label of the old layout, unchanged.

Loads the OLD layout (Content/services/*.md front matter and body, Content/data/: registries,
tables.yml, data-notes.yml, 2020/*.csv) and the NEW layout that Scripts/import-2020-report
writes into a temporary folder (Content/data/ registries, Content/2020/...), and compares them
service by service, table by table, cell by cell: every number keeps the digits it had, every
label its text; a value dropped, added or changed fails. Also: the import is deterministic,
nothing in an edition repeats its year in an id or a file name, the texts' headers hold no
figures, the old-layout guard, and (a check of the check) a changed or dropped value is found.

The old layout is Content/ as committed at OLD_LAYOUT_COMMIT, read from git (the committed
Content/ has the editions layout since), or, where git lacks that commit, written by the
importer's old-layout writers. The readers of the new layout, and the rebuilding of
the old shapes from it, are in layout.py (shared with the other tests of Tests/import); the
fixtures seed, new_root and new in conftest.py. The seed is
$SAPA_SEEDS/002_50492d32a867b2a4.txt (default <repo>/../shared/seeds): missing, the tests fail.

Run:  python3 -m pytest -q Tests/import/test_editions_layout.py
Dump: python3 Tests/import/test_editions_layout.py --diff OUT.txt   (the results tables' text
      before and after, and their diff)
"""

from __future__ import annotations

import copy
import difflib
import io
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from layout import (CONTENT, FIGURES, KINDS, REPO, SEED, YEAR, canonical, differences, load_new, load_yaml, read_csv,
                    rebuild_front_matter, run_import, split_front_matter, tree)

# A commit with the old layout's generated files as they were when Content/ was switched (072e31d):
# the importer's files in Content/data and Content/services did not change from it to the switch's parent.
OLD_LAYOUT_COMMIT = "6e15881f33c0df91372ff58a9626e4b8b71bae60"

# What a text's header may hold (text facts of the year's chapter); anything else is refused.
TEXT_KEYS = {"service_code", "name_kk", "responsible_body_kk", "standard", "form_kk", "recipients_kk",
             "cost_kk", "other_info"}
FIGURE_KEYS = {"respondents", "indicators", "criteria", "call_centres", "providers", "regions",
               "other_tables", "score", "satisfaction", "rank"}


# ---------------------------------------------------------------- reading

def old_layout_root(tmp_factory) -> Path:
    """Content/ as committed at OLD_LAYOUT_COMMIT, the last old layout (the committed Content/
    has the editions layout since), extracted into a temporary folder. Where git does not have
    that commit (a shallow clone, an exported tree), the importer's old-layout writers
    (tables.run, chapters.run) write it instead: they write the files committed there, byte
    for byte."""
    out = tmp_factory.mktemp("old-layout")
    got = subprocess.run(["git", "archive", OLD_LAYOUT_COMMIT, "Content"], cwd=REPO, capture_output=True)
    if got.returncode == 0:
        with tarfile.open(fileobj=io.BytesIO(got.stdout)) as tar:
            tar.extractall(out, filter="data")
        return out / "Content"
    content = out / "Content"
    (content / "data").mkdir(parents=True)
    shutil.copy(CONTENT / "data" / "regions.csv", content / "data" / "regions.csv")
    sys.path.insert(0, str(REPO / "Scripts"))
    from report2020 import chapters, seedtext, tables
    lines = seedtext.read_seed(SEED)
    tables.run(lines, str(content))
    chapters.run(lines, content)
    return content


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


# ---------------------------------------------------------------- comparing

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


# ---------------------------------------------------------------- fixtures (seed, new_root, new: conftest.py)

@pytest.fixture(scope="session")
def old(tmp_path_factory, seed):
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
    mutated = copy.deepcopy(new)
    header, rows = mutated["figures"][kind]
    rows[len(rows) // 2][column] = change
    assert compare(old, mutated), f"a change of {kind}.{column} went unnoticed"


@pytest.mark.parametrize("what", ["criteria-row", "table-cell", "note", "recommendation", "findings"])
def test_a_dropped_value_is_found(old, new, what):
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
    """Two imports into empty folders write the same files; an import over its own output
    (as Scripts/import-2020-report does over Content/) changes nothing."""
    again = tmp_path / "Content"
    r = run_import(again)
    assert r.returncode == 0, r.stderr
    a, b = tree(new_root), tree(again)
    assert sorted(a) == sorted(b)
    for rel in a:
        assert a[rel] == b[rel], f"{rel} differs between two imports"
    r = run_import(again)
    assert r.returncode == 0, r.stderr
    c = tree(again)
    assert sorted(c) == sorted(a)
    for rel in a:
        assert c[rel] == a[rel], f"{rel} changed when the import ran over its own output"


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
