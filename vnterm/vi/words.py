"""Syllable tokens and CRF word tags from underthesea, with offsets (underthesea gives none).

We reuse underthesea's own regular expressions and CRF model but call them directly: the regular
expression runs on our (length-preserving) normalised copy of the line, so every syllable keeps its
position, and the module-global pattern that ``fixed_words`` corrupts is never used. The CRF's
attribute strings are built here from cached per-token records rather than by underthesea's
featurizer, and only those the model knows reach the tagger (same tags, less work; see
:func:`crf_features`). underthesea is imported on first use only.
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
# window of two tokens either side, and the tagger then looks each one up in the model; 4 in 10 of
# them (rare n-grams) are not in the model at all and weigh nothing. We build the same strings in
# Python, once per token, adjacent pair and triple (cached across lines), keep only those the model
# knows, and hand the tagger per-token tuples. The token-level values (lower case, isdigit, istitle,
# is_in_dict) come from the Rust featurizer itself, run once per new token; an n-gram's values are
# derived from its tokens' as the Rust code does (lower: joined; istitle: every token; is_in_dict:
# the joined lower form in the dictionary). tests/test_vi_crf_features.py checks the strings against
# CRFFeaturizer.process and the tags against underthesea's own predict.

_UNI_OFFSETS = (-2, -1, 0, 1, 2)
_PAIR_OFFSETS = ((-2, -1), (-1, 0), (0, 1), (1, 2))
_TRI_OFFSETS = ((-2, 0), (-1, 1), (0, 2))
#: Token records kept at most (a new token beyond this clears the caches: memory stays bounded).
_CACHE_MAX = 100_000
#: Pair and triple records kept at most (each cache is cleared when it grows past this).
_NGRAM_CACHE_MAX = 50_000
_tok_cache: dict[str, tuple] = {}
_pair_cache: dict[tuple[str, str], tuple] = {}
_tri_cache: dict[tuple[str, str, str], tuple] = {}
_feat_dict: frozenset[str] | None = None
#: The attributes the CRF model has weights for (``None``: keep every attribute).
_attrs: frozenset[str] | None = None
_attrs_loaded = False


def _model_attributes() -> frozenset[str] | None:
    """The attribute strings stored in the CRFsuite model file (its CQDB), or ``None`` if unreadable."""
    import struct
    from os.path import dirname, join

    import underthesea.pipeline.word_tokenize as wt

    path = join(dirname(wt.__file__), "models", "ws_crf_vlsp2013_20230727", "models.bin")
    try:
        with open(path, "rb") as fh:
            b = fh.read()
        magic, _size, typ, _ver, _nf, _nl, na, _of, _ol, off = struct.unpack_from("<4sI4sIIIIIII", b, 0)
        chunk, _sz, _flag, _order, bwd_size, bwd_off = struct.unpack_from("<4sIIIII", b, off)
        if magic != b"lCRF" or typ != b"FOMC" or chunk != b"CQDB":
            return None
        out = set()
        for i in range(bwd_size):
            (rec,) = struct.unpack_from("<I", b, off + bwd_off + 4 * i)
            if rec:
                _id, ksize = struct.unpack_from("<iI", b, off + rec)
                out.add(b[off + rec + 8: off + rec + 7 + ksize].decode("utf-8"))
        return frozenset(out) if len(out) == na else None
    except (OSError, struct.error, UnicodeDecodeError):  # pragma: no cover - another model layout
        return None


def _keep(*attrs: str) -> tuple[str, ...]:
    a = _attrs
    return attrs if a is None else tuple(filter(a.__contains__, attrs))


def _uni_record(tok: str, low: str, digit: str, title: str, indict: str) -> tuple:
    """One token's attributes at each offset -2…2 (template order within an offset), + (low, title)."""
    return (
        _keep(f"T[-2]={tok}", f"T[-2].lower={low}", f"T[-2].istitle={title}", f"T[-2].is_in_dict={indict}"),
        _keep(f"T[-1]={tok}", f"T[-1].lower={low}", f"T[-1].isdigit={digit}", f"T[-1].istitle={title}",
              f"T[-1].is_in_dict={indict}"),
        _keep(f"T[0]={tok}", f"T[0].lower={low}", f"T[0].isdigit={digit}", f"T[0].istitle={title}",
              f"T[0].is_in_dict={indict}"),
        _keep(f"T[1]={tok}", f"T[1].lower={low}", f"T[1].isdigit={digit}", f"T[1].istitle={title}",
              f"T[1].is_in_dict={indict}"),
        _keep(f"T[2]={tok}", f"T[2].lower={low}", f"T[2].istitle={title}", f"T[2].is_in_dict={indict}"),
        low,
        title,
    )


def _pair_record(text: str, low: str, title: str, indict: str) -> tuple:
    """One adjacent pair's attributes at each bigram offset (-2,-1), (-1,0), (0,1), (1,2)."""
    return (
        _keep(f"T[-2,-1]={text}", f"T[-2,-1].lower={low}", f"T[-2,-1].is_in_dict={indict}"),
        _keep(f"T[-1,0]={text}", f"T[-1,0].lower={low}", f"T[-1,0].is_in_dict={indict}"),
        _keep(f"T[0,1]={text}", f"T[0,1].lower={low}", f"T[0,1].istitle={title}", f"T[0,1].is_in_dict={indict}"),
        _keep(f"T[1,2]={text}", f"T[1,2].lower={low}", f"T[1,2].is_in_dict={indict}"),
    )


def _tri_record(text: str, title: str, indict: str) -> tuple:
    """One token triple's attributes at each trigram offset (-2,0), (-1,1), (0,2)."""
    return (
        _keep(f"T[-2,0]={text}", f"T[-2,0].is_in_dict={indict}"),
        _keep(f"T[-1,1]={text}", f"T[-1,1].is_in_dict={indict}"),
        _keep(f"T[0,2]={text}", f"T[0,2].istitle={title}", f"T[0,2].is_in_dict={indict}"),
    )


def _ends() -> tuple[tuple, ...]:
    return (
        _uni_record("BOS", "BOS", "BOS", "BOS", "BOS"), _uni_record("EOS", "EOS", "EOS", "EOS", "EOS"),
        _pair_record("BOS", "BOS", "BOS", "BOS"), _pair_record("EOS", "EOS", "EOS", "EOS"),
        _tri_record("BOS", "BOS", "BOS"), _tri_record("EOS", "EOS", "EOS"),
    )


_END_RECORDS: tuple[tuple, ...] | None = None


def _setup(model: object) -> tuple[tuple, ...]:
    global _feat_dict, _attrs, _attrs_loaded, _END_RECORDS
    if not _attrs_loaded:
        with _lock:
            if not _attrs_loaded:
                _feat_dict = dictionary()
                _attrs = _model_attributes()
                _attrs_loaded = True
                _END_RECORDS = None
    if _END_RECORDS is None:
        _END_RECORDS = _ends()
    return _END_RECORDS


def _token_records(forms: Sequence[str], model: object) -> list[tuple]:
    """The record of each token in ``forms``: cached, or built (one Rust call for all new ones)."""
    tc = _tok_cache
    recs = [tc.get(f) for f in forms]
    new = list(dict.fromkeys(f for f, r in zip(forms, recs) if r is None))
    if not new:
        return recs  # type: ignore[return-value]
    rows = model.featurizer.process([[[f]] for f in new])  # type: ignore[attr-defined]
    made = {}
    for f, row in zip(new, rows):
        x = row[0]  # a one-token sentence: its attributes at offset 0 are the token's own values
        made[f] = _uni_record(
            f, x[14][len("T[0].lower="):], x[22][len("T[0].isdigit="):],
            x[26][len("T[0].istitle="):], x[33][len("T[0].is_in_dict="):]
        )
    if len(tc) + len(made) > _CACHE_MAX:
        tc.clear()
        _pair_cache.clear()
        _tri_cache.clear()
    tc.update(made)
    return [made[f] if r is None else r for f, r in zip(forms, recs)]


def crf_features(forms: Sequence[str]) -> list[tuple[str, ...]]:
    """Per token, the attributes of underthesea's CRFFeaturizer for ``forms`` that the model knows.

    The same strings as ``CRFFeaturizer.process`` (grouped by offset, not in template order) less
    those without a weight in the model, so the tagger gives the same tags.
    """
    n = len(forms)
    if n == 0:
        return []
    _, model = _load()
    bos_u, eos_u, bos_p, eos_p, bos_t, eos_t = _setup(model)
    dic = _feat_dict or frozenset()
    recs = _token_records(forms, model)
    if len(_pair_cache) > _NGRAM_CACHE_MAX:
        _pair_cache.clear()
    if len(_tri_cache) > _NGRAM_CACHE_MAX:
        _tri_cache.clear()
    U = [bos_u, bos_u, *recs, eos_u, eos_u]
    pc = _pair_cache
    P = [bos_p, bos_p]
    for p in range(n - 1):
        a, b = forms[p], forms[p + 1]
        r = pc.get((a, b))
        if r is None:
            ra, rb = recs[p], recs[p + 1]
            low = f"{ra[5]} {rb[5]}"
            r = _pair_record(
                f"{a} {b}", low, "True" if ra[6] == "True" and rb[6] == "True" else "False",
                "True" if low in dic else "False",
            )
            pc[(a, b)] = r
        P.append(r)
    P += [eos_p, eos_p]
    T = [bos_t, bos_t]
    tri = _tri_cache
    for q in range(n - 2):
        k = (forms[q], forms[q + 1], forms[q + 2])
        r = tri.get(k)
        if r is None:
            ra, rb, rc = recs[q], recs[q + 1], recs[q + 2]
            low = f"{ra[5]} {rb[5]} {rc[5]}"
            r = _tri_record(
                f"{k[0]} {k[1]} {k[2]}",
                "True" if ra[6] == "True" and rb[6] == "True" and rc[6] == "True" else "False",
                "True" if low in dic else "False",
            )
            tri[k] = r
        T.append(r)
    T += [eos_t, eos_t]
    return [
        U[i][0] + U[i + 1][1] + U[i + 2][2] + U[i + 3][3] + U[i + 4][4]
        + P[i][0] + P[i + 1][1] + P[i + 2][2] + P[i + 3][3] + T[i][0] + T[i + 1][1] + T[i + 2][2]
        for i in range(n)
    ]
