"""The site across years in a browser (issue 18), on the synthetic fixture of three editions
(Tests/Fixtures/editions-site, made-up figures): an older edition's page, a
ranking's year switch and a history chart, in kk and ru, with axe-core, at 360 px without
sideways scrolling, and without JavaScript."""
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import threading

import pytest
from selenium.webdriver.common.by import By

from axe import describe, find_axe, run_axe
from browser_support import REPO, open_page

FIXTURE = REPO / "Tests" / "Fixtures" / "editions-site"
PHONE = (360, 640)


@pytest.fixture(scope="module")
def editions_server(tmp_path_factory):
    sapa = os.environ.get("SAPA_BIN")
    if not sapa:
        subprocess.run(["swift", "build", "--product", "sapa"], cwd=REPO, check=True, capture_output=True)
        bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True,
                                  capture_output=True, text=True).stdout.strip()
        sapa = str(pathlib.Path(bin_path) / "sapa")
    site = tmp_path_factory.mktemp("editions-site")
    shutil.copytree(FIXTURE / "Content", site / "Content")
    shutil.copytree(REPO / "Templates", site / "Templates")
    result = subprocess.run([sapa, "build", "--site", str(site)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site / "Output"))
    handler.log_message = lambda *args: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


PAGES = [
    ("{lang}/2020/services/digital-signature/", "an older edition's chapter"),
    ("{lang}/bodies/", "a ranking with its year switch"),
    ("{lang}/2021/regions/", "an older edition's ranking"),
    ("{lang}/bodies/mod/", "a body across the years, with its history charts"),
    ("{lang}/services/land-plot/", "a service with a year without figures"),
]


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("path,what", PAGES)
def test_edition_pages_are_accessible_and_fit_a_phone(browser, editions_server, lang, path, what):
    version, source, _ = find_axe()
    if source is None:
        pytest.fail("axe-core is not installed: run Scripts/install-dependencies --tests", pytrace=False)
    url = "/" + path.format(lang=lang)
    open_page(browser, editions_server, url, PHONE)
    widths = browser.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")
    assert widths[0] <= widths[1], f"{url} ({what}) is {widths[0]} px wide at 360 px"
    violations = run_axe(browser, source)
    assert not violations, f"{url} ({what}):\n{describe(violations)}"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_year_switch_and_notice_work_without_javascript(browser_nojs, editions_server, lang):
    open_page(browser_nojs, editions_server, f"/{lang}/bodies/", PHONE)
    switch = browser_nojs.find_element(By.CSS_SELECTOR, "nav.year-switch")
    assert switch.find_element(By.CSS_SELECTOR, "[aria-current]").text == "2022"
    switch.find_element(By.LINK_TEXT, "2020").click()
    assert browser_nojs.current_url.endswith(f"/{lang}/2020/bodies/")
    notice = browser_nojs.find_element(By.CSS_SELECTOR, ".edition-notice a")
    assert notice.text == "2022"
    notice.click()
    assert browser_nojs.current_url.endswith(f"/{lang}/bodies/")
    # The history: its chart is drawn at build time and shows without a script.
    open_page(browser_nojs, editions_server, f"/{lang}/bodies/mod/", PHONE)
    chart = browser_nojs.find_element(By.CSS_SELECTOR, "#chart-history-5")
    assert chart.is_displayed()
    points = browser_nojs.find_elements(By.CSS_SELECTOR, "#chart-history-5 circle.point")
    assert [p.get_attribute("data-label") for p in points] == ["2018", "2019", "2020", "2021", "2022"]
    assert browser_nojs.find_element(By.CSS_SELECTOR, "#chart-history-10").is_displayed()


@pytest.mark.parametrize("lang,query,year", [("ru", "цифровой подписи", "2022 г."), ("kk", "мектепке", "2021 ж.")])
def test_search_results_say_the_year(browser, editions_server, lang, query, year):
    """A result gives the figures of the latest edition that has the service, and its year."""
    open_page(browser, editions_server, f"/{lang}/search/?q={query}")
    from selenium.webdriver.support.ui import WebDriverWait
    WebDriverWait(browser, 20).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    first = browser.find_elements(By.CSS_SELECTOR, "#search-results li")[0]
    assert year in first.text, first.text
