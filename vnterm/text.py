"""Text normalisation with an offset map back into the input.

Every function that changes text for matching returns a :class:`Normalized`: the new string and,
for each of its characters, the index of the input character it came from. Findings are always
reported in the user's original offsets, never in a normalised copy.

Vocabulary:

* **normalise** — NFC, one tone-mark placement style, quote/apostrophe/dash/space variants unified,
  invisible format characters removed. Case and diacritics are kept.
* **fold** — normalise, then drop case and diacritics (Đ/đ → d), hyphens become spaces and runs of
  white space collapse: the key the matcher and lookups compare.
* **mark key** — normalise to the new tone style and lowercase, keeping diacritics: tells whether two
  spellings differ only in case/tone placement or also in their diacritics.
* **romanise** — the English-copy form of a Vietnamese name: diacritics dropped, case kept
  ("Đà Nẵng" → "Da Nang").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

ToneStyle = Literal["new", "old"]

__all__ = [
    "Normalized",
    "ToneStyle",
    "normalize",
    "fold",
    "fold_key",
    "mark_key",
    "romanize",
    "to_tone_style",
    "has_diacritics",
    "strip_diacritics",
]


@dataclass(frozen=True, slots=True)
class Normalized:
    """A transformed string and, per character, its source index in the original input.

    ``offsets`` is ``None`` when the transformation kept every character in place (identity map),
    which is the fast, common case. ``source_length`` is the length of the original input.
    """

    text: str
    offsets: tuple[int, ...] | None
    source: str

    @property
    def source_length(self) -> int:
        return len(self.source)

    def to_original(self, index: int) -> int:
        """Map a start index in :attr:`text` (0..len) back to an index in the original input."""
        if self.offsets is None:
            return index
        if index >= len(self.offsets):
            return self.source_length
        return self.offsets[index]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of :attr:`text` to the smallest original span that produced it."""
        if self.offsets is None:
            return start, end
        if end <= start:
            o = self.to_original(start)
            return o, o
        first = self.offsets[start]
        last = self.offsets[end - 1] + _source_width(self, end - 1)
        # characters dropped after the span (spaces, invisibles) do not belong to it; marks do
        while last - 1 > first and _droppable(self.source[last - 1]) and not _droppable(self.text[end - 1]):
            last -= 1
        return first, last


def _source_width(norm: Normalized, index: int) -> int:
    """How many original characters the output character at ``index`` stands for (≥ 1)."""
    offsets = norm.offsets
    assert offsets is not None
    here = offsets[index]
    j = index + 1
    while j < len(offsets) and offsets[j] == here:
        j += 1
    nxt = offsets[j] if j < len(offsets) else norm.source_length
    return max(1, nxt - here)


def _droppable(c: str) -> bool:
    return c.isspace() or c in _INVISIBLE


def _compose(outer: tuple[int, ...] | None, inner: tuple[int, ...] | None) -> tuple[int, ...] | None:
    """Compose two offset maps: ``inner`` maps step-2 output → step-1 output, ``outer`` step-1 → input."""
    if inner is None:
        return outer
    if outer is None:
        return inner
    n = len(outer)
    return tuple(outer[i] if i < n else (outer[-1] + 1 if n else 0) for i in inner)


# --- character tables ---------------------------------------------------------------------------

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
    "\u00b4": "'", "\u0060": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"',
}
_DASHES = {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"}
_SPACES = {
    c: " "
    for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
}
#: Invisible format characters dropped by normalisation (zero-width space/joiners, soft hyphen, BOM).
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")

_PUNCT_TABLE = str.maketrans({**_QUOTES, **_DASHES, **_SPACES})


def _strip_char(c: str) -> str:
    if c in "Đđ":
        return "D" if c == "Đ" else "d"
    base = "".join(ch for ch in unicodedata.normalize("NFD", c) if not unicodedata.combining(ch))
    return base if len(base) == 1 else c


def _latin_strip_table(lower: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        c = chr(cp)
        s = _strip_char(c)
        if lower:
            s = s.lower()
            if len(s) != 1:
                continue
        if s != c:
            table[cp] = s
    return table


_ROMAN_TABLE = _latin_strip_table(lower=False)
_FOLD_TABLE: dict[int, str | None] = dict(_latin_strip_table(lower=True))
_FOLD_TABLE[0x0130] = "i"  # the one character whose lower() is two characters long
for _c in "\t\n\r\x0b\x0c\x85\u2028\u2029":
    _FOLD_TABLE[ord(_c)] = " "
_FOLD_TABLE[ord("-")] = " "

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")


# --- generic per-character rewriting with offsets -----------------------------------------------

def _clusters(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into (start, end) spans of a base character and the marks that follow it."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or 0x1160 <= ord(text[j]) <= 0x11FF):
            j += 1
        spans.append((i, j))
        i = j
    return spans


def _nfc_with_offsets(text: str) -> Normalized:
    if unicodedata.is_normalized("NFC", text):
        return Normalized(text, None, text)
    parts: list[str] = []
    offsets: list[int] = []
    for start, end in _clusters(text):
        piece = unicodedata.normalize("NFC", text[start:end])
        parts.append(piece)
        offsets.extend([start] * len(piece))
    out = "".join(parts)
    if not unicodedata.is_normalized("NFC", out):  # composition across clusters (rare scripts)
        out2 = unicodedata.normalize("NFC", out)
        # Fall back to a coarse but valid map: proportional positions clamp inside the input.
        offsets = [min(offsets[min(i, len(offsets) - 1)], len(text) - 1) for i in range(len(out2))]
        out = out2
    return Normalized(out, tuple(offsets), text)


def _delete_chars(text: str, pattern: re.Pattern[str]) -> Normalized:
    if not pattern.search(text):
        return Normalized(text, None, text)
    keep = [i for i, c in enumerate(text) if not pattern.match(c)]
    return Normalized("".join(text[i] for i in keep), tuple(keep), text)


_MULTISPACE_RE = re.compile(r"  +|^ | $")


def _collapse_spaces(text: str) -> Normalized:
    """Collapse runs of spaces to one and trim them at the ends (the fold key's white space)."""
    if not _MULTISPACE_RE.search(text):
        return Normalized(text, None, text)
    out: list[str] = []
    keep: list[int] = []
    prev_space = True
    for i, c in enumerate(text):
        if c == " ":
            if prev_space:
                continue
            prev_space = True
        else:
            prev_space = False
        out.append(c)
        keep.append(i)
    if out and out[-1] == " ":
        out.pop()
        keep.pop()
    return Normalized("".join(out), tuple(keep), text)


# --- tone placement -----------------------------------------------------------------------------

def _tone_chars(base_lower: str) -> str:
    chars = []
    for b in base_lower:
        chars.append(b)
        for m in _TONE_MARKS:
            composed = unicodedata.normalize("NFC", b + m)
            chars.append(composed)
    return "".join(chars)


def _class(bases: str) -> str:
    s = _tone_chars(bases)
    return s + s.upper()


_TONE_PAIR_RE = re.compile(
    "(?<![\\w\u0300-\u036f])" "([^\\W\\d_]*?)"  # onset consonants (checked in code)
    f"([{_class('o')}][{_class('ae')}]|[{_class('u')}][{_class('y')}])"
    "(?![\\w\u0300-\u036f])"  # a following mark would compose with the moved-off letter
)


def _split_tone(c: str) -> tuple[str, str | None]:
    d = unicodedata.normalize("NFD", c)
    tone = next((m for m in d if m in _TONE_MARKS), None)
    base = unicodedata.normalize("NFC", "".join(m for m in d if m not in _TONE_MARKS))
    return base, tone


def _retone_pair(onset: str, pair: str, style: ToneStyle) -> str:
    low = onset.lower()
    if low.endswith("q"):
        return pair
    if any(_split_tone(c)[0].lower() in _VOWELS for c in onset):
        return pair  # the pair is part of a longer vowel cluster, where both styles agree
    (b1, t1), (b2, t2) = _split_tone(pair[0]), _split_tone(pair[1])
    tone = t1 or t2
    if tone is None:
        return pair
    if style == "new":
        return unicodedata.normalize("NFC", b1 + tone) + b2
    return b1 + unicodedata.normalize("NFC", b2 + tone)


def to_tone_style(text: str, style: ToneStyle) -> str:
    """Move tone marks in open ``oa``/``oe``/``uy`` syllables to one placement style.

    ``"new"``: hòa, khỏe, thủy, Ủy; ``"old"``: hoà, khoẻ, thuỷ, Uỷ. Syllables with a final consonant
    or a third vowel (hoàng, ngoài, khuỷu) and ``qu``-syllables (quý) are the same in both styles and
    are left alone, as are ``ua``/``ưa`` (của, chùa). The input must be NFC; the output has the same
    length, character for character.
    """

    def repl(m: re.Match[str]) -> str:
        return m.group(1) + _retone_pair(m.group(1), m.group(2), style)

    return _TONE_PAIR_RE.sub(repl, text)


# --- public API ---------------------------------------------------------------------------------

def normalize(text: str, *, tone: ToneStyle | None = "new", unify_punctuation: bool = True) -> Normalized:
    """NFC, tone style, unified quotes/dashes/spaces, invisible characters removed; with offsets."""
    step = _nfc_with_offsets(text)
    offsets = step.offsets
    s = step.text
    invisible = _delete_chars(s, _INVISIBLE_RE)
    offsets = _compose(offsets, invisible.offsets)
    s = invisible.text
    if tone is not None:
        s = to_tone_style(s, tone)
    if unify_punctuation:
        s = s.translate(_PUNCT_TABLE)
    return Normalized(s, offsets, text)


def fold(text: str) -> Normalized:
    """The matching key of ``text`` with offsets: no case, no diacritics, hyphens as spaces, single spaces."""
    norm = normalize(text, tone=None)
    s = norm.text.translate(_FOLD_TABLE).lower()
    offsets = norm.offsets
    if len(s) != len(norm.text):  # pragma: no cover - guarded by the table, kept as a safety net
        raise AssertionError("fold table must be length preserving")
    # combining marks that did not compose into a precomposed letter
    if any(unicodedata.combining(c) for c in s if ord(c) >= 0x300):
        stripped = _delete_chars(s, _COMBINING_RE)
        offsets = _compose(offsets, stripped.offsets)
        s = stripped.text
    collapsed = _collapse_spaces(s)
    offsets = _compose(offsets, collapsed.offsets)
    return Normalized(collapsed.text, offsets, text)


_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_key(text: str) -> str:
    """Just the folded string of :func:`fold` (for dictionary keys)."""
    return fold(text).text


def mark_key(text: str) -> str:
    """Lowercase, NFC, new tone style, unified punctuation and spaces; diacritics kept."""
    s = normalize(text, tone="new").text.lower()
    s = s.replace("-", " ")
    return " ".join(s.split())


def strip_diacritics(text: str) -> str:
    """Drop diacritics and map Đ/đ to D/d, keeping case and everything else (after NFC)."""
    s = unicodedata.normalize("NFC", text).translate(_ROMAN_TABLE)
    if any(unicodedata.combining(c) for c in s):
        s = _COMBINING_RE.sub("", s)
    return s


def romanize(text: str) -> str:
    """The English-copy form of a Vietnamese name: "Ngô Lê Văn" → "Ngo Le Van", "Đà Nẵng" → "Da Nang"."""
    return strip_diacritics(normalize(text, tone=None).text)


def has_diacritics(text: str) -> bool:
    """True when ``text`` carries any diacritic or Đ/đ that :func:`romanize` would drop."""
    return strip_diacritics(text) != unicodedata.normalize("NFC", text)
