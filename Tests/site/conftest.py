"""The built demo site the checks of Tests/site read. The site is built with $SAPA_BIN, or else
with the package's own sapa (swift build), as Tests/search and Tests/browser do."""
import os
import pathlib
import shutil
import subprocess

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]


def sapa_binary():
    sapa = os.environ.get("SAPA_BIN")
    if not sapa:
        if shutil.which("swift") is None:
            pytest.skip("swift is not on PATH (or set SAPA_BIN)")
        subprocess.run(["swift", "build", "--product", "sapa"], cwd=REPO, check=True, capture_output=True)
        sapa = str(REPO / ".build/debug/sapa")
    return sapa


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "Output"
    subprocess.run([sapa_binary(), "build", "--site", str(REPO), "--output", str(out)], check=True, capture_output=True)
    return out
