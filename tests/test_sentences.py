"""The one sentence splitter (vnterm.sentences), shared by translate and score."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm import sentences
from vnterm.score.align import split_paragraph
from vnterm.translate.sentences import split_sentences


def test_offsets_point_into_the_text():
    text = "Ông Lộc phát biểu. TP. Hồ Chí Minh tăng trưởng 7,5%. Mr. Van spoke!  Done?"
    spans = sentences.sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "Ông Lộc phát biểu.", "TP. Hồ Chí Minh tăng trưởng 7,5%.", "Mr. Van spoke!", "Done?"]


def test_urls_and_email_addresses_are_never_split():
    text = "Xem www.Chinhphu.vn/Tin?Id=1. Gửi thư tới ban.Bientap@mofa.gov.vn! Đọc https://x.vn/Tin.html. Hết."
    assert sentences.split(text) == ["Xem www.Chinhphu.vn/Tin?Id=1.", "Gửi thư tới ban.Bientap@mofa.gov.vn!",
                                     "Đọc https://x.vn/Tin.html.", "Hết."]


def test_one_abbreviation_list_for_both_faces():
    # a Vietnamese title and an English one behave the same in both callers
    line = "PGS. Nguyen spoke with Gen. Giap. Then No. 5 left."
    assert split_paragraph(line) == ["PGS. Nguyen spoke with Gen. Giap.", "Then No. 5 left."]
    assert [s for s, _ in split_sentences(line)] == split_paragraph(line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Ab .!?\"”TPđĐ0@:/w ")), max_size=80))
def test_spans_cover_the_text_in_order_and_round_trip(text):
    spans = sentences.sentence_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    for (s1, e1), (s2, _) in zip(spans, spans[1:]):
        assert s1 <= e1 <= s2 and text[e1:s2].isspace()
    assert "".join(s + sep for s, sep in sentences.split_with_separators(text)) == text
