"""``vnterm check``: lint English copy (txt, md, html, XLIFF, PO) against the glossary and house style."""

from __future__ import annotations

import gc
import sys

import click

from pathlib import Path

from .engine_options import engine_options, resolve_engine
from .exitcodes import ExitCode
from .options import current_config, glossary_option, load_glossary_option

_SEVERITY_CHOICES = click.Choice(["error", "warning", "info", "none"])


class _CheckCommand(click.Command):
    """``check``'s help ends with the house style in force here and how to change it."""

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_epilog(ctx, formatter)
        from ..check.config import CheckConfig, load_config
        from ..errors import VntermError

        try:
            config = load_config()
        except VntermError:
            config = CheckConfig()
        where = f" (from {config.path})" if config.path else ""
        formatter.write_paragraph()
        formatter.write_text(config.describe_style() + where)


@click.command("check", cls=_CheckCommand)
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
@click.option("--style", "style", metavar="NAME",
              help="House style preset: consistent (default), government, vna, vns, nhandan (see --list-styles).")
@click.option("--viet-nam", type=click.Choice(["Viet Nam", "Vietnam", "consistent"]),
              help="Country name; overrides the style.")
@click.option("--diacritics", type=click.Choice(["strip", "keep", "consistent"]),
              help="Vietnamese names in English copy; overrides the style.")
@click.option("--spelling", type=click.Choice(["british", "american", "consistent"]),
              help="British or American spelling; overrides the style.")
@click.option("--legal-ref-no/--no-legal-ref-no", default=None, help="Require 'No.' in legal references.")
@click.option("--admitted", type=click.Choice(["allow", "prefer"]), help="'prefer': flag admitted variants too.")
@click.option("--disable", multiple=True, metavar="RULE", help="Turn a rule off (repeatable).")
@click.option("--body-only", is_flag=True,
              help="HTML: check only the article body (menus, related-article lists and footers left out, by jusText).")
@click.option("--stdin-name", default="<stdin>", show_default=True, help="File name shown for '-' (its extension picks the format).")
@click.option("--color/--no-color", default=None, help="Colour the text report (default: on a terminal only).")
@click.option("--list-rules", is_flag=True, help="List the rules with their default severity and exit.")
@click.option("--list-styles", is_flag=True, help="List the house style presets and exit.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for the files (default: one per free CPU, sized by the amount of input; 1 for one file).")
@engine_options
def check(paths, glossaries, fmt, output, fail_level, source_path, align_mode, fix, dry_run, config_path,
          no_config, include, exclude, viet_nam, diacritics, spelling, legal_ref_no, admitted, disable,
          body_only, stdin_name, color, list_rules, list_styles, jobs, style, engine, ray_address) -> None:
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
      vnterm check archive/ --engine ray --format json -o report.json
    """
    from ..errors import ConfigError
    from ..check.config import CheckConfig, parse_config
    from ..check.engine import Checker
    from ..check.report import STREAMED_FORMATS, FileError, Report, render, render_findings, render_head, render_tail
    from ..check.rules import RULES
    from ..check.runner import run_check
    from ..documents import find_inputs
    from ..textio import atomic_write_text, read_text

    from ..styles import UnknownStyle, resolve_style

    shared = current_config(config_path, no_config)  # the one configuration read (vnterm.config)
    config = parse_config(shared.table, Path(shared.path)) if shared.path else CheckConfig()
    severities = dict(config.severities)
    for rule in disable:
        if rule not in RULES:
            raise ConfigError(f"--disable {rule}: unknown rule (known: {', '.join(RULES)})")
        severities[rule] = "off"
    if style is None and shared.origin("style") != "default":
        style = shared.style  # VNTERM_STYLE or the file's style (the command line wins)
    if jobs is None and shared.jobs:
        jobs = shared.jobs
    if style is not None:
        try:
            style = resolve_style(style).id
        except UnknownStyle as exc:
            raise ConfigError(f"--style {style}: {exc}") from None
    config = config.with_overrides(style=style, viet_nam=viet_nam, diacritics=diacritics, spelling=spelling,
                                   legal_ref_no=legal_ref_no, admitted=admitted, severities=severities)
    if list_rules:
        for rule in RULES.values():
            fixable = "fix" if rule.fixable else "-"
            click.echo(f"{rule.id:22} {config.severity(rule.id):8} {fixable:4} {rule.description}")
        click.echo(config.describe_style())
        return
    if list_styles:
        _list_styles(config)
        return
    if not paths:
        raise click.UsageError("give at least one PATH (a file, a folder, or '-' for standard input)")
    on_ray = _wants_ray(engine, ray_address, shared, paths, source_path)
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
    use_color = bool(color) if color is not None else (output is None and sys.stdout.isatty())
    # text, JSON and GitHub reports to standard output are written file by file (a long plain file:
    # segment by segment) as each is checked, the documents and findings not kept, so memory does
    # not grow with the input: the same bytes as rendering the whole report at the end
    stream = on_ray is None and fmt in STREAMED_FORMATS and output is None and not (fix or dry_run)
    written = [0]

    def on_file(doc, findings) -> None:
        if findings:
            click.echo(render_findings(fmt, findings, doc, color=use_color, after=written[0]), nl=False, color=color)
            written[0] += len(findings)

    try:
        if on_ray is not None:
            from ..engines.check import check_files

            report = check_files(collected.files, glossary, config, body_only=body_only, engine="ray",
                                 ray_address=on_ray, progress=sys.stderr.isatty())
        else:
            if stream and render_head(fmt):
                click.echo(render_head(fmt), nl=False)
            report = run_check(checker, collected.files, read_stdin=lambda: sys.stdin.buffer.read(),
                               stdin_name=stdin_name, source=source, align_mode=align_mode, jobs=jobs,
                               body_only=body_only, on_file=on_file if stream else None, keep_documents=not stream,
                               report=Report(counted_only=True) if stream else None)
        report.errors[:0] = [FileError(e.path or "", str(e), e.line) for e in collected.errors]
        report.fail_level = fail_level
        code, note = ((ExitCode.OK, "") if not (fix or dry_run) else
                      _run_fixes(report, checker, 1 if source is not None else None, dry_run, atomic_write_text))
        if dry_run:
            _echo_errors(report)
            sys.exit(ExitCode.USAGE if report.errors else code)
        text = render_tail(report, fmt, color=use_color) if stream else render(report, fmt, color=use_color)
        if fmt == "text" and report.errors and not report.files:
            text = ""  # nothing was checked: the errors alone say so (not "No findings in 0 files")
        if output and report.errors:
            pass  # exit 2: nothing is written (the errors below say why)
        elif output:
            atomic_write_text(output, text)
        elif text:
            click.echo(text, nl=False, color=color)
        _echo_errors(report)
        if note:
            click.echo(note, err=True)
    finally:
        gc.enable()
    sys.exit(exit_code(report))


def _wants_ray(engine, ray_address, shared, paths, source_path) -> str | None:
    """The Ray address (or "" for a local Ray) when the files go to Ray, else None. Ray checks files
    and folders: standard input and --source run here, an error when --engine ray asked otherwise
    (the configuration's engine is a default for folders, not a demand)."""
    if (engine or getattr(shared, "engine", "local")) != "ray":
        resolve_engine(engine, ray_address, shared)
        return None
    if "-" in paths or source_path is not None:
        if engine == "ray":
            raise click.UsageError("--engine ray checks files and folders; standard input and --source run with "
                                   "the local engine")
        return None
    _, address = resolve_engine(engine, ray_address, shared)
    return address or ""


def _list_styles(config) -> None:
    """Each preset: id, what it fixes, aliases and the outlet's own usage; the one in force marked."""
    from ..styles import STYLES

    for st in STYLES.values():
        mark = "*" if st.id == config.style_id else " "
        click.echo(f"{mark} {st.id:11} {st.label}")
        click.echo(f"    country: {st.country or 'consistent'}; diacritics: {st.diacritics or 'consistent'}; "
                   f"spelling: {st.spelling}")
        if st.aliases:
            click.echo(f"    aliases: {', '.join(st.aliases)}")
        for src in st.sources:
            click.echo(f"    source: {src}")
    click.echo(config.describe_style())


def _inputs(n: int) -> str:
    return f"{n} input{'s' if n != 1 else ''}"


def _echo_errors(report) -> None:
    for err in report.errors:
        click.echo(f"vnterm: error: {err.message}", err=True)


def _run_fixes(report, checker, passes: int | None, dry_run: bool | None, write) -> tuple[ExitCode, str]:
    """Plan every file's fix first; print the diffs (``dry_run``) or write the files, unless an input
    failed (then nothing is written). Leaves the unfixed findings in ``report``. Returns the exit
    code of a dry run (FINDINGS when something would change) and a line to print after the errors."""
    from ..check.fix import MAX_PASSES, plan_report, unified_diff

    plan = plan_report(report, checker, passes or MAX_PASSES)
    changed = plan.changed
    if dry_run:
        for f in changed:
            click.echo(unified_diff(f.path, f.before, f.after), nl=False)
        report.findings = plan.remaining
        return (ExitCode.FINDINGS if changed else ExitCode.OK), ""
    if report.errors:
        if not changed:
            return ExitCode.USAGE, ""
        return ExitCode.USAGE, (f"vnterm: error: nothing fixed: {_inputs(len(report.errors))} could not be read "
                                f"({len(changed)} file{'s' if len(changed) != 1 else ''} left as they were)")
    for f in changed:
        if f.path.startswith("<"):
            click.echo(f.after, nl=False)  # standard input: the fixed text goes to standard output
        else:
            write(f.path, f.after)
            n = len(f.applied)
            click.echo(f"fixed {n} finding{'s' if n != 1 else ''} in {f.path}", err=True)
        if f.document is not None:
            report.documents[f.path] = f.document  # the findings left point into the fixed text
    report.findings = plan.remaining
    return ExitCode.OK, ""


def exit_code(report) -> ExitCode:
    """USAGE when an input failed, FINDINGS when a finding is at or above the fail level, else OK."""
    if report.errors:
        return ExitCode.USAGE
    return ExitCode.FINDINGS if report.failed else ExitCode.OK
