"""Translation backends. :class:`CT2Backend` runs a local CTranslate2 model with sentencepiece.

A backend works in text: ``translate`` returns an n-best list per segment, ``locate`` says where in
a hypothesis the translation of a source span begins (from the decoder's attention), and
``complete`` decodes again with a forced target prefix and lets the model finish. The enforcement
logic (:mod:`vnterm.translate.enforce`) only needs these three calls, so a scripted backend can
stand in for tests.

A backend that decodes in tokens also offers the :class:`TokenBackend` calls: the enforcer then
keeps every forced prefix as a list of the model's own tokens, only ever appended to, and never
re-encodes text the model wrote (a detokenise/tokenise round trip need not give the same tokens).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Protocol, Sequence

from ..errors import ModelError
from .models import ModelDir, inspect_model_dir


@dataclass
class Hypothesis:
    """One decoded hypothesis: detokenised ``text``, model ``score`` and backend data (tokens, attention)."""

    text: str
    score: float
    payload: Any = None


class Backend(Protocol):
    """What the enforcer needs from a translation backend.

    A backend may also offer ``locate_batch(items)`` (many :meth:`locate` calls at once); the
    enforcer uses it when present.
    """

    name: str

    def translate(
        self, segments: Sequence[str], *, num_hypotheses: int = 1, progress: "ProgressFn | None" = None
    ) -> list[list[Hypothesis]]:
        """An n-best list (best first) for every segment, in input order; ``progress(k)`` after each batch."""
        ...

    def locate(self, segment: str, hypothesis: Hypothesis, src_start: int, src_end: int) -> int | None:
        """Character offset in ``hypothesis.text`` where the rendering of ``segment[src_start:src_end]`` starts."""
        ...

    def complete(self, segments: Sequence[str], prefixes: Sequence[str]) -> list[Hypothesis]:
        """Decode each segment again with its text prefix forced; the model finishes the sentence."""
        ...


ProgressFn = Callable[[int], None]


class TokenBackend(Protocol):
    """The token-level calls a backend may add to :class:`Backend` (CT2Backend has them)."""

    def units(self, hypothesis: Hypothesis) -> list[str]:
        """The hypothesis as the model's tokens (a forced prefix comes back unchanged at their head)."""
        ...

    def unit_index(self, hypothesis: Hypothesis, offset: int) -> int:
        """The index of the token that starts the word holding character ``offset`` of the text."""
        ...

    def spell(self, term: str) -> list[str] | None:
        """The tokens that write ``term`` as a new word, or None when the model cannot write it
        (a piece outside the target vocabulary, or pieces that do not decode back to the term)."""
        ...

    def complete_units(self, segments: Sequence[str], prefixes: Sequence[Sequence[str]]) -> list[Hypothesis]:
        """Decode each segment with its token prefix forced; every hypothesis starts with its prefix."""
        ...

#: language tokens of NLLB (eng_Latn), M2M100 (__en__) and mBART (en_XX)
_LANG_TOKEN = re.compile(r"^(?:[a-z]{3}_[A-Z][a-z]{3}|__[a-z]{2,3}__|[a-z]{2}_[A-Z]{2})$")


def _piece_spans(text: str, pieces: Sequence[str]) -> list[tuple[int, int]]:
    """Approximate character spans of sentencepiece ``pieces`` in ``text`` (sequential search)."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces:
        surface = piece.replace("▁", " ").strip()
        if not surface:
            spans.append((cursor, cursor))
            continue
        i = text.find(surface, cursor)
        if i < 0 or i - cursor > 8:
            i = cursor
            while i < len(text) and text[i].isspace():
                i += 1
        end = min(len(text), i + len(surface))
        spans.append((i, end))
        cursor = end
    return spans


class CT2Backend:
    """A CTranslate2 translator over a validated model directory.

    ``device`` is ``cpu``, ``cuda`` or ``auto``; ``threads`` 0 lets CTranslate2 choose;
    ``compute_type`` is any CTranslate2 compute type (``default`` keeps the saved one, int8 for a
    converted model). Inputs are sorted by length and decoded ``batch_size`` at a time.
    """

    name = "ctranslate2"

    def __init__(
        self,
        model_dir: str | Path | ModelDir,
        *,
        device: str = "cpu",
        threads: int = 0,
        compute_type: str = "default",
        beam_size: int = 4,
        batch_size: int = 32,
        max_input_tokens: int = 512,
        max_decoding_length: int | None = None,
    ):
        import ctranslate2
        import sentencepiece as spm

        self.model = model_dir if isinstance(model_dir, ModelDir) else inspect_model_dir(model_dir)
        self.adapter = self.model.adapter
        if beam_size < 1 or batch_size < 1:
            raise ModelError("beam size and batch size must be at least 1")
        self.beam_size = beam_size
        self.batch_size = batch_size
        self.max_input_tokens = max_input_tokens
        #: None: twice the longest source of the batch plus 10 (a cap; real models stop at </s>)
        self.max_decoding_length = max_decoding_length
        self.compute_type = compute_type
        self.device = device
        try:
            self.sp_source = spm.SentencePieceProcessor(model_file=str(self.model.source_spm))
            self.sp_target = (
                self.sp_source
                if self.model.target_spm == self.model.source_spm
                else spm.SentencePieceProcessor(model_file=str(self.model.target_spm))
            )
        except (OSError, RuntimeError) as exc:
            raise ModelError(f"{self.model.path}: corrupt sentencepiece model ({exc})") from None
        self.threads = threads or auto_threads(self.model.path / "model.bin", device)
        try:
            self.translator = ctranslate2.Translator(
                str(self.model.path), device=device, compute_type=compute_type, intra_threads=self.threads
            )
        except Exception as exc:  # CTranslate2 raises RuntimeError, ValueError or IndexError on a bad model.bin
            raise ModelError(f"{self.model.path}: cannot load the model ({exc})") from None
        self._prefix = list(self.adapter.target_prefix)
        #: tokens never shown in the output: every vocabulary entry that is not an ordinary piece of
        #: the target sentencepiece model (<blank>, <pad>, <unk>, <s>, </s>, language tags, padding words)
        self._special = special_tokens(self.model.vocab, self.sp_target)
        #: what decoding may never produce (</s> ends a sentence; <unk> goes by ``disable_unk``)
        self._suppress = [[t] for t in sorted(self._special) if t not in ("</s>", "<unk>")] or None
        self._vocab = frozenset(self.model.vocab)
        self._spelled: dict[str, list[str] | None] = {}

    # -- tokenisation --------------------------------------------------------------------------
    def _prepare(self, segment: str) -> str:
        if self.adapter.tone:
            from ..text import to_tone_style

            return to_tone_style(segment, self.adapter.tone)
        return segment

    def source_pieces(self, segment: str) -> list[str]:
        """The model's source pieces for ``segment`` (language tokens and ``</s>`` included)."""
        pieces = self.sp_source.encode(self._prepare(segment), out_type=str)
        return [*self.adapter.source_prefix, *pieces, *self.adapter.source_suffix]

    def count_tokens(self, segment: str) -> int:
        return len(self.source_pieces(segment))

    def _detok(self, tokens: Sequence[str]) -> str:
        return self.sp_target.decode([t for t in tokens if t not in self._special])

    def _strip_prefix(self, tokens: list[str]) -> list[str]:
        n = len(self._prefix)
        return tokens[n:] if n and tokens[:n] == self._prefix else tokens

    # -- decoding ------------------------------------------------------------------------------
    def _run(self, sources: list[list[str]], prefixes: list[list[str]] | None, num_hypotheses: int, attention: bool):
        longest = max((len(s) for s in sources), default=1)
        longest_prefix = max((len(p) for p in prefixes), default=0) if prefixes else 0
        return self.translator.translate_batch(
            sources,
            target_prefix=prefixes,
            beam_size=max(self.beam_size, num_hypotheses),
            num_hypotheses=num_hypotheses,
            return_scores=True,
            return_attention=attention,
            max_decoding_length=longest_prefix + (self.max_decoding_length or min(1024, 2 * longest + 10)),
            **self._clean(),
        )

    def _clean(self) -> dict[str, Any]:
        """Decoding options that keep junk out: no <unk>, no padding or control token."""
        return {"disable_unk": True, "suppress_sequences": self._suppress}

    def translate(
        self,
        segments: Sequence[str],
        *,
        num_hypotheses: int = 1,
        attention: bool = False,
        progress: ProgressFn | None = None,
    ) -> list[list[Hypothesis]]:
        sources = [self.source_pieces(s) for s in segments]
        order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
        out: list[list[Hypothesis]] = [[] for _ in segments]
        for b in range(0, len(order), self.batch_size):
            idx = order[b : b + self.batch_size]
            batch = [sources[i] for i in idx]
            prefixes = [list(self._prefix) for _ in idx] if self._prefix else None
            results = self._run(batch, prefixes, num_hypotheses, attention)
            for i, res in zip(idx, results):
                hyps = []
                for k, tokens in enumerate(res.hypotheses):
                    att = res.attention[k] if attention and res.attention else None
                    n = len(tokens)
                    tokens = self._strip_prefix(tokens)
                    if att is not None and len(tokens) != n:
                        att = att[n - len(tokens) :]
                    score = res.scores[k] if res.scores else 0.0
                    hyps.append(Hypothesis(self._detok(tokens), float(score), (tokens, att, sources[i])))
                out[i] = hyps
            if progress is not None:
                progress(len(idx))
        return out

    def locate(self, segment: str, hypothesis: Hypothesis, src_start: int, src_end: int) -> int | None:
        """Where the decoder attended to the source span first (start of that word), as a text offset."""
        if not hypothesis.payload:
            return None
        tokens, att, source = hypothesis.payload
        if not tokens:
            return None
        if att is None:
            att = self._attention(source, tokens)
        text = self._prepare(segment)
        lead = len(self.adapter.source_prefix)
        body = source[lead : len(source) - len(self.adapter.source_suffix)]
        spans = _piece_spans(text, body)
        cols = {lead + j for j, (s, e) in enumerate(spans) if s < src_end and e > src_start}
        if not cols:
            return None
        pick = None
        for t, row in enumerate(att):
            if row and max(range(len(row)), key=row.__getitem__) in cols:
                pick = t
                break
        if pick is None:
            masses = [sum(row[c] for c in cols if c < len(row)) for row in att]
            pick = max(range(len(masses)), key=masses.__getitem__)
        pick = min(pick, len(tokens) - 1)
        while pick > 0 and not tokens[pick].startswith("▁"):
            pick -= 1
        offset = len(self._detok(tokens[:pick]))
        while offset < len(hypothesis.text) and hypothesis.text[offset].isspace():
            offset += 1
        return min(offset, len(hypothesis.text))

    def locate_batch(self, items: Sequence[tuple[str, Hypothesis, int, int]]) -> list[int | None]:
        """:meth:`locate` for many (segment, hypothesis, start, end) at once: the attention that
        hypotheses lack is computed in one batched forced decode."""
        need = [h for _, h, _, _ in items if h.payload and h.payload[0] and h.payload[1] is None]
        if need:
            rows = self._attention_many([(h.payload[2], h.payload[0]) for h in need])
            for h, att in zip(need, rows):
                h.payload = (h.payload[0], att, h.payload[2])
        return [self.locate(seg, hyp, s, e) for seg, hyp, s, e in items]

    def _attention(self, source: list[str], tokens: list[str]) -> list[list[float]]:
        return self._attention_many([(source, tokens)])[0]

    def _attention_many(self, pairs: Sequence[tuple[list[str], list[str]]]) -> list[list[list[float]]]:
        """Decoder attention over the source for known hypotheses (decoded with themselves as prefix)."""
        out: list[list[list[float]]] = []
        n = len(self._prefix)
        for b in range(0, len(pairs), self.batch_size):
            chunk = pairs[b : b + self.batch_size]
            results = self.translator.translate_batch(
                [src for src, _ in chunk],
                target_prefix=[self._prefix + list(toks) for _, toks in chunk],
                beam_size=1,
                return_attention=True,
                max_decoding_length=n + max(len(toks) for _, toks in chunk) + 1,
                **self._clean(),
            )
            for res, (_, toks) in zip(results, chunk):
                rows = res.attention[0] if res.attention else []
                out.append(rows[n : n + len(toks)])
        return out

    # -- token-level calls (TokenBackend) ------------------------------------------------------
    def units(self, hypothesis: Hypothesis) -> list[str]:
        return list(hypothesis.payload[0]) if hypothesis.payload else []

    def unit_index(self, hypothesis: Hypothesis, offset: int) -> int:
        tokens = self.units(hypothesis)
        lo, hi = 0, len(tokens)
        while lo < hi:  # the first token whose text starts at or after ``offset``
            mid = (lo + hi) // 2
            if len(self._detok(tokens[: mid + 1])) <= offset:
                lo = mid + 1
            else:
                hi = mid
        k = min(lo, len(tokens))
        while 0 < k < len(tokens) and (not tokens[k].startswith("▁") or tokens[k] in self._special):
            k -= 1  # the start of the word that holds ``offset``: never inside a word
        return k

    def spell(self, term: str) -> list[str] | None:
        if term not in self._spelled:
            from ..text import fold_key

            pieces = self.sp_target.encode(term, out_type=str)
            ok = bool(pieces) and all(p in self._vocab and p not in self._special for p in pieces)
            if ok and fold_key(self.sp_target.decode(pieces)) != fold_key(term):
                ok = False
            self._spelled[term] = list(pieces) if ok else None
        return self._spelled[term]

    def complete(self, segments: Sequence[str], prefixes: Sequence[str]) -> list[Hypothesis]:
        """Decode with each text prefix forced (encoded here); see :meth:`complete_units`."""
        return self.complete_units(segments, [self.sp_target.encode(p, out_type=str) for p in prefixes])

    def complete_units(self, segments: Sequence[str], prefixes: Sequence[Sequence[str]]) -> list[Hypothesis]:
        """Decode with each token prefix forced; the model finishes the sentence.

        When the next visible token would glue a suffix onto the forced term ("Land Law" + "s"),
        greedy alternatives for it are asked for, the best one that starts a new word is forced
        too and the segment decoded again with the full beam; if none does, the glued pieces are
        cut. Every hypothesis starts with its forced prefix.
        """
        sources = [self.source_pieces(s) for s in segments]
        forced = [self._prefix + list(p) for p in prefixes]
        out: list[Hypothesis] = []
        for b in range(0, len(sources), self.batch_size):
            chunk, chunk_forced = sources[b : b + self.batch_size], forced[b : b + self.batch_size]
            term_ends = [len(f) for f in chunk_forced]
            results = self._decode_forced(chunk, chunk_forced, alternatives=False)
            glued = [i for i, (res, pre) in enumerate(zip(results, chunk_forced)) if self._pick_alternative(res.hypotheses, len(pre)) < 0]
            if glued:
                # cheap greedy alternatives for the next token; the best one that starts a word is
                # appended to the prefix and the segment decoded again with the full beam
                alts = self._decode_forced([chunk[i] for i in glued], [chunk_forced[i] for i in glued], alternatives=True)
                redo = []
                for i, alt in zip(glued, alts):
                    n = len(chunk_forced[i])
                    k = self._pick_alternative(alt.hypotheses, n)
                    if k >= 0 and len(alt.hypotheses[k]) > n:
                        chunk_forced[i] = chunk_forced[i] + [alt.hypotheses[k][n]]
                        redo.append(i)
                if redo:
                    again = self._decode_forced([chunk[i] for i in redo], [chunk_forced[i] for i in redo], alternatives=False)
                    for i, res in zip(redo, again):
                        results[i] = res
            for res, src, end in zip(results, chunk, term_ends):
                k = self._pick_alternative(res.hypotheses, end)
                tokens = res.hypotheses[max(k, 0)]
                att = res.attention[max(k, 0)] if res.attention else None
                if k < 0:  # nothing but glued continuations: cut the glued pieces off
                    tokens, att = _unglue(tokens, end, self._special), None
                n = len(tokens)
                tokens = self._strip_prefix(tokens)
                if att is not None:
                    att = att[n - len(tokens) :]
                score = res.scores[max(k, 0)] if res.scores else 0.0
                out.append(Hypothesis(self._detok(tokens), float(score), (tokens, att, src)))
        return out

    def _decode_forced(self, chunk: list[list[str]], forced: list[list[str]], *, alternatives: bool):
        longest_prefix = max(len(f) for f in forced)
        budget = self.max_decoding_length or min(1024, 2 * max(len(s) for s in chunk) + 10)
        return self.translator.translate_batch(
            chunk,
            target_prefix=forced,
            beam_size=1 if alternatives else self.beam_size,
            num_hypotheses=8 if alternatives else 1,
            return_alternatives=alternatives,
            return_attention=not alternatives,
            return_scores=True,
            # the translation's length budget is the same with or without a forced prefix; the
            # alternatives call only needs the one token after the prefix
            max_decoding_length=longest_prefix + 1 if alternatives else max(longest_prefix + 10, budget),
            **self._clean(),
        )

    def _pick_alternative(self, hypotheses: list[list[str]], n_prefix: int) -> int:
        for k, hyp in enumerate(hypotheses):
            if not _glues(_next_visible(hyp, n_prefix, self._special)):
                return k
        return -1


def _next_visible(tokens: Sequence[str], start: int, special: frozenset[str] | set[str]) -> str:
    """The first token from ``start`` on that shows in the text ("" when none does)."""
    for t in tokens[start:]:
        if t not in special:
            return t
    return ""


def _glues(piece: str) -> bool:
    """A piece that continues the previous word (no word-start marker and a letter or digit)."""
    return not piece.startswith("▁") and piece[:1].isalnum()


def _unglue(tokens: list[str], n_prefix: int, special: frozenset[str] | set[str]) -> list[str]:
    k = n_prefix
    while k < len(tokens) and (tokens[k] in special or _glues(tokens[k])):
        k += 1
    return tokens[:n_prefix] + tokens[k:]


def special_tokens(vocab: Sequence[str], sp: Any) -> frozenset[str]:
    """Vocabulary entries that are not ordinary pieces of the sentencepiece model ``sp``: control and
    unknown tokens, padding entries and language tags. They are never shown in the text."""
    out = set()
    for token in vocab:
        i = sp.piece_to_id(token)
        if sp.is_unknown(i) or sp.is_control(i) or sp.id_to_piece(i) != token or _LANG_TOKEN.match(token):
            out.add(token)
    return frozenset(out)


#: model.bin smaller than this decodes faster on one thread than on several (too little work per
#: operation to share; measured with the tiny test model on 2 cores, see docs/translate.md)
SMALL_MODEL_BYTES = 64 * 1024 * 1024


def auto_threads(model_bin: Path, device: str) -> int:
    """CPU threads when the user asks for none: 1 for a small model, else up to 4, never more than cores."""
    import os

    if device == "cuda":
        return 1
    try:
        size = model_bin.stat().st_size
    except OSError:
        size = 0
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if size < SMALL_MODEL_BYTES else max(1, min(4, cores))
