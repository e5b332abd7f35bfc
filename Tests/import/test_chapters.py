"""Tests of the per-service chapters importer (Scripts/report2020/chapters.py), on the committed
content in the editions layout (issue 17): each chapter's figures in Content/2020/service-figures/
*.csv, its notes in Content/2020/data-notes.csv, its text (header of text facts, findings, and the
recommendations under «## Ұсынымдар») in Content/2020/services/<id>.md, its chapter number in
Content/2020/services.csv. layout.rebuild_front_matter puts them back into the front matter the
old layout's Content/services/<id>.md had, values kept as the text they are written in ("31.40"),
an empty cell None; the checks below read that. That the committed files are what a fresh import
writes is checked by test_tables.py (test_reimport_reproduces_committed_files), that the import
is deterministic by test_editions_layout.py.

Run: python3 -m pytest Tests/import/test_chapters.py -q
The seed is read from $SAPA_SEEDS (default: <repo>/../shared/seeds).
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest

from layout import CONTENT, EDITION, REPO, SEED, read_csv, rebuild_front_matter, year_services

sys.dont_write_bytecode = True
sys.path.insert(0, str(REPO / "Scripts"))
from report2020 import seedtext  # noqa: E402

QUALITATIVE = {4, 5, 29, 43, 53, 57, 64, 66}
REQUIRED = ["id", "chapter", "code", "name_kk", "responsible_body_kk", "standard", "form_kk",
            "recipients_kk", "cost_kk", "recommendations"]



@pytest.fixture(autouse=True, scope="module")
def seed_present():
    """The seed is beside every checkout (../shared/seeds): a missing one is a failure, not a skip."""
    if not SEED.exists():
        pytest.fail(f"seed not found: {SEED} (set SAPA_SEEDS to the folder of the seeds)")


def seed_lines() -> list[str]:
    with open(SEED, encoding="utf-8") as f:
        return f.read().split("\n")


@pytest.fixture(scope="module")
def texts() -> Path:
    """The committed texts, Content/2020/services/<id>.md."""
    return EDITION / "services"


@pytest.fixture(scope="module")
def docs(committed) -> dict[int, tuple[dict, str]]:
    """chapter -> (the old front matter rebuilt from the committed content, the findings)."""
    out = {}
    for sid in committed["texts"]:
        fm, findings = rebuild_front_matter(committed, sid)
        out[int(fm["chapter"])] = (fm, findings)
    return out


@pytest.fixture(scope="module")
def services() -> dict[int, dict]:
    return {int(r["chapter"]): r for r in year_services()}


def test_seventy_files(texts, docs):
    assert len(list(texts.glob("*.md"))) == 70
    assert sorted(docs) == list(range(1, 71))


def test_front_matter_required_keys(docs):
    for n, (fm, body) in docs.items():
        for key in REQUIRED:
            assert key in fm, f"2.{n}: {key}"
        assert set(fm["standard"]) == {"text_kk", "url"}, n
        assert fm["standard"]["url"].startswith("http"), n
        for key in ("name_kk", "responsible_body_kk", "form_kk", "recipients_kk", "cost_kk"):
            assert isinstance(fm[key], str) and fm[key].strip(), f"2.{n}: {key}"
        assert isinstance(fm["code"], str) and fm["code"].isdigit(), n
        assert body.strip(), f"2.{n}: empty narrative"
        assert fm["recommendations"], f"2.{n}: no recommendations"
        for g in fm["recommendations"]:
            assert isinstance(g["addressee_kk"], str)
            assert g["items_kk"] and all(isinstance(i, str) and i for i in g["items_kk"])
        assert len(fm.get("data_notes_kk", [])) == len(fm.get("data_notes_ru", [])), n


def test_ids_and_codes_follow_services_csv(texts, docs, services):
    assert sorted(p.stem for p in texts.glob("*.md")) == sorted(r["id"] for r in services.values())
    for n, (fm, _) in docs.items():
        row = services[n]
        assert fm["id"] == row["id"]
        assert (texts / f"{row['id']}.md").exists()
        assert fm["code"] == row["code"], n
        # the chapter's own title is the registry's name of the service the text is filed under
        assert seedtext.similarity(fm["name_kk"], row["name_kk"]) >= 0.9, (n, fm["name_kk"], row["name_kk"])


def test_indicators_62_with_8_without(docs, services):
    with_ind = {n for n, (fm, _) in docs.items() if "indicators" in fm}
    assert len(with_ind) == 62
    assert set(range(1, 71)) - with_ind == QUALITATIVE
    for n in QUALITATIVE:
        assert services[n]["studied"] == "qualitative"
        assert not docs[n][0]["criteria"]
    ranks = sorted(int(docs[n][0]["indicators"]["rank"]) for n in with_ind)
    assert ranks == list(range(1, 63))


# (chapter, path into the front matter, expected value, text that must be in the seed); an int is
# expected with exactly its digits, a float as a number ("31.40" is 31.4), None as an empty cell
SPOTS = [
    (1, ("indicators", "satisfaction"), 75.3, "көрсету сапасына қанағаттану деңгейі: **75,3%**"),
    (1, ("indicators", "score"), 4.65, "(орташа балл): **4,65 балл**"),
    (1, ("indicators", "rank"), 26, "рейтингіндегі орны: **26**"),
    (1, ("respondents",), 245, "Жаппай сауалнамаға 245 қызмет алушы қатысты"),
    (1, ("criteria", "rows", 0, "values", 0, "score"), 4.77, "ВИРТУАЛДЫ АССИСТЕНТ\t4,77\t82,0%"),
    (1, ("criteria", "rows", 0, "values", 0, "satisfaction"), 82.0, "ВИРТУАЛДЫ АССИСТЕНТ\t4,77\t82,0%"),
    (1, ("call_centres", 0, "rows", 0, "satisfaction"), 31.4, "<b>3,55</b>\t<b>31,40%</b>"),
    (1, ("call_centres", 0, "total", "score"), 4.0, "<b>4,00</b>\t<b>46,2%</b>"),
    (2, ("call_centres", 1, "centre"), "Академияның колл-орталығы", "<b>Академияның колл-орталығы</b>"),
    (2, ("criteria", "rows", 6, "values", 0, "score"), None, "КЕРІ БАЙЛАНЫС\t\t\t2,75\t25,0%"),
    (3, ("indicators", "score"), 4.62, "(орташа балл): **4,62 балла**"),
    (3, ("providers", "rows", 0, "score"), 4.81, "ҚР Ұлттық Банкі\t4,81\t83,6%"),
    (9, ("criteria", "averages", 1, "satisfaction"), 74.8, "БАРЛЫҒЫ\t4,68\t84,3%\t4,53\t74,8%"),
    (9, ("respondents",), 109, "Жаппай сауалнамаға 109 қызмет алушы (100%) қатысты"),
    (14, ("indicators", "rank"), 15, "рейтингіндегі орны: **15**."),
    (14, ("call_centres", 0, "total", "satisfaction"), 0.0, "Қоңырау шалу жылдамдығы\t1,00\t0,00%\t1,00\t0,0%"),
    (15, ("call_centres", 1, "centre"), "Номер посольства", "Номер посольства\tҚоңырау шалу жылдамдығы\t4,20"),
    (20, ("indicators", "satisfaction"), 63.8, "қанағаттану деңгейі: **63,8%**"),
    (20, ("criteria", "channels", 0, "id"), "provider", "Қызмет көрсетілетін қызметті берушінің ғимаратында алынды"),
    (30, ("criteria", "rows", 7, "values", 1, "satisfaction"), 80.0,
     "<b>НӘТИЖЕ</b>\t<b>4,75</b>\t<b>75,0%</b>\t<b>4,66</b>\t<b>80,0%</b>"),
    (36, ("indicators", "score"), 4.7, "(орташа балл): **4,7 балл**"),
    (49, ("regions", "rows", 4, "region"), "east-kazakhstan", "Шығыс-Қазақстан облысы\t4,70\t77,9%"),
    (49, ("regions", "rows", 4, "score"), 4.70, "Шығыс-Қазақстан облысы\t4,70\t77,9%"),
    (50, ("regions", "rows", 14, "region"), "astana", "Нұр-Сұлтан қ.\t4,54\t71,2%"),
    (50, ("indicators", "rank"), 34, "рейтингіндегі орны: **34**"),
    (62, ("regions", "rows", 0, "values", 3), 4.90, "1\tЖамбыл\t5,00\t5,00\t5,00\t4,90\t5,00\t4,98"),
    (62, ("other_tables", 0, "rows", 9, "values", 0), 213, "Барлығы\t213\t100,0"),
    (70, ("indicators", "rank"), 8, "рейтингіндегі орны: **8**"),
    (70, ("respondents",), 376, "Жаппай сауалнамаға 376 қызмет алушы қатысты"),
    (70, ("call_centres", 2, "centre"), "109", "109\tҚоңырау шалу жылдамдығы\t5,00\t100,0%"),
    (70, ("regions", "source_kk"), "216-кесте", "216-кесте. Мемлекеттік қызметті көрсету"),
]


@pytest.mark.parametrize("chapter,path,expected,seed_text", SPOTS)
def test_spot_values_against_seed(docs, chapter, path, expected, seed_text):
    assert seed_text in "\n".join(seed_lines()), f"seed lacks {seed_text!r}"
    value = docs[chapter][0]
    for key in path:
        value = value[key]
    if expected is None:
        assert value is None, (chapter, path, value)
    elif isinstance(expected, float):
        assert float(value) == pytest.approx(expected), (chapter, path)
    elif isinstance(expected, int):
        assert value == str(expected), (chapter, path)
    else:
        assert value == expected, (chapter, path)


def test_published_digits_kept(docs, services):
    by_id = {services[n]["id"]: fm for n, (fm, _) in docs.items()}
    centre = by_id["civil-service-testing"]["call_centres"][0]
    assert "31.40" in [r["satisfaction"] for r in centre["rows"]]          # "31,40%" as printed
    assert centre["total"] == {"score": "4.00", "satisfaction": "46.2"}
    assert by_id["energy-auditor-certification"]["indicators"]["score"] == "4.7"
    # the cells as written in the spreadsheets
    _, rows = read_csv(EDITION / "service-figures" / "call-centres.csv")
    assert any(r["service"] == "civil-service-testing" and r["satisfaction"] == "31.40" for r in rows)


def _check_pair(where, score, satisfaction):
    if score is not None:
        assert 1 <= Decimal(score) <= 5, (where, score)
    if satisfaction is not None:
        assert 0 <= Decimal(satisfaction) <= 100, (where, satisfaction)


def test_values_in_range(docs):
    for n, (fm, _) in docs.items():
        crit = fm.get("criteria")
        if crit:
            nch = len(crit["channels"])
            assert {r["criterion"] for r in crit["rows"]} <= {
                "accessibility", "information", "staff", "procedure", "timing", "costs",
                "feedback", "result"}
            for r in crit["rows"] + [{"values": crit.get("averages", [])}]:
                assert len(r["values"]) in (0, nch), n
                for v in r["values"]:
                    _check_pair(f"2.{n} criteria", v["score"], v["satisfaction"])
        for cc in fm["call_centres"]:
            _check_pair(f"2.{n} call centre", cc["total"]["score"], cc["total"]["satisfaction"])
            for r in cc["rows"]:
                _check_pair(f"2.{n} call centre", r["score"], r["satisfaction"])
        for r in (fm["providers"] or {}).get("rows", []):
            _check_pair(f"2.{n} providers", r["score"], r["satisfaction"])
        for r in (fm["regions"] or {}).get("rows", []):
            _check_pair(f"2.{n} regions", r["score"], r.get("satisfaction"))
        if "indicators" in fm:
            _check_pair(f"2.{n} indicators", fm["indicators"]["score"], fm["indicators"]["satisfaction"])


def test_regions_are_known(docs):
    _, rows = read_csv(CONTENT / "data" / "regions.csv")
    ids = {r["id"] for r in rows}
    tables = 0
    for n, (fm, _) in docs.items():
        if not fm["regions"]:
            continue
        tables += 1
        seen = [r["region"] for r in fm["regions"]["rows"] if r["region"] is not None]
        assert set(seen) <= ids, n
        assert len(seen) == len(set(seen)), n
    assert tables == 18


def test_narrative_is_clean(docs):
    for n, (fm, body) in docs.items():
        assert "-диаграмма" not in body, n
        assert "\t" not in body, n
        assert "кесте. " not in body or n in (), n        # table captions moved out
        assert "The screenshot" not in body, n
        assert "840212450218" not in body, n               # a tester's ИИН in a screenshot (2.53)
        assert "ұсынымдар:" not in body.lower(), n         # recommendations are below «## Ұсынымдар»
        assert "<b>" not in body, n


def test_data_notes(docs):
    notes = {n: fm.get("data_notes_kk", []) for n, (fm, _) in docs.items()}
    assert any("«76 балл»" in x and "4,76" in x for x in notes[33])      # "76 балл" misprint vs table 8
    assert any("1-кестеде 11" in x for x in notes[14])         # 9 respondents vs 11 in table 1
    assert any("0,00 балл" in x for x in notes[55])            # portal feedback printed 0,00
    assert any("Ақжолы" in x for x in notes[50])
    assert any("Қостанай" in x for x in notes[65])
    for n, (fm, _) in docs.items():
        for kk, ru in zip(fm.get("data_notes_kk", []), fm.get("data_notes_ru", [])):
            assert kk and ru and kk != ru
