"""Inputs the fuzzer (tests/fuzz/) found that raised something other than vnterm's typed errors."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from vnterm.errors import GlossaryError
from vnterm.glossary.formats import read_glossary


def _workbook_with_corrupt_deflate() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>" * 50)
        z.writestr("xl/workbook.xml", "<workbook/>" * 50)
    data = bytearray(buf.getvalue())
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("xl/workbook.xml")
    name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_len + extra_len
    data[start] = 0xFF  # deflate block type 3: "invalid block type" from zlib
    return bytes(data)


def test_xlsx_with_a_corrupt_deflate_stream_is_a_glossary_error(tmp_path: Path) -> None:
    p = tmp_path / "broken.xlsx"
    p.write_bytes(_workbook_with_corrupt_deflate())
    with pytest.raises(GlossaryError, match=r"not a valid \.xlsx workbook"):
        read_glossary(p)
