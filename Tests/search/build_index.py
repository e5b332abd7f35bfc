#!/usr/bin/env python3
"""Stand-in for the Swift search-index writer: writes Output/search/<lang>/ from a built site.

The format is specified in /work/notes/search-index.md (section "Format"); this script is
its reference implementation, to be ported to Swift (SearchIndex.swift), which will take the
same texts from the model instead of parsing pages. Standard library only; the same site
gives byte-identical files.

    python3 Tests/search/build_index.py --output Output [--site .] [--dest Output/search]

What goes in, per language L (the pages of /L/):
  documents: the services (sorted by id), then the bodies, then the regions (each sorted by
  id); a service carries its name, URL, average score, rank and year as the page shows them.
  words, by field:
    name  (1)  the h1 of the page in L
    alt   (2)  the h1 of the same page in the site's other languages
    kw    (4)  keywords_L of Content/data/search-keywords.csv (services only; optional file)
    facts (8)  registry number, service code, the responsible body's name (dl.facts) and
               its abbreviation (Content/data/bodies.csv, abbr_L)
    text  (16) reserved, not written: the findings and recommendations (sections
               findings-title and recommendations-title, without their h2 and URLs). Measured:
               no query of the sets changed, and the index tripled (SAPA_SEARCH_TEXT=1 writes it)
  bodies and regions: name (1) their names in L (a body's abbreviation, a region's name of
  today and earlier ones, from Content/data), alt (2) the same in the other languages.
  Each field's words carry the language they are written in: the page's language for name,
  kw and facts, each other language for alt, the lang attribute of the section for text.
  English names go into the English index only (see alt_langs).
Words are folded (fold() below) and NOT stemmed: stemming is done by search.js at query
time, on the query and on the index words it loads.
"""
import argparse
import csv
import functools
import gzip
import html.parser
import json
import os
import re
import sys
import unicodedata

FIELD_NAME, FIELD_ALT, FIELD_KW, FIELD_FACTS, FIELD_TEXT = 1, 2, 4, 8, 16
FIELD_BITS = 5          # a posting is document * 32 + field mask
DOCS_PER_CHUNK = 25     # documents per docs-<n>.json
FORMAT = 1
INCLUDE_TEXT = os.environ.get("SAPA_SEARCH_TEXT") == "1"   # field 16; off in the format (see above)

FOLDS = {"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ё": "е"}
# Latin letters that look like Cyrillic ones, replaced only inside a word that has a Cyrillic
# letter (a phone's Latin "i" typed for "і", a stray Latin "a" or "o" inside a Kazakh word).
LOOKALIKES = {"a": "а", "b": "в", "c": "с", "e": "е", "i": "и", "k": "к", "m": "м", "o": "о",
              "p": "р", "t": "т", "x": "х", "y": "у"}
URL = re.compile(r"(?:https?://|www\.)\S+")


def is_word_char(c):
    """A letter or a digit: Unicode categories L* and N* (JS: /[\\p{L}\\p{N}]/u)."""
    return unicodedata.category(c)[0] in "LN"


def fold(text):
    """NFC, lower case, Kazakh letters to their Russian-keyboard twins, ё to е; every run of
    characters that are not letters or digits is a word break; in a word with a Cyrillic
    letter, Latin look-alikes become Cyrillic. Returns the list of words."""
    words, current = [], []
    for c in unicodedata.normalize("NFC", text).lower():
        if is_word_char(c):
            current.append(FOLDS.get(c, c))
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    result = []
    for word in words:
        if any("\u0400" <= c <= "\u04ff" for c in word):
            word = "".join(LOOKALIKES.get(c, c) for c in word)
        result.append(word)
    return result


SHARD_LIMIT = 8000       # a shard's size (shard_size) above which it is split by one more letter
SHARD_MAX_KEY = 6        # characters a shard key has at most


def shard_size(words):
    """The measure a shard is split by: for each word, its length in UTF-8 bytes plus 4 per
    posting (about its JSON size)."""
    return sum(len(word.encode("utf-8")) + 4 * len(postings) for word, _, postings in words)


def shard_keys(entries):
    """entries: [(word, word language, postings)], any order. Returns {key: [(word, postings)]}: words are
    grouped by their first letter; a group larger than SHARD_LIMIT whose key has fewer than
    SHARD_MAX_KEY letters is split by the next letter (a word no longer than the key stays
    under the key), again until no group can be split."""
    groups = {}
    for entry in entries:
        groups.setdefault(entry[0][:1], []).append(entry)
    pending = sorted(groups)
    while pending:
        key = pending.pop()
        words = groups[key]
        if len(key) >= SHARD_MAX_KEY or shard_size(words) <= SHARD_LIMIT:
            continue
        parts = {}
        for entry in words:
            parts.setdefault(entry[0][:len(key) + 1], []).append(entry)
        if len(parts) == 1 and key in parts:
            continue
        del groups[key]
        for part in parts:
            groups[part] = parts[part]
            pending.append(part)
        pending.sort()
    return groups


def shard_file(key):
    """w-<hex code points joined by '-'>.json: ASCII file names whatever the script."""
    return "w-" + "-".join("%x" % ord(c) for c in key) + ".json"


# --- reading the built pages -------------------------------------------------------------

class Node:
    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.children, self.parent = tag, dict(attrs), [], parent

    def text(self, skip=lambda node: False):
        out = []
        for child in self.children:
            if isinstance(child, str):
                out.append(child)
            elif not skip(child):
                out.append(child.text(skip))
                if child.tag in BLOCK:
                    out.append("\n")
        return "".join(out)

    def iter(self):
        for child in self.children:
            if isinstance(child, Node):
                yield child
                yield from child.iter()

    def find(self, predicate):
        return next((node for node in self.iter() if predicate(node)), None)


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "tr", "td", "th", "div", "section", "ul", "ol"}


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_endtag(self, tag):
        node = self.current
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(path):
    builder = TreeBuilder()
    with open(path, encoding="utf-8") as f:
        builder.feed(f.read())
    builder.close()
    return builder.root


def squash(text):
    return " ".join(text.split())


def read_strings(site, lang):
    """The interface labels of Templates/strings/<lang>.yml that name the facts we take."""
    labels = {}
    path = os.path.join(site, "Templates", "strings", lang + ".yml") if site else None
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^(code|service_code|body|score|rank|satisfaction):\s*(.*)$", line.rstrip("\n"))
                if m:
                    labels[m.group(1)] = m.group(2).strip().strip('"')
    return labels


@functools.lru_cache(maxsize=None)
def read_csv(site, name):
    path = os.path.join(site, "Content", "data", name) if site else None
    if not path or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def entity_names(site, kind, eid, lang):
    """A body's abbreviation, a region's names in `lang` (today's and earlier ones), from
    Content/data/bodies.csv and regions.csv: names a page of the year may not show."""
    if kind == "bodies":
        row = read_csv(site, "bodies.csv").get(eid, {})
        return [row.get("abbr_" + lang, "")]
    row = read_csv(site, "regions.csv").get(eid, {})
    names = [row.get("name_" + lang, "")]
    for former in (row.get("previous_names_" + lang) or "").split("|"):
        names.append(former.split(":", 1)[-1])
    return [name for name in names if name]


def read_keywords(site):
    path = os.path.join(site, "Content", "data", "search-keywords.csv") if site else None
    if not path or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8-sig", newline="") as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def service_page(path, labels):
    root = parse(path)
    main = root.find(lambda n: n.tag == "main")
    page = {"name": squash(main.find(lambda n: n.tag == "h1").text())}
    headline = main.find(lambda n: n.tag == "dl" and "headline" in n.attrs.get("class", ""))
    page["score"] = page["rank"] = ""
    if headline is not None:
        for item in headline.iter():
            if item.tag != "div":
                continue
            dt = item.find(lambda n: n.tag == "dt")
            dd = item.find(lambda n: n.tag == "dd")
            label, value = squash(dt.text()), squash(dd.text())
            if label == labels.get("score"):
                page["score"] = value
            elif label == labels.get("rank"):
                page["rank"] = value
    facts = []
    dl = main.find(lambda n: n.tag == "dl" and "facts" in n.attrs.get("class", ""))
    if dl is not None:
        label = None
        for node in dl.children:
            if not isinstance(node, Node):
                continue
            if node.tag == "dt":
                label = squash(node.text())
            elif node.tag == "dd" and label in (labels.get("code"), labels.get("service_code"), labels.get("body")):
                facts.append(squash(node.text()))
                link = node.find(lambda n: n.tag == "a")
                m = re.search(r"/bodies/([^/]+)/$", link.attrs.get("href", "")) if link is not None else None
                if m:
                    page["body"] = m.group(1)
    page["facts"] = " ".join(facts)
    texts = []   # (lang or None, text)
    for section_id in ("findings-title", "recommendations-title"):
        section = main.find(lambda n: n.tag == "section" and n.attrs.get("aria-labelledby") == section_id)
        if section is None:
            continue
        lang = section.attrs.get("lang")
        inner = section.find(lambda n: n.attrs.get("lang")) if lang is None else None
        if inner is not None and inner.tag == "div":
            lang = inner.attrs.get("lang")
        text = section.text(skip=lambda n: n.attrs.get("id") == section_id)
        texts.append((lang, URL.sub(" ", text)))
    page["texts"] = texts
    year = re.search(r'id="services-ranking-(\d{4})"', open(path, encoding="utf-8").read())
    page["year"] = year.group(1) if year else ""
    return page


def entity_name(path):
    root = parse(path)
    main = root.find(lambda n: n.tag == "main")
    return squash(main.find(lambda n: n.tag == "h1").text())


def listing(output, lang, kind):
    folder = os.path.join(output, lang, kind)
    if not os.path.isdir(folder):
        return []
    return sorted(name for name in os.listdir(folder)
                  if os.path.isfile(os.path.join(folder, name, "index.html")))


def site_prefix(output, lang):
    """The path the site's links start with ("/" or "/sapa/"), read from the language's home
    page link to its own search page."""
    home = open(os.path.join(output, lang, "index.html"), encoding="utf-8").read()
    m = re.search(r'href="([^"]*?)' + re.escape(lang) + r'/search/"', home)
    return m.group(1) if m else "/"


# --- writing the index -------------------------------------------------------------------

def dumps(value):
    """Compact JSON with sorted keys; <, >, & and the line separators escaped, as every JSON
    file of the site is (nothing in it can close a script element)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def alt_langs(langs, lang):
    """The languages whose names go into `lang`'s index as other-language names: the site's
    other languages, but English only into the English index (people on a Kazakh or Russian
    page type Kazakh or Russian; English names were a fifth of those indexes)."""
    return [other for other in langs if other != lang and (other != "en" or lang == "en")]


def build(output, site, dest):
    langs = sorted(name for name in os.listdir(output)
                   if re.fullmatch(r"[a-z]{2}", name) and os.path.isdir(os.path.join(output, name, "services")))
    keywords = read_keywords(site)
    services = listing(output, langs[0], "services")
    pages = {lang: {sid: service_page(os.path.join(output, lang, "services", sid, "index.html"),
                                      read_strings(site, lang))
                    for sid in services} for lang in langs}
    site_year = max((p["year"] for lang in langs for p in pages[lang].values() if p["year"]), default="")
    entities = {lang: [(kind, eid, entity_name(os.path.join(output, lang, kind, eid, "index.html")))
                       for kind in ("bodies", "regions") for eid in listing(output, lang, kind)]
                for lang in langs}
    sizes = {}
    for lang in langs:
        prefix = site_prefix(output, lang)
        docs, fields = [], []   # fields: per document, list of (mask, word lang, text)
        # Shorter names first: equal scores rank in document order, so a query that is
        # the whole of a short name comes before the same words inside a long one.
        for sid in sorted(services, key=lambda sid: (len(fold(pages[lang][sid]["name"])), sid)):
            page = pages[lang][sid]
            docs.append([sid, "service", page["name"], "%s%s/services/%s/" % (prefix, lang, sid),
                         page["score"], page["rank"], page["year"] or site_year])
            texts = [(FIELD_NAME, lang, page["name"])]
            texts += [(FIELD_ALT, other, pages[other][sid]["name"]) for other in alt_langs(langs, lang)]
            kw = keywords.get(sid, {}).get("keywords_" + lang, "")
            texts += [(FIELD_KW, lang, kw)] if kw else []
            abbreviation = entity_names(site, "bodies", page["body"], lang) if page.get("body") else []
            texts += [(FIELD_FACTS, lang, " ".join([page["facts"]] + abbreviation))]
            texts += [(FIELD_TEXT, text_lang or lang, text) for text_lang, text in page["texts"]] if INCLUDE_TEXT else []
            fields.append(texts)
        for kind, eid, name in entities[lang]:
            docs.append([eid, kind[:-1] if kind == "regions" else "body", name,
                         "%s%s/%s/%s/" % (prefix, lang, kind, eid), "", "", ""])
            texts = [(FIELD_NAME, lang, " ".join([name] + entity_names(site, kind, eid, lang)))]
            for other in alt_langs(langs, lang):
                other_name = entity_name(os.path.join(output, other, kind, eid, "index.html"))
                texts.append((FIELD_ALT, other, " ".join([other_name] + entity_names(site, kind, eid, other))))
            fields.append(texts)
        # word -> {word lang -> {doc -> mask}}
        postings = {}
        for number, texts in enumerate(fields):
            for mask, word_lang, text in texts:
                for word in fold(text):
                    by_doc = postings.setdefault(word_lang, {}).setdefault(word, {})
                    by_doc[number] = by_doc.get(number, 0) | mask
        entries = []
        for word_lang, words in postings.items():
            for word, by_doc in words.items():
                encoded, previous = [], 0
                for doc in sorted(by_doc):
                    encoded.append((doc - previous) << FIELD_BITS | by_doc[doc])
                    previous = doc
                entries.append((word, word_lang, encoded))
        shards = {}
        for key, words in shard_keys(entries).items():
            shard = shards[key] = {}
            for word, word_lang, encoded in words:
                shard.setdefault(word_lang, {})[word] = encoded
        folder = os.path.join(dest, lang)
        if os.path.isdir(folder):
            for name in os.listdir(folder):
                os.remove(os.path.join(folder, name))
        os.makedirs(folder, exist_ok=True)
        files = {}

        def write(name, value):
            data = (dumps(value) + "\n").encode("utf-8")
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
            files[name] = data

        for start in range(0, len(docs), DOCS_PER_CHUNK):
            write("docs-%d.json" % (start // DOCS_PER_CHUNK), docs[start:start + DOCS_PER_CHUNK])
        for key in sorted(shards):
            write(shard_file(key), shards[key])
        write("meta.json", {"format": FORMAT, "lang": lang, "langs": langs, "year": site_year,
                            "docs": len(docs), "services": len(services), "chunk": DOCS_PER_CHUNK,
                            "shards": sorted(shards)})
        sizes[lang] = (sum(len(d) for d in files.values()),
                       sum(len(gzip.compress(d, 9, mtime=0)) for d in files.values()), len(files))
    return sizes


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", required=True, help="the built site (sapa build's output)")
    parser.add_argument("--site", default=None, help="the site folder (Templates/strings, Content/data/search-keywords.csv)")
    parser.add_argument("--dest", default=None, help="where to write (default OUTPUT/search)")
    args = parser.parse_args()
    site = args.site
    if site is None:
        here = os.path.dirname(os.path.abspath(__file__))
        site = os.path.normpath(os.path.join(here, "..", ".."))
    sizes = build(args.output, site, args.dest or os.path.join(args.output, "search"))
    for lang, (raw, zipped, count) in sorted(sizes.items()):
        print("%s: %d files, %.1f KB, %.1f KB gzipped" % (lang, count, raw / 1024, zipped / 1024))


if __name__ == "__main__":
    sys.exit(main())
