"""Test helpers for ``vnterm translate``: tiny CTranslate2 models built from numpy (no torch, no
network) and a deterministic scripted backend for the term-enforcement logic.

``build_marian_dir(out, lines)`` trains a small sentencepiece model on ``lines`` and writes a
directory in the OPUS-MT layout (``model.bin``, ``config.json``, ``shared_vocabulary.json``,
``source.spm``, ``target.spm``) holding a Transformer with random weights: its output is nonsense,
but loading, tokenisation, batching, n-best, attention and prefix decoding are all real.
``build_marian_dir(..., size="marian")`` gives the dimensions of Helsinki-NLP/opus-mt-vi-en
(6+6 layers, d_model 512, 8 heads, FFN 2048, a 53k vocabulary) so that timings are realistic
(bench only).
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

SIZES = {
    # name: (layers, heads, d_model, ffn, sentencepiece vocabulary, padded model vocabulary)
    "tiny": (2, 2, 32, 64, 400, 0),
    "marian": (6, 8, 512, 2048, 8000, 53000),
}


def train_spm(lines: Iterable[str], prefix: Path, vocab_size: int) -> Path:
    """Train a unigram sentencepiece model on ``lines``; returns ``prefix.model``."""
    import sentencepiece as spm

    text = "\n".join(line for line in lines if line.strip())
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(text.splitlines()),
        model_prefix=str(prefix),
        vocab_size=vocab_size,
        character_coverage=1.0,
        model_type="unigram",
        hard_vocab_limit=False,
        minloglevel=2,
        bos_id=-1,
        eos_id=-1,
        unk_id=0,
    )
    return Path(f"{prefix}.model")


def _spm_pieces(model: Path) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(model))
    return [sp.id_to_piece(i) for i in range(sp.get_piece_size())]


def _fill(spec, vocab_size: int, d_model: int, ffn: int, rng) -> None:
    """Give every required variable of a TransformerSpec random numpy values (OpenNMT-py layout)."""
    import numpy as np

    def linear(lin, out_dim: int, in_dim: int) -> None:
        lin.weight = (rng.standard_normal((out_dim, in_dim)) / np.sqrt(in_dim)).astype(np.float32)
        lin.bias = np.zeros((out_dim,), dtype=np.float32)

    def norm(ln) -> None:
        ln.gamma = np.ones((d_model,), dtype=np.float32)
        ln.beta = np.zeros((d_model,), dtype=np.float32)

    def ffn_spec(f) -> None:
        norm(f.layer_norm)
        linear(f.linear_0, ffn, d_model)
        linear(f.linear_1, d_model, ffn)

    emb = (rng.standard_normal((vocab_size, d_model)) * 0.5).astype(np.float32)
    spec.encoder.embeddings[0].weight = emb
    norm(spec.encoder.layer_norm)
    for layer in spec.encoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)  # fused QKV
        linear(layer.self_attention.linear[1], d_model, d_model)
        ffn_spec(layer.ffn)
    spec.decoder.embeddings.weight = emb
    norm(spec.decoder.layer_norm)
    spec.decoder.projection.weight = emb
    spec.decoder.projection.bias = np.zeros((vocab_size,), dtype=np.float32)
    for layer in spec.decoder.layer:
        norm(layer.self_attention.layer_norm)
        linear(layer.self_attention.linear[0], 3 * d_model, d_model)
        linear(layer.self_attention.linear[1], d_model, d_model)
        norm(layer.attention.layer_norm)
        linear(layer.attention.linear[0], d_model, d_model)  # queries
        linear(layer.attention.linear[1], 2 * d_model, d_model)  # fused keys/values
        linear(layer.attention.linear[2], d_model, d_model)
        ffn_spec(layer.ffn)


#: family → (sentencepiece file names, extra vocabulary tokens)
LAYOUTS = {
    "marian": (("source.spm", "target.spm"), ()),
    "nllb": (("sentencepiece.bpe.model",), ("vie_Latn", "eng_Latn")),
    "m2m100": (("sentencepiece.bpe.model",), ("__vi__", "__en__")),
    "mbart": (("sentencepiece.bpe.model",), ("vi_VN", "en_XX")),
}


#: the special tokens that open the vocabulary, as OpenNMT-style converters write them
OPENNMT_SPECIALS = ("<blank>", "<unk>", "<s>", "</s>")


def build_marian_dir(
    out: Path, lines: Sequence[str], *, size: str = "tiny", seed: int = 7, specials: Sequence[str] = OPENNMT_SPECIALS
) -> Path:
    """Write a CTranslate2 model in the OPUS-MT layout to ``out`` (created); returns ``out``."""
    return build_model_dir(out, lines, family="marian", size=size, seed=seed, specials=specials)


def build_model_dir(
    out: Path,
    lines: Sequence[str],
    *,
    family: str = "marian",
    size: str = "tiny",
    seed: int = 7,
    specials: Sequence[str] = OPENNMT_SPECIALS,
) -> Path:
    """Write a CTranslate2 model laid out as ``family`` expects (see LAYOUTS) to ``out``.

    The vocabulary opens with ``specials`` (by default ``<blank>`` at id 0, then ``<unk>``, ``<s>``,
    ``</s>``, as the OpenNMT-style converters write it: a model that puts ``<unk>`` first hides every
    bug where ``<blank>`` leaks into the output)."""
    import shutil
    import tempfile

    import numpy as np
    from ctranslate2.specs import transformer_spec

    layers, heads, d_model, ffn, spm_vocab, pad_vocab = SIZES[size]
    out = Path(out)
    with tempfile.TemporaryDirectory() as tmp:
        model = train_spm(lines, Path(tmp) / "spm", spm_vocab)
        pieces = _spm_pieces(model)
        spm_files, extra = LAYOUTS[family]
        vocab = list(specials) + [p for p in pieces if p not in specials] + list(extra)
        if pad_vocab > len(vocab):  # output-layer cost of a real vocabulary (opus-mt-vi-en: about 53k)
            vocab += [f"madeupword{i}" for i in range(pad_vocab - len(vocab))]
        spec = transformer_spec.TransformerSpec.from_config(layers, heads)
        _fill(spec, len(vocab), d_model, ffn, np.random.default_rng(seed))
        spec.config.unk_token = "<unk>"
        spec.config.bos_token = "<s>"
        spec.config.eos_token = "</s>"
        spec.config.decoder_start_token = "</s>"
        spec.register_source_vocabulary(vocab)
        spec.register_target_vocabulary(vocab)
        spec.validate()
        spec.optimize(quantization="int8" if size != "tiny" else None)
        if out.exists():
            shutil.rmtree(out)
        out.mkdir(parents=True)
        spec.save(str(out))
        for name in spm_files:
            shutil.copy(model, out / name)
    return out


# --------------------------------------------------------------------------------------------
# A scripted backend: deterministic hypotheses, known alignments, prefix completion.


@dataclass
class Script:
    """What the scripted backend does for one source segment.

    ``hypotheses``: n-best list of (text, score), best first. ``align``: for a source substring,
    the text the model "used" for it in any hypothesis (so that ``locate`` can point at it).
    ``reference``: completion after a forced prefix continues with the reference text from the
    end of the forced term on (or with ``tail`` when the term is not in the reference).
    """

    hypotheses: list[tuple[str, float]]
    align: dict[str, str] = field(default_factory=dict)
    reference: str = ""


class ScriptedBackend:
    """A deterministic :class:`vnterm.translate.backend.Backend` for tests and the term benchmark."""

    name = "scripted"

    def __init__(self, scripts: dict[str, Script]):
        self.scripts = scripts
        self.calls: list[tuple[str, int]] = []

    def translate(self, segments: Sequence[str], *, num_hypotheses: int = 1, progress=None):
        from vnterm.translate.backend import Hypothesis

        out = []
        for seg in segments:
            self.calls.append(("translate", num_hypotheses))
            script = self.scripts.get(seg)
            hyps = script.hypotheses if script else [(seg, -1.0)]
            out.append([Hypothesis(text, score, payload=seg) for text, score in hyps[:num_hypotheses]])
        if progress is not None:
            progress(len(segments))
        return out

    def locate(self, segment: str, hypothesis, src_start: int, src_end: int) -> int | None:
        script = self.scripts.get(segment)
        if script is None:
            return None
        rendered = script.align.get(segment[src_start:src_end])
        if rendered is None:
            return None
        i = hypothesis.text.find(rendered)
        return i if i >= 0 else None

    def complete(self, segments: Sequence[str], prefixes: Sequence[str]):
        from vnterm.translate.backend import Hypothesis

        out = []
        for seg, prefix in zip(segments, prefixes):
            self.calls.append(("complete", 1))
            script = self.scripts.get(seg)
            ref = script.reference if script else ""
            tail = _continuation(prefix, ref)
            out.append(Hypothesis((prefix + tail).strip(), -2.0, payload=seg))
        return out


class LossyTokenBackend:
    """A deterministic token-level backend (:class:`vnterm.translate.backend.TokenBackend`) whose
    rendering is lossy: ``<blank>`` tokens vanish and punctuation attaches to the word before, so
    the rendered text does not tokenise back into the tokens.

    ``first`` maps a source segment to its first hypothesis (space-separated tokens); ``wrong``
    maps a wrong rendering to the required term: when a completion's prefix ends with the term, the
    model goes on after the wrong rendering it replaced, writing a ``<blank>`` first. ``align`` maps
    a source span to the wrong rendering that ``locate`` points at. Words in ``excluded`` are not
    in the vocabulary. ``prefix_growth`` records every forced prefix.
    """

    name = "lossy-tokens"
    SPECIAL = frozenset({"<blank>", "<unk>", "</s>"})

    def __init__(
        self,
        first: dict[str, str],
        wrong: dict[str, str] | None = None,
        excluded: Iterable[str] = (),
        align: dict[str, str] | None = None,
    ):
        self.first = {k: v.split() for k, v in first.items()}
        self.wrong = dict(wrong or {})
        self.align = dict(align or {})  # source span → the wrong rendering the "attention" points at
        self.excluded = set(excluded)
        self.current: dict[str, list[str]] = {}
        self.prefix_growth: list[list[str]] = []

    def render(self, tokens: Sequence[str]) -> str:
        out = ""
        for t in tokens:
            if t in self.SPECIAL:
                continue
            out += t if (t in ".,;:!?" or not out) else " " + t
        return out

    def _hyp(self, seg: str, tokens: list[str]):
        from vnterm.translate.backend import Hypothesis

        self.current[seg] = tokens
        return Hypothesis(self.render(tokens), -1.0, list(tokens))

    def translate(self, segments: Sequence[str], *, num_hypotheses: int = 1, progress=None):
        out = [[self._hyp(seg, list(self.first.get(seg, seg.split())))] for seg in segments]
        if progress is not None:
            progress(len(segments))
        return out

    def locate(self, segment: str, hypothesis, src_start: int, src_end: int) -> int | None:
        bad = self.align.get(segment[src_start:src_end])
        i = hypothesis.text.find(bad) if bad else -1
        return i if i >= 0 else None

    def complete(self, segments: Sequence[str], prefixes: Sequence[str]):
        raise AssertionError("a token backend is never given text prefixes")

    def units(self, hypothesis) -> list[str]:
        return list(hypothesis.payload)

    def unit_index(self, hypothesis, offset: int) -> int:
        tokens = list(hypothesis.payload)
        for k in range(len(tokens)):
            if tokens[k] not in self.SPECIAL and len(self.render(tokens[: k + 1])) > offset:
                return k
        return len(tokens)

    def spell(self, term: str) -> list[str] | None:
        words = term.split()
        return None if any(w in self.excluded for w in words) else words

    def complete_units(self, segments: Sequence[str], prefixes: Sequence[Sequence[str]]):
        out = []
        for seg, prefix in zip(segments, prefixes):
            prefix = list(prefix)
            self.prefix_growth.append(prefix)
            current = self.current.get(seg, [])
            rest: list[str] = []
            for bad, good in self.wrong.items():
                n = len(good.split())
                if prefix[-n:] == good.split():
                    k = len(prefix) - n  # the wrong rendering started here in the current hypothesis
                    visible = [i for i in range(k, len(current)) if current[i] not in self.SPECIAL]
                    words = bad.split()
                    if [current[i] for i in visible[: len(words)]] == words:
                        rest = ["<blank>"] + current[visible[len(words) - 1] + 1 :]
                    else:
                        rest = ["<blank>"] + current[k:]
                    break
            out.append(self._hyp(seg, prefix + rest))
        return out


def _continuation(prefix: str, reference: str) -> str:
    """The part of ``reference`` after the longest suffix of ``prefix`` (≥ 2 words) found in it."""
    words = prefix.split()
    for k in range(len(words), 0, -1):
        probe = " ".join(words[-k:])
        i = reference.find(probe)
        if i >= 0 and (k >= 2 or len(probe) > 3):
            return reference[i + len(probe) :]
    return "."


def corrupt(reference: str, terms: Sequence[tuple[str, str, str | None]], seed: str) -> tuple[str, dict[str, str], str]:
    """Make a deterministic faulty first hypothesis from ``reference``.

    ``terms`` are (vi, en, variant-or-None). Per term, a hash of ``seed`` + term picks: keep it,
    use its variant (a deprecated/admitted form, to be post-edited), or render it wrongly (a
    literal, to be forced by a prefix). Returns (hypothesis, alignment vi → rendered text, kinds).
    """
    hyp = reference
    align: dict[str, str] = {}
    kinds = []
    for vi, en, variant in terms:
        h = int(hashlib.sha1(f"{seed}|{vi}".encode()).hexdigest(), 16) % 3
        if en not in hyp:
            align[vi] = en
            kinds.append("absent")
            continue
        if h == 0:
            rendered = en
            kinds.append("keep")
        elif h == 1 and variant:
            rendered = variant
            kinds.append("variant")
        else:
            rendered = _literal(en)
            kinds.append("wrong")
        hyp = hyp.replace(en, rendered, 1)
        align[vi] = rendered
    return hyp, align, ",".join(kinds)


_LITERAL = {
    "Ministry": "Bureau",
    "Committee": "Board",
    "Minister": "Secretary",
    "Department": "Office",
    "Deputy": "Vice",
    "President": "Chairman",
    "Prime": "First",
    "Party": "Group",
    "Law": "Act",
    "Decree": "Order",
    "National": "State",
    "Assembly": "Congress",
    "People's": "Popular",
    "Viet Nam": "VN",
    "of": "for",
}


def _literal(en: str) -> str:
    """A plausible wrong rendering: swap known words, else reverse word order, else lowercase."""
    out = en
    for a, b in _LITERAL.items():
        out = re.sub(rf"\b{re.escape(a)}\b", b, out)
    if out == en:
        words = en.split()
        out = " ".join(reversed(words)) if len(words) > 1 else en.lower() + "s"
    if out.casefold() == en.casefold():
        out = "the said " + out.lower() + " body"
    return out


def read_parallel(path: Path) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Read ``tests/data/translate/sentences.tsv``: vi, en reference, terms ("vi=en | vi=en")."""
    rows = []
    for n, line in enumerate(io.open(path, encoding="utf-8").read().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise ValueError(f"{path}:{n}: expected 3 tab-separated fields, got {len(parts)}")
        vi, en, terms = parts
        pairs = []
        for item in terms.split(" | "):
            if item.strip():
                a, b = item.split("=", 1)
                pairs.append((a.strip(), b.strip()))
        rows.append((vi, en, pairs))
    return rows


DATA = Path(__file__).parent / "data" / "translate"
_BUILT: dict[tuple[str, str], Path] = {}


def training_lines() -> list[str]:
    """The lines the tiny sentencepiece models learn from: the translate test sentences, both sides."""
    rows = read_parallel(DATA / "sentences.tsv")
    return [vi for vi, _, _ in rows] + [en for _, en, _ in rows]


def tiny_model(tmp_path_factory, family: str = "marian") -> Path:
    """A tiny model of ``family``, built once per test session (call it from a session fixture)."""
    key = (str(tmp_path_factory.getbasetemp()), family)
    if key not in _BUILT:
        _BUILT[key] = build_model_dir(tmp_path_factory.mktemp(f"tiny-{family}") / "model", training_lines(), family=family)
    return _BUILT[key]
