#!/usr/bin/env python3
"""The reference: the same query sets through Pagefind's own search, in headless Chromium.

    python3 Tests/search/pagefind_eval.py --output /tmp/demo-out [--queries Tests/search/queries.yml]...
                                          [--keywords] [--json FILE]

Copies the built site to a temporary folder, indexes its service pages with Pagefind
(PyPI pagefind-bin; the page's <main> only, language from <html lang>: Snowball stemming
for ru and en, none for kk), serves it on a free loopback port, and for each query opens a
page of the query's language and runs `pagefind.search(q)`: the expected service must be
among the first three results. --keywords also writes the row of
Content/data/search-keywords.csv into each service page's <main>, as a site using Pagefind
would have to, to give it the colloquial names our index has. Prints k of N per language
and the bundle's size per language. Needs pagefind-bin, selenium, chromium, chromedriver.
"""
import argparse
import csv
import functools
import html
import http.server
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import threading

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]


def read_queries(path):
    """The one-query-a-line form of queries.yml (see evaluate.mjs)."""
    import yaml
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def pagefind_binary():
    import pagefind_bin
    return os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind")


def inject_keywords(site, keywords):
    for page in site.glob("*/services/*/index.html"):
        lang, sid = page.parts[-4], page.parts[-2]
        words = keywords.get(sid, {}).get("keywords_" + lang, "")
        if not words:
            continue
        text = page.read_text(encoding="utf-8")
        text = text.replace("</main>", '<p class="search-keywords">%s</p>\n</main>' % html.escape(words), 1)
        page.write_text(text, encoding="utf-8")


SERVED = []   # (path, bytes) of every file of the bundle served


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_head(self):
        handle = super().send_head()
        if handle is not None and "/pagefind/" in self.path:
            try:
                SERVED.append((self.path, os.fstat(handle.fileno()).st_size))
            except (AttributeError, OSError):
                pass
        return handle


SEARCH = """
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  if (!window.__pagefind) {
    window.__pagefind = await import("/pagefind/pagefind.js");
    await window.__pagefind.init();
  }
  const found = await window.__pagefind.search(query);
  const first = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
  done({count: found.results.length, urls: first.map((d) => d.url)});
})().catch((e) => done({error: String(e)}));
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", required=True, help="a built site")
    parser.add_argument("--queries", action="append", default=[])
    parser.add_argument("--keywords", action="store_true", help="write search-keywords.csv into the pages first")
    parser.add_argument("--json", help="write the per-query results here")
    args = parser.parse_args()
    queries = [q for path in (args.queries or [str(HERE / "queries.yml")]) for q in read_queries(path)]

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        shutil.copytree(args.output, site)
        if args.keywords:
            with open(REPO / "Content" / "data" / "search-keywords.csv", encoding="utf-8") as f:
                inject_keywords(site, {row["id"]: row for row in csv.DictReader(f)})
        run = subprocess.run([pagefind_binary(), "--site", str(site), "--glob", "*/services/*/index.html",
                              "--root-selector", "main"], capture_output=True, text=True)
        if run.returncode:
            sys.exit(run.stdout + run.stderr)
        # What a language's search can download: its index and fragment files, its metadata,
        # its WebAssembly (kk has no stemmer: wasm.unknown) and pagefind.js.
        sizes = {}
        bundle = site / "pagefind"
        for lang in sorted({q["lang"] for q in queries}):
            files = list((bundle / "index").glob(lang + "_*")) + list((bundle / "fragment").glob(lang + "_*"))
            files += list(bundle.glob("pagefind.%s_*.pf_meta" % lang)) + [bundle / "pagefind.js"]
            wasm = bundle / ("wasm.%s.pagefind" % lang)
            files.append(wasm if wasm.exists() else bundle / "wasm.unknown.pagefind")
            sizes[lang] = {"index": sum(p.stat().st_size for p in files if p.parent.name == "index"),
                           "fragments": sum(p.stat().st_size for p in files if p.parent.name == "fragment"),
                           "runtime": sum(p.stat().st_size for p in files if p.parent == bundle)}
        handler = functools.partial(Quiet, directory=str(site))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        origin = "http://127.0.0.1:%d" % httpd.server_address[1]
        options = webdriver.ChromeOptions()
        options.binary_location = os.environ.get("CHROME_BIN") or shutil.which("chromium")
        for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
            options.add_argument(argument)
        driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")))
        driver.set_script_timeout(60)
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.setCacheDisabled", {"cacheDisabled": True})
        results = []
        try:
            for query in queries:
                # A fresh page for each query (Pagefind takes the language from the page it
                # runs in), so that the bytes are those one query downloads.
                driver.get(origin + "/%s/services/" % query["lang"])
                del SERVED[:]
                found = driver.execute_async_script(SEARCH, query["q"])
                found["bytes"] = sum(size for _, size in SERVED)
                if "error" in found:
                    sys.exit("pagefind: %s" % found["error"])
                ids = [url.rstrip("/").split("/")[-1] for url in found["urls"]]
                rank = ids.index(query["expect"]) + 1 if query["expect"] in ids else 0
                results.append(dict(query, rank=rank, ok=bool(rank), top=ids, count=found["count"], bytes=found["bytes"]))
        finally:
            driver.quit()
            httpd.shutdown()
    score = {}
    for r in results:
        k, n = score.get(r["lang"], (0, 0))
        score[r["lang"]] = (k + r["ok"], n + 1)
    for r in results:
        print("%s %s %s «%s» → %s   [top: %s]" % ("ok  " if r["ok"] else "MISS", r["lang"], ("#%d" % r["rank"]) if r["rank"] else "— ",
                                              r["q"], r["expect"], ", ".join(r["top"]) or "none"))
    for lang, (k, n) in sorted(score.items()):
        print("%s: %d of %d" % (lang, k, n))
    print("all: %d of %d" % (sum(k for k, _ in score.values()), sum(n for _, n in score.values())))
    for lang, size in sorted(sizes.items()):
        per_query = [r["bytes"] for r in results if r["lang"] == lang]
        print("%s bundle (as written, already compressed): index %.1f KB, fragments %.1f KB, pagefind.js + wasm + meta %.1f KB;"
              " one query on a fresh page downloads %.1f KB (median)"
              % (lang, size["index"] / 1024, size["fragments"] / 1024, size["runtime"] / 1024,
                 sorted(per_query)[len(per_query) // 2] / 1024))
        print("   (the first query of a page downloads pagefind.js, its worker and WebAssembly too: at most %.1f KB)"
              % (max(per_query) / 1024))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"results": results, "score": score, "sizes": sizes}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
