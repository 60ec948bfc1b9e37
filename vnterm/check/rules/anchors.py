"""Where legal references and local bodies can start: one Rust scan shared by both rule kinds."""

from __future__ import annotations

import re
from itertools import product
from typing import Iterator

import ahocorasick_rs

from .base import Context
from .tables import LOCAL_BODIES

_KINDS = r"Joint Circular|Official Letter|Decree|Resolution|Circular|Decision|Directive|Conclusion|Regulation|Instruction|Ordinance|Dispatch|Plan|Notice|Law"
_LEGAL_KINDS = tuple(_KINDS.split("|"))
_LEGAL_RE = re.compile(
    rf"(?P<kind>{_KINDS})\s+(?:(?P<no>No\b\.?|Number\b|number\b|no\.)\s*)?"
    r"(?P<num>\d{1,5}(?:[/\-–][0-9A-Za-zĐđ]+)*)(?![\w/])"
)
_BODY_ALT = "|".join(re.escape(b).replace("'", "['’]") for b in LOCAL_BODIES)
_BODY_RE = re.compile(
    rf"(?P<level>(?:Provincial|City|Municipal|District|Commune|Ward)\s+)?(?P<body>{_BODY_ALT})\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][a-zà-ỹđ]+(?:(?:[ \u00a0]|[-–](?=[A-Z]))[A-Z][a-zà-ỹđ]+){0,4})\b(?!['’]s)"
    r"(?P<tail>[ \u00a0](?:province|city)\b(?!['’]s))?"
)
_LEVELS = ("Provincial", "City", "Municipal", "District", "Commune", "Ward")
_LEGAL_SET = frozenset(_LEGAL_KINDS)


def _anchor_literals() -> list[str]:
    """The words that anchor legal references and local bodies, grouped by first letter, with
    either apostrophe: the alternatives of one regular expression, in the order it would try them."""
    groups: dict[str, list[str]] = {}
    for lit in (*_LEGAL_KINDS, *_LEVELS, *LOCAL_BODIES):
        groups.setdefault(lit[0], []).append(lit)
    out: list[str] = []
    for lits in groups.values():
        for lit in lits:
            pieces = lit.split("'")
            for quotes in product("'’", repeat=len(pieces) - 1):
                out.append(pieces[0] + "".join(q + p for q, p in zip(quotes, pieces[1:])))
    return out


_ANCHOR_LITERALS = _anchor_literals()
#: the search for :func:`anchors`: leftmost-first and non-overlapping, as a regex alternation of the
#: literals would be (a test compares the two), but in one Rust call instead of a scan in ``re``
_ANCHOR_SCANNER = ahocorasick_rs.AhoCorasick(_ANCHOR_LITERALS, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)


def anchors(text: str) -> tuple[list[int], list[int]]:
    """Where legal references and local bodies can start, in one pass over ``text``.

    Legal: each place a kind of document ("Decree", "Joint Circular") starts a word. Bodies: each
    place a level ("Provincial") or a body ("People's Committee") starts, the only places where
    :data:`_BODY_RE` can match. No anchor contains another except "Circular" in "Joint Circular".
    """
    legal: list[int] = []
    bodies: list[int] = []
    literals = _ANCHOR_LITERALS
    for p, pos, _ in _ANCHOR_SCANNER.find_matches_as_indexes(text):
        word = literals[p]
        if word in _LEGAL_SET:
            if pos == 0 or not text[pos - 1].isalnum():
                legal.append(pos)
            if word == "Joint Circular":
                legal.append(pos + 6)  # "Circular" itself
        else:
            bodies.append(pos)
    return legal, bodies


def context_anchors(ctx: Context) -> tuple[list[int], list[int]]:
    """:func:`anchors` of the document, computed once for every kind that asks."""
    found = ctx.cache.get("anchors")
    if found is None:
        found = ctx.cache["anchors"] = anchors(ctx.text)
    return found  # type: ignore[return-value]


def matches_at(text: str, starts: list[int], pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.match`` at each of ``starts`` (in order, skipping those inside a previous match).

    Where ``starts`` holds every place a match can begin, this yields what ``finditer`` would.
    """
    last = -1
    for pos in sorted(set(starts)):
        if pos < last:
            continue
        m = pattern.match(text, pos)
        if m:
            last = m.end()
            yield m
