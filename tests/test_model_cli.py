"""``vnterm model convert`` and ``vnterm model info`` (no transformers, no torch, no network)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from tinymodel import tiny_model  # noqa: E402

from vnterm.cli import cli  # noqa: E402
from vnterm.errors import ModelError  # noqa: E402
from vnterm.translate.convert import _family  # noqa: E402


def run(*args):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("cmd", [["model", "--help"], ["model", "convert", "--help"], ["model", "info", "--help"]])
def test_help_has_an_example(cmd):
    res = run(*cmd)
    assert res.exit_code == 0 and "Example" in res.output


def test_convert_without_transformers_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "transformers", None)  # import fails even where it is installed
    out = tmp_path / "m"
    res = run("model", "convert", "Helsinki-NLP/opus-mt-vi-en", str(out))
    assert (res.exit_code, res.output) == (
        2,
        "vnterm: error: converting a model needs transformers and torch: pip install 'vnterm[convert]'\n",
    )
    assert not out.exists()


def test_convert_rejects_an_unknown_quantization(tmp_path):
    res = run("model", "convert", "x", str(tmp_path / "m"), "-q", "int3")
    assert res.exit_code == 2 and "unknown quantization 'int3'" in res.output


class _Config:
    def __init__(self, model_type, tokenizer_class=None):
        self.model_type = model_type
        self.tokenizer_class = tokenizer_class


def test_family_from_the_transformers_config():
    assert _family(_Config("marian"), "Helsinki-NLP/opus-mt-vi-en") == "marian"
    assert _family(_Config("m2m_100", "NllbTokenizer"), "x") == "nllb"
    assert _family(_Config("m2m_100"), "facebook/nllb-200-distilled-600M") == "nllb"
    assert _family(_Config("m2m_100"), "facebook/m2m100_418M") == "m2m100"
    assert _family(_Config("mbart", "MBart50Tokenizer"), "vinai/vinai-translate-vi2en-v2") == "mbart"
    with pytest.raises(ModelError, match="unsupported model type 't5'"):
        _family(_Config("t5"), "VietAI/envit5-translation")


def test_info_json(tmp_path_factory):
    path = tiny_model(tmp_path_factory, "marian")
    res = run("model", "info", str(path), "--json")
    assert res.exit_code == 0
    data = json.loads(res.output)
    assert data["family"] == "marian" and data["source_spm"] == "source.spm" and data["tone"] is None
    assert data["vocabulary_size"] > 100


def test_info_on_a_bad_directory(tmp_path):
    res = run("model", "info", str(tmp_path))
    assert (res.exit_code, res.output) == (
        2,
        f"vnterm: error: {tmp_path}: missing model.bin: not a CTranslate2 model (convert one with 'vnterm model convert')\n",
    )


@pytest.fixture
def fake_converter(monkeypatch, tmp_path_factory):
    """transformers/torch stand-ins and a converter that writes the tiny model (no torch, no network)."""
    import shutil
    import types

    import ctranslate2.converters

    tiny = tiny_model(tmp_path_factory, "marian")
    calls: list[tuple[str, list[str], str]] = []

    class AutoConfig:
        @staticmethod
        def from_pretrained(name):
            if name == "missing/model":
                raise OSError("not found")
            return _Config("marian")

    class Converter:
        def __init__(self, model, copy_files=None):
            self.model, self.copy_files = model, copy_files

        def convert(self, output_dir, quantization=None, force=False):
            calls.append((self.model, self.copy_files, quantization))
            shutil.copytree(tiny, output_dir, dirs_exist_ok=force)
            return output_dir

    monkeypatch.setitem(sys.modules, "transformers", types.SimpleNamespace(AutoConfig=AutoConfig))
    monkeypatch.setitem(sys.modules, "torch", types.SimpleNamespace())
    monkeypatch.setattr(ctranslate2.converters, "TransformersConverter", Converter)
    return calls


def test_convert_writes_a_validated_model_with_its_family(fake_converter, tmp_path):
    out = tmp_path / "opus-mt-vi-en"
    res = run("model", "convert", "Helsinki-NLP/opus-mt-vi-en", str(out))
    assert (res.exit_code, res.output) == (0, f"converted Helsinki-NLP/opus-mt-vi-en → {out} (marian, int8)\n")
    assert fake_converter == [("Helsinki-NLP/opus-mt-vi-en", ["source.spm", "target.spm"], "int8")]
    assert json.loads((out / "vnterm.json").read_text()) == {
        "family": "marian",
        "source": "Helsinki-NLP/opus-mt-vi-en",
        "quantization": "int8",
    }
    assert [p.name for p in tmp_path.iterdir()] == ["opus-mt-vi-en"]  # no staging folder left behind


def test_convert_refuses_an_existing_output_without_force(fake_converter, tmp_path):
    out = tmp_path / "m"
    out.mkdir()
    res = run("model", "convert", "Helsinki-NLP/opus-mt-vi-en", str(out))
    assert (res.exit_code, res.output) == (2, f"vnterm: error: {out}: already exists (use --force to replace it)\n")
    res = run("model", "convert", "Helsinki-NLP/opus-mt-vi-en", str(out), "--force", "-q", "float32")
    assert res.exit_code == 0 and (out / "model.bin").is_file()


def test_convert_unreadable_model(fake_converter, tmp_path):
    res = run("model", "convert", "missing/model", str(tmp_path / "m"))
    assert (res.exit_code, res.output) == (2, "vnterm: error: missing/model: cannot read the model configuration (not found)\n")
