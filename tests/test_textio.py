"""Strict reading of user files and atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vnterm.errors import GlossaryValidationError, InputError
from vnterm.glossary import load_glossaries
from vnterm.textio import atomic_write_text, read_lines, read_text, split_lines


def test_bom_is_stripped_and_crlf_lines_split(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbfone\r\ntwo\r\n\r\nfour")
    assert read_lines(p) == ["one", "two", "", "four"]


def test_split_lines_keeps_empty_lines_and_never_splits_on_other_separators() -> None:
    assert split_lines("a\n\nb\n") == ["a", "", "b"]
    assert split_lines("a\x0bb\x0cc\u2028d\x85e") == ["a\x0bb\x0cc\u2028d\x85e"]
    assert split_lines("") == []
    assert split_lines("\n") == [""]


def test_non_utf8_names_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("ok\nCaf\xe9\n".encode("latin-1"))
    with pytest.raises(InputError) as exc:
        read_text(p)
    assert str(exc.value) == f"{p}:2: not valid UTF-8 (byte 0xe9 at offset 6)"


def test_binary_file(tmp_path: Path) -> None:
    p = tmp_path / "x.bin"
    p.write_bytes(b"\x89PNG\x00\x00")
    with pytest.raises(InputError, match="binary file"):
        read_text(p)


def test_empty_file_refused_when_asked(tmp_path: Path) -> None:
    p = tmp_path / "e.txt"
    p.write_text("  \n")
    assert read_text(p) == "  \n"
    with pytest.raises(InputError, match=r": file is empty$"):
        read_text(p, allow_empty=False)


def test_missing_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "nope")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    p = tmp_path / "out.txt"
    p.write_text("old")
    os.chmod(p, 0o600)
    atomic_write_text(p, "new\r\nline")
    assert p.read_bytes() == b"new\r\nline"
    assert (p.stat().st_mode & 0o777) == 0o600
    assert [f.name for f in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_write_to_missing_folder_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="output folder does not exist"):
        atomic_write_text(tmp_path / "no" / "x.txt", "x")
    assert list(tmp_path.iterdir()) == []


def test_conflicts_across_glossary_files_are_caught(tmp_path: Path) -> None:
    head = "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\n"
    a = tmp_path / "a.tsv"
    b = tmp_path / "b.tsv"
    a.write_text(head + "x\ten\tpreferred\tFoo Bar\n")
    b.write_text(head + "y\ten\tpreferred\tBaz\ny\ten\tdeprecated\tFoo Bar\n")
    with pytest.raises(GlossaryValidationError) as exc:
        load_glossaries([a, b])
    assert str(exc.value) == f"{b}:4: en term 'foo bar' is deprecated in concept 'y' but preferred in concept 'x' ({a}:3)"
