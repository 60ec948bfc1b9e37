"""Request-size limits (HTTP 413 with a clear message) and security headers, as one ASGI layer."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: No inline script or style, nothing from another origin, no framing, no plugins.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
_SECURITY_NAMES = frozenset(name for name, _ in SECURITY_HEADERS)


@dataclass(frozen=True, slots=True)
class Limits:
    """Largest request bodies (bytes): pasted text and single files; zip archives for the audit;
    and the most characters the segmenter is given at once."""

    text_bytes: int = 2 * 1024 * 1024
    archive_bytes: int = 20 * 1024 * 1024
    segment_chars: int = 200_000

    def for_path(self, path: str) -> int:
        return self.archive_bytes if path.rstrip("/") in ("/audit", "/api/audit") else self.text_bytes


class TooLarge(Exception):
    """A request body over its limit."""

    def __init__(self, size: int | None, limit: int):
        self.size = size
        self.limit = limit
        shown = f"{size} bytes" if size is not None else f"more than {limit} bytes"
        super().__init__(f"request too large ({shown}); this page accepts at most {limit} bytes "
                         f"({limit // 1024} KiB)")


def is_api(path: str) -> bool:
    return path == "/api" or path.startswith("/api/")


def error_body(path: str, status: int, message: str) -> tuple[bytes, bytes]:
    """(body, content type) of an error: JSON ``{"error": message}`` under /api/, else a small page."""
    if is_api(path):
        return json.dumps({"error": message}, ensure_ascii=False).encode(), b"application/json"
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>vnterm: error</title>'
        '<link rel="stylesheet" href="/static/app.css"><link rel="icon" href="/static/icon.svg" type="image/svg+xml">'
        '</head><body><main>'
        f'<h1>Error {status}</h1><p class="error" role="alert">{escape(message)}</p>'
        '<p><a href="/">Lookup</a> · <a href="/check">Check</a> · <a href="/audit">Audit</a></p></main></body></html>'
    )
    return page.encode(), b"text/html; charset=utf-8"


#: Host names of a server bound to loopback (with or without a port).
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def host_name(value: bytes) -> str:
    """The host name of a Host header, without the port, lower case (IPv6 without brackets)."""
    text = value.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[1:].split("]", 1)[0]
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


class Guard:
    """Refuse bodies over :class:`Limits` before and while they stream in; add security headers;
    with ``hosts``, refuse requests for any other Host (a web page that rebinds its own name to
    127.0.0.1 must not be able to read a loopback server's answers)."""

    def __init__(self, app: Callable[..., Awaitable[None]], limits: Limits | None = None,
                 hosts: frozenset[str] | None = None):
        self.app = app
        self.limits = limits or Limits()
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        limit = self.limits.for_path(path)
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [h for h in message.get("headers", []) if h[0].lower() not in _SECURITY_NAMES]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        async def refuse(exc: TooLarge) -> None:
            body, ctype = error_body(path, 413, str(exc))
            await send_with_headers({"type": "http.response.start", "status": 413, "headers": [
                (b"content-type", ctype), (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
            await send({"type": "http.response.body", "body": body})

        headers = dict(scope.get("headers", []))
        if self.hosts is not None and host_name(headers.get(b"host", b"")) not in self.hosts:
            body, ctype = error_body(path, 400, "unknown host: this server answers only to "
                                     + ", ".join(sorted(self.hosts)))
            await send_with_headers({"type": "http.response.start", "status": 400, "headers": [
                (b"content-type", ctype), (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
            return
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                size = 0
            if size > limit:
                await refuse(TooLarge(size, limit))
                return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise TooLarge(None, limit)
            return message

        try:
            await self.app(scope, counted_receive, send_with_headers)
        except TooLarge as exc:
            if started:
                raise
            await refuse(exc)
