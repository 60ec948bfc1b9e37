"""``vnterm check``: lint English copy (txt, md, html, XLIFF, PO) against the glossary and house style."""

from __future__ import annotations

import gc
import sys

import click

from pathlib import Path

from .exitcodes import ExitCode
from .options import current_config, glossary_option, load_glossary_option

_SEVERITY_CHOICES = click.Choice(["error", "warning", "info", "none"])


@click.command("check")
@click.argument("paths", nargs=-1, required=False)
@glossary_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "sarif", "github", "junit"]), default="text",
              show_default=True, help="Report format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file (atomically).")
@click.option("--fail-level", type=_SEVERITY_CHOICES, default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity ('none': never).")
@click.option("--source", "source_path", type=click.Path(dir_okay=False),
              help="Vietnamese source aligned with the single English PATH (by line or by paragraph).")
@click.option("--align", "align_mode", type=click.Choice(["auto", "line", "paragraph"]), default="auto",
              show_default=True, help="How --source is aligned with the English file.")
@click.option("--fix", is_flag=True, help="Rewrite files with the unambiguous fixes (atomic writes).")
@click.option("--dry-run", is_flag=True, help="With or without --fix: print the diff --fix would write; exit 1 if any.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file (default: nearest vnterm.toml or pyproject.toml with [tool.vnterm]).")
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option("--include", multiple=True, help="Glob of files to check inside folders (repeatable).")
@click.option("--exclude", multiple=True, help="Glob of files or folders to skip (repeatable).")
@click.option("--viet-nam", type=click.Choice(["Viet Nam", "Vietnam"]), help="House style for the country name.")
@click.option("--diacritics", type=click.Choice(["strip", "keep"]), help="Vietnamese names in English copy.")
@click.option("--spelling", type=click.Choice(["british", "american", "consistent"]), help="Spelling house style.")
@click.option("--legal-ref-no/--no-legal-ref-no", default=None, help="Require 'No.' in legal references.")
@click.option("--admitted", type=click.Choice(["allow", "prefer"]), help="'prefer': flag admitted variants too.")
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option("--body-only", is_flag=True,
              help="HTML: check only the article body (menus, related-article lists and footers left out, by jusText).")
@click.option("--stdin-name", default="<stdin>", show_default=True, help="File name shown for '-' (its extension picks the format).")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal only).")
@click.option("--list-rules", is_flag=True, help="List the rules with their default severity and exit.")
def check(paths, glossaries, fmt, output, fail_level, source_path, align_mode, fix, dry_run, config_path,
          no_config, include, exclude, viet_nam, diacritics, spelling, legal_ref_no, admitted, disable,
          body_only, stdin_name, color, list_rules) -> None:
    """Check English copy for deprecated terms, inconsistencies, names, legal references and house style.

    PATH may be a file (.txt .md .html .xlf .xliff .po), a folder (searched recursively) or '-' for
    standard input. Exit codes: 0 nothing at or above --fail-level, 1 findings at or above it,
    2 usage, configuration or input error.

    \b
    Examples:
      vnterm check corpora/seeds/
      vnterm check article.md --format github --fail-level warning
      vnterm check draft.en.txt --source draft.vi.txt
      vnterm check docs/ --fix --dry-run
      cat note.txt | vnterm check - --format json
    """
    from ..errors import ConfigError
    from ..check.config import CheckConfig, parse_config
    from ..check.engine import Checker
    from ..check.report import FileError, render
    from ..check.rules import RULES
    from ..check.runner import run_check
    from ..documents import find_inputs
    from ..textio import atomic_write_text, read_text

    if list_rules:
        for rule in RULES.values():
            click.echo(f"{rule.id:22} {rule.severity:8} {rule.description}")
        return
    if not paths:
        raise click.UsageError("give at least one PATH (a file, a folder, or '-' for standard input)")
    shared = current_config(config_path, no_config)  # the one configuration read (vnterm.config)
    config = parse_config(shared.table, Path(shared.path)) if shared.path else CheckConfig()
    severities = dict(config.severities)
    for rule in disable:
        if rule not in RULES:
            raise ConfigError(f"--disable {rule}: unknown rule (known: {', '.join(RULES)})")
        severities[rule] = "off"
    config = config.with_overrides(viet_nam=viet_nam, diacritics=diacritics, spelling=spelling,
                                   legal_ref_no=legal_ref_no, admitted=admitted, severities=severities)
    glossary = load_glossary_option(glossaries, shared)
    checker = Checker(glossary, config)

    collected = find_inputs(paths, include=include or shared.include, exclude=tuple(exclude) + shared.exclude)
    collected.require_some(paths, include or shared.include)  # checking nothing is an error, not a pass
    source = None
    if source_path is not None:
        if len(collected.files) != 1 or len(paths) != 1:
            raise click.UsageError("--source needs exactly one English file")
        source = (source_path, read_text(source_path))
    # checking and rendering make many objects and almost no reference cycles: collection passes
    # are pure cost (the collector is back on when the command ends, whatever happens)
    gc.disable()
    try:
        report = run_check(checker, collected.files, read_stdin=lambda: sys.stdin.buffer.read(),
                           stdin_name=stdin_name, source=source, align_mode=align_mode,
                           body_only=body_only)
        report.errors[:0] = [FileError(e.path or "", str(e), e.line) for e in collected.errors]
        report.fail_level = fail_level

        if fix or dry_run:
            _fix(report, dry_run, atomic_write_text)
            if dry_run:
                _exit(report, changed=_fix.changed)  # type: ignore[attr-defined]
                return

        text = render(report, fmt, color=bool(color) if color is not None else (output is None and sys.stdout.isatty()))
        if output:
            atomic_write_text(output, text)
        elif text:
            click.echo(text, nl=False, color=color)
        for err in report.errors:
            click.echo(f"vnterm: error: {err.message}", err=True)
    finally:
        gc.enable()
    _exit(report)


def _fix(report, dry_run: bool, write) -> None:
    """Apply (or, with ``dry_run``, print) the unambiguous fixes; keep the findings left over."""
    from ..check.fix import apply_fixes, unified_diff

    remaining = []
    changed = False
    by_path: dict[str, list] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    for path, doc in report.documents.items():
        items = by_path.get(path, [])
        fixed, applied = apply_fixes(doc.source, doc.kind, items)
        done = {id(f) for f in applied}
        remaining.extend(f for f in items if id(f) not in done)
        if fixed == doc.source:
            continue
        changed = True
        if dry_run:
            click.echo(unified_diff(path, doc.source, fixed), nl=False)
        elif path.startswith("<"):
            click.echo(fixed, nl=False)  # standard input: the fixed text goes to standard output
        else:
            write(path, fixed)
            click.echo(f"fixed {len(applied)} finding{'s' if len(applied) != 1 else ''} in {path}", err=True)
    report.findings = remaining
    _fix.changed = changed  # type: ignore[attr-defined]


def _exit(report, changed: bool | None = None) -> None:
    if report.errors:
        if changed is not None:
            for err in report.errors:
                click.echo(f"vnterm: error: {err.message}", err=True)
        sys.exit(ExitCode.USAGE)
    if changed is not None:
        sys.exit(ExitCode.FINDINGS if changed else ExitCode.OK)
    sys.exit(ExitCode.FINDINGS if report.failed else ExitCode.OK)
