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


def _keys(distinct: set[str], contains) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Per surface, its compound key, and per key the shapes it is written in, from the distinct
    white-space separated tokens of a document; ``contains(s)``: whether the document holds ``s``.
    Which strings are asked about depends on ``distinct`` alone."""
    shapes_by_key: dict[str, set[str]] = defaultdict(set)
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
            if contains(spaced):
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
                if contains(form):
                    surface_key[form] = "cap:" + low
                    surface_key[w] = "cap:" + low
                    shapes_by_key["cap:" + low].update(("open", "closed"))
    return surface_key, shapes_by_key


def _wanted(surface_key: dict[str, str], shapes_by_key: dict[str, set[str]]) -> dict[str, str]:
    """The surfaces of the keys written in more than one shape, each with its key."""
    mixed = {k for k, v in shapes_by_key.items() if len(v) > 1}
    return {w: k for w, k in surface_key.items() if k in mixed}


def _occurrences(ctx: Context, wanted: dict[str, str],
                 flagged: list[tuple[int, int]] | None = None) -> dict[str, list[tuple[int, int, str]]]:
    """Per key, the whole-word occurrences of its surfaces in ``ctx.text`` in text order, less
    those inside a flagged glossary term (the glossary's to judge: reported and fixed by
    term-deprecated); ``flagged``: their spans, sorted (None: those of ``ctx.hits``)."""
    text = ctx.text
    families: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for w, key in wanted.items():
        pos = text.find(w)
        while pos >= 0:
            end = pos + len(w)
            if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                families[key].append((pos, end, w))
            pos = text.find(w, end)
    if flagged is None:
        flagged = sorted((m.start, m.end) for m in ctx.hits.flagged)
    out: dict[str, list[tuple[int, int, str]]] = {}
    for key, occ in families.items():
        occ.sort()
        occ = [o for o in occ if not _inside(o, flagged)]
        if occ:
            out[key] = occ
    return out


class _Family:
    """What a document writes of one compound key: each shape's count (by first use), the first
    "re-" form, and the first surface of each shape."""

    __slots__ = ("shapes", "re_word", "models")

    def __init__(self) -> None:
        self.shapes: Counter = Counter()
        self.re_word: str | None = None
        self.models: dict[str, str] = {}

    def add(self, occ: list[tuple[int, int, str]]) -> None:
        for _, _, w in occ:
            shape = _shape(w)
            self.shapes[shape] += 1
            self.models.setdefault(shape, w)
            if self.re_word is None and w.lower().startswith("re-"):
                self.re_word = w

    def verdict(self) -> tuple[str, str] | None:
        """(the shape to keep, its first surface), or None when the key has one shape here."""
        shapes = self.shapes
        if len(shapes) < 2:
            return None
        first = next(iter(shapes))
        keep = max(shapes, key=lambda s: (shapes[s], s == first))
        re_word = self.re_word
        if re_word is not None and "closed" in shapes:
            # the closed form is the dictionary's ("reorganise"), unless the hyphen keeps two
            # vowels apart ("re-elect")
            want = "hyphen" if re_word[3:4].lower() == "e" else "closed"
            keep = next(s for s in shapes if s.startswith(want))
        return keep, self.models[keep]


def _emit(ctx: Context, families: dict[str, list[tuple[int, int, str]]],
          verdicts: dict[str, tuple[str, str] | None]) -> list[RawFinding]:
    good = sorted((m.start, m.end) for m in ctx.hits.terms)
    out: list[RawFinding] = []
    for key, occ in families.items():
        verdict = verdicts.get(key)
        if verdict is None:
            continue
        keep, model = verdict
        for s, e, w in occ:
            if _shape(w) == keep or _inside((s, e, w), good):
                continue  # a good glossary term is never rewritten
            expected = match_case(w, model)
            out.append(RawFinding(s, e, "compound-inconsistent", w, expected, None,
                                  f"'{w}' and '{model}' both appear in this document; use one form", True))
    return out


class Compounds(RuleKind):
    yields = ("compound-inconsistent",)
    needs = frozenset({"text", "hits"})
    streams = True
    #: the document's words; then which of the strings they ask about it holds; then the occurrences
    passes = 3

    def run(self, ctx: Context) -> list[RawFinding]:
        text = ctx.text
        # 1. which keys have more than one shape? (distinct surfaces only: C-speed findall)
        wanted = _wanted(*_keys(set(text.split()), text.__contains__))
        if not wanted:
            return []
        # 2. positions, only for the surfaces of mixed keys
        families = _occurrences(ctx, wanted)
        verdicts = {}
        for key, occ in families.items():
            family = _Family()
            family.add(occ)
            verdicts[key] = family.verdict()
        return _emit(ctx, families, verdicts)

    def gathers_hits(self, pass_no: int) -> bool:
        return pass_no == 0  # the flagged spans, kept for pass 2 (a few per segment)

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        text = ctx.text
        if pass_no == 0:
            state.setdefault("distinct", set()).update(text.split())
            if ctx.hits.flagged:
                state.setdefault("flagged", {})[ctx.offset] = sorted((m.start, m.end) for m in ctx.hits.flagged)
        elif pass_no == 1:
            if "asked" not in state:
                asked: set[str] = set()
                _keys(state["distinct"], lambda s: asked.add(s) or False)
                state["asked"], state["held"] = asked, set()
            held = state["held"]
            held.update(s for s in state["asked"] if s not in held and s in text)
        else:
            if "wanted" not in state:
                state["wanted"] = _wanted(*_keys(state.pop("distinct"), state["held"].__contains__))
                state["families"] = {}
            families = state["families"]
            flagged = state.get("flagged", {}).get(ctx.offset, [])
            for key, occ in _occurrences(ctx, state["wanted"], flagged).items():
                family = families.get(key)
                if family is None:
                    family = families[key] = _Family()
                family.add(occ)

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        if not state.get("wanted"):
            return []
        if "verdicts" not in state:
            state.pop("flagged", None)
            state["verdicts"] = {key: family.verdict() for key, family in state["families"].items()}
        return _emit(ctx, _occurrences(ctx, state["wanted"]), state["verdicts"])
