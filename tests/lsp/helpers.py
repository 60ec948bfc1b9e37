"""Shared helpers for the language-server tests: a real client on a `python -m vnterm lsp` subprocess."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the tests that use these helpers skip themselves without the lsp extra
    from lsprotocol import types as lsp

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "tests" / "data" / "check" / "glossary.tsv"


def server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "vnterm", "lsp", *args]


def server_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["VNTERM_JOBS"] = "1"
    return env


async def diagnostics(client, uri: str, timeout: float = 30.0) -> list[lsp.Diagnostic]:
    """Wait for the next diagnostics of ``uri`` (call ``client.diagnostics.pop(uri, None)`` before acting)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while uri not in client.diagnostics:
        if loop.time() > end:
            raise TimeoutError(f"no diagnostics for {uri}")
        await asyncio.sleep(0.01)
    return list(client.diagnostics[uri])


def offset(text: str, pos: lsp.Position) -> int:
    """A UTF-16 LSP position in ``text`` (lines end at \\n only in these tests) as a code-point offset."""
    lines = text.split("\n")
    start = sum(len(l) + 1 for l in lines[: pos.line])
    line = lines[pos.line] if pos.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= pos.character:
            return start + i
        units += 2 if ord(ch) > 0xFFFF else 1
    return start + len(line)


def apply_edits(text: str, edits: list[lsp.TextEdit]) -> str:
    """Apply non-overlapping TextEdits the way a client does (all positions refer to ``text``)."""
    spans = sorted(((offset(text, e.range.start), offset(text, e.range.end), e.new_text) for e in edits), reverse=True)
    for s, e, new in spans:
        text = text[:s] + new + text[e:]
    return text


def edits_of(action: lsp.CodeAction, uri: str) -> list[lsp.TextEdit]:
    edit = action.edit
    assert edit is not None
    if edit.changes:
        return list(edit.changes[uri])
    return [e for change in edit.document_changes or [] for e in change.edits if change.text_document.uri == uri]


def accept_registrations(client) -> list:
    """Answer ``client/registerCapability`` as an editor does (pytest-lsp's client does not); returns
    the list the registrations are recorded in."""
    from lsprotocol import types as lsp

    seen: list = []

    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(params: lsp.RegistrationParams) -> None:
        seen.extend(params.registrations)

    return seen
