"""``vnterm score``: BLEU, chrF and TER (sacrebleu), glossary term accuracy and CI thresholds."""

from __future__ import annotations

import click

from .options import echo_json, glossary_option, json_option, load_glossary_option

_TOKENIZERS = ("13a", "none", "intl", "char", "zh")


def _short(text: str, n: int = 100) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@click.command()
@click.argument("hypothesis", metavar="HYP", type=click.Path(allow_dash=True, dir_okay=True))
@click.option("-r", "--ref", "refs", multiple=True, required=True, type=click.Path(allow_dash=True),
              help="Reference file (one segment per line); repeat for several references.")
@click.option("-s", "--source", "source", type=click.Path(allow_dash=True),
              help="Vietnamese source, line-aligned with HYP: adds glossary term accuracy.")
@glossary_option
@click.option("--align", "align", is_flag=True,
              help="HYP and REF are documents segmented differently: sentence-align them first.")
@click.option("--tokenize", "-tok", "tokenize", type=click.Choice(_TOKENIZERS), default="13a", show_default=True,
              help="BLEU tokenizer (as sacrebleu -tok).")
@click.option("--lowercase", "-lc", is_flag=True, help="Lowercase for BLEU (as sacrebleu -lc).")
@click.option("--chrf-word-order", type=click.IntRange(0, 6), default=0, show_default=True,
              help="chrF word n-gram order (2 gives chrF++).")
@click.option("--chrf-plus-plus", "chrf_pp", is_flag=True, help="Report chrF++ (same as --chrf-word-order 2).")
@click.option("--min-bleu", type=float, help="Exit 1 when corpus BLEU is below this.")
@click.option("--min-chrf", type=float, help="Exit 1 when corpus chrF is below this.")
@click.option("--max-ter", type=float, help="Exit 1 when corpus TER is above this.")
@click.option("--min-term-accuracy", type=click.FloatRange(0, 100), help="Exit 1 when term accuracy (%) is below this.")
@click.option("--worst", type=click.IntRange(0), default=5, show_default=True,
              help="How many worst segments to list for each failed threshold.")
@click.option("-w", "--width", type=click.IntRange(0, 10), default=1, show_default=True,
              help="Decimals in the text table (as sacrebleu -w).")
@json_option
@click.option("--segments", "with_segments", is_flag=True, help="With --json: add every segment's scores.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write a self-contained HTML report.")
def score(
    hypothesis: str,
    refs: tuple[str, ...],
    source: str | None,
    glossaries: tuple[str, ...],
    align: bool,
    tokenize: str,
    lowercase: bool,
    chrf_word_order: int,
    chrf_pp: bool,
    min_bleu: float | None,
    min_chrf: float | None,
    max_ter: float | None,
    min_term_accuracy: float | None,
    worst: int,
    width: int,
    as_json: bool,
    with_segments: bool,
    html_path: str | None,
) -> None:
    """Score the translation HYP against one or more references.

    BLEU, chrF and TER come from sacrebleu with its signatures (the figures equal `sacrebleu REF -i HYP
    -m bleu chrf ter`); vnterm appends its own (glossary hash, alignment). With --source, term
    accuracy is the share of glossary terms in the Vietnamese source rendered with their preferred
    English term (admitted terms are counted apart). Files must have the same number of lines unless
    --align is given. Exit codes: 0 ok, 1 a threshold failed, 2 bad input.

    \b
    Examples:
      vnterm score mt.en --ref ref.en
      vnterm score mt.en --ref ref1.en --ref ref2.en --source src.vi --min-term-accuracy 90
      vnterm score mt.en --ref ref.en --min-bleu 30 --max-ter 60 --json
      vnterm score draft.txt --ref published.txt --align --html report.html
    """
    from ..score.core import score_files
    from ..textio import atomic_write_text

    glossary = load_glossary_option(glossaries) if source else None
    bars = {"min-bleu": min_bleu, "min-chrf": min_chrf, "max-ter": max_ter, "min-term-accuracy": min_term_accuracy}
    result = score_files(
        hypothesis,
        list(refs),
        source_path=source,
        glossary=glossary,
        align=align,
        tokenize=tokenize,
        lowercase=lowercase,
        chrf_word_order=2 if chrf_pp else chrf_word_order,
        thresholds={k: v for k, v in bars.items() if v is not None},
    )
    if html_path:
        from ..score.report_html import render_html

        atomic_write_text(html_path, render_html(result, worst=max(worst, 10), width=width))
    if as_json:
        echo_json(result.to_json(worst=worst, segments=with_segments))
    else:
        _print_text(result, worst=worst, width=width)
    if not result.passed:
        raise SystemExit(1)


def _print_text(result, *, worst: int, width: int) -> None:
    echo = click.echo
    rows = [(m.name, f"{m.score:.{width}f}", m.signature) for m in result.metrics.values()]
    if result.terms is not None:
        t = result.terms
        value = "–" if t.score is None else f"{t.score:.{width}f}"
        rows.append(("terms", value, f"{t.preferred}/{t.total} preferred, {t.admitted} admitted, {t.missed} missed"))
    w1 = max(len(r[0]) for r in rows)
    w2 = max(len(r[1]) for r in rows)
    for name, value, sig in rows:
        echo(f"{name:<{w1}}  {value:>{w2}}  {sig}")
    echo(f"{len(result.segments)} segments  {result.signature}")
    if result.terms is not None:
        if result.terms.total == 0:
            echo("no glossary term found in the source")
        elif result.terms.misses:
            echo("term misses:")
            for c in result.terms.misses:
                if c.outcome == "admitted":
                    how = f'admitted "{c.found}"'
                elif c.found is not None:
                    how = f'{c.found_status} "{c.found}"'
                else:
                    how = "not found"
                echo(f"  line {c.line}: {c.source} → {c.expected}: {how}")
    if result.alignment is not None:
        a = result.alignment
        beads = ", ".join(f"{k} {v}" for k, v in a.beads.items())
        echo(
            f"alignment: {a.hyp_sentences} hyp / {a.ref_sentences} ref sentences; beads {beads}; "
            f"{a.moved} moved; aligned hyp {a.hyp_coverage:.1f}%, ref {a.ref_coverage:.1f}%"
        )
        if a.unaligned:
            echo("unaligned:")
            for u in a.unaligned:
                echo(f"  {u.side} s{u.sentence} (line {u.line}): {_short(u.text)}")
    for th in result.thresholds:
        value = "–" if th.value is None else f"{th.value:.{width}f}"
        echo(f"--{th.option} {th.bar:g}: {'ok' if th.passed else 'FAILED'} ({value})")
    if worst > 0:
        for key in result.failed_metrics:
            if key not in result.metrics:
                continue
            m = result.metrics[key]
            echo(f"worst segments by {m.name}:")
            for seg, s in result.worst(key, worst):
                echo(f"  {seg.label}  {m.name} {s:.{width}f}")
                echo(f"    hyp: {_short(seg.hyp)}")
                for r in seg.refs:
                    echo(f"    ref: {_short(r)}")
