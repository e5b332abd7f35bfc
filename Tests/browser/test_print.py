"""The print stylesheet: a service page prints as a clean document of one or two A4 sheets
(PDFs written to Tests/Artifacts/print/), and no page of any kind prints with navigation,
search, table controls, or anything cut off at the sheet's right edge."""
import base64
import re

import pytest

from browser_support import ARTIFACTS, open_page, page_params

PRINTED = ARTIFACTS / "print"
MM = 96 / 25.4
SHEET_WIDTH = round((210 - 2 * 11) * MM)  # A4 less the @page margins of site.css
SERVICE_PAGES = [param for param in page_params() if param.values[0] in ("service", "service-qualitative")]
SCREEN_ONLY = ".skip, .main-nav, .languages, .header-search, .menu > summary, .site-footer, .table-filter, .downloads, .search-form, script"


def pdf_pages(pdf):
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.parametrize("kind,lang,path,presence", SERVICE_PAGES)
def test_service_page_prints_on_one_or_two_sheets(browser, server, page_file, kind, lang, path, presence):
    page_file(path, presence)
    open_page(browser, server, path)
    # as Chromium prints it, with the sheet size and margins of the style sheet's @page
    result = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
    pdf = base64.b64decode(result["data"])
    PRINTED.mkdir(parents=True, exist_ok=True)
    (PRINTED / f"{kind}.{lang}.pdf").write_bytes(pdf)
    pages = pdf_pages(pdf)
    assert 1 <= pages <= 2, f"{path} prints on {pages} A4 sheets"


PRINT_LAYOUT_SCRIPT = """
var hidden = Array.prototype.filter.call(document.querySelectorAll(arguments[0]), function (e) {
  return e.getClientRects().length > 0 && getComputedStyle(e).display !== 'none';
}).map(function (e) { return e.tagName.toLowerCase() + '.' + e.className; });
var root = document.documentElement, cut = [];
document.querySelectorAll('main *').forEach(function (e) {
  var r = e.getBoundingClientRect();
  if (r.width > 0 && r.right > root.clientWidth + 0.5) cut.push(e.tagName.toLowerCase() + '.' + e.className + ' right=' + Math.round(r.right));
});
return { visibleControls: hidden, cut: cut.slice(0, 8), scrollWidth: root.scrollWidth, width: root.clientWidth,
         sortArrows: Array.prototype.filter.call(document.querySelectorAll('.sort-button'), function (b) {
           return getComputedStyle(b, '::after').content !== 'none'; }).length };
"""


@pytest.mark.parametrize("kind,lang,path,presence", page_params())
def test_prints_clean_and_within_the_sheet(browser, server, page_file, kind, lang, path, presence):
    page_file(path, presence)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        open_page(browser, server, path, (SHEET_WIDTH, 1000))
        result = browser.execute_script(PRINT_LAYOUT_SCRIPT, SCREEN_ONLY)
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    assert not result["visibleControls"], f"printed though only for the screen: {result['visibleControls']}"
    assert result["sortArrows"] == 0, "sort arrows are printed"
    assert not result["cut"] and result["scrollWidth"] <= result["width"], \
        f"wider than the sheet ({result['width']} px): {result['cut']}"
