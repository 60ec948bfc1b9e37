"""``vnterm serve``: options, the loopback notice, and a clear error without the web extra."""

from __future__ import annotations

import builtins

import pytest
from click.testing import CliRunner

from vnterm.cli import cli
from vnterm.cli.serve import is_loopback

RUN = CliRunner()


@pytest.mark.parametrize("host, expected", [
    ("127.0.0.1", True), ("127.3.4.5", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.4", False), ("::", False), ("example.org", False),
])
def test_is_loopback(host, expected) -> None:
    assert is_loopback(host) is expected


@pytest.fixture
def no_run(monkeypatch):
    import uvicorn

    seen = {}

    def fake_run(self, sockets=None):
        seen["host"], seen["port"] = self.config.host, self.config.port
        seen["app"] = self.config.app
        seen["socket"] = sockets[0].getsockname()[:2]

    def fake_supervise(self):
        seen["workers"], seen["app"], seen["factory"] = self.config.workers, self.config.app, self.config.factory
        seen["socket"] = self.sockets[0].getsockname()[:2]
        seen["host"], seen["port"] = self.config.host, self.config.port

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    monkeypatch.setattr("uvicorn.supervisors.Multiprocess.run", fake_supervise)
    monkeypatch.delenv("VNTERM_SERVE_SETTINGS", raising=False)
    return seen


def test_serve_says_loopback(no_run) -> None:
    r = RUN.invoke(cli, ["serve", "--port", "0", "--style", "VNA", "--workers", "1"])
    assert r.exit_code == 0, r.output
    port = no_run["port"]
    assert port > 0 and no_run["socket"] == ("127.0.0.1", port)
    assert r.output == (f"vnterm serve: http://127.0.0.1:{port}/ (loopback only: other machines cannot connect). "
                        "Ctrl-C stops it.\n")
    assert no_run["host"] == "127.0.0.1"
    assert no_run["app"].app.state.engine.default_style.id == "vna"
    assert no_run["app"].hosts == {"127.0.0.1", "localhost", "::1"}


def test_serve_port_in_use_exit_2(no_run) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        r = RUN.invoke(cli, ["serve", "--port", str(port)])
    assert r.exit_code == 2 and r.output == f"vnterm: error: cannot listen on 127.0.0.1:{port}: Address already in use\n"
    assert "app" not in no_run


def test_serve_end_to_end(tmp_path) -> None:
    """The real command in a child process: it prints its address, answers, and stops on SIGTERM."""
    import json
    import os
    import subprocess
    import sys
    import urllib.request
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.Popen([sys.executable, "-c", "from vnterm.cli import main; main()", "serve", "--port", "0"],
                            env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.startswith("vnterm serve: http://127.0.0.1:") and "loopback only" in line
        url = line.split()[2]
        with urllib.request.urlopen(url + "api/lookup?q=bo+ngoai+giao", timeout=30) as r:
            assert json.load(r)[0]["concept"] == "mofa"
            assert r.headers["content-security-policy"].startswith("default-src 'none'")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert os.listdir(tmp_path) == []


def test_serve_workers_start_the_factory_with_the_settings(no_run, monkeypatch) -> None:
    import json
    import os

    from vnterm.web.app import SERVE_ENV, app_from_env

    r = RUN.invoke(cli, ["serve", "--port", "0", "--workers", "3", "--style", "vna", "--max-upload", "3"])
    assert r.exit_code == 0, r.output
    port = no_run["port"]
    assert r.output == (f"vnterm serve: http://127.0.0.1:{port}/ (loopback only: other machines cannot connect, "
                        "3 worker processes). Ctrl-C stops it.\n")
    assert (no_run["workers"], no_run["app"], no_run["factory"]) == (3, "vnterm.web.app:app_from_env", True)
    assert no_run["socket"] == ("127.0.0.1", port)
    settings = json.loads(os.environ[SERVE_ENV])
    assert settings == {"glossaries": [], "style": "vna", "text_bytes": 3 * 2**20, "archive_bytes": 30 * 2**20,
                        "hosts": ["127.0.0.1", "::1", "localhost"]}
    app = app_from_env()  # what each worker serves
    assert app.app.state.engine.default_style.id == "vna"
    assert app.hosts == {"127.0.0.1", "localhost", "::1"} and app.limits.text_bytes == 3 * 2**20


def test_serve_default_workers_follow_the_cpu_affinity(no_run) -> None:
    import os

    from vnterm.cli.serve import default_workers

    assert default_workers() == len(os.sched_getaffinity(0))
    r = RUN.invoke(cli, ["serve", "--port", "0"])
    assert r.exit_code == 0, r.output
    assert no_run["workers"] == default_workers() or (default_workers() == 1 and "workers" not in no_run)


def test_serve_workers_bad_glossary_exit_2_before_any_worker(tmp_path, no_run) -> None:
    r = RUN.invoke(cli, ["serve", "-g", str(tmp_path / "missing.tsv"), "--workers", "2"])
    assert r.exit_code == 2 and r.output.startswith("vnterm: error: ") and "missing.tsv" in r.output
    assert "workers" not in no_run


@pytest.mark.parametrize("bad", ["0", "-1", "x"])
def test_serve_workers_must_be_positive(bad) -> None:
    r = RUN.invoke(cli, ["serve", "--workers", bad])
    assert r.exit_code == 2 and "--workers" in r.output


def test_serve_with_two_workers_end_to_end(tmp_path) -> None:
    """Two worker processes answer on one port, and SIGTERM stops them all."""
    import json
    import os
    import subprocess
    import sys
    import urllib.request
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.Popen([sys.executable, "-c", "from vnterm.cli import main; main()", "serve", "--port", "0",
                             "--workers", "2"], env=env, cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert line.endswith("2 worker processes). Ctrl-C stops it.\n"), line
        url = line.split()[2]
        for q in ("bo+ngoai+giao", "bo+ngoai+gioa", "Ministry+of+Foreign+Affairs") * 4:
            with urllib.request.urlopen(url + "api/lookup?q=" + q, timeout=60) as r:
                assert json.load(r)[0]["concept"] == "mofa"
        workers = [int(p) for p in os.listdir("/proc") if p.isdigit() and _parent(p) == proc.pid]
        assert len(workers) >= 2
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert proc.returncode == 0
    for pid in workers:
        assert not os.path.exists(f"/proc/{pid}") or _parent(str(pid)) != proc.pid
    assert os.listdir(tmp_path) == []


def _parent(pid: str) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None


def test_serve_warns_off_loopback(no_run) -> None:
    r = RUN.invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "0", "--workers", "1"])
    assert "listening on 0.0.0.0: anyone who can reach this machine can use it" in r.output
    assert no_run["app"].hosts is None


def test_serve_bad_glossary_exit_2(tmp_path, no_run) -> None:
    r = RUN.invoke(cli, ["serve", "-g", str(tmp_path / "missing.tsv")])
    assert r.exit_code == 2 and r.output.startswith("vnterm: error: ") and "missing.tsv" in r.output
    assert "host" not in no_run


def test_serve_without_the_web_extra(monkeypatch) -> None:
    real = builtins.__import__

    def fake(name, *args, **kwargs):
        if name == "uvicorn":
            raise ImportError("No module named 'uvicorn'", name="uvicorn")
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake)
    r = RUN.invoke(cli, ["serve"])
    assert r.exit_code == 2
    assert r.output == ("vnterm: error: vnterm serve needs the web extra (uvicorn is missing): "
                        "pip install 'vnterm[web]'\n")


def test_serve_help_has_examples() -> None:
    r = RUN.invoke(cli, ["serve", "--help"])
    assert r.exit_code == 0 and "vnterm serve --port 9000 --style vna" in r.output and "127.0.0.1" in r.output


@pytest.mark.parametrize("host, ok", [("127.0.0.1:8765", True), ("localhost", True), ("[::1]:8765", True),
                                      ("evil.example:8765", False), ("127.0.0.1.evil.example", False), ("", False)])
def test_loopback_server_answers_only_loopback_names(engine, host, ok) -> None:
    from starlette.testclient import TestClient

    from vnterm.web.app import create_app
    from vnterm.web.middleware import LOOPBACK_HOSTS

    client = TestClient(create_app(engine, hosts=LOOPBACK_HOSTS))
    r = client.get("/api/lookup", params={"q": "uy ban"}, headers={"host": host})
    assert (r.status_code == 200) is ok
    if not ok:
        assert r.json() == {"error": "unknown host: this server answers only to 127.0.0.1, ::1, localhost"}
        assert r.headers["content-security-policy"]
