"""The server over stdio with a real LSP client (pytest-lsp): JSON-RPC messages end to end."""

from __future__ import annotations

import re

import pytest

pytest_lsp = pytest.importorskip("pytest_lsp")
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from .helpers import GLOSSARY, accept_registrations, apply_edits, diagnostics, edits_of, offset, server_command, server_env

pytestmark = pytest.mark.asyncio

TEXT = (
    "# Briefing\n"
    "\n"
    "The Deputy FM met the press. Bộ Ngoại giao said the two-tiered local government model works.\n"
    "The Ministry of Foreign Affairs agreed.\n"
)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command("-g", str(GLOSSARY), "--no-config",
                                                                           "--debounce-ms", "50"),
                                              server_env=server_env()))
async def client(lsp_client: LanguageClient):
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=client_capabilities("visual-studio-code")))
    yield
    await lsp_client.shutdown_session()


def _open(client: LanguageClient, uri: str, text: str, language: str = "markdown", version: int = 1) -> None:
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, language, version, text)))


async def test_open_fix_hover_change_and_suppress(client: LanguageClient, tmp_path):
    uri = (tmp_path / "note.md").as_uri()
    _open(client, uri, TEXT)
    diags = await diagnostics(client, uri)
    by_code = {(d.code, TEXT[offset(TEXT, d.range.start):offset(TEXT, d.range.end)]): d for d in diags}
    assert ("term-deprecated", "Deputy FM") in by_code
    assert ("term-deprecated", "two-tiered local government") in by_code
    deputy = by_code[("term-deprecated", "Deputy FM")]
    assert deputy.severity == lsp.DiagnosticSeverity.Error
    assert deputy.source == "vnterm"
    assert deputy.range == lsp.Range(lsp.Position(2, 4), lsp.Position(2, 13))

    # code actions on "Deputy FM": the quick fix, disable on this line, fix all
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), deputy.range, lsp.CodeActionContext(diagnostics=[deputy])))
    titles = [a.title for a in actions]
    assert "Replace 'Deputy FM' with 'Deputy Minister of Foreign Affairs'" in titles
    assert "Disable term-deprecated on this line" in titles
    assert any(re.fullmatch(r"Fix all vnterm findings in this file \(\d+\)", t) for t in titles)
    assert len(titles) == len(set(titles))
    assert {a.kind for a in actions} == {lsp.CodeActionKind.QuickFix}
    fix = next(a for a in actions if a.title.startswith("Replace"))
    assert fix.kind == lsp.CodeActionKind.QuickFix and fix.is_preferred
    assert fix.diagnostics and fix.diagnostics[0].code == "term-deprecated"

    # apply the fix as an incremental change, as a client does
    edits = edits_of(fix, uri)
    fixed = apply_edits(TEXT, edits)
    assert "The Deputy Minister of Foreign Affairs met the press." in fixed
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [lsp.TextDocumentContentChangePartial(range=e.range, text=e.new_text) for e in edits]))
    diags = await diagnostics(client, uri)
    found = [fixed[offset(fixed, d.range.start):offset(fixed, d.range.end)] for d in diags]
    assert "Deputy FM" not in found and "two-tiered local government" in found

    # hover on a Vietnamese term and on an English one
    line = fixed.split("\n")[2]
    hover = await client.text_document_hover_async(lsp.HoverParams(
        lsp.TextDocumentIdentifier(uri), lsp.Position(2, line.index("Ngoại"))))
    assert hover is not None and hover.contents.kind == lsp.MarkupKind.Markdown
    assert "**Ministry of Foreign Affairs**" in hover.contents.value
    assert "Vietnamese term, **preferred**" in hover.contents.value
    assert hover.range == lsp.Range(lsp.Position(2, line.index("Bộ")), lsp.Position(2, line.index("Bộ") + 13))
    hover = await client.text_document_hover_async(lsp.HoverParams(
        lsp.TextDocumentIdentifier(uri), lsp.Position(2, line.index("two-tiered") + 3)))
    assert hover is not None and "**deprecated**: use **two-tier local government**" in hover.contents.value
    none = await client.text_document_hover_async(lsp.HoverParams(lsp.TextDocumentIdentifier(uri), lsp.Position(0, 3)))
    assert none is None

    # disable the remaining rule on its line: the comment is written and the finding goes
    two = next(d for d in diags if d.code == "term-deprecated")
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), two.range, lsp.CodeActionContext(diagnostics=[two])))
    off = next(a for a in actions if a.title == "Disable term-deprecated on this line")
    suppressed = apply_edits(fixed, edits_of(off, uri))
    assert suppressed.split("\n")[2].endswith("works. <!-- vnterm-disable-line term-deprecated -->")
    assert suppressed.count("\n") == fixed.count("\n")
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=3), [lsp.TextDocumentContentChangeWholeDocument(suppressed)]))
    diags = await diagnostics(client, uri)
    assert [d for d in diags if d.code == "term-deprecated"] == []

    # closing clears the file's diagnostics
    client.diagnostics.pop(uri, None)
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(lsp.TextDocumentIdentifier(uri)))
    assert await diagnostics(client, uri) == []


async def test_fix_all_and_source_action_kind(client: LanguageClient, tmp_path):
    uri = (tmp_path / "note.txt").as_uri()
    text = "The Deputy FM spoke.\nThe two-tiered local government model and the Deputy FM again.\n"
    _open(client, uri, text, "plaintext")
    await diagnostics(client, uri)
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
        lsp.CodeActionContext(diagnostics=[], only=[lsp.CodeActionKind.SourceFixAll])))
    assert [a.kind for a in actions] == [lsp.CodeActionKind.SourceFixAll]
    broad = await client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), lsp.Range(lsp.Position(0, 4), lsp.Position(0, 4)),
        lsp.CodeActionContext(diagnostics=[], only=[lsp.CodeActionKind.Source])))  # "source" covers source.fixAll
    assert [a.kind for a in broad] == [lsp.CodeActionKind.SourceFixAll]
    fixed = apply_edits(text, edits_of(actions[0], uri))
    assert fixed == ("The Deputy Minister of Foreign Affairs spoke.\n"
                     "The two-tier local government model and the Deputy Minister of Foreign Affairs again.\n")


async def test_completion_of_official_terms(client: LanguageClient, tmp_path):
    uri = (tmp_path / "note.md").as_uri()
    text = "We met the Ministry of Fo"
    _open(client, uri, text)
    await diagnostics(client, uri)
    result = await client.text_document_completion_async(lsp.CompletionParams(
        lsp.TextDocumentIdentifier(uri), lsp.Position(0, len(text))))
    labels = [i.label for i in result.items]
    assert "Ministry of Foreign Affairs" in labels
    item = next(i for i in result.items if i.label == "Ministry of Foreign Affairs")
    assert item.text_edit.range == lsp.Range(lsp.Position(0, 11), lsp.Position(0, len(text)))
    one = await client.text_document_completion_async(lsp.CompletionParams(
        lsp.TextDocumentIdentifier(uri), lsp.Position(0, 2)))  # "We": no term starts so
    assert list(one.items) == []


async def test_bad_input_never_crashes(client: LanguageClient, tmp_path):
    binary = (tmp_path / "blob.txt").as_uri()
    _open(client, binary, "GIF89a\x00\x01\x02 Deputy FM", "plaintext")
    diags = await diagnostics(client, binary)
    assert [d.code for d in diags] == ["input"]
    assert "binary content" in diags[0].message

    huge = (tmp_path / "huge.txt").as_uri()
    line = ("The Deputy FM met officials in Hải Phòng and Hai Phong. " * 40_000)[:2_000_000]
    _open(client, huge, line, "plaintext")
    diags = await diagnostics(client, huge, timeout=120)
    assert all(d.range.start.line == 0 for d in diags)
    assert len(diags) == 1001 and diags[0].code == "truncated" and re.search(r"[\d,]+ more findings not shown", diags[0].message)
    assert diags[1].code == "term-deprecated" and diags[1].range.start.character == 4

    broken = (tmp_path / "broken.xlf").as_uri()
    _open(client, broken, '<?xml version="1.0"?>\n<xliff version="1.2"><file><body>\n<trans-unit id="1">', "xml")
    diags = await diagnostics(client, broken)
    assert [d.code for d in diags] == ["input"] and diags[0].severity == lsp.DiagnosticSeverity.Error

    # the server still answers
    hover = await client.text_document_hover_async(lsp.HoverParams(lsp.TextDocumentIdentifier(huge), lsp.Position(0, 6)))
    assert hover is not None and "Deputy Minister of Foreign Affairs" in hover.contents.value


async def test_utf16_positions_after_an_emoji(client: LanguageClient, tmp_path):
    script = (tmp_path / "tool.py").as_uri()
    _open(client, script, "# The Deputy FM\n", "python")  # not a kind vnterm checks: no diagnostics at all
    uri = (tmp_path / "note.txt").as_uri()
    text = "😀😀 The Deputy FM spoke.\n"
    _open(client, uri, text, "plaintext")
    diags = await diagnostics(client, uri)
    deputy = next(d for d in diags if d.code == "term-deprecated")
    assert deputy.range == lsp.Range(lsp.Position(0, 9), lsp.Position(0, 18))  # each emoji: 2 UTF-16 units
    assert script not in client.diagnostics  # messages arrive in order: the script's would be here


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command("--debounce-ms", "50"),
                                              server_env=server_env()))
async def configured(lsp_client: LanguageClient):
    accept_registrations(lsp_client)
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=client_capabilities("neovim")))
    yield
    await lsp_client.shutdown_session()


async def test_configuration_from_the_file_folder_and_reloaded_on_save(configured: LanguageClient, tmp_path):
    client = configured
    config = tmp_path / "vnterm.toml"
    config.write_text(f'glossaries = ["{GLOSSARY.as_posix()}"]\nviet_nam = "Vietnam"\n', encoding="utf-8")
    (tmp_path / "news").mkdir()
    uri = (tmp_path / "news" / "a.md").as_uri()
    _open(client, uri, "Viet Nam and the Deputy FM.\n")
    codes = sorted(d.code for d in await diagnostics(client, uri))
    assert codes == ["term-deprecated", "viet-nam"]

    # a broken configuration: one diagnostic naming it, one message to the user, no crash
    config.write_text('viet_nam = "Vietnamm"\n', encoding="utf-8")
    client.diagnostics.pop(uri, None)
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(config.as_uri())))
    diags = await diagnostics(client, uri)
    assert [d.code for d in diags] == ["config"] and "viet_nam" in diags[0].message
    assert any("viet_nam" in m.message and m.type == lsp.MessageType.Error for m in client.messages)

    config.write_text(f'glossaries = ["{GLOSSARY.as_posix()}"]\nviet_nam = "Viet Nam"\n', encoding="utf-8")
    client.diagnostics.pop(uri, None)
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(lsp.TextDocumentIdentifier(config.as_uri())))
    assert [d.code for d in await diagnostics(client, uri)] == ["term-deprecated"]


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command(), server_env=server_env()))
async def optioned(lsp_client: LanguageClient):
    accept_registrations(lsp_client)
    options = {"glossaries": [str(GLOSSARY)], "noConfig": True, "completion": False, "debounceMs": 0}
    result = await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), initialization_options=options))
    assert result.capabilities.completion_provider is None
    assert result.capabilities.hover_provider and result.capabilities.code_action_provider
    yield
    await lsp_client.shutdown_session()


async def test_initialization_options_pick_glossary_completion_and_debounce(optioned: LanguageClient, tmp_path):
    client = optioned
    uri = (tmp_path / "a.txt").as_uri()
    _open(client, uri, "The Deputy FM spoke.\n", "plaintext")
    assert [d.code for d in await diagnostics(client, uri)] == ["term-deprecated"]
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [lsp.TextDocumentContentChangePartial(range=lsp.Range(lsp.Position(0, 4), lsp.Position(0, 13)),
                                             text="minister")]))
    assert await diagnostics(client, uri) == []


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command("-g", str(GLOSSARY), "--no-config"),
                                              server_env=server_env()))
async def utf8_client(lsp_client: LanguageClient):
    accept_registrations(lsp_client)
    capabilities = client_capabilities("neovim")
    capabilities.general = lsp.GeneralClientCapabilities(position_encodings=[lsp.PositionEncodingKind.Utf8])
    result = await lsp_client.initialize_session(lsp.InitializeParams(capabilities=capabilities))
    assert result.capabilities.position_encoding == lsp.PositionEncodingKind.Utf8
    yield
    await lsp_client.shutdown_session()


async def test_utf8_positions_when_the_client_asks_for_them(utf8_client: LanguageClient, tmp_path):
    client = utf8_client
    uri = (tmp_path / "a.txt").as_uri()
    text = "Ở Hải Phòng, the Deputy FM spoke.\n"
    _open(client, uri, text, "plaintext")
    deputy = next(d for d in await diagnostics(client, uri) if d.code == "term-deprecated")
    start = len(text[: text.index("Deputy")].encode("utf-8"))
    assert deputy.range == lsp.Range(lsp.Position(0, start), lsp.Position(0, start + len("Deputy FM")))
    # an edit in UTF-8 columns lands where the client meant it
    client.diagnostics.pop(uri, None)
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [lsp.TextDocumentContentChangePartial(range=deputy.range, text="minister")]))
    assert [d for d in await diagnostics(client, uri) if d.code == "term-deprecated"] == []
    hover = await client.text_document_hover_async(lsp.HoverParams(
        lsp.TextDocumentIdentifier(uri), lsp.Position(0, start)))
    assert hover is None  # "minister" is no glossary term; the buffer reads "Ở Hải Phòng, the minister spoke."


@pytest_lsp.fixture(config=ClientServerConfig(server_command=server_command("--debounce-ms", "0"),
                                              server_env=server_env()))
async def watching(lsp_client: LanguageClient):
    lsp_client.registrations = accept_registrations(lsp_client)
    await lsp_client.initialize_session(lsp.InitializeParams(capabilities=client_capabilities("visual-studio-code")))
    yield
    await lsp_client.shutdown_session()


async def test_a_configuration_file_created_outside_the_editor_is_picked_up(watching: LanguageClient, tmp_path):
    client = watching
    uri = (tmp_path / "a.md").as_uri()
    _open(client, uri, "Vietnam and the Deputy FM.\n")
    assert [d.code for d in await diagnostics(client, uri)] == ["term-deprecated"]  # default style: consistent
    [registration] = client.registrations
    assert registration.method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES
    globs = {w["globPattern"] for w in registration.register_options["watchers"]}  # as sent: JSON
    assert globs == {"**/vnterm.toml", "**/pyproject.toml"}

    config = tmp_path / "vnterm.toml"
    config.write_text(f'glossaries = ["{GLOSSARY.as_posix()}"]\nviet_nam = "Viet Nam"\n', encoding="utf-8")
    client.diagnostics.pop(uri, None)
    client.workspace_did_change_watched_files(lsp.DidChangeWatchedFilesParams(
        [lsp.FileEvent(config.as_uri(), lsp.FileChangeType.Created)]))
    assert "viet-nam" in {d.code for d in await diagnostics(client, uri)}  # the file asks for "Viet Nam"
