"""The national series beside table 6 (issue 22): SDG indicator 16.6.2 as the Bureau of National
Statistics publishes it (kazstat/sdg-data-kazstat, data/indicator_16-6-2.csv at 72277878, 24
October 2024; the data from the Agency for Civil Service Affairs), on the dynamics page.
"""
import csv
import io
import re

import pytest
import yaml

from conftest import REPO
from test_report_pages import printed_rows

# The source's figures, as published at that version (earlier versions held other figures).
PUBLISHED = {2015: 79.0, 2016: 72.8, 2017: 65.9, 2018: 72.4, 2019: 74.8, 2020: 75.1, 2021: 75.4, 2022: 81.2, 2023: 81.3}
LINK = "https://github.com/kazstat/sdg-data-kazstat/blob/72277878/data/indicator_16-6-2.csv"
SERIES = REPO / "Content" / "data" / "series" / "sdg-16-6-2.csv"


def series_rows():
    return {int(row["year"]): float(row["satisfaction"]) for row in csv.DictReader(io.StringIO(SERIES.read_text(encoding="utf-8")))}


def test_the_series_is_the_sources_figures():
    assert series_rows() == PUBLISHED
    spec = yaml.safe_load((REPO / "Content" / "data" / "series.yml").read_text(encoding="utf-8"))
    entry = next(item for item in spec if item["id"] == "sdg-16-6-2")
    assert entry["link"] == LINK
    assert "Агентство РК по делам государственной службы" in entry["source_ru"]


def test_the_series_agrees_with_table_6_where_they_overlap():
    table6 = {int(row["year"]): float(row["satisfaction"])
              for row in csv.DictReader(io.StringIO((REPO / "Content" / "2020" / "dynamics.csv").read_text(encoding="utf-8")))}
    overlap = sorted(set(table6) & set(PUBLISHED))
    assert overlap == [2015, 2016, 2017, 2018, 2019, 2020]
    assert all(table6[year] == PUBLISHED[year] for year in overlap)


@pytest.mark.parametrize("lang", ("kk", "ru", "en"))
def test_the_dynamics_page_shows_it_beside_table_6_with_its_source(site, lang):
    page = (site / lang / "dynamics" / "index.html").read_text(encoding="utf-8")
    sections = re.findall(r'<section class="table-block" id="([^"]+)"', page)
    assert sections.index("sdg-16-6-2") == sections.index("dynamics-2020") + 1, "right after table 6"
    printed = printed_rows(page, "sdg-16-6-2")
    assert {int(float(year)): float(value) for year, value in printed} == PUBLISHED
    section = page[page.index('id="sdg-16-6-2"'):]
    assert f'<a href="{LINK}">' in section[:2000], "the source is linked"
    assert "16.6.2" in section[:600]


def test_the_series_downloads(site):
    rows = list(csv.DictReader(io.StringIO((site / "data" / "sdg-16-6-2.csv").read_text(encoding="utf-8"))))
    assert {int(row["year"]): float(row["satisfaction"]) for row in rows} == PUBLISHED
