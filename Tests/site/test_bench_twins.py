"""Scripts/synth-site's Hugo sites for Scripts/bench: the twin, the lean site of the same work
and the plainest site must hold the same pages, and the twin and the lean site the same
figures and findings, or the ratios bench prints compare different work. Read from the
sites' files (Hugo itself is not needed)."""
import pathlib
import subprocess
import tomllib

REPO = pathlib.Path(__file__).resolve().parents[2]


def front_and_body(path):
    text = path.read_text(encoding="utf-8")
    if text.startswith("+++\n"):
        _, front, body = text.split("+++\n", 2)
        return tomllib.loads(front), body
    _, front, body = text.split("---\n", 2)
    return {"title": front}, body


def pages(root):
    return {p.relative_to(root / "content").as_posix(): p for p in (root / "content").rglob("*.md") if p.name != "_index.md"}


def test_twin_lean_and_plain_hold_the_same_pages(tmp_path):
    subprocess.run(
        [str(REPO / "Scripts/synth-site"), "--services", "12", "--editions", "2", "--out", str(tmp_path / "sapa"),
         "--hugo", str(tmp_path / "twin"), "--hugo-lean", str(tmp_path / "lean"), "--hugo-plain", str(tmp_path / "plain")],
        check=True, capture_output=True)
    twin, lean, plain = pages(tmp_path / "twin"), pages(tmp_path / "lean"), pages(tmp_path / "plain")
    assert len(twin) == 36  # the latest edition's 12 unprefixed, and each edition's 12
    assert twin.keys() == lean.keys() == plain.keys()
    for key in twin:
        t, t_body = front_and_body(twin[key])
        l, l_body = front_and_body(lean[key])
        _, p_body = front_and_body(plain[key])
        assert t_body == l_body == p_body, key
        assert l["title"] == t["name_kk"]
        satisfaction, score, rank = l["indicators"]
        assert (satisfaction, score, rank) == (t["indicators"]["satisfaction"], t["indicators"]["score"], t["indicators"]["rank"])
        assert l["channels"] == [c["label_kk"] for c in t["criteria"]["channels"]]
        assert [row[0] for row in l["criteria"]] == [row["label_kk"] for row in t["criteria"]["rows"]]
        assert [row[1:] for row in l["criteria"]] == [[[v["score"], v["satisfaction"]] for v in row["values"]] for row in t["criteria"]["rows"]]
        assert l["averages"] == [[a["score"], a["satisfaction"]] for a in t["criteria"]["averages"]]
        assert [row[1:] for row in l["regions"]] == [[r["score"], r["satisfaction"]] for r in t["regions"]["rows"]]
        assert len(l["regions"]) == 17
        assert l["criteria_source"] == t["criteria"]["source_kk"] and l["regions_source"] == t["regions"]["source_kk"]
    # The lean site formats every figure with Hugo's own function, as the twin does with its own.
    template = (tmp_path / "lean/layouts/_default/single.html").read_text(encoding="utf-8")
    assert template.count("lang.FormatNumber") == 8
    assert "{{ .Content }}" in template
