"""Find Vietnamese person and place names in English copy, with or without diacritics.

A name is a run of capitalised Vietnamese syllables ("Hải Phòng", "Tran Thi Quynh Trang",
"Trạng Trình Nguyễn Bỉnh Khiêm"). Each mention gets a canonical ``key``: the romanised syllables in
title case ("Hai Phong"), so "Hải Phòng" and "Hai Phong" share a key.

Evidence, strongest first:

* a run with Vietnamese diacritics whose every token is a valid Vietnamese syllable is a name;
* an undiacritised run counts where it spells a key already known: one written with diacritics in
  the same document, or one passed in ``known`` (glossary names);
* otherwise an undiacritised run of two or more valid syllables starting with a common surname
  ("Ngo Le Van", "Le Thi Hong Van") counts as a person name.

The finder is pure Python and regex based: cost grows with the text length only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..text import normalize, strip_diacritics

__all__ = ["NameMention", "find_vietnamese_names", "name_key", "is_vietnamese_syllable", "SURNAMES"]


@dataclass(frozen=True, slots=True)
class NameMention:
    """A Vietnamese name found in English text; ``start``/``end`` index the text as given."""

    start: int
    end: int
    text: str
    key: str
    has_diacritics: bool


#: Common Vietnamese family names, romanised (about 95% of the population carries one of these).
SURNAMES: frozenset[str] = frozenset(
    """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh mai trinh
    lam luong ha cao dao doan vuong trieu ton lai chu ta quach kieu thai luu khuat tong nghiem
    phung tang thach ung hua diep mac kim giap lu la au dam khong van""".split()
)

#: English words that are also valid Vietnamese syllables; a surname-led run without other evidence
#: that contains one of them is not taken as a name ("Do Not Enter", "Le Monde").
_ENGLISH_SYLLABLES: frozenset[str] = frozenset(
    """a an and as at be by do go he if in it me my no not of on or so the to up us we
    can men ten tin long bang ban tan con cat hung toy tom tim dan don den hang
    thin then than that this them these thus hi oh yes may""".split()
)
_LEFT_TRIM: frozenset[str] = frozenset(
    """the then than that this them these thus there their they in on at of to and for by from with as so if
    it he me we be do no go up us my or yes may can not when where while who why how our his her its
    mr mrs ms dr""".split()
)

_ONSET = "(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x)?"
#: vowel clusters (diacritics stripped) that take no final consonant
_OPEN = "(?:oai|oao|oay|oeo|uai|uay|uoi|uou|uya|uyu|ieu|yeu|ai|ao|au|ay|eo|eu|ia|iu|oi|ua|ui|uu|ya)"
#: vowel clusters that may take a final consonant
_CLOSABLE = "(?:uye|oa|oe|oo|ie|ye|uo|uy|ue|ua|a|e|i|o|u|y)"
_FINAL = "(?:ch|nh|ng|c|m|n|p|t)"
_SYLLABLE_RE = re.compile(f"^{_ONSET}(?:{_OPEN}|{_CLOSABLE}{_FINAL}?)$")

#: letters of the Vietnamese alphabet after removing tone marks (lower case)
_VI_BASES = set("abcdeghiklmnopqrstuvxyăâđêôơư")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

#: marks found in Vietnamese but not in the major European orthographies
_VI_SPECIFIC_RE = re.compile("[ơưăđƠƯĂĐ]|[ảẻỉỏủỷẢẺỈỎỦỶạẹịọụỵẠẸỊỌỤỴẽĩũỹẼĨŨỸ]|[ấầẩẫậếềểễệốồổỗộẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘ]|[ờớởỡợừứửữựỜỚỞỠỢỪỨỬỮỰằắẳẵặẰẮẲẴẶ]")

#: a capitalised word: an upper-case letter then lower-case letters (Latin with diacritics)
_WORD_RE = re.compile(r"[^\W\d_][^\W\d_]*", re.UNICODE)


def _vietnamese_letters(word: str) -> bool:
    """True when every letter of ``word`` is a Vietnamese letter with at most one tone mark."""
    for ch in word.lower():
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        if base not in _VI_BASES:
            return False
        if sum(1 for c in d if c in _TONES) > 1:
            return False
    return True


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """True when ``word`` (any case, with or without diacritics) spells a Vietnamese syllable."""
    if not word or len(word) > 7 or not _vietnamese_letters(word):
        return False
    return bool(_SYLLABLE_RE.match(strip_diacritics(word).lower()))


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The canonical form of a name: romanised, one space between syllables, title case."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in strip_diacritics(unicodedata.normalize("NFC", text)).split())


def _is_capitalised(word: str) -> bool:
    return word[0].isupper() and (len(word) == 1 or word[1:].islower())


def _letter_classes() -> tuple[str, str]:
    upper, lower = ["A-Z"], ["a-z"]
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        c = chr(cp)
        if c.isupper():
            upper.append(c)
        elif c.islower():
            lower.append(c)
    return "".join(upper), "".join(lower)


_UP, _LOW = _letter_classes()
#: runs of capitalised Latin words separated by one space (a cheap pre-filter; syllables checked after)
#: (a syllable has at most 7 letters, so longer capitalised words never start or continue a run)
_RUN_RE = re.compile(f"[{_UP}][{_LOW}]{{0,6}}(?![{_LOW}])(?:[ \u00a0][{_UP}][{_LOW}]{{0,6}}(?![{_LOW}]))*")
_TOKEN_RE = re.compile(f"[{_UP}][{_LOW}]*")


@lru_cache(maxsize=65536)
def _split_run(run: str) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """The sub-runs of valid syllables in a run of capitalised words (offsets relative to the run)."""
    out: list[tuple[tuple[int, int, str], ...]] = []
    cur: list[tuple[int, int, str]] = []
    for t in _TOKEN_RE.finditer(run):
        word = t.group()
        if is_vietnamese_syllable(word):
            cur.append((t.start(), t.end(), word))
        elif cur:
            out.append(tuple(cur))
            cur = []
    if cur:
        out.append(tuple(cur))
    return tuple(out)


def _runs(text: str) -> Iterable[list[tuple[int, int, str]]]:
    """Maximal runs of capitalised Vietnamese syllables separated by single spaces."""
    n = len(text)
    for m in _RUN_RE.finditer(text):
        base, end = m.start(), m.end()
        run = m.group()
        if base and _is_letter(text[base - 1]):  # the first word is the tail of a longer one ("iPhone")
            cut = run.find(" ") if " " in run else len(run)
            base, run = base + cut + 1, run[cut + 1 :]
        if run and end < n and _is_letter(text[end]):  # the last word is the head of a longer one
            run = run[: max(0, run.rfind(" "))]
        if not run:
            continue
        for sub in _split_run(run):
            yield [(base + s, base + e, w) for s, e, w in sub]


def _is_letter(c: str) -> bool:
    return c.isalpha() or c.isdigit() or c == "_"


@lru_cache(maxsize=65536)
def _has_marks(word: str) -> bool:
    return strip_diacritics(word) != word


def find_vietnamese_names(text: str, known: Iterable[str] = ()) -> list[NameMention]:
    """Vietnamese names in ``text``, left to right. ``known`` adds names (any spelling) to recognise."""
    source = text
    # NFC, invisible characters out; offsets map back to ``source``
    norm = normalize(text, tone=None, unify_punctuation=False)
    text = norm.text
    runs = list(_runs(text))
    mentions: list[NameMention] = []
    keys: set[tuple[str, ...]] = {tuple(name_key(k).lower().split()) for k in known if k.strip()}
    plain_runs: list[list[tuple[int, int, str]]] = []
    for run in runs:
        if any(_has_marks(w) for _, _, w in run):
            while len(run) > 1 and not _has_marks(run[0][2]) and run[0][2].lower() in _LEFT_TRIM:
                run = run[1:]
            if len(run) == 1 and not _VI_SPECIFIC_RE.search(run[0][2]):
                continue  # one word with marks other languages use too ("São", "Hà"): not evidence
            start, end = run[0][0], run[-1][1]
            surface = text[start:end]
            mentions.append(NameMention(start, end, surface, name_key(surface), True))
            keys.add(tuple(name_key(surface).lower().split()))
        else:
            plain_runs.append(run)
    longest = max((len(k) for k in keys), default=0)
    for run in plain_runs:
        if len(run) == 1 and (run[0][2].lower(),) not in keys:
            continue  # one plain word ("The", "Hai") is a name only when known
        words = [w.lower() for _, _, w in run]
        i = 0
        while i < len(run):
            hit = 0
            for n in range(min(longest, len(run) - i), 0, -1):
                if tuple(words[i : i + n]) in keys:
                    hit = n
                    break
            if hit:
                mentions.append(_plain(text, run[i : i + hit]))
                i += hit
                continue
            rest = words[i:]
            if (
                rest[0] in SURNAMES
                and 2 <= len(rest) <= 5
                and not any(w in _ENGLISH_SYLLABLES for w in rest[1:])
            ):
                mentions.append(_plain(text, run[i:]))
                break
            i += 1
    mentions.sort(key=lambda m: m.start)
    if norm.text is source or norm.text == source:
        return mentions
    out = []
    for m in mentions:
        start, end = norm.span_to_original(m.start, m.end)
        out.append(NameMention(start, end, source[start:end], m.key, m.has_diacritics))
    return out


def _plain(text: str, tokens: list[tuple[int, int, str]]) -> NameMention:
    start, end = tokens[0][0], tokens[-1][1]
    surface = text[start:end]
    return NameMention(start, end, surface, name_key(surface), False)
