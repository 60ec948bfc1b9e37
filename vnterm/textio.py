"""Reading user files strictly and writing files atomically."""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

from .errors import InputError

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

#: Refuse single inputs larger than this many bytes (a guard against runaway inputs, not a style rule).
MAX_INPUT_BYTES = 512 * 1024 * 1024


#: byte-order marks of the UTF-16 and UTF-32 encodings (UTF-32 first: its LE mark starts like UTF-16's)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes, path: str | Path) -> str:
    """Decode UTF-8 bytes (BOM stripped, CRLF/CR kept as given), or UTF-16/UTF-32 text that starts
    with its byte-order mark; raise InputError naming the line otherwise."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                break  # not that encoding after all: reported as what it must then be, UTF-8
    if b"\x00" in data[:8192]:
        raise InputError("binary file (NUL bytes), expected UTF-8 text", path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})", path, line) from None


def read_bytes(
    path: str | Path,
    *,
    noun: str = "file",
    error: type[InputError] = InputError,
    max_bytes: int = MAX_INPUT_BYTES,
) -> bytes:
    """Read a file's bytes, turning OS errors into ``error`` naming the file ("no such {noun}")."""
    name = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise error(f"is a directory, expected a {noun}", name)
        size = p.stat().st_size
        if size > max_bytes:
            raise error(f"file too large ({size} bytes)", name)
        return p.read_bytes()
    except FileNotFoundError:
        raise error(f"no such {noun}", name) from None
    except PermissionError:
        raise error("permission denied", name) from None
    except IsADirectoryError:
        raise error(f"is a directory, expected a {noun}", name) from None
    except OSError as exc:
        raise error(f"cannot read: {exc.strerror or exc}", name) from None


def read_text(path: str | Path, *, allow_empty: bool = True) -> str:
    """Read a UTF-8 text file; ``-`` reads standard input. Raises InputError with the file name."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        data = read_bytes(path)
    text = decode_text(data, name)
    if not allow_empty and not text.strip():
        raise InputError("file is empty", name)
    return text


def split_lines(text: str) -> list[str]:
    """Split into lines without their terminators (LF, CRLF or CR); a final terminator adds no line."""
    if not text:
        return []
    lines = _LINE_BREAK.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


def read_lines(path: str | Path, *, allow_empty: bool = True) -> list[str]:
    """Read a UTF-8 file as a list of lines (terminators removed, empty lines kept)."""
    return split_lines(read_text(path, allow_empty=allow_empty))


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file in the same folder, then a rename."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InputError("output folder does not exist", directory)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` atomically (newlines written exactly as given)."""
    atomic_write_bytes(path, text.encode("utf-8"))
