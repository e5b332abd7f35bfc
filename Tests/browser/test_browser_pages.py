"""One page of every kind in every language (browser_pages.py), in headless Chromium:
axe-core finds no WCAG 2.1 A/AA violation, the console has no error, with JavaScript
blocked every table and figure is still there, at 360 px nothing overflows the page, and
screenshots at 360 and 1280 px are written to Tests/Artifacts/screenshots/."""
import pytest

from axe import MINIMUM, describe, find_axe, run_axe
from browser_support import DESKTOP, PHONE, open_page, page_params, screenshot

PAGES = page_params()


@pytest.fixture(scope="session")
def axe_source():
    version, source, path = find_axe()
    if source is None or version < MINIMUM:
        pytest.fail(f"axe-core {'.'.join(map(str, MINIMUM))} or newer is needed (found {version} at {path}): "
                    "run Scripts/install-dependencies --tests", pytrace=False)
    return source


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


@pytest.mark.parametrize("kind,lang,path,presence", PAGES)
def test_accessible_and_error_free(browser, server, page_file, axe_source, kind, lang, path, presence):
    page_file(path, presence)
    browser.get_log("browser")  # drop what earlier pages left
    open_page(browser, server, path, DESKTOP)
    errors = console_errors(browser)
    assert not errors, "console errors:\n" + "\n".join(entry["message"] for entry in errors)
    if lang:
        assert browser.execute_script("return document.documentElement.lang") == lang
    violations = run_axe(browser, axe_source)
    assert not violations, f"axe-core, WCAG 2.1 A/AA, {path}:\n" + describe(violations)


def test_axe_finds_what_it_should(browser, server, axe_source):
    """The engine really runs the WCAG rules: an image without text and an unlabelled input,
    added to a page, are reported."""
    open_page(browser, server, "/kk/", DESKTOP)
    browser.execute_script(
        "var main = document.querySelector('main');"
        "main.insertAdjacentHTML('beforeend', '<img src=\"data:,\"><input type=\"text\">');")
    found = {violation["id"] for violation in run_axe(browser, axe_source)}
    assert {"image-alt", "label"} <= found, found


COUNT_SCRIPT = """
var main = document.querySelector('main');
return {
  tables: document.querySelectorAll('table').length,
  tableRows: document.querySelectorAll('table tr').length,
  captions: Array.prototype.map.call(document.querySelectorAll('table caption'), function (c) { return c.textContent.trim(); }),
  figures: document.querySelectorAll('figure').length,
  svgs: document.querySelectorAll('svg').length,
  images: document.querySelectorAll('img').length,
  headings: Array.prototype.map.call(document.querySelectorAll('h1, h2, h3'), function (h) { return h.textContent.trim(); }),
  links: document.querySelectorAll('main a[href]').length,
  mainText: main ? main.innerText.length : 0,
  sortButtons: document.querySelectorAll('.sort-button').length,
  sortableHeaders: document.querySelectorAll('table[data-sortable] > thead > tr:last-child > th').length,
  filters: document.querySelectorAll('.table-filter').length
};
"""


@pytest.mark.parametrize("kind,lang,path,presence", PAGES)
def test_reads_without_javascript(browser, browser_nojs, server, page_file, kind, lang, path, presence):
    page_file(path, presence)
    open_page(browser, server, path, DESKTOP)
    with_js = browser.execute_script(COUNT_SCRIPT)
    open_page(browser_nojs, server, path, DESKTOP)
    without = browser_nojs.execute_script(COUNT_SCRIPT)
    # Scripts really were blocked: none of the controls site.js adds is there.
    assert without["sortButtons"] == 0 and without["filters"] == 0, without
    for key in ("tables", "tableRows", "captions", "figures", "svgs", "images", "headings", "links"):
        assert without[key] == with_js[key], f"{key} without JavaScript: {without[key]!r}, with: {with_js[key]!r}"
    assert without["mainText"] > 0
    # with JavaScript, every sortable table gains sort buttons in its header
    assert with_js["sortButtons"] == with_js["sortableHeaders"], with_js


OVERFLOW_SCRIPT = """
var root = document.documentElement, width = root.clientWidth, culprits = [];
function scrolledInBox(node) {  // inside a box that scrolls (or clips) by itself
  for (var p = node.parentElement; p && p !== document.body; p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') return true;
  }
  return false;
}
function name(e) {
  return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
    (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
}
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > width + 0.5 && !scrolledInBox(e)) culprits.push(name(e) + ' right=' + Math.round(r.right));
});
var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), text;
while ((text = walker.nextNode())) {  // text that runs out of its box (a long word)
  var range = document.createRange();
  range.selectNodeContents(text);
  var r = range.getBoundingClientRect();
  if (r.width > 0 && r.right > width + 0.5 && !scrolledInBox(text))
    culprits.push('text «' + text.textContent.trim().slice(0, 40) + '» in ' + name(text.parentElement) + ' right=' + Math.round(r.right));
}
var tables = Array.prototype.map.call(document.querySelectorAll('table'), function (t) {
  var box = t.closest('.table-scroll');
  return { caption: t.caption ? t.caption.textContent.trim().slice(0, 60) : '', inBox: !!box,
           tableWidth: t.getBoundingClientRect().width,
           boxOverflow: box ? getComputedStyle(box).overflowX : null,
           boxWidth: box ? box.getBoundingClientRect().width : null,
           boxRight: box ? box.getBoundingClientRect().right : null };
});
return { scrollWidth: root.scrollWidth, clientWidth: width, innerWidth: window.innerWidth,
         culprits: culprits.slice(0, 10), tables: tables };
"""


@pytest.mark.parametrize("kind,lang,path,presence", PAGES)
def test_phone_width_and_screenshots(browser, server, page_file, kind, lang, path, presence):
    page_file(path, presence)
    open_page(browser, server, path, DESKTOP)
    screenshot(browser, f"{kind}.{lang or 'all'}.{DESKTOP[0]}")
    open_page(browser, server, path, PHONE)
    try:
        result = browser.execute_script(OVERFLOW_SCRIPT)
        screenshot(browser, f"{kind}.{lang or 'all'}.{PHONE[0]}")
    finally:
        open_page(browser, server, "/robots.txt", DESKTOP)
    assert result["scrollWidth"] <= result["clientWidth"], (
        f"{path} is {result['scrollWidth']} px wide at a {PHONE[0]} px viewport; "
        f"wider elements: {result['culprits']}")
    assert result["clientWidth"] == PHONE[0], result
    for table in result["tables"]:
        # a table wider than the phone scrolls inside its own .table-scroll box
        if table["tableWidth"] > PHONE[0] - 1:
            assert table["inBox"], f"a wide table outside a .table-scroll box: {table}"
            assert table["boxOverflow"] in ("auto", "scroll"), table
            assert table["boxRight"] <= PHONE[0] + 0.5, table


def test_overflow_check_finds_what_it_should(browser, server):
    """The 360 px check sees a box and a long word that stick out (and not a table that
    scrolls inside its own box)."""
    open_page(browser, server, "/kk/services/", PHONE)
    try:
        browser.execute_script(
            "document.querySelector('main').insertAdjacentHTML('beforeend',"
            " '<p id=\"wide-box\" style=\"width:500px\">x</p><p>Ұзынсөзұзынсөзұзынсөзұзынсөзұзынсөзұзынсөзұзын</p>');")
        result = browser.execute_script(OVERFLOW_SCRIPT)
    finally:
        open_page(browser, server, "/robots.txt", DESKTOP)
    assert result["scrollWidth"] > result["clientWidth"]
    assert any(c.startswith("p#wide-box") for c in result["culprits"]), result["culprits"]
    assert any(c.startswith("text «Ұзынсөз") for c in result["culprits"]), result["culprits"]
    assert not any(c.startswith(("table", "td", "th")) for c in result["culprits"]), result["culprits"]
