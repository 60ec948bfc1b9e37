"""Round 3 of issue 15: title English on real news. Each test is a class of error with a general rule
behind it; the glossaries are written here so the rule, not the bundled data, is under test."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnterm.glossary import load_glossaries
from vnterm.vi import Segmenter

HEADER = "# vnterm-glossary v2\nconcept\tlang\tstatus\tterm\ttype\tmatch\tdomain\tnote\tsource\tterm_note\tstyles\n"


def _glossary(tmp: Path, rows: list[str]):
    p = tmp / "g.tsv"
    p.write_text(HEADER + "".join(r.replace("|", "\t") + "\n" for r in rows), encoding="utf-8")
    return load_glossaries([p])


def title_of(line, name):
    for e in line.entities:
        if e.type == "PERSON" and e.text == name:
            return e.title
    raise AssertionError(f"{name!r} not found in {[(e.type, e.text) for e in line.entities]}")


@pytest.fixture()
def styled(tmp_path):
    return Segmenter(_glossary(tmp_path, [
        "gs|vi|preferred|Tổng Bí thư|||title||||",
        "gs|en|preferred|General Secretary|||||||",
        "gs|en|admitted|General Secretary of the Communist Party of Viet Nam|||||||",
        "gs|en|admitted|General Secretary of the Communist Party of Vietnam|variant||||||vna",
        "pm|vi|preferred|Thủ tướng|||title||||",
        "pm|en|preferred|Prime Minister|||||||",
        "pm|en|admitted|Premier|||||||vna",
    ]))


def test_a_style_tag_on_a_respelt_alternative_does_not_beat_the_preferred_term(styled):
    # the vna tag says how VNA spells the long form (Vietnam), not that VNA prefers the long form
    line = styled.with_style("vna").segment("Tổng Bí thư Tô Lâm tiếp đoàn.")
    assert title_of(line, "Tô Lâm").en == "General Secretary"


def test_a_style_tag_on_a_real_alternative_still_wins(styled):
    line = styled.with_style("vna").segment("Thủ tướng Phạm Minh Chính tiếp đoàn.")
    assert title_of(line, "Phạm Minh Chính").en == "Premier"
    assert title_of(styled.segment("Thủ tướng Phạm Minh Chính tiếp đoàn."), "Phạm Minh Chính").en == "Prime Minister"
