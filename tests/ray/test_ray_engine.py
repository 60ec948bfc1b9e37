"""The Ray engine (issue 21): same reports as the local engine, a dying worker retried, Ray never
imported by the local path. One local Ray for all of tests/ray (conftest.py; start-up dominates: keep tests few)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ray = pytest.importorskip("ray")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpora" / "seeds"


def _audit_json(args):
    from vnterm.cli import cli

    result = CliRunner().invoke(cli, ["audit", *args, "--json", "--no-mtime"])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("which", ["seeds", "archive"])
def test_audit_report_is_byte_for_byte_the_local_one(local_ray, archive, which):
    target = str(SEEDS if which == "seeds" else archive)
    local = _audit_json([target, "--engine", "local", "-j", "2"])
    remote = _audit_json([target, "--engine", "ray"])
    assert remote == local
    assert json.loads(local)["summary"]["documents"] == (240 if which == "archive" else len(list(SEEDS.iterdir())))


def test_an_unreadable_file_is_reported_not_lost(local_ray, tmp_path):
    from vnterm.cli import cli

    shutil.copy(next(SEEDS.glob("*.txt")), tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 Hanoi\n")
    result = CliRunner().invoke(cli, ["audit", str(tmp_path), "--engine", "ray", "--json"])
    assert result.exit_code == 2
    assert f"{tmp_path / 'bad.txt'}" in result.output and "UTF-8" in result.output


class _DiesOnce:
    """Kills its worker process the first time it sees item 5 (a marker file remembers)."""

    def __init__(self, marker: str):
        self.marker = marker

    def setup(self):
        return os.getpid()

    def run(self, state, item):
        if item == 5 and not os.path.exists(self.marker):
            Path(self.marker).write_text("died", encoding="utf-8")
            os._exit(1)
        return item * item


def test_a_worker_that_dies_is_retried_and_the_run_completes(local_ray, tmp_path):
    import ray.cloudpickle

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    from vnterm.engines.ray import map_items

    marker = tmp_path / "marker"
    results = list(map_items(list(range(40)), _DiesOnce(str(marker)), batch_size=4))
    assert marker.exists()  # a worker did die
    assert results == [i * i for i in range(40)]


def test_local_engine_and_lookup_never_import_ray(tmp_path):
    code = (
        "import sys\nfrom click.testing import CliRunner\nfrom vnterm.cli import cli\n"
        "r = CliRunner().invoke(cli, ['lookup', 'Hai Phong', '--json']); assert r.exit_code == 0, r.output\n"
        f"r = CliRunner().invoke(cli, ['audit', {str(SEEDS)!r}, '--json']); assert r.exit_code == 0, r.output\n"
        "assert 'ray' not in sys.modules, 'ray imported'\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_without_ray_the_cli_says_how_to_install_it(monkeypatch):
    from vnterm.cli import cli

    monkeypatch.setitem(sys.modules, "ray", None)
    result = CliRunner().invoke(cli, ["audit", str(SEEDS), "--engine", "ray"])
    assert result.exit_code == 2
    lines = [l for l in result.stderr.splitlines() if l.startswith("vnterm: ")]  # (Ray may log there too)
    assert result.stdout == "" and len(lines) == 1 and lines[0].startswith("vnterm: error: the Ray engine needs the 'ray' extra: pip install 'vnterm[ray]'")


class _AlwaysDies:
    """Kills its worker process every time it sees item 7 (a poison document)."""

    def setup(self):
        return None

    def run(self, state, item):
        if item == 7:
            os._exit(1)
        return item + 1


def test_an_item_that_always_kills_its_worker_comes_back_as_worker_lost(local_ray):
    import ray.cloudpickle

    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    from vnterm.engines import WorkerLost
    from vnterm.engines.ray import RETRIES, map_items

    results = list(map_items(list(range(24)), _AlwaysDies(), batch_size=4))
    lost = [r for r in results if isinstance(r, WorkerLost)]
    assert [r.item for r in lost] == [7] and lost[0].tries >= 2 * (RETRIES + 1)
    assert [r for r in results if not isinstance(r, WorkerLost)] == [i + 1 for i in range(24) if i != 7]
