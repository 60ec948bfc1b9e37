"""``viet-nam``: "Viet Nam" or "Vietnam", as the house style says (or as the document mostly writes).

Under ``consistent`` the majority counts the country's spelling inside glossary names that the
glossary lists both ways ("the Viet Nam Fatherland Front" / "the Vietnam Fatherland Front"): they
show the document's choice, though they are never rewritten here. Mastheads and fixed names
("Vietnam News Agency", "Viet Nam News"), listed one way only, do not count."""

from __future__ import annotations

from collections import Counter

from .base import Context, RawFinding, RuleKind, cid_of, fold_cached, match_case


_SPELLINGS = (("Viet Nam", "Vietnam"), ("Vietnam", "Viet Nam"))


class CountryName(RuleKind):
    yields = ("viet-nam",)
    needs = frozenset({"hits"})
    streams = True

    def __init__(self, checker) -> None:
        super().__init__(checker)
        self._evidence: dict[tuple[str, str], str | None] = {}  # per (concept, term), its country spelling

    def _spelling_in(self, m) -> str | None:
        """The country's spelling ("viet nam"/"vietnam") inside a glossary term that the glossary
        also lists with the other spelling; None for a term listed one way only (a masthead)."""
        key = (m.concept.id, m.term.text)
        if key in self._evidence:
            return self._evidence[key]
        out = None
        for this, other in _SPELLINGS:
            if this in m.term.text:
                twin = m.term.text.replace(this, other)
                if any(t.text == twin for t in m.concept.terms_for("en")):
                    out = fold_cached(this)
                break
        self._evidence[key] = out
        return out

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if ctx.config.country != "consistent":
            return
        hits = ctx.hits.country
        counts = state.setdefault("counts", Counter())
        if hits and "first" not in state:
            state["first"] = fold_cached(hits[0].text)
        counts.update(fold_cached(m.text) for m in hits)
        counts.update(filter(None, map(self._spelling_in, ctx.hits.terms)))

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        hits = ctx.hits.country
        if not hits:
            return []
        config = ctx.config
        style = config.country
        hint = config.style_hint("viet_nam")
        if style == "consistent":
            counts = state.get("counts", {})
            if len(counts) < 2:
                return []
            first = state["first"]
            keep = max(counts, key=lambda k: (counts[k], k == first))
            style = "Viet Nam" if keep == "viet nam" else "Vietnam"
            why = f"this document mostly writes '{style}'"
        else:
            why = f"house style writes '{style}'"
        target = fold_cached(style)
        out: list[RawFinding] = []
        for m in hits:
            if fold_cached(m.text) == target:
                continue
            expected = match_case(m.text, style)
            out.append(RawFinding(m.start, m.end, "viet-nam", m.text, expected, cid_of(m.concept.id),
                                  f"{why}, not '{m.text}' {hint}", True))
        return out
