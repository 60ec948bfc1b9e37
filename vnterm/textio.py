"""Reading user files strictly and writing files atomically."""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sys
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


#: Our temporary files are named ``.NAME.vnterm-tmp-PID-RAND`` next to the target NAME, so that a
#: later run can recognise the ones a killed process left behind and remove them.
TEMP_TAG = ".vnterm-tmp-"
_TEMP_RE = re.compile(r"\A\.(?P<name>.+)\.vnterm-tmp-(?P<pid>[0-9]+)-[0-9a-z_]+\Z")
_SWEPT: set[str] = set()


def temp_path_for(target: str | Path) -> Path:
    """A fresh temporary path of our naming next to ``target`` (``.NAME.vnterm-tmp-PID-RAND``)."""
    t = Path(target)
    return t.parent / f".{t.name}{TEMP_TAG}{os.getpid()}-{secrets.token_hex(4)}"


def _pid_alive(pid: int) -> bool:
    """Whether a process with this id exists (one we may not signal counts as alive)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_stale_temps(directory: str | Path, *, force: bool = False) -> list[Path]:
    """Remove temporary files (or folders) of our naming in ``directory`` whose writer is dead.

    Runs once per folder per process unless ``force``; returns what was removed. Files of other
    naming, and ours whose process still runs, are left alone. Errors are ignored: tidying up must
    never stop the write that asked for it.
    """
    d = Path(directory) if str(directory) else Path(".")
    key = os.path.abspath(d)
    if key in _SWEPT and not force:
        return []
    _SWEPT.add(key)
    removed: list[Path] = []
    try:
        entries = list(os.scandir(d))
    except OSError:
        return removed
    for entry in entries:
        if TEMP_TAG not in entry.name:
            continue
        m = _TEMP_RE.match(entry.name)
        if m is None or _pid_alive(int(m.group("pid"))):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def temp_directory(target: str | Path) -> Path:
    """Create an empty folder of our temporary naming next to ``target`` (for staged folder writes)."""
    clean_stale_temps(Path(target).parent)
    while True:
        path = temp_path_for(target)
        try:
            path.mkdir(mode=0o700)
            return path
        except FileExistsError:
            continue


def atomic_write_bytes(path: str | Path, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file of our naming in the same folder, then a
    rename, so a reader (or a kill at any moment) sees either the old content or the new, never part.

    Stale temporary files that killed runs left next to it are removed first (:func:`clean_stale_temps`).
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise InputError("output folder does not exist", directory)
    clean_stale_temps(directory)
    while True:
        tmp = temp_path_for(target)
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            break
        except FileExistsError:
            continue
        except OSError as exc:
            raise InputError(f"cannot write: {exc.strerror or exc}", target) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if sync:
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
