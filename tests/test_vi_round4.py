"""Round 4 of issue 15 (segment3 tuning set): classes of error with a general rule behind each."""

from __future__ import annotations

import pytest

from vnterm.vi import Segmenter


@pytest.fixture(scope="module")
def seg():
    return Segmenter()


def people(line):
    return [(e.text, e.title.text if e.title else None) for e in line.entities if e.type == "PERSON"]


@pytest.mark.parametrize("dash", ["-", "–"])
def test_a_dash_glued_between_a_name_and_a_title_separates_them(seg, dash):
    line = seg.segment(f"Dự có các đồng chí: Bùi Văn Quang{dash}Phó Bí thư Tỉnh ủy; Lê Thị Hà{dash}Giám đốc Sở Y tế.")
    assert people(line) == [("Bùi Văn Quang", "Phó Bí thư Tỉnh ủy"), ("Lê Thị Hà", "Giám đốc Sở Y tế")]


def test_a_glued_dash_between_places_splits_but_foreign_hyphenated_names_stay_whole(seg):
    line = seg.segment("Tuyến Hà Nội-Hải Phòng đón Thị trưởng Park Heong-joon.")
    assert [t.text for t in line.tokens][1:4] == ["Hà Nội", "-", "Hải Phòng"]
    assert "Park Heong-joon" in [e.text for e in line.entities if e.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Trụ sở công an ở 46 Lý Tế Xuyên.",
    "Trung tâm hành chính tại 2 Nguyễn Công Trứ, phường Thủ Đức.",
    "Cửa hàng nằm ở 51-53 Trịnh Đình Trọng.",
    "Khu tập thể 57B Phan Chu Trinh xuống cấp.",
])
def test_a_name_after_a_house_number_is_a_street(seg, text):
    assert people(seg.segment(text)) == []


@pytest.mark.parametrize("text", ["Ngày 14-8 Nguyễn Văn An đến Huế.", "Năm 2025 Nguyễn Văn An đến Huế."])
def test_a_name_after_a_date_or_a_year_is_still_a_person(seg, text):
    assert people(seg.segment(text)) == [("Nguyễn Văn An", None)]
