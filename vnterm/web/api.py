"""The JSON API under ``/api/``: the CLI's JSON shapes (DESIGN.md), described by OpenAPI 3.1."""

from __future__ import annotations

import json
from typing import Any, Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .. import __version__
from ..errors import InputError
from ..styles import UnknownStyle
from .engine import CHECK_KINDS, EXPORT_FORMATS, KIND_EXTENSION, Engine, decode_upload, safe_name
from .middleware import Limits, TooLarge


class JSON(JSONResponse):
    """UTF-8 JSON, not ASCII-escaped (as the CLI prints it)."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


async def _text_input(request: Request, default_name: str) -> tuple[str, dict[str, Any]]:
    """The text of a POST: a JSON object's ``text`` (other fields returned), or the raw body as
    UTF-8 (fields from the query string). Raw bytes that are not UTF-8 get the CLI's message."""
    body = await request.body()
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        try:
            data = json.loads(body or b"null")
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"request body is not valid JSON: {exc}") from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError('expected a JSON object with a "text" string')
        return data["text"], data
    fields: dict[str, Any] = dict(request.query_params)
    name = safe_name(fields.get("name"), default_name)
    return decode_upload(body, name), fields


def _style_id(engine: Engine, name: Any) -> str:
    if name is not None and not isinstance(name, str):
        raise InputError("style must be a string")
    try:
        return engine.style(name or None).id
    except UnknownStyle as exc:
        raise InputError(str(exc)) from None


def _check_args(engine: Engine, fields: dict[str, Any]) -> tuple[str, str | None, str]:
    kind = fields.get("kind") or None
    if kind is not None and kind not in CHECK_KINDS:
        raise InputError(f"unknown kind {kind!r} (known: {', '.join(CHECK_KINDS)})")
    name = safe_name(fields.get("name") if isinstance(fields.get("name"), str) else None,
                     "pasted" + KIND_EXTENSION.get(kind or "txt", ".txt"))
    return name, kind, _style_id(engine, fields.get("style"))


def routes(engine: Engine, limits: Limits, render: Callable[..., Response]) -> list[Route]:
    """The API's routes, bound to ``engine``."""
    from starlette.concurrency import run_in_threadpool

    async def lookup(request: Request) -> Response:
        q = request.query_params.get("q", "")
        try:
            limit = min(50, max(1, int(request.query_params.get("limit", "5"))))
        except ValueError:
            raise InputError("limit must be a whole number") from None
        # on the event loop: an exact answer takes microseconds, and a fuzzy one (milliseconds) is
        # faster here than in a thread fighting the loop for the GIL (bench/bench_web.py)
        return Response(engine.lookup_body(q[:200], limit), media_type="application/json")

    async def concept(request: Request) -> Response:
        c = engine.concept(request.path_params["cid"])
        if c is None:
            raise HTTPException(404, f"no concept {request.path_params['cid']!r} in the glossary")
        return JSON(engine.concept_json(c))

    async def segment(request: Request) -> Response:
        text, _ = await _text_input(request, "pasted.txt")
        if len(text) > limits.segment_chars:
            raise TooLarge(len(text.encode()), limits.segment_chars)
        return JSON(await run_in_threadpool(engine.segment_json, text))

    async def check(request: Request) -> Response:
        text, fields = await _text_input(request, "pasted.txt")
        name, kind, style = _check_args(engine, fields)
        outcome = await run_in_threadpool(engine.check, text, name, kind, style)
        return JSON(outcome.to_json())

    async def fix(request: Request) -> Response:
        text, fields = await _text_input(request, "pasted.txt")
        name, kind, style = _check_args(engine, fields)
        which = fields.get("findings")
        if which is not None and not (isinstance(which, list) and all(isinstance(i, int) for i in which)):
            raise InputError('"findings" must be a list of finding indices (or absent: every fix)')
        outcome = await run_in_threadpool(engine.check, text, name, kind, style)
        fixed, applied = engine.fix(outcome, which)
        after = await run_in_threadpool(engine.check, fixed, name, kind, style) if fixed.strip() else None
        return JSON({"text": fixed, "applied": applied, "check": after.to_json() if after else None})

    async def styles(request: Request) -> Response:
        return JSON([
            {"id": s.id, "label": s.label, "country": s.country, "diacritics": s.diacritics,
             "spelling": s.spelling, "aliases": list(s.aliases), "sources": list(s.sources),
             "default": s.id == engine.default_style.id}
            for s in engine.styles()
        ])

    async def stats(request: Request) -> Response:
        return JSON(engine.stats())

    async def export(request: Request) -> Response:
        from .app import _attachment

        data, media, filename = await run_in_threadpool(engine.export, request.path_params["fmt"])
        return _attachment(data, media, filename)

    async def audit(request: Request) -> Response:
        period = request.query_params.get("period", "month")
        if period not in ("day", "month", "year"):
            raise InputError(f"unknown period {period!r} (day, month or year)")
        name = safe_name(request.query_params.get("name"), "archive.zip")
        body = await request.body()
        result = await run_in_threadpool(engine.audit_zip, body, period=period, name=name,
                                         max_total=limits.archive_bytes * 5)
        return JSON(result.to_json())

    async def openapi(request: Request) -> Response:
        return JSON(openapi_spec(limits))

    async def docs(request: Request) -> Response:
        return render("api.html", page="api", spec=openapi_spec(limits))

    return [
        Route("/api/lookup", lookup),
        Route("/api/concepts/{cid}", concept),
        Route("/api/segment", segment, methods=["POST"]),
        Route("/api/check", check, methods=["POST"]),
        Route("/api/fix", fix, methods=["POST"]),
        Route("/api/styles", styles),
        Route("/api/glossary/stats", stats),
        Route("/api/glossary/export/{fmt}", export),
        Route("/api/audit", audit, methods=["POST"]),
        Route("/api/openapi.json", openapi),
        Route("/api", docs),
    ]


# --- OpenAPI ------------------------------------------------------------------------------------

_TEXT_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/TextInput"}},
        "text/plain": {"schema": {"type": "string"},
                       "description": "The raw text as UTF-8; name, kind and style come from the query."},
    },
}
_ERRORS = {
    "400": {"description": "Bad input (the CLI's message)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
    "413": {"description": "Request too large", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
}


def _query(name: str, description: str, schema: dict[str, Any], required: bool = False) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": description, "schema": schema}


def openapi_spec(limits: Limits) -> dict[str, Any]:
    """The API's OpenAPI 3.1 description."""
    from ..styles import STYLES

    style_schema = {"type": "string", "enum": list(STYLES)}
    kind_schema = {"type": "string", "enum": list(CHECK_KINDS)}
    text_query = [
        _query("name", "File name shown in findings (its extension picks the kind)", {"type": "string"}),
        _query("kind", "Kind of text", kind_schema),
        _query("style", "House style", style_schema),
    ]
    finding = {
        "type": "object",
        "required": ["path", "line", "column", "start", "end", "rule", "severity", "found", "expected", "concept", "message"],
        "properties": {
            "path": {"type": "string"}, "line": {"type": "integer", "minimum": 1},
            "column": {"type": "integer", "minimum": 1}, "start": {"type": "integer"}, "end": {"type": "integer"},
            "rule": {"type": "string"}, "severity": {"enum": ["error", "warning", "info"]},
            "found": {"type": "string"}, "expected": {"type": "string"}, "concept": {"type": ["string", "null"]},
            "message": {"type": "string"}, "fixable": {"type": "boolean"},
        },
    }
    term = {"type": "object", "required": ["term", "status"], "properties": {
        "term": {"type": "string"}, "status": {"enum": ["preferred", "admitted", "deprecated", "forbidden"]},
        "type": {"type": "string"}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "vnterm workbench API",
            "version": __version__,
            "description": "The shapes of the vnterm CLI's JSON output (lookup --json, segment --json, "
                           f"check --format json, audit --json). Text bodies up to {limits.text_bytes} bytes; "
                           f"archives up to {limits.archive_bytes} bytes; larger requests get HTTP 413.",
        },
        "paths": {
            "/api/lookup": {"get": {
                "summary": "Look a term up in Vietnamese or English (as `vnterm lookup --json`)",
                "parameters": [_query("q", "Query; insensitive to case, diacritics and tone placement", {"type": "string"}, True),
                               _query("limit", "Most concepts", {"type": "integer", "minimum": 1, "maximum": 50, "default": 5})],
                "responses": {"200": {"description": "Matches, best first", "content": {"application/json": {
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/LookupItem"}}}}}, **_ERRORS},
            }},
            "/api/concepts/{cid}": {"get": {
                "summary": "One concept (a lookup item)",
                "parameters": [{"name": "cid", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The concept", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/LookupItem"}}}},
                    "404": {"description": "No such concept", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}},
            }},
            "/api/segment": {"post": {
                "summary": "Segment Vietnamese text (as `vnterm segment --json`: one record per line)",
                "requestBody": _TEXT_BODY,
                "responses": {"200": {"description": "One record per input line", "content": {"application/json": {
                    "schema": {"type": "array", "items": {"$ref": "#/components/schemas/SegmentedLine"}}}}}, **_ERRORS},
            }},
            "/api/check": {"post": {
                "summary": "Check English copy (as `vnterm check --format json`)",
                "parameters": text_query, "requestBody": _TEXT_BODY,
                "responses": {"200": {"description": "The report", "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/CheckReport"}}}}, **_ERRORS},
            }},
            "/api/fix": {"post": {
                "summary": "Apply fixes (all, or the findings at the given indices) and check the result",
                "parameters": text_query, "requestBody": _TEXT_BODY,
                "responses": {"200": {"description": "The fixed text", "content": {"application/json": {"schema": {
                    "type": "object", "required": ["text", "applied", "check"], "properties": {
                        "text": {"type": "string"}, "applied": {"type": "integer"},
                        "check": {"oneOf": [{"$ref": "#/components/schemas/CheckReport"}, {"type": "null"}]}}}}}},
                    **_ERRORS},
            }},
            "/api/styles": {"get": {"summary": "The house styles", "responses": {"200": {
                "description": "Every style, the default first", "content": {"application/json": {"schema": {"type": "array"}}}}}}},
            "/api/glossary/stats": {"get": {"summary": "Counts (as `vnterm glossary stats --json`)", "responses": {"200": {
                "description": "Counts", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/api/glossary/export/{fmt}": {"get": {
                "summary": "The glossary as a file (MT and linter exports, or the glossary's own formats)",
                "parameters": [{"name": "fmt", "in": "path", "required": True, "schema": {"type": "string", "enum": list(EXPORT_FORMATS)}}],
                "responses": {"200": {"description": "An attachment"}, **_ERRORS},
            }},
            "/api/audit": {"post": {
                "summary": "Audit a zip archive of .txt/.md/.html (as `vnterm audit --json`)",
                "parameters": [_query("period", "Date buckets", {"enum": ["day", "month", "year"], "default": "month"}),
                               _query("name", "Archive name shown in examples", {"type": "string"})],
                "requestBody": {"required": True, "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"200": {"description": "The audit", "content": {"application/json": {"schema": {"type": "object",
                    "required": ["concepts", "periods", "summary"]}}}}, **_ERRORS},
            }},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
            "TextInput": {"type": "object", "required": ["text"], "properties": {
                "text": {"type": "string"}, "name": {"type": "string"}, "kind": kind_schema, "style": style_schema,
                "findings": {"type": "array", "items": {"type": "integer"}, "description": "/api/fix only"}}},
            "LookupItem": {"type": "object", "required": ["concept", "score", "domain", "note", "source", "matched", "exact", "terms"],
                           "properties": {"concept": {"type": "string"}, "score": {"type": "number"},
                                          "domain": {"type": ["string", "null"]}, "note": {"type": ["string", "null"]},
                                          "source": {"type": ["string", "null"]}, "exact": {"type": "boolean"},
                                          "matched": {"type": "object"},
                                          "terms": {"type": "object", "additionalProperties": {"type": "array", "items": term}}}},
            "SegmentedLine": {"type": "object", "required": ["text", "tokens", "entities"], "properties": {
                "text": {"type": "string"}, "tokens": {"type": "array"}, "entities": {"type": "array"}}},
            "Finding": finding,
            "CheckReport": {"type": "object", "required": ["findings", "summary", "file_errors"], "properties": {
                "findings": {"type": "array", "items": {"$ref": "#/components/schemas/Finding"}},
                "summary": {"type": "object"}, "file_errors": {"type": "array"}}},
        }},
    }
