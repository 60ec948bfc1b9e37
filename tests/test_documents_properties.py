"""Property tests of the document readers: whatever the input, a reader either raises InputError
or gives a visible text whose every character maps, in order, to the file."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.documents import load_document
from vnterm.errors import InputError

_PIECES = {
    "txt": ["Deputy FM", " ", "\n", "\r\n", "\r", "Hải Phòng", "https://x.vn/a.", "www.b.vn", "ệ", "e\u0301", "."],
    "md": ["# ", "Deputy FM", "**", "_", "`", "```\n", "~~~\n", "    ", "- ", "1. ", "[a](http://x)", "[r]: http://y\n",
           "<!-- c -->", "<!--", "-->", "<b>", "\n", "\n\n", "---\n", "Hải Phòng", " ", "\r\n"],
    "html": ["<p>", "</p>", "Deputy FM", "&amp;", "&nbsp;", "&#x1EC7;", "<br>", "<script>x</script>", "<!-- c -->",
             "<pre>", "</pre>", "<td>", " ", "\n", "Hải Phòng", "<meta name=date content=2025-01-02>"],
    "po": ['msgid "', 'msgstr "', '"', "\n", "\n\n", "Deputy FM", "\\n", '\\"', "# c\n", "Hải Phòng", "msgstr[0] \""],
}


def _check(doc, source: str) -> None:
    if doc.starts is None:
        assert doc.source == source and len(doc.text) == len(source)
        return
    assert len(doc.starts) == len(doc.ends) == len(doc.text)
    previous = 0
    for i, (s, e) in enumerate(zip(doc.starts, doc.ends)):
        assert 0 <= s <= e <= len(source), (i, s, e)
        assert s >= previous, "offsets go backwards"
        previous = s
    for i in range(len(doc.text)):
        a, b = doc.span_to_source(i, i + 1)
        if b - a == 1 and doc.text[i] not in " \n":
            # a copied character (not an entity, an escape or a separator) is the file's
            assert source[a] == doc.text[i] or source[a] in "&\\"
        line, col = doc.line_col(a)
        assert 1 <= line <= len(doc.line_starts) and col >= 1


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(sorted(_PIECES)).flatmap(
    lambda kind: st.tuples(st.just(kind), st.lists(st.sampled_from(_PIECES[kind]), max_size=25))))
def test_readers_map_every_visible_character_in_order(case):
    kind, pieces = case
    source = "".join(pieces)
    try:
        doc = load_document(f"f.{kind}", source, kind)
    except InputError:
        return
    _check(doc, source)
    for pair in doc.pairs:
        assert 0 <= pair.start <= pair.end <= len(doc.text)
