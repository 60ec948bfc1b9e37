"""``compound-inconsistent``: one compound written two ways in one document (two-tier / two-tiered,
socio-economic / socioeconomic, Ha Noi / Hanoi, re-organise / reorganise, Vice-Chairmen / Vice
Chairmen).

A "re-" compound is one word with its closed form, which is the form to use (the dictionaries'
"reorganise"; "re-elect" keeps its hyphen between two vowels), unless the hyphen tells two words apart
("re-sign" / "resign", "re-cover" / "recover": :data:`_RE_HOMOGRAPHS`). A hyphenated compound and
its open form are one compound only when every part is capitalised (a title, "Vice-Chairmen"): in
lower case the hyphen before a noun and the open form after a verb are both right ("a well-known
artist", "he is well known")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from functools import lru_cache

from .base import Context, RawFinding, RuleKind, match_case

_HYPHEN_RE = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
_CAPWORD_RE = re.compile(r"[A-Z][a-z]{4,}")
_PUNCT = "\"'’‘“”()[]{}.,;:!?…"
_VIET_NAM_KEYS = {"viet nam", "vietnam"}
#: first parts of the number compounds whose -ed form is the same compound ("two-tier"/"two-tiered")
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve fifteen twenty
thirty forty fifty hundred thousand single double triple dual multi many""".split())


def _inside(occ: tuple[int, int, str], spans: list[tuple[int, int]]) -> bool:
    """True when ``occ`` lies inside one of ``spans`` (sorted, as matcher hits do not overlap)."""
    i = bisect_right(spans, (occ[0], 1 << 62)) - 1
    return i >= 0 and spans[i][1] >= occ[1]


@lru_cache(maxsize=4096)
def _shape(word: str) -> str:
    """A compound's shape: hyphenated, open (two words) or closed, and whether it ends in -ed."""
    w = word.lower()
    kind = "hyphen" if "-" in w else ("open" if " " in w else "closed")
    return kind + (":ed" if w.endswith("ed") and kind == "hyphen" else "")


def _is_number_compound(word: str) -> bool:
    first = word.split("-", 1)[0].lower()
    return first.isdigit() or first in _NUMBER_WORDS


#: words after "re-" whose closed form is another word ("re-sign" is not "resign")
_RE_HOMOGRAPHS = frozenset("""act acted acting action cede ceded collect collected collecting collection count counted
cover covered covering create created creating creation creations form formed forming forms formation fuse fused
lay lease leased mark marked member port ported present presented presenting presentation press pressed
serve served serving sign signed signing sort sorted sound sounded sent solve solved store stored strain
strained treat treated treating treatment view viewed call called pair paired place placed side sided source
sourced tire tired cite cited lent""".split())


def _same_re_word(word: str) -> bool:
    """True when a "re-" compound is the same word as its closed form ("re-organise")."""
    return word.split("-", 2)[1].lower() not in _RE_HOMOGRAPHS


def _titled(word: str) -> bool:
    """True when every part of a hyphenated word is capitalised ("Vice-Chairmen")."""
    return all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in word.split("-"))


class Compounds(RuleKind):
    yields = ("compound-inconsistent",)
    needs = frozenset({"text", "hits"})

    def run(self, ctx: Context) -> list[RawFinding]:
        text = ctx.text
        # 1. which keys have more than one shape? (distinct surfaces only: C-speed findall)
        shapes_by_key: dict[str, set[str]] = defaultdict(set)
        distinct = set(text.split())
        hwords = {m.group() for t in distinct if "-" in t for m in _HYPHEN_RE.finditer(t)}
        hwords = {w for w in hwords if not w.lower().startswith("re-") or _same_re_word(w)}
        hkeys = {w.lower().replace("-", "") for w in hwords}
        surface_key: dict[str, str] = {}
        for w in hwords:
            key = w.lower().replace("-", "")
            if key.endswith("ed") and key[:-2] in hkeys and _is_number_compound(w):
                key = key[:-2]  # "two-tiered" is "two-tier"; "co-operated" is not "co-operate"
            surface_key[w] = key
            shapes_by_key[key].add(_shape(w))
            if _titled(w):  # "Vice-Chairmen" and "Vice Chairmen"
                spaced = w.replace("-", " ")
                if spaced in text:
                    surface_key[spaced] = key
                    shapes_by_key[key].add("open")
        words = {t.strip(_PUNCT) for t in distinct}
        lowered_words: dict[str, set[str]] = {}
        for w in words:
            lowered_words.setdefault(w.lower(), set()).add(w)
        for key in hkeys:  # the closed form ("socioeconomic") written anywhere?
            for w in lowered_words.get(key, ()):
                if w.isalpha():
                    surface_key[w] = key
                    shapes_by_key[key].add(_shape(w))
        closed_caps = {w.lower(): w for w in words if len(w) >= 5 and _CAPWORD_RE.fullmatch(w)}
        for low, w in closed_caps.items():  # "Hanoi" and "Ha Noi": both halves must be words here
            if low in _VIET_NAM_KEYS:
                continue
            for i in range(2, len(w) - 1):
                a, b = w[:i], w[i].upper() + w[i + 1 :]
                if a in words and b in words:
                    form = f"{a} {b}"
                    if form in text:
                        surface_key[form] = "cap:" + low
                        surface_key[w] = "cap:" + low
                        shapes_by_key["cap:" + low].update(("open", "closed"))
        mixed = {k for k, v in shapes_by_key.items() if len(v) > 1}
        if not mixed:
            return []
        # 2. positions, only for the surfaces of mixed keys
        wanted = {w: k for w, k in surface_key.items() if k in mixed}
        families: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for w, key in wanted.items():
            pos = text.find(w)
            while pos >= 0:
                end = pos + len(w)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    families[key].append((pos, end, w))
                pos = text.find(w, end)
        for occ in families.values():
            occ.sort()
        flagged = sorted((m.start, m.end) for m in ctx.hits.flagged)
        good = sorted((m.start, m.end) for m in ctx.hits.terms)
        out: list[RawFinding] = []
        for key, occ in families.items():
            # a compound inside a glossary term is the glossary's to judge: a flagged term is
            # reported and fixed by term-deprecated, a good one is never rewritten
            occ = [o for o in occ if not _inside(o, flagged)]
            shapes = Counter(_shape(w) for _, _, w in occ)
            if len(shapes) < 2:
                continue
            first = _shape(occ[0][2])
            keep = max(shapes, key=lambda s: (shapes[s], s == first))
            re_word = next((w for _, _, w in occ if w.lower().startswith("re-")), None)
            if re_word is not None and "closed" in shapes:
                # the closed form is the dictionary's ("reorganise"), unless the hyphen keeps two
                # vowels apart ("re-elect")
                want = "hyphen" if re_word[3:4].lower() == "e" else "closed"
                keep = next(s for s in shapes if s.startswith(want))
            model = next(w for _, _, w in occ if _shape(w) == keep)
            for s, e, w in occ:
                if _shape(w) == keep or _inside((s, e, w), good):
                    continue
                expected = match_case(w, model)
                out.append(RawFinding(s, e, "compound-inconsistent", w, expected, None,
                                      f"'{w}' and '{model}' both appear in this document; use one form", True))
        return out
