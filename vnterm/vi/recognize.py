"""Rule-based recognition over syllables: titles, people, organisations, places, legal references.

Works on the normalised copy ``s`` of a line (same length as the NFC line); returns word spans and
entities in that copy's offsets (the segmenter maps them back to the line as given).
"""

from __future__ import annotations

import re

from . import compose, lexicon, words
from ..glossary.matcher import Match
from ..text import fold
from .legal import canonical_code, find_legal
from .lexicon import key
from .model import Entity
from .names import NameRules
from .orgs import OrgRules
from .places import PlaceRules
from .titles import TitleRules
from .rules import (
    ORG_PHRASES,
    LEGAL_DOMAINS,
    Lexicon,
    LineBase,
    Draft,
    FIRSTS,
    TA_PRONOUNS,
)

__all__ = ["Lexicon", "analyse"]


def _firsts(*tables: frozenset[str]) -> frozenset[str]:
    return frozenset(k.split(" ")[0] for t in tables for k in t)


_TITLE_FIRSTS = _firsts(lexicon.TITLE_STEMS, frozenset(compose.TITLE_PREFIX_EN))
_HONORIFIC_FIRSTS = _firsts(lexicon.HONORIFICS)
_PLACE_FIRSTS = _firsts(lexicon.ADMIN_UNITS, lexicon.PLACES, lexicon.COUNTRIES) | {"tp.hcm", "tp.hcm.", "tphcm"}
_ORG_FIRSTS = _firsts(ORG_PHRASES)


_GLUED_DASH = re.compile(r"(?<=[^\W\d_])[-–](?=[^\W\d_])")
_WORD_AT = re.compile(r"[^\W\d_]+")


def _glued_dashes(s: str) -> list[int]:
    """Cuts around a dash glued between a word and a capitalised title, honorific or Vietnamese word:
    "Bùi Đức Hinh-Phó Bí thư" is a name, a dash and a title ("Hà Nội-Hải Phòng" two places), while
    "Park Heong-joon", "Jean-Pierre" and "COVID-19" stay whole."""
    out: list[int] = []
    for m in _GLUED_DASH.finditer(s):
        d = m.start()
        if not s[d + 1].isupper():
            continue
        right = _WORD_AT.match(s, d + 1)
        left_start = d
        while left_start > 0 and (s[left_start - 1].isalpha()):
            left_start -= 1
        left = s[left_start:d]
        rk = key(right.group()) if right else ""
        if not left[:1].isupper() or (len(left) > 1 and left.isupper()):
            continue  # "Giáo sư-Tiến sỹ", "GS-TS": one title
        if rk in _TITLE_FIRSTS or rk in _HONORIFIC_FIRSTS or (
                not left.isascii() and right is not None and not right.group().isascii()):
            out += [d, d + 1]
    return out


class _Line(TitleRules, OrgRules, PlaceRules, NameRules, LineBase):
    """Tokens of one normalised line and the recogniser's state."""

    def __init__(self, s: str, lex: Lexicon):
        self.s = s
        self.lex = lex
        legal = find_legal(s)
        folded = fold(s) if (len(lex.other_matcher) or len(lex.title_matcher)) else None
        gm_other = lex.other_matcher.find(s, lang="vi", strict_marks=True, folded=folded) if len(lex.other_matcher) else []
        gm_title = lex.title_matcher.find(s, lang="vi", strict_marks=True, folded=folded) if len(lex.title_matcher) else []
        cuts: list[int] = []
        for m in gm_other:
            cuts += [m.start, m.end]
        for m in gm_title:
            cuts += [m.start, m.end]
        for a, b, _te, cs, _t in legal:
            cuts += [a, b, cs]
        if "-" in s or "–" in s:
            cuts += _glued_dashes(s)
        spans = words.split_at(words.syllables(s), cuts)
        self.spans = spans
        self.n = len(spans)
        self.forms = [s[a:b] for a, b in spans]
        low = s.lower()  # ``s`` is already in the old tone style, the style of the lexicon keys
        if len(low) != len(s):  # pragma: no cover - exotic case mappings
            self.keys = [key(f) for f in self.forms]
        else:
            self.keys = [low[a:b] for a, b in spans]
        f = self.forms
        self.cap = [x[:1].isupper() and x[:1].isalpha() for x in f]
        self.alpha = [x.isalpha() or x.replace("'", "").replace("-", "").replace("’", "").isalpha() for x in f]
        self.abbr = [len(x) > 1 and x.isupper() for x in f]
        if gm_other or gm_title or legal:
            self.start_at = {a: i for i, (a, _b) in enumerate(spans)}
            self.end_at = {b: i + 1 for i, (_a, b) in enumerate(spans)}
        else:
            self.start_at, self.end_at = {}, {}
        self.g_other = self._index(gm_other)
        self.g_title = self._index(gm_title)
        self.legal = {}
        for a, b, _te, cs, t in legal:
            i, j, k = self.start_at.get(a), self.end_at.get(b), self.start_at.get(cs)
            if i is not None and j is not None and k is not None:
                self.legal[i] = (j, k, t)
        self.ents: list[Draft] = []
        self.appositive: tuple[int, Draft] | None = None
        self.word_start: list[bool] = []

    def _index(self, matches: list[Match]) -> dict[int, tuple[int, Match]]:
        out = {}
        for m in matches:
            i, j = self.start_at.get(m.start), self.end_at.get(m.end)
            if i is not None and j is not None and j > i:
                out[i] = (j, m)
        return out

    def run(self) -> None:
        i = 0
        n = self.n
        keys, legal, g_other, g_title = self.keys, self.legal, self.g_other, self.g_title
        while i < n:
            if keys[i] not in FIRSTS and not self.abbr[i] and i not in legal \
                    and i not in g_other and i not in g_title:
                i += 1
                continue
            k = keys[i]
            glossed = i in g_other
            # each rule only where its tables (or a glossary match) can start: same results, fewer calls
            j = self.try_legal(i) if i in legal else -1
            if j < 0 and (k in _TITLE_FIRSTS or i in g_title):
                j = self.try_title(i)
            if j < 0 and k in _HONORIFIC_FIRSTS:
                j = self.try_honorific(i)
            if j < 0 and (k in _PLACE_FIRSTS or glossed):
                j = self.try_place(i)
            if j < 0 and (k in _ORG_FIRSTS or glossed or self.forms[i] in lexicon.ABBREVIATIONS):
                j = self.try_org(i)
            if j < 0 and k in lexicon.SURNAMES:
                j = self.try_surname(i)
            if j < 0 and glossed:
                j = self.try_glossary(i)
            i = j if j > i else i + 1

    def try_legal(self, i: int) -> int:
        hit = self.legal.get(i)
        if hit is None:
            return -1
        j, k, type_text = hit
        code = self.text(k, j)
        norm = canonical_code(code)
        c = self.lex.concept(type_text, LEGAL_DOMAINS) or self.lex.concept(type_text)
        type_en = self.lex.en(c)
        en = f"{type_en} No. {norm}" if type_en else None
        e = self.add(Draft("LEGAL_REF", i, j, en, None, norm))
        e.children.append(Draft("CODE", k, j, protect=True))
        return j

    def case_rule(self, starts: list[bool], locked: list[bool]) -> None:
        """Split CRF words that glue a name to a common word ("Thư_hỏi", "chắc_Thư").

        Inside a word, a lowercase syllable followed by a capitalised one always starts a new word;
        a capitalised syllable (not at a sentence start) followed by a lowercase one does too, unless
        the lowercased word is in the dictionary ("Bộ Ngoại_giao" keeps "Ngoại giao").
        """
        n = self.n
        cap, alpha, keys = self.cap, self.alpha, self.keys
        dic = None
        k = 0
        while k < n:
            e = k + 1
            while e < n and not starts[e]:
                e += 1
            if e - k >= 2 and not locked[k + 1]:
                for m in range(k + 1, e):
                    if locked[m] or not (alpha[m] and alpha[m - 1]):
                        continue
                    if cap[m] and not cap[m - 1]:
                        starts[m] = True
                    elif cap[m - 1] and not cap[m]:
                        if dic is None:
                            dic = words.dictionary()
                        a = m - 1
                        while a > k and cap[a - 1]:
                            a -= 1
                        if " ".join(keys[a:e]) not in dic and " ".join(keys[k:e]) not in dic:
                            starts[m] = True
            k = e

    def words(self) -> list[tuple[int, int]]:
        starts = list(self.word_start)
        n = self.n
        protected: list[tuple[int, int]] = []
        for i, (j, m) in self.g_other.items():
            if j - i > 1 or not self._unit_only(i, j):  # a bare unit word ("huyện") is no term to keep whole
                protected.append((i, j))
        for i, (j, m) in self.g_title.items():
            # a title term made of smaller terms ("Thứ trưởng" + "Bộ Ngoại giao") is not one word
            if not any(i <= k < j for k in self.g_other):
                protected.append((i, j))
        stack = list(self.ents)
        while stack:
            e = stack.pop()
            stack.extend(e.children)
            if e.protect or e.type == "PERSON":
                protected.append((e.i, e.j))
        # longest last so that it wins over the pieces it contains
        protected.sort(key=lambda p: (p[1] - p[0]))
        locked = [False] * n
        for i, j in protected:
            starts[i] = True
            for k in range(i + 1, j):
                starts[k] = False
                locked[k] = True
            if j < n:
                starts[j] = True
        self.case_rule(starts, locked)
        # a pronoun + "ta" is one word: "ông ta", "người ta", "chúng ta"
        for k in range(1, n):
            if self.keys[k] == "ta" and starts[k] and self.keys[k - 1] in TA_PRONOUNS and not locked[k - 1]:
                starts[k] = False
        out: list[tuple[int, int]] = []
        for k in range(n):
            a, b = self.spans[k]
            if starts[k] or not out:
                out.append((a, b))
            else:
                out[-1] = (out[-1][0], b)
        return out


def analyse(s: str, lex: Lexicon) -> tuple[list[tuple[int, int]], list[Entity]]:
    """Word spans and entities of the normalised line ``s`` (offsets into ``s``)."""
    line = _Line(s, lex)
    if line.n == 0:
        return [], []
    line.word_start = words.word_starts(s, line.spans)
    line.run()
    spans = line.spans
    out: list[Entity] = []
    built: dict[int, Entity] = {}

    def emit(e: Draft) -> None:
        if e.type == "CODE":
            return
        a, b = spans[e.i][0], spans[e.j - 1][1]
        title = built.get(id(e.title)) if e.title is not None else None
        ent = Entity(e.type, s[a:b], a, b, compose.stylize(e.en, lex.style), title, e.concept, e.norm)
        built[id(e)] = ent
        out.append(ent)

    flat: list[Draft] = []
    stack = list(line.ents)
    while stack:
        e = stack.pop()
        flat.append(e)
        stack.extend(e.children)
    if lex.style.gendered_titles:
        for e in flat:  # "bà" + a Chairman's post: "Chairwoman" in styles that write it
            if e.type == "PERSON" and e.female and e.title is not None and e.title.en:
                e.title.en = compose.feminine(e.title.en)
    flat.sort(key=lambda e: (e.i, -e.j, 0 if e.type == "TITLE" else 1))
    for e in flat:  # people last: their title (before or after them) must exist first
        if e.j > e.i and e.type != "PERSON":
            emit(e)
    for e in flat:
        if e.j > e.i and e.type == "PERSON":
            emit(e)
    out.sort(key=lambda x: (x.start, -x.end, 0 if x.type == "TITLE" else 1))
    return line.words(), out
