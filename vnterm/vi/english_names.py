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
from itertools import accumulate, compress, count
from typing import Iterable

from ..text import _INVISIBLE, normalize, strip_diacritics

__all__ = [
    "NameMention", "find_vietnamese_names", "name_spans", "known_keys", "name_key", "is_vietnamese_syllable",
    "vietnamese_lines", "SURNAMES",
]


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


@lru_cache(maxsize=65536)
def _subruns(run: str, left: bool, right: bool) -> tuple[tuple[tuple[int, int, str], ...], ...]:
    """The sub-runs of one regex run (offsets relative to the run's start).

    ``left``: a letter precedes the run, so its first word is the tail of a longer one ("iPhone");
    ``right``: a letter follows it, so its last word is the head of a longer one.
    """
    base = 0
    if left:
        cut = run.find(" ") if " " in run else len(run)
        base, run = cut + 1, run[cut + 1 :]
    if run and right:
        run = run[: max(0, run.rfind(" "))]
    if not run:
        return ()
    return tuple(tuple((base + s, base + e, w) for s, e, w in sub) for sub in _split_run(run))


def _is_letter(c: str) -> bool:
    return c.isalpha() or c.isdigit() or c == "_"


@lru_cache(maxsize=65536)
def _has_marks(word: str) -> bool:
    return strip_diacritics(word) != word


def known_keys(known: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """The lookup keys of names passed as ``known`` (any spelling): lower-case romanised syllables."""
    return frozenset(tuple(name_key(k).lower().split()) for k in known if k.strip())


def find_vietnamese_names(text: str, known: Iterable[str] = ()) -> list[NameMention]:
    """Vietnamese names in ``text``, left to right. ``known`` adds names (any spelling) to recognise."""
    return [NameMention(*m) for m in name_spans(text, known_keys(known))]


#: runs of capitalised Latin words separated by one space (a cheap pre-filter; syllables checked
#: after), as one capturing group for :meth:`re.Pattern.split`. A syllable has at most 7 letters, so
#: longer capitalised words never start or continue a run (possessive repeats: such a word fails at
#: once, without backtracking).
_RUN_SPLIT_RE = re.compile(
    f"([{_UP}][{_LOW}]{{0,6}}+(?![{_LOW}])(?:[ \u00a0][{_UP}][{_LOW}]{{0,6}}+(?![{_LOW}]))*)"
)


@dataclass(frozen=True, slots=True)
class _RunClass:
    """What a run of capitalised words can yield, whatever surrounds it."""

    marked: bool  # some word carries diacritics
    #: every sub-run is a single word without diacritics: a name only when that word is a known key
    singles_only: bool
    lowered: frozenset[str]  # its words, lower case
    stripped: frozenset[str]  # its words, lower case without diacritics


_CLASSES: dict[str, _RunClass] = {}


def _classify(run: str) -> _RunClass:
    cls = _CLASSES.get(run)
    if cls is None:
        subs = _split_run(run)
        words = [w for sub in subs for _, _, w in sub]
        marked = any(_has_marks(w) for w in words)
        cls = _RunClass(marked, not marked and all(len(sub) == 1 for sub in subs),
                        frozenset(w.lower() for w in words), frozenset(strip_diacritics(w).lower() for w in words))
        if len(_CLASSES) > 200_000:
            _CLASSES.clear()
        _CLASSES[run] = cls
    return cls


def vietnamese_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` written in Vietnamese: captions and quotes that portals keep
    inside English copy ("Thứ trưởng Bộ Ngoại giao ... phát biểu tại buổi làm việc. Ảnh: TG").

    A line is Vietnamese when at least two of its words are lower-case Vietnamese syllables with
    diacritics and they make up a fifth of its words or more; English copy that borrows a word or
    two ("a red áo dài") stays English. Names in such a line are not English copy.
    """
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        span, start = (start, end), end + 1
        if line.isascii():
            continue
        if not unicodedata.is_normalized("NFC", line):
            line = unicodedata.normalize("NFC", line)  # (the span is the whole line either way)
        # about one letter in three carries a mark in Vietnamese, a few per paragraph in English copy
        # that names people and places: count them first, look at the words only where it may pay
        if len(_MARKED_LOWER_RE.findall(line)) * 25 < len(line):
            continue
        words = _WORD_RE.findall(line)
        marked = sum(1 for w in words if w.islower() and not w.isascii() and _is_marked_syllable(w))
        if marked >= 2 and marked * 5 >= len(words):
            out.append(span)
    return out


_MARKED_LOWER_RE = re.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]")


@lru_cache(maxsize=65536)
def _is_marked_syllable(word: str) -> bool:
    return _has_marks(word) and is_vietnamese_syllable(word)


@lru_cache(maxsize=65536)
def _marked(sub: tuple[tuple[int, int, str], ...], run: str) -> tuple[int, int, str, str] | None:
    """The mention a sub-run with diacritics makes (offsets relative to ``run``), or None."""
    while len(sub) > 1 and not _has_marks(sub[0][2]) and sub[0][2].lower() in _LEFT_TRIM:
        sub = sub[1:]
    if sub[0][2].lower() == "tiếng":
        return None  # "Tiếng Việt", "Tiếng Anh": a language (a portal's language switch), not a name
    if len(sub) == 1 and not _VI_SPECIFIC_RE.search(sub[0][2]):
        return None  # one word with marks other languages use too ("São", "Hà"): not evidence
    start, end = sub[0][0], sub[-1][1]
    surface = run[start:end]
    return start, end, surface, name_key(surface)


def _plain_mentions(sub: tuple[tuple[int, int, str], ...], keys: set[tuple[str, ...]], longest: int,
                    run: str) -> list[tuple[int, int, str, str]]:
    """Mentions in a sub-run without diacritics (offsets relative to ``run``)."""
    out: list[tuple[int, int, str, str]] = []
    if len(sub) == 1 and (sub[0][2].lower(),) not in keys:
        return out  # one plain word ("The", "Hai") is a name only when known
    words = [w.lower() for _, _, w in sub]
    i = 0
    while i < len(sub):
        hit = 0
        for n in range(min(longest, len(sub) - i), 0, -1):
            if tuple(words[i : i + n]) in keys:
                hit = n
                break
        if hit:
            out.append(_relative(run, sub[i : i + hit]))
            i += hit
            continue
        rest = words[i:]
        if rest[0] in SURNAMES and 2 <= len(rest) <= 5 and not any(w in _ENGLISH_SYLLABLES for w in rest[1:]):
            out.append(_relative(run, sub[i:]))
            break
        i += 1
    return out


def _relative(run: str, tokens: tuple[tuple[int, int, str], ...]) -> tuple[int, int, str, str]:
    start, end = tokens[0][0], tokens[-1][1]
    surface = run[start:end]
    return start, end, surface, name_key(surface)


class _Letters(dict):
    """``_is_letter`` per character, filled as characters are seen."""

    def __missing__(self, c: str) -> bool:
        value = self[c] = _is_letter(c)
        return value


_LETTERS = _Letters()


def _clean(text: str) -> bool:
    """True when :func:`normalize` (no tone, no punctuation) would return ``text`` unchanged."""
    return text.isascii() or (
        not any(c in text for c in _INVISIBLE) and unicodedata.is_normalized("NFC", text)
    )


def name_spans(text: str, keys: Iterable[tuple[str, ...]] = ()) -> list[tuple[int, int, str, str, bool]]:
    """``(start, end, text, key, has_diacritics)`` of every name in ``text``, left to right.

    The engine behind :func:`find_vietnamese_names`; ``keys`` come from :func:`known_keys`. One
    regular-expression split finds the runs of capitalised words; what a run yields is worked out
    once per distinct run (and context), so the cost stays close to that of the split.
    """
    source = text
    # NFC, invisible characters out; offsets map back to ``source``
    norm = None if _clean(text) else normalize(text, tone=None, unify_punctuation=False)
    if norm is not None:
        text = norm.text
    parts = _RUN_SPLIT_RE.split(text)
    runs = parts[1::2]
    if not runs:
        return []
    keys = set(keys)
    classes = {r: _classify(r) for r in set(runs)}
    # runs that can yield a name: any but lone plain words, which need a single-word key (known, or
    # possibly written with diacritics here: a superset is enough, the keys decide below)
    singles = {k[0] for k in keys if len(k) == 1}
    singles.update(w for r, c in classes.items() if c.marked for w in c.stripped)
    wanted = {r for r, c in classes.items() if not c.singles_only or not c.lowered.isdisjoint(singles)}
    ends = list(accumulate(map(len, parts)))  # runs[k] starts at ends[2 * k]
    n = len(text)
    letter = _LETTERS
    marked: list[tuple[int, int, str, str, bool]] = []
    plain: list[tuple[int, tuple[tuple[int, int, str], ...], str]] = []
    for k in compress(count(), map(wanted.__contains__, runs)):
        run = runs[k]
        start = ends[2 * k]
        end = start + len(run)
        with_marks, without = _entries(run, start > 0 and letter[text[start - 1]], end < n and letter[text[end]])
        for s, e, surface, key, kt in with_marks:
            marked.append((start + s, start + e, surface, key, True))
            keys.add(kt)
        for sub in without:
            plain.append((start, sub, run))
    longest = max((len(k) for k in keys), default=0)
    mentions = marked
    done: dict[int, list[tuple[int, int, str, str]]] = {}  # by id(sub): subs stay referenced in ``plain``
    for start, sub, run in plain:
        found = done.get(id(sub))
        if found is None:
            found = done[id(sub)] = _plain_mentions(sub, keys, longest, run)
        for s, e, surface, key in found:
            mentions.append((start + s, start + e, surface, key, False))
    mentions.sort()  # by start: mentions never share one
    if norm is None or norm.text == source:
        return mentions
    out = []
    for start, end, _, key, has in mentions:
        start, end = norm.span_to_original(start, end)
        out.append((start, end, source[start:end], key, has))
    return out


@lru_cache(maxsize=65536)
def _entries(run: str, left: bool, right: bool) -> tuple[tuple[tuple[int, int, str, str, tuple[str, ...]], ...],
                                                        tuple[tuple[tuple[int, int, str], ...], ...]]:
    """A run's mentions with diacritics (with their keys) and its sub-runs without diacritics."""
    with_marks = []
    without = []
    for sub in _subruns(run, left, right):
        if any(_has_marks(w) for _, _, w in sub):
            hit = _marked(sub, run)
            if hit is not None:
                with_marks.append((*hit, tuple(hit[3].lower().split())))
        else:
            without.append(sub)
    return tuple(with_marks), tuple(without)


