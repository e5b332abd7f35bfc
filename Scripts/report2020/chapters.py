"""Per-service chapters importer (2020 report, chapters 2.1-2.70).

Reads the seed report (Kazakh) and makes, per chapter, a front matter (the chapter's facts and
all its figures, nested: the old layout's ``Content/services/<id>.md``) and the chapter's
findings narrative.

Entry points: ``parse_all(seed_lines, content_dir, services)`` -> (front matter, findings,
report) per chapter, which editions.py/servicefigures.py write in the editions layout; and
``run(seed_lines, content_dir)``, which writes the OLD layout (figures in the front matter)
for today's tests. Each data note is a ``Note`` that names the kind of figures it is about.
Standard library only; the YAML is emitted
by hand so that the output is deterministic and every number keeps the digits the report
prints ("82,0%" -> ``82.0``, "31,40%" -> ``31.40``, "4,7" -> ``4.7``).

Where the report's figures do not fit the spec's shapes they are kept in the nearest
faithful structure (see ``other_tables``, ``other_info``, region ``values``) and every
place where the report disagrees with itself gets a ``data_notes_kk``/``data_notes_ru``
entry.
"""

from __future__ import annotations

import csv
import json
import pathlib
import re
import unicodedata

FIRST_CHAPTER_LINE = 1187          # "## 2 МЕМЛЕКЕТТІК ҚЫЗМЕТ КӨРСЕТУ САПАСЫНА ҚАНАҒАТТАНУ"
CHAPTERS_END_LINE = 11791          # the line before "## ҚОРЫТЫНДЫЛАР МЕН ҰСЫНЫМДАР"
CHAPTER_COUNT = 70
TABLE1_LINE = 219                  # "1-кесте. Респонденттердің саны ..."
TABLE8_LINE = 753                  # "8-кесте. ... жалпы рейтингі, 2020 ж"

# Screenshot transcriptions (web pages photographed by the "mystery shopper"), not the
# report's own text; some hold a tester's personal data (ИИН, e-mail). They are left out
# of the narrative. (first line, last line, expected start of the first line).
SCREENSHOT_BLOCKS = {
    4: [(1721, 1741, "### Қазақстан Республикасының Ұлттық Банкінде тіркелген")],
    5: [(1813, 1839, "")],
    43: [(7487, 7501, "Жеке бөлме"), (7507, 7508, "Контакты")],
    53: [(9006, 9018, "← → ↻"), (9022, 9042, "Не удалось"), (9046, 9095, "гектарные"),
         (9103, 9115, "Начальная")],
    57: [(9659, 9711, "---")],
    66: [(10968, 10968, "The screenshot"), (10972, 10997, "Басты бет"), (11002, 11040, "Өскерге")],
}
# Chart legends left over from the PDF (lists of questions printed above a chart).
CHART_LEGEND_LINES = {3: [(1598, 1600, "- Сіз ЭЦҚ")]}

CRITERIA = [
    ("staff", ("ҚЫЗМЕТКЕР", "ВИРТУАЛДЫ АССИСТЕНТ")),
    ("accessibility", ("ҚОЛЖЕТІМДІЛІК", "ҚОЛ ЖЕТІМДІЛІК")),
    ("information", ("АҚПАРАТ",)),
    ("procedure", ("РӘСІМ",)),
    ("timing", ("МЕРЗІМ",)),
    ("costs", ("ШЫҒЫ",)),
    ("feedback", ("КЕРІ БАЙЛАНЫС",)),
    ("result", ("НӘТИЖЕ",)),
]

MAJOR_SECTIONS = (
    "портреті", "онлайн форматта", "алуға қолжетімділік", "Кері байланыс", "Колл-орталық",
    "Сапалы зерттеу", "Нәтижелер", "Қызметті алу үдерісіндегі қиындықтар", "Колл-центр",
)

# Region names as the chapters print them (normalised) -> region id. Names that
# regions.csv does not hold (hyphenated spellings, short forms, one misprint) are aliases.
REGION_ALIASES = {
    "ақжолы облысы": "akmola",            # misprint in 2.50, table 153
    "шығыс қазақстан облысы": "east-kazakhstan",
    "батыс қазақстан облысы": "west-kazakhstan",
    "солтүстік қазақстан облысы": "north-kazakhstan",
    "нұр сұлтан қ": "astana",
}


# ----------------------------------------------------------------------------- numbers

class Num:
    """A number kept with the digits the report prints (YAML literal)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __float__(self):
        return float(self.text)

    def __eq__(self, other):
        return isinstance(other, Num) and float(self) == float(other)

    def __hash__(self):
        return hash(float(self))

    def __repr__(self):
        return self.text


def strip_tags(text: str) -> str:
    text = re.sub(r"</?(?:b|i|u|strong|em)>", "", text)
    return text.replace("**", "")


def num(cell: str | None):
    """'4,65' -> Num('4.65'); '<b>75,3%</b>' -> Num('75.3'); '' -> None."""
    if cell is None:
        return None
    t = strip_tags(cell).replace("\u00a0", " ").strip().replace(" ", "")
    if t in ("", "*", "-", "–"):
        return None
    if t.endswith("%"):
        t = t[:-1]
    t = t.replace(",", ".")
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        raise ValueError(f"not a number: {cell!r}")
    return Num(t)


def parse_pct(text: str):
    return num(text)


# ------------------------------------------------------------------------ text cleaning

_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
_AUTOLINK_RE = re.compile(r"<(https?://[^>\s]+)>")
_SUP_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def clean_text(text: str) -> str:
    """Markdown-free single-line text: links -> their text, escapes and emphasis removed."""
    t = text.replace("\u00a0", " ")
    t = _LINK_RE.sub(lambda m: m.group(1), t)
    t = _AUTOLINK_RE.sub(lambda m: m.group(1), t)
    t = re.sub(r"<a [^>]*>(.*?)</a>", r"\1", t)
    t = re.sub(r"<sup>(\d+)</sup>", lambda m: m.group(1).translate(_SUP_DIGITS), t)
    t = re.sub(r"</?(?:b|i|u|strong|em|sup|sub)>", "", t)
    t = t.replace("****", "").replace("***", "").replace("**", "")
    t = re.sub(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])", r"\1", t)
    t = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>~<])", r"\1", t)
    t = re.sub(r"\s+", " ", t)
    return t.strip()


def clean_label(text: str) -> str:
    """A table header/label cell as printed, without markup."""
    return clean_text(text)


def fold(text: str) -> str:
    t = clean_text(text).lower()
    t = t.replace("-", " ").replace("–", " ")
    t = re.sub(r"[«»\"'.,:;()]", " ", t)
    return re.sub(r"\s+", " ", t).strip()


# ------------------------------------------------------------------------------- YAML

def _quote(s: str) -> str:
    out = json.dumps(s, ensure_ascii=False)
    return re.sub(r"[\u007f-\u009f\u2028\u2029\ufeff]", lambda m: "\\u%04x" % ord(m.group(0)), out)


def _scalar(v) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, Num):
        return v.text
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return _quote(v)
    raise TypeError(type(v))


def _is_scalar(v) -> bool:
    return v is None or isinstance(v, (bool, int, str, Num))


def _flow(v) -> str | None:
    """Flow form of a small all-scalar mapping/list, or None."""
    if isinstance(v, dict) and v and all(_is_scalar(x) for x in v.values()):
        s = "{" + ", ".join(f"{k}: {_scalar(x)}" for k, x in v.items()) + "}"
    elif isinstance(v, list) and all(_is_scalar(x) for x in v):
        s = "[" + ", ".join(_scalar(x) for x in v) + "]"
    else:
        return None
    return s if len(s) <= 400 else None


def _inline(v) -> str | None:
    """v as written on the line of its key or dash: a scalar, or a small all-scalar mapping
    or list in flow form; None when it needs lines of its own below."""
    return _scalar(v) if _is_scalar(v) else _flow(v)


def emit_yaml(obj: dict) -> str:
    lines: list[str] = []

    def emit_entry(prefix: str, k, v, child_indent: int):
        """`k: v` after `prefix`; a value too big for one line goes below, at `child_indent`."""
        one_line = _inline(v)
        if one_line is not None:
            lines.append(f"{prefix}{k}: {one_line}")
            return
        lines.append(f"{prefix}{k}:")
        if isinstance(v, dict):
            emit_map(v, child_indent)
        else:
            emit_list(v, child_indent)

    def emit_map(m: dict, indent: int):
        pad = " " * indent
        for k, v in m.items():
            emit_entry(pad, k, v, indent + 2)

    def emit_list(seq: list, indent: int):
        pad = " " * indent
        for v in seq:
            one_line = _inline(v)
            if one_line is not None:
                lines.append(f"{pad}- {one_line}")
            elif isinstance(v, dict):
                for position, (k, x) in enumerate(v.items()):
                    emit_entry(f"{pad}- " if position == 0 else f"{pad}  ", k, x, indent + 4)
            else:
                lines.append(f"{pad}-")
                emit_list(v, indent + 2)

    emit_map(obj, 0)
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------- chapters

class Line:
    __slots__ = ("no", "text")

    def __init__(self, no: int, text: str):
        self.no = no
        self.text = text

    def __repr__(self):
        return f"{self.no}: {self.text[:60]}"


def split_chapters(lines: list[str]) -> list[list[Line]]:
    """Chapters 2.1-2.70 as lists of Line (1-based numbers); the heading is the first."""
    starts = []
    pos = FIRST_CHAPTER_LINE  # 0-based index of the line after the part heading
    for n in range(1, CHAPTER_COUNT + 1):
        pat = re.compile(r"^(?:#+\s*)?\**\s*2\.%d\.?\s" % n)
        while pos < CHAPTERS_END_LINE and not pat.match(lines[pos]):
            pos += 1
        if pos >= CHAPTERS_END_LINE:
            raise ValueError(f"chapter 2.{n} not found")
        starts.append(pos)
        pos += 1
    ends = starts[1:] + [CHAPTERS_END_LINE]
    return [[Line(i + 1, lines[i]) for i in range(s, e)] for s, e in zip(starts, ends)]


# ------------------------------------------------------------------------ general info

INFO_LABELS = [
    ("provider", r"Қызмет\s+берушінің\s+атауы"),
    ("name", r"(?:Мемлекеттік\s+қызмет(?:тің)?\s+)?атауы"),
    ("service_code", r"Қызмет\s+коды"),
    ("body", r"Жауапты\s+мемлекеттік\s+орган"),
    ("standard", r"Мемлекеттік\s+қызмет\s+стандарты"),
    ("form", r"Қызметті\s+көрсету\s+нысаны"),
    ("intake", r"Өтініш\w*\s+қабылдау\s+және\s+мемлекеттік\s+қызмет\w*\s+(?:көрсету\s+)?нәтиже\w*\s+беру"),
    ("result_form", r"Мемлекеттік\s+қызметті\s+орындау\s+нәтижесін\s+ұсыну\s+нысаны"),
    ("term", r"Мемлекеттік\s+қызметті\s+орындау\s+мерзімі"),
    ("result", r"Мемлекеттік\s+қызметті\s+орындау\s+нәтижесі"),
    ("recipients", r"Қызмет\s+алушылар"),
    ("cost", r"Құны"),
]
_INFO_RES = [(k, re.compile(r"^[\s\-*#]*\**\s*(" + p + r")\s*\**\s*:?\s*\**\s*:?\s*(.*)$", re.I))
             for k, p in INFO_LABELS]
RESULTS_START = re.compile(
    r"Қоғамдық мониторинг нәтижелері|Зерттеудің негізгі нәтижелері|әлеуметтік-демографиялық портреті")


def parse_info(block: list[Line]) -> tuple[dict, list[tuple[str, str]]]:
    """Labelled fields of the «Мемлекеттік қызмет туралы жалпы ақпарат» block.

    Returns ({key: text}, [(key, label as printed)]) - continuation lines are appended.
    """
    fields: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    order: list[str] = []
    cur = None
    for ln in block:
        t = ln.text.strip()
        if not t or re.search(r"жалпы ақпарат", t):
            continue
        hit = None
        for key, rx in _INFO_RES:
            m = rx.match(t)
            if m:
                hit = (key, m)
                break
        if hit:
            key, m = hit
            rest = m.group(2)
            if key == "intake":
                rest = t  # keep the sentence with its label, as printed
            if key in fields:   # a repeated label continues the field
                fields[key].append(rest)
            else:
                fields[key] = [rest]
                labels[key] = clean_text(m.group(1))
                order.append(key)
            cur = key
            # "… ». Қызмет коды: С1." inside the name line
            if key == "name":
                mc = re.search(r"Қызмет коды\s*:?\s*\**\s*:?\s*(\S+?)\.?\s*$", rest)
                if mc and "service_code" not in fields:
                    fields["service_code"] = [mc.group(1)]
                    labels["service_code"] = "Қызмет коды"
                    order.append("service_code")
        elif cur is not None:
            fields[cur].append(t)
    out = {k: v for k, v in fields.items()}
    return out, [(k, labels[k]) for k in order]


def _join(parts: list[str]) -> str:
    out = []
    for p in parts:
        p = clean_text(re.sub(r"^\s*-\s+", "", p))
        if p:
            out.append(p)
    return " ".join(out).strip()


def _strip_final_period(t: str) -> str:
    t = t.strip()
    if t.endswith(".") and not t.endswith(".."):
        t = t[:-1].rstrip()
    elif t.endswith(".."):
        t = t[:-2].rstrip()
    return t


def parse_name(text: str) -> tuple[str, str]:
    """'3001002 «Name». Қызмет коды: С1.' -> ('3001002', 'Name')."""
    t = clean_text(text)
    m = re.match(r"^(\d+)\s*(.*)$", t)
    code, rest = (m.group(1), m.group(2)) if m else ("", t)
    rest = re.sub(r"\s*Қызмет коды\s*:?.*$", "", rest).strip()
    if rest.startswith("«"):
        end = rest.rfind("»")
        name = rest[1:end] if end > 0 else rest[1:]
    else:
        name = rest
    return code, _strip_final_period(name.strip())


def parse_standard(parts: list[str]) -> dict:
    raw = " ".join(parts)
    urls = []
    for m in _LINK_RE.finditer(raw):
        if m.group(2).startswith("http"):
            urls.append(m.group(2))
    raw2 = _LINK_RE.sub("", raw)
    for m in _AUTOLINK_RE.finditer(raw2):
        urls.append(m.group(1))
    raw2 = _AUTOLINK_RE.sub("", raw2)
    for m in re.finditer(r"https?://\S+", raw2):
        urls.append(m.group(0).rstrip(".,;"))
    raw2 = re.sub(r"https?://\S+", "", raw2)
    text = clean_text(raw2)
    text = re.sub(r"\s*Сілтеме\s*:?\s*$", "", text)
    text = re.sub(r"[\s,;:]+$", "", text)
    text = re.sub(r"\s+\.$", "", text)
    if text.endswith(".") and not re.search(r"(?:^|[\s\d])ж\.$", text):
        text = text[:-1]
    text = text.strip()
    url = urls[0].replace("\\_", "_") if urls else ""
    return {"text_kk": text, "url": url}


# ------------------------------------------------------------------------------ tables

CAPTION_RE = re.compile(r"^[#\s*]*(?:<b>)?\s*(\d+)-кесте\.?\s*=?\s*(.*?)\s*(?:</b>)?[*\s]*$")


def cells(text: str) -> list[str]:
    return text.split("\t")


def table_kind(header: str) -> str:
    h = fold(cells(header)[0]) if cells(header)[0].strip() else ""
    first = [fold(c) for c in cells(header)]
    if h.startswith("бағалау критерийлері") or h == "критерийлер":
        return "criteria"
    if h.startswith("колл орталық"):
        return "call_centres"
    if h.startswith("қызмет көрсетуші"):
        return "providers"
    if h == "өңір" or (len(first) > 1 and first[0] == "№" and first[1] == "өңір"):
        return "regions"
    return "other"


def find_tables(ch: list[Line]) -> list[dict]:
    """Captioned tab-separated tables: caption, header, data lines (page breaks merged)."""
    tables = []
    i = 0
    while i < len(ch):
        m = CAPTION_RE.match(ch[i].text)
        if not m or "\t" in ch[i].text:
            i += 1
            continue
        j = i + 1
        while j < len(ch) and not ch[j].text.strip():
            j += 1
        if j >= len(ch) or "\t" not in ch[j].text:
            i += 1
            continue
        header = ch[j]
        heads = {fold(" ".join(cells(header.text)))}
        rows: list[Line] = []
        k = j + 1
        sub = None
        last = j
        while k < len(ch):
            t = ch[k].text
            if not t.strip():
                k += 1
                continue
            if "\t" not in t:
                break
            key = fold(" ".join(cells(t)))
            if key in heads:
                pass
            elif not cells(t)[0].strip() and re.search(r"балл|%|деңгейі|саны", t, re.I) \
                    and not any(num_ok(c) for c in cells(t)):
                if sub is None:
                    sub = ch[k]
                heads.add(key)
            else:
                rows.append(ch[k])
            last = k
            k += 1
        tables.append({
            "number": int(m.group(1)),
            "title": clean_text(m.group(2)),
            "caption": ch[i],
            "header": header,
            "subheader": sub,
            "rows": rows,
            "kind": table_kind(header.text),
            "lines": {ch[x].no for x in range(i, last + 1)},
        })
        i = last + 1
    return tables


def num_ok(cell: str) -> bool:
    try:
        return num(cell) is not None
    except ValueError:
        return False


def criterion_of(label: str) -> str | None:
    up = clean_text(label).upper()
    for cid, keys in CRITERIA:
        if any(k in up for k in keys):
            return cid
    return None


def channel_id(label: str) -> str:
    lab = clean_text(label)
    low = lab.lower()
    corp = "хқко" in low or "корпорац" in low
    prov = "көрсетушінің" in low or "қызмет беруші" in low or "берушінің" in low
    if corp and prov:
        return "state-corporation-or-provider"
    if corp:
        return "state-corporation"
    if "онлайн" in low or "портал" in low:
        return "portal"
    if "шет елдердегі мекемелер" in low:
        return "provider"
    if prov or "мемлекеттік органнан" in low:
        return "provider"
    if "жедел жәрдем" in low:
        return "ambulance-call"
    if not lab:
        return "portal"
    raise ValueError(f"unknown channel {label!r}")


def parse_criteria(t: dict, notes: list, chapter: int) -> tuple[dict, tuple | None]:
    rows = [cells(r.text) for r in t["rows"]]
    ncols = max(len(r) for r in rows)
    nch = (ncols - 3) // 2
    head = cells(t["header"].text)
    channels = []
    for c in range(nch):
        lab = head[1 + 2 * c] if 1 + 2 * c < len(head) else ""
        if re.fullmatch(r"(?i)\s*орташа балл\s*", clean_text(lab)):
            lab = ""       # 2.12: no channel heading, only the sub-heading
        channels.append({"id": channel_id(lab), "label_kk": clean_label(lab)})
    out_rows = []
    averages = None
    overall = None
    for r in rows:
        r = r + [""] * (ncols - len(r))
        label = clean_label(r[0])
        vals = []
        for c in range(nch):
            s, p = num(r[1 + 2 * c]), num(r[2 + 2 * c])
            vals.append({"score": s, "satisfaction": p})
        if overall is None and (num_ok(r[ncols - 2]) or num_ok(r[ncols - 1])):
            overall = (num(r[ncols - 2]), num(r[ncols - 1]))
        low = label.lower()
        if low.startswith("алу нысаны бойынша") or low == "барлығы":
            averages = vals
            continue
        cid = criterion_of(label)
        if cid is None:
            raise ValueError(f"2.{chapter}: unknown criterion {label!r}")
        out_rows.append({"criterion": cid, "label_kk": label, "values": vals})
    crit = {"source_kk": f"{t['number']}-кесте", "channels": channels, "rows": out_rows}
    if averages is not None:
        crit["averages"] = averages
    return crit, overall


def parse_call_centres(t: dict) -> list[dict]:
    out = []
    cur = None
    for r in t["rows"]:
        c = cells(r.text) + ["", "", "", "", "", ""]
        if c[0].strip():
            cur = {"source_kk": f"{t['number']}-кесте", "centre": clean_label(c[0]), "rows": [],
                   "total": {"score": num(c[4]), "satisfaction": num(c[5])}}
            out.append(cur)
        cur["rows"].append({"parameter_kk": clean_label(c[1]), "score": num(c[2]),
                            "satisfaction": num(c[3])})
    return out


def parse_providers(t: dict) -> dict:
    rows = []
    for r in t["rows"]:
        c = cells(r.text) + ["", ""]
        rows.append({"provider_kk": clean_label(c[0]), "score": num(c[1]), "satisfaction": num(c[2])})
    return {"source_kk": f"{t['number']}-кесте", "rows": rows}


def parse_other(t: dict) -> dict:
    head = [clean_label(c) for c in cells(t["header"].text)]
    rows = []
    for r in t["rows"]:
        c = cells(r.text)
        rows.append({"label_kk": clean_label(c[0]), "values": [num(x) for x in c[1:]]})
    out = {"source_kk": f"{t['number']}-кесте", "title_kk": t["title"], "columns_kk": head[1:]}
    if t["subheader"] is not None:
        out["subcolumns_kk"] = [clean_label(x) for x in cells(t["subheader"].text)[1:]]
    out["rows"] = rows
    return out


# ------------------------------------------------------------------------------ regions

def load_regions(content_dir: pathlib.Path) -> dict[str, str]:
    names: dict[str, str] = {}
    path = content_dir / "data" / "regions.csv"
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            names[fold(row["name_kk"])] = row["id"]
            short = re.sub(r"\s+(облысы|қ)$", "", fold(row["name_kk"]))
            if short != "алматы":
                names.setdefault(short, row["id"])
            for prev in (row.get("previous_names_kk") or "").split("|"):
                if ":" in prev:
                    names[fold(prev.split(":", 1)[1])] = row["id"]
    for k, v in REGION_ALIASES.items():
        names.setdefault(k, v)
    return names


def region_id(name: str, regions: dict[str, str]) -> str:
    key = fold(name)
    if key in regions:
        return regions[key]
    short = re.sub(r"\s+облысы$", "", key)
    if short in regions:
        return regions[short]
    raise ValueError(f"unknown region {name!r}")


def parse_regions(t: dict, regions: dict[str, str]) -> dict:
    head = [clean_label(c) for c in cells(t["header"].text)]
    out = {"source_kk": f"{t['number']}-кесте"}
    rows = []
    if head[0] == "№":   # 2.62: rank, region, five parameter scores, the region's average
        out["parameters_kk"] = head[2:-1]
        out["score_label_kk"] = head[-1]
        for r in t["rows"]:
            c = cells(r.text)
            rows.append({"region": region_id(c[1], regions), "label_kk": clean_label(c[1]),
                         "rank": int(c[0]), "score": num(c[-1]), "values": [num(x) for x in c[2:-1]]})
    else:
        for r in t["rows"]:
            c = cells(r.text) + ["", ""]
            rows.append({"region": region_id(c[0], regions), "label_kk": clean_label(c[0]),
                         "score": num(c[1]), "satisfaction": num(c[2])})
    # a region printed twice (2.65, table 200): the later rows cannot be told apart
    seen: dict[str, int] = {}
    for r in rows:
        seen[r["region"]] = seen.get(r["region"], 0) + 1
    dups = {k for k, v in seen.items() if v > 1}
    first_seen: set[str] = set()
    for r in rows:
        if r["region"] in dups:
            if r["region"] in first_seen:
                r["region"] = None
                out.setdefault("_dups", []).append(r["label_kk"])
            first_seen.add(r["region"])
    out["rows"] = rows
    return out


# ----------------------------------------------------------------------- recommendations

REC_TITLE = re.compile(r"(?i)(ұсынымдар|ұсыныстар|рекомендации)")
ADDRESSEE_WORDS = re.compile(r"(?i)орталығы|портал|орган|корпорация|беруші|көрсетуші|ЖАО|контакт")
LIST_MARK = re.compile(r"^\s*(?:[-*•]\s+)+(?:-\s*)?(?:\d{1,2}[.)]\s+)?|^\s*\d{1,2}[.)]\s+|^\s*\d{1,2}\s+(?=\d{3,}|\D)")


def is_rec_title(t: str) -> bool:
    s = t.strip()
    if not s:
        return False
    emph = s.startswith("#") or s.startswith("**") or s.startswith("*")
    txt = clean_text(s.lstrip("#"))
    if not REC_TITLE.search(txt):
        return False
    if emph:
        return len(txt) < 220
    return len(txt) < 40


def find_recommendations(ch: list[Line], start: int) -> int | None:
    for i in range(start, len(ch)):
        if is_rec_title(ch[i].text):
            return i
    return None


def _emph_whole(s: str) -> str | None:
    """Text of a line that is a heading or entirely bold (optionally a list item)."""
    s = s.strip()
    if s.startswith("#"):
        return clean_text(s.lstrip("#")).rstrip(":").strip()
    s2 = re.sub(r"^-\s+", "", s)
    if re.fullmatch(r"\*\*[^*].*\*\*", s2) and s2.count("**") == 2:
        return clean_text(s2).rstrip(":").strip()
    return None


def parse_recommendations(ch: list[Line], start: int) -> list[dict]:
    groups: list[dict] = []
    cur = None

    def new_group(addressee: str):
        nonlocal cur
        cur = {"addressee_kk": addressee, "items_kk": []}
        groups.append(cur)

    lines = [ln.text for ln in ch[start:]]
    first = lines[0]
    # addressee glued to the title: "**…ұсынымдар:****1414 …**" / "…ұсынымдар: Единый контакт-центр 1414**"
    title_txt = clean_text(first.strip().lstrip("#"))
    m = re.search(r"(?i)(?:ұсынымдар|ұсыныстар|услуги)\s*:\s*(.+)$", title_txt)
    skip_next = False
    if m and m.group(1).strip():
        new_group(m.group(1).strip().rstrip(":"))
    elif first.strip().startswith("**") and not first.strip().endswith("**") and len(lines) > 1 \
            and lines[1].strip().endswith("**"):
        new_group(clean_text(lines[1]).rstrip(":").strip())
        skip_next = True
    for idx, raw in enumerate(lines[1:], 1):
        if skip_next and idx == 1:
            continue
        s = raw.strip()
        if not s:
            continue
        if is_rec_title(s):
            new_group("")
            continue
        emph = _emph_whole(s)
        if emph is not None and not LIST_MARK.match(re.sub(r"^\s*-\s+", "", s).lstrip("*")) \
                and len(emph) < 120:
            new_group(emph)
            continue
        marked = bool(LIST_MARK.match(s))
        plain = clean_text(s)
        if not marked and len(plain) <= 100 and not re.search(r"[.;!?]$", plain) \
                and ADDRESSEE_WORDS.search(plain) and not plain[:1].islower():
            new_group(plain.rstrip(":").strip())
            continue
        item = clean_text(LIST_MARK.sub("", s, count=1))
        item = re.sub(r"^-\s*", "", item)
        if not item:
            continue
        if cur is None:
            new_group("")
        if not marked and cur["items_kk"] and item[:1].islower() \
                and not re.search(r"[.;!?]$", cur["items_kk"][-1]):
            cur["items_kk"][-1] += " " + item
        else:
            cur["items_kk"].append(item)
    return [g for g in groups if g["items_kk"]]


# -------------------------------------------------------------------------------- body

INDICATOR_RES = {
    "satisfaction": re.compile(r"қанағаттану\s+деңгейі\s*:?\s*\**\s*([\d,]+)\s*%"),
    "score": re.compile(r"\(орташа балл\)\s*:?\s*\**\s*([\d,]+)"),
    "rank": re.compile(r"рейтингіндегі\s+орны\s*:?\s*\**\s*(\d+)"),
}
KEY_HEADING = re.compile(r"негізгі көрсеткіштері")
DIAGRAM_RE = re.compile(r"^[#\s*]*\d+(?:-\d+)?-диаграмма")


def heading_text(s: str) -> str | None:
    """The text of a heading-like line: '#…', or a short line wholly in ** or *."""
    st = s.strip()
    if st.startswith("#"):
        return clean_text(st.lstrip("#")).rstrip(":").strip()
    m = re.fullmatch(r"(\*{1,3})([^*].*?)\1", st)
    if m and "**" not in m.group(2) and len(m.group(2)) <= 120 and not m.group(2).rstrip().endswith("."):
        inner = m.group(2)
        if inner.startswith(("\"", "“", "«")) and inner.rstrip().endswith(("\"", "”", "»")):
            return None   # a quotation, not a heading
        return clean_text(inner).rstrip(":").strip()
    return None


def body_markdown(lines: list[Line]) -> str:
    paras: list[list[str]] = []
    cur: list[str] = []
    for ln in lines:
        t = ln.text.rstrip()
        if not t.strip():
            if cur:
                paras.append(cur)
                cur = []
            continue
        cur.append(t)
    if cur:
        paras.append(cur)

    blocks: list[tuple[str, str]] = []   # (kind, markdown)
    for p in paras:
        if len(p) == 1 and re.fullmatch(r"(?i)(колл-орталық|колл-центр|кері байланыс, шағымдану):?", p[0].strip()):
            blocks.append(("h", "## " + p[0].strip().rstrip(":")))
            continue
        if len(p) == 1:
            h = heading_text(p[0])
            if h is not None:
                if re.fullmatch(r"(?i)қоғамдық мониторинг нәтижелері|зерттеудің негізгі нәтижелері", h):
                    continue
                level = "##" if any(k.lower() in h.lower() for k in MAJOR_SECTIONS) else "###"
                blocks.append(("h", f"{level} {h}"))
                continue
        out = []
        for t in p:
            t = t.strip()
            t = re.sub(r"<sup>(\d+)</sup>", lambda m: m.group(1).translate(_SUP_DIGITS), t)
            t = re.sub(r"<b>(.*?)</b>", r"**\1**", t)
            t = re.sub(r"<a [^>]*>(.*?)</a>", r"\1", t)
            t = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", t)
            t = re.sub(r"^-\s+\\\*\s+", "- ", t)
            # "(47-48-диаграммаларды қараңыз)": the charts are not reproduced
            t = re.sub(r"\.\s*\(\d+(?:-\d+)?-диаграмма\w*\s+қараңыз\)\.", ".", t)
            t = re.sub(r"\s*\(\d+(?:-\d+)?-диаграмма\w*\s+қараңыз\)", "", t)
            t = re.sub(r"\s+", " ", t)
            out.append(t)
        kind = "list" if all(re.match(r"^(?:[-*]\s|\d+[.)]\s)", x) for x in out) else "p"
        blocks.append((kind, "\n".join(out)))

    # join a paragraph split by a page break: no final punctuation, next starts lowercase
    merged: list[tuple[str, str]] = []
    for kind, text in blocks:
        if merged and kind == "p" and merged[-1][0] in ("p", "list"):
            prev = merged[-1][1]
            if (text[:1].islower() or text[:2] == "(" + text[1:2] and text[1:2].islower()) \
                    and not re.search(r"[.!?:;»\")]$", prev):
                merged[-1] = (merged[-1][0], prev + " " + text)
                continue
        merged.append((kind, text))
    # drop headings left without content before the next heading of the same or higher level
    final: list[str] = []
    for i, (kind, text) in enumerate(merged):
        if kind == "h":
            lvl = len(text.split(" ", 1)[0])
            nxt = merged[i + 1] if i + 1 < len(merged) else None
            if nxt is None or (nxt[0] == "h" and len(nxt[1].split(" ", 1)[0]) <= lvl):
                continue
        final.append(text)
    return "\n\n".join(final).strip() + "\n"


PCT_ONLY = re.compile(r"^\s*\d+(?:,\d+)?\s*%\s*$")


def remove_chart_residue(lines: list[Line]) -> list[Line]:
    """Drop chart captions ("12-диаграмма. …") and the chart text the PDF left around them.

    A run of consecutive short paragraphs that holds a caption or a bare percentage
    ("84,4%") is a chart: its titles, legends and labels go with it.
    """
    paras: list[list[Line]] = []
    cur: list[Line] = []
    for ln in lines:
        if not ln.text.strip():
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        paras.append(cur)

    def text(p):
        return " ".join(x.text.strip() for x in p)

    def is_anchor(p):
        t = text(p)
        return bool(DIAGRAM_RE.match(t)) or bool(PCT_ONLY.match(t)) \
            or bool(re.fullmatch(r".{1,60}\s\d+(?:,\d+)?%", t) and len(p) == 1)

    def is_small(p):
        t = text(p)
        if is_anchor(p):
            return True
        if len(p) > 2 or len(t) > 90 or t.startswith(("#", "*", "- ")) or re.match(r"^\d+[.)]\s", t):
            return False
        if re.search(r"[.!;:]$", t):
            return False
        if any(k.lower() == t.lower().rstrip(":") for k in ("Колл-орталық", "Колл-центр")):
            return False
        return True

    out: list[Line] = []
    i = 0
    while i < len(paras):
        if is_small(paras[i]):
            j = i
            while j < len(paras) and is_small(paras[j]):
                j += 1
            if any(is_anchor(p) for p in paras[i:j]):
                i = j
                continue
        out.extend(paras[i])
        out.append(Line(paras[i][-1].no, ""))
        i += 1
    return out


# ------------------------------------------------------------------------------ table 8

def parse_table8(lines: list[str]) -> dict[int, dict]:
    """Rank -> {score, satisfaction, name} from table 8."""
    assert "8-кесте" in lines[TABLE8_LINE - 1], "table 8 moved"
    out = {}
    i = TABLE8_LINE
    while i < len(lines):
        t = lines[i]
        if t.startswith("#"):
            break
        c = t.split("\t")
        if len(c) >= 5 and c[0].strip().isdigit():
            out[int(c[0])] = {"name": clean_text(c[2]), "score": num(c[3]), "satisfaction": num(c[4])}
        i += 1
    return out


def parse_table1(lines: list[str]) -> list[str]:
    """Respondents per service in chapter order ('*' where not surveyed)."""
    assert "1-кесте" in lines[TABLE1_LINE - 1], "table 1 moved"
    out = []
    for t in lines[TABLE1_LINE:TABLE1_LINE + 90]:
        c = t.split("\t")
        if len(c) == 3 and not c[0].startswith("Мемлекеттік органның") and "ИТОГО" not in c[1]:
            out.append(strip_tags(c[2]).strip())
        if "ИТОГО" in t:
            break
    return out


def _tokens(text: str) -> set[str]:
    return {w[:5] for w in fold(text).split() if len(w) > 2}


def similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


# --------------------------------------------------------------------------- services

def load_services(content_dir: pathlib.Path) -> dict[int, dict]:
    path = content_dir / "data" / "services.csv"
    if not path.exists():
        return {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        text = f.read()
    delim = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
    out = {}
    for row in csv.DictReader(text.splitlines(), delimiter=delim):
        if row.get("chapter", "").strip():
            out[int(row["chapter"])] = row
    return out


# ------------------------------------------------------------------------------ notes

class Note(tuple):
    """A place where the chapter disagrees with itself or with a summary table: (kk, ru), and
    the kind of the chapter's figures it is about (`table`: indicators, criteria, regions)."""

    def __new__(cls, kk: str, ru: str, table: str):
        obj = super().__new__(cls, (kk, ru))
        obj.table = table
        return obj


def note(notes: list, kk: str, ru: str, table: str):
    notes.append(Note(kk, ru, table))


def fmt(n) -> str:
    return n.text.replace(".", ",") if isinstance(n, Num) else str(n)


# ---------------------------------------------------------------------------- chapter

def parse_chapter(n: int, ch: list[Line], regions: dict, table8: dict, table1: list,
                  services: dict) -> tuple[dict, str, dict]:
    notes: list[tuple[str, str]] = []
    report: dict = {"chapter": n, "irregular": []}
    title = clean_text(re.sub(r"^(?:#+\s*)?\**\s*2\.%d\.?\s*" % n, "", ch[0].text)).rstrip(".")

    # general information block
    i = 1
    while i < len(ch) and not RESULTS_START.search(ch[i].text):
        i += 1
    info_end = i
    fields, labels = parse_info(ch[1:info_end])
    code, name = parse_name(" ".join(fields.get("name", [""])))
    if not name:
        name = title
    doc: dict = {}
    svc = services.get(n)
    sid = (svc or {}).get("id", "").strip() or f"chapter-{n:02d}"
    doc["id"] = sid
    doc["chapter"] = n
    svc_code = (svc or {}).get("code", "").strip()
    if svc and svc_code and code and svc_code != code:
        report["irregular"].append(f"registry code in chapter {code} != services.csv {svc_code}")
    doc["code"] = code
    if "service_code" in fields:
        doc["service_code"] = clean_text(fields["service_code"][0]).rstrip(".")
    doc["name_kk"] = name
    doc["responsible_body_kk"] = _strip_final_period(_join(fields.get("body", [])))
    doc["standard"] = parse_standard(fields.get("standard", []))
    form = _join(fields.get("form", []))
    if "intake" in fields:
        form = (form + " " + _join(fields["intake"])).strip()
    doc["form_kk"] = _strip_final_period(form)
    doc["recipients_kk"] = _strip_final_period(_join(fields.get("recipients", [])))
    doc["cost_kk"] = _strip_final_period(_join(fields.get("cost", [])))
    extra = [{"label_kk": lab, "text_kk": _strip_final_period(_join(fields[k]))}
             for k, lab in labels if k in ("provider", "term", "result", "result_form")]
    for k in ("name", "body", "standard", "form", "recipients", "cost"):
        if k not in fields:
            raise ValueError(f"2.{n}: general information lacks {k}")

    rest = ch[info_end:]
    text_all = "\n".join(ln.text for ln in rest)

    # respondents
    m = re.search(r"(\d+)\s+(?:қызмет(?:ті)?\s+(?:алушы|пайдаланушы)\w*|адам|респондент\w*)\s+"
                  r"(?:\(100\s*%\)\s+)?(?:қатыс|жауап)", text_all)
    t1 = table1[n - 1] if n - 1 < len(table1) else ""
    if m:
        doc["respondents"] = int(m.group(1))
        if t1.isdigit() and int(t1) != doc["respondents"]:
            note(notes,
                 f"Тарауда сауалнамаға {m.group(1)} қызмет алушы қатысқаны айтылған, 1-кестеде {t1}.",
                 f"В главе указано {m.group(1)} опрошенных услугополучателей, в таблице 1 — {t1}.",
                 "indicators")
    elif t1.isdigit():
        doc["respondents"] = int(t1)
        doc["respondents_source_kk"] = "1-кесте"
        report["irregular"].append(f"respondents not in the chapter text; table 1 gives {t1}")

    # key indicators
    ind = {}
    ind_lines = set()
    for ln in rest:
        for key, rx in INDICATOR_RES.items():
            if key in ind:
                continue
            if key == "satisfaction" and "Мемлекеттік қызмет" not in ln.text:
                continue
            mm = rx.search(ln.text)
            if mm and len(ln.text) < 140:
                ind[key] = int(mm.group(1)) if key == "rank" else num(mm.group(1))
                ind_lines.add(ln.no)
    if ind:
        if set(ind) != {"satisfaction", "score", "rank"}:
            raise ValueError(f"2.{n}: incomplete indicators {ind}")
        doc["indicators"] = {"satisfaction": ind["satisfaction"], "score": ind["score"],
                             "rank": ind["rank"]}
        # a score off the 1-5 scale is a misprint (2.33 prints "76 балл"): the chapter's own
        # criteria table and table 8 both give the score; it is taken from table 8, noted
        row8 = table8.get(ind["rank"])
        if float(ind["score"]) > 5 and row8 and similarity(row8["name"], name) >= 0.5:
            note(notes,
                 f"Тарауда орташа балл «{fmt(ind['score'])} балл» деп басылған (1–5 шкаласынан тыс); "
                 f"8-кестеде және тараудың бағалау критерийлері кестесінде {fmt(row8['score'])}, "
                 f"сол мән алынды.",
                 f"В главе средний балл напечатан как «{fmt(ind['score'])} балл» (вне шкалы 1–5); "
                 f"в таблице 8 и в таблице критериев главы — {fmt(row8['score'])}, принято это значение.",
                 "indicators")
            report["irregular"].append(f"score printed {ind['score']} -> {row8['score']} (table 8)")
            doc["indicators"]["score"] = row8["score"]

    # tables
    tables = find_tables(rest)
    table_lines = set()
    for t in tables:
        table_lines |= t["lines"]
    crit = None
    ccs: list = []
    prov = None
    regs = None
    others = []
    for t in tables:
        kind = t["kind"]
        if kind == "criteria" and n == 62:
            kind = "other"   # 2.62: parameters of the «103» call, not the 8 criteria
            report["irregular"].append(f"table {t['number']}: parameters instead of criteria -> other_tables")
        if kind == "criteria":
            if crit is not None:
                raise ValueError(f"2.{n}: two criteria tables")
            crit, overall = parse_criteria(t, notes, n)
            if "indicators" in doc and overall is not None:
                s, p = overall
                di = doc["indicators"]
                if (s is not None and s != di["score"]) or (p is not None and p != di["satisfaction"]):
                    note(notes,
                         f"{t['number']}-кестедегі жалпы мән {fmt(s)} балл / {fmt(p)}%, ал тараудың негізгі "
                         f"көрсеткіштері {fmt(di['score'])} балл / {fmt(di['satisfaction'])}%.",
                         f"Общее значение в таблице {t['number']} — {fmt(s)} балла / {fmt(p)}%, а ключевые "
                         f"показатели главы — {fmt(di['score'])} балла / {fmt(di['satisfaction'])}%.",
                         "criteria")
        elif kind == "call_centres":
            ccs.extend(parse_call_centres(t))
        elif kind == "providers":
            if prov is not None:
                raise ValueError(f"2.{n}: two provider tables")
            prov = parse_providers(t)
        elif kind == "regions":
            regs = parse_regions(t, regions)
            dups = regs.pop("_dups", [])
            if dups:
                names = ", ".join(f"«{d}»" for d in dups)
                note(notes,
                     f"{regs['source_kk']}: {names} өңірлері кестеде екінші (үшінші) рет басылған; бұл жолдар "
                     f"қай өңірге жататыны көрсетілмеген, сондықтан олар өңірге байланыстырылмады.",
                     f"Таблица {t['number']}: регионы {names} напечатаны повторно; к какому региону относятся "
                     f"эти строки, не указано, поэтому они не привязаны к региону.", "regions")
            for r in regs["rows"]:
                if r["label_kk"].lower().startswith("ақжолы"):
                    note(notes,
                         f"{regs['source_kk']}: «{r['label_kk']}» деп басылған (Ақмола облысы деп оқылды).",
                         f"Таблица {t['number']}: напечатано «{r['label_kk']}» (прочитано как Акмолинская область).",
                         "regions")
        else:
            others.append(parse_other(t))
            if n != 62:
                report["irregular"].append(f"table {t['number']} of unknown shape -> other_tables")

    # recommendations
    rec_i = find_recommendations(rest, 0)
    recs = parse_recommendations(rest, rec_i) if rec_i is not None else []
    body_end = rec_i if rec_i is not None else len(rest)

    # table 8 cross-check
    if "indicators" in doc:
        di = doc["indicators"]
        row = table8.get(di["rank"])
        best = max(table8.items(), key=lambda kv: similarity(kv[1]["name"], name))
        if row is None or similarity(row["name"], name) < 0.5:
            report["irregular"].append(
                f"table 8 row at rank {di['rank']} is «{row and row['name'][:50]}»; best name match rank {best[0]}")
            row_rank, row = best
        else:
            row_rank = di["rank"]
        diffs_kk, diffs_ru = [], []
        if row_rank != di["rank"]:
            diffs_kk.append(f"рейтингтегі орны {di['rank']}, 8-кестеде {row_rank}")
            diffs_ru.append(f"место в рейтинге {di['rank']}, в таблице 8 — {row_rank}")
        if row["score"] != di["score"]:
            diffs_kk.append(f"орташа балл {fmt(di['score'])}, 8-кестеде {fmt(row['score'])}")
            diffs_ru.append(f"средний балл {fmt(di['score'])}, в таблице 8 — {fmt(row['score'])}")
        if row["satisfaction"] != di["satisfaction"]:
            diffs_kk.append(f"қанағаттану деңгейі {fmt(di['satisfaction'])}%, 8-кестеде {fmt(row['satisfaction'])}%")
            diffs_ru.append(f"уровень удовлетворённости {fmt(di['satisfaction'])}%, в таблице 8 — "
                            f"{fmt(row['satisfaction'])}%")
        if diffs_kk:
            note(notes, "Тарауда " + "; ".join(diffs_kk) + ".", "В главе " + "; ".join(diffs_ru) + ".",
                 "indicators")

    # values that cannot be on the scale are "not given" (2.55: portal feedback 0,00 / 0,0%)
    if crit:
        for r in crit["rows"] + ([{"criterion": "averages", "values": crit["averages"]}]
                                 if "averages" in crit else []):
            for ch_, v in zip(crit["channels"], r["values"]):
                if v["score"] is not None and float(v["score"]) < 1:
                    note(notes,
                         f"{crit['source_kk']}: «{r.get('label_kk', r['criterion'])}» жолында "
                         f"«{ch_['label_kk']}» бағанында {fmt(v['score'])} балл / {fmt(v['satisfaction'])}% "
                         f"басылған; 1–5 шкаласында мұндай балл жоқ, сондықтан бос (берілмеген) деп алынды.",
                         f"{crit['source_kk']}: в строке «{r.get('label_kk', r['criterion'])}» в столбце "
                         f"«{ch_['label_kk']}» напечатано {fmt(v['score'])} балла / {fmt(v['satisfaction'])}%; "
                         f"такого балла на шкале 1–5 нет, значение принято как пустое (не дано).",
                         "criteria")
                    v["score"] = None
                    v["satisfaction"] = None

    # assemble: a chapter's front matter has only the sections it prints, in this order
    for field, section in (("criteria", crit), ("call_centres", ccs), ("providers", prov),
                           ("regions", regs), ("other_tables", others), ("other_info", extra)):
        if section:
            doc[field] = section
    doc["recommendations"] = recs
    if notes:
        doc["data_notes_kk"] = [k for k, _ in notes]
        doc["data_notes_ru"] = [r for _, r in notes]

    # narrative
    drop = set(table_lines) | set(ind_lines)
    for a, b, prefix in SCREENSHOT_BLOCKS.get(n, []) + CHART_LEGEND_LINES.get(n, []):
        first = next(ln for ln in ch if ln.no == a)
        if not first.text.startswith(prefix):
            raise ValueError(f"2.{n}: screenshot block {a} starts {first.text[:30]!r}")
        drop |= set(range(a, b + 1))
    kept = [ln for ln in rest[:body_end]
            if ln.no not in drop and not (KEY_HEADING.search(ln.text) and len(ln.text) < 200)]
    body_lines = remove_chart_residue(kept)
    body = body_markdown(body_lines)
    report.update({"criteria": bool(crit), "call_centres": len(ccs), "providers": bool(prov),
                   "regions": bool(regs), "recommendations": sum(len(g["items_kk"]) for g in recs),
                   "groups": len(recs), "notes": notes, "others": len(others)})
    return doc, body, report


def render(doc: dict, body: str) -> str:
    return "---\n" + emit_yaml(doc) + "---\n\n" + body


def parse_all(seed_lines: list[str], content_dir: pathlib.Path,
              services: dict[int, dict] | None = None) -> list[tuple[dict, str, dict]]:
    """(front matter, findings, report) of the 70 chapters, in chapter order.

    services: chapter -> {"id", "code", ...}; by default read from content_dir/data/services.csv
    (the old layout's registry, which has the `chapter` column)."""
    content_dir = pathlib.Path(content_dir)
    lines = [l.rstrip("\r\n") for l in seed_lines]
    chapters = split_chapters(lines)
    regions = load_regions(content_dir)
    table8 = parse_table8(lines)
    table1 = parse_table1(lines)
    if services is None:
        services = load_services(content_dir)
    out = []
    ids = set()
    for n, ch in enumerate(chapters, 1):
        doc, body, rep = parse_chapter(n, ch, regions, table8, table1, services)
        if doc["id"] in ids:
            raise ValueError(f"two chapters map to {doc['id']}")
        ids.add(doc["id"])
        out.append((doc, body, rep))
    return out


def run(seed_lines: list[str], content_dir: pathlib.Path) -> list[dict]:
    """Write Content/services/<id>.md for the 70 chapters (the OLD layout, figures in the front
    matter; editions.py writes the editions layout); returns per-chapter reports."""
    content_dir = pathlib.Path(content_dir)
    out_dir = content_dir / "services"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = set()
    reports = []
    for doc, body, rep in parse_all(seed_lines, content_dir):
        path = out_dir / f"{doc['id']}.md"
        written.add(path.name)
        data = render(doc, body).encode("utf-8")
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        rep["file"] = path.name
        reports.append(rep)
    for old in sorted(out_dir.glob("*.md")):
        if old.name not in written:
            old.unlink()
    return reports


if __name__ == "__main__":   # python3 Scripts/report2020/chapters.py [seed] content_dir
    # Writes the single-report layout (services/*.md with figures in the header), which the
    # tests rebuild for comparison; Content/ is in the editions layout, written by
    # Scripts/import-2020-report. A folder is required, so that it is never Content/ by mistake.
    import sys
    root = pathlib.Path(__file__).resolve().parents[2]
    if len(sys.argv) < 3:
        sys.exit("chapters.py writes the old single-report layout into a folder you name: "
                 "python3 Scripts/report2020/chapters.py SEED CONTENT_DIR (for Content/, run Scripts/import-2020-report)")
    seed = pathlib.Path(sys.argv[1])
    content = pathlib.Path(sys.argv[2])
    if content.resolve() == (root / "Content").resolve():
        sys.exit("chapters.py: Content/ is in the editions layout; run Scripts/import-2020-report")
    with open(seed, encoding="utf-8") as f:
        reps = run(f.read().split("\n"), content)
    for r in reps:
        print(r["chapter"], r["file"], "crit" if r["criteria"] else "-", r["call_centres"],
              "prov" if r["providers"] else "-", "reg" if r["regions"] else "-", r["recommendations"],
              "; ".join(r["irregular"]))
