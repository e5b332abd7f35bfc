"""Fixtures shared by the tests of Tests/import (the readers they use are in layout.py)."""

import pytest

from layout import CONTENT, SEED, load_new, run_import


@pytest.fixture(scope="session")
def seed():
    if not SEED.exists():
        pytest.fail(f"seed not found: {SEED} (set SAPA_SEEDS to the folder of the seeds)")
    return SEED


@pytest.fixture(scope="session")
def new_root(tmp_path_factory, seed):
    """A fresh import (Scripts/import-2020-report --content TMP) into an empty folder."""
    root = tmp_path_factory.mktemp("editions") / "Content"
    r = run_import(root)
    assert r.returncode == 0, f"import failed:\n{r.stdout}\n{r.stderr}"
    return root


@pytest.fixture(scope="session")
def new(new_root):
    """The fresh import, read (layout.load_new)."""
    return load_new(new_root)


@pytest.fixture(scope="session")
def committed():
    """The committed Content/, read (layout.load_new)."""
    return load_new(CONTENT)
