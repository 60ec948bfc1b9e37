"""Changes are checked once after a pause; open, save and code actions check at once."""

from __future__ import annotations

import asyncio

import pytest

pytest.importorskip("pygls")

from vnterm.lsp.server import OpenDocument, VntermServer  # noqa: E402


def test_a_burst_of_changes_is_checked_once_after_the_pause():
    server = VntermServer(debounce_ms=50)
    calls: list[tuple[str, float]] = []

    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        server.check_and_publish = lambda uri: calls.append((uri, loop.time()))  # type: ignore[method-assign]
        start = loop.time()
        for _ in range(5):
            server.schedule("file:///a.txt", server.debounce)
            await asyncio.sleep(0.01)
        server.schedule("file:///b.txt", server.debounce)
        await asyncio.sleep(0.2)
        assert [uri for uri, _ in calls] == ["file:///a.txt", "file:///b.txt"]
        assert calls[0][1] - start >= 0.05 + 0.04  # after the last change of the burst, not the first
        server.schedule("file:///a.txt", 0)  # open and save: at once
        assert [uri for uri, _ in calls][-1] == "file:///a.txt" and len(calls) == 3

    asyncio.run(scenario())


def test_a_code_action_on_a_pending_edit_checks_the_current_text_first():
    server = VntermServer(debounce_ms=10_000)
    server.text_document_publish_diagnostics = lambda params: None  # type: ignore[method-assign]
    doc = OpenDocument("file:///n.txt", "/tmp/n.txt", "plaintext", "The Deputy FM spoke.\n", 1)
    server.documents[doc.uri] = doc
    assert [i.rule for i in server.fresh(doc).issues] == ["term-deprecated"]
    doc.text, doc.version = "The minister spoke.\n", 2  # an edit whose debounced check has not run
    assert server.fresh(doc).issues == []
