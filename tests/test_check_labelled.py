"""The labelled sets as regression tests: ``labelled.jsonl`` (fixture glossary) and
``blind_bundled.jsonl`` (bundled glossary) were labelled for the Government/MOFA house style
("Viet Nam", no diacritics); the checker must keep its precision and recall on them.
``tests/data/check/blind2`` holds the labels of the newer blind set (texts not committed)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from vnterm.check import CheckConfig, Checker, load_document
from vnterm.glossary import load_glossaries, load_glossary

DATA = Path(__file__).parent / "data" / "check"


def _score(checker: Checker, path: Path) -> tuple[float, float]:
    tp = fp = fn = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        doc = load_document(f"{item['id']}.txt", item["text"] + "\n")
        got = Counter((f.rule, " ".join(f.found.split())) for f in checker.check(doc))
        want = Counter((r, f) for r, f in item["findings"])
        tp += sum((got & want).values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
    return tp / (tp + fp), tp / (tp + fn)


@pytest.mark.parametrize("name, glossary, floor", [
    ("labelled.jsonl", DATA / "glossary.tsv", (0.97, 0.95)),
    ("blind_bundled.jsonl", None, (0.95, 0.85)),
])
def test_labelled_sets_keep_their_figures(name, glossary, floor):
    g = load_glossary(glossary) if glossary else load_glossaries(None)
    precision, recall = _score(Checker(g, CheckConfig(style="government")), DATA / name)
    assert precision >= floor[0] and recall >= floor[1], (precision, recall)


def test_blind2_labels_carry_no_text():
    rows = [json.loads(line) for line in (DATA / "blind2" / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 30 and all("text" not in r for r in rows)
    assert {r["split"] for r in rows} == {"dev", "held"}


def test_blind3_labels_carry_no_text():
    rows = [json.loads(line) for line in (DATA / "blind3" / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 40 and all("text" not in r for r in rows)
    assert all(f["rule"] and f["found"] for r in rows for f in r["findings"])
