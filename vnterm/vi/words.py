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
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        s, e = m.span()
        if spans and spans[-1][1] == s and unicodedata.combining(text[s]):
            spans[-1] = (spans[-1][0], e)  # a mark the regex split off ("5" + U+0301) stays on its base
        else:
            spans.append((s, e))
    return spans


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
        tags = model.predict([[f] for f in forms[i:j]])  # type: ignore[attr-defined]
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
