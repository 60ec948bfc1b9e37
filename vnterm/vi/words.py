"""Syllable tokens and CRF word tags from underthesea, with offsets (underthesea gives none).

We reuse underthesea's own regular expressions and CRF model but call them directly: the regular
expression runs on our (length-preserving) normalised copy of the line, so every syllable keeps its
position, and the module-global pattern that ``fixed_words`` corrupts is never used. underthesea is
imported on first use only.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Sequence

_lock = threading.Lock()
_pattern: re.Pattern[str] | None = None
_model = None
_dictionary: frozenset[str] | None = None

#: Longest token run handed to the CRF in one call; longer lines are cut at sentence ends.
MAX_CRF_TOKENS = 400

_SENTENCE_END = {".", "!", "?", ";", "…", "...", ":"}


def _load() -> tuple[re.Pattern[str], object]:
    global _pattern, _model
    if _pattern is None or _model is None:
        with _lock:
            if _pattern is None:
                from underthesea.pipeline.word_tokenize import regex_tokenize

                _pattern = re.compile(
                    r"(" + "|".join(regex_tokenize.regex_patterns) + r")", re.VERBOSE | re.UNICODE
                )
            if _model is None:
                from os.path import dirname, join

                import underthesea.pipeline.word_tokenize as wt
                from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

                model = FastCRFSequenceTagger()
                model.load(join(dirname(wt.__file__), "models", "ws_crf_vlsp2013_20230727"))
                _model = model
    return _pattern, _model  # type: ignore[return-value]


_BLANK_TABLE = {cp: " " for cp in range(0x20)}
_BLANK_TABLE.update({0x7F: " ", 0xF0: "đ", 0xD0: "Đ"})  # ð/Ð → đ/Đ as underthesea does


def prepare(text: str) -> str:
    """Control characters → spaces, ð → đ (length preserving) so the regex never makes them tokens."""
    s = text.translate(_BLANK_TABLE)
    if _ODD.search(s):
        s = _ODD.sub(" ", s)
    return s


#: C1 controls, bidi and other format characters, private use, lone surrogates, non-characters.
_ODD = re.compile("[\x80-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff0-\uffff"
                  "\ue000-\uf8ff\ud800-\udfff\U000e0000-\U000e007f\U000f0000-\U0010ffff]")


def syllables(text: str) -> list[tuple[int, int]]:
    """Token spans of underthesea's tokenizer over ``text`` (which must already be prepared)."""
    pattern, _ = _load()
    if _marks().search(text) is None:  # the common case (NFC text): no mark can be split off
        return [m.span() for m in pattern.finditer(text)]
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if spans and spans[-1][1] == s and unicodedata.combining(text[s]):
            spans[-1] = (spans[-1][0], e)  # a mark the regex split off ("5" + U+0301) stays on its base
        else:
            spans.append((s, e))
    return spans


_MARKS: re.Pattern[str] | None = None


def _marks() -> re.Pattern[str]:
    """A character class of every combining character (``unicodedata.combining`` non-zero)."""
    global _MARKS
    if _MARKS is None:
        ranges: list[str] = []
        start = prev = -2
        for cp in range(0x110000):
            if unicodedata.combining(chr(cp)):
                if cp != prev + 1:
                    if start >= 0:
                        ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
                    start = cp
                prev = cp
        ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
        _MARKS = re.compile("[" + "".join(ranges) + "]")
    return _MARKS


def split_at(spans: list[tuple[int, int]], cuts: Sequence[int]) -> list[tuple[int, int]]:
    """Split token spans at character positions ``cuts`` that fall strictly inside a token."""
    if not cuts:
        return spans
    cutset = sorted(set(cuts))
    out: list[tuple[int, int]] = []
    import bisect

    for s, e in spans:
        i = bisect.bisect_right(cutset, s)
        while i < len(cutset) and cutset[i] < e:
            c = cutset[i]
            if c > s:
                out.append((s, c))
                s = c
            i += 1
        out.append((s, e))
    return out


def word_starts(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """For each token, True when the CRF starts a new word there (``B-W``)."""
    if not spans:
        return []
    _, model = _load()
    forms = [text[s:e] for s, e in spans]
    out: list[bool] = []
    i = 0
    n = len(forms)
    while i < n:
        j = min(n, i + MAX_CRF_TOKENS)
        if j < n:  # cut after the last sentence end inside the window, when there is one
            k = j
            while k > i + 1 and forms[k - 1] not in _SENTENCE_END:
                k -= 1
            if k > i + 1:
                j = k
        tags = model.estimator.tag(crf_features(forms[i:j]))  # type: ignore[attr-defined]
        out.extend(t != "I-W" for t in tags)
        out[i] = True
        i = j
    return out


def dictionary() -> frozenset[str]:
    """underthesea's word list (lowercase, OLD tone style), as used by its CRF features."""
    global _dictionary
    if _dictionary is None:
        _, model = _load()
        import joblib
        from os.path import dirname, join

        import underthesea.pipeline.word_tokenize as wt

        path = join(dirname(wt.__file__), "models", "ws_crf_vlsp2013_20230727", "dictionary.bin")
        try:
            _dictionary = frozenset(joblib.load(path))
        except Exception:  # pragma: no cover - a different underthesea layout: no case rule then
            _dictionary = frozenset()
    return _dictionary


# --- CRF features ---------------------------------------------------------------------------------
#
# underthesea's CRFFeaturizer (Rust) builds 43 attribute strings per token from templates over a
# window of two tokens either side. Most of that work depends on one token (or one pair) only, so we
# build the same strings in Python from per-token records that are cached across lines: the
# token-level values (lower case, isdigit, istitle, is_in_dict) come from the Rust featurizer itself,
# run once per new token, and an n-gram's values are derived from its tokens' values exactly as the
# Rust code does (lower: joined; istitle: every token; is_in_dict: the joined lower form in the
# dictionary). tests/test_vi_crf_features.py checks the result against CRFFeaturizer.process.

_UNI_OFFSETS = (-2, -1, 0, 1, 2)
_DIGIT_OFFSETS = (-1, 0, 1)
_PAIR_OFFSETS = ((-2, -1), (-1, 0), (0, 1), (1, 2))
_TRI_OFFSETS = ((-2, 0), (-1, 1), (0, 2))
#: Token records kept at most (a new token beyond this clears the cache: memory stays bounded).
_CACHE_MAX = 100_000
#: Pair and triple records kept at most (each cache is cleared when it grows past this).
_NGRAM_CACHE_MAX = 50_000
_tok_cache: dict[str, tuple[str, ...]] = {}
_pair_cache: dict[tuple[str, str], tuple[str, ...]] = {}
_tri_cache: dict[tuple[str, str, str], tuple[str, ...]] = {}
_feat_dict: frozenset[str] | None = None


def _uni_record(tok: str, low: str, digit: str, title: str, indict: str) -> tuple[str, ...]:
    """The 23 unigram attribute strings of one token, in template order per kind, + (low, title)."""
    return (
        *(f"T[{k}]={tok}" for k in _UNI_OFFSETS),
        *(f"T[{k}].lower={low}" for k in _UNI_OFFSETS),
        *(f"T[{k}].isdigit={digit}" for k in _DIGIT_OFFSETS),
        *(f"T[{k}].istitle={title}" for k in _UNI_OFFSETS),
        *(f"T[{k}].is_in_dict={indict}" for k in _UNI_OFFSETS),
        low,
        title,
    )


_BOS_U = _uni_record("BOS", "BOS", "BOS", "BOS", "BOS")
_EOS_U = _uni_record("EOS", "EOS", "EOS", "EOS", "EOS")


def _pair_record(text: str, low: str, title: str, indict: str) -> tuple[str, ...]:
    """Attribute strings of one adjacent pair at each bigram offset: text ×4, lower ×4, title, dict ×4."""
    return (
        f"T[-2,-1]={text}", f"T[-1,0]={text}", f"T[0,1]={text}", f"T[1,2]={text}",
        f"T[-2,-1].lower={low}", f"T[-1,0].lower={low}", f"T[0,1].lower={low}", f"T[1,2].lower={low}",
        f"T[0,1].istitle={title}",
        f"T[-2,-1].is_in_dict={indict}", f"T[-1,0].is_in_dict={indict}", f"T[0,1].is_in_dict={indict}",
        f"T[1,2].is_in_dict={indict}",
    )


def _tri_record(text: str, title: str, indict: str) -> tuple[str, ...]:
    """Attribute strings of one token triple at each trigram offset: text ×3, title, dict ×3."""
    return (
        f"T[-2,0]={text}", f"T[-1,1]={text}", f"T[0,2]={text}",
        f"T[0,2].istitle={title}",
        f"T[-2,0].is_in_dict={indict}", f"T[-1,1].is_in_dict={indict}", f"T[0,2].is_in_dict={indict}",
    )


_BOS_P = _pair_record("BOS", "BOS", "BOS", "BOS")
_EOS_P = _pair_record("EOS", "EOS", "EOS", "EOS")
_BOS_T = _tri_record("BOS", "BOS", "BOS")
_EOS_T = _tri_record("EOS", "EOS", "EOS")


def _learn_tokens(forms: Sequence[str], model: object) -> None:
    """Cache the unigram records of the tokens in ``forms`` not seen yet (one Rust call for all)."""
    new = list(dict.fromkeys(f for f in forms if f not in _tok_cache))
    if not new:
        return
    if len(_tok_cache) + len(new) > _CACHE_MAX:
        _tok_cache.clear()
        _pair_cache.clear()
        _tri_cache.clear()
    rows = model.featurizer.process([[[f]] for f in new])  # type: ignore[attr-defined]
    for f, row in zip(new, rows):
        x = row[0]  # a one-token sentence: its attributes at offset 0 are the token's own values
        _tok_cache[f] = _uni_record(
            f, x[14][len("T[0].lower="):], x[22][len("T[0].isdigit="):],
            x[26][len("T[0].istitle="):], x[33][len("T[0].is_in_dict="):]
        )


def crf_features(forms: Sequence[str]) -> list[list[str]]:
    """The attribute lists CRFFeaturizer.process gives for the token sequence ``forms`` (same order)."""
    n = len(forms)
    if n == 0:
        return []
    _, model = _load()
    global _feat_dict
    if _feat_dict is None:
        _feat_dict = dictionary()
    dic = _feat_dict
    _learn_tokens(forms, model)
    if len(_pair_cache) > _NGRAM_CACHE_MAX:
        _pair_cache.clear()
    if len(_tri_cache) > _NGRAM_CACHE_MAX:
        _tri_cache.clear()
    tc = _tok_cache
    recs = [tc[f] for f in forms]
    U = [_BOS_U, _BOS_U, *recs, _EOS_U, _EOS_U]
    pc = _pair_cache
    P = [_BOS_P, _BOS_P]
    for p in range(n - 1):
        a, b = forms[p], forms[p + 1]
        r = pc.get((a, b))
        if r is None:
            ra, rb = recs[p], recs[p + 1]
            low = f"{ra[23]} {rb[23]}"
            r = _pair_record(
                f"{a} {b}", low, "True" if ra[24] == "True" and rb[24] == "True" else "False",
                "True" if low in dic else "False",
            )
            pc[(a, b)] = r
        P.append(r)
    P += [_EOS_P, _EOS_P]
    T = [_BOS_T, _BOS_T]
    tri = _tri_cache
    for q in range(n - 2):
        k = (forms[q], forms[q + 1], forms[q + 2])
        r = tri.get(k)
        if r is None:
            ra, rb, rc = recs[q], recs[q + 1], recs[q + 2]
            low = f"{ra[23]} {rb[23]} {rc[23]}"
            r = _tri_record(
                f"{k[0]} {k[1]} {k[2]}",
                "True" if ra[24] == "True" and rb[24] == "True" and rc[24] == "True" else "False",
                "True" if low in dic else "False",
            )
            tri[k] = r
        T.append(r)
    T += [_EOS_T, _EOS_T]
    out = []
    for i in range(n):
        u2, u1, u0, v1, v2 = U[i], U[i + 1], U[i + 2], U[i + 3], U[i + 4]
        pa, pb, pc_, pd = P[i], P[i + 1], P[i + 2], P[i + 3]
        ta, tb, tc_ = T[i], T[i + 1], T[i + 2]
        out.append([
            u2[0], u1[1], u0[2], v1[3], v2[4], pa[0], pb[1], pc_[2], pd[3], ta[0], tb[1], tc_[2],
            u2[5], u1[6], u0[7], v1[8], v2[9], pa[4], pb[5], pc_[6], pd[7],
            u1[10], u0[11], v1[12], u2[13], u1[14], u0[15], v1[16], v2[17], pc_[8], tc_[3],
            u2[18], u1[19], u0[20], v1[21], v2[22], pa[9], pb[10], pc_[11], pd[12], ta[4], tb[5], tc_[6],
        ])
    return out
