"""The site search on everyday queries: the index is built from the built demo site
(build_index.py, the stand-in of the Swift writer) and searched with the real
Templates/assets/search.js under Node (evaluate.mjs). Every query of queries.yml must find
its service among the first three; holdout.yml (kept out of the matcher's tuning) is
reported. Also: the index's size, that it is the same for the same site, and the folding,
the stemmers and the plurals against Tests/search/vectors.json.

The built site: $SAPA_OUTPUT (a folder sapa build wrote), or built here with $SAPA_BIN or
with the package's own sapa (swift build), like Tests/site. Needs node.

    SAPA_BIN=/path/to/sapa python3 -m pytest -q -s Tests/search
"""
import gzip
import json
import os
import pathlib
import shutil
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEARCH_JS = REPO / "Templates" / "assets" / "search.js"
sys.path.insert(0, str(HERE))
import build_index  # noqa: E402

MAX_GZIPPED_PER_LANGUAGE = 30 * 1024


def node():
    path = shutil.which("node")
    if path is None:
        pytest.skip("node is not on PATH")
    return path


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    given = os.environ.get("SAPA_OUTPUT")
    if given:
        return pathlib.Path(given)
    sapa = os.environ.get("SAPA_BIN")
    if not sapa:
        if shutil.which("swift") is None:
            pytest.skip("swift is not on PATH (or set SAPA_BIN / SAPA_OUTPUT)")
        subprocess.run(["swift", "build", "--product", "sapa"], cwd=REPO, check=True, capture_output=True)
        sapa = str(REPO / ".build" / "debug" / "sapa")
    out = tmp_path_factory.mktemp("search-site") / "Output"
    result = subprocess.run([sapa, "build", "--site", str(REPO), "--output", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


@pytest.fixture(scope="module")
def index(site, tmp_path_factory):
    dest = tmp_path_factory.mktemp("search-index")
    sizes = build_index.build(str(site), str(REPO), str(dest))
    return dest, sizes


def evaluate(args):
    result = subprocess.run([node(), str(HERE / "evaluate.mjs"), "--json"] + args, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def report(title, found, misses=True):
    lines = ["%s: %s" % (title, ", ".join("%s %d of %d" % (lang, k, n) for lang, (k, n) in found["score"].items()))]
    for r in found["results"]:
        if misses and not r["ok"]:
            lines.append("  miss %s «%s» → %s, found %s" % (r["lang"], r["q"], r["expect"],
                                                           [t["id"] for t in r["top"]] or r.get("near")))
    print("\n" + "\n".join(lines))


def test_every_query_finds_its_service_in_the_top_three(index):
    found = evaluate(["--index", str(index[0]), "--queries", str(HERE / "queries.yml")])
    report("queries.yml", found)
    k, n = found["score"]["all"]
    assert n >= 40
    langs = {r["lang"] for r in found["results"]}
    assert {"ru", "kk"} <= langs
    misses = [(r["lang"], r["q"], r["expect"], [t["id"] for t in r["top"]]) for r in found["results"] if not r["ok"]]
    assert not misses, "%d of %d; missed: %s" % (k, n, misses)


def test_holdout_queries(index):
    """Queries written with queries.yml but kept out of the tuning: at least 22 of 24 is the
    target on unseen queries, so at least 90% here."""
    found = evaluate(["--index", str(index[0]), "--queries", str(HERE / "holdout.yml")])
    report("holdout.yml", found)
    k, n = found["score"]["all"]
    assert k >= 0.9 * n, found["score"]


def test_probe_queries(index):
    """Queries written while the matcher was tuned (printed, not asserted)."""
    report("probe.yml", evaluate(["--index", str(index[0]), "--queries", str(HERE / "probe.yml")]))


def test_old_search_for_comparison(site):
    """The search before issue 21 on the same queries (printed, not asserted)."""
    old = site / "search-index.json"
    if not old.exists():
        pytest.skip("the built site has no search-index.json (the old index)")
    for name in ("queries.yml", "holdout.yml", "probe.yml"):
        report("old search, " + name, evaluate(["--old", str(old), "--queries", str(HERE / name)]), misses=False)


def test_sapa_writes_the_reference_index(site, index):
    """The index Sapa writes with the site (search/<lang>/) is, byte for byte, the one the
    reference implementation build_index.py makes from the built pages."""
    dest, _ = index
    ours = sorted(p.relative_to(site / "search").as_posix() for p in (site / "search").rglob("*.json"))
    theirs = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*.json"))
    assert ours == theirs
    for name in ours:
        assert (site / "search" / name).read_bytes() == (dest / name).read_bytes(), name


def test_index_size_and_shape(index):
    dest, sizes = index
    for lang, (raw, zipped, files) in sizes.items():
        print("\n%s: %d files, %.1f KB, %.1f KB gzipped" % (lang, files, raw / 1024, zipped / 1024))
        assert zipped <= MAX_GZIPPED_PER_LANGUAGE, (lang, zipped)
        meta = json.loads((dest / lang / "meta.json").read_text(encoding="utf-8"))
        assert meta["format"] == build_index.FORMAT and meta["lang"] == lang
        assert len(meta["shards"]) == files - 1 - -(-meta["docs"] // meta["chunk"])
        for key in meta["shards"]:
            assert (dest / lang / build_index.shard_file(key)).exists()
        docs = []
        for n in range(-(-meta["docs"] // meta["chunk"])):
            docs += json.loads((dest / lang / ("docs-%d.json" % n)).read_text(encoding="utf-8"))
        assert len(docs) == meta["docs"]
        services = [d for d in docs if d[1] == "service"]
        assert len(services) == 70
        assert all(d[3] == "/%s/services/%s/" % (lang, d[0]) for d in services)
        assert sum(1 for d in services if d[4] and d[5]) == 62      # 8 were studied only qualitatively
        assert all(d[6] == "2020" for d in services)


def test_index_is_the_same_for_the_same_site(site, index, tmp_path):
    build_index.build(str(site), str(REPO), str(tmp_path))
    first, second = index[0], tmp_path
    names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second).as_posix() for p in second.rglob("*") if p.is_file())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def run_js(code):
    script = "const s = require(%s);\n%s" % (json.dumps(str(SEARCH_JS)), code)
    result = subprocess.run([node(), "-e", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


VECTORS = json.loads((HERE / "vectors.json").read_text(encoding="utf-8"))


def test_folding_is_the_same_in_the_writer_and_the_page():
    texts = [text for text, _ in VECTORS["fold"]]
    js = run_js("console.log(JSON.stringify(%s.map(s.fold)))" % json.dumps(texts, ensure_ascii=False))
    for (text, expected), got in zip(VECTORS["fold"], js):
        assert build_index.fold(text) == expected, text
        assert got == expected, text


def test_russian_stemmer_is_snowball():
    words = list(VECTORS["ru"])
    got = run_js("console.log(JSON.stringify(%s.map(s.stemRu)))" % json.dumps(words, ensure_ascii=False))
    wrong = [(w, VECTORS["ru"][w], g) for w, g in zip(words, got) if g != VECTORS["ru"][w]]
    assert not wrong, wrong[:20]


def test_russian_stemmer_on_every_word_of_the_site(site):
    snowball = pytest.importorskip("snowballstemmer").stemmer("russian")
    import re
    words = set()
    for page in (site / "ru").rglob("*.html"):
        words.update(re.findall(r"[а-я]+", page.read_text(encoding="utf-8").lower().replace("ё", "е")))
    words = sorted(words)
    got = run_js("console.log(JSON.stringify(%s.map(s.stemRu)))" % json.dumps(words, ensure_ascii=False))
    wrong = [(w, snowball.stemWord(w), g) for w, g in zip(words, got) if g != snowball.stemWord(w)]
    assert not wrong, "%d of %d differ: %s" % (len(wrong), len(words), wrong[:20])


def test_kazakh_forms_share_a_stem():
    got = run_js("console.log(JSON.stringify(%s.map(g => g.map(w => s.stemKk(s.fold(w)[0])))))"
                 % json.dumps(VECTORS["kk"], ensure_ascii=False))
    for forms, stems in zip(VECTORS["kk"], got):
        assert len(set(stems)) == 1, list(zip(forms, stems))


def test_results_line_plurals():
    got = run_js("console.log(JSON.stringify(%s.map(n => s.plural('ru', Number(n)))))" % json.dumps(list(VECTORS["plural_ru"])))
    assert got == list(VECTORS["plural_ru"].values())
    assert run_js("console.log(JSON.stringify([1, 2, 5].map(n => s.plural('en', n))))") == ["1 result", "2 results", "5 results"]
    assert run_js("console.log(JSON.stringify([1, 5].map(n => s.plural('kk', n))))") == ["1 нәтиже", "5 нәтиже"]


def test_a_query_with_nothing_found_suggests_names(index):
    queries = [{"lang": "ru", "q": "зщзщзщ", "expect": "none"}, {"lang": "ru", "q": "апастилл", "expect": "court-documents-apostille"},
               {"lang": "ru", "q": "лцензия", "expect": "currency-exchange-licence"}]
    path = index[0] / "odd-queries.json"
    path.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    found = evaluate(["--index", str(index[0]), "--queries", str(path)])["results"]
    assert found[0]["count"] == 0
    assert found[1]["ok"], found[1]                     # a typo: found anyway
    assert found[2]["count"] == 0 and found[2]["expect"] in found[2]["near"], found[2]   # nothing: names suggested


def test_index_files_are_small(index):
    dest, _ = index
    for path in dest.rglob("*.json"):
        assert len(gzip.compress(path.read_bytes())) < 16 * 1024, path
