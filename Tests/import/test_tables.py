"""Tests of the tables half of the 2020 report importer (Scripts/report2020/tables.py), on the
committed content in the editions layout (issue 17): the registries Content/data/services.csv
and bodies.csv, the 2020 edition's services.csv (chapter, studied), tables.yml (ids without the
year: the site names a table <id>-2020), its 15 results CSVs and data-notes.csv. Also: the
committed content is what a fresh Scripts/import-2020-report writes, byte for byte (every file
of the import, the chapters' texts and figures included; its determinism is checked in
test_editions_layout.py).

Run: python3 -m pytest Tests/import -q
The seed is found at $SAPA_SEEDS/002_50492d32a867b2a4.txt, SAPA_SEEDS defaulting to <repo>/../shared/seeds.
"""

import csv
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from layout import CONTENT, EDITION, FIGURES, REPO, SEED, YEAR, tree, year_services
from layout import KINDS as FIGURE_KINDS

SCRIPTS = REPO / "Scripts"
DATA = CONTENT / "data"

sys.dont_write_bytecode = True
sys.path.insert(0, str(SCRIPTS))
from report2020 import seedtext  # noqa: E402

# The registries the import writes (Content/data); it writes everything in the edition too.
REGISTRIES = ["services.csv", "bodies.csv"]
PERIOD_COLUMNS = ["since", "until", "previous_names_kk", "previous_names_ru"]


@pytest.fixture(scope="session")
def seed_lines():
    if not SEED.exists():
        pytest.fail(f"seed not found: {SEED} (set SAPA_SEEDS)")
    return seedtext.read_seed(SEED)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def parse_tables_yml(path):
    """A reader for the subset of YAML that tables.yml uses (block list of mappings,
    double-quoted or plain scalars, flow-mapping column entries)."""
    out, cur = [], None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^- (\w+): (.*)$", line)
        if m:
            cur = {m.group(1): _scalar(m.group(2)), "columns": []}
            out.append(cur)
            continue
        m = re.match(r"^    - \{(.*)\}$", line)
        if m:
            col = {k: _scalar(v) for k, v in re.findall(r'(\w+): ("(?:[^"\\]|\\.)*"|[^,}]+)', m.group(1))}
            cur["columns"].append(col)
            continue
        m = re.match(r"^  (\w+):(?: (.*))?$", line)
        assert m, f"unexpected line in tables.yml: {line!r}"
        if m.group(1) != "columns":
            cur[m.group(1)] = _scalar(m.group(2))
    return out


def _scalar(s):
    s = (s or "").strip()
    if s.startswith('"'):
        return json.loads(s)
    return s


@pytest.fixture(scope="session")
def spec():
    return {t["id"]: t for t in parse_tables_yml(EDITION / "tables.yml")}


@pytest.fixture(scope="session")
def rows(spec):
    return {tid: read_csv(EDITION / t["file"]) for tid, t in spec.items()}


@pytest.fixture(scope="session")
def services():
    """The registry's services with the year's chapter and studied (layout.year_services)."""
    return year_services()


# ------------------------------------------------------------------ reproducibility

def test_reimport_reproduces_committed_files(new_root):
    """Every file a fresh import writes (into an empty folder) is committed with the same bytes,
    and the committed edition holds no other file."""
    fresh, committed = tree(new_root), tree(CONTENT)
    assert fresh, "the import wrote nothing"
    for rel, data in fresh.items():
        assert rel in committed, f"Content/{rel} is not committed: re-run Scripts/import-2020-report"
        assert committed[rel] == data, f"Content/{rel} differs from a fresh import: re-run Scripts/import-2020-report"
    extra = sorted(rel for rel in committed if rel.startswith(f"{YEAR}/") and rel not in fresh)
    assert extra == [], f"Content/{YEAR} holds files the import does not write: {extra}"


def test_files_are_utf8_lf_without_bom(spec):
    edition = sorted(p for p in EDITION.rglob("*") if p.is_file())
    assert {EDITION / t["file"] for t in spec.values()} <= set(edition)
    for path in [DATA / name for name in REGISTRIES] + edition:
        rel = path.relative_to(CONTENT)
        b = path.read_bytes()
        assert not b.startswith(b"\xef\xbb\xbf"), rel
        assert b"\r" not in b, rel
        assert b.endswith(b"\n"), rel
        b.decode("utf-8")


# ------------------------------------------------------------------ registries

def test_services_registry(services):
    registry = read_csv(DATA / "services.csv")
    assert list(registry[0].keys()) == ["id", "code", "body", "name_kk", "name_ru", "name_en"] + PERIOD_COLUMNS
    year = read_csv(EDITION / "services.csv")
    assert list(year[0].keys()) == ["service", "chapter", "studied"]
    assert sorted(r["id"] for r in registry) == sorted(r["service"] for r in year), \
        "the registry and the edition list other services"
    assert [int(r["chapter"]) for r in year] == list(range(1, 71)), "the edition's services.csv is in chapter order"
    svc = services
    assert len(svc) == 70
    assert [int(s["chapter"]) for s in svc] == list(range(1, 71))
    ids = [s["id"] for s in svc]
    assert len(set(ids)) == 70
    for i in ids:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", i), i
    qual = sorted(int(s["chapter"]) for s in svc if s["studied"] == "qualitative")
    assert qual == [4, 5, 29, 43, 53, 57, 64, 66]
    assert {s["studied"] for s in svc} == {"qualitative", "quantitative"}
    by = {s["id"]: s for s in svc}
    assert by["civil-service-testing"]["code"] == "3001002"
    assert by["civil-service-testing"]["body"] == "ads"
    assert by["birth-registration-abroad"]["code"] == "00202004"
    assert by["drivers-licence"]["name_kk"] == "Жүргізуші куәліктерін беру"
    assert by["drivers-licence"]["body"] == "mia"
    assert by["encryption-import-export-permit"]["name_kk"].startswith("Үшінші елдермен")   # "## 2.8." heading
    assert by["product-safety-registration"]["name_kk"].startswith("Балалар тамағы")         # "## **2.29 …**"
    assert not by["product-safety-registration"]["name_kk"].endswith("*")
    assert by["sports-titles"]["chapter"] == "38"                                            # "**2.38 …**"
    assert not by["civil-service-testing"]["name_kk"].endswith(".")
    assert by["tax-offset-refund"]["body"] == "mof"
    assert by["power-staff-knowledge-test"]["body"] == "moe"
    assert by["technical-passport-annex"]["body"] == "state-corporation"
    assert by["land-plot-sale"]["body"] == "local-executive-bodies"
    assert sum(1 for s in svc if s["body"] == "local-executive-bodies") == 22
    for s in svc:
        assert s["name_kk"] and s["name_en"]


def test_bodies_registry():
    bodies = read_csv(DATA / "bodies.csv")
    assert list(bodies[0].keys()) == ["id", "abbr_kk", "abbr_ru", "name_kk", "name_ru", "name_en", "kind"] + PERIOD_COLUMNS
    ids = [b["id"] for b in bodies]
    assert len(set(ids)) == len(ids)
    kinds = {b["id"]: b["kind"] for b in bodies}
    assert set(kinds.values()) == {"central", "local", "corporation", "portal"}
    assert kinds["local-executive-bodies"] == "local"
    assert kinds["state-corporation"] == "corporation"
    assert kinds["egov-portal"] == "portal"
    assert sum(1 for k in kinds.values() if k == "central") == 23
    for b in bodies:
        assert b["name_kk"] and b["name_ru"] and b["abbr_kk"], b["id"]
    svc_bodies = {s["body"] for s in read_csv(DATA / "services.csv")}
    assert svc_bodies <= set(ids)


# ------------------------------------------------------------------ tables.yml and references

def _csv_header(t):
    """Text columns are written per language (x_kk, x_ru); the others under their id."""
    out = []
    for c in t["columns"]:
        out += [f"{c['id']}_kk", f"{c['id']}_ru"] if c["type"] == "text" else [c["id"]]
    return out


KINDS = {"services-ranking", "bodies-ranking", "bodies-dynamics", "regions-dynamics", "regions-ranking",
         "providers", "corporation", "portal", "respondents-by-service", "respondents-by-region", "dynamics"}
TYPES = {"rank", "integer", "score", "percent", "delta", "text", "year", "scale", "flag", "service", "body", "region"}


def test_tables_yml(spec):
    assert len(spec) == 15       # tables 1, 4, 6-13, 14 (two groups), 15, annexes A and B
    for tid, t in spec.items():
        for key in ("id", "file", "kind", "title_kk", "title_ru", "source_kk", "source_ru"):
            assert t.get(key), f"{tid}: {key} missing"
        assert t["kind"] in KINDS, tid
        assert "year" not in t and YEAR not in tid, f"{tid}: an edition's tables are scoped to it, without the year"
        assert re.fullmatch(r"[a-z0-9-]+\.csv", t["file"]) and t["file"] == f"{tid}.csv", (tid, t["file"])
        assert t["source_kk"].startswith("2020 жылғы есеп, ")
        assert t["source_ru"].startswith("Отчёт за 2020 год, ")
        for c in t["columns"]:
            assert c["type"] in TYPES, (tid, c)
            assert c["label_kk"] and c["label_ru"], (tid, c)
            m = re.fullmatch(r"(score|satisfaction)_(\d{4})", c["id"])
            assert c.get("year") == (m.group(2) if m else None), (tid, c)
        header = list(read_csv(EDITION / t["file"])[0].keys())
        assert header == _csv_header(t), tid
        assert bool(t.get("note_kk")) == bool(t.get("note_ru")), tid
    assert spec["services-ranking"]["source_kk"] == "2020 жылғы есеп, 8-кесте"
    assert spec["services-ranking"]["source_ru"] == "Отчёт за 2020 год, таблица 8"
    assert spec["bodies-ranking-all-providers"]["source_kk"] == "2020 жылғы есеп, А қосымшасы"
    assert spec["services-ranking"]["title_kk"] == \
        "Қызметті алушылардың бағалауы бойынша мемлекеттік қызметтің жалпы рейтингі, 2020 ж"


def test_every_reference_resolves_and_every_value_is_typed(spec, rows):
    ids = {
        "service": {r["id"] for r in read_csv(DATA / "services.csv")},
        "body": {r["id"] for r in read_csv(DATA / "bodies.csv")},
        "region": {r["id"] for r in read_csv(DATA / "regions.csv")},
    }
    for tid, t in spec.items():
        for i, r in enumerate(rows[tid], start=2):
            for c in t["columns"]:
                if c["type"] == "text":
                    assert r[c["id"] + "_kk"] or not r[c["id"] + "_ru"], (tid, i, c["id"])
                    continue
                v = r[c["id"]]
                where = f"{t['file']}:{i} {c['id']}={v!r}"
                if v == "":
                    continue
                ty = c["type"]
                if ty in ids:
                    assert v in ids[ty], where
                elif ty in ("rank", "integer", "year"):
                    assert re.fullmatch(r"\d+", v), where
                elif ty == "scale":
                    assert v in ("5", "10"), where
                elif ty == "score":
                    top = Decimal(r.get("scale") or 5)
                    assert Decimal(1) <= Decimal(v) <= top, where
                elif ty == "percent":
                    assert re.fullmatch(r"\d+(\.\d+)?", v) and Decimal(v) <= 100, where
                elif ty == "delta":
                    assert re.fullmatch(r"-?\d+\.\d+", v), where
                elif ty == "flag":
                    assert v == "yes", where
            # every row names an entity or carries a text label
            refs = [c["id"] for c in t["columns"] if c["type"] in ("service", "region")]
            if refs and not any(r[x] for x in refs):
                assert r.get("label_kk"), f"{t['file']}:{i}: row with neither an id nor a label"
        # a ranked table has one row per subject (service, else region, else body), totals aside
        types = [c["type"] for c in t["columns"]]
        subject = next((c["id"] for ty in ("service", "region", "body") for c in t["columns"] if c["type"] == ty), None)
        if "rank" in types and subject:
            vals = [r[subject] for r in rows[tid] if r[subject] and r.get("total") != "yes"]
            assert len(vals) == len(set(vals)), tid
        # ranked tables: every row but a total has its rank, a total row has none
        if any(c["type"] == "rank" for c in t["columns"]):
            for r in rows[tid]:
                assert bool(r["rank"]) != (r.get("total") == "yes"), (tid, r)


def test_rows_with_an_entity_have_no_label(spec, rows):
    for tid, t in spec.items():
        cols = [c["id"] for c in t["columns"]]
        if "label" not in cols:
            continue
        for r in rows[tid]:
            ent = [r[c["id"]] for c in t["columns"] if c["type"] in ("service", "region")]
            if any(ent):
                assert not r["label_kk"] and not r["label_ru"]
            else:
                assert r["label_kk"] and r["label_ru"]


# ------------------------------------------------------------------ counts and ranks

def _ranked(rows_):
    return [r for r in rows_ if r.get("total", "") != "yes"]


def test_counts_and_ranks(rows):
    expect = {
        "services-ranking": 62,
        "bodies-ranking": 24,
        "bodies-dynamics": 24,
        "regions-dynamics": 17,
        "regions-ranking": 17,
        "bodies-ranking-all-providers": 24,
        "regions-ranking-all-providers": 17,
        "portal-services": 56,
        "corporation-services-self-service": 16,
        "corporation-services-manager": 25,
    }
    for tid, n in expect.items():
        rs = _ranked(rows[tid])
        assert len(rs) == n, tid
        assert [int(r["rank"]) for r in rs] == list(range(1, n + 1)), tid
    assert len(_ranked(rows["respondents-by-service"])) == 70
    assert len(rows["respondents-by-region"]) == 19          # 17 regions, other countries, total
    assert len(rows["dynamics"]) == 7
    assert len(rows["providers"]) == 7
    assert len(rows["corporation"]) == 3
    # one entity per row, never twice
    for tid, key in (("services-ranking", "service"), ("portal-services", "service"),
                     ("respondents-by-service", "service"), ("bodies-ranking", "body"),
                     ("bodies-ranking-all-providers", "body"), ("regions-ranking", "region"),
                     ("regions-ranking-all-providers", "region"), ("regions-dynamics", "region")):
        vals = [r[key] for r in _ranked(rows[tid])]
        assert len(vals) == len(set(vals)), tid
    # all 17 regions of 2020 in each regional table
    regions_2020 = {r["id"] for r in read_csv(DATA / "regions.csv") if not r["since"] or int(r["since"]) <= 2020}
    assert len(regions_2020) == 17
    for tid in ("regions-dynamics", "regions-ranking", "regions-ranking-all-providers"):
        assert {r["region"] for r in rows[tid]} == regions_2020, tid


def test_ranked_services_are_the_quantitative_ones(rows, services):
    svc = services
    quantitative = {s["id"] for s in svc if s["studied"] == "quantitative"}
    assert {r["service"] for r in _ranked(rows["services-ranking"])} == quantitative
    resp = {r["service"]: r["respondents"] for r in _ranked(rows["respondents-by-service"])}
    assert {k for k, v in resp.items() if v == ""} == {s["id"] for s in svc if s["studied"] == "qualitative"}


def test_printed_scores_follow_the_ranks(rows):
    """A rank must never hold a higher printed score than the rank above it (ties are fine)."""
    for tid in ("services-ranking", "bodies-ranking", "regions-ranking",
                "bodies-ranking-all-providers", "regions-ranking-all-providers",
                "portal-services", "corporation-services-self-service",
                "corporation-services-manager"):
        scores = [Decimal(r["score"]) for r in _ranked(rows[tid])]
        assert scores == sorted(scores, reverse=True), tid


# ------------------------------------------------------------------ spot values against the seed

def _row(rows_, **kw):
    hits = [r for r in rows_ if all(r[k] == v for k, v in kw.items())]
    assert len(hits) == 1, (kw, len(hits))
    return hits[0]


SPOT = [
    # (table id, row selector, expected values)
    ("respondents-by-service", {"service": "civil-service-testing"}, {"body": "ads", "respondents": "245"}),
    ("respondents-by-service", {"service": "payment-organisations-register"}, {"respondents": ""}),
    ("respondents-by-service", {"service": "crew-member-certificate"}, {"body": "miid", "respondents": "5"}),
    ("respondents-by-service", {"service": "disability-assistive-devices"}, {"respondents": "363"}),
    ("respondents-by-service", {"total": "yes"}, {"label_kk": "ИТОГО", "label_ru": "Итого",
                                                  "respondents": "9181"}),
    ("respondents-by-region", {"region": "akmola"}, {"respondents": "461", "share": "5.0"}),
    ("respondents-by-region", {"region": "astana"}, {"respondents": "1191", "share": "13.0"}),
    ("respondents-by-region", {"label_kk": "Басқа елдер"}, {"respondents": "108", "share": "1.2", "total": ""}),
    ("respondents-by-region", {"total": "yes"}, {"label_kk": "Барлығы", "respondents": "9181", "share": "100.0"}),
    ("dynamics", {"year": "2020"}, {"scale": "5", "score": "4.58", "satisfaction": "75.1",
                                    "respondents": "9181", "services": "70"}),
    ("dynamics", {"year": "2019"}, {"score": "4.73", "satisfaction": "74.8", "respondents": "14500"}),
    ("dynamics", {"year": "2015"}, {"scale": "10", "score": "7.9", "satisfaction": "79",
                                    "respondents": "8327", "services": "39"}),
    ("dynamics", {"year": "2014"}, {"scale": "10", "score": "8.7", "satisfaction": "87"}),
    ("providers", {"provider_kk": "ОМО"}, {"provider_ru": "ЦГО", "score": "4.58", "satisfaction": "76.9",
                                           "total": ""}),
    ("providers", {"score": "4.39"}, {"satisfaction": "63.9", "body": "egov-portal"}),
    ("providers", {"satisfaction": "78.5"}, {"score": "4.70", "body": "local-executive-bodies"}),
    ("providers", {"provider_kk": "Барлығы: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ"},
     {"score": "4.69", "satisfaction": "80.9", "total": "yes"}),
    ("providers", {"provider_kk": "Барлығы: мемлекеттік қызмет көрсету сапасы бойынша қызмет көрсетушілердің "
                                  "жалпы бағасы"}, {"score": "4.58", "satisfaction": "75.1", "total": "yes"}),
    ("services-ranking", {"rank": "1"}, {"body": "mfa", "service": "consular-registration",
                                         "score": "4.86", "satisfaction": "88.0"}),
    ("services-ranking", {"rank": "2"}, {"body": "local-executive-bodies", "service": "free-medicines",
                                         "score": "4.81", "satisfaction": "85.0"}),
    ("services-ranking", {"rank": "13"}, {"service": "share-placement-report", "score": "4.7",
                                          "satisfaction": "82.4"}),
    ("services-ranking", {"rank": "19"}, {"service": "job-seekers-assistance", "score": "4.7",
                                          "satisfaction": "81.0"}),
    ("services-ranking", {"rank": "28"}, {"service": "power-staff-knowledge-test", "body": "moe",
                                          "score": "4.63", "satisfaction": "72.3"}),
    ("services-ranking", {"rank": "36"}, {"service": "technical-passport-annex", "body": "state-corporation"}),
    ("services-ranking", {"rank": "62"}, {"body": "mdai", "service": "radio-equipment-import-permit",
                                          "score": "3.91", "satisfaction": "52.2"}),
    ("services-ranking", {"total": "yes"}, {"rank": "", "service": "", "label_kk": "БАРЛЫҒЫ",
                                            "score": "4.58", "satisfaction": "75.1"}),
    ("bodies-ranking", {"rank": "1"}, {"body": "mne", "score": "4.87", "satisfaction": "88.1"}),
    ("bodies-ranking", {"rank": "4"}, {"body": "mfa", "score": "4.81", "satisfaction": "87.6"}),
    ("bodies-ranking", {"rank": "19"}, {"body": "state-corporation", "score": "4.68", "satisfaction": "78.8"}),
    ("bodies-ranking", {"rank": "24"}, {"body": "miid", "score": "4.49", "satisfaction": "70.6"}),
    ("bodies-dynamics", {"body": "ads"}, {"rank": "3", "score_2017": "4.76", "satisfaction_2017": "79.6",
                                          "score_2020": "4.86", "satisfaction_2020": "85.0",
                                          "score_change": "-0.08", "satisfaction_change": "4.4",
                                          "score_average": "4.85", "satisfaction_average": "83.0"}),
    ("bodies-dynamics", {"body": "ardfm"}, {"score_2017": "", "score_2019": "", "score_2020": "4.77",
                                            "satisfaction_2020": "87.3", "score_change": "",
                                            "score_average": ""}),
    ("bodies-dynamics", {"body": "miid"}, {"score_change": "-0.46", "satisfaction_change": "",
                                           "score_average": "4.64", "satisfaction_average": "71.8"}),
    ("bodies-dynamics", {"body": "mcs"}, {"score_2017": "5.00", "satisfaction_2017": "100.0",
                                          "score_change": "-0.16", "satisfaction_change": "0.9"}),
    ("bodies-dynamics", {"body": "mti"}, {"score_2018": "", "score_2019": "4.83", "score_average": "4.79"}),
    ("regions-dynamics", {"region": "akmola"}, {"rank": "1", "score_2016": "4.78", "satisfaction_2016": "87.4",
                                                "score_2020": "4.73", "satisfaction_2020": "80.3",
                                                "score_change": "-0.19", "satisfaction_change": "-7.3",
                                                "score_average": "4.81", "satisfaction_average": "83.9"}),
    ("regions-dynamics", {"region": "north-kazakhstan"}, {"rank": "6", "score_2018": "4.8",
                                                          "satisfaction_2017": "97.8"}),
    ("regions-dynamics", {"region": "shymkent"}, {"rank": "15", "score_2016": "", "satisfaction_2016": "",
                                                  "score_2017": "", "satisfaction_2017": "",
                                                  "score_2018": "4.64", "score_average": "4.55"}),
    ("regions-dynamics", {"region": "astana"}, {"rank": "17", "score_2020": "4.56", "satisfaction_2020": "72.7"}),
    ("regions-ranking", {"rank": "1"}, {"region": "turkestan", "score": "4.82", "satisfaction": "86.3"}),
    ("regions-ranking", {"rank": "10"}, {"region": "almaty", "score": "4.68", "satisfaction": "80.3"}),
    ("regions-ranking", {"rank": "17"}, {"region": "astana", "score": "4.59", "satisfaction": "75.9"}),
    ("corporation", {"total": "yes"}, {"score": "4.69", "satisfaction": "80.9"}),
    ("corporation", {"score": "4.70"}, {"satisfaction": "81.1", "total": ""}),
    ("corporation-services-self-service", {"rank": "1"},
     {"service": "public-administration-academy-admission", "score": "4.95", "satisfaction": "92.0"}),
    ("corporation-services-self-service", {"rank": "3"},
     {"service": "environmental-expertise-conclusion", "score": "4.86", "satisfaction": "88.20"}),
    ("corporation-services-self-service", {"rank": "16"},
     {"service": "crew-member-certificate", "score": "4.07", "satisfaction": "50.0"}),
    ("corporation-services-self-service", {"total": "yes"}, {"score": "4.70", "satisfaction": "81.1"}),
    ("corporation-services-manager", {"rank": "1"},
     {"service": "vocational-education-order-tender", "score": "4.92", "satisfaction": "92.9"}),
    ("corporation-services-manager", {"rank": "20"},
     {"service": "land-plot-cadastre-approval", "score": "4.63", "satisfaction": "74.2"}),
    ("corporation-services-manager", {"rank": "25"},
     {"service": "bolashak-pledge-release", "score": "4.25", "satisfaction": "66.9"}),
    ("corporation-services-manager", {"score": "4.68", "total": "yes"}, {"satisfaction": "80.6"}),
    ("corporation-services-manager", {"score": "4.69", "total": "yes"},
     {"satisfaction": "80.9", "label_kk": "БАРЛЫҒЫ: «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ"}),
    ("portal-services", {"rank": "1"}, {"service": "emigration-certificate", "score": "5.0",
                                        "satisfaction": "100.0",
                                        "provider_kk": "«Электрондық үкімет» порталы"}),
    ("portal-services", {"rank": "12"}, {"service": "civil-service-testing", "score": "4.6",
                                         "satisfaction": "71.0"}),
    ("portal-services", {"rank": "55"}, {"service": "radio-equipment-import-permit", "score": "3.68",
                                         "satisfaction": "42.5",
                                         "provider_kk": "Электрондық лицензиялау elicense.kz"}),
    ("portal-services", {"rank": "56"}, {"service": "crew-member-certificate", "score": "3.19",
                                         "satisfaction": "39.7"}),
    ("portal-services", {"total": "yes"}, {"score": "4.39", "satisfaction": "63.9", "provider_kk": ""}),
    ("bodies-ranking-all-providers", {"rank": "1"}, {"body": "mfa", "score": "4.81", "satisfaction": "87.6"}),
    ("bodies-ranking-all-providers", {"rank": "12"}, {"body": "state-corporation", "score": "4.57",
                                                      "satisfaction": "71.6"}),
    ("bodies-ranking-all-providers", {"rank": "24"}, {"body": "mti", "score": "4.16", "satisfaction": "63.7"}),
    ("regions-ranking-all-providers", {"rank": "1"}, {"region": "turkestan", "score": "4.78",
                                                      "satisfaction": "83.6"}),
    ("regions-ranking-all-providers", {"rank": "6"}, {"region": "north-kazakhstan", "score": "4.68",
                                                      "satisfaction": "77.4"}),
    ("regions-ranking-all-providers", {"rank": "16"}, {"region": "west-kazakhstan", "score": "4.56",
                                                       "satisfaction": "76.4"}),
    ("regions-ranking-all-providers", {"rank": "17"}, {"region": "astana", "score": "4.54",
                                                       "satisfaction": "72.9"}),
]


@pytest.mark.parametrize("tid,sel,expected", SPOT, ids=[f"{s[0]}:{s[1]}" for s in SPOT])
def test_spot_values(rows, tid, sel, expected):
    r = _row(rows[tid], **sel)
    for k, v in expected.items():
        assert r[k] == v, (tid, sel, k)


def test_every_table_has_spot_checks(spec):
    assert {s[0] for s in SPOT} == set(spec)


# Where each table sits in the seed (1-based, inclusive), from the brief.
SEED_RANGES = {
    "respondents-by-service": (219, 296),
    "respondents-by-region": (569, 590),
    "dynamics": (713, 722),
    "providers": (732, 741),
    "services-ranking": (753, 826),
    "bodies-ranking": (836, 862),
    "bodies-dynamics": (868, 895),
    "regions-dynamics": (909, 929),
    "regions-ranking": (939, 958),
    "corporation": (964, 969),
    "corporation-services-self-service": (973, 992),
    "corporation-services-manager": (993, 1022),
    "portal-services": (1028, 1096),
    "bodies-ranking-all-providers": (11856, 11884),
    "regions-ranking-all-providers": (11886, 11907),
}


def _published_numbers(lines):
    """The numbers printed in a block of the seed, as CSV text (decimal point, no '%')."""
    out = []
    for line in lines:
        for cell in line.split("\t"):
            c = seedtext.strip_markup(cell).replace("*", "")
            if seedtext.is_number(c):
                out.append(seedtext.parse_number(c))
    return out


def test_every_figure_is_printed_in_its_table(seed_lines, spec, rows):
    """Each numeric cell (in row order) equals a number printed, in the same order, in its table."""
    numeric = {"score", "percent", "delta", "integer", "year", "rank"}
    for tid, (a, b) in SEED_RANGES.items():
        published = _published_numbers(seed_lines[a - 1:b])
        cols = [c for c in spec[tid]["columns"] if c["type"] in numeric]
        i = 0
        for r in rows[tid]:
            for c in cols:
                v = r[c["id"]]
                if v == "":
                    continue
                while i < len(published) and published[i] != v:
                    i += 1
                assert i < len(published), f"{tid}: {c['id']}={v} not printed (in order) in seed lines {a}-{b}"
                i += 1


def test_no_number_of_a_table_is_left_out(seed_lines, spec, rows):
    """The other way round: every number printed in a table's data rows is in its CSV."""
    for tid in ("services-ranking", "bodies-ranking", "bodies-dynamics", "regions-dynamics",
                "regions-ranking", "portal-services", "bodies-ranking-all-providers",
                "regions-ranking-all-providers", "dynamics", "respondents-by-region"):
        a, b = SEED_RANGES[tid]
        published = _published_numbers(seed_lines[a - 1:b])
        # drop the numbers of the caption and header lines ("2014-2020", "2017 жыл" …)
        body = []
        for line in seed_lines[a - 1:b]:
            cells = [c for c in line.split("\t") if seedtext.strip_markup(c)]
            if len(cells) > 2 and seedtext.is_number(seedtext.strip_markup(cells[-1]).replace("*", "")):
                body += _published_numbers([line])
        csv_vals = [r[c["id"]] for r in rows[tid] for c in spec[tid]["columns"]
                    if c["type"] not in ("text", "flag", "service", "body", "region", "scale")
                    and r[c["id"]] != ""]
        # rank numbers of the seed come first on a row; the CSV keeps the same order
        assert sorted(body) == sorted(csv_vals), tid
        assert published  # the block is not empty


# ------------------------------------------------------------------ data notes

def test_data_notes(spec):
    notes = read_csv(EDITION / "data-notes.csv")
    assert notes, "the report's known inconsistencies must be listed"
    svc = {r["id"] for r in read_csv(DATA / "services.csv")}
    bodies = {r["id"] for r in read_csv(DATA / "bodies.csv")}
    regions = {r["id"] for r in read_csv(DATA / "regions.csv")}
    chapters = {f"{FIGURES}/{kind}" for kind in FIGURE_KINDS}    # a chapter's notes, row: the service
    for n in notes:
        assert set(n) == {"table", "row", "note_kk", "note_ru"}, n
        assert n["table"] in spec or n["table"] == "services" or n["table"] in chapters, n
        if n["table"] in chapters:
            assert n["row"] in svc, n
        assert n["row"] in svc | bodies | regions | {"total", "rank", "self-service", "manager"}, n
        assert n["note_kk"] and n["note_ru"]
    keyed = {(n["table"], n["row"]) for n in notes}
    for expected in [
        ("respondents-by-service", "cash-register-registration"),      # ҚМ for the Ministry of Finance
        ("respondents-by-service", "tax-offset-refund"),
        ("services-ranking", "power-staff-knowledge-test"),            # ӘМ for the Ministry of Energy
        ("services-ranking", "cash-register-registration"),            # chapter 2.33 prints "76 балл"
        ("respondents-by-service", "digital-signature-certificates"),  # 11 vs 9 respondents
        ("services", "environmental-information"),                     # code 1201008 twice
        ("bodies-dynamics", "miid"),                                   # "-" for the 2019-2020 change
        ("bodies-dynamics", "megnr"),                                  # no average
        ("regions-dynamics", "astana"),                                # text 4,59/75,9 vs table 4,56/72,7
    ]:
        assert expected in keyed, expected


def test_values_are_kept_as_published_despite_notes(rows):
    # the notes never change a figure: chapter 2.33's "76 балл" leaves table 8 at 4.76
    assert _row(rows["services-ranking"], service="cash-register-registration")["score"] == "4.76"
    assert _row(rows["respondents-by-service"], service="digital-signature-certificates")["respondents"] == "11"


# ------------------------------------------------------------------ helpers of seedtext

@pytest.mark.parametrize("text,expected", [
    ("4,58", "4.58"), ("4,7", "4.7"), ("75,1%", "75.1"), ("88,20%", "88.20"), ("<b>4,70</b>", "4.70"),
    ("-0,04", "-0.04"), ("*", ""), ("", ""), ("-", ""), ("5,0", "5.0"), ("79%", "79"), ("**4,65**", "4.65"),
])
def test_parse_number(text, expected):
    assert seedtext.parse_number(text) == expected


def test_fuzzy_matching_helpers():
    a = "Бақылау-касса машиналарын (БКМ) тіркеу және есептен шығару"
    b = "Бақылау-касса машиналарын (БКМ) есепке қою және есептен шығару"
    assert seedtext.similarity(a, b) > 0.7
    assert seedtext.normalize("«Жүргізуші» КУӘЛІКТЕРІН, беру.") == "жургизуши куаликтерин беру"


def test_table_notes_and_totals(spec, rows):
    assert "10 балдық шкала" in spec["dynamics"]["note_kk"]
    assert spec["respondents-by-service"]["note_kk"].startswith("*8 мемлекеттік қызмет")
    # the totals printed by the report are rows flagged `total`, one per printed total line
    totals = {tid: sum(1 for r in rs if r.get("total") == "yes") for tid, rs in rows.items()}
    assert totals == {
        "respondents-by-service": 1, "respondents-by-region": 1, "dynamics": 0,
        "providers": 2, "services-ranking": 1, "bodies-ranking": 0, "bodies-dynamics": 0,
        "regions-dynamics": 0, "regions-ranking": 0, "corporation": 1,
        "corporation-services-self-service": 1, "corporation-services-manager": 2,
        "portal-services": 1, "bodies-ranking-all-providers": 0, "regions-ranking-all-providers": 0,
    }
    # totals of different tables agree (6 = 7 = 8; 13 = 14; 7 = 15)
    t6 = _row(rows["dynamics"], year="2020")
    for tid in ("services-ranking", "providers"):
        tot = [r for r in rows[tid] if r.get("total") == "yes"][-1]
        assert (tot["score"], tot["satisfaction"]) == (t6["score"], t6["satisfaction"]), tid
