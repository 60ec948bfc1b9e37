"""Atomic writes: our temporary-file naming, stale temporary files cleaned, and ``kill -9`` mid-write."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli
from vnterm.textio import TEMP_TAG, atomic_write_bytes, clean_stale_temps, temp_path_for

ROOT = Path(__file__).resolve().parents[1]


def _dead_pid() -> int:
    """The id of a process that has exited (and been reaped)."""
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _ours(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if TEMP_TAG in p.name)


def test_temp_name_is_ours_and_next_to_the_target(tmp_path: Path) -> None:
    p = temp_path_for(tmp_path / "out.txt")
    assert p.parent == tmp_path
    assert p.name.startswith(f".out.txt{TEMP_TAG}{os.getpid()}-")


def test_atomic_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    atomic_write_bytes(target, b"one\n")
    atomic_write_bytes(target, b"two\n")
    assert target.read_bytes() == b"two\n"
    assert list(tmp_path.iterdir()) == [target]


def test_stale_files_of_dead_writers_are_removed_and_nothing_else(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = tmp_path / f".out.txt{TEMP_TAG}{dead}-0a1b2c3d"
    stale.write_bytes(b"half a wri")
    stale_dir = tmp_path / f".model{TEMP_TAG}{dead}-9f8e7d6c"
    (stale_dir / "model").mkdir(parents=True)
    live = tmp_path / f".out.txt{TEMP_TAG}{os.getpid()}-00000000"  # this process: alive
    live.write_bytes(b"being written")
    foreign = [tmp_path / ".out.txt.abc123.tmp", tmp_path / f"out{TEMP_TAG}{dead}-zz", tmp_path / "notes.txt"]
    for f in foreign:
        f.write_bytes(b"x")
    removed = clean_stale_temps(tmp_path, force=True)
    assert sorted(removed) == sorted([stale, stale_dir])
    assert not stale.exists() and not stale_dir.exists()
    assert live.exists() and all(f.exists() for f in foreign)


def test_the_next_cli_run_cleans_a_stale_file_next_to_its_output(tmp_path: Path) -> None:
    text = tmp_path / "copy.txt"
    text.write_text("The Ministry of Foreign Affairs met.\n", encoding="utf-8")
    out = tmp_path / "report.json"
    stale = tmp_path / f".report.json{TEMP_TAG}{_dead_pid()}-deadbeef"
    stale.write_bytes(b'{"findings": [')
    result = CliRunner().invoke(cli, ["check", str(text), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert not stale.exists()
    assert out.read_text(encoding="utf-8").startswith("{")
    assert _ours(tmp_path) == []


_WRITER = """
import sys
from vnterm.textio import atomic_write_bytes
atomic_write_bytes(sys.argv[1], b"new line\\n" * (int(sys.argv[2]) // 9))
"""


def _kill_mid_write(target: Path, size: int) -> bool:
    """Start a writer of ``size`` bytes, SIGKILL it once its temporary file has data; True if killed
    before the rename (the writer may win the race on a fast disk)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(target), str(size)], env=env)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            temps = _ours(target.parent)
            if temps:
                try:
                    if temps[0].stat().st_size > 0:
                        break
                except FileNotFoundError:
                    pass
            time.sleep(0.0005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    return proc.returncode == -signal.SIGKILL


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_9_mid_write_leaves_old_or_new_content_and_the_next_run_cleans(tmp_path: Path) -> None:
    target = tmp_path / "big.txt"
    old = b"old content\n"
    new_size = 32 * 1024 * 1024
    killed_mid_write = 0
    for _ in range(3):
        target.write_bytes(old)
        killed = _kill_mid_write(target, new_size)
        data = target.read_bytes()
        assert data == old or data == b"new line\n" * (new_size // 9), "a partial file was left"
        if killed and data == old:
            killed_mid_write += 1
            assert _ours(tmp_path), "the kill came before the rename: its temporary file should remain"
        # the next run (a new process) removes what the killed one left, then writes
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-c", _WRITER, str(target), "18"], env=env, check=True)
        assert target.read_bytes() == b"new line\n" * 2
        assert _ours(tmp_path) == []
    assert killed_mid_write >= 1, "no run was killed during its write"


def test_glossary_cache_is_written_through_the_helper_and_cleans_stale_temps(tmp_path: Path, monkeypatch,
                                                                             small_glossary_path: Path) -> None:
    from vnterm.glossary import load_glossary

    monkeypatch.delenv("VNTERM_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cache = tmp_path / "vnterm"
    cache.mkdir()
    stale = cache / f".abc.pickle{TEMP_TAG}{_dead_pid()}-0badf00d"
    stale.write_bytes(b"\x80\x05")
    first = load_glossary(small_glossary_path)
    pickles = sorted(p.name for p in cache.iterdir())
    assert len(pickles) == 1 and pickles[0].endswith(".pickle"), pickles
    assert load_glossary(small_glossary_path).concepts == first.concepts
