"""Fixtures for the web workbench: an in-process app, a live server on a free loopback port, and
a real headless Chromium (Debian's, driven by Playwright; no browser download)."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

CHROMIUM = os.environ.get("VNTERM_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
#: screenshots go to docs/img/ only when this is set (CI must not rewrite tracked files)
SHOTS = os.environ.get("VNTERM_SCREENSHOTS")
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"


@pytest.fixture(scope="session")
def engine():
    from vnterm.web.engine import Engine

    return Engine()


@pytest.fixture(scope="session")
def client(engine):
    from starlette.testclient import TestClient

    from vnterm.web.app import create_app

    with TestClient(create_app(engine), raise_server_exceptions=True) as c:
        yield c


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(engine):
    """The workbench served by uvicorn in a thread on a free loopback port; yields its base URL."""
    import uvicorn

    from vnterm.web.app import create_app
    from vnterm.web.middleware import LOOPBACK_HOSTS

    port = _free_port()
    config = uvicorn.Config(create_app(engine, hosts=LOOPBACK_HOSTS), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the workbench did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium; skipped when absent unless VNTERM_REQUIRE_BROWSER=1 (``make test``)."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("VNTERM_REQUIRE_BROWSER") == "1":
            pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install -y chromium")
        pytest.skip(f"no Chromium at {CHROMIUM} (make test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"], headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.console_errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()


@pytest.fixture(scope="session")
def screenshot():
    """``screenshot(page, name)`` saves docs/img/NAME.png when VNTERM_SCREENSHOTS is set."""

    def take(page, name: str) -> None:
        if SHOTS:
            DOCS_IMG.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(DOCS_IMG / f"{name}.png"), full_page=False)

    return take
