"""Fixtures of the browser suite: the demo site built once into a temporary folder, served
over HTTP on a free loopback port, and two headless Chromium browsers (Debian's chromium
and chromium-driver, driven by selenium): one with JavaScript, one with it blocked."""
import functools
import http.server
import os
import pathlib
import subprocess
import sys
import threading

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import browser_pages  # noqa: E402
from browser_support import DESKTOP, REPO, SCREENSHOTS, SUMMARY, need  # noqa: E402


def pytest_terminal_summary(terminalreporter):
    if SUMMARY:
        terminalreporter.section("browser suite")
        for line in SUMMARY:
            terminalreporter.write_line(line)
        terminalreporter.write_line(f"screenshots: {SCREENSHOTS}")


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The demo site, built with the Swift CLI into a temporary folder."""
    sapa = os.environ.get("SAPA_BIN")
    if not sapa:
        need("swift")
        subprocess.run(["swift", "build", "--product", "sapa"], cwd=REPO, check=True, capture_output=True)
        bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True,
                                  capture_output=True, text=True).stdout.strip()
        sapa = str(pathlib.Path(bin_path) / "sapa")
    out = tmp_path_factory.mktemp("browser-site") / "Output"
    result = subprocess.run([sapa, "build", "--site", str(REPO), "--output", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="session")
def server(site):
    """The built site served over HTTP on 127.0.0.1 and a free port; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _chrome(javascript):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROME_BIN") or need("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER") or need("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(120)
    return driver


@pytest.fixture(scope="session")
def browser():
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.fail("selenium is not installed: run Scripts/install-dependencies --tests", pytrace=False)
    driver = _chrome(javascript=True)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def browser_nojs():
    driver = _chrome(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture
def page_file(site):
    """Returns the built file for a path, skipping an optional page kind the site lacks."""
    def check(path, presence):
        file = site / browser_pages.file_for(path)
        if not file.exists():
            if presence == browser_pages.OPTIONAL:
                pytest.skip(f"{path} is not built yet (optional page kind)")
            pytest.fail(f"{path} is missing from the built site ({file})", pytrace=False)
        return file
    return check
