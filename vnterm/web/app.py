"""The workbench's pages: lookup, segment, check, glossary and audit, server-rendered (usable
without JavaScript; ``static/app.js`` makes them live), plus static assets held in memory."""

from __future__ import annotations

import json
import math
from importlib import resources
from typing import Any, Sequence
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from .. import __version__
from ..errors import InputError, VntermError
from ..glossary.model import STATUS_MARKS as STATUS_MARK
from ..styles import UnknownStyle
from . import api
from .engine import (CHECK_KINDS, EXPORT_FORMATS, KIND_EXTENSION, CheckOutcome, Engine, decode_upload, kind_for,
                     safe_name, statuses)
from .highlight import pieces
from .middleware import Guard, Limits, TooLarge, error_body, is_api


ENTITY_LABEL = {"PERSON": "person", "TITLE": "title", "ORG": "organisation", "LOC": "place",
                "LEGAL_REF": "legal reference"}
PAGE_SIZE = 100
_MEDIA = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
          ".svg": "image/svg+xml", ".ico": "image/x-icon"}


def _load_static() -> dict[str, tuple[bytes, str]]:
    """Every file shipped in ``vnterm/web/static``, read once: requests never name a path on disk."""
    out: dict[str, tuple[bytes, str]] = {}
    for item in resources.files("vnterm.web").joinpath("static").iterdir():
        if item.is_file():
            suffix = "." + item.name.rsplit(".", 1)[-1]
            out[item.name] = (item.read_bytes(), _MEDIA.get(suffix, "application/octet-stream"))
    return out


class Workbench:
    """The pages, bound to one :class:`Engine`."""

    def __init__(self, engine: Engine, limits: Limits):
        self.engine = engine
        self.limits = limits
        self.static = _load_static()
        self.env = Environment(loader=PackageLoader("vnterm.web", "templates"),
                               autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(
            version=__version__, styles=engine.styles(), STATUS_MARK=STATUS_MARK, ENTITY_LABEL=ENTITY_LABEL,
            quote=lambda s: quote(s, safe=""), urlencode=urlencode,
        )

    def render(self, template: str, http_status: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("style", self.engine.default_style)
        context.setdefault("limits", self.limits)
        return HTMLResponse(self.env.get_template(template).render(**context), status_code=http_status)

    async def form(self, request: Request):
        return await request.form(max_files=2, max_fields=20, max_part_size=self.limits.for_path(request.url.path))

    def _style(self, name: str | None):
        try:
            return self.engine.style(name or None)
        except UnknownStyle as exc:
            raise InputError(str(exc)) from None

    # --- lookup -----------------------------------------------------------------------------------

    async def _lookup_context(self, request: Request) -> dict[str, Any]:
        q = request.query_params.get("q", "")[:200]
        style = self._style(request.query_params.get("style"))
        if not q.strip():
            results = []
        else:
            results = self.engine.lookup(q, 10)  # on the event loop, as /api/lookup
        return {"q": q, "style": style, "results": results, "choice": self.engine.style_choice}

    async def lookup(self, request: Request) -> Response:
        return self.render("lookup.html", page="lookup", **await self._lookup_context(request))

    async def lookup_fragment(self, request: Request) -> Response:
        return self.render("_results.html", **await self._lookup_context(request))

    async def concept(self, request: Request) -> Response:
        concept = self.engine.concept(request.path_params["cid"])
        if concept is None:
            raise HTTPException(404, f"no concept {request.path_params['cid']!r} in the glossary")
        style = self._style(request.query_params.get("style"))
        replaced = self.engine.concept(concept.replaced_by) if concept.replaced_by else None
        return self.render("concept.html", page="lookup", c=concept, style=style,
                           choice=self.engine.style_choice, replaced=replaced)

    # --- segment ----------------------------------------------------------------------------------

    async def segment(self, request: Request) -> Response:
        text = ""
        if request.method == "POST":
            form = await self.form(request)
            text = str(form.get("text") or "")
        if len(text) > self.limits.segment_chars:
            raise TooLarge(len(text.encode()), self.limits.segment_chars)
        try:
            lines = await _in_thread(self.engine.segment, text) if text.strip() else []
        except VntermError as exc:
            return self.render("segment.html", http_status=400, page="segment", text=text, lines=[], rows=[],
                               error=str(exc))
        rows = []
        shown = []
        for n, line in enumerate(lines, 1):
            spans = [(e.start, e.end) for e in line.entities]
            shown.append((line, pieces(line.text, spans)))
            rows += [(n, e) for e in line.entities]
        return self.render("segment.html", page="segment", text=text, lines=shown, rows=rows)

    # --- check ------------------------------------------------------------------------------------

    async def check(self, request: Request) -> Response:
        if request.method == "GET":
            return self.render("check.html", page="check", text="", name="", kind="txt", outcome=None)
        form = await self.form(request)
        try:
            text, name, kind, style, eol = await self._check_input(form)
            outcome = await _in_thread(self.engine.check, text, name, kind, style.id)
        except (VntermError, UnknownStyle) as exc:  # the form again, with the message and the text kept
            kept = form.get("text")
            return self.render("check.html", http_status=400, page="check", error=str(exc), outcome=None,
                               text=kept if isinstance(kept, str) else "", name="", kind="txt")
        applied = None
        fix_one = form.get("fix")
        if fix_one is not None or form.get("action") == "fix-all":
            which = None
            if fix_one is not None:
                try:
                    which = [int(str(fix_one))]
                except ValueError:
                    raise InputError("which finding to fix? (a finding number)") from None
            text, applied = self.engine.fix(outcome, which)
            outcome = await _in_thread(self.engine.check, text, name, kind, style.id)
        return self._check_page(outcome, text, applied, eol)

    def _check_page(self, outcome: CheckOutcome, text: str, applied: int | None, eol: str) -> Response:
        doc = outcome.document
        spans = [(f.start, f.end) for f in outcome.findings]
        return self.render(
            "check.html", page="check", text=text, name=outcome.name, kind=outcome.kind, style=outcome.style,
            outcome=outcome, pieces=pieces(doc.source, spans), fixable=self.engine.fixable(outcome),
            summary=outcome.report.summary(), applied=applied, eol=eol,
        )

    async def _check_input(self, form) -> tuple[str, str, str, Any, str]:
        """(text, label, kind, style, line ending) from the check form; an uploaded file wins over
        the text box. Browsers send a text box's lines ending in CRLF: the text gets back the line
        ending it had when it was uploaded (LF for pasted text)."""
        style = self._style(str(form.get("style") or ""))
        upload = form.get("file")
        kind = str(form.get("kind") or "txt")
        if kind not in CHECK_KINDS:
            raise InputError(f"unknown kind {kind!r} (known: {', '.join(CHECK_KINDS)})")
        if isinstance(upload, UploadFile) and upload.filename:
            name = safe_name(upload.filename, "upload.txt")
            text = decode_upload(await upload.read(), name)
            kind = kind_for(name, kind)
            eol = "crlf" if "\r\n" in text else "lf"
        else:
            text = str(form.get("text") or "")
            name = safe_name(str(form.get("name") or ""), "") or "pasted" + KIND_EXTENSION[kind]
            eol = "crlf" if form.get("eol") == "crlf" else "lf"
            if eol == "lf":
                text = text.replace("\r\n", "\n")
        return text, name, kind, style, eol

    async def download(self, request: Request) -> Response:
        form = await self.form(request)
        text, name, kind, style, _ = await self._check_input(form)
        if str(form.get("fixes") or "none") == "all":
            outcome = await _in_thread(self.engine.check, text, name, kind, style.id)
            text, _ = self.engine.fix(outcome)
        return _attachment(text.encode("utf-8"), "text/plain; charset=utf-8", name)

    # --- glossary ---------------------------------------------------------------------------------

    async def glossary(self, request: Request) -> Response:
        p = request.query_params
        domain, status, style, q = (p.get("domain", ""), p.get("status", ""), p.get("style", ""), p.get("q", "")[:200])
        if style:
            style = self._style(style).id
        if status and status not in statuses():
            raise InputError(f"unknown status {status!r} (known: {', '.join(statuses())})")
        found = self.engine.browse(domain, status, style, q)
        pages = max(1, math.ceil(len(found) / PAGE_SIZE))
        try:
            number = min(max(1, int(p.get("page", "1"))), pages)
        except ValueError:
            number = 1
        shown = found[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
        filters = {k: v for k, v in (("domain", domain), ("status", status), ("style", style), ("q", q)) if v}
        return self.render(
            "glossary.html", page="glossary", concepts=shown, total=len(found), number=number, pages=pages,
            domain=domain, status=status, style_filter=style, q=q, domains=self.engine.domains(),
            statuses=statuses(), stats=self.engine.stats(), formats=list(EXPORT_FORMATS), filters=filters,
            house=self.engine.default_style, choice=self.engine.style_choice,
        )

    async def export(self, request: Request) -> Response:
        data, media, filename = await _in_thread(self.engine.export, request.path_params["fmt"])
        return _attachment(data, media, filename)

    # --- audit ------------------------------------------------------------------------------------

    async def audit(self, request: Request) -> Response:
        if request.method == "GET":
            return self.render("audit.html", page="audit", result=None)
        form = await self.form(request)
        upload = form.get("file")
        period = str(form.get("period") or "month")
        if period not in ("day", "month", "year"):
            raise InputError(f"unknown period {period!r} (day, month or year)")
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise InputError("choose a .zip archive of .txt, .md or .html files to audit")
        name = safe_name(upload.filename, "archive.zip")
        data = await upload.read()
        try:
            result = await _in_thread(self.engine.audit_zip, data, period=period, name=name,
                                      max_total=self.limits.archive_bytes * 5)
        except VntermError as exc:
            return self.render("audit.html", http_status=400, page="audit", result=None, error=str(exc))
        data_json = json.dumps(result.to_json(), ensure_ascii=False).replace("<", "\\u003c")  # inert in <script>
        return self.render("audit.html", page="audit", result=result, name=name, data_json=data_json)

    # --- assets and errors ------------------------------------------------------------------------

    async def static_file(self, request: Request) -> Response:
        item = self.static.get(request.path_params["name"])
        if item is None:
            raise HTTPException(404, "no such asset")
        return Response(item[0], media_type=item[1], headers={"cache-control": "public, max-age=3600"})

    async def on_error(self, request: Request, exc: Exception) -> Response:
        if isinstance(exc, TooLarge):
            status, message = 413, str(exc)
        elif isinstance(exc, HTTPException):
            status, message = exc.status_code, str(exc.detail)
        elif isinstance(exc, (VntermError, UnknownStyle)):
            status, message = 400, str(exc)
        else:  # pragma: no cover - a bug: say so without a traceback
            status, message = 500, f"internal error: {type(exc).__name__}"
        if is_api(request.url.path):
            return JSONResponse({"error": message}, status_code=status)
        if status == 413 or status >= 500:
            body, ctype = error_body(request.url.path, status, message)
            return Response(body, status_code=status, media_type=ctype.decode())
        return self.render("error.html", http_status=status, code=status, page="", message=message)


async def _in_thread(func, *args, **kwargs):
    """Run CPU-bound library work off the event loop."""
    from functools import partial

    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(partial(func, *args, **kwargs))


def _attachment(data: bytes, media: str, filename: str) -> Response:
    ascii_name = "".join(c if c.isascii() and c.isalnum() or c in "._-" else "_" for c in filename) or "download"
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"
    return Response(data, media_type=media, headers={"content-disposition": disposition})


def create_app(engine: Engine | None = None, *, glossaries: Sequence[str] = (), style: str | None = None,
               limits: Limits | None = None, hosts: frozenset[str] | None = None) -> Guard:
    """The workbench as an ASGI app (wrapped in the size-limit and security-header layer);
    ``hosts``: the only Host names answered (None: any)."""
    engine = engine or Engine(glossaries, style)
    limits = limits or Limits()
    wb = Workbench(engine, limits)
    routes = [
        Route("/", wb.lookup, name="lookup"),
        Route("/fragment/lookup", wb.lookup_fragment),
        Route("/concept/{cid}", wb.concept, name="concept"),
        Route("/segment", wb.segment, methods=["GET", "POST"]),
        Route("/check", wb.check, methods=["GET", "POST"]),
        Route("/check/download", wb.download, methods=["POST"]),
        Route("/glossary", wb.glossary),
        Route("/glossary/export/{fmt}", wb.export),
        Route("/audit", wb.audit, methods=["GET", "POST"]),
        Route("/static/{name}", wb.static_file),
        *api.routes(engine, limits, wb.render),
    ]
    handlers = {exc: wb.on_error for exc in (HTTPException, VntermError, UnknownStyle, TooLarge, Exception)}
    app = Starlette(routes=routes, exception_handlers=handlers)  # type: ignore[arg-type]
    app.state.engine = engine
    return Guard(app, limits, hosts)


#: Environment variable through which ``vnterm serve --workers N`` hands its settings to each
#: worker process (uvicorn starts them afresh and imports :func:`app_from_env`).
SERVE_ENV = "VNTERM_SERVE_SETTINGS"


def serve_settings(glossaries: Sequence[str], style: str | None, limits: Limits,
                   hosts: frozenset[str] | None) -> str:
    """The settings of one ``vnterm serve``, as the JSON :func:`app_from_env` reads."""
    return json.dumps({"glossaries": list(glossaries), "style": style, "text_bytes": limits.text_bytes,
                       "archive_bytes": limits.archive_bytes, "hosts": sorted(hosts) if hosts is not None else None})


def app_from_env() -> Guard:
    """The app a worker process serves, from the settings in :data:`SERVE_ENV` (uvicorn's factory)."""
    import os

    settings = json.loads(os.environ[SERVE_ENV])
    hosts = settings["hosts"]
    return create_app(glossaries=settings["glossaries"], style=settings["style"],
                      limits=Limits(text_bytes=settings["text_bytes"], archive_bytes=settings["archive_bytes"]),
                      hosts=frozenset(hosts) if hosts is not None else None)

