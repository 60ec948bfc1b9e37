"""The engine adapter and the page helpers: unit and property tests."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.web.engine import Engine, safe_name
from vnterm.web.highlight import pieces

spans = st.lists(st.tuples(st.integers(-5, 60), st.integers(-5, 60)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=50), spans)
def test_pieces_join_back_and_cover_exactly(text, sp) -> None:
    out = pieces(text, sp)
    assert "".join(p.text for p in out) == text
    assert all(p.text for p in out)
    n = len(text)
    for p in out:
        for i, (s, e) in enumerate(sp):
            s, e = max(0, min(s, n)), max(0, min(e, n))
            inside = s <= p.start and p.start + len(p.text) <= e and s < e
            assert (i in p.marks) == inside
            # a piece never straddles the edge of a (non-empty) span
            assert s >= e or not (p.start < s < p.start + len(p.text)) and not (p.start < e < p.start + len(p.text))


@given(st.text(max_size=300))
def test_safe_name_is_a_plain_label(name) -> None:
    out = safe_name(name, "x.txt")
    assert out and len(out) <= 100 and "/" not in out and "\\" not in out
    assert out not in (".", "..") and all(c.isprintable() for c in out)


@pytest.mark.parametrize("raw, expected", [
    ("../../etc/passwd", "passwd"), ("C:\\Users\\me\\draft.md", "draft.md"), ("", "x.txt"), ("..", "x.txt"),
    ("a\x00b.txt", "ab.txt"), ('re"port<1>.md', "report1.md"),
])
def test_safe_name_examples(raw, expected) -> None:
    assert safe_name(raw, "x.txt") == expected


def test_fix_is_idempotent_and_keeps_lines(engine) -> None:
    text = "The Ha Noi People Committee met.\r\n\r\nDecree 58/2022/ND-CP applies.\r\n"
    outcome = engine.check(text, style="government")  # "Decree No." is the government style's form
    fixed, n = engine.fix(outcome)
    assert n == 2 and fixed.count("\r\n") == text.count("\r\n") and fixed.count("\n") == text.count("\n")
    assert engine.fix(engine.check(fixed, style="government")) == (fixed, 0)


def test_fix_indices_out_of_range_are_ignored(engine) -> None:
    outcome = engine.check("The People Committee met.\n")
    assert engine.fix(outcome, [5, -1]) == ("The People Committee met.\n", 0)


def test_check_each_kind_maps_offsets_into_the_source(engine) -> None:
    html = "<p>The <b>Ha Noi</b> People Committee met.</p>\n"
    outcome = engine.check(html, "page.html")
    f = next(f for f in outcome.findings if f.rule == "term-deprecated")
    assert html[f.start:f.end] == "People Committee" and outcome.kind == "html"
    assert engine.fix(outcome)[0] == html.replace("People Committee", "People's Committee")


def test_checkers_are_kept_per_style(engine) -> None:
    a = engine._checker(engine.style("vna"))
    assert engine._checker(engine.style("vietnamplus")) is a
    assert engine._checker(engine.style("government")) is not a
    assert a[0].config.country == "Vietnam"


def test_concurrent_checks_agree(engine) -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Text {i}: the Ha Noi People Committee and Decree {i}/2022/ND-CP.\n" for i in range(24)]
    expected = [json.dumps(engine.check(t).to_json()) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda t: json.dumps(engine.check(t, style="consistent").to_json()), texts))
    assert got == expected


def test_audit_documents_matches_audit_paths(tmp_path, bundled_glossary) -> None:
    from vnterm.audit import audit_documents, audit_paths, parse_document

    files = {
        "a.md": "---\ndate: 2024-01-05\n---\nThe People Committee met the People's Committee.\n",
        "b.html": '<meta name="date" content="2025-02-01"><p>Peoples Committee &amp; Viet Nam</p>',
        "c.txt": "Vietnam and Viet Nam.\n",
    }
    docs = []
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        docs.append(parse_document(str(tmp_path / name), text))
    by_path = audit_paths([str(tmp_path)], bundled_glossary, period="year", jobs=1, use_mtime=False)
    in_memory = audit_documents(docs, bundled_glossary, period="year")
    assert in_memory.to_json() == by_path.to_json()


def test_engine_with_a_bad_glossary_raises_the_cli_error(tmp_path) -> None:
    from vnterm.errors import GlossaryError

    bad = tmp_path / "bad.tsv"
    bad.write_text("concept\tlang\tstatus\tterm\nx\ten\tgreat\tThing\n", encoding="utf-8")
    with pytest.raises(GlossaryError):
        Engine([str(bad)])
