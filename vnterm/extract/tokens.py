"""Tokens and candidate spans for term extraction, on both sides of a sentence pair.

Vietnamese lines are cut into syllables (numbers and codes such as ``250/2025/QH15`` or ``NĐ-CP`` stay
whole); a span may only start and end on a word boundary given by the segmenter, so "tổng kết" is
never cut in two. English lines are cut into words (``People's``, ``ND-CP``, ``No.`` stay whole).
Candidate spans never cross punctuation and never start or end with a function word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from ..text import strip_diacritics, to_tone_style

#: A syllable/word: letters or digits, with inner ``/ . -`` (codes, numbers) and ``'`` (possessives).
_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:[./\-][^\W_]+(?:['’][^\W_]+)*)*")
#: English abbreviations whose full stop belongs to the word ("Resolution No. 250").
_ABBREVIATIONS = frozenset({"no", "nos", "mr", "mrs", "ms", "dr", "st", "jr", "co", "ltd", "inc", "vs", "art", "para"})

#: Function words that may sit inside a term ("Bộ Kế hoạch và Đầu tư") but never at its edge.
VI_STOP = frozenset(
    """và của các những là được cho với về trong tại theo đã sẽ đang này đó để thì mà có từ
    một như cũng rất nhiều hơn đến tới trên dưới khi nếu bị do vào ra lên xuống nhằm qua giữa
    không chưa đều nhau mỗi mọi cùng ở việc sự nên vẫn còn lại nữa hay hoặc bằng tuy nhưng vì
    nhất đó đây ấy gì nào sau trước""".split()
)
EN_STOP = frozenset(
    """the a an of and or for in on at to by with from as is are was were be been being has have had
    its their his her this that these those it which who whom whose will would can could should must
    may might not also more most than into over under after before about each all such some other
    any both our your my we they he she them us i you there here then so but if while when where
    very many much up out off per via among between through during within without against upon
    do does did done no nor only own same too just""".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """A token of a line: ``start``/``end`` index the (NFC) line, ``key`` is what models compare."""

    start: int
    end: int
    key: str
    upper: bool
    stop: bool
    #: the key the word-translation model sees (English: lightly stemmed, "organised" → "organis")
    lex: str = ""


@dataclass(slots=True)
class Side:
    """One side of a sentence pair, ready for alignment."""

    text: str
    tokens: list[Token]
    #: ``joined[i]`` is True when tokens ``i`` and ``i+1`` are separated only by white space.
    joined: list[bool]
    #: ``split[i]`` is True when a span may end after token ``i`` and the next one start at ``i+1``.
    split: list[bool]
    #: ``listed[i]`` is True when a comma or spaced dash before a capitalised token ``i+1`` may sit
    #: inside a name ("Bộ Văn hóa, Thể thao và Du lịch", "cao tốc Bắc - Nam", "Culture, Sports").
    listed: list[bool] | None = None

    def __post_init__(self) -> None:
        if self.listed is None:
            toks = self.tokens
            self.listed = [
                self.text[toks[i].end : toks[i + 1].start].strip() in (",", "-", "–")
                and toks[i + 1].upper
                and (toks[i].upper or (i > 0 and self.joined[i - 1] and toks[i - 1].upper))
                for i in range(len(toks) - 1)
            ]

    def span_text(self, a: int, b: int) -> str:
        """The text of tokens ``a..b-1`` as written, white space collapsed."""
        return " ".join(self.text[self.tokens[a].start : self.tokens[b - 1].end].split())


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def vi_key(text: str) -> str:
    """Lower case, new tone style: "Hoà" and "hòa" agree, "bộ" and "bò" do not."""
    return to_tone_style(nfc(text), "new").lower()


def en_key(text: str) -> str:
    return nfc(text).replace("’", "'").lower()


def _scan(text: str, key: Callable[[str], str], stop: frozenset[str], english: bool) -> tuple[list[Token], list[bool]]:
    tokens: list[Token] = []
    joined: list[bool] = []
    prev_end = 0
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        surface = m.group()
        if english and surface.lower() in _ABBREVIATIONS and text[end : end + 1] == ".":
            end += 1
            surface += "."
        if start < prev_end:
            continue
        if tokens:
            joined.append(text[prev_end:start].strip() == "")
        k = key(surface)
        lex = stem(k) if english else k
        upper = surface[:1].isupper()
        # a capitalised function word inside a line is part of a name ("Can Tho", "Ha Long")
        is_stop = k.rstrip(".") in stop and not (upper and tokens and not surface.isupper())
        tokens.append(Token(start, end, k, upper, is_stop, lex))
        prev_end = end
    return tokens, joined


def english_side(text: str) -> Side:
    """Tokenise an English line; every white-space gap is a possible span boundary."""
    text = nfc(text)
    tokens, joined = _scan(text, en_key, EN_STOP, True)
    return Side(text, tokens, joined, list(joined))


def vietnamese_side(text: str, words: Sequence[tuple[int, int]] | None) -> Side:
    """Tokenise a Vietnamese line into syllables; ``words`` are segmenter word spans (NFC offsets).

    A span boundary is allowed between two syllables when they belong to different words, or where
    a word changes from a capitalised run of three or more syllables to lower case, or from lower case
    to capitals (a segmenter sometimes glues a name to the next verb: "Ngô Lê Văn dự"). With
    ``words=None`` every syllable boundary is allowed.
    """
    text = nfc(text)
    tokens, joined = _scan(text, vi_key, VI_STOP, False)
    split = list(joined)
    if words is not None and tokens:
        word_of = [-1] * (len(text) + 1)
        for n, (s, e) in enumerate(words):
            for i in range(max(0, s), min(e, len(text))):
                word_of[i] = n
        for i in range(len(tokens) - 1):
            if not joined[i]:
                continue
            left = word_of[tokens[i].end - 1]
            right = word_of[tokens[i + 1].start]
            same_word = left >= 0 and left == right
            # a full name glued to the next word: three capitalised syllables, then a lower-case
            # one ("Ngô Lê Văn dự"; but "Bộ Chính trị" stays whole)
            name_end = (
                tokens[i].upper
                and not tokens[i + 1].upper
                and i > 1
                and all(joined[k] and tokens[k].upper and word_of[tokens[k].end - 1] == left for k in (i - 1, i - 2))
            )
            # a lower-case word glued to a name ("dự Hội nghị")
            name_start = not tokens[i].upper and tokens[i + 1].upper
            split[i] = (not same_word) or name_end or name_start
    return Side(text, tokens, joined, split)


def stem(word: str) -> str:
    """A light English stemmer for the alignment model: plurals, -ed, -ing, -ise/-ize, final -e."""
    w = word.rstrip(".")
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith(("ies", "ied")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("ches", "shes", "sses", "xes", "zes")):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    if w.endswith(("is", "iz")) and len(w) > 5:
        w = w[:-2] + "iz"
    return w


def _edge_stop(side: Side, i: int) -> bool:
    """A function word standing alone (not a syllable of a longer word, as "do" in "tự do")."""
    if not side.tokens[i].stop:
        return False
    n = len(side.tokens)
    left_free = i == 0 or side.split[i - 1] or not side.joined[i - 1]
    right_free = i == n - 1 or side.split[i] or not side.joined[i]
    return left_free and right_free


def spans(side: Side, max_len: int) -> list[tuple[int, int]]:
    """Candidate spans ``(a, b)`` (token indices, end exclusive) of at most ``max_len`` tokens."""
    toks = side.tokens
    n = len(toks)
    out: list[tuple[int, int]] = []
    for a in range(n):
        if _edge_stop(side, a) or (a > 0 and not side.split[a - 1] and side.joined[a - 1]):
            continue
        listed = side.listed or []
        for b in range(a + 1, min(n, a + max_len) + 1):
            last = b - 1
            if b - 1 > a and not side.joined[b - 2] and not listed[b - 2]:
                break  # punctuation inside the span (a comma may sit inside a capitalised name)
            if _edge_stop(side, last):
                continue
            if b < n and side.joined[last] and not side.split[last]:
                continue  # would cut a word in two
            if all(_is_number(toks[i].key) for i in range(a, b)):
                continue
            out.append((a, b))
    return out


def _is_number(key: str) -> bool:
    return any(c.isdigit() for c in key) and not any(c.isalpha() for c in key)


def cognate(vkey: str, ekey: str) -> bool:
    """True when a Vietnamese syllable and an English word are the same string up to diacritics
    ("phòng"/"phong", "250/2025/qh15", "nđ-cp"/"nd-cp"): names, numbers and codes."""
    if ekey in EN_STOP:
        return False
    if len(ekey) < 2 and not ekey.isdigit():
        return False
    return _stripped(vkey) == ekey


@lru_cache(maxsize=65536)
def _stripped(key: str) -> str:
    return strip_diacritics(key)


_ARTICLES = frozenset({"the", "a", "an"})
_QUANTITIES = frozenset(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    hundred hundreds thousand thousands million millions billion billions trillion trillions
    dozen dozens several many few numerous""".split()
)
RIGHT_CUT = 1.0


def english_prior(side: Side, a: int, b: int) -> float:
    """A log-space termhood prior for an English span, from its shape alone (no tagger).

    Terms are noun phrases: a lower-case span with an article inside ("organised a cultural
    festival") or other function words inside ("leaders of technology corporations") is less
    likely a term, and so is one opening with a past-tense verb ("rolled out ..."). Capitalised
    names ("Ministry of the Interior", "Embassy of Viet Nam") are not penalised.
    """
    toks = side.tokens[a:b]
    content = [t for t in toks if not t.stop]
    penalty = 0.0
    if b < len(side.tokens) and side.joined[b - 1] and toks[-1].upper and side.tokens[b].upper:
        penalty -= RIGHT_CUT  # "Department of Foreign | Affairs": a capitalised name cut short
    if content and all(t.upper or not t.key.isalpha() for t in content):
        return penalty
    for t in toks[1:-1]:
        if t.key in _ARTICLES:
            penalty -= 2.0
        elif t.stop:
            penalty -= 0.7
    first = toks[0].key
    if not toks[0].upper and len(first) > 4 and first.endswith("ed") and b - a > 1:
        penalty -= 1.0
    if b - a > 1 and (first in _QUANTITIES or first.replace(",", "").replace(".", "").isdigit()):
        penalty -= 1.0  # "two million international visitors": a count, then the term
    return penalty


def vietnamese_prior(side: Side, a: int, b: int) -> float:
    """A log-space prior for a Vietnamese span: names and titles are capitalised runs ("Sở Ngoại
    vụ", "Việt Nam"), so a span that starts or ends inside such a run ("Ngoại vụ", "Việt") is
    less likely a term. It scales a candidate's score; it never reorders its English candidates."""
    toks = side.tokens
    penalty = 0.0
    if a > 0 and side.joined[a - 1] and toks[a].upper and toks[a - 1].upper:
        penalty -= RIGHT_CUT
    if b < len(toks) and side.joined[b - 1] and toks[b - 1].upper and toks[b].upper:
        penalty -= RIGHT_CUT
    return penalty
