"""``vnterm serve``: the translator's workbench in the browser (needs the ``web`` extra)."""

from __future__ import annotations

import ipaddress
import os
import socket

import click

from ..styles import STYLES
from .options import glossary_option

_STYLE_NAMES = [*STYLES, *(a for s in STYLES.values() for a in s.aliases)]


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (127.0.0.0/8, ::1)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Loopback by default: only this machine can connect.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free one).")
@glossary_option
@click.option("--style", type=click.Choice(_STYLE_NAMES, case_sensitive=False), default=None,
              help="Default house style of the pages (each page can choose another).")
@click.option("--max-upload", type=click.IntRange(1, 512), default=2, show_default=True, metavar="MIB",
              help="Largest pasted text or uploaded file, in MiB (archives for the audit: 10 times this).")
@click.option("--workers", type=click.IntRange(1, 256), default=None, metavar="N",
              help="Worker processes answering requests  [default: one per CPU this process may use].")
def serve(host: str, port: int, glossaries: tuple[str, ...], style: str | None, max_upload: int,
          workers: int | None) -> None:
    """Serve the workbench: lookup, segment, check, glossary and audit pages, and a JSON API
    under /api/ with the CLI's JSON shapes. Nothing is downloaded and nothing is written.

    \b
    Examples:
      vnterm serve
      vnterm serve --port 9000 --style vna -g my_terms.tsv
      vnterm serve --workers 1
    """
    from ..errors import VntermError

    try:
        import uvicorn

        from ..web.app import create_app
        from ..web.middleware import Limits
    except ImportError as exc:
        raise VntermError(f"vnterm serve needs the web extra ({exc.name} is missing): pip install 'vnterm[web]'") from None

    from ..web.middleware import LOOPBACK_HOSTS

    mib = 1024 * 1024
    # on loopback, answer only to loopback names (a rebound DNS name gets 400)
    hosts = LOOPBACK_HOSTS | {host.strip("[]").lower()} if is_loopback(host) else None
    limits = Limits(text_bytes=max_upload * mib, archive_bytes=10 * max_upload * mib)
    workers = workers or default_workers()
    options = dict(host=host, log_level="warning", access_log=False, server_header=False, lifespan="off")
    if workers == 1:
        app = create_app(glossaries=glossaries, style=style, hosts=hosts, limits=limits)
    else:  # each worker process builds its own app from the settings (a bad glossary fails here, once)
        from ..glossary import load_glossaries
        from ..web.app import SERVE_ENV, serve_settings

        load_glossaries(list(glossaries) or None)
        os.environ[SERVE_ENV] = serve_settings(glossaries, style, limits, hosts)
    sock = listen(host, port)
    port = sock.getsockname()[1]  # the real one when --port 0
    shown = f"[{host}]" if ":" in host else host
    if is_loopback(host):
        where = "loopback only: other machines cannot connect"
    else:
        where = f"listening on {host}: anyone who can reach this machine can use it"
    many = f", {workers} worker processes" if workers > 1 else ""
    click.echo(f"vnterm serve: http://{shown}:{port}/ ({where}{many}). Ctrl-C stops it.", err=True)
    try:
        if workers == 1:
            uvicorn.Server(uvicorn.Config(app, port=port, **options)).run(sockets=[sock])
        else:
            from uvicorn.supervisors import Multiprocess

            config = uvicorn.Config("vnterm.web.app:app_from_env", factory=True, port=port, workers=workers,
                                    **options)
            Multiprocess(config, sockets=[sock]).run()
    finally:
        sock.close()


def default_workers() -> int:
    """One worker per CPU this process may run on (its affinity; all CPUs where that is unknown)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)

def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port``; VntermError (exit 2) when that is impossible."""
    from ..errors import VntermError

    try:
        infos = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise VntermError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise VntermError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.set_inheritable(True)
    return sock
