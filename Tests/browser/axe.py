"""axe-core, the accessibility engine, run in the page through selenium.

axe-selenium-python gives the selenium glue but ships axe-core 3.1 (2018) on Python < 3.12;
axe-playwright-python (installed without playwright, only for its file) ships a current
axe-core 4.x. The newest axe.min.js found among the installed packages is used."""
import importlib.util
import pathlib
import re

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
MINIMUM = (4, 0, 0)
_CANDIDATES = [
    ("axe_playwright_python", "axe.min.js"),
    ("axe_selenium_python", "node_modules/axe-core/axe.min.js"),
]


def _version(text):
    match = re.search(r'\.version="(\d+)\.(\d+)\.(\d+)"', text)
    return tuple(int(part) for part in match.groups()) if match else (0, 0, 0)


def find_axe():
    """(version, source) of the newest axe-core installed."""
    found = []
    for package, relative in _CANDIDATES:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        path = pathlib.Path(list(spec.submodule_search_locations)[0]) / relative
        if path.exists():
            text = path.read_text(encoding="utf-8")
            found.append((_version(text), text, path))
    if not found:
        return None, None, None
    return max(found, key=lambda item: item[0])


def run_axe(driver, source):
    """The WCAG 2.1 A/AA violations axe-core finds in the current page."""
    driver.execute_script(source)
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(function (r) { done(r.violations); }, function (e) { done('axe failed: ' + e); });",
        WCAG_TAGS)
    if isinstance(result, str):
        raise AssertionError(result)
    return result


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} — {len(violation['nodes'])} element(s)")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(map(str, node['target']))}: {node.get('failureSummary', '').splitlines()[-1:]}")
            lines.append(f"      {node.get('html', '')[:200]}")
    return "\n".join(lines)
