"""Property: the editor's "fix all", carried as LSP edits in any position encoding, gives exactly the
text ``vnterm check --fix`` writes, whatever the document (wide characters, CRLF, markup)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.check import Checker, load_document
from vnterm.check.fix import apply_fixes
from vnterm.glossary import load_glossaries
from vnterm.lsp.engine import Engine
from vnterm.lsp.positions import LineIndex

GLOSSARY = str(Path(__file__).resolve().parents[1] / "data" / "check" / "glossary.tsv")
ENGINE = Engine(glossaries=[GLOSSARY], no_config=True)
CHECKER = Checker(load_glossaries([GLOSSARY]))

PIECES = st.sampled_from([
    "The Deputy FM ", "two-tiered local government ", "Hải Phòng ", "Hai Phong ", "Vietnam ", "Viet Nam ",
    "Decree 58/2022/ND-CP ", "😀 ", "𝔸 ", "organisation ", "organization ", "met ", "\n", "\r\n", "\n\n",
    "**bold** ", "<b>x</b> ", "`code` ", "Ministry of Foreign Affairs ", "Foreign Ministry ",
])
DOCS = st.lists(PIECES, min_size=1, max_size=25).map("".join)


@settings(max_examples=60, deadline=None)
@given(DOCS, st.sampled_from(["txt", "md", "html"]), st.sampled_from(["utf-16", "utf-8", "utf-32"]))
def test_fix_all_through_lsp_positions_equals_check_fix(text, kind, encoding):
    outcome, doc = ENGINE.check(f"/tmp/doc.{kind}", text)
    if doc is None:
        assert not text.strip()  # only a blank document goes unchecked, silently
        return
    expected, _ = apply_fixes(text, kind, CHECKER.check(load_document(f"doc.{kind}", text, kind)))
    index = LineIndex(text, encoding)
    # what a client receives (ranges in its encoding) and applies, last edit first
    edits = [(index.position(e.start), index.position(e.end), e.new_text) for e in ENGINE.fix_all(text, kind, outcome.issues)]
    fixed = text
    for (sl, sc), (el, ec), new in sorted(edits, reverse=True):
        s, e = index.offset(sl, sc), index.offset(el, ec)
        fixed = fixed[:s] + new + fixed[e:]
    assert fixed == expected
