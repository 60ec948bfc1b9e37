"""Glossary variants: a deprecated or forbidden term (``term-deprecated``, or ``title-form`` for the
built-in title abbreviations), and an admitted one where the house style prefers the preferred form
(``term-admitted``)."""

from __future__ import annotations

from .base import Context, RawFinding, RuleKind, cid_of, match_case

_ABBREVIATIONS = frozenset({"abbreviation", "acronym", "shortForm"})


class FlaggedTerms(RuleKind):
    """A deprecated or forbidden variant; the fix is the concept's preferred term."""

    yields = ("term-deprecated", "title-form")
    needs = frozenset({"hits"})
    local = True

    def run(self, ctx: Context) -> list[RawFinding]:
        style = ctx.config.style_id
        made: dict[tuple[int, int, str], tuple] = {}
        out: list[RawFinding] = []
        for m in ctx.hits.flagged:
            key = (id(m.concept), id(m.term), m.text)
            fields = made.get(key)
            if fields is None:
                cid = m.concept.id
                pref = m.concept.preferred("en", style)
                expected = match_case(m.text, pref.text) if pref else ""
                title = cid.startswith("title:")
                rule = "title-form" if title else "term-deprecated"
                label = "not the house form" if title else f"a {m.term.status} variant"
                msg = f"'{m.text}' is {label}; use '{expected}'" if pref else f"'{m.text}' is {m.term.status}"
                fields = made[key] = (rule, m.text, expected, cid_of(cid), msg, bool(pref) and not m.ambiguous)
            out.append(RawFinding(m.start, m.end, *fields))
        return out


class AdmittedTerms(RuleKind):
    """An admitted variant, only when the configuration says ``admitted = "prefer"``."""

    yields = ("term-admitted",)
    needs = frozenset({"hits"})
    local = True

    def run(self, ctx: Context) -> list[RawFinding]:
        if ctx.config.admitted != "prefer":
            return []
        style = ctx.config.style_id
        out: list[RawFinding] = []
        for m in ctx.hits.terms:
            term = m.term
            if term.status != "admitted" or term.type in _ABBREVIATIONS or style in term.styles:
                continue
            pref = m.concept.preferred("en", style)
            if pref is None or pref.text == term.text:
                continue
            expected = match_case(m.text, pref.text)
            out.append(RawFinding(m.start, m.end, "term-admitted", m.text, expected, m.concept.id,
                                  f"'{m.text}' is admitted; house style prefers '{expected}'", not m.ambiguous))
        return out
