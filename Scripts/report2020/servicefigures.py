"""One chapter's front matter (chapters.py, the old layout) in the editions layout.

A chapter (2.1-2.70) becomes
    - rows of the edition's per-service spreadsheets, service-figures/<kind>.csv, one file
      per kind, every service in it (long form: one row per service x row x channel/column);
    - its text, services/<id>.md: a short header of text facts (no figures), the findings,
      and the recommendations as Markdown under the heading «## Ұсынымдар».

Stable API:
    FIGURE_COLUMNS                    kind -> the CSV's columns, in order
    HEADER_KEYS                       the keys a text's header may hold, in order
    RECOMMENDATIONS_HEADING           "## Ұсынымдар"
    figure_rows(doc) -> {kind: [row]}  rows of one chapter (row: column -> text)
    service_text(doc, body) -> str    services/<id>.md
    parse_recommendations(markdown) -> (findings, [{"addressee_kk", "items_kk"}])
                                      the reverse of the text's recommendations part

Cells are text exactly as the old front matter wrote them: numbers with the digits the report
prints ("4.00", "31.40"), an empty cell where the front matter had null. Texts of the rows
that are labels get a `_kk` and a `_ru` column (the report has Kazakh only: `_ru` is empty).
"""

from __future__ import annotations

import re

from . import chapters as chapters_mod

RECOMMENDATIONS_HEADING = "## Ұсынымдар"

# kind -> columns. The file is service-figures/<kind>.csv.
FIGURE_COLUMNS: dict[str, list[str]] = {
    "indicators": ["service", "respondents", "score", "satisfaction", "rank"],
    "criteria": ["service", "channel", "channel_label_kk", "channel_label_ru", "criterion",
                 "label_kk", "label_ru", "score", "satisfaction", "total", "source_kk", "source_ru"],
    "call-centres": ["service", "centre", "parameter_kk", "parameter_ru", "score", "satisfaction",
                     "total", "source_kk", "source_ru"],
    "providers": ["service", "provider_kk", "provider_ru", "region", "score", "satisfaction",
                  "respondents", "source_kk", "source_ru"],
    "regions": ["service", "region", "label_kk", "label_ru", "rank", "score", "satisfaction",
                "respondents", "score_label_kk", "score_label_ru", "source_kk", "source_ru"],
    "region-parameters": ["service", "region", "parameter", "parameter_kk", "parameter_ru", "score"],
    "other-tables": ["service", "table", "title_kk", "title_ru", "source_kk", "source_ru", "row",
                     "label_kk", "label_ru", "column", "column_kk", "column_ru", "subcolumn_kk",
                     "subcolumn_ru", "value"],
}

# What a text's header may hold: facts of the chapter that are text, never a figure.
HEADER_KEYS = ["service_code", "name_kk", "responsible_body_kk", "standard", "form_kk",
               "recipients_kk", "cost_kk", "other_info"]

# Front-matter keys that leave the header: to services.csv (id, chapter), the registry (code),
# the spreadsheets (figures), the Markdown (recommendations), data-notes.csv (notes).
MOVED_KEYS = {"id", "chapter", "code", "respondents", "indicators", "criteria", "call_centres",
              "providers", "regions", "other_tables", "recommendations", "data_notes_kk",
              "data_notes_ru"}

YES = "yes"


def cell(v) -> str:
    """A front-matter value as a CSV cell: Num -> its printed digits, None -> empty."""
    if v is None:
        return ""
    if hasattr(v, "text"):           # chapters.Num: the digits as printed
        return v.text
    return str(v)


def _measure(m: dict | None) -> dict:
    m = m or {}
    return {"score": cell(m.get("score")), "satisfaction": cell(m.get("satisfaction"))}


def _source(table: dict) -> dict:
    return {"source_kk": table.get("source_kk", ""), "source_ru": table.get("source_ru", "")}


# ------------------------------------------------------------------ the kinds

def indicator_rows(sid: str, doc: dict) -> list[dict]:
    if "respondents" not in doc and "indicators" not in doc:
        return []
    ind = doc.get("indicators") or {}
    return [{"service": sid, "respondents": cell(doc.get("respondents")),
             "score": cell(ind.get("score")), "satisfaction": cell(ind.get("satisfaction")),
             "rank": cell(ind.get("rank"))}]


def criteria_rows(sid: str, crit: dict | None) -> list[dict]:
    """Channel by channel: its criteria in the chapter's order, then its average (total=yes)."""
    if not crit:
        return []
    out = []
    for i, ch in enumerate(crit["channels"]):
        base = {"service": sid, "channel": ch["id"], "channel_label_kk": ch.get("label_kk", ""),
                "channel_label_ru": ch.get("label_ru", ""), **_source(crit)}
        for r in crit["rows"]:
            values = r["values"]
            out.append({**base, "criterion": r["criterion"], "label_kk": r.get("label_kk", ""),
                        "label_ru": r.get("label_ru", ""),
                        **_measure(values[i] if i < len(values) else None), "total": ""})
        if "averages" in crit:
            av = crit["averages"]
            out.append({**base, "criterion": "", "label_kk": "", "label_ru": "",
                        **_measure(av[i] if i < len(av) else None), "total": YES})
    return out


def call_centre_rows(sid: str, centres: list) -> list[dict]:
    """Centre by centre: its parameters, then its total (total=yes)."""
    out = []
    for cc in centres or []:
        base = {"service": sid, "centre": cc["centre"], **_source(cc)}
        for r in cc["rows"]:
            out.append({**base, "parameter_kk": r.get("parameter_kk", ""),
                        "parameter_ru": r.get("parameter_ru", ""), **_measure(r), "total": ""})
        if "total" in cc:
            out.append({**base, "parameter_kk": "", "parameter_ru": "", **_measure(cc["total"]),
                        "total": YES})
    return out


def provider_rows(sid: str, prov: dict | None) -> list[dict]:
    if not prov:
        return []
    return [{"service": sid, "provider_kk": r.get("provider_kk", ""), "provider_ru": r.get("provider_ru", ""),
             "region": cell(r.get("region")), **_measure(r), "respondents": cell(r.get("respondents")),
             **_source(prov)} for r in prov["rows"]]


def region_rows(sid: str, regs: dict | None) -> tuple[list[dict], list[dict]]:
    """The regions table, and (chapter 2.62) its per-parameter scores in region-parameters."""
    if not regs:
        return [], []
    rows, params = [], []
    labels = regs.get("parameters_kk", [])
    for r in regs["rows"]:
        rows.append({"service": sid, "region": cell(r.get("region")), "label_kk": r.get("label_kk", ""),
                     "label_ru": r.get("label_ru", ""), "rank": cell(r.get("rank")), **_measure(r),
                     "respondents": cell(r.get("respondents")),
                     "score_label_kk": regs.get("score_label_kk", ""),
                     "score_label_ru": regs.get("score_label_ru", ""), **_source(regs)})
        values = r.get("values", [])
        if len(values) != len(labels):
            raise ValueError(f"{sid}: a region row has {len(values)} parameter values for {len(labels)} parameters")
        if values and not r.get("region"):
            raise ValueError(f"{sid}: parameter values on a row without a region")
        for j, (label, v) in enumerate(zip(labels, values), 1):
            params.append({"service": sid, "region": r["region"], "parameter": str(j),
                           "parameter_kk": label, "parameter_ru": "", "score": cell(v)})
    return rows, params


def other_table_rows(sid: str, tables: list) -> list[dict]:
    """Cell by cell: table, row and column numbers from 1, with the row's and column's labels."""
    out = []
    for ti, t in enumerate(tables or [], 1):
        cols = t.get("columns_kk", [])
        subs = t.get("subcolumns_kk", [])
        width = max([len(cols), len(subs)] + [len(r["values"]) for r in t["rows"]])
        for ri, r in enumerate(t["rows"], 1):
            for ci in range(width):
                out.append({"service": sid, "table": str(ti), "title_kk": t.get("title_kk", ""),
                            "title_ru": t.get("title_ru", ""), **_source(t), "row": str(ri),
                            "label_kk": r.get("label_kk", ""), "label_ru": r.get("label_ru", ""),
                            "column": str(ci + 1), "column_kk": cols[ci] if ci < len(cols) else "",
                            "column_ru": "", "subcolumn_kk": subs[ci] if ci < len(subs) else "",
                            "subcolumn_ru": "",
                            "value": cell(r["values"][ci]) if ci < len(r["values"]) else ""})
    return out


def figure_rows(doc: dict) -> dict[str, list[dict]]:
    sid = doc["id"]
    regions, params = region_rows(sid, doc.get("regions"))
    return {
        "indicators": indicator_rows(sid, doc),
        "criteria": criteria_rows(sid, doc.get("criteria")),
        "call-centres": call_centre_rows(sid, doc.get("call_centres")),
        "providers": provider_rows(sid, doc.get("providers")),
        "regions": regions,
        "region-parameters": params,
        "other-tables": other_table_rows(sid, doc.get("other_tables")),
    }


# ------------------------------------------------------------------ the text

_BLOCK_START = re.compile(r"^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|```|~~~)")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")


def escape_item(text: str) -> str:
    """An item as the text of a Markdown list item: a start that Markdown would read as a
    heading, quote, list or code fence gets a backslash (the page shows the item unchanged)."""
    m = _ORDERED_START.match(text)
    if m:
        return m.group(1) + "\\" + text[len(m.group(1)):]
    if _BLOCK_START.match(text):
        return "\\" + text
    return text


def unescape_item(text: str) -> str:
    m = re.match(r"^(\d{1,9})\\([.)])", text)
    if m:
        return m.group(1) + text[len(m.group(1)) + 1:]
    if text.startswith("\\") and _BLOCK_START.match(text[1:]):
        return text[1:]
    return text


def recommendations_markdown(groups: list[dict]) -> str:
    """«## Ұсынымдар», then per addressee «### addressee» and its items as a list. Items of a
    group without addressee stand right under «## Ұсынымдар» (repeated when such a group
    follows a named one, as the report repeats its «Ұсынымдар» title)."""
    if not groups:
        return ""
    out = [RECOMMENDATIONS_HEADING + "\n"]
    for i, g in enumerate(groups):
        addressee = g.get("addressee_kk", "")
        if "\n" in addressee or any("\n" in x for x in g["items_kk"]):
            raise ValueError("a recommendation or addressee spans lines")
        if addressee:
            out.append(f"\n### {addressee}\n")
        elif i > 0:
            out.append("\n" + RECOMMENDATIONS_HEADING + "\n")
        out.append("\n" + "".join(f"- {escape_item(x)}\n" for x in g["items_kk"]))
    return "".join(out)


def parse_recommendations(markdown: str) -> tuple[str, list[dict]]:
    """(findings, groups) of a text's Markdown: the findings end at the first line
    «## Ұсынымдар»; below it only «## Ұсынымдар», «### addressee» and «- item» lines."""
    lines = markdown.split("\n")
    try:
        start = lines.index(RECOMMENDATIONS_HEADING)
    except ValueError:
        return markdown, []
    findings = "\n".join(lines[:start]).rstrip("\n")
    findings = findings + "\n" if findings.strip() else ""
    groups: list[dict] = []
    cur = None
    for n, line in enumerate(lines[start:], start + 1):
        if line == RECOMMENDATIONS_HEADING:
            cur = {"addressee_kk": "", "items_kk": []}
            groups.append(cur)
        elif line.startswith("### "):
            cur = {"addressee_kk": line[4:].strip(), "items_kk": []}
            groups.append(cur)
        elif line.startswith("- "):
            cur["items_kk"].append(unescape_item(line[2:]))
        elif line.strip():
            raise ValueError(f"line {n}: below «{RECOMMENDATIONS_HEADING}» only «### addressee» and «- item» lines")
    return findings, [g for g in groups if g["items_kk"]]


def header(doc: dict) -> dict:
    head = {k: v for k, v in doc.items() if k not in MOVED_KEYS}
    extra = set(head) - set(HEADER_KEYS)
    if extra:
        raise ValueError(f"{doc['id']}: front-matter keys with no place in the editions layout: {sorted(extra)}")
    return {k: head[k] for k in HEADER_KEYS if k in head}


def service_text(doc: dict, body: str) -> str:
    if any(line == RECOMMENDATIONS_HEADING for line in body.split("\n")):
        raise ValueError(f"{doc['id']}: the findings hold a line «{RECOMMENDATIONS_HEADING}»")
    text = "---\n" + chapters_mod.emit_yaml(header(doc)) + "---\n"
    if body.strip():
        text += "\n" + body.rstrip("\n") + "\n"
    recs = recommendations_markdown(doc.get("recommendations", []))
    if recs:
        text += "\n" + recs
    return text
