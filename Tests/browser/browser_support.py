"""Helpers of the browser suite, shared by conftest.py and the tests: where artefacts go,
viewport sizes, opening a page, full-page screenshots, the run's summary lines."""
import base64
import pathlib
import shutil

import pytest

import browser_pages

REPO = pathlib.Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "Tests" / "Artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
DESKTOP = (1280, 900)
PHONE = (360, 780)
SUMMARY = []


def report(line):
    """A line for the summary at the end of the run (pages validated, links checked …)."""
    SUMMARY.append(line)


def need(tool):
    """The path of a program the suite cannot run without; a clear failure when missing."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(f"`{tool}` is not installed: run Scripts/install-dependencies --tests", pytrace=False)
    return path


def set_viewport(driver, size):
    """The desktop window, or an emulated viewport of another size (a phone's, mobile,
    below 600 px; a printed sheet's width otherwise)."""
    width, height = size
    if size == DESKTOP:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        driver.set_window_size(width, height)
    else:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


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
