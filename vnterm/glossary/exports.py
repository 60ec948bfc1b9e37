"""Exports of a glossary for MT services and linters. Each function is pure: glossary in, text out.

* :func:`export_deepl` — DeepL glossary TSV (``source<TAB>target``);
* :func:`export_google` — Google Cloud Translation unidirectional glossary CSV (no header);
* :func:`export_amazon` — Amazon Translate custom terminology CSV (header ``vi,en``);
* :func:`export_vale` — a Vale ``substitution`` rule (YAML);
* :func:`export_prh` — a prh / textlint-rule-prh rule file (YAML).

MT exports map Vietnamese terms to the concept's preferred English term: the preferred Vietnamese
term (and, with ``include_admitted``, admitted ones), each in both tone-mark styles ("Ủy ban" and
"Uỷ ban"), because vnterm matches both and MT services match sources literally. A source that
would map to two different targets is an error (an MT glossary holds one target per source).

Linter exports map English variants that copy must not use (deprecated and forbidden; with
``include_admitted`` also admitted) to the preferred English term, with patterns that follow vnterm's
matching: case-insensitive (unless the term's ``match`` is ``case`` or ``exact``), hyphens, dashes
and runs of white space interchangeable, typographic apostrophes accepted, and the match bounded by
non-letters. A Vietnamese spelling of the preferred term ("Hải Phòng" for "Hai Phong") is flagged
too, as vnterm's checker does.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from ..errors import GlossaryError
from ..text import fold_key, has_diacritics, normalize, to_tone_style
from .model import Concept, Glossary, Term

__all__ = [
    "EXPORTS",
    "LinterRule",
    "export_amazon",
    "export_deepl",
    "export_google",
    "export_prh",
    "export_vale",
    "linter_rules",
    "mt_pairs",
]

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


# --- MT services ---------------------------------------------------------------------------------

def _clean(text: str) -> str:
    """NFC, no control characters, single spaces, no leading/trailing white space (DeepL's rules)."""
    text = _CONTROL_RE.sub(" ", unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def _preferred(concept: Concept, lang: str) -> Term | None:
    return next((t for t in concept.terms if t.lang == lang and t.status == "preferred"), None)


def _tone_forms(text: str) -> list[str]:
    forms = [text]
    for style in ("new", "old"):
        other = to_tone_style(text, style)  # type: ignore[arg-type]
        if other not in forms:
            forms.append(other)
    return forms


def mt_pairs(
    glossary: Glossary, *, include_admitted: bool = False, source: str = "vi", target: str = "en"
) -> list[tuple[str, str]]:
    """``(source term, preferred target term)`` pairs, unique by source, in glossary order.

    Raises GlossaryError when one source term would need two different targets.
    """
    statuses = ("preferred", "admitted") if include_admitted else ("preferred",)
    chosen: dict[str, tuple[str, int, Concept, Term]] = {}
    conflicts: list[GlossaryError] = []
    for concept in glossary:
        target_term = _preferred(concept, target)
        if target_term is None:
            continue
        tgt = _clean(target_term.text)
        for term in concept.terms:
            if term.lang != source or term.status not in statuses:
                continue
            rank = statuses.index(term.status)
            for form in _tone_forms(_clean(term.text)):
                if not form:
                    continue
                previous = chosen.get(form)
                if previous is None or previous[1] > rank:
                    chosen[form] = (tgt, rank, concept, term)
                elif previous[0] != tgt and previous[1] == rank:
                    conflicts.append(
                        GlossaryError(
                            f"{source} term {form!r} maps to {previous[0]!r} (concept {previous[2].id!r}) and to "
                            f"{tgt!r} (concept {concept.id!r}); an MT glossary holds one target per source",
                            concept.path,
                            term.line,
                        )
                    )
    if conflicts:
        if len(conflicts) == 1:
            raise conflicts[0]
        from ..errors import GlossaryValidationError

        raise GlossaryValidationError(conflicts)
    return [(src, value[0]) for src, value in chosen.items()]


def export_deepl(glossary: Glossary, *, include_admitted: bool = False) -> str:
    """DeepL glossary entries, TSV: one ``source<TAB>target`` per line, sources unique."""
    pairs = mt_pairs(glossary, include_admitted=include_admitted)
    return "".join(f"{src}\t{tgt}\n" for src, tgt in pairs)


def _csv(rows: list[tuple[str, str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL).writerows(rows)
    return out.getvalue()


def export_google(glossary: Glossary, *, include_admitted: bool = False) -> str:
    """Google Cloud Translation unidirectional glossary: header-less ``vi,en`` CSV rows."""
    return _csv(mt_pairs(glossary, include_admitted=include_admitted))


def export_amazon(glossary: Glossary, *, include_admitted: bool = False) -> str:
    """Amazon Translate custom terminology: CSV with a ``vi,en`` header row."""
    return _csv([("vi", "en")] + mt_pairs(glossary, include_admitted=include_admitted))


# --- linters -------------------------------------------------------------------------------------

#: Characters vnterm treats as one separator: hyphen-minus, white space, U+2010..U+2015 dashes.
SEPARATOR_CLASS = r"[-\s\u2010-\u2015]+"
#: Apostrophes vnterm treats as "'" (typographic quotes, modifier letter, prime, acute, grave).
APOSTROPHE_CLASS = "['\\u2018\\u2019\\u201a\\u201b\\u02bc\\u2032\\u00b4`]"
QUOTE_CLASS = '["\\u201c\\u201d\\u201e\\u201f\\u2033\\u00ab\\u00bb]'
#: A letter, digit or underscore: what vnterm's matcher counts as part of a word.
_WORD = r"[\p{L}\p{N}_]"
_REGEX_SPECIAL = set("\\^$.|?*+()[]{}/")


@dataclass(frozen=True, slots=True)
class LinterRule:
    """One replacement a linter should suggest: ``pattern`` (a regex) found → use ``expected``."""

    concept: str
    expected: str
    found: str
    pattern: str
    ignore_case: bool
    status: str


def term_regex(text: str) -> str:
    """A regex (JavaScript ``u`` and .NET/regexp2 compatible) matching ``text`` as vnterm does.

    Hyphens, dashes and white space runs are interchangeable, typographic apostrophes and quotes
    are accepted, and a word-character edge must not touch another word character.
    """
    norm = normalize(text, tone=None).text
    parts: list[str] = []
    i, n = 0, len(norm)
    while i < n:
        c = norm[i]
        if c == "-" or c.isspace():
            j = i
            while j < n and (norm[j] == "-" or norm[j].isspace()):
                j += 1
            parts.append(SEPARATOR_CLASS)
            i = j
            continue
        if c == "'":
            parts.append(APOSTROPHE_CLASS)
        elif c == '"':
            parts.append(QUOTE_CLASS)
        elif c in _REGEX_SPECIAL:
            parts.append("\\" + c)
        else:
            parts.append(c)
        i += 1
    body = "".join(parts)
    if norm and _is_word_char(norm[0]):
        body = f"(?<!{_WORD})" + body
    if norm and _is_word_char(norm[-1]):
        body = body + f"(?!{_WORD})"
    return body


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def linter_rules(glossary: Glossary, *, include_admitted: bool = False, lang: str = "en") -> list[LinterRule]:
    """The replacements vnterm's checker applies to ``lang`` copy, in glossary order.

    Deprecated and forbidden ``lang`` terms (and admitted ones with ``include_admitted``) → the
    concept's preferred term; Vietnamese spellings (with diacritics) of the preferred term → the
    preferred term.
    """
    flagged = ("deprecated", "forbidden", "admitted") if include_admitted else ("deprecated", "forbidden")
    rules: list[LinterRule] = []
    for concept in glossary:
        preferred = _preferred(concept, lang)
        if preferred is None:
            continue
        expected = _clean(preferred.text)
        seen: set[str] = set()
        for term in concept.terms:
            if term.lang == lang and term.status in flagged:
                found = _clean(term.text)
                if not found or found in seen:
                    continue
                seen.add(found)
                rules.append(
                    LinterRule(concept.id, expected, found, term_regex(found), term.match == "fold", term.status)
                )
        key = fold_key(expected)
        for term in concept.terms:
            if term.lang == lang or not has_diacritics(term.text) or fold_key(term.text) != key:
                continue
            for form in _tone_forms(_clean(term.text)):
                if form in seen or form == expected:
                    continue
                seen.add(form)
                rules.append(LinterRule(concept.id, expected, form, term_regex(form), True, "diacritics"))
    return rules


def _q(value: str) -> str:
    """A YAML single-quoted scalar (the only escape is '' for ')."""
    return "'" + value.replace("'", "''") + "'"


def export_vale(
    glossary: Glossary, *, include_admitted: bool = False, level: str = "error", lang: str = "en"
) -> str:
    """A Vale ``substitution`` rule: ``swap`` maps each flagged variant's regex to the preferred term.

    ``ignorecase`` is on; variants whose ``match`` is ``case``/``exact`` are wrapped in ``(?-i:...)``.
    ``nonword`` is on because the patterns carry their own word bounds (so "Dept." can match).
    """
    if level not in ("suggestion", "warning", "error"):
        raise GlossaryError(f"unknown Vale level {level!r} (expected suggestion, warning or error)")
    swap: dict[str, list[str]] = {}
    for rule in linter_rules(glossary, include_admitted=include_admitted, lang=lang):
        key = rule.pattern if rule.ignore_case else f"(?-i:{rule.pattern})"
        targets = swap.setdefault(key, [])
        if rule.expected not in targets:
            targets.append(rule.expected)
    lines = [
        "# Generated by vnterm (vnterm glossary export --to vale); edit the glossary, not this file.",
        "extends: substitution",
        "message: \"Use '%s' instead of '%s'.\"",
        f"level: {level}",
        "ignorecase: true",
        "nonword: true",
        "action:",
        "  name: replace",
    ]
    if swap:
        lines.append("swap:")
        lines.extend(f"  {_q(key)}: {_q('|'.join(values))}" for key, values in swap.items())
    else:
        lines.append("swap: {}")
    return "\n".join(lines) + "\n"


def export_prh(glossary: Glossary, *, include_admitted: bool = False, lang: str = "en") -> str:
    """A prh rule file (``version: 1``) for textlint-rule-prh, one rule per concept and case mode.

    Patterns are written as ``/regex/`` (prh adds the ``gmu`` flags; ``i`` for case-insensitive
    rules), so hyphens never need escaping; each rule carries ``specs`` that prh checks at load time.
    """
    grouped: dict[tuple[str, bool], list[LinterRule]] = {}
    for rule in linter_rules(glossary, include_admitted=include_admitted, lang=lang):
        grouped.setdefault((rule.concept, rule.ignore_case), []).append(rule)
    lines = [
        "# Generated by vnterm (vnterm glossary export --to prh); edit the glossary, not this file.",
        "version: 1",
    ]
    if not grouped:
        lines.append("rules: []")
        return "\n".join(lines) + "\n"
    lines.append("rules:")
    for (_, ignore_case), rules in grouped.items():
        flags = "i" if ignore_case else ""
        lines.append(f"  - expected: {_q(rules[0].expected.replace('$', '$$'))}")
        lines.append("    patterns:")
        lines.extend(f"      - {_q('/' + r.pattern + '/' + flags)}" for r in rules)
        lines.append("    specs:")
        for r in rules:
            lines.append(f"      - from: {_q(r.found)}")
            lines.append(f"        to: {_q(r.expected)}")
    return "\n".join(lines) + "\n"


#: Export name → function, as used by ``vnterm glossary export --to``.
EXPORTS = {
    "deepl": export_deepl,
    "google": export_google,
    "amazon": export_amazon,
    "vale": export_vale,
    "prh": export_prh,
}
