"""A self-contained HTML score report: inline CSS, an inline SVG chart, no external assets or scripts."""

from __future__ import annotations

from html import escape
from typing import Sequence

from .core import ScoreResult

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:72em;color:#1d2330;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #d5dae3}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #d5dae3;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f1f4f8}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
code{font-size:.85em;color:#4a5568;word-break:break-all}.ok{color:#17753a;font-weight:600}.fail{color:#b42318;font-weight:600}
.miss{background:#fff4f2}.adm{background:#fffbea}.ref{color:#4a5568}.small{font-size:.85em;color:#4a5568}
svg text{font:11px system-ui,sans-serif;fill:#1d2330}
"""


def _f(x: float | None, width: int = 1) -> str:
    return "–" if x is None else f"{x:.{width}f}"


def histogram_svg(values: Sequence[float], *, title: str, bins: int = 10, width: int = 560, height: int = 220) -> str:
    """An SVG bar chart of ``values`` (0..100) in ``bins`` equal bins."""
    counts = [0] * bins
    for v in values:
        k = min(bins - 1, max(0, int(v * bins / 100.0)))
        counts[k] += 1
    top = max(counts) or 1
    left, bottom, plot_w, plot_h = 40, 30, width - 50, height - 60
    bar_w = plot_w / bins
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{escape(title)}">',
        f'<text x="{left}" y="14">{escape(title)}</text>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{left + plot_w}" y2="{height - bottom}" stroke="#8792a2"/>',
        f'<line x1="{left}" y1="{height - bottom}" x2="{left}" y2="{height - bottom - plot_h}" stroke="#8792a2"/>',
        f'<text x="{left - 6}" y="{height - bottom - plot_h + 4}" text-anchor="end">{top}</text>',
        f'<text x="{left - 6}" y="{height - bottom + 4}" text-anchor="end">0</text>',
    ]
    for k, c in enumerate(counts):
        h = plot_h * c / top
        x = left + k * bar_w
        y = height - bottom - h
        parts.append(
            f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" height="{h:.1f}" fill="#3b6fd4">'
            f"<title>{k * 100 // bins}–{(k + 1) * 100 // bins}: {c}</title></rect>"
        )
        if c:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle">{c}</text>')
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 14}" text-anchor="middle">{k * 100 // bins}</text>')
    parts.append(f'<text x="{left + plot_w:.1f}" y="{height - bottom + 14}" text-anchor="middle">100</text>')
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" text-anchor="middle">segment score</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(result: ScoreResult, *, worst: int = 10, width: int = 1) -> str:
    """The whole report as one HTML string."""
    e = escape
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
        f"<title>vnterm score: {e(result.hyp_path)}</title><style>{_CSS}</style></head><body>",
        "<h1>vnterm score</h1>",
        f'<p>Hypothesis <code>{e(result.hyp_path)}</code>; reference{"s" if len(result.ref_paths) > 1 else ""} '
        + ", ".join(f"<code>{e(p)}</code>" for p in result.ref_paths)
        + f"; {len(result.segments)} segments.</p>",
        "<h2>Corpus scores</h2><table><tr><th>metric</th><th>score</th><th>signature</th></tr>",
    ]
    for m in result.metrics.values():
        out.append(
            f'<tr><td>{e(m.name)}</td><td class="n">{_f(m.score, width)}</td>'
            f"<td><code>{e(m.signature)}|{e(result.signature)}</code></td></tr>"
        )
    if result.terms is not None:
        t = result.terms
        out.append(
            f'<tr><td>term accuracy</td><td class="n">{_f(t.score, width)}</td><td>{t.preferred}/{t.total} preferred, '
            f"{t.admitted} admitted, {t.missed} missed <code>{e(t.signature)}</code></td></tr>"
        )
    out.append("</table>")
    if result.thresholds:
        out.append("<h2>Thresholds</h2><table><tr><th>option</th><th>bar</th><th>value</th><th>result</th></tr>")
        for th in result.thresholds:
            cls, word = ("ok", "passed") if th.passed else ("fail", "FAILED")
            out.append(
                f'<tr><td>--{e(th.option)}</td><td class="n">{th.bar:g}</td><td class="n">{_f(th.value, width)}</td>'
                f'<td class="{cls}">{word}</td></tr>'
            )
        out.append("</table>")
    out.append("<h2>Segment scores</h2>")
    if "bleu" in result.metrics:
        out.append(histogram_svg(result.metrics["bleu"].segment_scores(), title="Sentence BLEU per segment"))
    if "chrf" in result.metrics:
        out.append(histogram_svg(result.metrics["chrf"].segment_scores(), title=f"{result.metrics['chrf'].name} per segment"))
    for key in result.metrics:
        m = result.metrics[key]
        rows = result.worst(key, worst)
        if not rows:
            continue
        out.append(f"<h2>Worst segments by {e(m.name)}</h2><table><tr><th>segment</th><th>{e(m.name)}</th><th>text</th></tr>")
        for seg, score in rows:
            out.append(_segment_row(seg, [f"{score:.{width}f}"]))
        out.append("</table>")
    if result.terms is not None and result.terms.misses:
        out.append("<h2>Term misses</h2><table><tr><th>line</th><th>source term</th><th>expected</th><th>found</th></tr>")
        for c in result.terms.misses:
            cls = "adm" if c.outcome == "admitted" else "miss"
            found = "–" if c.found is None else f"{e(c.found)} <span class=small>({e(c.found_status or '')})</span>"
            out.append(
                f'<tr class="{cls}"><td class="n">{c.line}</td><td>{e(c.source)}</td><td>{e(c.expected)}</td><td>{found}</td></tr>'
            )
        out.append("</table>")
    if result.alignment is not None:
        a = result.alignment
        beads = ", ".join(f"{k}: {v}" for k, v in a.beads.items())
        out.append(
            f"<h2>Alignment</h2><p>{a.hyp_sentences} hypothesis and {a.ref_sentences} reference sentences; "
            f"beads {e(beads)}; {a.moved} pairs out of order. Coverage: hypothesis {a.hyp_coverage:.1f}%, "
            f"reference {a.ref_coverage:.1f}%.</p>"
        )
        if a.unaligned:
            out.append("<table><tr><th>side</th><th>sentence</th><th>line</th><th>text</th></tr>")
            for u in a.unaligned:
                out.append(f'<tr><td>{u.side}</td><td class="n">s{u.sentence}</td><td class="n">{u.line}</td><td>{e(u.text)}</td></tr>')
            out.append("</table>")
    keys = list(result.metrics)
    per = {k: result.metrics[k].segment_scores() for k in keys}
    out.append("<h2>All segments</h2><table><tr><th>segment</th>")
    out.extend(f"<th>{e(result.metrics[k].name)}</th>" for k in keys)
    out.append("<th>text</th></tr>")
    for i, seg in enumerate(result.segments):
        out.append(_segment_row(seg, [f"{per[k][i]:.{width}f}" for k in keys]))
    out.append(f'</table><p class="small">Generated by vnterm; signature <code>{e(result.signature)}</code>.</p></body></html>\n')
    return "\n".join(out)


def _segment_row(seg, numbers: list[str]) -> str:
    e = escape
    refs = "".join(f'<div class="ref">ref: {e(r)}</div>' for r in seg.refs)
    cells = "".join(f'<td class="n">{n}</td>' for n in numbers)
    return f"<tr><td>{e(seg.label)}</td>{cells}<td><div>hyp: {e(seg.hyp)}</div>{refs}</td></tr>"
