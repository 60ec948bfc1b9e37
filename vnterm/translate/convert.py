"""Convert a Transformers model (hub id or local folder) to a CTranslate2 model directory.

Needs the optional ``convert`` extra (transformers + torch): ``pip install 'vnterm[convert]'``.
Run it once on a connected machine; the result is a plain folder that ``vnterm translate`` loads
offline. The sentencepiece model(s) are copied next to ``model.bin`` and ``vnterm.json`` records
the model family.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from ..errors import ModelError
from ..textio import temp_directory
from .models import SIDECAR, inspect_model_dir, ModelDir

INSTALL_HINT = "pip install 'vnterm[convert]'"
QUANTIZATIONS = ("int8", "int8_float32", "int8_float16", "int8_bfloat16", "int16", "float16", "bfloat16", "float32")


def _family(config: object, name: str) -> str:
    model_type = getattr(config, "model_type", "")
    tokenizer_class = str(getattr(config, "tokenizer_class", "") or "")
    if model_type == "marian":
        return "marian"
    if model_type == "m2m_100":
        return "nllb" if "nllb" in tokenizer_class.lower() or "nllb" in name.lower() else "m2m100"
    if model_type == "mbart":
        return "mbart"
    raise ModelError(
        f"{name}: unsupported model type {model_type!r} (supported: marian/OPUS-MT, m2m_100/NLLB-200, mbart/VinAI Translate)"
    )


def convert_model(model: str, out: str | Path, *, quantization: str = "int8", force: bool = False) -> ModelDir:
    """Convert ``model`` to CTranslate2 in ``out`` and return the validated directory.

    Raises ModelError when transformers/torch are missing, the model type is unsupported, ``out``
    exists (without ``force``) or the conversion fails. ``out`` is only replaced once the new
    model is complete.
    """
    if quantization not in QUANTIZATIONS:
        raise ModelError(f"unknown quantization {quantization!r} (choose from {', '.join(QUANTIZATIONS)})")
    try:
        import transformers  # noqa: F401
        import torch  # noqa: F401
    except ImportError:
        raise ModelError(f"converting a model needs transformers and torch: {INSTALL_HINT}") from None
    out = Path(out)
    if out.exists() and not force:
        raise ModelError(f"{out}: already exists (use --force to replace it)")
    if not out.parent.is_dir():
        raise ModelError(f"{out.parent}: output folder does not exist")
    from ctranslate2.converters import TransformersConverter

    try:
        config = transformers.AutoConfig.from_pretrained(model)
    except (OSError, ValueError) as exc:
        raise ModelError(f"{model}: cannot read the model configuration ({exc})") from None
    family = _family(config, model)
    copy = ["source.spm", "target.spm"] if family == "marian" else ["sentencepiece.bpe.model"]
    local = Path(model)
    if local.is_dir():
        missing = [f for f in copy if not (local / f).is_file()]
        if missing:
            raise ModelError(f"{model}: missing sentencepiece model {', '.join(missing)}")
    tmp = temp_directory(out)
    staged = tmp / "model"
    try:
        try:
            TransformersConverter(model, copy_files=copy).convert(str(staged), quantization=quantization, force=True)
        except (OSError, ValueError, RuntimeError, NotImplementedError) as exc:
            raise ModelError(f"{model}: conversion failed ({exc})") from None
        (staged / SIDECAR).write_text(json.dumps({"family": family, "source": model, "quantization": quantization}, indent=2) + "\n", encoding="utf-8")
        inspect_model_dir(staged)
        if out.exists():
            shutil.rmtree(out)
        staged.rename(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return inspect_model_dir(out)
