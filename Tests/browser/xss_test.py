"""Hostile data in a real browser: none of it runs.

The Swift suite (Tests/SapaEndToEndTests/XSSTests.swift) builds one site per hostile payload, with
the payload in every data field, and checks the output as text. Here the same sites are
opened in headless Chromium (Debian's chromium and chromium-driver, through selenium), with
alert/confirm/prompt/print replaced by a recorder before any page script runs, and the DOM as
the browser parsed it is searched for what the payloads try to create: event-handler
attributes, scripts other than the site's own, javascript:/data: URLs, foreign elements.

    python3 -m pytest -q Tests/browser/xss_test.py     # builds the Swift tests if needed

SAPA_XSS_SITES=DIR reuses sites already built there (by `SAPA_XSS_OUTPUT=DIR swift test
--skip-build --filter XSSTests`) instead of building them.
"""
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import threading

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]

# Where the data fields land: home (site title, intro, headline), rankings (table titles,
# sources, notes, labels, names), a service page (every chapter field), an entity page
# (names, former names), a free page, the open-data page, a Russian page and the 404 page.
PAGES = [
    "kk/index.html",
    "kk/services/index.html",
    "kk/services/consular-registration/index.html",
    "ru/services/consular-registration/index.html",
    "en/services/consular-registration/index.html",
    "kk/regions/astana/index.html",
    "kk/regions/akmola/index.html",
    "kk/bodies/mfa/index.html",
    "kk/methodology/index.html",
    "kk/data/index.html",
    "kk/dynamics/index.html",
    "404.html",
]

# Runs before any script of the page: dialogs are recorded instead of shown.
RECORDER = """
window.__sapaCalls = [];
for (const name of ["alert", "confirm", "prompt", "print"]) {
  window[name] = function () { window.__sapaCalls.push(name + "(" + Array.from(arguments).join(",") + ")"); };
}
"""

# What the browser built from the page: anything a payload could have slipped in.
INSPECT = """
const found = [];
const elements = new Set();
const attributes = new Set();
const ownScript = /assets\\/[a-z-]+\\.js$/;
for (const element of document.querySelectorAll("*")) {
  for (const attribute of element.getAttributeNames()) {
    if (attribute.toLowerCase().startsWith("on")) found.push("handler " + attribute + " on <" + element.localName + ">");
  }
  for (const name of ["href", "src", "action", "formaction", "data", "srcdoc", "poster"]) {
    const value = (element.getAttribute(name) || "").replace(/[\\u0000-\\u0020]/g, "").toLowerCase();
    if (name === "srcdoc" && element.hasAttribute("srcdoc")) found.push("srcdoc on <" + element.localName + ">");
    if (/^(javascript|vbscript|data):/.test(value)) found.push(name + "=" + value + " on <" + element.localName + ">");
  }
  const tag = element.localName;
  elements.add(tag);
  for (const attribute of element.getAttributeNames()) attributes.add(attribute.toLowerCase());
  if (tag === "meta" && (element.getAttribute("http-equiv") || "").toLowerCase() === "refresh") found.push("meta refresh");
  if (tag === "script") {
    // The site's own scripts from its assets, or JSON-LD data that parses as JSON.
    const source = element.getAttribute("src");
    let data = false;
    if (!source && element.getAttribute("type") === "application/ld+json") {
      try { JSON.parse(element.textContent); data = true; } catch (error) { data = false; }
    }
    if (!(source && ownScript.test(source) && element.textContent === "") && !data) {
      found.push("script " + (source || element.textContent.slice(0, 60)));
    }
  }
}
return {calls: window.__sapaCalls || [], found: found, elements: Array.from(elements), attributes: Array.from(attributes)};
"""


def _need(tool):
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"`{tool}` is not installed (apt-get install -y chromium chromium-driver)")
    return path


@pytest.fixture(scope="module")
def hostile_sites(tmp_path_factory):
    """One built site per payload, from the Swift escaping tests."""
    given = os.environ.get("SAPA_XSS_SITES")
    if given:
        folder = pathlib.Path(given)
    else:
        _need("swift")
        folder = tmp_path_factory.mktemp("xss-sites")
        environment = dict(os.environ, SAPA_XSS_OUTPUT=str(folder))
        built = subprocess.run(["swift", "build", "--build-tests"], cwd=REPO, capture_output=True, text=True)
        assert built.returncode == 0, built.stdout[-4000:] + built.stderr[-4000:]
        result = subprocess.run(["swift", "test", "--skip-build", "--filter", "XSSTests/payloadIsInertEverywhere"],
                                cwd=REPO, env=environment, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    sites = sorted(path for path in folder.iterdir() if path.name.startswith("payload-") and (path / "payload.txt").exists())
    assert len(sites) >= 30, f"expected the sites of at least 30 payloads in {folder}"
    assert (folder / "harmless").is_dir(), f"expected the harmless site in {folder}"
    return folder / "harmless", sites


# What cmark writes for Markdown a publisher may use, beyond the templates' own markup.
MARKDOWN_ELEMENTS = {"p", "em", "strong", "code", "a", "img", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "pre", "hr", "br", "del"}
MARKDOWN_ATTRIBUTES = {"href", "src", "alt", "title"}


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves one site; its links start with a base path made of the payload, so a request
    for the script or style sheet is answered from assets/ whatever path it came by."""

    def translate_path(self, path):
        local = super().translate_path(path)
        if not os.path.exists(local) and "/assets/" in path:
            return os.path.join(self.directory, "assets", path.rsplit("/assets/", 1)[1].split("?")[0])
        return local

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROME_BIN") or _need("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(os.environ.get("CHROMEDRIVER") or _need("chromedriver")))
    driver.set_page_load_timeout(30)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORDER})
    yield driver
    driver.quit()


def _open_all(browser, site):
    """Opens the pages of `site` and returns each page's report."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        for page in PAGES:
            if not (site / page).exists():
                yield page, None
                continue
            browser.get(f"http://127.0.0.1:{server.server_address[1]}/{page}")
            # Hover and focus everything: handlers that only fire then would show too.
            browser.execute_script(
                "for (const e of document.querySelectorAll('body *')) {"
                " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                " e.dispatchEvent(new FocusEvent('focus')); }")
            yield page, browser.execute_script(INSPECT)
    finally:
        server.shutdown()
        server.server_close()


def test_no_payload_executes_or_lands_in_the_dom(hostile_sites, browser):
    harmless, sites = hostile_sites
    elements, attributes = set(MARKDOWN_ELEMENTS), set(MARKDOWN_ATTRIBUTES)
    for page, report in _open_all(browser, harmless):
        assert report is not None, f"the harmless site has no {page}"
        assert not report["calls"] and not report["found"], (page, report)
        elements.update(report["elements"])
        attributes.update(report["attributes"])

    problems = []
    opened = 0
    for site in sites:
        payload = (site / "payload.txt").read_text(encoding="utf-8")
        for page, report in _open_all(browser, site):
            where = f"{site.name} {payload!r}: {page}"
            if report is None:
                problems.append(f"{where} was not built")
                continue
            opened += 1
            problems += [f"{where} ran {call}" for call in report["calls"]]
            problems += [f"{where} has {item}" for item in report["found"]]
            problems += [f"{where} has the element <{name}>" for name in set(report["elements"]) - elements]
            problems += [f"{where} has the attribute {name}" for name in set(report["attributes"]) - attributes]
    assert opened == len(sites) * len(PAGES)
    assert not problems, "\n".join(problems[:50])
