"""Shared pieces of the rule-based recogniser: glossary-derived lexicon, constants, entity drafts."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from ..glossary.matcher import Match, Matcher
from ..glossary.model import Concept, Glossary
from ..styles import HouseStyle, resolve_style
from ..text import strip_diacritics
from . import compose, lexicon
from .lexicon import key

TITLE_DOMAINS = frozenset({"title"})
ORG_DOMAINS = frozenset({"org", "party", "admin"})
PLACE_DOMAINS = frozenset({"place"})
LEGAL_DOMAINS = frozenset({"legal"})
PERSON_DOMAINS = frozenset({"person"})

#: Organisation heads that are whole names on their own ("Quốc hội", "Tỉnh ủy").
STANDALONE_ORGS = lexicon.phrase_set(
    "Quốc hội|Chính phủ|Bộ Chính trị|Ban Bí thư|Trung ương|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|"
    "Ủy ban nhân dân|Hội đồng nhân dân|Trung ương Đảng|Ban Chấp hành Trung ương|Quân ủy Trung ương|"
    "Văn phòng Chính phủ|Văn phòng Quốc hội|Văn phòng Trung ương Đảng|Mặt trận Tổ quốc|Ban Thường vụ|"
    "Quốc vụ viện|Thượng viện|Hạ viện|Nghị viện"
)
#: First syllables of every multi-word table phrase, to skip tokens that cannot start one.
FIRSTS = frozenset(
    k.split(" ")[0]
    for table in (lexicon.HONORIFICS, lexicon.ADMIN_UNITS, lexicon.TITLE_PREFIXES, lexicon.TRAPS, lexicon.TITLE_STEMS,
                  lexicon.ORG_HEADS, lexicon.PLACES, lexicon.COUNTRIES, lexicon.SURNAMES, STANDALONE_ORGS)
    for k in table
) | frozenset(compose.TITLE_PREFIX_EN) | frozenset({"tp.hcm", "tp.hcm.", "tphcm"})
IMPLIED_UNIT = {key(k): v for k, v in compose.IMPLIED_UNIT.items()}
TA_PRONOUNS = frozenset({"ông", "bà", "anh", "chị", "cô", "hắn", "người", "chúng"})
LONG_NAME_PREFIXES = frozenset({"y", "h'", "ksor", "rơ", "niê", "nay", "siu", "rah", "kpă", "byă"})
ORG_PHRASES = lexicon.ORG_HEADS | STANDALONE_ORGS
CONNECTORS = frozenset({"và", "-", "–", "của"})
CHAIN_SEPARATORS = frozenset({",", "kiêm"})
VIET_NAM = frozenset({key("Việt Nam"), key("Viet Nam")})
#: the spelling every house-style respelling is compared in ("Viet Nam", "Ha Noi")
_NEUTRAL = HouseStyle("neutral", "comparison only", country="Viet Nam", capital="Ha Noi")


VIET_SYLLABLE = re.compile(r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?")


def viet_syllable(k: str) -> bool:
    """True when ``k`` (lowercase) is shaped like one Vietnamese syllable."""
    return VIET_SYLLABLE.fullmatch(strip_diacritics(k)) is not None


def expand_abbreviations(text: str) -> str:
    """Abbreviations written out: "UBND tỉnh" → "Ủy ban nhân dân tỉnh", "BCH TW" → "Ban Chấp hành Trung ương"."""
    parts = text.split()
    return " ".join(lexicon.ABBREVIATIONS.get(p, p) for p in parts)


def max_len(table: frozenset[str]) -> int:
    return max((len(k.split()) for k in table), default=1) + 2


_PREFIXES: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _prefixes(table: frozenset[str]) -> frozenset[str]:
    """Every word-prefix of the phrases of ``table`` ("thủ tướng chính phủ" → "thủ", "thủ tướng", ...)."""
    hit = _PREFIXES.get(id(table))
    if hit is not None and hit[0] is table:
        return hit[1]
    out = set()
    for phrase in table:
        parts = phrase.split(" ")
        for n in range(1, len(parts) + 1):
            out.add(" ".join(parts[:n]))
    pre = frozenset(out)
    _PREFIXES[id(table)] = (table, pre)
    return pre


class Lexicon:
    """The glossary compiled for recognition: two matchers and term → concept tables."""

    def __init__(self, glossary: Glossary, style: "HouseStyle | None" = None):
        self.glossary = glossary
        self.style = style if style is not None else resolve_style(None)
        titles = Glossary({c.id: c for c in glossary if c.domain in TITLE_DOMAINS})
        others = Glossary({c.id: c for c in glossary if c.domain not in TITLE_DOMAINS})
        self.title_matcher = Matcher(titles, langs=["vi"])
        self.other_matcher = Matcher(others, langs=["vi"])
        #: key(vi term) → concept, for every vi term (preferred first)
        self.by_vi: dict[str, Concept] = {}
        for concept in glossary:
            for term in concept.terms_for("vi"):
                self.by_vi.setdefault(key(term.text), concept)
        self._heads: dict[str, str] | None = None
        self._bare: dict[str, str] | None = None
        self.max_title = max_len(lexicon.TITLE_STEMS)
        self.max_org = max_len(lexicon.ORG_HEADS)
        self.max_place = max_len(lexicon.PLACES | lexicon.COUNTRIES)

    def concept(self, text: str, domains: frozenset[str] | None = None) -> Concept | None:
        """The concept with a vi term equal to ``text`` (case/tone-insensitive), or via an abbreviation."""
        c = self.by_vi.get(key(text))
        if c is None:
            full = expand_abbreviations(text)
            if full != text:
                c = self.by_vi.get(key(full))
        if c is not None and domains is not None and c.domain not in domains:
            return None
        return c

    def head_en(self, text: str) -> str | None:
        """The English of a title head that has no glossary entry of its own, read off the glossary's
        composed titles: "Ủy viên" is "Member" because "Ủy viên Bộ Chính trị" is "Member of the
        Politburo" and "Bộ Chính trị" is "Politburo". A head + a body ("Ủy viên Thường vụ", "UVTV")
        composes: "Member of the Standing Board" (a "Thường vụ" is its body's Ban Thường vụ)."""
        if self._heads is None:
            self._heads = self._derive_heads()
        k = key(expand_abbreviations(text))
        if k in self._heads:
            return self._heads[k]
        parts = k.split(" ")
        for n in range(len(parts) - 1, 0, -1):
            head = self._heads.get(" ".join(parts[:n]))
            rest = " ".join(parts[n:])
            org = self.by_vi.get(rest) or (self.by_vi.get("ban " + rest) if rest == "thường vụ" else None)
            if head and org is not None and org.domain in ORG_DOMAINS and self.en(org):
                return compose.title_of(head, self.en(org))
        return None

    def _composed_titles(self):
        """(English preferred term, folded words of a Vietnamese term) of every title concept: the
        titles the head and bare-head votes read."""
        for c in self.glossary:
            if c.domain not in TITLE_DOMAINS:
                continue
            t = c.preferred("en")
            if t is None:
                continue
            for term in c.terms_for("vi"):
                yield t, key(term.text).split(" ")

    def _derive_heads(self) -> dict[str, str]:
        votes: dict[str, dict[str, int]] = {}
        for t, parts in self._composed_titles():
            for n in range(1, len(parts)):
                org = self.by_vi.get(" ".join(parts[n:]))
                if org is None or org.domain not in ORG_DOMAINS:
                    continue
                o = org.preferred("en")
                head = compose.strip_org(t.text, o.text if o is not None else None)
                if head:
                    d = votes.setdefault(" ".join(parts[:n]), {})
                    d[head] = d.get(head, 0) + 1
        out: dict[str, str] = {}
        for h, d in votes.items():  # a head read off one title only is no rule ("Viện trưởng")
            best = max(d, key=lambda x: (d[x], x))
            if h not in self.by_vi and "," not in h and d[best] >= 2 and d[best] * 2 > sum(d.values()):
                out[h] = best
        return out

    def bare_head(self, concept_id: str | None) -> str | None:
        """The English of a title head written bare before a name, when the glossary's own English for
        it carries a qualifier that its composed titles replace by a country: "Tổng thống" is "President
        of the Republic" as a concept, but "Tổng thống Nga" is "President of Russia" and "Tổng thống
        Pháp" "President of France", so "Tổng thống Vladimir Putin" is "President" (the country is the
        context's). Read off at least two composed titles, a clear majority; ``None`` otherwise."""
        if self._bare is None:
            self._bare = self._derive_bare()
        return self._bare.get(concept_id) if concept_id else None

    def _derive_bare(self) -> dict[str, str]:
        votes: dict[str, dict[str, int]] = {}
        for t, parts in self._composed_titles():
            for n in range(1, len(parts)):
                head = self.by_vi.get(" ".join(parts[:n]))
                where = self.by_vi.get(" ".join(parts[n:]))
                if head is None or head.domain not in TITLE_DOMAINS or where is None \
                        or where.domain not in PLACE_DOMAINS:
                    continue
                w = where.preferred("en")
                if w is None:
                    continue
                for tail in (f" of {compose.country_name(w.text)}", f" of {w.text}"):
                    if t.text.endswith(tail) and len(t.text) > len(tail):
                        d = votes.setdefault(head.id, {})
                        d[t.text[: -len(tail)]] = d.get(t.text[: -len(tail)], 0) + 1
                        break
        out: dict[str, str] = {}
        for cid, d in votes.items():
            best = max(d, key=lambda x: (d[x], x))
            own = self.glossary.get(cid)
            own_en = own.preferred("en") if own is not None else None
            if d[best] >= 2 and d[best] * 2 > sum(d.values()) and own_en is not None \
                    and own_en.text.startswith(best + " of ") and len(self.glossary.get(cid).terms_for("vi")) > 0:
                out[cid] = best
        return out

    def with_style(self, style: HouseStyle) -> "Lexicon":
        """The same compiled lexicon rendering in another house style (shares the matchers)."""
        other = copy.copy(self)
        other.style = style
        return other

    def en(self, concept: Concept | None) -> str | None:
        """The concept's preferred English under this lexicon's house style (glossary ``styles``)."""
        if concept is None:
            return None
        t = concept.preferred("en", style=self.style.id)
        if t is None:
            return None
        if "Viet" in t.text or "Ha" in t.text:
            base = concept.preferred("en")
            if base is not None and base is not t and _respells(t.text, concept, base.text):
                return base.text  # the style term only respells an admitted alternative
        return t.text


def _spelling(text: str) -> str:
    return compose.stylize(text, _NEUTRAL) or text


def _respells(text: str, concept: Concept, preferred: str) -> bool:
    """True when ``text`` is another English term of ``concept`` in a house style's spelling of the
    country or the capital ("General Secretary of the Communist Party of Vietnam" beside the admitted
    "… of Viet Nam"), and not the preferred term's: such a style tag says how the style spells that
    alternative, not that the style prefers it to the preferred term ("General Secretary")."""
    folded = _spelling(text)
    if folded == _spelling(preferred):
        return False
    return any(u.text != text and _spelling(u.text) == folded for u in concept.terms_for("en"))


@dataclass(slots=True)
class Draft:
    """An entity under construction, in token indices of the current line."""

    type: str
    i: int
    j: int
    en: str | None = None
    concept: str | None = None
    norm: str | None = None
    title: "Draft | None" = None
    protect: bool = False
    children: list["Draft"] = field(default_factory=list)
    #: a person the source calls "bà" (gendered title renderings in house styles that use them)
    female: bool = False


class LineBase:
    """The state the rule mixins share (set by ``recognize._Line``) and small helpers over it."""

    s: str
    lex: Lexicon
    n: int
    spans: list[tuple[int, int]]
    forms: list[str]
    keys: list[str]
    cap: list[bool]
    alpha: list[bool]
    abbr: list[bool]
    word_start: list[bool]
    g_other: dict[int, tuple[int, Match]]
    g_title: dict[int, tuple[int, Match]]
    ents: list[Draft]
    appositive: tuple[int, Draft] | None
    #: " of <country>" when the title unit just read ended with a foreign country
    country_suffix: str = ""
    #: > 0 while the qualifiers of a title are read (a foreign name in Latin script then ends them)
    in_title: int = 0

    def text(self, i: int, j: int) -> str:
        return self.s[self.spans[i][0]:self.spans[j - 1][1]]

    def phrase(self, i: int, table: frozenset[str], maxlen: int) -> int:
        """End index of the longest phrase of ``table`` starting at token ``i`` (or -1)."""
        if i >= self.n:
            return -1
        hit = _PREFIXES.get(id(table))
        prefixes = hit[1] if hit is not None and hit[0] is table else _prefixes(table)
        k = self.keys[i]
        if k not in prefixes:
            return -1
        best = i + 1 if k in table else -1
        acc = k
        for j in range(i + 1, min(self.n, i + maxlen)):
            acc = acc + " " + self.keys[j]
            if acc not in prefixes:
                break
            if acc in table:
                best = j + 1
        return best

    def is_name_syllable(self, i: int) -> bool:
        return i < self.n and self.cap[i] and self.alpha[i] and not self.abbr[i]

    def cap_run(self, i: int, limit: int = 6) -> int:
        j = i
        while j < self.n and j - i < limit and self.is_name_syllable(j):
            j += 1
        return j

    def add(self, e: Draft) -> Draft:
        self.ents.append(e)
        return e
