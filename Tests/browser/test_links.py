"""No broken internal link or anchor anywhere in the built site. A small crawler over the
output folder (no server needed): every href, src, srcset, action and SVG reference of every
HTML page, every address in sitemap.xml, robots.txt, the search index's documents and datapackage.json,
resolved against the page's own URL; each must name a file of the site, and each #fragment
an id (or a[name]) of the page it points to. External addresses are counted, not fetched."""
import html.parser
import json
import re
import urllib.parse

from browser_support import report

ORIGIN = "http://site.invalid"
URL_ATTRIBUTES = {"href", "src", "action", "poster", "data", "xlink:href", "cite", "formaction"}


class _Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.refs = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            elif name in URL_ATTRIBUTES:
                self.refs.append((tag, name, value.strip(), self.getpos()[0]))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    if candidate.strip():
                        self.refs.append((tag, name, candidate.split()[0], self.getpos()[0]))

    handle_startendtag = handle_starttag


def url_of(site, file):
    relative = file.relative_to(site).as_posix()
    if relative == "index.html":
        return ORIGIN + "/"
    if relative.endswith("/index.html"):
        return ORIGIN + "/" + relative[: -len("index.html")]
    return ORIGIN + "/" + relative


def test_no_broken_links_or_anchors(site):
    pages = {}
    for file in sorted(site.rglob("*.html")):
        parser = _Page()
        parser.feed(file.read_text(encoding="utf-8"))
        pages[file] = parser
    references = []  # (where, url as written, the base it resolves against)
    for file, parser in pages.items():
        base = url_of(site, file)
        where = file.relative_to(site).as_posix()
        for tag, attribute, value, line in parser.refs:
            references.append((f"{where}:{line} <{tag} {attribute}>", value, base))
    # the machine-readable files link too
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    for value in re.findall(r"<loc>([^<]+)</loc>|href=\"([^\"]+)\"", sitemap):
        references.append(("sitemap.xml", value[0] or value[1], ORIGIN + "/sitemap.xml"))
    for line in (site / "robots.txt").read_text(encoding="utf-8").splitlines():
        if line.lower().startswith("sitemap:"):
            references.append(("robots.txt", line.split(":", 1)[1].strip(), ORIGIN + "/robots.txt"))
    for docs in sorted((site / "search").glob("*/docs-*.json")):
        where = docs.relative_to(site).as_posix()
        for doc in json.loads(docs.read_text(encoding="utf-8")):
            references.append((where, doc[3], ORIGIN + "/"))
    package = json.loads((site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        references.append(("data/datapackage.json", resource["path"], ORIGIN + "/data/datapackage.json"))

    broken, external, fragments, targets = [], 0, 0, set()
    for where, value, base in references:
        if not value or value.startswith(("mailto:", "tel:", "data:", "javascript:")):
            continue
        url = urllib.parse.urljoin(base, value)
        parts = urllib.parse.urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != ORIGIN:
            external += 1
            continue
        path = urllib.parse.unquote(parts.path)
        file = site / path.lstrip("/")
        if path.endswith("/"):
            file = file / "index.html"
        targets.add(path)
        if not file.is_file():
            hint = " (a folder: end the link with /)" if file.is_dir() else ""
            broken.append(f"{where}: {value} → {path} does not exist{hint}")
            continue
        if parts.fragment:
            fragments += 1
            target = pages.get(file)
            fragment = urllib.parse.unquote(parts.fragment)
            if target is None or fragment not in target.ids:
                broken.append(f"{where}: {value} → no id «{fragment}» in {path}")
    internal = len(references) - external
    report(f"links: {len(references)} references in {len(pages)} pages and 4 data files checked "
           f"({internal} internal, {fragments} with a #fragment, {len(targets)} distinct targets; "
           f"{external} external, not fetched), {len(broken)} broken")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:50])
