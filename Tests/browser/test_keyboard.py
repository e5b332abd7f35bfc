"""Sorting, filtering and search work by keyboard alone: TAB moves the focus to the
control, ENTER / SPACE press it, keys type into it; no mouse click anywhere."""
import re
import time
import urllib.parse

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

import browser_pages
from browser_support import DESKTOP, open_page

RANKINGS = [pytest.param(path, lang, id=page_id)
            for page_id, kind, lang, path, presence in browser_pages.pages()
            if kind in browser_pages.RANKING_KINDS]


def press(driver, *keys):
    ActionChains(driver).send_keys(*keys).perform()


def tab_to(driver, target, limit=400):
    """Presses TAB from the top of the page until `target` has the focus."""
    driver.execute_script("if (document.activeElement) document.activeElement.blur(); window.scrollTo(0, 0);")
    for count in range(1, limit + 1):
        press(driver, Keys.TAB)
        if driver.execute_script("return document.activeElement === arguments[0]", target):
            return count
    pytest.fail(f"{limit} presses of TAB never reached {target.get_attribute('outerHTML')[:200]}")


# Kazakh letters match their plain counterparts in site.js and search.js.
FOLDS = str.maketrans("әқңөұүіғһё", "акноууигхе")


def fold(text):
    return text.lower().translate(FOLDS)


ROWS_SCRIPT = """
var table = arguments[0], column = arguments[1];
return Array.prototype.map.call(table.tBodies[0].rows, function (row) {
  var cell = row.cells[column], raw = cell.getAttribute('data-sort');
  if (raw === null) raw = cell.textContent.trim();
  var n = parseFloat(raw);
  return { text: row.textContent, raw: raw, number: isNaN(n) ? null : n, hidden: row.hidden };
});
"""

# Adjacent values out of order by the page's own collation (Intl, in the page's language).
TEXT_ORDER_SCRIPT = """
var values = arguments[0], lang = document.documentElement.lang, descending = arguments[1], bad = [];
for (var i = 1; i < values.length; i++) {
  var order = values[i - 1].toLocaleLowerCase(lang).localeCompare(values[i].toLocaleLowerCase(lang), lang);
  if (descending ? order < 0 : order > 0) bad.push(values[i - 1] + ' | ' + values[i]);
}
return bad;
"""


def sortable_table(driver):
    tables = driver.find_elements("css selector", "table[data-sortable]")
    assert tables, "no sortable table"
    return tables[0]


def check_order(driver, rows, sort_type, descending):
    if sort_type == "number":
        numbers = [row["number"] for row in rows]
        present = [n for n in numbers if n is not None]
        # rows without a number (totals, «—») go last, whichever the direction
        assert numbers[:len(present)] == present, numbers
        assert present == sorted(present, reverse=descending), present
    else:
        bad = driver.execute_script(TEXT_ORDER_SCRIPT, [row["raw"] for row in rows], descending)
        assert not bad, f"out of order: {bad[:5]}"


@pytest.mark.parametrize("path,lang", RANKINGS)
def test_sorting_by_keyboard(browser, server, path, lang):
    open_page(browser, server, path, DESKTOP)
    table = sortable_table(browser)
    headers = browser.execute_script(
        "var t = arguments[0]; return Array.prototype.map.call(t.tHead.rows[t.tHead.rows.length - 1].cells,"
        " function (th) { return th.getAttribute('data-sort-type') || 'text'; });", table)
    # one column of each type: the first numeric one and the first text one
    columns = [headers.index(kind) for kind in ("number", "text") if kind in headers]
    assert columns, headers
    for column in columns:
        before = browser.execute_script(ROWS_SCRIPT, table, column)
        button = browser.execute_script(
            "var t = arguments[0]; return t.tHead.rows[t.tHead.rows.length - 1].cells[arguments[1]].querySelector('button.sort-button');",
            table, column)
        assert button is not None, "site.js added no sort button"
        tab_to(browser, button)
        for key, descending in ((Keys.ENTER, False), (Keys.SPACE, True)):
            press(browser, key)
            th = browser.execute_script("return arguments[0].parentElement", button)
            assert th.get_attribute("aria-sort") == ("descending" if descending else "ascending")
            assert browser.execute_script("return document.activeElement === arguments[0]", button), \
                "the focus left the sort button"
            after = browser.execute_script(ROWS_SCRIPT, table, column)
            assert sorted(r["text"] for r in after) == sorted(r["text"] for r in before), "rows were lost or changed"
            check_order(browser, after, headers[column], descending)
        # the other headers carry no stale sort state
        assert len(browser.find_elements("css selector", "table[data-sortable] th[aria-sort]")) == 1


def pick_query(texts, lang):
    """A word from the rows that some rows have and others don't; in Kazakh, one with a
    Kazakh-specific letter, typed without it (as on a keyboard without Kazakh letters); a year
    where the rows have no words."""
    counts = {}
    for text in texts:
        for word in set(re.findall(r"[^\W\d_]{5,}", text.lower())):
            counts[word] = counts.get(word, 0) + 1
    candidates = sorted((word for word, n in counts.items() if 0 < n < len(texts)),
                        key=lambda word: (-counts[word], word))
    if lang == "kk":
        kazakh = [word for word in candidates if fold(word) != word]
        if kazakh:
            return fold(kazakh[0])
    if not candidates:
        # A table of figures by year (a national series): a year filters it.
        years = sorted({year for text in texts for year in re.findall(r"(?<!\d)(?:19|20)\d\d", text)})
        candidates = [year for year in years if 0 < sum(year in text for text in texts) < len(texts)]
    assert candidates, "no word or year to filter by"
    return candidates[0]


@pytest.mark.parametrize("path,lang", RANKINGS)
def test_filtering_by_keyboard(browser, server, path, lang):
    open_page(browser, server, path, DESKTOP)
    table = browser.execute_script(
        "var input = document.querySelector('.table-filter input');"
        "if (!input) return null;"
        "var next = input.parentElement.nextElementSibling;"
        "return next.matches('table') ? next : next.querySelector('table');")
    if table is None:
        pytest.skip("no table on this page has enough rows to be filtered")
    filter_input = browser.find_element("css selector", ".table-filter input")
    label = browser.execute_script("return document.querySelector('label[for=\"' + arguments[0].id + '\"]').textContent",
                                   filter_input)
    assert label.strip(), "the filter has no label"
    rows = browser.execute_script(ROWS_SCRIPT, table, 0)
    query = pick_query([row["text"] for row in rows], lang)
    tab_to(browser, filter_input)
    press(browser, query)
    after = browser.execute_script(ROWS_SCRIPT, table, 0)
    shown = [row["text"] for row in after if not row["hidden"]]
    expected = [row["text"] for row in after if fold(query) in fold(row["text"])]
    assert shown == expected, f"filter «{query}»: {len(shown)} rows shown, {len(expected)} expected"
    assert 0 < len(shown) < len(after), f"filter «{query}» shows {len(shown)} of {len(after)} rows"
    # clearing the box by keyboard shows every row again
    ActionChains(browser).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).send_keys(Keys.BACKSPACE).perform()
    assert filter_input.get_attribute("value") == ""
    assert not any(row["hidden"] for row in browser.execute_script(ROWS_SCRIPT, table, 0))


# (language, word typed, a word some result's name must contain)
SEARCHES = [
    ("kk", "кызмет", "қызмет"),   # typed without Kazakh letters, finds «қызмет»
    ("ru", "лиценз", "лиценз"),
    ("en", "licen", "licen"),
]


def results(driver):
    return driver.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('#search-results li a'),"
        " function (a) { return [a.textContent, a.getAttribute('href')]; });")


def wait_for_results(driver):
    WebDriverWait(driver, 10).until(lambda d: len(results(d)) > 0)
    return results(driver)


@pytest.mark.parametrize("lang,typed,expected", SEARCHES, ids=[s[0] for s in SEARCHES])
def test_search_by_keyboard(browser, server, lang, typed, expected):
    browser.get_log("browser")  # drop what earlier pages left
    open_page(browser, server, f"/{lang}/search/", DESKTOP)
    box = browser.find_element("id", "search-query")
    tab_to(browser, box)
    press(browser, typed)
    found = wait_for_results(browser)
    errors = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    assert not errors, errors  # the index loaded without a console error
    names = [name for name, _ in found]
    assert any(expected in name.lower() for name in names), names[:10]
    summary = browser.find_element("css selector", "#search-results p").text
    assert summary.split()[0].isdigit() and int(summary.split()[0]) >= len(found)
    # ENTER submits: the address keeps the query, the results stay
    press(browser, Keys.ENTER)
    WebDriverWait(browser, 5).until(lambda d: "q=" in d.current_url)
    assert urllib.parse.parse_qs(urllib.parse.urlparse(browser.current_url).query)["q"] == [typed]
    assert results(browser) == found
    # TAB to the first result and ENTER opens it
    first = browser.find_element("css selector", "#search-results li a")
    tab_to(browser, first)
    press(browser, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: urllib.parse.urlparse(d.current_url).path == found[0][1])
    assert browser.find_element("tag name", "h1").text.strip()


@pytest.mark.parametrize("lang,typed,expected", SEARCHES, ids=[s[0] for s in SEARCHES])
def test_header_search_by_keyboard(browser, server, lang, typed, expected):
    """The search box on every page: TAB to it, type, ENTER: the search page shows results."""
    open_page(browser, server, f"/{lang}/services/", DESKTOP)
    box = browser.find_element("id", "header-q")
    presses = tab_to(browser, box)
    assert presses <= 3, f"the header search box is {presses} TABs from the top"
    press(browser, typed, Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: urllib.parse.urlparse(d.current_url).path == f"/{lang}/search/")
    names = [name for name, _ in wait_for_results(browser)]
    assert any(expected in name.lower() for name in names), names[:10]
    assert browser.find_element("id", "search-query").get_attribute("value") == typed


def test_skip_link_by_keyboard(browser, server):
    """The first TAB lands on the skip link; ENTER moves on to the main content."""
    open_page(browser, server, "/kk/services/", DESKTOP)
    skip = browser.find_element("css selector", "a.skip")
    assert tab_to(browser, skip) == 1
    assert skip.is_displayed(), "the skip link is not visible when focused"
    press(browser, Keys.ENTER)
    time.sleep(0.1)
    assert urllib.parse.urlparse(browser.current_url).fragment == "main"
