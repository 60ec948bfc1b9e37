"""Glossary variants: a deprecated or forbidden term (``term-deprecated``, or ``title-form`` for the
built-in title abbreviations), and an admitted one where the house style prefers the preferred form
(``term-admitted``)."""

from __future__ import annotations

import re

from .base import Context, RawFinding, RuleKind, cid_of, fold_cached, match_case

_ABBREVIATIONS = frozenset({"abbreviation", "acronym", "shortForm"})
_IZE_RE = re.compile(r"iz(?:e|ed|es|ing|ation|ations)\b")
_ISE_RE = re.compile(r"is(?:e|ed|es|ing|ation|ations)\b")


def _shape(text: str) -> str:
    """A term's words with the country's two spellings and -ise/-ize made one ("Viet Nam"/"Vietnam",
    "Organisation"/"Organization"): terms of one concept with the same shape are spelling twins."""
    folded = fold_cached(text).replace("viet nam", "vietnam")
    return _ISE_RE.sub(lambda m: "iz" + m.group(0)[2:], folded)


def in_found_spelling(concept, expected: str, found: str, country: str, spelling: str | None) -> str:
    """``expected``, or its spelling twin among the concept's good terms that writes the country
    and -ise/-ize as ``found`` does, where the style leaves them open (``country`` "consistent",
    ``spelling`` "consistent" or None): a fix must not bring the other spelling into a document."""
    wants = []
    low = fold_cached(found)
    if country == "consistent" and ("vietnam" in low or "viet nam" in low):
        wants.append(("viet nam" in low, lambda t: "viet nam" in fold_cached(t)))
    if spelling in (None, "consistent") and (_IZE_RE.search(low) or _ISE_RE.search(low)):
        wants.append((bool(_ISE_RE.search(low)), lambda t: bool(_ISE_RE.search(fold_cached(t)))))
    if not wants:
        return expected
    if all(has(expected) == want for want, has in wants):
        return expected
    shape = _shape(expected)
    for term in concept.terms_for("en"):
        if not term.is_flagged and _shape(term.text) == shape and all(has(term.text) == want for want, has in wants):
            return term.text
    return expected


_NAME_AFTER_RE = re.compile(r"[ \u00a0]+[A-ZĐÀ-Ỹ][\w’'-]*")
_NOT_NAMES = frozenset({"Radio", "Station", "Channel", "Frequency", "Band", "Stereo"})


def _bare_title(text: str, end: int, style: str) -> bool:
    """True when a bare title abbreviation ("FM") ending at ``end`` is to be flagged: a newsroom
    shorthand that the default style leaves to the document ("Deputy PM and FM Bui Thanh Son",
    as Viet Nam News writes), flagged under a preset only as a title before a name (not "FM
    radio", "VOV FM Channel")."""
    if style == "consistent":
        return False
    m = _NAME_AFTER_RE.match(text, end)
    return m is not None and m.group(0).strip() not in _NOT_NAMES


class FlaggedTerms(RuleKind):
    """A deprecated or forbidden variant; the fix is the concept's preferred term."""

    yields = ("term-deprecated", "title-form")
    needs = frozenset({"hits"})
    local = True

    def run(self, ctx: Context) -> list[RawFinding]:
        style = ctx.config.style_id
        country, spelling = ctx.config.country, ctx.config.spelling_policy
        made: dict[tuple[int, int, str], tuple] = {}
        out: list[RawFinding] = []
        text = ctx.text
        for m in ctx.hits.flagged:
            if m.concept.id.startswith("title:") and " " not in m.term.text and not _bare_title(
                    text, m.end, style):
                continue
            key = (id(m.concept), id(m.term), m.text)
            fields = made.get(key)
            if fields is None:
                cid = m.concept.id
                pref = m.concept.preferred("en", style)
                expected = (match_case(m.text, in_found_spelling(m.concept, pref.text, m.text, country, spelling))
                            if pref else "")
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
