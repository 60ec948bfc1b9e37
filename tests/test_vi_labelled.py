"""The recogniser on the labelled set: PERSON/TITLE F1 targets, romanisation, title renderings.

The dev part was used while writing the rules; the held-out part only for evaluation."""

from __future__ import annotations

import pytest

from vnterm.errors import InputError
from vnterm.glossary import load_glossaries
from vnterm.vi import Segmenter
from vnterm.vi.evaluate import parse_labelled, score_entities


@pytest.fixture(scope="module")
def scored(data_dir):
    seg = Segmenter(load_glossaries([data_dir / "vi_glossary.tsv"]))
    items = parse_labelled(data_dir / "vi_labelled.tsv")
    return {part: score_entities(seg, [i for i in items if i.split == part]) for part in ("dev", "held")}


def test_labelled_set_size(data_dir):
    items = parse_labelled(data_dir / "vi_labelled.tsv")
    assert len(items) >= 150
    assert {i.split for i in items} == {"dev", "held"}
    assert sum(i.split == "held" for i in items) >= 50


@pytest.mark.parametrize("part", ["dev", "held"])
def test_person_and_title_targets(scored, part):
    r = scored[part]
    assert r["person"]["f1"] >= 0.95, r["errors"]
    assert r["title"]["f1"] >= 0.90, r["errors"]
    assert r["romanisation"]["exact"] == 1.0, r["errors"]
    assert r["title_rendering"]["exact"] >= 0.9, r["errors"]


def test_parse_labelled_reports_bad_rows(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("split\tsentence\ndev\tok {P:Lộc|Loc}\ndev only-one-column-here\n", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        parse_labelled(p)
    assert exc.value.line == 3


def test_parse_labelled_offsets(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text("dev\t{T:Thứ trưởng|Deputy Minister} {P:Ngô Lê Văn|Ngo Le Van} nói.\n", encoding="utf-8")
    (item,) = parse_labelled(p)
    assert item.text == "Thứ trưởng Ngô Lê Văn nói."
    assert item.titles == [(0, 10, "Deputy Minister")] and item.persons == [(11, 21, "Ngo Le Van")]
