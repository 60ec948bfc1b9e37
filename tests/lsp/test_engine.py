"""The server's adapter: checking buffers, fixes, inline suppressions, hover, completion, configuration."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vnterm.lsp.engine import Edit, Engine

DATA = Path(__file__).resolve().parents[1] / "data" / "check"
GLOSSARY = str(DATA / "glossary.tsv")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(glossaries=[GLOSSARY], no_config=True)


def _apply(text: str, edit: Edit) -> str:
    return text[: edit.start] + edit.new_text + text[edit.end :]


def _rules_by_line(engine: Engine, path: str, text: str) -> set[tuple[int, str]]:
    outcome, _ = engine.check(path, text)
    assert outcome.problem is None, outcome.problem
    return {(text.count("\n", 0, i.start), i.rule) for i in outcome.issues}


CASES = {
    "note.txt": "Intro.\nThe Deputy FM met the two-tiered local government team.\nEnd.\n",
    "note.md": "# Title\n\nThe Deputy FM met the two-tiered local government team.\n\nEnd.\n",
    "page.html": "<html><body>\n<p>The Deputy FM met the two-tiered local government team.</p>\n</body></html>\n",
    "units.xlf": (DATA / "sample12.xlf").read_text(encoding="utf-8"),
    "messages.po": (DATA / "sample.po").read_text(encoding="utf-8"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_disable_this_rule_on_this_line_removes_only_that_finding(engine, name, tmp_path):
    text = CASES[name]
    path = str(tmp_path / name)
    before = _rules_by_line(engine, path, text)
    line, rule = next((ln, r) for ln, r in sorted(before) if r == "term-deprecated")
    edit = engine.suppress(text, engine.kind(path), line, rule)
    assert edit is not None
    after_text = _apply(text, edit)
    after = _rules_by_line(engine, path, after_text)
    if name.endswith(".po"):  # the entry is wrapped in two comment lines: number lines without them
        added = [n for n, body in enumerate(after_text.split("\n")) if body.startswith("# vnterm-")]
        assert len(added) == 2
        after = {(ln - sum(1 for a in added if a < ln), r) for ln, r in after}
    else:
        assert after_text.count("\n") == text.count("\n")
        assert after_text.splitlines()[:line] == text.splitlines()[:line]
    assert after == before - {(line, rule)}
    # asked again on the same line, nothing more to write
    assert engine.suppress(after_text, engine.kind(path), line + (1 if name.endswith(".po") else 0), rule) is None


def test_a_second_rule_joins_the_directive_already_on_the_line(engine):
    text = "The Deputy FM visited Vietnam. <!-- vnterm-disable-line viet-nam -->\n"
    edit = engine.suppress(text, "md", 0, "term-deprecated")
    assert _apply(text, edit) == "The Deputy FM visited Vietnam. <!-- vnterm-disable-line viet-nam,term-deprecated -->\n"
    assert engine.check("x.md", _apply(text, edit))[0].issues == []


def test_suppression_keeps_crlf_and_a_missing_final_newline(engine):
    text = "First.\r\nThe Deputy FM spoke."
    edit = engine.suppress(text, "txt", 1, "term-deprecated")
    assert _apply(text, edit) == "First.\r\nThe Deputy FM spoke. vnterm-disable-line term-deprecated"


def test_fix_all_applies_every_unambiguous_fix_once(engine):
    text = "The Deputy FM met the Deputy FM.\nThe two-tiered local government model.\n"
    outcome, _ = engine.check("a.txt", text)
    edits = engine.fix_all(text, "txt", outcome.issues)
    fixed = text
    for e in sorted(edits, key=lambda e: -e.start):
        fixed = _apply(fixed, e)
    assert fixed == ("The Deputy Minister of Foreign Affairs met the Deputy Minister of Foreign Affairs.\n"
                     "The two-tier local government model.\n")
    assert engine.check("a.txt", fixed)[0].issues == []


def test_a_fix_that_would_need_escaping_is_not_offered(engine):
    # the HTML span crosses an entity: the finding stays, without a quick fix
    text = "<p>The Deputy&#32;FM spoke.</p>\n"
    outcome, _ = engine.check("a.html", text)
    deprecated = [i for i in outcome.issues if i.rule == "term-deprecated"]
    assert deprecated and not deprecated[0].fixable
    assert engine.fix(text, "html", deprecated[0]) is None


def test_kinds_by_extension_then_language_id():
    assert Engine.kind("/a/b.MD") == "md"
    assert Engine.kind("/a/b.xliff") == "xliff"
    assert Engine.kind(None, "markdown") == "md"
    assert Engine.kind("/a/b.py", "python") is None
    assert Engine.kind("/a/untitled", "plaintext") == "txt"


def test_problems_are_reported_not_raised(engine):
    assert engine.check("a.txt", "\x00\x01 binary")[0].problem.message.startswith("binary content")
    assert engine.check("a.txt", "   \n")[0].problem is None  # a new empty file: silence
    bad = engine.check("a.xlf", '<xliff version="1.2">\n<file>\n<trans-unit id="1">')[0].problem
    assert bad is not None and bad.code == "input"
    assert engine.check("a.py", "Deputy FM")[0].issues == []  # not a kind the server checks


def test_configuration_is_found_from_the_file_folder_and_reloaded_when_it_changes(tmp_path):
    project = tmp_path / "site"
    (project / "news").mkdir(parents=True)
    config = project / "vnterm.toml"
    config.write_text(f'glossaries = ["{GLOSSARY}"]\nviet_nam = "Vietnam"\n', encoding="utf-8")
    doc = str(project / "news" / "a.md")
    engine = Engine()
    text = "Viet Nam and the Deputy FM.\n"
    rules = [i.rule for i in engine.check(doc, text)[0].issues]
    assert "viet-nam" in rules and "term-deprecated" in rules
    first = engine.context(doc)
    assert engine.context(str(project / "b.md")) is first  # one checker per configuration file

    config.write_text(f'glossaries = ["{GLOSSARY}"]\nviet_nam = "Viet Nam"\n', encoding="utf-8")
    os.utime(config, ns=(1, 1))  # a different modification time, whatever the clock's resolution
    assert "viet-nam" not in [i.rule for i in engine.check(doc, text)[0].issues]

    config.write_text('viet_nam = "Vietnamm"\n', encoding="utf-8")
    os.utime(config, ns=(2, 2))
    problem = engine.check(doc, text)[0].problem
    assert problem is not None and problem.code == "config" and "viet_nam" in problem.message


def test_hover_in_either_language_and_outside_terms(engine):
    text = "Officials of Bộ Ngoại giao and the Ministry of Foreign Affairs met."
    vi = engine.hover(None, text, text.index("Ngoại"))
    assert vi is not None and text[vi.start:vi.end] == "Bộ Ngoại giao"
    assert "**Ministry of Foreign Affairs** · Bộ Ngoại giao" in vi.markdown
    en = engine.hover(None, text, text.index("Foreign"))
    assert en is not None and text[en.start:en.end] == "Ministry of Foreign Affairs"
    assert "English term, **preferred**" in en.markdown
    assert engine.hover(None, text, text.index("met")) is None


def test_hover_shows_validity_and_successor(tmp_path):
    glossary = tmp_path / "g.tsv"
    glossary.write_text(
        "# vnterm-glossary v2\n"
        "concept\tlang\tstatus\tterm\ttype\tmatch\tdomain\tnote\tsource\tterm_note\tstyles\tvalid_from\tvalid_to\treplaced_by\n"
        "old_dept\ten\tpreferred\tDepartment of Old Affairs\t\t\torg\tMerged in 2025.\tDecree 1/2025\t\t\t2008\t2025-03-01\tnew_dept\n"
        "new_dept\ten\tpreferred\tDepartment of New Affairs\t\t\torg\t\t\t\t\t2025-03-01\t\t\n",
        encoding="utf-8")
    engine = Engine(glossaries=[str(glossary)], no_config=True)
    text = "The Department of Old Affairs said."
    info = engine.hover(None, text, 8)
    assert info is not None
    assert "Valid: 2008 – 2025-03-01" in info.markdown
    assert "Replaced by: Department of New Affairs (`new_dept`)" in info.markdown
    assert "Source: Decree 1/2025" in info.markdown and "Merged in 2025." in info.markdown


def test_completion_needs_two_characters_and_matches_without_diacritics(engine):
    assert engine.complete(None, "M", 1) == []
    items = engine.complete(None, "bo ngo", 6)
    assert [i.label for i in items][:1] == ["Bộ Ngoại giao"] and (items[0].start, items[0].end) == (0, 6)
    items = engine.complete(None, "met the Ministry of Fo", 22)
    assert "Ministry of Foreign Affairs" in [i.label for i in items]
    assert {(i.start, i.end) for i in items} == {(8, 22)}
    assert all(i.label != "Deputy FM" for i in engine.complete(None, "Deputy F", 8))  # never a deprecated form


def test_hover_reads_through_markup_and_skips_code(engine):
    html = "<p>Officials of the <b>Ministry</b> of Foreign&nbsp;Affairs met.</p>\n"
    engine.check("/tmp/h.html", html)
    info = engine.hover("/tmp/h.html", html, html.index("Foreign"))
    assert info is not None and html[info.start:info.end] == "Ministry</b> of Foreign&nbsp;Affairs"
    md = "Say `Deputy FM` in code, and the **Deputy** FM in prose.\n"
    engine.check("/tmp/h.md", md)
    assert engine.hover("/tmp/h.md", md, md.index("Deputy")) is None  # inline code is not copy
    info = engine.hover("/tmp/h.md", md, md.index("FM in prose"))
    assert info is not None and md[info.start:info.end] == "Deputy** FM"
    engine.forget("/tmp/h.md")
    assert engine.hover("/tmp/h.md", md, md.index("Deputy")) is not None  # the raw buffer: found


def test_suppression_keeps_markdown_hard_breaks_and_never_breaks_a_tag(engine):
    text = "The Deputy FM spoke.  \nNext line.\n"
    edit = engine.suppress(text, "md", 0, "term-deprecated")
    assert _apply(text, edit) == "The Deputy FM spoke. <!-- vnterm-disable-line term-deprecated -->  \nNext line.\n"
    text = "The Deputy FM spoke.\\\nNext line.\n"
    assert _apply(text, engine.suppress(text, "md", 0, "term-deprecated")).startswith(
        "The Deputy FM spoke. <!-- vnterm-disable-line term-deprecated -->\\\n")
    html = '<p>The Deputy FM spoke <a href="/x"\n   title="t">here</a>.</p>\n'
    assert engine.suppress(html, "html", 0, "term-deprecated") is None
    assert engine.suppress("<p>The Deputy FM <!-- note\nmore -->\n", "html", 0, "term-deprecated") is None
    assert engine.suppress("1 < 2 and the Deputy FM\n", "md", 0, "term-deprecated") is not None


def test_hover_on_the_vietnamese_side_of_xliff_and_po(engine):
    for name in ("units.xlf", "messages.po"):
        text = CASES[name]
        engine.check(f"/tmp/{name}", text)
        at = text.rindex("Bộ Ngoại giao") + 3  # the second unit: the term alone
        info = engine.hover(f"/tmp/{name}", text, at)
        assert info is not None and text[info.start:info.end] == "Bộ Ngoại giao", name
        assert "Vietnamese term, **preferred**" in info.markdown
