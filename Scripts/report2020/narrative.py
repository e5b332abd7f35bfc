"""The 2020 report's own words and the figures it gives outside its results tables.

run(seed_lines, edition_dir[, regions_csv]) writes, into edition_dir/report/ (the edition
folder is Content/2020/; regions_csv defaults to edition_dir/../data/regions.csv, else the
repository's Content/data/regions.csv):

    conclusions.md           «ҚОРЫТЫНДЫЛАР МЕН ҰСЫНЫМДАР», the closing chapter
    portal-review.md         the review of the «электрондық үкімет» web portal: its users'
                             remarks and the recommendations
    respondents-profile.md   section 1.2, the socio-demographic block
    language-by-region.csv   table 5 (language used, by region)
    method-example-office.csv, method-example-online.csv
                             tables 2 and 3, the worked examples of the method
    diagram-NN-*.csv         diagrams 4-7 and 9-11, with the figures the text gives
    report.yml               what each CSV is: title, source, seed lines, columns, notes

Texts are the report's words verbatim: its spelling and punctuation, no emphasis inside
sentences (the report's bold is dropped), headings and lists where the report has them.
A paragraph that a page break cut in two is joined again; footnotes go to the end of
the text, their markers kept as superscript digits. Screenshot transcriptions and the
rows of tables are left out of the texts (the header's `omitted` says which lines).

Figures are copied exactly as printed (decimal comma -> point, '%' dropped). Diagrams 3
and 8 are not written: the text gives one figure of each, not the diagram's numbers.
The output is deterministic: the same seed gives byte-identical files.
"""

from __future__ import annotations

import csv
import io
import os
import re

from . import seedtext as st

SEED_NAME = "002_50492d32a867b2a4.txt"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_REGIONS = os.path.join(HERE, "..", "..", "Content", "data", "regions.csv")


class NarrativeError(Exception):
    pass


def _fail(msg):
    raise NarrativeError(msg)


# ------------------------------------------------------------------ finding things

def _find(lines, pattern, start=1, end=None, what=None):
    """The 1-based number of the first line from start matching pattern (a regex)."""
    rx = re.compile(pattern)
    end = end or len(lines)
    for n in range(start, end + 1):
        if rx.search(lines[n - 1]):
            return n
    _fail(f"not found in the seed: {what or pattern}")


# ------------------------------------------------------------------ text to Markdown

_SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_FOOTNOTE_RE = re.compile(r"^\s*<sup>(\d+)</sup>\s*")
_CAPTION_RE = re.compile(r"^(?:\d+-диаграмма|\d+-кесте)\.")
_LOWER_START = re.compile(r"^[a-zа-яәғқңөұүһі]")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((https?://[^)\s]+)\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")


def _superscripts(text):
    return re.sub(r"<sup>(\d+)</sup>", lambda m: m.group(1).translate(_SUP), text)


def _plain(line):
    """A seed line as plain text: superscript markers as superscript digits, other
    markup (bold, italics, tags, escapes) removed, spaces collapsed."""
    return st.strip_markup(_superscripts(line))


def _escape_inline(text):
    """Keep a sentence's characters as they are when rendered: the site's Markdown
    renders with smart punctuation, which would curl straight quotes."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("'", "\\'")


def _check_plain(text, where):
    """Refuse a text that Markdown would read as markup (it would change the words)."""
    for ch in ("*", "_", "`", "[", "]", "<", ">", "|"):
        if ch in text:
            _fail(f"line {where}: «{ch}» in the report's text would be read as Markdown; handle it")
    if re.match(r"^(?:[#>+=-]|\d+[.)]\s)", text):
        _fail(f"line {where}: the text would start a Markdown block; handle it")


def _footnote(line, n):
    m = _FOOTNOTE_RE.match(line)
    num = m.group(1)
    rest = line[m.end():]
    rest = _MD_LINK.sub(lambda mm: "<" + mm.group(2) + ">", rest)
    urls = _AUTOLINK.findall(rest)
    text = _AUTOLINK.sub("\x00", rest)
    text = st.strip_markup(text)
    _check_plain(text.replace("\x00", ""), n)
    for u in urls:
        text = text.replace("\x00", "<" + u + ">", 1)
    return num.translate(_SUP) + " " + _escape_inline(text)


def _blocks(lines, start, end, omit):
    """The blocks of lines start..end (1-based, inclusive), skipping omitted lines:
    (kind, text, first line, last line); kind is heading:N, item, ordered:N, para,
    caption, footnote. Page-break splits are joined."""
    out = []
    pending_caption = None
    n = start
    while n <= end:
        if any(a <= n <= b for a, b, _ in omit):
            n += 1
            continue
        raw = lines[n - 1]
        if not raw.strip():
            n += 1
            continue
        if "\t" in raw:
            _fail(f"line {n}: a table row inside a text; add its lines to the omitted ones")
        if _FOOTNOTE_RE.match(raw):
            out.append(("footnote", _footnote(raw, n), n, n))
            n += 1
            continue
        m = re.match(r"^(#{1,6})\s+(.*)$", raw)
        if m:
            text = _plain(m.group(2))
            if _CAPTION_RE.match(text):
                out.append(("caption", text, n, n))
            else:
                out.append((f"heading:{len(m.group(1))}", text, n, n))
            n += 1
            continue
        m = re.match(r"^-\s+(\d+)\)\s+(.*)$", raw)
        if m:
            out.append((f"ordered:{m.group(1)}", _plain(m.group(2)), n, n))
            n += 1
            continue
        m = re.match(r"^-\s+(?:\\\*\s+)?(.*)$", raw)
        if m:
            out.append(("item", _plain(m.group(1)), n, n))
            n += 1
            continue
        text = _plain(raw)
        if _CAPTION_RE.match(text):
            # "10-диаграмма." with its title on a line of its own
            if re.match(r"^\d+-диаграмма\.$", text):
                pending_caption = (text, n)
                n += 1
                continue
            out.append(("caption", text, n, n))
            n += 1
            continue
        if pending_caption:
            out.append(("caption", pending_caption[0] + " " + text, pending_caption[1], n))
            pending_caption = None
            n += 1
            continue
        # a paragraph cut by a page break continues, lower case, after blank and footnote lines
        prev = next((b for b in reversed(out) if b[0] != "footnote"), None)
        if (prev and prev[0] in ("para", "item") and _LOWER_START.match(text)
                and not re.search(r"[.!?:;»]$", prev[1])):
            i = out.index(prev)
            out[i] = (prev[0], prev[1] + " " + text, prev[2], n)
        else:
            out.append(("para", text, n, n))
        n += 1
    if pending_caption:
        _fail(f"line {pending_caption[1]}: a diagram number without its title")
    return out


def _markdown(blocks, heading_shift=0):
    """Markdown for blocks: paragraphs, lists (consecutive items), headings; footnotes
    at the end."""
    parts = []
    notes = [b for b in blocks if b[0] == "footnote"]
    body = [b for b in blocks if b[0] != "footnote"]
    i = 0
    while i < len(body):
        kind, text, a, _ = body[i]
        if kind in ("para", "caption"):
            _check_plain(text, a)
            parts.append(_escape_inline(text))
        elif kind.startswith("heading:"):
            _check_plain(text, a)
            level = int(kind.split(":")[1]) + heading_shift
            if not 2 <= level <= 6:
                _fail(f"line {a}: heading level {level} out of range")
            parts.append("#" * level + " " + _escape_inline(text))
        elif kind == "item" or kind.startswith("ordered:"):
            items = []
            ordered = kind.startswith("ordered:")
            while i < len(body) and (body[i][0].startswith("ordered:") if ordered else body[i][0] == "item"):
                k, t, aa, _ = body[i]
                _check_plain(t, aa)
                marker = (k.split(":")[1] + ")") if ordered else "-"
                items.append(f"{marker} {_escape_inline(t)}")
                i += 1
            parts.append("\n".join(items))
            continue
        i += 1
    for _, text, _, _ in notes:
        parts.append(text)
    return "\n\n".join(parts) + "\n"


def _yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text_file(title, first, last, blocks, omit, extra=(), heading_shift=0):
    head = ["---", f"title_kk: {_yaml_str(title)}"]
    head += list(extra)
    head.append(f"source: {{seed: {SEED_NAME}, lines: [{first}, {last}]}}")
    head.append("lang: kk")
    if omit:
        head.append("omitted:")
        for a, b, why in omit:
            head.append(f"  - {{lines: [{a}, {b}], why: {_yaml_str(why)}}}")
    head.append("---")
    return "\n".join(head) + "\n" + _markdown(blocks, heading_shift)


# ------------------------------------------------------------------ the three texts

def conclusions(lines):
    h = _find(lines, r"^## ҚОРЫТЫНДЫЛАР МЕН ҰСЫНЫМДАР\s*$", what="the conclusions' heading")
    nxt = _find(lines, r"^## А ҚОСЫМШАСЫ", h + 1, what="annex A's heading")
    last = _last_text_line(lines, h + 1, nxt - 1)
    blocks = _blocks(lines, h + 1, last, [])
    title = _plain(lines[h - 1][3:])
    return _text_file(title, h, last, blocks, []), (h, last)


def portal_review(lines):
    section = _find(lines, r"^## «Электрондық үкімет» веб-порталы egov\.kz арқылы", what="the portal section")
    start = _find(lines, r"^«Электрондық үкімет» Веб-порталы egov\.kz қосымшалардың", section,
                  what="the portal review's first sentence")
    nxt = _find(lines, r"^## 2 МЕМЛЕКЕТТІК ҚЫЗМЕТ КӨРСЕТУ САПАСЫНА ҚАНАҒАТТАНУ", start, what="chapter 2")
    last = _last_text_line(lines, start, nxt - 1)
    shot = _find(lines, r"^The screenshot shows", start, last, what="the screenshot description")
    grid = _find(lines, r"^СЕРВИСТЕР\tТАНЫМАЛ ҚЫЗМЕТТЕР", start, last, what="the portal's services grid")
    grid_end = grid
    while "<ul" in lines[grid_end] or lines[grid_end].startswith("\t"):
        grid_end += 1
    page = _find(lines, r"^## Қызметтерді алу\s*$", grid_end, last, what="the portal page transcription")
    back = _find(lines, r"^Порталда қызметтер пайдаланушының ЭЦҚ кілті", page, last,
                 what="the text after the portal page transcription")
    omit = [
        (shot, shot, "an English description of a screenshot of egov.kz, not the report's text"),
        (grid, grid_end, "the text of a screenshot: the portal's «Сервистер» and «Танымал қызметтер» lists"),
        (page, back - 1, "the text of screenshots of egov.kz (its header, contact centre and "
                         "the page «Электрондық цифрлық қолтаңбаны қашықтан алу»)"),
    ]
    blocks = _blocks(lines, start, last, omit)
    title = _plain(lines[section - 1][3:])
    return _text_file(title, start, last, blocks, omit, extra=[f"title_line: {section}"]), (start, last)


def respondents_profile(lines):
    h = _find(lines, r"^### 1\.2 Әлеуметтік-демографиялық блок", what="section 1.2")
    nxt = _find(lines, r"^### 1\.3 ", h + 1, what="section 1.3")
    last = _last_text_line(lines, h + 1, nxt - 1)
    omit = []
    for cap_re, name, where in ((r"4-кесте\.", "table 4", "the results table respondents-by-region"),
                                (r"^5-кесте\.", "table 5", "language-by-region.csv, beside this text")):
        cap = _find(lines, cap_re, h, last, what=f"{name}'s caption")
        a = next(n for n in range(cap + 1, last + 1) if "\t" in lines[n - 1])
        b = a
        while b + 1 <= last and "\t" in lines[b]:
            b += 1
        omit.append((a, b, f"the rows of {name} ({where})"))
    blocks = _blocks(lines, h + 1, last, omit)
    m = re.match(r"^### (\d+\.\d+) (.*)$", lines[h - 1])
    return _text_file(_plain(m.group(2)), h, last, blocks, omit,
                      extra=[f"section: {_yaml_str(m.group(1))}"], heading_shift=-1), (h, last)


def _last_text_line(lines, a, b):
    while b >= a and not lines[b - 1].strip():
        b -= 1
    return b


# ------------------------------------------------------------------ table 5

def _regions(path):
    names = {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            names[st.normalize(row["name_kk"])] = row["id"]
            for prev in filter(None, (row.get("previous_names_kk") or "").split("|")):
                names[st.normalize(prev.split(":", 1)[1])] = row["id"]
    return names


def table5(lines, regions_csv):
    cap = _find(lines, r"^5-кесте\. Қызметті алу кезінде сөйлеген/қолданылған тіл", what="table 5")
    head = cap + 2
    if not lines[head - 1].startswith("Аймақ\t"):
        _fail(f"line {head}: table 5's header is not where expected")
    if st.split_row(lines[head])[1:3] != ["Қазақша", "Орысша"]:
        _fail(f"line {head + 1}: table 5's columns are not «Қазақша», «Орысша»")
    names = _regions(regions_csv)
    rows, n = [], head + 2
    while lines[n - 1].strip():
        cells = st.split_row(lines[n - 1])
        if len(cells) != 3:
            _fail(f"line {n}: table 5's row has {len(cells)} cells, not 3")
        label = cells[0]
        region = names.get(st.normalize(label), "")
        if not region and label != "Басқа елдер":
            _fail(f"line {n}: «{label}» is not a region of regions.csv")
        rows.append({"region": region, "label_kk": label,
                     "kazakh": st.parse_number(cells[1]), "russian": st.parse_number(cells[2])})
        n += 1
    notes = []
    for r in rows:
        total = _dec(r["kazakh"]) + _dec(r["russian"])
        if total != 1000:
            notes.append((f"«{r['label_kk']}»: {_comma(r['kazakh'])} + {_comma(r['russian'])} = "
                          f"{_comma(_fmt1(total))}, 100 емес; есептегі мәндер сақталды.",
                          f"«{r['label_kk']}»: {_comma(r['kazakh'])} + {_comma(r['russian'])} = "
                          f"{_comma(_fmt1(total))}, а не 100; значения отчёта сохранены.",
                          f"«{r['label_kk']}»: {r['kazakh']} + {r['russian']} = {_fmt1(total)}, "
                          f"not 100; the report's values are kept."))
    return rows, (cap, n - 1), notes


def _dec(x):
    """A figure with at most one decimal as tenths (an integer)."""
    whole, _, frac = x.partition(".")
    if len(frac) > 1:
        _fail(f"{x}: more than one decimal")
    return int(whole) * 10 + (int(frac) if frac else 0)


def _fmt1(tenths):
    return f"{tenths // 10}.{tenths % 10}"


def _comma(x):
    return x.replace(".", ",")


# ------------------------------------------------------------------ tables 2 and 3

CRITERIA = [
    ("ҚЫЗМЕТКЕРЛЕР", "staff"),
    ("ВИРТУАЛДЫ АССИСТЕНТ", "staff"),
    ("ҚОЛЖЕТІМДІЛІК", "accessibility"),
    ("АҚПАРАТ", "information"),
    ("РӘСІМ", "procedure"),
    ("МЕРЗІМДЕР", "timing"),
    ("ШЫҒЫНДАР", "costs"),
    ("КЕРІ БАЙЛАНЫС", "feedback"),
    ("НӘТИЖЕ", "result"),
]

ZONES = {
    "Мемлекеттік корпорация": "state-corporation",
    "Мемлекеттік орган": "state-body",
    "Портал (электронды ресурс)": "portal",
}


def method_example(lines, number):
    """Table 2 or 3: (rows, caption line, last line, channel line, header cells, notes)."""
    cap = _find(lines, rf"^\*\*{number}-кесте\. ", what=f"table {number}")
    channel = cap + 2
    if not re.match(r"^<i>.*</i>", lines[channel - 1]):
        _fail(f"line {channel}: table {number}'s channel line is not where expected")
    header = channel + 1
    head_cells = st.split_row(lines[header - 1])
    if head_cells[0] != "Мемлекеттік қызметтің атауы":
        _fail(f"line {header}: table {number}'s header is not where expected")
    rows, n, crit, k = [], header + 1, None, 0
    unheaded = False
    while lines[n - 1].strip():
        raw = st.raw_cells(lines[n - 1])
        cells = st.split_row(lines[n - 1])
        cells += [""] * (6 - len(cells))
        if st.is_bold(raw[0]):
            label = cells[0]
            crit = next((cid for prefix, cid in CRITERIA if label.startswith(prefix)), None)
            if crit is None:
                _fail(f"line {n}: unknown criterion «{label}»")
            if any(cells[1:]):
                _fail(f"line {n}: figures on a criterion's heading line")
            rows.append({"id": crit, "kind": "criterion", "criterion": crit, "label_kk": label,
                         "score": "", "satisfaction": "", "unheaded": "", "_line": n})
            head_row, k = rows[-1], 0
            n += 1
            continue
        if crit is None:
            _fail(f"line {n}: an item before any criterion")
        k += 1
        item_score, crit_score, third, item_sat, crit_sat = (st.parse_number(c) for c in cells[1:6])
        if crit_score or crit_sat or third:
            if k != 1:
                _fail(f"line {n}: a criterion's figures on another line than its first item's")
            head_row["score"], head_row["satisfaction"], head_row["unheaded"] = crit_score, crit_sat, third
            unheaded = unheaded or bool(third)
        label = re.sub(r"</?(?:b|i)>", "", raw[0]).replace("\u00a0", " ").strip()
        rows.append({"id": f"{crit}-{k}", "kind": "item", "criterion": crit, "label_kk": label,
                     "score": item_score, "satisfaction": item_sat, "unheaded": "", "_line": n})
        n += 1
    last = n - 1
    # the footnotes, then the responsibility zones' totals: label, score, satisfaction
    notes = []
    m = n
    while m <= min(len(lines), n + 40) and not lines[m - 1].startswith("\t"):
        t = lines[m - 1].strip()
        if t.startswith("\\*"):
            notes.append(st.strip_markup(t))
        bold = re.match(r"^\*\*(.+)\*\*$", t)
        if bold and bold.group(1) in ZONES:
            s = re.match(r"^\*\*(\d+,\d+)\*\*$", lines[m + 1].strip())
            p = re.match(r"^\*\*(\d+,\d+%)\*\*$", lines[m + 3].strip())
            if not (s and p):
                _fail(f"line {m}: the zone «{bold.group(1)}» has not its score and level below it")
            rows.append({"id": ZONES[bold.group(1)], "kind": "zone", "criterion": "",
                         "label_kk": bold.group(1), "score": st.parse_number(s.group(1)),
                         "satisfaction": st.parse_number(p.group(1)), "unheaded": "", "_line": m})
            last = m + 3
            m += 4
            continue
        m += 1
    legend = []
    while m <= len(lines) and lines[m - 1].startswith("\t"):
        legend.append(lines[m - 1].strip())
        m += 1
    zones = [r for r in rows if r["kind"] == "zone"]
    if len(zones) != 2:
        _fail(f"table {number}: {len(zones)} zone totals, expected 2")
    return {
        "rows": rows, "caption_line": cap, "last_line": last, "legend_lines": (m - len(legend), m - 1),
        "channel_kk": st.strip_markup(lines[channel - 1]), "caption_kk": st.strip_markup(lines[cap - 1]),
        "footnotes": notes, "legend": legend, "unheaded": unheaded,
    }


# ------------------------------------------------------------------ diagrams

# For each diagram: its caption, and each figure with the words the text gives it
# (label_kk, as printed: a part of the sentence), a pattern that captures the figure in
# that sentence, and the label's translations. A figure the text does not give as a
# number has pattern None and an empty cell; its note says what the text says instead.
DIAGRAMS = [
    {
        "number": 4, "slug": "gender", "id": "respondents-gender",
        "title_ru": "Распределение респондентов по полу", "title_en": "Respondents by gender",
        "rows": [
            ("women", "", "әйелдер", r"әйелдер басым \(респонденттердің жалпы санының (\d+(?:,\d+)?)%-ы",
             "женщины", "women"),
            ("men", "", "ерлер", r"респондент-ерлердің үлесі (\d+(?:,\d+)?)%-ды", "мужчины", "men"),
        ],
    },
    {
        "number": 5, "slug": "age", "id": "respondents-age",
        "title_ru": "Возрастная структура респондентов", "title_en": "Respondents by age",
        "complete": False,
        "note_kk": "Мәтінде тек үш жас тобының үлесі берілген; қалған жас топтарының үлесі жоқ.",
        "note_ru": "В тексте отчёта даны доли только трёх возрастных групп; доли остальных групп не приведены.",
        "note_en": "The text gives the shares of three age groups only; the other groups' shares are not given.",
        "rows": [
            ("22-29", "", "22-29 жас", r"22-29 жас \((\d+(?:,\d+)?)%\)", "22–29 лет", "22–29 years"),
            ("30-39", "", "30-39 жас", r"30-39 жас \((\d+(?:,\d+)?)%\)", "30–39 лет", "30–39 years"),
            ("40-49", "", "40-49 жас", r"40-49 жас \((\d+(?:,\d+)?)%\)", "40–49 лет", "40–49 years"),
        ],
    },
    {
        "number": 6, "slug": "status", "id": "respondents-status",
        "title_ru": "Статус респондентов", "title_en": "Respondents by status",
        "groups": {
            "status": ("мәртебесі", "статус", "status"),
            "residency": ("резиденттік", "резидентство", "residency"),
        },
        "rows": [
            ("individuals", "status", "жеке тұлғалар", r"жеке тұлғалар болып табылады \(іріктеменің (\d+(?:,\d+)?)%\)",
             "физические лица", "individuals"),
            ("legal-entities", "status", "заңды тұлғалардың өкілдері",
             r"заңды тұлғалардың өкілдерінен \(респонденттердің жалпы санының (\d+(?:,\d+)?)%\)",
             "представители юридических лиц", "representatives of legal entities"),
            ("entrepreneurs", "status", "жеке кәсіпкерлер", r"жеке кәсіпкерлерден \(іріктеменің (\d+(?:,\d+)?)%\)",
             "индивидуальные предприниматели", "individual entrepreneurs"),
            ("residents", "residency", "ҚР резиденттері", r"Сұралғандардың (\d+(?:,\d+)?)%-ы ҚР резиденттері",
             "резиденты РК", "residents of Kazakhstan"),
        ],
        "sums": {"status": True},
        "note_extra_kk": "Резидент еместердің үлесі мәтінде берілмеген.",
        "note_extra_ru": "Доля нерезидентов в тексте не приведена.",
        "note_extra_en": "The share of non-residents is not given in the text.",
    },
    {
        "number": 7, "slug": "language", "id": "respondents-language",
        "title_ru": "Язык, на котором говорили / который использовали при получении услуги",
        "title_en": "Language spoken or used when receiving the service",
        "rows": [
            ("russian", "", "орыс тілі", r"орыс тілі - (\d+(?:,\d+)?)%", "русский язык", "Russian"),
            ("kazakh", "", "қазақ тілі", r"қазақ тілінде қызмет алушылар (\d+(?:,\d+)?)%", "казахский язык", "Kazakh"),
        ],
    },
    {
        "number": 9, "slug": "internet-access", "id": "respondents-internet-access",
        "title_ru": "Наличие интернет-связи", "title_en": "Internet connection at home",
        "rows": [
            ("yes", "", "үйде интернет байланысы бар",
             r"Респонденттердің (\d+(?:,\d+)?)%-ы үйде интернет байланысы бар",
             "есть интернет-связь дома", "internet at home"),
            ("no", "", "үйден интернетке қол жеткізе алмады",
             r"қалған (\d+(?:,\d+)?)%-ы үйден интернетке қол жеткізе алмады",
             "нет доступа к интернету из дома", "no internet at home"),
        ],
    },
    {
        "number": 10, "slug": "internet-quality", "id": "respondents-internet-quality",
        "title_ru": "Качество интернет-связи", "title_en": "Quality of the internet connection",
        "base_kk": "Үйде интернет байланысы бар респонденттер.",
        "base_ru": "Респонденты, у которых дома есть интернет-связь.",
        "base_en": "Respondents with an internet connection at home.",
        "rows": [
            ("average", "", "орташа", r"сапасы орташа – (\d+(?:,\d+)?)%", "средняя", "average"),
            ("above-average", "", "орташадан жоғары", r"орташадан жоғары – (\d+(?:,\d+)?)%",
             "выше средней", "above average"),
            ("high", "", "жоғары", r"және жоғары-(\d+(?:,\d+)?)%", "высокая", "high"),
            ("below-average-or-low", "", "«орташадан төмен» және «төмен»",
             r"«орташадан төмен» және «төмен» деп атап өтті - (\d+(?:,\d+)?)%",
             "«ниже средней» и «низкая»", "“below average” and “low”"),
        ],
    },
    {
        "number": 11, "slug": "devices", "id": "respondents-devices",
        "title_ru": "Какое устройство вы используете для выхода в интернет (и для получения услуги онлайн)?",
        "title_en": "Which device do you use to go online (and to receive services online)?",
        "complete": False,
        "groups": {
            "devices": ("құрылғылар", "устройства", "devices"),
            "access": ("техникалық қолжетімділік", "техническая доступность", "technical access"),
        },
        "rows": [
            ("mobile-phone", "devices", "ұялы телефон", r"Сұралғандардың (\d+(?:,\d+)?)%-ы ұялы телефон бар",
             "мобильный телефон", "mobile phone"),
            ("laptop-or-computer", "devices", "ноутбук немесе компьютер", None,
             "ноутбук или компьютер", "laptop or computer"),
            ("all-devices", "devices", "аталған гаджеттердің барлығы",
             r"тағы (\d+(?:,\d+)?)%-ы аталған гаджеттердің барлығы", "все перечисленные устройства",
             "all of these devices"),
            ("no-device", "devices", "үйден интернетке шығуға арналған құрылғылары жоқ",
             r"Тек (\d+(?:,\d+)?)%-ы үйден интернетке шығуға арналған құрылғылары жоқ",
             "нет устройств для выхода в интернет из дома", "no device to go online from home"),
            ("unknown-or-unused", "devices", "гаджеттерді білмейтінін немесе пайдаланбайтынын",
             r"тағы (\d+(?:,\d+)?)%-ы гаджеттерді білмейтінін немесе пайдаланбайтынын",
             "не знают устройств или не пользуются ими", "do not know or do not use such devices"),
            ("full-access", "access", "толыққанды техникалық қолжетімділік",
             r"жартысынан астамында \((\d+(?:,\d+)?)%\) мемлекеттік көрсетілетін қызметтерді",
             "полная техническая доступность", "full technical access"),
            ("partial-access", "access", "ішінара қолжетімділік", r"ал (\d+(?:,\d+)?)%-да ішінара қолжетімділік",
             "частичная доступность", "partial access"),
        ],
        "note_kk": ("Мәтінде ноутбук немесе компьютер бар респонденттердің үлесі сан түрінде емес, «¼» деп "
                    "берілген; кестеде бос қалдырылды. «¼» есептің өз сандарымен сәйкес келмейді: мәтін бойынша "
                    "толыққанды техникалық қолжетімділік (53,4%) — ноутбук немесе компьютер бар және барлық "
                    "гаджеттері бар (2%) респонденттер, ал 53,4 + 45,6 + 1 = 100. Құрылғылары жоқтар (0,6%) мен "
                    "гаджеттерді білмейтіндер немесе пайдаланбайтындар (0,4%) мәтінде «барлығы 1%» деп қосылған."),
        "note_ru": ("Долю респондентов с ноутбуком или компьютером текст отчёта даёт не числом, а как «¼»; "
                    "в таблице ячейка пуста. «¼» не сходится с собственными цифрами отчёта: по тексту полная "
                    "техническая доступность (53,4%) — это респонденты с ноутбуком или компьютером и со всеми "
                    "устройствами (2%), а 53,4 + 45,6 + 1 = 100. Не имеющие устройств (0,6%) и не знающие "
                    "устройств или не пользующиеся ими (0,4%) в тексте сложены: «всего 1%»."),
        "note_en": ("The text gives the share of respondents with a laptop or computer not as a number but "
                    "as “¼”; the cell is left empty. “¼” does not agree with the report's own figures: by the "
                    "text, full technical access (53.4%) is the respondents with a laptop or computer and those "
                    "with all the devices (2%), and 53.4 + 45.6 + 1 = 100. Those with no device (0.6%) and those "
                    "who do not know or use devices (0.4%) are added up in the text as “1% in all”."),
        "sums": {"access": False},
    },
]

# Diagrams whose figures the text does not give (they are not written).
DIAGRAMS_LEFT_OUT = {
    3: "the text gives only the rural share (23,3%); the urban share is not printed",
    8: "the text gives one share (5,9% had no access where they live) and «жартысына жуығы» "
       "(about half) for paper and electronic form; the diagram's numbers are not printed",
}


def diagram(lines, spec, section):
    a, b = section
    cap = _find(lines, rf"^\**{spec['number']}-диаграмма\.", a, b, what=f"diagram {spec['number']}")
    # the caption may sit on two lines ("10-диаграмма." then its title)
    caption = _plain(lines[cap - 1])
    if re.match(r"^\d+-диаграмма\.$", caption):
        nxt = next(n for n in range(cap + 1, b + 1) if lines[n - 1].strip())
        caption = caption + " " + _plain(lines[nxt - 1])
    title = re.sub(r"^\d+-диаграмма\.\s*", "", caption)
    # the figures are in the paragraphs before the caption, back to the previous caption
    cap_end = cap if caption == _plain(lines[cap - 1]) else nxt
    rows, used = [], set()
    for rid, group, label, pattern, label_ru, label_en in spec["rows"]:
        value, line = "", ""
        if pattern:
            hits = [(n, re.search(pattern, lines[n - 1])) for n in range(a, b + 1)]
            hits = [(n, m) for n, m in hits if m]
            if len(hits) != 1:
                _fail(f"diagram {spec['number']}: «{label}»'s figure found {len(hits)} times, not once")
            n, m = hits[0]
            # the label is in the figure's sentence, which a page break may carry on below
            if label not in " ".join(lines[n - 1:n + 2]):
                _fail(f"line {n}: «{label}» is not in the sentence of its figure")
            value, line = st.parse_number(m.group(1) + "%"), n
            used.add(n)
        rows.append({"id": rid, "group": group, "label_kk": label, "label_ru": label_ru,
                     "label_en": label_en, "percent": value, "_line": line})
    notes = {k: [spec[k]] if spec.get(k) else [] for k in ("note_kk", "note_ru", "note_en")}
    complete = spec.get("complete", True)
    for group, must_sum in (spec.get("sums") or ({"": True} if complete else {})).items():
        vals = [r["percent"] for r in rows if r["group"] == group and r["percent"]]
        total = sum(_dec(v) for v in vals)
        if must_sum and total != 1000:
            g = f" ({spec['groups'][group][0]})" if group else ""
            notes["note_kk"].append(f"Үлестердің қосындысы{g} {_comma(_fmt1(total))}%, 100% емес; есептегі мәндер сақталды.")
            notes["note_ru"].append(f"Сумма долей{' (' + spec['groups'][group][1] + ')' if group else ''} — "
                                    f"{_comma(_fmt1(total))}%, а не 100%; значения отчёта сохранены.")
            notes["note_en"].append(f"The shares{' (' + spec['groups'][group][2] + ')' if group else ''} add up to "
                                    f"{_fmt1(total)}%, not 100%; the report's values are kept.")
    for k in ("kk", "ru", "en"):
        if spec.get(f"note_extra_{k}"):
            notes[f"note_{k}"].append(spec[f"note_extra_{k}"])
    lines_used = sorted(used)
    return {
        "rows": rows, "caption_kk": caption, "title_kk": title, "caption_line": cap,
        "lines": (min(lines_used + [cap]), max(lines_used + [cap_end])), "notes": notes,
    }


# ------------------------------------------------------------------ writing

def _csv_text(fieldnames, rows):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=fieldnames, lineterminator="\n", extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _yaml_entry(e):
    out = [f"- id: {e['id']}"]
    for key in ("file", "kind", "title_kk", "title_ru", "title_en", "caption_kk", "text", "page",
                "source_kk", "source_ru", "source_en", "seed", "lines", "complete",
                "channel_kk", "base_kk", "base_ru", "base_en"):
        if key not in e:
            continue
        v = e[key]
        if key in ("file", "kind", "seed", "text", "page"):
            out.append(f"  {key}: {v}")
        elif isinstance(v, bool):
            out.append(f"  {key}: {'true' if v else 'false'}")
        elif isinstance(v, int):
            out.append(f"  {key}: {v}")
        elif isinstance(v, tuple):
            out.append(f"  {key}: [{v[0]}, {v[1]}]")
        else:
            out.append(f"  {key}: {_yaml_str(v)}")
    for key in ("notes_kk", "notes_ru", "notes_en"):
        if e.get(key):
            out.append(f"  {key}:")
            out += [f"    - {_yaml_str(x)}" for x in e[key]]
    if e.get("groups"):
        out.append("  groups:")
        for gid, (kk, ru, en) in e["groups"].items():
            out.append(f"    - {{id: {gid}, label_kk: {_yaml_str(kk)}, label_ru: {_yaml_str(ru)}, label_en: {_yaml_str(en)}}}")
    out.append("  columns:")
    for c in e["columns"]:
        cells = [f"id: {c['id']}", f"type: {c['type']}"]
        for k in ("label_kk", "label_ru", "label_en"):
            if c.get(k) is not None:
                cells.append(f"{k}: {_yaml_str(c[k])}")
        out.append("    - {" + ", ".join(cells) + "}")
    return "\n".join(out)


def run(seed_lines, edition_dir, regions_csv=None):
    lines = seed_lines
    if regions_csv is None:
        beside = os.path.join(edition_dir, "..", "data", "regions.csv")
        regions_csv = beside if os.path.exists(beside) else DEFAULT_REGIONS
    report = os.path.join(edition_dir, "report")
    files = {}
    entries = []

    text, _ = conclusions(lines)
    files["conclusions.md"] = text
    text, _ = portal_review(lines)
    files["portal-review.md"] = text
    text, profile = respondents_profile(lines)
    files["respondents-profile.md"] = text

    # table 5
    rows, (cap, last), sums = table5(lines, regions_csv)
    files["language-by-region.csv"] = _csv_text(["region", "label_kk", "kazakh", "russian"], rows)
    e = {
        "id": "language-by-region", "file": "language-by-region.csv",
        "kind": "table",
        "title_kk": re.sub(r"^5-кесте\.\s*", "", _plain(lines[cap - 1])),
        "title_ru": "Язык, на котором говорили / который использовали при получении услуги (в разрезе регионов)",
        "title_en": "Language spoken or used when receiving the service, by region",
        "caption_kk": _plain(lines[cap - 1]), "text": "respondents-profile.md",
        "source_kk": "2020 жылғы есеп, 5-кесте", "source_ru": "Отчёт за 2020 год, таблица 5",
        "source_en": "2020 report, table 5", "seed": SEED_NAME, "lines": (cap, last),
        "columns": [
            {"id": "region", "type": "region", "label_kk": "Аймақ", "label_ru": "Регион", "label_en": "Region"},
            {"id": "label", "type": "text", "label_kk": "Атауы", "label_ru": "Наименование", "label_en": "Name"},
            {"id": "kazakh", "type": "percent", "label_kk": "Қазақша", "label_ru": "На казахском", "label_en": "Kazakh"},
            {"id": "russian", "type": "percent", "label_kk": "Орысша", "label_ru": "На русском", "label_en": "Russian"},
        ],
    }
    if sums:
        e["notes_kk"], e["notes_ru"], e["notes_en"] = (list(x) for x in zip(*sums))
    entries.append(e)

    # tables 2 and 3
    for number, slug, title_ru, title_en, zone_a in (
        (2, "office",
         "Распределение баллов по государственным услугам, полученным в офисе услугодателя у его работника, "
         "в том числе в Государственной корпорации «Правительство для граждан»",
         "Distribution of points for public services received at a provider's office from its staff, "
         "including at the State Corporation “Government for Citizens”", "state-corporation"),
        (3, "online",
         "Распределение баллов по государственным услугам, полученным самостоятельно через электронные "
         "онлайн-порталы, сервисы и сайты, в том числе портал «электронного правительства»",
         "Distribution of points for public services received on one's own through online portals, "
         "services and websites, including the e-government portal", "portal"),
    ):
        t = method_example(lines, number)
        fields = ["id", "kind", "criterion", "label_kk", "score", "satisfaction"]
        if t["unheaded"]:
            fields.append("unheaded")
        files[f"method-example-{slug}.csv"] = _csv_text(fields, t["rows"])
        notes_kk = list(t["footnotes"])
        notes_kk.append("Есепте жолдар жауапкершілік аймағы бойынша түспен белгіленген ("
                        + "; ".join(t["legend"]) + "); түстер мәтінде жоқ, сондықтан жолдардың аймағы "
                        "кестеде берілмеген.")
        notes_ru = [
            "* если услуга оказывается бесплатно, оценка не ставится и не учитывается",
        ] + (["** если жалоб не было, оценка не ставится и не учитывается"] if len(t["footnotes"]) > 1 else []) + [
            "В отчёте строки окрашены по зонам ответственности (легенда: " + _legend_ru(t["legend"]) +
            "); цвета в тексте отчёта не сохранились, поэтому зона каждой строки в таблице не указана.",
        ]
        notes_en = [
            "* if the service is free, no score is given and none is counted",
        ] + (["** if there were no complaints, no score is given and none is counted"] if len(t["footnotes"]) > 1 else []) + [
            "The report colours each row by zone of responsibility (legend: " + _legend_en(t["legend"]) +
            "); the colours are not in the text, so the table does not give each row's zone.",
        ]
        if t["unheaded"]:
            notes_kk.append("Бағанның атауы жоқ: есепте әр критерийдің бірінші жолында тақырыпсыз бағанда "
                            "4,53 басылған; оның мәні есепте айтылмаған.")
            notes_ru.append("Столбец без заголовка: в отчёте в первой строке каждого критерия в столбце без "
                            "заголовка напечатано 4,53; что это за значение, отчёт не говорит.")
            notes_en.append("A column without a heading: the report prints 4,53 on each criterion's first "
                            "line in a column with no heading; it does not say what the figure is.")
        columns = [
            {"id": "id", "type": "text", "label_kk": None},
            {"id": "kind", "type": "text", "label_kk": None},
            {"id": "criterion", "type": "criterion", "label_kk": None},
            {"id": "label", "type": "text", "label_kk": "Мемлекеттік қызметтің атауы",
             "label_ru": "Наименование государственной услуги", "label_en": "Item"},
            {"id": "score", "type": "score", "label_kk": "Орташа балл", "label_ru": "Средний балл",
             "label_en": "Average score"},
            {"id": "satisfaction", "type": "percent", "label_kk": "Қанағаттану деңгейі %",
             "label_ru": "Уровень удовлетворённости, %", "label_en": "Satisfaction level, %"},
        ]
        if t["unheaded"]:
            columns.append({"id": "unheaded", "type": "score", "label_kk": "", "label_ru": "",
                            "label_en": ""})
        entries.append({
            "id": f"method-example-{slug}", "file": f"method-example-{slug}.csv",
            "kind": "method-example",
            "title_kk": re.sub(rf"^{number}-кесте\.\s*", "", t["caption_kk"]),
            "title_ru": title_ru, "title_en": title_en, "caption_kk": t["caption_kk"],
            "page": "methodology", "channel_kk": t["channel_kk"],
            "source_kk": f"2020 жылғы есеп, {number}-кесте", "source_ru": f"Отчёт за 2020 год, таблица {number}",
            "source_en": f"2020 report, table {number}", "seed": SEED_NAME,
            "lines": (t["caption_line"], t["legend_lines"][1]),
            "notes_kk": notes_kk, "notes_ru": notes_ru, "notes_en": notes_en, "columns": columns,
        })

    # diagrams
    for spec in DIAGRAMS:
        d = diagram(lines, spec, profile)
        name = f"diagram-{spec['number']:02d}-{spec['slug']}.csv"
        fields = ["id", "group", "label_kk", "label_ru", "label_en", "percent"]
        files[name] = _csv_text(fields, d["rows"])
        e = {
            "id": spec["id"], "file": name, "kind": "diagram",
            "title_kk": d["title_kk"], "title_ru": spec["title_ru"], "title_en": spec["title_en"],
            "caption_kk": d["caption_kk"], "text": "respondents-profile.md",
            "source_kk": f"2020 жылғы есеп, {spec['number']}-диаграмма (сандар мәтіннен)",
            "source_ru": f"Отчёт за 2020 год, диаграмма {spec['number']} (цифры из текста)",
            "source_en": f"2020 report, diagram {spec['number']} (figures from the text)",
            "seed": SEED_NAME, "lines": d["lines"], "complete": spec.get("complete", True),
            "notes_kk": d["notes"]["note_kk"], "notes_ru": d["notes"]["note_ru"], "notes_en": d["notes"]["note_en"],
            "groups": spec.get("groups"),
            "columns": [
                {"id": "id", "type": "text", "label_kk": None},
                {"id": "group", "type": "text", "label_kk": None},
                {"id": "label", "type": "text", "label_kk": "Атауы", "label_ru": "Наименование", "label_en": "Name"},
                {"id": "percent", "type": "percent", "label_kk": "%", "label_ru": "%", "label_en": "%"},
            ],
        }
        for k in ("base_kk", "base_ru", "base_en"):
            if spec.get(k):
                e[k] = spec[k]
        entries.append(e)

    head = ("# The figures the 2020 report gives outside its results tables: table 5, the worked\n"
            "# examples of the method (tables 2, 3) and the diagrams whose numbers are in the text.\n"
            "# Generated by Scripts/report2020/narrative.py; do not edit by hand. `file` and `text` are\n"
            "# beside this file; `page` is a free page (Content/pages). label_ru/label_en columns and\n"
            "# title_ru/title_en are translations: the report is in Kazakh only.\n"
            "# Left out: " + "; ".join(f"diagram {k}: {v}" for k, v in sorted(DIAGRAMS_LEFT_OUT.items())) + ".\n")
    files["report.yml"] = head + "\n".join(_yaml_entry(e) for e in entries) + "\n"

    for name in sorted(files):
        _write(os.path.join(report, name), files[name])
    return sorted(files)


_LEGEND_RU = {
    "Мемлекеттік корпорация, қызмет көрсетушінің кеңсесі": "Государственная корпорация, офис услугодателя",
    "Мемлекеттік орган": "государственный орган",
    "Жауапкершіліктің жалпы аймағы (балл барлығына есептеледі)": "общая зона ответственности (балл засчитывается всем)",
    "Портал (электронды ресурс)": "портал (электронный ресурс)",
}
_LEGEND_EN = {
    "Мемлекеттік корпорация, қызмет көрсетушінің кеңсесі": "State Corporation, provider's office",
    "Мемлекеттік орган": "state body",
    "Жауапкершіліктің жалпы аймағы (балл барлығына есептеледі)": "common zone of responsibility (the score counts for all)",
    "Портал (электронды ресурс)": "portal (electronic resource)",
}


def _legend_ru(legend):
    return "; ".join(_LEGEND_RU[x] for x in legend)


def _legend_en(legend):
    return "; ".join(_LEGEND_EN[x] for x in legend)
