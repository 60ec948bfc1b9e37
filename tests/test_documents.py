"""The shared document layer (vnterm.documents): one Document, one walker, linear readers."""

from __future__ import annotations

import gc
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.audit.scan import read_document as audit_read
from vnterm.cli import cli
from vnterm.check.runner import align
from vnterm.documents import NoInputError, find_inputs, iter_documents, load_document, read_document
from vnterm.errors import InputError

DATA = Path(__file__).parent / "data"
GLOSSARY = str(DATA / "check" / "glossary.tsv")
SMALL = str(DATA / "small_glossary.tsv")


# --- the walker ---------------------------------------------------------------------------------

def test_walker_finds_known_kinds_in_folder_order_and_reports_missing_paths(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b.txt", "a.md", "sub/c.po", "notes.rst", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text('msgid "x"\nmsgstr "y"\n' if name.endswith(".po") else "Hai Phong.\n")
    inputs = find_inputs([str(tmp_path), str(tmp_path / "nope.txt"), str(tmp_path / "notes.rst")])
    rel = [Path(f).relative_to(tmp_path).as_posix() for f in inputs.files]
    assert rel == ["a.md", "b.txt", "sub/c.po", "notes.rst"]
    assert [str(e) for e in inputs.errors] == [f"{tmp_path / 'nope.txt'}: no such file or folder"]
    only_md = find_inputs([str(tmp_path)], include=["*.md"], exclude=["sub"])
    assert [Path(f).name for f in only_md.files] == ["a.md"]


def test_iter_documents_yields_documents_and_errors(tmp_path):
    (tmp_path / "ok.txt").write_text("Deputy FM.\n")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    got = list(iter_documents([str(tmp_path), str(tmp_path / "missing")]))
    assert isinstance(got[0], InputError) and "no such file or folder" in str(got[0])
    assert isinstance(got[1], InputError) and "not valid UTF-8" in str(got[1])
    assert got[2].text == "Deputy FM.\n" and got[2].kind == "txt"


def test_iter_documents_on_an_empty_folder_raises(tmp_path):
    (tmp_path / "x.rst").write_text("nothing we read")
    with pytest.raises(NoInputError, match="no file to read under"):
        list(iter_documents([str(tmp_path)]))


# --- exit 2 when nothing is read (issue 17 item 7) ------------------------------------------------

@pytest.mark.parametrize("command", [["check", "-g", GLOSSARY, "--no-config"], ["audit", "-g", SMALL]])
def test_empty_or_non_matching_folder_is_exit_2(tmp_path, command):
    (tmp_path / "empty").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "x.rst").write_text("Deputy FM")
    for folder in ("empty", "other"):
        result = CliRunner().invoke(cli, [command[0], str(tmp_path / folder), *command[1:]])
        assert result.exit_code == 2, result.output
        assert result.output.count("\n") == 1 and result.output.startswith("vnterm: error: no file to read under")


def test_check_include_matching_nothing_is_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text("Deputy FM.\n")
    result = CliRunner().invoke(cli, ["check", str(tmp_path), "--include", "*.md", "-g", GLOSSARY, "--no-config"])
    assert result.exit_code == 2 and "files matching: *.md" in result.output


@pytest.mark.parametrize("command", [["check", "-g", GLOSSARY, "--no-config"], ["audit", "-g", SMALL]])
def test_missing_file_is_one_error_exit_2(tmp_path, command):
    result = CliRunner().invoke(cli, [command[0], str(tmp_path / "nope.txt"), *command[1:]])
    assert result.exit_code == 2
    assert result.stderr == f"vnterm: error: {tmp_path / 'nope.txt'}: no such file or folder\n"


def test_unusable_path_option_is_one_error_line(tmp_path):
    (tmp_path / "a.txt").write_text("Deputy FM.\n")
    (tmp_path / "dir").mkdir()
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "a.txt"), "-o", str(tmp_path / "dir"), "--no-config"])
    assert result.exit_code == 2
    assert result.output == f"vnterm: error: -o/--output: File '{tmp_path / 'dir'}' is a directory.\n"
    result = CliRunner().invoke(cli, ["lookup", "x", "-g", str(tmp_path / "dir")])
    assert result.exit_code == 2 and result.output.count("\n") == 1 and "holds no *.tsv file" in result.output


# --- reading (issue 17 item 8) --------------------------------------------------------------------

@pytest.mark.parametrize("encoding,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                          ("utf-32-le", b"\xff\xfe\x00\x00")])
def test_utf16_and_utf32_with_bom_are_read(tmp_path, encoding, bom):
    p = tmp_path / "u.txt"
    p.write_bytes(bom + "Thứ trưởng\r\nThe Deputy FM spoke.\n".encode(encoding))
    doc = read_document(str(p))
    assert doc.source == "Thứ trưởng\r\nThe Deputy FM spoke.\n"
    result = CliRunner().invoke(cli, ["check", str(p), "-g", GLOSSARY, "--no-config", "--format", "github"])
    assert result.exit_code == 1 and ",line=2,col=5," in result.output


def test_audit_lines_are_right_in_cr_only_files(tmp_path):
    p = tmp_path / "mac.txt"
    p.write_bytes(b"One.\rTwo.\rHaiphong port.\r")
    result = CliRunner().invoke(cli, ["audit", str(p), "-g", SMALL, "--json"])
    import json

    variants = json.loads(result.output)["concepts"][0]["variants"]
    assert variants[0]["examples"] == [f"{p}:3"]


def test_audit_counts_only_visible_text_of_markdown(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("Haiphong port.\n\n```\nHaiphong in code\n```\n\n<!-- Haiphong in a comment -->\n", encoding="utf-8")
    doc = audit_read(str(p))
    assert doc.text.count("Haiphong") == 1 and doc.text_line(doc.text.index("Haiphong")) == 1


def test_empty_file_is_an_error_for_check_and_a_wordless_document_for_audit(tmp_path):
    p = tmp_path / "e.txt"
    p.write_text("\n\n")
    with pytest.raises(InputError, match="file is empty"):
        read_document(str(p))
    assert audit_read(str(p)).text.split() == []


def test_markdown_blocks_come_from_commonmark():
    src = ("---\ntitle: Deputy FM\n---\n# Deputy FM one\n\n- item\n\n      Deputy FM in list code\n\n"
           "~~~\nDeputy FM fenced\n~~~\n[x]: http://Deputy.FM\n\n    Deputy FM indented\n\nDeputy FM two\r\n")
    doc = load_document("a.md", src)
    assert doc.text.count("Deputy FM") == 2
    assert [doc.text_line(m) for m in (doc.text.index("Deputy FM"), doc.text.rindex("Deputy FM"))] == [4, 17]


# --- XLIFF through lxml ---------------------------------------------------------------------------

def test_xliff_error_has_the_right_line_and_no_libxml2_jargon(tmp_path):
    bad = '<?xml version="1.0" encoding="UTF-8"?>\n\n<xliff version="1.2">\n<file>\n<body>\n</file>\n</xliff>\n'
    with pytest.raises(InputError) as info:
        load_document("bad.xlf", bad)
    assert info.value.line == 6 and "malformed XLIFF" in info.value.message
    assert "line 6" not in info.value.message and "column" not in info.value.message


def test_xliff_text_node_over_libxml2s_limit_is_read(tmp_path):
    big = "Deputy FM. " * (1_100_000)  # 12 MB in one text node: libxml2 alone asks for XML_PARSE_HUGE
    src = f'<xliff version="1.2"><file><body><trans-unit id="1"><source>x</source><target>{big}</target></trans-unit></body></file></xliff>'
    from vnterm.documents.bilingual import _parse_xml

    root = _parse_xml("big.xlf", src)  # (the tree; building the visible text is tested above)
    assert len("".join(root.itertext())) == len(big) + 1


def test_xliff_over_our_own_limit_is_one_plain_message(monkeypatch):
    from vnterm.documents import bilingual

    monkeypatch.setattr(bilingual, "MAX_XLIFF_CHARS", 100)
    with pytest.raises(InputError, match=r"XLIFF file too large \(1[0-9]{2} characters; at most 100\)"):
        load_document("big.xlf", '<xliff version="1.2"><file><body>' + " " * 120 + "</body></file></xliff>")


def test_xliff_units_on_one_line_and_alt_trans_in_front(tmp_path):
    src = ('<xliff version="1.2"><file source-language="vi"><body>'
           '<trans-unit id="1"><source>Bộ Ngoại giao</source><alt-trans><target>Foreign Ministry</target></alt-trans>'
           '<target>The Deputy FM</target></trans-unit>'
           '<trans-unit id="2"><source>Hải Phòng</source><target>Hai &amp; Phong</target></trans-unit>'
           '</body></file></xliff>')
    doc = load_document("one.xlf", src)
    assert [p.source for p in doc.pairs] == ["Bộ Ngoại giao", "Hải Phòng"]
    assert [doc.text[p.start:p.end] for p in doc.pairs] == ["The Deputy FM", "Hai & Phong"]
    s, e = doc.span_to_source(doc.pairs[0].start, doc.pairs[0].end)
    assert src[s:e] == "The Deputy FM"


# --- linear reading (issue 17 item 4): ×8 input, at most ×10 time ---------------------------------

def _xliff(n: int) -> str:
    units = "".join(f'<trans-unit id="{i}">\n<source>Bộ Ngoại giao {i}.</source>\n'
                    f'<target>The Deputy FM {i} spoke.</target>\n</trans-unit>\n' for i in range(n))
    return f'<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="vi"><body>\n{units}</body></file></xliff>\n'


def _po(n: int) -> str:
    return "".join(f'msgid "Bộ Ngoại giao {i}."\nmsgstr "The Deputy FM {i} "\n"spoke."\n\n' for i in range(n))


def _ratio(run_small, run_large, tries: int = 5, rounds: int = 3) -> float:
    """CPU-time ratio of the two runs: best of ``tries`` each, measured alternately so both see the
    same machine load; a round over 10 (a busy shared machine) is measured again, up to ``rounds``
    times. A quadratic reader is over 10 every time (×30 to ×60 at these sizes)."""
    best = float("inf")
    gc.collect()  # start from a compacted heap: a suite that ran before leaves garbage that skews the larger run
    gc.disable()
    try:
        for _ in range(rounds):
            small, large = [], []
            for _ in range(tries):
                for fn, times in ((run_small, small), (run_large, large)):
                    t = time.process_time()
                    fn()
                    times.append(time.process_time() - t)
            best = min(best, min(large) / max(min(small), 1e-6))
            if best <= 10:
                break
    finally:
        gc.enable()
    return best


@pytest.mark.parametrize("kind,make,n", [("xliff", _xliff, 500), ("po", _po, 500)])
def test_reading_is_linear(kind, make, n):
    a, b = make(n), make(8 * n)
    ratio = _ratio(lambda: load_document("x", a, kind), lambda: load_document("x", b, kind))
    assert ratio <= 10, f"{kind}: ×8 input took ×{ratio:.1f} time"


_ALIGNMENT_RATIO = """
import sys
sys.path.insert(0, sys.argv[1])
from test_documents import _ratio
from vnterm.check.runner import align
from vnterm.documents import load_document

def case(n):
    en = "".join(f"The Deputy FM {i} spoke.\\n" for i in range(n))
    vi = "".join(f"Thứ trưởng {i} phát biểu.\\n" for i in range(n))
    return load_document("en.txt", en), vi

(da, va), (db, vb) = case(500), case(4000)
assert align(da, va, "vi.txt")[-1].line == 500
print(_ratio(lambda: align(da, va, "vi.txt"), lambda: align(db, vb, "vi.txt"), tries=7, rounds=5))
"""


def test_source_alignment_is_linear():
    """Timed in a fresh interpreter: late in a long suite the heap the earlier tests left makes the
    larger run's allocations slower (a ×10.0 seen in CI, ×8 alone); the bound is the issue's."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", _ALIGNMENT_RATIO, str(Path(__file__).parent)],
                         capture_output=True, text=True, check=True).stdout
    ratio = float(out.split()[-1])
    assert ratio <= 10, f"alignment: ×8 input took ×{ratio:.1f} time"


# --- --body-only: the article body of a news page ------------------------------------------------

NEWS = """<html><head><title>Deputy FM</title></head><body>
<nav><a href="/">Home</a> | <a href="/w">World</a> | <a href="/p">Politics</a> | <a href="/en">Deputy FM</a></nav>
<article><h1>Officials meet in Hai Phong</h1>
<p>Deputy Foreign Minister Ngo Le Van on Tuesday received the delegation of the Ministry of Foreign
Affairs in Hai&nbsp;Phong, where they discussed the Deputy FM programme and the cooperation between
the two sides in the coming years.</p>
<p>The two sides agreed to strengthen the cooperation in trade, investment and tourism, which has
grown strongly in recent years according to both ministries.</p></article>
<aside><h3>Related</h3><ul><li><a href="/1">Deputy FM meets envoy</a></li><li><a href="/2">Haiphong port grows</a></li></ul></aside>
<footer>Copyright 2026 News. Deputy FM.</footer></body></html>
"""


def test_body_only_keeps_the_article_with_its_offsets():
    doc = load_document("news.html", NEWS, body_only=True)
    assert doc.text.count("Deputy FM") == 1 and "Haiphong" not in doc.text and "Home" not in doc.text
    i = doc.text.index("Deputy FM")
    s, e = doc.span_to_source(i, i + 9)
    assert NEWS[s:e] == "Deputy FM" and doc.text_line(i) == 5
    whole = load_document("news.html", NEWS)
    assert whole.text.count("Deputy FM") == 4


def test_body_only_on_check_and_audit(tmp_path):
    page = tmp_path / "news.html"
    page.write_text(NEWS, encoding="utf-8")
    check = CliRunner().invoke(cli, ["check", str(page), "--body-only", "-g", GLOSSARY, "--no-config",
                                     "--format", "github", "--fail-level", "none"])
    assert check.exit_code == 0
    deprecated = [ln for ln in check.output.splitlines() if "term-deprecated" in ln and "Deputy FM" in ln]
    assert len(deprecated) == 1 and ",line=5," in deprecated[0]
    import json

    audit = CliRunner().invoke(cli, ["audit", str(page), "--body-only", "-g", SMALL, "--json"])
    counts = {v["variant"] for c in json.loads(audit.output)["concepts"] for v in c["variants"]}
    assert "Haiphong" not in counts


def test_text_report_on_one_long_line_is_linear():
    """Each finding's context is sliced from the source, not the whole line copied (10 MB lines)."""
    from vnterm.check.engine import Checker
    from vnterm.check.report import Report, render_text
    from vnterm.glossary import load_glossaries

    checker = Checker(load_glossaries())

    def case(n):
        doc = load_document("long.txt", "The Deputy FM met the Foreign Ministry delegation. " * n + "\n")
        findings = checker.check(doc)
        assert len(findings) >= n  # one finding or more per repetition, all on line 1
        return Report(findings=findings, documents={doc.path: doc}, files=1)

    small, large = case(500), case(4000)
    assert all(len(line) < 200 for line in render_text(large).splitlines())
    ratio = _ratio(lambda: render_text(small), lambda: render_text(large))
    assert ratio <= 10, f"text report: ×8 findings on one line took ×{ratio:.1f} time"
