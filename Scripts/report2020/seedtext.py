"""Shared helpers for reading the 2020 report seed (Kazakh, tab-separated tables).

Stable API (add, don't rename):

    read_seed(path) -> list[str]            lines, 0-based list (line N of the file is lines[N-1])
    strip_markup(text) -> str               drop <b>, <i>, <sup>, ** and __ markup, collapse spaces
    is_bold(text) -> bool                   the cell/line is wrapped in <b>…</b> or **…**
    split_row(line) -> list[str]            tab-separated cells, markup stripped, spaces trimmed
    raw_cells(line) -> list[str]            tab-separated cells as they are (markup kept)
    parse_number(text) -> str               "4,58" -> "4.58", "75,1%" -> "75.1", "*"/""/"-" -> ""
    parse_int(text) -> str                  "9 181" -> "9181", "*" -> ""
    is_number(text) -> bool
    table_lines(lines, start, end, header) -> list[(lineno, line)]
                                            the data lines of a table between start and end
                                            (1-based line numbers), repeated page-break
                                            header lines and blank lines skipped
    normalize(text) -> str                  lower case, Kazakh letters folded to Russian ones,
                                            quotes and punctuation removed (for matching)
    tokens(text) -> list[str]               normalised word stems (for fuzzy matching)
    similarity(a, b) -> float               token-overlap similarity 0..1 of two names
    best_match(text, candidates) -> (key, score, second_score)
                                            candidates: dict key -> name (or list of names)
"""

from __future__ import annotations

import re
from typing import Iterable

_TAG_RE = re.compile(r"</?(?:b|i|u|sup|sub|strong|em)\b[^>]*>", re.IGNORECASE)
_BOLD_RE = re.compile(r"^\s*(?:<b>.*</b>|\*\*.*\*\*)\s*$", re.DOTALL)
_NUM_RE = re.compile(r"^[+\-−]?\d+(?:[.,]\d+)?%?$")


def read_seed(path) -> list[str]:
    """The seed as a list of lines without line terminators."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def strip_markup(text: str) -> str:
    """Remove HTML-ish inline tags, Markdown bold/italic markers and escapes."""
    t = _TAG_RE.sub("", text)
    t = t.replace("**", "").replace("__", "")
    t = t.replace("\\*", "*")
    t = t.replace("\u00a0", " ")
    t = re.sub(r"\s+", " ", t)
    return t.strip()


def is_bold(text: str) -> bool:
    return bool(_BOLD_RE.match(text.strip())) if text.strip() else False


def raw_cells(line: str) -> list[str]:
    return line.split("\t")


def split_row(line: str) -> list[str]:
    return [strip_markup(c) for c in line.split("\t")]


def is_number(text: str) -> bool:
    t = strip_markup(text).replace(" ", "")
    return bool(_NUM_RE.match(t))


def parse_number(text: str) -> str:
    """A published number as CSV text: decimal point, no '%', digits exactly as printed.

    "4,58" -> "4.58"; "4,7" -> "4.7"; "75,1%" -> "75.1"; "88,20%" -> "88.20";
    "-0,04" -> "-0.04"; "*", "", "-" -> "" (not given).
    """
    t = strip_markup(text).replace(" ", "").replace("\u2212", "-")
    if t in ("", "*", "-", "–", "—"):
        return ""
    if t.endswith("%"):
        t = t[:-1]
    t = t.replace(",", ".")
    if not re.match(r"^[+\-]?\d+(?:\.\d+)?$", t):
        raise ValueError(f"not a number: {text!r}")
    if t.startswith("+"):
        t = t[1:]
    return t


def parse_int(text: str) -> str:
    t = strip_markup(text).replace(" ", "").replace("\u00a0", "")
    if t in ("", "*", "-"):
        return ""
    if not t.isdigit():
        raise ValueError(f"not a whole number: {text!r}")
    return str(int(t))


def table_lines(lines: list[str], start: int, end: int, header: Iterable[str] = ()) -> list[tuple[int, str]]:
    """Data lines of a table: 1-based inclusive range [start, end].

    Lines equal (after markup stripping) to one of the header lines, i.e. the header
    repeated after a page break, and blank lines are skipped.
    """
    heads = {_header_key(h) for h in header}
    out = []
    for n in range(start, end + 1):
        line = lines[n - 1]
        if not line.strip():
            continue
        if _header_key(line) in heads:
            continue
        out.append((n, line))
    return out


def _header_key(line: str) -> str:
    return normalize(" ".join(split_row(line)))


# ---------------------------------------------------------------- fuzzy matching

_FOLD = str.maketrans({
    "ә": "а", "і": "и", "ң": "н", "ғ": "г", "ү": "у", "ұ": "у", "қ": "к",
    "ө": "о", "һ": "х", "ё": "е", "й": "и", "ъ": "", "ь": "",
})

# A few very common words that carry no meaning for telling services apart.
_STOP = {
    "жане", "немесе", "мен", "пен", "бен", "ушин", "туралы", "бойынша", "беру",
    "казакстан", "республикасы", "республикасынын", "республикасыны", "кр", "оларды",
    "олардын", "онын", "ишинде", "да", "де", "не", "жонундеги", "жониндеги",
}


def normalize(text: str) -> str:
    t = strip_markup(text).lower().translate(_FOLD)
    t = re.sub(r"[«»\"'“”„‘’`()\[\]{}.,;:!?/\\|*<>]", " ", t)
    t = t.replace("-", " ").replace("–", " ").replace("—", " ")
    return re.sub(r"\s+", " ", t).strip()


def tokens(text: str, stem: int = 5) -> list[str]:
    out = []
    for w in normalize(text).split(" "):
        if not w or w in _STOP:
            continue
        out.append(w[:stem])
    return out


def similarity(a: str, b: str) -> float:
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return 0.0
    inter = len(ta & tb)
    # Dice coefficient: robust to one side being a shortened wording
    return 2.0 * inter / (len(ta) + len(tb))


def best_match(text: str, candidates: dict) -> tuple[str | None, float, float]:
    """The best candidate key for text, its score and the runner-up's score."""
    scored = []
    for key, names in candidates.items():
        if isinstance(names, str):
            names = [names]
        scored.append((max(similarity(text, n) for n in names), key))
    scored.sort(key=lambda p: (-p[0], p[1]))
    if not scored:
        return None, 0.0, 0.0
    second = scored[1][0] if len(scored) > 1 else 0.0
    return scored[0][1], scored[0][0], second
