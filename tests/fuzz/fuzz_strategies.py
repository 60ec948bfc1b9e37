"""Hypothesis strategies for hostile text: Vietnamese in every spelling, combining marks on any base,
Unicode's canonical composition pairs, other scripts, control characters, glossary terms and markup.

Used by the fuzz targets in this folder (a short run in the test suite, a long one with ``make fuzz``).
"""

from __future__ import annotations

from collections.abc import Sequence
import functools
import os
import sys
import unicodedata

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st

# --- profiles ------------------------------------------------------------------------------------

#: total inputs of a long run, split evenly over the targets (``make fuzz FUZZ_TOTAL=...``)
FUZZ_TOTAL = int(os.environ.get("VNTERM_FUZZ_TOTAL", "1000000"))
#: how many targets share the total (kept equal to the number of ``@target`` tests)
N_TARGETS = 15

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("vnterm-short", max_examples=int(os.environ.get("VNTERM_FUZZ_SHORT", "25")),
                          deadline=None, suppress_health_check=_QUIET, derandomize=True,  # the suite: same inputs each run
                          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking in the suite
# each target's share rounded up: a run is never short of the total asked
settings.register_profile("fuzz", max_examples=max(1, -(-FUZZ_TOTAL // N_TARGETS)), deadline=None,
                          database=None, print_blob=True, suppress_health_check=_QUIET)

#: the settings every fuzz target runs under: short in the test suite, long with HYPOTHESIS_PROFILE=fuzz
PROFILE = "fuzz" if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else "vnterm-short"
FUZZ = settings(settings.get_profile(PROFILE))

#: inputs run per target in this process (``scripts/fuzz.py`` prints them)
COUNTS: dict[str, int] = {}
#: test function name → target name
TARGETS: dict[str, str] = {}


def target(name: str):
    """Count the inputs a fuzz target runs under ``name``."""

    def deco(fn):
        TARGETS[fn.__name__] = name

        @functools.wraps(fn)
        def inner(*args, **kwargs):
            COUNTS[name] = COUNTS.get(name, 0) + 1
            return fn(*args, **kwargs)

        return inner

    return deco


# --- Unicode tables --------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def composition_pairs() -> tuple[tuple[str, str, str], ...]:
    """Every canonical composition (first, second, composed) that NFC performs, from unicodedata."""
    pairs = []
    for cp in range(sys.maxunicode + 1):
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if not d or d.startswith("<"):
            continue
        parts = [chr(int(x, 16)) for x in d.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", "".join(parts)) == c:
            pairs.append((parts[0], parts[1], c))
    # Hangul syllables compose algorithmically (no decomposition entry): L+V and LV+T
    for lead in (0x1100, 0x1109, 0x1112):
        for vowel in (0x1161, 0x1169, 0x1175):
            lv = unicodedata.normalize("NFC", chr(lead) + chr(vowel))
            pairs.append((chr(lead), chr(vowel), lv))
            pairs.append((lv, chr(0x11A8), unicodedata.normalize("NFC", lv + chr(0x11A8))))
    return tuple(pairs)


@functools.lru_cache(maxsize=1)
def combining_marks() -> str:
    """Every character with a non-zero canonical combining class, plus spacing vowel signs (Mc)."""
    return "".join(
        chr(cp)
        for cp in range(0x300, 0x1E950)
        if unicodedata.combining(chr(cp)) or unicodedata.category(chr(cp)) in ("Mc", "Me")
    )


#: Indic two-part vowel signs that NFC composes (consonant, first part, second part)
TWO_PART_VOWELS = (
    ("\u0995", "\u09c7", "\u09be"), ("\u0995", "\u09c7", "\u09d7"),  # Bengali ো ৌ
    ("\u0b15", "\u0b47", "\u0b3e"), ("\u0b15", "\u0b47", "\u0b56"), ("\u0b15", "\u0b47", "\u0b57"),  # Oriya
    ("\u0b95", "\u0bc6", "\u0bbe"), ("\u0b95", "\u0bc7", "\u0bbe"), ("\u0b95", "\u0bc6", "\u0bd7"),  # Tamil
    ("\u0c15", "\u0c46", "\u0c56"),  # Telugu
    ("\u0c95", "\u0cbf", "\u0cd5"), ("\u0c95", "\u0cc6", "\u0cd5"), ("\u0c95", "\u0cc6", "\u0cc2"),  # Kannada
    ("\u0d15", "\u0d46", "\u0d3e"), ("\u0d15", "\u0d47", "\u0d3e"), ("\u0d15", "\u0d46", "\u0d57"),  # Malayalam
    ("\u0d9a", "\u0dd9", "\u0dca"), ("\u0d9a", "\u0dd9", "\u0dcf"), ("\u0d9a", "\u0dd9", "\u0ddf"),  # Sinhala
)

# --- Vietnamese --------------------------------------------------------------------------------------

_ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
           "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x"]
_NUCLEI = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uy", "uê", "ia", "iê",
           "ua", "uô", "ưa", "ươ", "oă", "ai", "ao", "au", "ay", "oi", "ôi", "ơi", "ui", "ưi", "eo", "iu", "uya"]
_CODAS = ["", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"]
_TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
#: real words and names the glossary and segmenter know, in the new tone style
_WORDS = ["Bộ Ngoại giao", "Thủ tướng", "Chính phủ", "Hà Nội", "thành phố Hồ Chí Minh", "hòa bình",
          "thủy điện", "Ủy ban nhân dân", "sức khỏe", "Phó Thủ tướng", "Nghị định số 15/2020/NĐ-CP",
          "Quốc hội", "Đà Nẵng", "Hải Phòng", "ông Nguyễn Văn An", "Bộ trưởng", "khoa học", "của", "chùa"]


# Strategies are built once, at import: a strategy built inside a composite is rebuilt on every
# draw, and hypothesis labels a sampled_from by walking its whole list each time (that was half
# the fuzz run's time).
_ONSET_S, _NUCLEUS_S, _CODA_S, _TONE_S = (st.sampled_from(x) for x in (_ONSETS, _NUCLEI, _CODAS, _TONES))
_SEP_S = st.sampled_from([" ", " ", " ", ", ", ". ", "-", "\u00a0", "  "])
_TONE_STYLE_S = st.sampled_from(["asis", "old", "new"])
_FORM_S = st.sampled_from(["NFC", "NFD", "asis"])


def _pick(items: Sequence[str]) -> st.SearchStrategy[str]:
    """One item of a long sequence, drawn as an index (cheap to label, unlike sampled_from)."""
    return st.integers(0, len(items) - 1).map(items.__getitem__)


@st.composite
def vi_syllable(draw) -> str:
    """One syllable, its tone mark placed on the first or last vowel (old or new style)."""
    onset = draw(_ONSET_S)
    nucleus = draw(_NUCLEUS_S)
    coda = draw(_CODA_S)
    tone = draw(_TONE_S)
    if tone:
        at = draw(st.integers(0, len(nucleus) - 1))
        nucleus = nucleus[: at + 1] + tone + nucleus[at + 1 :]
    word = onset + nucleus + coda
    if draw(st.booleans()):
        word = word[:1].upper() + word[1:]
    return word


_VI_PART_S = st.one_of(vi_syllable(), st.sampled_from(_WORDS))


@st.composite
def vietnamese(draw, max_words: int = 12) -> str:
    """A Vietnamese phrase: generated syllables and real words, in NFC or NFD, old or new tone style."""
    from vnterm.text import to_tone_style

    parts = draw(st.lists(_VI_PART_S, max_size=max_words))
    seps = draw(st.lists(_SEP_S, min_size=len(parts), max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps))
    style = draw(_TONE_STYLE_S)
    if style != "asis":
        text = to_tone_style(unicodedata.normalize("NFC", text), style)
    form = draw(_FORM_S)
    return text if form == "asis" else unicodedata.normalize(form, text)


# --- hostile characters ----------------------------------------------------------------------------

CONTROLS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\r\n") + "\x7f\x85\u2028\u2029" \
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a\u202e\u2066\u2069\ufffd"
_SCRIPTS = st.one_of(
    st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),  # Cyrillic
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF),  # Arabic
    st.characters(min_codepoint=0x0900, max_codepoint=0x0DFF),  # Indic scripts
    st.characters(min_codepoint=0x0E00, max_codepoint=0x0EFF),  # Thai, Lao
    st.characters(min_codepoint=0x1100, max_codepoint=0x11FF),  # Hangul jamo
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),  # CJK
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1F6FF),  # emoji
    st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),  # Latin extended additional
    st.characters(exclude_categories=("Cs",)),
)
#: any text but lone surrogates (no file decodes to one: every reader decodes UTF-8 strictly)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)))


@st.composite
def marked(draw, bases: st.SearchStrategy[str] | None = None) -> str:
    """A base character (digit, Latin, jamo, Indic, anything) followed by 1–3 combining marks."""
    base = draw(bases if bases is not None else st.one_of(
        st.sampled_from("0123456789"), st.sampled_from("aeiouyAEIOUYdDnN"), _SCRIPTS))
    marks = draw(st.lists(_pick(combining_marks()), min_size=1, max_size=3))
    return base + "".join(marks)


@st.composite
def composed_pair(draw) -> str:
    """Two characters that NFC composes into one (any of Unicode's pairs), or an Indic two-part vowel."""
    if draw(st.booleans()):
        return "".join(draw(st.sampled_from(TWO_PART_VOWELS)))
    first, second, _ = draw(st.integers(0, len(composition_pairs()) - 1).map(composition_pairs().__getitem__))
    return first + second


def plain_pieces() -> st.SearchStrategy[str]:
    """Pieces of text with no composition that moves offsets (the base case every target must pass)."""
    return st.one_of(
        vietnamese(),
        st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:!?'\"-–—’“”()/"),
                max_size=20),
        st.sampled_from(CONTROLS),
        st.sampled_from(["\n", "\r\n", "\r", "\t", " ", "\n\n"]),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF),
        st.characters(min_codepoint=0x0400, max_codepoint=0x04FF),
        st.characters(min_codepoint=0x1F300, max_codepoint=0x1F6FF),
    )


def hostile_pieces() -> st.SearchStrategy[str]:
    """Everything in :func:`plain_pieces`, plus combining marks on any base, composition pairs, any scripts."""
    return st.one_of(plain_pieces(), marked(), composed_pair(), _SCRIPTS, st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=6))


def joined(pieces: st.SearchStrategy[str], max_pieces: int = 16) -> st.SearchStrategy[str]:
    return st.lists(pieces, max_size=max_pieces).map("".join)


# --- glossary terms ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def glossary_terms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(English terms, Vietnamese terms) of the bundled glossary, every status."""
    from vnterm.glossary import load_glossaries

    en: list[str] = []
    vi: list[str] = []
    for _, term in load_glossaries().terms():
        (en if term.lang == "en" else vi).append(term.text)
    return tuple(sorted(set(en))), tuple(sorted(set(vi)))


@st.composite
def term_variant(draw, lang: str = "en") -> str:
    """A glossary term as a writer might type it: case, hyphens, spacing and NFD changed at random."""
    en, vi = glossary_terms()
    term = draw(_pick(en if lang == "en" else vi))
    how = draw(st.sampled_from(["asis", "asis", "lower", "upper", "hyphen", "nfd", "title"]))
    if how == "lower":
        term = term.lower()
    elif how == "upper":
        term = term.upper()
    elif how == "hyphen":
        term = term.replace(" ", "-", 1)
    elif how == "nfd":
        term = unicodedata.normalize("NFD", term)
    elif how == "title":
        term = term.title()
    return term


def english_copy(hostile: bool = False) -> st.SearchStrategy[str]:
    """English copy full of glossary terms (deprecated ones too), with words, names and line breaks."""
    filler = st.sampled_from(["The ", " met ", " and ", ". ", ", ", " in ", " said the ", "\n", "\r\n", "\n\n",
                              " Viet Nam ", " Vietnam ", " Hà Nội ", " Ha Noi ", " two-tiered ", " local ",
                              " Decree No. 15/2020/ND-CP ", " Decree 15 ", " colour ", " color "])
    pieces = st.one_of(term_variant("en"), term_variant("en"), filler, vietnamese(3),
                       hostile_pieces() if hostile else plain_pieces())
    return joined(pieces, 24)


# --- markup ------------------------------------------------------------------------------------------


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def html_doc(draw, body: st.SearchStrategy[str]) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(["p", "h1", "li", "td", "span", "script", "style", "pre", "a", "b"]),
                                    body, st.booleans()), max_size=6))
    out = []
    for tag, text, close in parts:
        text = _xml_escape(text) if draw(st.booleans()) else text
        out.append(f"<{tag}>{text}" + (f"</{tag}>" if close else ""))
    junk = draw(st.sampled_from(["", "<!-- c -->", "<br>", "&amp;", "&#x1EA0;", "&nosuch;", "<", "<!DOCTYPE html>",
                                 "<![CDATA[x]]>", "</p>", "&#0;", "&#xD800;", "&#99999999;"]))
    return "<html><body>" + junk.join(out) + "</body></html>\n"


@st.composite
def markdown_doc(draw, body: st.SearchStrategy[str]) -> str:
    lines = draw(st.lists(st.tuples(st.sampled_from(["", "# ", "## ", "- ", "* ", "1. ", "> ", "    ", "```\n", "| "]),
                                    body), max_size=8))
    front = draw(st.sampled_from(["", "---\ndate: 2024-05-01\n---\n", "---\n", "---\ntitle: [\n---\n"]))
    inline = draw(st.sampled_from(["", "`code`", "[link](http://x.vn/a_b)", "**bold**", "<!-- vnterm-disable -->",
                                   "<!-- vnterm-disable-next-line deprecated-term -->", "![img](a.png)", "_"]))
    return front + "\n".join(p + t + inline for p, t in lines) + "\n"


@st.composite
def xliff_doc(draw, body: st.SearchStrategy[str]) -> str:
    units = draw(st.lists(st.tuples(body, body, st.booleans()), max_size=5))
    version = draw(st.sampled_from(["1.2", "2.0"]))
    out = [f'<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="{version}">\n<file original="a" source-language="vi" target-language="en">\n<body>\n']
    for i, (src, tgt, escape) in enumerate(units):
        f = _xml_escape if escape else (lambda s: s)
        out.append(f'<trans-unit id="{i}"><source>{f(src)}</source><target>{f(tgt)}</target></trans-unit>\n')
    out.append(draw(st.sampled_from(["", "<!DOCTYPE x [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>", "&b;", "<unclosed>",
                                     "<![CDATA[ x ]]>"])))
    out.append("</body>\n</file>\n</xliff>\n")
    return "".join(out)


@st.composite
def po_doc(draw, body: st.SearchStrategy[str]) -> str:
    entries = draw(st.lists(st.tuples(body, body, st.booleans(), st.booleans()), max_size=5))
    out = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n']
    for src, tgt, escape, plural in entries:
        q = (lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")) if escape else (lambda s: s)
        out.append(f'#: a.c:1\nmsgid "{q(src)}"\n')
        if plural:
            out.append(f'msgid_plural "{q(src)}s"\nmsgstr[0] "{q(tgt)}"\nmsgstr[1] "{q(tgt)}"\n\n')
        else:
            out.append(f'msgstr "{q(tgt)}"\n"{q(tgt)}"\n\n')
    out.append(draw(st.sampled_from(["", 'msgid "unterminated\n', "#~ msgid \"old\"\n", 'msgctxt "c"\n', "msgstr", '"\\x"\n'])))
    return "".join(out)


def documents(body: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[str, str]]:
    """(kind, source) for every kind the checker reads."""
    return st.one_of(
        st.tuples(st.just("txt"), body),
        st.tuples(st.just("md"), markdown_doc(body)),
        st.tuples(st.just("html"), html_doc(body)),
        st.tuples(st.just("xliff"), xliff_doc(body)),
        st.tuples(st.just("po"), po_doc(body)),
    )
