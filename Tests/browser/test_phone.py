"""A phone's first screen (issue 21), at 360 x 640: the page's title starts within the top
200 px and a service's key figures follow on the same screen; the menu folds away behind a
<details> button that opens by keyboard and without JavaScript; every link and button of
the header, menu, footer and table controls is at least 44 px tall; no word of a label or
figure is split across lines; wide tables keep the column that names their rows in view
while they scroll, and the page itself never scrolls sideways."""
import urllib.parse

import pytest
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import browser_pages
from browser_support import DESKTOP, open_page, page_params
from test_keyboard import press, tab_to

SCREEN = (360, 640)
TITLE_LIMIT = 200  # px from the top of the screen to the top of <h1>
TAP = 44           # px, the least height (and width) of a tap target
SERVICE = "/{lang}/services/civil-service-testing/"
PAGES = page_params()

# Every control a finger aims at outside running text: the header (brand, menu button, search,
# language switch), the menu, the footer's links, the home page's cards, sort buttons, table
# filters and the search's "show more" (links inside sentences and table cells are exempt, as in
# WCAG 2.5.5).
TARGETS = ("header a, header button, header summary, header input, footer a, .cards a, "
           ".sort-button, .table-filter input, .search-form input, .search-form button, .search-more")

# Labels and figures whose words must not be broken across two lines.
LABELS = ("h1, h2, h3, caption, th, td, dt, dd, summary, button, label, .cards a, .main-nav a, "
          ".languages a, .brand, .podium .figures")

PHONE_SCRIPT = """
var targets = arguments[0], labels = arguments[1], root = document.documentElement;
function name(e) {
  return e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '') +
    ' «' + (e.textContent || e.value || e.placeholder || '').trim().slice(0, 30) + '»';
}
var h1 = document.querySelector('h1'), headline = document.querySelector('.headline');
var small = [];
document.querySelectorAll(targets).forEach(function (e) {
  if (!e.checkVisibility()) return;
  var r = e.getBoundingClientRect();
  if (r.height < arguments_tap - 0.5 || r.width < arguments_tap - 0.5)
    small.push(name(e) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));
});
var broken = [], words = /[\\p{L}\\p{N}]{2,}/gu, seen = new Set();
document.querySelectorAll(labels).forEach(function (e) {
  if (!e.checkVisibility()) return;
  var walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT), text, match;
  while ((text = walker.nextNode())) {
    if (seen.has(text) || /^\\s*(https?:\\/\\/|www\\.)/.test(text.data)) continue;  // an address may break anywhere
    seen.add(text);
    words.lastIndex = 0;
    while ((match = words.exec(text.data))) {
      var range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      var tops = new Set();
      Array.prototype.forEach.call(range.getClientRects(), function (r) { if (r.width > 0) tops.add(Math.round(r.top)); });
      if (tops.size > 1) broken.push('«' + match[0] + '» in ' + name(text.parentElement));
    }
  }
});
return { h1: h1 ? h1.getBoundingClientRect().top : null,
         headline: headline ? headline.getBoundingClientRect().top : null,
         scrollWidth: root.scrollWidth, clientWidth: root.clientWidth,
         small: small.slice(0, 12), broken: broken.slice(0, 12) };
""".replace("arguments_tap", str(TAP))


def shown(driver, elements):
    """Whether each element is rendered (selenium's is_displayed() counts anything inside a
    closed <details> as hidden, even where the style sheet shows it)."""
    return [driver.execute_script("return arguments[0].checkVisibility()", element) for element in elements]


def open_menu(driver):
    """Clicks the menu button (when the header shows one) and returns the <details>."""
    menus = driver.find_elements("css selector", "header details.menu")
    assert menus, "the header has no menu button (<details class=\"menu\">)"
    menu = menus[0]
    summary = menu.find_element("css selector", "summary")
    if summary.is_displayed() and menu.get_attribute("open") is None:
        summary.click()
    return menu


@pytest.mark.parametrize("kind,lang,path,presence", PAGES)
def test_first_screen(browser, server, page_file, kind, lang, path, presence):
    """Every page at 360 x 640: its title within the top 200 px (a service's key figures on the
    first screen too), no page-wide sideways scroll with the menu shut or open, tap targets of
    44 px and no word broken across lines."""
    page_file(path, presence)
    try:
        open_page(browser, server, path, SCREEN)
        shut = browser.execute_script(PHONE_SCRIPT, TARGETS, LABELS)
        assert shut["h1"] is not None and shut["h1"] <= TITLE_LIMIT, \
            f"{path}: the title starts {shut['h1']:.0f} px from the top of a {SCREEN[0]} x {SCREEN[1]} screen"
        if kind == "service":
            assert shut["headline"] is not None and shut["headline"] < SCREEN[1] - 80, \
                f"{path}: the key figures start at {shut['headline']} px, below the first screen"
        assert not shut["broken"], f"{path}: words broken across lines: {shut['broken']}"
        open_menu(browser)
        opened = browser.execute_script(PHONE_SCRIPT, TARGETS, LABELS)
    finally:
        open_page(browser, server, "/robots.txt", DESKTOP)
    for state, result in (("shut", shut), ("open", opened)):
        assert result["scrollWidth"] <= SCREEN[0], f"{path}, menu {state}: the page is {result['scrollWidth']} px wide"
        assert not result["small"], f"{path}, menu {state}: tap targets under {TAP} px: {result['small']}"


def test_first_screen_finds_what_it_should(browser, server):
    """The checks see a word broken mid-way, a small link in the header and a title pushed down."""
    try:
        open_page(browser, server, "/ru/services/civil-service-testing/", SCREEN)
        browser.execute_script(
            "document.querySelector('h1').insertAdjacentHTML('beforebegin', '<div style=\"height:300px\"></div>');"
            "document.querySelector('.headline dt').style.cssText = 'overflow-wrap:anywhere;width:4em';"
            "document.querySelector('header').insertAdjacentHTML('beforeend', '<a href=\"#\" id=\"tiny\">x</a>');")
        result = browser.execute_script(PHONE_SCRIPT, TARGETS, LABELS)
    finally:
        open_page(browser, server, "/robots.txt", DESKTOP)
    assert result["h1"] > TITLE_LIMIT
    assert any(line.startswith("a «x»") for line in result["small"]), result["small"]
    assert any(line.startswith("«") and " in dt" in line for line in result["broken"]), result["broken"]


@pytest.mark.parametrize("lang", ("kk", "ru"))
def test_service_title_and_figures_without_javascript(browser_nojs, server, lang):
    """The same first screen with scripts blocked; the menu opens by a click on its button and
    its links then lead on."""
    path = SERVICE.format(lang=lang)
    try:
        open_page(browser_nojs, server, path, SCREEN)
        result = browser_nojs.execute_script(PHONE_SCRIPT, TARGETS, LABELS)
        assert result["h1"] <= TITLE_LIMIT, result
        assert result["headline"] < SCREEN[1] - 80, result
        assert not result["broken"], result["broken"]
        menu = browser_nojs.find_element("css selector", "header details.menu")
        links = menu.find_elements("css selector", ".main-nav a")
        assert len(links) >= 8
        assert not any(shown(browser_nojs, links)), "the menu is open before its button is pressed"
        menu.find_element("css selector", "summary").click()
        assert menu.get_attribute("open") is not None
        assert all(shown(browser_nojs, links + [browser_nojs.find_element("id", "header-q")]))
        small = browser_nojs.execute_script(PHONE_SCRIPT, TARGETS, LABELS)["small"]
        assert not small, small
        target = links[1].get_attribute("href")
        links[1].click()
        WebDriverWait(browser_nojs, 10).until(lambda d: d.current_url == target)
    finally:
        open_page(browser_nojs, server, "/robots.txt", DESKTOP)


@pytest.mark.parametrize("lang", ("kk", "ru"))
def test_menu_by_keyboard(browser, server, lang):
    """TAB reaches the menu button right after the site's name, ENTER opens it, TAB then goes
    through the search and the section links, ENTER follows one; SPACE shuts the menu again."""
    path = SERVICE.format(lang=lang)
    try:
        open_page(browser, server, path, SCREEN)
        menu = browser.find_element("css selector", "header details.menu")
        summary = menu.find_element("css selector", "summary")
        presses = tab_to(browser, summary)
        assert presses <= 3, f"the menu button is {presses} TABs from the top"
        press(browser, Keys.SPACE)
        assert menu.get_attribute("open") is not None, "SPACE did not open the menu"
        press(browser, Keys.SPACE)
        assert menu.get_attribute("open") is None, "SPACE did not shut the menu"
        press(browser, Keys.ENTER)
        assert menu.get_attribute("open") is not None, "ENTER did not open the menu"
        links = menu.find_elements("css selector", ".main-nav a")
        target = links[1]
        for count in range(1, 8):
            press(browser, Keys.TAB)
            if browser.execute_script("return document.activeElement === arguments[0]", target):
                break
        else:
            pytest.fail("TAB from the open menu button never reached its second link")
        assert all(shown(browser, [target]))
        href = target.get_attribute("href")
        press(browser, Keys.ENTER)
        WebDriverWait(browser, 10).until(lambda d: d.current_url == href)
        assert urllib.parse.urlparse(browser.current_url).path == f"/{lang}/services/"
    finally:
        open_page(browser, server, "/robots.txt", DESKTOP)


def test_wide_screen_shows_the_menu(browser, server):
    """From 900 px the sections show as a bar, without a button, as before."""
    open_page(browser, server, "/ru/services/civil-service-testing/", DESKTOP)
    menu = browser.find_element("css selector", "header details.menu")
    assert not any(shown(browser, menu.find_elements("css selector", "summary")))
    assert all(shown(browser, menu.find_elements("css selector", ".main-nav a")
                            + browser.find_elements("css selector", "#header-q, .languages [aria-current]")))
    top = browser.execute_script("return document.querySelector('h1').getBoundingClientRect().top")
    assert top <= TITLE_LIMIT, f"the title starts {top:.0f} px from the top at {DESKTOP[0]} px"


# Broad queries, one of which finds more results than the search shows at once.
BROAD_QUERIES = ("выдача", "справка", "лицензия", "государственная")


def test_show_more_is_a_tap_target(browser, server):
    """The search's "show more" button, under a long list of results, is 44 px tall too."""
    try:
        for query in BROAD_QUERIES:
            open_page(browser, server, f"/ru/search/?q={urllib.parse.quote(query)}", SCREEN)
            WebDriverWait(browser, 10).until(
                lambda d: d.find_elements("css selector", "#search-results p, #search-results li"))
            buttons = browser.find_elements("css selector", ".search-more")
            if buttons:
                break
        else:
            pytest.skip(f"none of {BROAD_QUERIES} finds more results than the search shows at once")
        box = browser.execute_script("var r = arguments[0].getBoundingClientRect(); return [r.width, r.height];", buttons[0])
    finally:
        open_page(browser, server, "/robots.txt", DESKTOP)
    assert min(box) >= TAP - 0.5, f"the show-more button is {box[0]:.0f} x {box[1]:.0f} px"


STICKY_SCRIPT = """
var box = arguments[0], table = box.querySelector('table');
box.scrollLeft = box.scrollWidth;
var row = table.tBodies[0].rows[0], boxLeft = box.getBoundingClientRect().left + box.clientLeft;
var cells = Array.prototype.map.call(row.cells, function (cell) {
  return { left: cell.getBoundingClientRect().left - boxLeft, text: cell.textContent.trim().slice(0, 40),
           link: cell.querySelector('a') ? cell.querySelector('a').getAttribute('href') : null };
});
var caption = table.caption ? table.caption.getBoundingClientRect() : null;
return { scrolled: box.scrollLeft, overflow: box.scrollWidth - box.clientWidth, cells: cells,
         captionLeft: caption ? caption.left - boxLeft : null,
         captionRight: caption ? caption.right - boxLeft : null, boxWidth: box.clientWidth };
"""

# (page, the table's position on it, what the column kept in view links to)
WIDE_TABLES = [
    ("/ru/services/", 0, "/ru/services/"),
    ("/kk/services/", 0, "/kk/services/"),
    ("/ru/regions/", 0, "/ru/regions/"),
    ("/kk/bodies/", 0, "/kk/bodies/"),
]


@pytest.mark.parametrize("path,index,links_to", WIDE_TABLES, ids=[t[0] for t in WIDE_TABLES])
def test_wide_table_keeps_its_names_in_view(browser, server, path, index, links_to):
    """A table wider than the phone scrolls in its own box; scrolled to its far end, the cell
    that names the row (the service in the ranking of services) is still at the box's left edge,
    and so is the caption."""
    try:
        open_page(browser, server, path, SCREEN)
        box = browser.find_elements("css selector", ".table-scroll")[index]
        result = browser.execute_script(STICKY_SCRIPT, box)
        width = browser.execute_script("return document.documentElement.scrollWidth")
    finally:
        open_page(browser, server, "/robots.txt", DESKTOP)
    assert width <= SCREEN[0]
    assert result["overflow"] > 50, f"the table fits the phone, nothing to check: {result}"
    pinned = [cell for cell in result["cells"] if abs(cell["left"]) <= 1]
    assert pinned, f"no cell of the first row stays at the left edge once scrolled: {result['cells']}"
    assert pinned[0]["link"] and pinned[0]["link"].startswith(links_to), pinned
    assert result["captionLeft"] is not None and abs(result["captionLeft"]) <= 1 \
        and result["captionRight"] <= result["boxWidth"] + 1, result


def test_every_page_kind_is_checked():
    """The first-screen test runs on every page kind the suite knows."""
    assert {param.values[0] for param in PAGES} == {kind for kind, _, _ in browser_pages.PAGE_KINDS}
