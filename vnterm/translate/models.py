"""Model directories and adapters: which model family a CTranslate2 directory holds, and how to feed it.

A directory is recognised without loading it:

* ``vnterm.json`` (written by ``vnterm model convert``) names the family outright;
* ``source.spm`` + ``target.spm`` → Marian / OPUS-MT (the OPUS-MT layout needs no other file);
* ``sentencepiece.bpe.model`` → NLLB-200, M2M100 or mBART (VinAI Translate), told apart by the
  language tokens in the vocabulary (``eng_Latn``, ``__en__``, ``en_XX``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError

#: Files CTranslate2 writes for the vocabulary (one shared file, or one per side).
SHARED_VOCABS = ("shared_vocabulary.json", "shared_vocabulary.txt")
SIDE_VOCABS = (
    ("source_vocabulary.json", "target_vocabulary.json"),
    ("source_vocabulary.txt", "target_vocabulary.txt"),
)
SIDECAR = "vnterm.json"


@dataclass(frozen=True)
class Adapter:
    """How one model family wants its input and output.

    ``source_prefix``/``source_suffix`` wrap the source pieces; ``target_prefix`` starts every
    decode and is removed from the output; ``tone`` is the Vietnamese tone style the model was
    trained on (``"old"`` for VinAI Translate) or None to leave the text as given.
    """

    family: str
    source_spm: str
    target_spm: str
    source_prefix: tuple[str, ...] = ()
    source_suffix: tuple[str, ...] = ("</s>",)
    target_prefix: tuple[str, ...] = ()
    tone: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"family": self.family, "source_prefix": list(self.source_prefix), "target_prefix": list(self.target_prefix)}


FAMILIES = ("marian", "nllb", "m2m100", "mbart")


def make_adapter(family: str, source_lang: str | None = None, target_lang: str | None = None) -> Adapter:
    """The adapter of ``family`` for Vietnamese→English (language codes may be overridden)."""
    if family == "marian":
        return Adapter("marian", "source.spm", "target.spm")
    if family == "nllb":
        src, tgt = source_lang or "vie_Latn", target_lang or "eng_Latn"
        return Adapter("nllb", "sentencepiece.bpe.model", "sentencepiece.bpe.model", (src,), ("</s>",), (tgt,))
    if family == "m2m100":
        src, tgt = source_lang or "__vi__", target_lang or "__en__"
        return Adapter("m2m100", "sentencepiece.bpe.model", "sentencepiece.bpe.model", (src,), ("</s>",), (tgt,))
    if family == "mbart":
        src, tgt = source_lang or "vi_VN", target_lang or "en_XX"
        return Adapter("mbart", "sentencepiece.bpe.model", "sentencepiece.bpe.model", (src,), ("</s>",), (tgt,), tone="old")
    raise ModelError(f"unsupported model type {family!r} (supported: {', '.join(FAMILIES)})")


@dataclass(frozen=True)
class ModelDir:
    """A validated CTranslate2 model directory and its adapter."""

    path: Path
    adapter: Adapter
    vocab: tuple[str, ...]

    @property
    def source_spm(self) -> Path:
        return self.path / self.adapter.source_spm

    @property
    def target_spm(self) -> Path:
        return self.path / self.adapter.target_spm


def _read_vocab(path: Path) -> list[str]:
    try:
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, list) or not all(isinstance(t, str) for t in data):
                raise ValueError("not a list of strings")
            return data
        return path.read_text(encoding="utf-8").splitlines()
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: corrupt vocabulary file ({exc})") from None


def _vocabulary(path: Path) -> list[str]:
    for name in SHARED_VOCABS:
        if (path / name).is_file():
            return _read_vocab(path / name)
    for src, tgt in SIDE_VOCABS:
        if (path / src).is_file() and (path / tgt).is_file():
            return _read_vocab(path / tgt)
    raise ModelError(
        f"{path}: no vocabulary file (expected shared_vocabulary.json, or source_vocabulary.json and "
        "target_vocabulary.json, as CTranslate2 writes them)"
    )


def _detect_family(path: Path, vocab: list[str]) -> str:
    if (path / "source.spm").is_file() or (path / "target.spm").is_file():
        return "marian"
    if (path / "sentencepiece.bpe.model").is_file():
        tokens = set(vocab)
        if "eng_Latn" in tokens:
            return "nllb"
        if "__en__" in tokens:
            return "m2m100"
        if "en_XX" in tokens:
            return "mbart"
        raise ModelError(
            f"{path}: unsupported model type: sentencepiece.bpe.model found but the vocabulary has no "
            "English language token (eng_Latn, __en__ or en_XX)"
        )
    raise ModelError(
        f"{path}: unsupported model type or missing sentencepiece model: expected source.spm and "
        "target.spm (Marian/OPUS-MT) or sentencepiece.bpe.model (NLLB, M2M100, mBART)"
    )


def inspect_model_dir(path: str | Path) -> ModelDir:
    """Validate a CTranslate2 model directory and pick its adapter; raises ModelError saying what is wrong."""
    p = Path(path)
    if not p.exists():
        raise ModelError(f"{p}: model directory not found")
    if not p.is_dir():
        raise ModelError(f"{p}: not a directory (give the folder that holds model.bin)")
    if not (p / "model.bin").is_file():
        raise ModelError(f"{p}: missing model.bin: not a CTranslate2 model (convert one with 'vnterm model convert')")
    config = p / "config.json"
    if config.is_file():
        try:
            data = json.loads(config.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ModelError(f"{config}: corrupt config.json ({exc})") from None
    vocab = _vocabulary(p)
    sidecar = p / SIDECAR
    source_lang = target_lang = None
    if sidecar.is_file():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            family = str(meta["family"])
            source_lang = meta.get("source_lang")
            target_lang = meta.get("target_lang")
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise ModelError(f"{sidecar}: corrupt {SIDECAR} ({exc})") from None
    else:
        family = _detect_family(p, vocab)
    adapter = make_adapter(family, source_lang, target_lang)
    for name in {adapter.source_spm, adapter.target_spm}:
        if not (p / name).is_file():
            raise ModelError(f"{p}: missing sentencepiece model {name} (copy it from the original model)")
    missing = [t for t in adapter.source_prefix + adapter.target_prefix if t not in vocab]
    if missing:
        raise ModelError(f"{p}: language token(s) {', '.join(missing)} not in the vocabulary")
    return ModelDir(p, adapter, tuple(vocab))
