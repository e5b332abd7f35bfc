"""Open data checks on the built demo site: every download parses, equals the data the
page's table was made from, and datapackage.json validates as a Frictionless Data package.

The site is built with $SAPA_BIN, or else with the package's own sapa (swift build), as
Tests/search and Tests/browser do:  SAPA_BIN=/path/to/sapa python3 -m pytest -q Tests/site
"""
import csv
import io
import json
import os
import pathlib
import shutil
import subprocess

import pytest

from conftest import REPO, sapa_binary


def test_datapackage_of_three_editions_validates(tmp_path):
    """The synthetic fixture of three editions: every edition's tables and the long tables
    across them (services, bodies, regions by year) are described and validate."""
    frictionless = pytest.importorskip("frictionless")
    fixture = REPO / "Tests" / "Fixtures" / "editions-site"
    shutil.copytree(fixture / "Content", tmp_path / "Content")
    shutil.copytree(REPO / "Templates", tmp_path / "Templates")
    subprocess.run([sapa_binary(), "build", "--site", str(tmp_path)], check=True, capture_output=True)
    package_path = tmp_path / "Output" / "data" / "datapackage.json"
    names = {resource["name"] for resource in json.loads(package_path.read_text(encoding="utf-8"))["resources"]}
    assert {f"services-ranking-{year}" for year in (2020, 2021, 2022)} <= names
    assert {"services-by-year", "bodies-by-year", "regions-by-year"} <= names
    report = frictionless.validate(str(package_path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]
    rows = list(csv.DictReader(io.StringIO((tmp_path / "Output" / "data" / "regions-by-year.csv").read_text(encoding="utf-8"))))
    abai = [row["year"] for row in rows if row["region"] == "abai"]
    assert abai == ["2022"], "a region appears only in the years it existed"


def test_datapackage_validates(site):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(site / "data" / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:20]


def test_every_download_parses_and_matches(site):
    package = json.loads((site / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert len(package["resources"]) >= 15
    for resource in package["resources"]:
        text = (site / "data" / resource["path"]).read_text(encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        document = json.loads((site / "data" / (resource["name"] + ".json")).read_text(encoding="utf-8"))
        assert len(rows) == len(document["rows"]), resource["name"]
        fields = [field["name"] for field in resource["schema"]["fields"]]
        assert list(rows[0].keys()) == fields
        for row, record in zip(rows, document["rows"]):
            for name in fields:
                value = record[name]
                cell = row[name]
                if value is None:
                    assert cell == ""
                elif isinstance(value, bool):
                    assert cell == ("true" if value else "false")
                elif isinstance(value, (int, float)):
                    assert float(cell) == pytest.approx(value), (resource["name"], name)
                else:
                    assert cell.lstrip("'") == value


def test_data_page_has_schema_org_dataset(site):
    html = (site / "kk" / "data" / "index.html").read_text(encoding="utf-8")
    start = html.index('<script type="application/ld+json">') + len('<script type="application/ld+json">')
    dataset = json.loads(html[start:html.index("</script>", start)])
    assert dataset["@type"] == "Dataset"
    # The 15 tables of the 2020 edition, the 10 figures of its report outside them (table 5,
    # tables 2 and 3, diagrams 4-7 and 9-11) and the 3 long tables across editions (services,
    # bodies, regions by year) and the national series of SDG 16.6.2, each as CSV and JSON.
    assert len(dataset["distribution"]) == 2 * (15 + 10 + 3 + 1)
    names = {d["contentUrl"].rsplit("/", 1)[-1] for d in dataset["distribution"]}
    assert {"services-by-year.csv", "bodies-by-year.csv", "regions-by-year.json"} <= names
