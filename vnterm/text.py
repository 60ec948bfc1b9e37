"""Text normalisation with an offset map back into the input.

Every function that changes text for matching returns a :class:`Normalized`: the new string and,
for each of its characters, the index of the input character it came from. Findings are always
reported in the user's original offsets, never in a normalised copy.

Vocabulary:

* **normalise** — NFC, one tone-mark placement style, quote/apostrophe/dash/space variants unified,
  invisible format characters removed. Case and diacritics are kept.
* **fold** — normalise, then drop case and diacritics (Đ/đ → d), hyphens become spaces and runs of
  white space collapse, except that a paragraph break (a newline next to a blank line) stays a
  newline: the key the matcher and lookups compare.
* **mark key** — normalise to the new tone style and lowercase, keeping diacritics: tells whether two
  spellings differ only in case/tone placement or also in their diacritics.
* **romanise** — the English-copy form of a Vietnamese name: diacritics dropped, case kept
  ("Đà Nẵng" → "Da Nang").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Literal

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
    """A transformed string and a map from each of its characters back into the original input.

    The map is stored as runs: output characters ``out[k] .. out[k+1]-1`` come from consecutive
    original characters starting at ``orig[k]``. ``runs`` is ``None`` when the transformation kept
    every character in place (the fast, common case). :attr:`offsets` materialises the map.
    """

    text: str
    runs: tuple[tuple[int, ...], tuple[int, ...]] | None
    source: str

    @property
    def source_length(self) -> int:
        return len(self.source)

    @property
    def offsets(self) -> tuple[int, ...] | None:
        """Per output character, the index of the original character it came from (None: identity)."""
        if self.runs is None:
            return None
        return tuple(self.to_original(i) for i in range(len(self.text)))

    def to_original(self, index: int) -> int:
        """Map an index of :attr:`text` (0..len) back to an index in the original input."""
        if self.runs is None:
            return index
        if index >= len(self.text):
            return len(self.source)
        outs, origs = self.runs
        k = bisect_right(outs, index) - 1
        return origs[k] + (index - outs[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of :attr:`text` to the smallest original span that produced it."""
        if self.runs is None:
            return start, end
        if end <= start:
            o = self.to_original(start)
            return o, o
        bound = self.to_original(end) if end < len(self.text) else len(self.source)
        return self.to_original(start), _with_marks(self.source, self.to_original(end - 1) + 1, bound)

    def span_mapper(self) -> Callable[[int, int], tuple[int, int]]:
        """:meth:`span_to_original` as a function with the run table bound (the matcher's many hits)."""
        if self.runs is None:
            return lambda start, end: (start, end)
        outs, origs = self.runs
        source = self.source
        size = len(source)
        length = len(self.text)
        n_runs = len(outs)

        def mapped(start: int, end: int) -> tuple[int, int]:
            k = bisect_right(outs, start) - 1
            first = origs[k] + start - outs[k]
            if end <= start:
                return first, first
            j = k if k + 1 == n_runs or end <= outs[k + 1] else bisect_right(outs, end - 1, k) - 1
            stop = origs[j] + end - outs[j]
            if end >= length:
                bound = size
            elif j + 1 < n_runs and end == outs[j + 1]:
                bound = origs[j + 1]
            else:  # the next character follows in the same run: nothing was dropped in between
                return first, stop
            if stop < bound:
                stop = _with_marks(source, stop, bound)
            return first, stop

        return mapped


def _with_marks(source: str, end: int, bound: int) -> int:
    """Extend a span's end over the characters normalisation merged into its last character or
    dropped after it (combining marks, a vowel sign's second half, Hangul jamo), never up to
    ``bound``, where the next character of the normalised text comes from."""
    k = end
    while k < bound:
        c = source[k]
        if _joins_previous(c):
            end = k = k + 1
        elif c in _INVISIBLE:  # deleted before composition: owned only when a mark follows it
            k += 1
        else:
            break
    return end


Runs = tuple[tuple[int, ...], tuple[int, ...]]


def _compose(outer: Runs | None, inner: Runs | None, inner_len: int) -> Runs | None:
    """Compose run maps: ``inner`` maps step-2 output → step-1 output, ``outer`` step-1 → input."""
    if inner is None:
        return outer
    if outer is None:
        return inner
    i_outs, i_origs = inner
    o_outs, o_origs = outer
    outs: list[int] = []
    origs: list[int] = []
    n = len(i_outs)
    for k in range(n):
        a = i_outs[k]
        b = i_outs[k + 1] if k + 1 < n else inner_len
        c = i_origs[k]
        j = bisect_right(o_outs, c) - 1
        pos = a
        while pos < b:
            mid = c + (pos - a)
            j = bisect_right(o_outs, mid, lo=max(j, 0)) - 1
            outs.append(pos)
            origs.append(o_origs[j] + (mid - o_outs[j]))
            nxt_boundary = o_outs[j + 1] if j + 1 < len(o_outs) else None
            step = b - pos if nxt_boundary is None else min(b - pos, nxt_boundary - mid)
            pos += max(step, 1)
    return _merge_runs(outs, origs)


def _merge_runs(outs: list[int], origs: list[int]) -> Runs:
    """Drop runs that continue their predecessor (same stride), keeping the map minimal."""
    mo: list[int] = []
    mg: list[int] = []
    for o, g in zip(outs, origs):
        if mo and g - mg[-1] == o - mo[-1] and g > mg[-1]:
            continue
        mo.append(o)
        mg.append(g)
    return tuple(mo), tuple(mg)


def _delete_matches(text: str, pattern: re.Pattern[str]) -> tuple[str, Runs | None]:
    """Delete every match of ``pattern``; return the new text and its run map."""
    if not pattern.search(text):
        return text, None
    parts: list[str] = []
    outs: list[int] = []
    origs: list[int] = []
    pos = 0
    out_len = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            outs.append(out_len)
            origs.append(pos)
            parts.append(text[pos:m.start()])
            out_len += m.start() - pos
        pos = m.end()
    if pos < len(text):
        outs.append(out_len)
        origs.append(pos)
        parts.append(text[pos:])
    if not outs:
        return "", ((0,), (0,))
    return "".join(parts), (tuple(outs), tuple(origs))


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

_PUNCT_MAP = {**_QUOTES, **_DASHES, **_SPACES}
_PUNCT_RE = re.compile("[" + re.escape("".join(_PUNCT_MAP)) + "]")


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
# fold: applied after lower(), so only lowercase keys are needed
_FOLD_MAP: dict[str, str] = {chr(k): v for k, v in _latin_strip_table(lower=True).items() if chr(k).islower()}
_FOLD_MAP.update({c: " " for c in "\x85\u2028\u2029"})
#: ASCII characters that fold changes: replaced with str.replace, not a regex with a callback
_FOLD_ASCII = {"\t": " ", "\n": " ", "\r": " ", "\x0b": " ", "\x0c": " ", "-": " ", "`": "'"}
#: every non-ASCII character fold changes: punctuation variants, then letters with diacritics
_FOLD_ALL = {k: (" " if v == "-" else v) for k, v in {**_PUNCT_MAP, **_FOLD_MAP}.items() if not k.isascii()}
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_VOWELS = set("aăâeêioôơuưy")


# --- generic per-character rewriting with offsets -----------------------------------------------

@lru_cache(maxsize=1)
def _composition() -> tuple[dict[tuple[str, str], str], frozenset[str], re.Pattern[str]]:
    """Unicode's canonical composition, derived from :mod:`unicodedata` on first use (about 0.1 s).

    Returns the primary composite pairs ``(first, second) → composite`` (Hangul L+V and LV+T
    included), the characters that can join the character before them (non-starters and the
    second halves of pairs: Tamil ா, Bengali া, Hangul vowel and final jamo, …), and a pattern
    matching every character that NFC may change or join to its neighbour.
    """
    pairs: dict[tuple[str, str], str] = {}
    joiners: set[str] = set()
    changed: list[int] = []
    combining, decomposition, nfc = unicodedata.combining, unicodedata.decomposition, unicodedata.normalize
    for cp in range(0x30000):  # no canonical decomposition and no non-starter lies above U+2FFFF
        c = chr(cp)
        if combining(c):
            joiners.add(c)
        d = decomposition(c)
        if not d or d[0] == "<":
            continue
        if nfc("NFC", c) != c:  # a singleton, an excluded or a non-starter decomposition
            changed.append(cp)
        first = chr(int(d.split()[0], 16))
        if combining(nfc("NFD", first)[:1] or "a"):
            joiners.add(c)
        parts = d.split()
        if len(parts) == 2 and nfc("NFC", c) == c:
            pairs[(first, chr(int(parts[1], 16)))] = c
    joiners.update(second for _first, second in pairs)
    for lead in range(19):  # Hangul syllables: L + V → LV, LV + T → LVT
        for vowel in range(21):
            lv = 0xAC00 + (lead * 21 + vowel) * 28
            pairs[(chr(0x1100 + lead), chr(0x1161 + vowel))] = chr(lv)
            for tail in range(1, 28):
                pairs[(chr(lv), chr(0x11A7 + tail))] = chr(lv + tail)
    joiners.update(chr(cp) for cp in range(0x1161, 0x1176))
    joiners.update(chr(cp) for cp in range(0x11A8, 0x11C3))
    points = sorted(set(changed) | {ord(c) for c in joiners})
    ranges: list[str] = []
    i = 0
    while i < len(points):
        j = i
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        ranges.append(re.escape(chr(points[i])) + ("-" + re.escape(chr(points[j])) if j > i else ""))
        i = j + 1
    return pairs, frozenset(joiners), re.compile("[" + "".join(ranges) + "]")


def _joins_previous(c: str) -> bool:
    """True when ``c`` can merge into the character before it under NFC (a mark, a vowel sign's
    second half, a Hangul vowel or final jamo): a span that ends just before it owns it."""
    return c >= "\u0300" and (bool(unicodedata.combining(c)) or c in _composition()[1])


def _compose_region(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """NFC of ``text[start:end]`` by the Unicode algorithm, with the input index of each output
    character (a composite: its first part; reordered marks keep a non-decreasing map)."""
    whole = unicodedata.normalize("NFC", text[start:end])
    if len(whole) == 1:  # one base and its marks into one letter: the common case
        return whole, [start]
    pairs = _composition()[0]
    combining = unicodedata.combining
    chars: list[tuple[str, int]] = [
        (ch, i) for i in range(start, end) for ch in unicodedata.normalize("NFD", text[i])
    ]
    # canonical ordering: a stable sort of every run of non-starters by combining class
    k = 0
    while k < len(chars):
        if combining(chars[k][0]):
            j = k
            while j < len(chars) and combining(chars[j][0]):
                j += 1
            chars[k:j] = sorted(chars[k:j], key=lambda x: combining(x[0]))
            k = j
        else:
            k += 1
    out: list[list] = []  # [char, origin]
    starter = -1
    last_ccc = 0
    for ch, origin in chars:
        ccc = combining(ch)
        if starter >= 0 and (len(out) - 1 == starter or 0 < last_ccc < ccc):
            composite = pairs.get((out[starter][0], ch))
            if composite is not None:
                out[starter][0] = composite
                continue
        if ccc == 0:
            starter, last_ccc = len(out), 0
        else:
            last_ccc = ccc
        out.append([ch, origin])
    origins = [o for _, o in out]
    for j in range(len(origins) - 2, -1, -1):  # reordered marks: keep the map non-decreasing
        origins[j] = min(origins[j], origins[j + 1])
    return "".join(ch for ch, _ in out), origins


def _nfc(text: str) -> tuple[str, Runs | None]:
    """NFC with an exact offset map: only the regions NFC can change are recomposed, each from the
    character before its first mark or second half up to the next character that starts afresh."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    touched = _composition()[2]
    parts: list[str] = []
    outs: list[int] = []
    origs: list[int] = []
    pos = out_len = 0
    n = len(text)
    checked = 0
    for m in touched.finditer(text):
        p = m.start()
        if p < checked:
            continue
        start = p
        while start > pos and _joins_previous(text[start]):
            start -= 1
        end = p + 1
        while end < n and _joins_previous(text[end]):
            end += 1
        checked = end
        if unicodedata.is_normalized("NFC", text[start:end]):
            continue
        if start > pos:
            outs.append(out_len)
            origs.append(pos)
            parts.append(text[pos:start])
            out_len += start - pos
        piece, origins = _compose_region(text, start, end)
        for k, o in enumerate(origins):
            outs.append(out_len + k)
            origs.append(o)
        parts.append(piece)
        out_len += len(piece)
        pos = end
    if pos < n:
        outs.append(out_len)
        origs.append(pos)
        parts.append(text[pos:])
    return "".join(parts), _merge_runs(outs, origs)


def _collapse_spaces(text: str) -> tuple[str, Runs | None]:
    """Delete every space that a space follows (a run keeps its last space); with the run map.

    ``str.find`` steps from run to run: cheaper than a regex that tries every character."""
    at = text.find("  ")
    if at < 0:
        return text, None
    n = len(text)
    parts: list[str] = []
    outs: list[int] = []
    origs: list[int] = []
    pos = 0
    out_len = 0
    while at >= 0:
        end = at + 2
        while end < n and text[end] == " ":
            end += 1
        if at > pos:
            outs.append(out_len)
            origs.append(pos)
            parts.append(text[pos:at])
            out_len += at - pos
        pos = end - 1  # the run's last space stays
        at = text.find("  ", end)
    outs.append(out_len)
    origs.append(pos)
    parts.append(text[pos:])
    return "".join(parts), (tuple(outs), tuple(origs))


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
    f"(?<![\\w\u0300-\u036f{_INVISIBLE}])" "([^\\W\\d_]*?)"  # onset consonants (checked in code)
    f"([{_class('o')}][{_class('ae')}]|[{_class('u')}][{_class('y')}])"
    f"(?![\\w\u0300-\u036f{_INVISIBLE}])"  # a following mark would compose with the moved-off letter
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

def _map_chars(text: str, pattern: re.Pattern[str], table: dict[str, str]) -> str:
    """Replace each character matched by ``pattern`` with ``table[char]`` (one for one)."""
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: table[m.group()], text)


def normalize(text: str, *, tone: ToneStyle | None = "new", unify_punctuation: bool = True) -> Normalized:
    """NFC, tone style, unified quotes/dashes/spaces, invisible characters removed; with offsets."""
    if text.isascii() or not any(c in text for c in _INVISIBLE):
        s, runs = text, None
    else:  # first: a deleted joiner can expose a composition
        s, runs = _delete_matches(text, _INVISIBLE_RE)
    s, inner = _nfc(s)
    runs = _compose(runs, inner, len(s))
    if tone is not None:
        s = to_tone_style(s, tone)
    if unify_punctuation:
        s = _map_chars(s, _PUNCT_RE, _PUNCT_MAP)
    return Normalized(s, runs, text)


def fold(text: str) -> Normalized:
    """The matching key of ``text`` with offsets: no case, no diacritics, hyphens as spaces, single spaces.

    Equal to normalising (without tone style) and then mapping. Line breaks inside a paragraph are
    spaces; a paragraph break (a newline next to a blank line) stays a newline, so no term is found
    across it, and blank lines between paragraphs cost no entry in the offset map.
    """
    norm = normalize(text, tone=None, unify_punctuation=False)
    s = norm.text
    marks: list[bool] = []
    s = _fold_chars(s, marks) if "\n" not in s else _fold_lines(s.split("\n"), marks)
    runs = norm.runs
    if marks:  # marks that did not compose into a precomposed letter
        s, inner = _delete_matches(s, _COMBINING_RE)
        runs = _compose(runs, inner, len(s))
    s, inner = _collapse_spaces(s)
    runs = _compose(runs, inner, len(s))
    if s[:1] in _ENDS or s[-1:] in _ENDS:
        lead = len(s) - len(s.lstrip(" \n"))
        s = s.strip(" \n")
        runs = _drop_lead(runs, lead, len(s))
    if marks and not unicodedata.is_normalized("NFC", s):
        # deleting a mark of class 0 (U+20DD …) can leave the marks around it out of canonical
        # order, or free them to compose: fold again, so that fold(fold(x)) == fold(x)
        again = fold(s)
        return Normalized(again.text, _compose(runs, again.runs, len(again.text)), text)
    return Normalized(s, runs, text)


def _drop_lead(runs: Runs | None, lead: int, length: int) -> Runs | None:
    """``_compose(runs, ((0,), (lead,)), length)``: the map after cutting ``lead`` characters off the
    front and the text down to ``length``, without walking every run in Python."""
    if runs is None or length == 0:
        return _compose(runs, ((0,), (lead,)), length)
    outs, origs = runs
    k = bisect_right(outs, lead) - 1
    stop = bisect_left(outs, lead + length, k + 1)
    new_outs = (0, *(o - lead for o in outs[k + 1 : stop]))
    new_origs = (origs[k] + lead - outs[k], *origs[k + 1 : stop])
    return new_outs, new_origs


_ENDS = (" ", "\n")


def _fold_lines(lines: list[str], marks: list[bool]) -> str:
    """The lines folded and joined: a newline next to a blank line (a paragraph break) stays a
    newline, which no key contains; any other newline is a space. Same length as the input.

    Lines, not the whole text: Python stores a line with only ASCII characters in one byte per
    character, where lower() and replace() are several times faster than on a document that holds
    one Vietnamese letter anywhere; most lines of English copy are such lines.
    """
    folded = [_fold_chars(line, marks) for line in lines]
    blank = [not line.strip(" ") for line in folded]
    out = [folded[0]]
    for i in range(1, len(folded)):
        out.append("\n" if blank[i] or blank[i - 1] else " ")
        out.append(folded[i])
    return "".join(out)


def _fold_chars(s: str, marks: list[bool]) -> str:
    """Case, diacritics and punctuation variants folded, character for character (NFC input).

    Appends to ``marks`` when a combining mark is left over (it is deleted afterwards).
    """
    if "\u0130" in s:
        s = s.replace("\u0130", "I")  # the one character whose lower() is two characters long
    s = s.lower()
    for c in _FOLD_ASCII:
        if c in s:
            s = s.replace(c, _FOLD_ASCII[c])
    if s.isascii():
        return s

    def repl(m: re.Match[str]) -> str:
        c = m.group()
        out = _FOLD_ALL.get(c)
        if out is not None:
            return out
        if not marks and unicodedata.combining(c):
            marks.append(True)
        return c

    return _NON_ASCII_RE.sub(repl, s)


_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold_key(text: str) -> str:
    """Just the folded string of :func:`fold` (for dictionary keys); one line of ASCII takes a short cut."""
    if text.isascii() and "\n" not in text:
        s = _fold_chars(text, [])  # ASCII: lower case and the ASCII replacements, nothing else
        if "  " in s:
            s = _SPACE_RUN_RE.sub(" ", s)
        return s.strip(" ")
    return fold(text).text


_SPACE_RUN_RE = re.compile(" {2,}")


def mark_key(text: str) -> str:
    """Lowercase, NFC, new tone style, unified punctuation and spaces; diacritics kept."""
    if text.isascii():  # nothing to compose or re-tone; the backtick is the one ASCII quote variant
        s = text.replace("`", "'").lower()
    else:
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
