"""Render an audit: a text table, CSV, and a self-contained HTML report (inline CSS and SVG)."""

from __future__ import annotations

import csv
import html
import io

from . import AuditResult, ConceptUsage

_MARK = {"preferred": "✓", "admitted": "~", "deprecated": "✗", "forbidden": "⛔"}
#: Colour-blind-safe palette (Okabe–Ito).
_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")

CSV_COLUMNS = (
    "concept", "domain", "drifting", "variant", "term", "status", "count", "documents", "first_date",
    "last_date", "examples",
)


def render_text(result: AuditResult, *, drifting_only: bool = False) -> str:
    """A plain table: one block per concept, drifting concepts first."""
    out: list[str] = []
    s = result.summary()
    dates = ", ".join(f"{k} {v}" for k, v in s["dates"].items()) or "none"  # type: ignore[union-attr]
    out.append(
        f"{s['documents']} documents, {s['words']} words, {s['matches']} term uses of {s['concepts']} concepts; "
        f"{s['drifting']} drifting (2+ variants in use). Dates: {dates}."
    )
    for c in result.concepts:
        if drifting_only and not c.drifting:
            continue
        out.append("")
        flag = "  DRIFT" if c.drifting else ""
        out.append(f"{c.concept}{flag}  ({c.total} uses)")
        width = max(len(v.variant) for v in c.variants)
        for v in c.variants:
            span = f"{v.first_date or '?'} … {v.last_date or '?'}" if v.first_date != v.last_date else (v.first_date or "undated")
            where = v.examples[0] if v.examples else ""
            out.append(
                f"  {_MARK.get(v.status, '?')} {v.status:<10} {v.variant:<{width}}  {v.count:>6}× in {v.documents:>5} docs  "
                f"{span}  {where}"
            )
    return "\n".join(out) + "\n"


def render_csv(result: AuditResult) -> str:
    """One row per concept variant."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for c in result.concepts:
        for v in c.variants:
            w.writerow(
                [c.concept, c.domain, "yes" if c.drifting else "no", v.variant, v.term, v.status, v.count,
                 v.documents, v.first_date or "", v.last_date or "", " ".join(v.examples)]
            )
    return buf.getvalue()


def _chart(c: ConceptUsage, periods: list[str], width: int = 640, height: int = 180) -> str:
    """A stacked bar chart (SVG) of the concept's variants per period."""
    periods = [p for p in periods if any(v.by_period.get(p) for v in c.variants)] or ["undated"]
    totals = [sum(v.by_period.get(p, 0) for v in c.variants) for p in periods]
    top = max(totals) or 1
    left, bottom, pad = 40, 30, 10
    plot_w, plot_h = width - left - pad, height - bottom - pad
    bar = plot_w / len(periods)
    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
        f'aria-label="{html.escape(c.concept)} variants by period">',
        f'<line x1="{left}" y1="{pad + plot_h}" x2="{left + plot_w}" y2="{pad + plot_h}" stroke="#888"/>',
        f'<text x="{left - 6}" y="{pad + 8}" text-anchor="end" class="axis">{top}</text>',
        f'<text x="{left - 6}" y="{pad + plot_h}" text-anchor="end" class="axis">0</text>',
    ]
    label_every = max(1, len(periods) // 12)
    for i, p in enumerate(periods):
        x = left + i * bar
        y = pad + plot_h
        for k, v in enumerate(c.variants):
            n = v.by_period.get(p, 0)
            if not n:
                continue
            h = plot_h * n / top
            y -= h
            parts.append(
                f'<rect x="{x + bar * 0.1:.1f}" y="{y:.1f}" width="{bar * 0.8:.1f}" height="{h:.1f}" '
                f'fill="{_COLOURS[k % len(_COLOURS)]}"><title>{html.escape(p)}: {html.escape(v.variant)} {n}</title></rect>'
            )
        if i % label_every == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - 10}" text-anchor="middle" class="axis">{html.escape(p)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:960px;color:#222;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{text-align:left;padding:.25em .5em;border-bottom:1px solid #eee;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}.drift{color:#D55E00;font-weight:600}
.swatch{display:inline-block;width:.8em;height:.8em;margin-right:.4em;vertical-align:baseline}
.status-deprecated,.status-forbidden{color:#b00}.status-preferred{color:#070}
.axis{font-size:11px;fill:#555}.ex{font-size:12px;color:#555;word-break:break-all}
.summary{background:#f6f6f6;padding:.6em 1em;border-radius:4px}
"""


def render_html(result: AuditResult, *, title: str = "vnterm terminology audit") -> str:
    """A self-contained HTML report: summary, then per concept a variant table and, for drifting
    concepts, a stacked bar chart of variant use per period. No external assets."""
    e = html.escape
    s = result.summary()
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        '<p class="summary">'
        f"{s['documents']} documents, {s['words']} words, {s['matches']} term uses of {s['concepts']} concepts; "
        f"<span class=\"drift\">{s['drifting']} drifting</span> (two or more variants in use). "
        f"Periods: {e(result.period)}; dates from "
        + e(", ".join(f"{k}: {v}" for k, v in s["dates"].items()) or "none")  # type: ignore[union-attr]
        + ".</p>",
    ]
    drifting = result.drifting
    if drifting:
        out.append("<h2>Drifting concepts</h2><ul>")
        for c in drifting:
            out.append(f'<li><a href="#c-{e(c.concept)}">{e(c.concept)}</a>: {len(c.variants)} variants, {c.total} uses</li>')
        out.append("</ul>")
    for c in result.concepts:
        head = ' <span class="drift">drifting</span>' if c.drifting else ""
        out.append(f'<h2 id="c-{e(c.concept)}">{e(c.concept)}{head}</h2>')
        meta = []
        if c.preferred:
            meta.append(f"preferred: <b>{e(c.preferred)}</b>")
        if c.domain:
            meta.append(f"domain: {e(c.domain)}")
        if meta:
            out.append("<p>" + " · ".join(meta) + "</p>")
        if c.drifting:
            out.append(_chart(c, result.periods))
        out.append(
            "<table><thead><tr><th>variant</th><th>status</th><th>uses</th><th>documents</th>"
            "<th>first</th><th>last</th><th>where</th></tr></thead><tbody>"
        )
        for k, v in enumerate(c.variants):
            swatch = f'<span class="swatch" style="background:{_COLOURS[k % len(_COLOURS)]}"></span>' if c.drifting else ""
            out.append(
                f"<tr><td>{swatch}{e(v.variant)}</td><td class=\"status-{e(v.status)}\">{e(v.status)}</td>"
                f'<td class="n">{v.count}</td><td class="n">{v.documents}</td><td>{e(v.first_date or "")}</td>'
                f'<td>{e(v.last_date or "")}</td><td class="ex">{"<br>".join(e(x) for x in v.examples)}</td></tr>'
            )
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
