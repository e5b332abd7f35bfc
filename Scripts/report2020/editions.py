"""Writer of the editions layout (issue 17): the registries in Content/data/, the year's report
in Content/<year>/.

    Content/data/          what does not change by year (ids, names, validity periods)
      services.csv, bodies.csv, regions.csv (hand-kept: copied only into a folder that has none)
    Content/2020/          the 2020 edition: nothing in it repeats the year in an id or a name
      edition.yml          year, titles, source, date, note, draft
      services.csv         the year's facts of each service: chapter, studied
      tables.yml           the results tables below, with ids scoped to the edition
      <table>.csv          the results tables (tables 1, 4, 6-15, annexes A, B)
      data-notes.csv       where the report disagrees with itself (table, row, note)
      service-figures/     the chapters' figures, one spreadsheet per kind (servicefigures.py)
      services/<id>.md     the chapters' texts: header of text facts, findings, recommendations

Entry points: write(content_dir, t, chapter_docs, seed_lines) -> the edition's folder;
old_layout(content_dir) -> the old layout's paths present there.
Deterministic: the same input gives byte-identical files; a file whose bytes are unchanged is
not rewritten.
"""

from __future__ import annotations

import os
import shutil

from . import servicefigures as sf
from . import seedtext as st
from .tables import TABLES, YEAR, _csv_text, _yq, bodies_rows, edition_id, table_csv, tables_yml

FIGURES_DIR = "service-figures"
TEXTS_DIR = "services"

PERIOD_COLUMNS = ["since", "until", "previous_names_kk", "previous_names_ru"]
REGISTRY_COLUMNS = {
    "services.csv": ["id", "code", "body", "name_kk", "name_ru", "name_en"] + PERIOD_COLUMNS,
    "bodies.csv": ["id", "abbr_kk", "abbr_ru", "name_kk", "name_ru", "name_en", "kind"] + PERIOD_COLUMNS,
}
EDITION_SERVICES_COLUMNS = ["service", "chapter", "studied"]
NOTES_COLUMNS = ["table", "row", "note_kk", "note_ru"]

# The old layout's generated files (relative to the content folder), removed on conversion.
OLD_LAYOUT = ["data/tables.yml", "data/data-notes.yml", f"data/{YEAR}", "services"]

REPO_CONTENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Content")

EDITION_TEXTS = {
    "title_ru": "Результаты общественного мониторинга оценки качества оказания государственных услуг",
    "title_en": "Results of the public monitoring of the quality of public services",
    "source_kk": "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі, БҰҰ Даму бағдарламасы",
    "source_ru": "Агентство Республики Казахстан по делам государственной службы, Программа развития ООН",
    "source_en": "Agency for Civil Service Affairs of the Republic of Kazakhstan, United Nations Development Programme",
    "note_kk": "Сандар есептен өзгеріссіз алынды. Есеп бір көрсеткішті екі жерде әртүрлі беретін "
               "тұстар кестелердің ескертпелерінде айтылған.",
    "note_ru": "Цифры взяты из отчёта без изменений. Места, где отчёт приводит один и тот же показатель "
               "по-разному, отмечены в примечаниях к таблицам.",
    "note_en": "The figures are those of the report, unchanged. Where the report gives a figure differently "
               "in two places, the tables' notes say so.",
}


# ------------------------------------------------------------------ files

def _write(path: str, text: str, written: set | None = None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = text.encode("utf-8")
    if not os.path.exists(path) or open(path, "rb").read() != data:
        with open(path, "wb") as f:
            f.write(data)
    if written is not None:
        written.add(os.path.abspath(path))


def _remove_stale(folder: str, ext: str, written: set):
    if not os.path.isdir(folder):
        return
    for name in sorted(os.listdir(folder)):
        path = os.path.abspath(os.path.join(folder, name))
        if name.endswith(ext) and os.path.isfile(path) and path not in written:
            os.remove(path)


def old_layout(content_dir: str) -> list[str]:
    """The old layout's generated paths that exist under content_dir."""
    return [p for p in OLD_LAYOUT if os.path.exists(os.path.join(content_dir, p))]


def remove_old_layout(content_dir: str) -> list[str]:
    gone = []
    for rel in old_layout(content_dir):
        path = os.path.join(content_dir, rel)
        if os.path.isdir(path):
            if rel == "services":        # only the generated texts; anything else stays
                for name in sorted(os.listdir(path)):
                    if name.endswith(".md"):
                        os.remove(os.path.join(path, name))
                if not os.listdir(path):
                    os.rmdir(path)
            else:
                shutil.rmtree(path)
        else:
            os.remove(path)
        gone.append(rel)
    return gone


def ensure_regions(content_dir: str):
    """regions.csv is kept by hand: a new content folder gets the repository's."""
    path = os.path.join(content_dir, "data", "regions.csv")
    if not os.path.exists(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        shutil.copyfile(os.path.join(REPO_CONTENT, "data", "regions.csv"), path)


# ------------------------------------------------------------------ parts

def write_registries(content_dir: str, t):
    data = os.path.join(content_dir, "data")
    services = [{k: r[k] for k in ("id", "code", "body", "name_kk", "name_ru", "name_en")} for r in t.services]
    _write(os.path.join(data, "services.csv"), _csv_text(REGISTRY_COLUMNS["services.csv"], services))
    _write(os.path.join(data, "bodies.csv"), _csv_text(REGISTRY_COLUMNS["bodies.csv"], bodies_rows()))


def report_title(seed_lines: list[str]) -> tuple[str, str]:
    """The report's title (sentence case) and its place and year, from its title page."""
    title = place = None
    for line in seed_lines[:40]:
        text = st.strip_markup(line).lstrip("#").strip()
        if title is None and text.startswith("МЕМЛЕКЕТТІК ҚЫЗМЕТТЕР") and text.endswith("НӘТИЖЕЛЕРІ"):
            title = text[:1] + text[1:].lower()
        if place is None and text.endswith(f", {YEAR}"):
            place = text
    if title is None or place is None:
        raise ValueError("the report's title page (title, «Нұр-Сұлтан, 2020») was not found")
    return title, place


def edition_yml(seed_lines: list[str]) -> str:
    title, place = report_title(seed_lines)
    e = EDITION_TEXTS
    place_ru = place.replace("Нұр-Сұлтан", "Нур-Султан")
    place_en = place.replace("Нұр-Сұлтан", "Nur-Sultan")
    lines = [
        "# An edition: one year's report of the public monitoring of the quality of public services.",
        "# Generated by Scripts/import-2020-report from the report's text.",
        f"year: {YEAR}",
        "draft: false",
        f"title_kk: {_yq(title)}",
        f"title_ru: {_yq(e['title_ru'])}",
        f"title_en: {_yq(e['title_en'])}",
        f"source_kk: {_yq(e['source_kk'] + '. ' + place)}",
        f"source_ru: {_yq(e['source_ru'] + '. ' + place_ru)}",
        f"source_en: {_yq(e['source_en'] + '. ' + place_en)}",
        f"date: {_yq(str(YEAR))}",
        f"note_kk: {_yq(e['note_kk'])}",
        f"note_ru: {_yq(e['note_ru'])}",
        f"note_en: {_yq(e['note_en'])}",
    ]
    return "\n".join(lines) + "\n"


def notes_rows(t, chapter_docs) -> list[dict]:
    """The summary tables' notes (as in the old data-notes.yml, ids scoped), then each chapter's
    (the old front matter's data_notes_kk/_ru), on the per-service spreadsheet they are about."""
    rows = [{"table": edition_id(n["key"]), "row": n["row"], "note_kk": n["note_kk"], "note_ru": n["note_ru"]}
            for n in t.notes]
    for doc, _body, rep in chapter_docs:
        for nt in rep["notes"]:
            rows.append({"table": f"{FIGURES_DIR}/{nt.table}", "row": doc["id"], "note_kk": nt[0], "note_ru": nt[1]})
    return rows


def write_figures(edition: str, chapter_docs, written: set):
    rows = {kind: [] for kind in sf.FIGURE_COLUMNS}
    for doc, _body, _rep in chapter_docs:
        for kind, part in sf.figure_rows(doc).items():
            rows[kind].extend(part)
    folder = os.path.join(edition, FIGURES_DIR)
    for kind, cols in sf.FIGURE_COLUMNS.items():
        _write(os.path.join(folder, f"{kind}.csv"), _csv_text(cols, rows[kind]), written)
    _remove_stale(folder, ".csv", written)


def write_texts(edition: str, chapter_docs, written: set):
    folder = os.path.join(edition, TEXTS_DIR)
    for doc, body, _rep in chapter_docs:
        _write(os.path.join(folder, f"{doc['id']}.md"), sf.service_text(doc, body), written)
    _remove_stale(folder, ".md", written)


def write(content_dir: str, t, chapter_docs, seed_lines) -> str:
    """Write the registries and the edition; returns the edition's folder."""
    write_registries(content_dir, t)
    edition = os.path.join(content_dir, str(YEAR))
    written: set = set()
    _write(os.path.join(edition, "edition.yml"), edition_yml(seed_lines), written)
    services = [{"service": r["id"], "chapter": r["chapter"], "studied": r["studied"]} for r in t.services]
    _write(os.path.join(edition, "services.csv"), _csv_text(EDITION_SERVICES_COLUMNS, services), written)
    for key, (_tid, file, _kind, _title) in TABLES.items():
        if key in t.published:
            _write(os.path.join(edition, file), table_csv(t, key), written)
    _write(os.path.join(edition, "tables.yml"), tables_yml(
        t, "# The results tables of this edition (the CSV files beside this one). Generated by "
           "Scripts/import-2020-report.", edition=True), written)
    _write(os.path.join(edition, "data-notes.csv"), _csv_text(NOTES_COLUMNS, notes_rows(t, chapter_docs)), written)
    _remove_stale(edition, ".csv", written)
    write_figures(edition, chapter_docs, written)
    write_texts(edition, chapter_docs, written)
    return edition
