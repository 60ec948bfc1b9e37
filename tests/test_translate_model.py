"""Model directories and the CTranslate2 backend, on tiny models built from numpy in the session."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from tinymodel import DATA, read_parallel, tiny_model  # noqa: E402

from vnterm.errors import InputError, ModelError  # noqa: E402
from vnterm.glossary import load_glossary  # noqa: E402
from vnterm.translate import CT2Backend, Translator, inspect_model_dir  # noqa: E402


@pytest.fixture(scope="session")
def marian(tmp_path_factory) -> Path:
    return tiny_model(tmp_path_factory, "marian")


@pytest.fixture(scope="session")
def backend(marian) -> CT2Backend:
    return CT2Backend(marian, beam_size=4, batch_size=3)


@pytest.fixture(scope="session")
def glossary():
    return load_glossary(DATA / "glossary.tsv")


@pytest.fixture
def copy_of(marian, tmp_path):
    def make() -> Path:
        out = tmp_path / "model"
        shutil.copytree(marian, out)
        return out

    return make


# -- model directories -----------------------------------------------------------------------


def test_opus_mt_layout_is_marian_with_no_other_file(marian):
    assert sorted(p.name for p in marian.iterdir()) == [
        "config.json",
        "model.bin",
        "shared_vocabulary.json",
        "source.spm",
        "target.spm",
    ]
    found = inspect_model_dir(marian)
    assert found.adapter.family == "marian"
    assert found.adapter.source_suffix == ("</s>",)
    assert found.adapter.target_prefix == ()


@pytest.mark.parametrize(
    "family,prefix,tone", [("nllb", ("eng_Latn",), None), ("m2m100", ("__en__",), None), ("mbart", ("en_XX",), "old")]
)
def test_other_families_are_detected_and_translate(tmp_path_factory, glossary, family, prefix, tone):
    path = tiny_model(tmp_path_factory, family)
    found = inspect_model_dir(path)
    assert (found.adapter.family, found.adapter.target_prefix, found.adapter.tone) == (family, prefix, tone)
    t = Translator(path, glossary=glossary, entities=None)
    res = t.translate_detailed(["Bộ Ngoại giao thông báo.", "Hòa bình."])
    assert "Ministry of Foreign Affairs" in res[0].text
    assert res[0].required[0].satisfied
    for r in res:  # language tokens never reach the output
        assert prefix[0] not in r.text and found.adapter.source_prefix[0] not in r.text


def test_mbart_gets_old_tone_style(tmp_path_factory):
    b = CT2Backend(tiny_model(tmp_path_factory, "mbart"))
    assert b._prepare("hòa bình, Ủy ban") == "hoà bình, Uỷ ban"
    assert b.source_pieces("Hòa")[0] == "vi_VN" and b.source_pieces("Hòa")[-1] == "</s>"


def test_missing_directory(tmp_path):
    with pytest.raises(ModelError, match="model directory not found"):
        inspect_model_dir(tmp_path / "nope")


def test_a_file_is_not_a_model_directory(tmp_path):
    f = tmp_path / "model.bin"
    f.write_bytes(b"x")
    with pytest.raises(ModelError, match="not a directory"):
        inspect_model_dir(f)


def test_missing_model_bin(copy_of):
    d = copy_of()
    (d / "model.bin").unlink()
    with pytest.raises(ModelError) as err:
        inspect_model_dir(d)
    assert str(err.value) == f"{d}: missing model.bin: not a CTranslate2 model (convert one with 'vnterm model convert')"


def test_corrupt_config(copy_of):
    d = copy_of()
    (d / "config.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match=r"corrupt config\.json"):
        inspect_model_dir(d)


def test_missing_sentencepiece_model(copy_of):
    d = copy_of()
    (d / "source.spm").unlink()
    with pytest.raises(ModelError) as err:
        inspect_model_dir(d)
    assert str(err.value) == f"{d}: missing sentencepiece model source.spm (copy it from the original model)"


def test_no_sentencepiece_at_all_is_unsupported(copy_of):
    d = copy_of()
    (d / "source.spm").unlink()
    (d / "target.spm").unlink()
    with pytest.raises(ModelError, match="unsupported model type or missing sentencepiece model"):
        inspect_model_dir(d)


def test_unsupported_family_in_sidecar(copy_of):
    d = copy_of()
    (d / "vnterm.json").write_text(json.dumps({"family": "t5"}), encoding="utf-8")
    with pytest.raises(ModelError, match="unsupported model type 't5'"):
        inspect_model_dir(d)


def test_missing_vocabulary(copy_of):
    d = copy_of()
    (d / "shared_vocabulary.json").unlink()
    with pytest.raises(ModelError, match="no vocabulary file"):
        inspect_model_dir(d)


def test_corrupt_sentencepiece_model(copy_of):
    d = copy_of()
    (d / "source.spm").write_bytes(b"garbage")
    with pytest.raises(ModelError, match="corrupt sentencepiece model"):
        CT2Backend(d)


def test_corrupt_model_bin(copy_of):
    d = copy_of()
    (d / "model.bin").write_bytes(b"\x00" * 64)
    with pytest.raises(ModelError, match="cannot load the model"):
        CT2Backend(d)


# -- backend -----------------------------------------------------------------------------------


def test_nbest_scores_are_sorted(backend):
    hyps = backend.translate(["Bộ Ngoại giao thông báo lịch trình chuyến thăm."], num_hypotheses=3)[0]
    assert len(hyps) == 3
    assert [h.score for h in hyps] == sorted((h.score for h in hyps), reverse=True)
    assert all(h.text for h in hyps)


def test_batches_sorted_by_length_keep_input_order(backend):
    rows = read_parallel(DATA / "sentences.tsv")[:7]
    srcs = [vi for vi, _, _ in rows][::-1]
    fixed = CT2Backend(backend.model, batch_size=3, max_decoding_length=30)  # random weights never stop
    batched = [h[0] for h in fixed.translate(srcs)]
    single = [fixed.translate([s])[0][0] for s in srcs]
    assert len({round(h.score, 3) for h in batched}) > 1  # (random weights: the texts may all be alike)
    assert [h.text for h in batched] == [h.text for h in single]
    assert [h.score for h in batched] == pytest.approx([h.score for h in single], abs=1e-3)


def test_progress_reports_every_batch(backend):
    seen: list[int] = []
    backend.translate(["Một.", "Hai ba.", "Bốn năm sáu.", "Bảy."], progress=seen.append)
    assert seen == [3, 1]


def test_complete_keeps_the_forced_prefix(backend):
    src = "Bộ Công Thương dự báo xuất khẩu tiếp tục tăng."
    out = backend.complete([src], ["The Ministry of Industry and Trade"])[0]
    assert out.text.startswith("The Ministry of Industry and Trade")


def test_locate_points_at_a_word_start(backend):
    src = "Đoàn công tác đã đến Hà Nội vào sáng nay."
    hyp = backend.translate([src])[0][0]
    start = src.index("Hà Nội")
    pos = backend.locate(src, hyp, start, start + 6)
    assert pos is not None and 0 <= pos <= len(hyp.text)
    assert pos == 0 or hyp.text[pos - 1] == " "


def test_sentence_longer_than_the_model_accepts(marian, glossary):
    t = Translator(marian, glossary=glossary, entities=None)
    t.backend.max_input_tokens = 20
    with pytest.raises(InputError, match=r"^x\.txt:2: a sentence of \d+ tokens is longer than the model accepts \(20\)"):
        t.translate_detailed(["Một.", "Bộ Ngoại giao " * 10], source_name="x.txt")


# -- end to end with the tiny model -----------------------------------------------------------


def test_every_required_term_is_enforced_with_the_tiny_model(marian, glossary):
    rows = read_parallel(DATA / "sentences.tsv")[:12]
    t = Translator(marian, glossary=glossary, entities=None)
    lines = [vi for vi, _, _ in rows]
    res = t.translate_detailed(lines[:6] + [""] + lines[6:])
    assert len(res) == 13 and res[6].text == "" and res[6].required == []
    terms = [x for r in res for x in r.required]
    assert terms and all(x.satisfied for x in terms)
    assert {x.step for x in terms} <= {"first", "nbest", "prefix", "postedit"}
    assert "prefix" in {x.step for x in terms}


def test_raw_model_output_misses_terms_that_enforcement_adds(marian, glossary):
    src = ["Quốc hội thông qua Luật Đất đai sửa đổi."]
    plain = Translator(marian, glossary=glossary, entities=None, enforce=False).translate(src)[0]
    forced = Translator(marian, glossary=glossary, entities=None).translate(src)[0]
    assert "National Assembly" not in plain
    assert "National Assembly" in forced and "Land Law" in forced


def test_real_segmenter_entities(marian, glossary):
    t = Translator(marian, glossary=glossary)  # entities="auto" uses the segmenter
    res = t.translate_detailed(["Thủ tướng Chính phủ Phạm Minh Chính chủ trì cuộc họp."])
    targets = {x.term.target for x in res[0].required}
    assert "Prime Minister" in targets or any("Prime Minister" in x for x in targets)
    assert any("Pham Minh Chinh" in x for x in targets)
    assert all(x.satisfied for x in res[0].required)


# -- issue 16: an OpenNMT-style vocabulary (<blank> at id 0), junk never reaches the output ------------

JUNK = ("<blank>", "<pad>", "<unk>", "<s>", "</s>", "⁇")


@pytest.fixture(scope="session")
def leaky(tmp_path_factory) -> Path:
    """A tiny model whose random weights prefer <blank> (seed 2): before issue 16, enforcement wrote
    "<blank>" into 157 outputs of 60 sentences with it."""
    from tinymodel import build_model_dir, training_lines

    return build_model_dir(tmp_path_factory.mktemp("leaky") / "model", training_lines(), seed=2)


def test_the_test_models_put_blank_first(marian, leaky):
    for path in (marian, leaky):
        assert inspect_model_dir(path).vocab[:4] == ("<blank>", "<unk>", "<s>", "</s>")


def test_every_special_token_is_known_and_suppressed(leaky, tmp_path_factory):
    b = CT2Backend(leaky)
    assert {"<blank>", "<unk>", "<s>", "</s>"} <= b._special
    assert not any(t.startswith("▁") for t in b._special)
    assert ["<blank>"] in b._suppress and ["<s>"] in b._suppress and ["</s>"] not in b._suppress
    nllb = CT2Backend(tiny_model(tmp_path_factory, "nllb"))
    assert {"eng_Latn", "vie_Latn"} <= nllb._special


def test_the_raw_decoder_offers_blank_as_a_next_token_but_the_backend_never_does(leaky):
    import ctranslate2

    # the old glue check took "<blank>" for a token that starts a new word and forced it
    b = CT2Backend(leaky)
    src = b.source_pieces("Bộ Tài chính đề xuất giảm thuế giá trị gia tăng.")
    prefix = b.spell("Ministry of Finance")
    options = dict(beam_size=1, num_hypotheses=8, return_alternatives=True, max_decoding_length=len(prefix) + 1)
    raw = ctranslate2.Translator(str(leaky)).translate_batch([src], target_prefix=[prefix], **options)
    assert "<blank>" in [h[len(prefix)] for h in raw[0].hypotheses if len(h) > len(prefix)]
    ours = b._decode_forced([src], [prefix], alternatives=True)
    assert not any(t in b._special for h in ours[0].hypotheses for t in h)


def test_enforcement_over_the_leaky_model_has_every_term_and_no_junk(leaky, glossary):
    rows = read_parallel(DATA / "sentences.tsv")[:20]
    t = Translator(leaky, glossary=glossary, entities=None, insert=False)
    res = t.translate_detailed([vi for vi, _, _ in rows])
    terms = [x for r in res for x in r.required]
    assert len(terms) > 20 and all(x.satisfied for x in terms)
    assert not any(j in r.text for r in res for j in JUNK)


def test_spelling_is_checked_against_the_target_vocabulary(backend):
    assert backend.spell("Ministry of Foreign Affairs")
    assert backend.spell("Ministry of Foreign Affairs")[0].startswith("▁")
    assert backend.spell("民政部") is None  # pieces outside the vocabulary
    assert backend.spell("") is None


def test_forced_prefix_tokens_come_back_unchanged(backend):
    src = "Quốc hội thông qua Luật Đất đai sửa đổi."
    prefix = backend.spell("The") + backend.spell("National Assembly")
    out = backend.complete_units([src], [prefix])[0]
    assert backend.units(out)[: len(prefix)] == prefix
    assert out.text.startswith("The National Assembly")


def test_unit_index_lands_on_a_word_start(backend):
    hyp = backend.complete_units(["Hà Nội."], [backend.spell("The") + backend.spell("Ha Noi")])[0]
    tokens = backend.units(hyp)
    previous = 0
    for offset in range(len(hyp.text) + 1):
        k = backend.unit_index(hyp, offset)
        assert k == 0 or k == len(tokens) or tokens[k].startswith("▁")
        assert k >= previous and len(backend._detok(tokens[:k])) <= offset  # never past the offset
        previous = k


def test_small_models_default_to_one_thread(marian):
    from vnterm.translate.backend import SMALL_MODEL_BYTES, auto_threads

    assert CT2Backend(marian).threads == 1
    assert CT2Backend(marian, threads=2).threads == 2
    assert (marian / "model.bin").stat().st_size < SMALL_MODEL_BYTES
    assert auto_threads(marian / "missing.bin", "cpu") == 1


# -- property: whatever the sentences and terms, every term is in the output or reported ----------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = ["hôm", "nay", "tại", "về", "và", "họp", "với", "đã", "tiếp", "chiều", "mới", ",", "."]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_every_required_term_is_in_the_output_or_reported_with_a_reason(leaky, glossary, data):
    from vnterm.glossary.model import Glossary

    concepts = [c for c in glossary if c.preferred("vi") is not None and c.preferred("en") is not None]
    chosen = data.draw(st.lists(st.sampled_from(concepts), min_size=1, max_size=6, unique_by=lambda c: c.id))
    sub = Glossary({c.id: c for c in chosen})
    vocab = [c.preferred("vi").text for c in chosen] + _WORDS
    lines = data.draw(st.lists(st.lists(st.sampled_from(vocab), max_size=10).map(" ".join), min_size=1, max_size=4))
    insert = data.draw(st.booleans())
    t = Translator(leaky, glossary=sub, entities=None, insert=insert)
    t.backend.max_decoding_length = 24
    res = t.translate_detailed(lines)
    assert len(res) == len(lines)
    for line, r in zip(lines, res):
        assert (r.text == "") == (not line.strip())
        assert not any(j in r.text for j in JUNK)
        for x in r.required:
            if x.satisfied:
                assert x.step in ("first", "nbest", "prefix", "postedit", "inserted")
            else:
                assert x.step == "none" and x.reason in ("unspellable", "lost", "glued", "conflict")
                assert not insert or x.reason == "conflict"
        from vnterm.translate import satisfied as have

        assert have([x.term for x in r.required], r.text) == [x.satisfied for x in r.required]
