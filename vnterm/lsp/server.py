"""``vnterm lsp``: the checker's findings, fixes and glossary entries in any LSP editor (pygls, stdio).

Documents are checked on open and save, and on change after a short pause (``debounceMs``). The
buffers are kept here with LSP's own line rules (``\\n``, ``\\r\\n``, ``\\r``) and the negotiated
position encoding, so offsets never drift on a line separator or an emoji. Every call into vnterm
goes through :class:`vnterm.lsp.engine.Engine`.
"""

from __future__ import annotations

import asyncio
import traceback
from dataclasses import dataclass, field
from typing import Any

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from .engine import Edit, Engine, Issue, Outcome, Problem
from .positions import LineIndex, apply_changes

SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}
FIX_ALL_KIND = lsp.CodeActionKind.SourceFixAll  # "source.fixAll"
DEFAULT_DEBOUNCE_MS = 250
#: At most this many findings of one document go to the editor (a 2 MB line of bad copy has 70,000);
#: one more diagnostic says how many were left out. Code actions still see them all.
MAX_DIAGNOSTICS = 1000
_CONFIG_NAMES = ("vnterm.toml", "pyproject.toml")


@dataclass(slots=True)
class OpenDocument:
    """An open buffer, its last check and that check's version."""

    uri: str
    path: str | None
    language_id: str
    text: str
    version: int | None
    outcome: Outcome = field(default_factory=Outcome)
    checked: tuple[int | None, str] | None = None  # (version, text) the outcome belongs to
    logged: Problem | None = None  # the problem last written to the client's log
    _index: LineIndex | None = None

    def index(self, encoding: str) -> LineIndex:
        if self._index is None or self._index.text is not self.text or self._index.encoding != encoding:
            self._index = LineIndex(self.text, encoding)
        return self._index


class VntermServer(LanguageServer):
    """The language server: a pygls server holding one :class:`Engine` and the open documents."""

    def __init__(self, engine: Engine | None = None, *, debounce_ms: int = DEFAULT_DEBOUNCE_MS,
                 completion: bool = True):
        super().__init__("vnterm", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.engine = engine or Engine()
        self.debounce = max(0, debounce_ms) / 1000
        self.completion = completion
        self.documents: dict[str, OpenDocument] = {}
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._shown: set[str] = set()  # messages already shown to the user (one each per session)
        self.use_document_changes = False

    # --- positions ------------------------------------------------------------------------------

    @property
    def encoding(self) -> str:
        try:
            value = self.workspace.position_encoding
        except Exception:  # noqa: BLE001 - before initialize
            value = None
        value = getattr(value, "value", value)
        return value if value in ("utf-8", "utf-16", "utf-32") else "utf-16"

    def range_of(self, doc: OpenDocument, start: int, end: int) -> lsp.Range:
        index = doc.index(self.encoding)
        (sl, sc), (el, ec) = index.position(start), index.position(end)
        return lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec))

    def offset_of(self, doc: OpenDocument, pos: lsp.Position) -> int:
        return doc.index(self.encoding).offset(pos.line, pos.character)

    # --- checking ---------------------------------------------------------------------------------

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, replacing a check already waiting."""
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        if delay <= 0:
            self.check_and_publish(uri)
            return
        self._timers[uri] = asyncio.get_running_loop().call_later(delay, self.check_and_publish, uri)

    def fresh(self, doc: OpenDocument) -> Outcome:
        """The outcome for the buffer as it is now (checking it first when an edit is pending)."""
        if doc.checked != (doc.version, doc.text) and doc.uri in self.documents:
            self.check_and_publish(doc.uri)
        return doc.outcome

    def check_and_publish(self, uri: str) -> None:
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        doc = self.documents.get(uri)
        if doc is None:
            return
        try:
            outcome, _ = self.engine.check(doc.path, doc.text, doc.language_id)
        except Exception as exc:  # noqa: BLE001 - never let one document take the server down
            self.log(lsp.MessageType.Error, f"vnterm: internal error checking {uri}: {exc!r}\n{traceback.format_exc()}")
            outcome = Outcome(problem=Problem("internal", f"internal error: {exc!r} (see the server log)", 0))
        quiet = outcome.kind is None and not doc.outcome.issues and doc.outcome.problem is None
        doc.outcome = outcome
        doc.checked = (doc.version, doc.text)
        if not quiet:  # a file of a kind vnterm does not check gets no (empty) diagnostics at all
            self.publish(doc)

    def publish(self, doc: OpenDocument) -> None:
        issues = doc.outcome.issues
        diagnostics = [self.diagnostic(doc, issue) for issue in issues[:MAX_DIAGNOSTICS]]
        if len(issues) > MAX_DIAGNOSTICS:
            diagnostics.insert(0, lsp.Diagnostic(
                range=self.range_of(doc, 0, 0), severity=lsp.DiagnosticSeverity.Information, code="truncated",
                source="vnterm", message=f"vnterm: {len(issues) - MAX_DIAGNOSTICS:,} more findings not shown "
                f"(the first {MAX_DIAGNOSTICS:,} are); run `vnterm check` on this file for all of them"))
        problem = doc.outcome.problem
        if problem is not None:
            diagnostics.insert(0, self.problem_diagnostic(doc, problem))
            if problem.code in ("config", "internal") and problem.message not in self._shown:
                self._shown.add(problem.message)
                self.window_show_message(lsp.ShowMessageParams(lsp.MessageType.Error, f"vnterm: {problem.message}"))
            if problem != doc.logged:  # once per problem, not on every keystroke
                self.log(lsp.MessageType.Warning, f"vnterm: {doc.path or doc.uri}: {problem.message}")
        doc.logged = problem
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=doc.uri, diagnostics=diagnostics, version=doc.version)
        )

    def diagnostic(self, doc: OpenDocument, issue: Issue) -> lsp.Diagnostic:
        return lsp.Diagnostic(
            range=self.range_of(doc, issue.start, issue.end),
            message=issue.message,
            severity=SEVERITY.get(issue.severity, lsp.DiagnosticSeverity.Warning),
            code=issue.rule,
            source="vnterm",
            data={"found": issue.found, "expected": issue.expected, "fixable": issue.fixable,
                  "concept": issue.concept},
        )

    def problem_diagnostic(self, doc: OpenDocument, problem: Problem) -> lsp.Diagnostic:
        index = doc.index(self.encoding)
        line = min(problem.line or 0, len(index.starts) - 1)
        start = index.starts[line]
        end = index.starts[line + 1] if line + 1 < len(index.starts) else len(doc.text)
        end = min(end, start + 200)  # a short underline even on a 2 MB line
        while end > start and doc.text[end - 1] in "\r\n":
            end -= 1
        return lsp.Diagnostic(range=self.range_of(doc, start, end), message=f"vnterm: {problem.message}",
                              severity=lsp.DiagnosticSeverity.Error, code=problem.code, source="vnterm")

    def log(self, kind: lsp.MessageType, message: str) -> None:
        self.window_log_message(lsp.LogMessageParams(kind, message))

    def configuration_changed(self) -> None:
        """A configuration file was saved, created, changed or deleted: read them again, check again."""
        self.engine.forget_configuration()
        for uri in list(self.documents):
            self.schedule(uri, 0)

    # --- edits ------------------------------------------------------------------------------------

    def workspace_edit(self, doc: OpenDocument, edits: list[Edit]) -> lsp.WorkspaceEdit:
        text_edits = [lsp.TextEdit(self.range_of(doc, e.start, e.end), e.new_text) for e in edits]
        if self.use_document_changes:
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(
                lsp.OptionalVersionedTextDocumentIdentifier(uri=doc.uri, version=doc.version), text_edits)])
        return lsp.WorkspaceEdit(changes={doc.uri: text_edits})


def make_server(engine: Engine | None = None, *, debounce_ms: int = DEFAULT_DEBOUNCE_MS,
                completion: bool = True) -> VntermServer:
    """A server with every feature registered (not started)."""
    server = VntermServer(engine, debounce_ms=debounce_ms, completion=completion)

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: VntermServer, params: lsp.InitializeParams) -> None:
        options: dict[str, Any] = params.initialization_options if isinstance(params.initialization_options, dict) else {}
        if "debounceMs" in options and isinstance(options["debounceMs"], (int, float)):
            ls.debounce = max(0.0, float(options["debounceMs"])) / 1000
        if isinstance(options.get("completion"), bool):
            ls.completion = options["completion"]
        if not ls.completion:  # not advertised at all (capabilities are built after this handler)
            ls.protocol.fm.features.pop(lsp.TEXT_DOCUMENT_COMPLETION, None)
            ls.protocol.fm.feature_options.pop(lsp.TEXT_DOCUMENT_COMPLETION, None)
        glossaries = options.get("glossaries")
        config = options.get("config")
        if glossaries or config or options.get("noConfig"):
            ls.engine = Engine(
                glossaries=[str(g) for g in glossaries] if isinstance(glossaries, list) else ls.engine.glossaries,
                config_path=str(config) if isinstance(config, str) else ls.engine.config_path,
                no_config=bool(options.get("noConfig", ls.engine.no_config)),
            )
        ws = params.capabilities.workspace
        ls.use_document_changes = bool(ws and ws.workspace_edit and ws.workspace_edit.document_changes)

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: VntermServer, params: lsp.InitializedParams) -> None:
        # ask the client to report configuration files created or changed outside the editor
        ws = ls.client_capabilities.workspace
        watched = ws.did_change_watched_files if ws is not None else None
        if watched is None or not watched.dynamic_registration:
            return
        options = lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=f"**/{name}") for name in _CONFIG_NAMES])
        future = ls.client_register_capability(lsp.RegistrationParams(registrations=[lsp.Registration(
            id="vnterm-configuration", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))
        future.add_done_callback(lambda f: f.cancelled() or f.exception())  # a refusal is fine: saves still count

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def watched_files(ls: VntermServer, params: lsp.DidChangeWatchedFilesParams) -> None:
        if any(_is_config(_path(change.uri) or "") for change in params.changes):
            ls.configuration_changed()

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: VntermServer, params: None) -> None:
        for timer in ls._timers.values():
            timer.cancel()  # no check, and no diagnostics, after the client said shutdown
        ls._timers.clear()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: VntermServer, params: lsp.DidOpenTextDocumentParams) -> None:
        item = params.text_document
        ls.documents[item.uri] = OpenDocument(item.uri, _path(item.uri), item.language_id, item.text, item.version)
        ls.schedule(item.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: VntermServer, params: lsp.DidChangeTextDocumentParams) -> None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return
        changes = []
        for change in params.content_changes:
            rng = getattr(change, "range", None)
            changes.append(((rng.start.line, rng.start.character, rng.end.line, rng.end.character)
                            if rng is not None else None, change.text))
        doc.text = apply_changes(doc.text, changes, ls.encoding)
        doc.version = params.text_document.version
        ls.schedule(doc.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE, lsp.SaveOptions(include_text=True))
    def did_save(ls: VntermServer, params: lsp.DidSaveTextDocumentParams) -> None:
        path = _path(params.text_document.uri) or ""
        if _is_config(path):
            ls.configuration_changed()
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return
        if params.text is not None:
            doc.text = params.text
        ls.schedule(doc.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: VntermServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        timer = ls._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        closed = ls.documents.pop(uri, None)
        if closed is not None:
            ls.engine.forget(closed.path)
            ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND]))
    def code_action(ls: VntermServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction] | None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None:
            return None
        outcome = ls.fresh(doc)
        if outcome.kind is None or not outcome.issues:
            return []
        only = [_kind(k) for k in params.context.only or []]

        def wanted(kind: str) -> bool:
            kind = _kind(kind)
            return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)

        lo, hi = ls.offset_of(doc, params.range.start), ls.offset_of(doc, params.range.end)
        actions: list[lsp.CodeAction] = []
        here = [i for i in outcome.issues if i.start <= hi and i.end >= lo]
        fixes = ls.engine.fix_all(doc.text, outcome.kind, outcome.issues)
        title = f"Fix all vnterm findings in this file ({len(fixes)})"
        if wanted(lsp.CodeActionKind.QuickFix):
            suppressed: set[tuple[int, str]] = set()
            for issue in here:
                diag = ls.diagnostic(doc, issue)
                edit = ls.engine.fix(doc.text, outcome.kind, issue)
                if edit is not None:
                    actions.append(lsp.CodeAction(
                        title=f"Replace '{issue.found}' with '{issue.expected}'", kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[diag], is_preferred=True, edit=ls.workspace_edit(doc, [edit])))
                line = doc.index(ls.encoding).line_of(issue.start)
                if (line, issue.rule) in suppressed:
                    continue
                suppressed.add((line, issue.rule))
                off = ls.engine.suppress(doc.text, outcome.kind, line, issue.rule)
                if off is not None:
                    actions.append(lsp.CodeAction(
                        title=f"Disable {issue.rule} on this line", kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[diag], edit=ls.workspace_edit(doc, [off])))
            if fixes and any(i.fixable for i in here):
                actions.append(lsp.CodeAction(title=title, kind=lsp.CodeActionKind.QuickFix,
                                              edit=ls.workspace_edit(doc, fixes)))
        # the source action only when asked for by kind (on save, or a "Source Action…" menu), so a
        # client that lists every action does not show "fix all" twice
        if fixes and only and wanted(FIX_ALL_KIND):
            actions.append(lsp.CodeAction(title=title, kind=FIX_ALL_KIND, edit=ls.workspace_edit(doc, fixes)))
        return actions

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    def hover(ls: VntermServer, params: lsp.HoverParams) -> lsp.Hover | None:
        doc = ls.documents.get(params.text_document.uri)
        if doc is None or ls.engine.kind(doc.path, doc.language_id) is None:
            return None
        info = ls.engine.hover(doc.path, doc.text, ls.offset_of(doc, params.position))
        if info is None:
            return None
        return lsp.Hover(contents=lsp.MarkupContent(lsp.MarkupKind.Markdown, info.markdown),
                         range=ls.range_of(doc, info.start, info.end))

    @server.feature(lsp.TEXT_DOCUMENT_COMPLETION, lsp.CompletionOptions(trigger_characters=[]))
    def completion(ls: VntermServer, params: lsp.CompletionParams) -> lsp.CompletionList | None:
        doc = ls.documents.get(params.text_document.uri)
        if not ls.completion or doc is None or ls.engine.kind(doc.path, doc.language_id) is None:
            return None
        found = ls.engine.complete(doc.path, doc.text, ls.offset_of(doc, params.position))
        items = [
            lsp.CompletionItem(
                label=c.label, kind=lsp.CompletionItemKind.Text, detail=c.detail, sort_text=c.sort_text,
                filter_text=doc.text[c.start:c.end],  # the server filtered already (case, diacritics)
                documentation=lsp.MarkupContent(lsp.MarkupKind.Markdown, c.documentation),
                text_edit=lsp.TextEdit(ls.range_of(doc, c.start, c.end), c.label),
            )
            for c in found
        ]
        return lsp.CompletionList(is_incomplete=True, items=items)

    return server


def _is_config(path: str) -> bool:
    return path.replace("\\", "/").rsplit("/", 1)[-1] in _CONFIG_NAMES


def _kind(kind: object) -> str:
    """A code action kind as its wire string (lsprotocol's enums print as their names)."""
    return str(getattr(kind, "value", kind))


def _path(uri: str) -> str | None:
    try:
        return to_fs_path(uri) if uri.startswith("file:") else None
    except Exception:  # noqa: BLE001 - a malformed URI: check by language id only
        return None


def serve(engine: Engine | None = None, *, debounce_ms: int = DEFAULT_DEBOUNCE_MS, completion: bool = True) -> None:
    """Run the server over standard input and output until the client says exit."""
    make_server(engine, debounce_ms=debounce_ms, completion=completion).start_io()
