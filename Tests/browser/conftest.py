"""Fixtures of the browser suite: the demo site built once into a temporary folder, served
over HTTP on a free loopback port, and two headless Chromium browsers (Debian's chromium
and chromium-driver, driven by selenium): one with JavaScript, one with it blocked."""
import base64
import functools
import http.server
import os
import pathlib
import shutil
import subprocess
import sys
import threading

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import browser_pages  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "Tests" / "Artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
DESKTOP = (1280, 900)
PHONE = (360, 780)


def _need(tool):
    """The path of a program the suite cannot run without; a clear failure when missing."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"`{tool}` is not installed: run Scripts/install-dependencies --tests", pytrace=False)
    return path


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The demo site, built with the Swift CLI into a temporary folder."""
    sapa = os.environ.get("SAPA_BIN")
    if not sapa:
        _need("swift")
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
    options.binary_location = os.environ.get("CHROME_BIN") or _need("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--force-device-scale-factor=1",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    if not javascript:
        options.add_argument("--blink-settings=scriptEnabled=false")
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER") or _need("chromedriver"))
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


def set_viewport(driver, size):
    """Emulates a phone (mobile viewport, touch-free) at 360 px, or the desktop window."""
    width, height = size
    if width < 800:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    else:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.set_window_size(width, height)


def open_page(driver, base, path, size=DESKTOP):
    """Opens a page at a viewport size and waits until it is loaded and scripts have run."""
    set_viewport(driver, size)
    driver.get(base + path)  # returns once the page has loaded: deferred scripts have run
    assert driver.execute_script("return document.readyState") == "complete"


def screenshot(driver, name, max_height=5000):
    """A full-page PNG (up to max_height CSS pixels) under Tests/Artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    content = metrics.get("cssContentSize") or metrics["contentSize"]
    viewport = metrics.get("cssLayoutViewport") or metrics["layoutViewport"]
    clip = {"x": 0, "y": 0, "width": viewport["clientWidth"],
            "height": min(content["height"], max_height), "scale": 1}
    shot = driver.execute_cdp_cmd("Page.captureScreenshot",
                                  {"format": "png", "captureBeyondViewport": True, "clip": clip})
    path = SCREENSHOTS / f"{name}.png"
    path.write_bytes(base64.b64decode(shot["data"]))
    return path


def page_params():
    """pytest parameters for every page of browser_pages, with optional kinds marked."""
    return [pytest.param(kind, lang, path, presence, id=page_id)
            for page_id, kind, lang, path, presence in browser_pages.pages()]


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
