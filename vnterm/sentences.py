"""The one sentence splitter of vnterm (Vietnamese and English), with offsets.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (closing quotes and brackets stay with it) followed
by white space and an upper-case letter, a digit or an opening quote. A full stop does not end a
sentence after an abbreviation of :data:`ABBREVIATIONS` ("TP.", "PGS.", "Mr.", "No.", "Gen."), an
initial ("H. Nguyen", "U.S."), or inside a number ("1.000", "33.69"). A sentence only ends before
white space, so a URL or an e-mail address ("https://x.vn/a?B=1", "ban.Tin@mofa.gov.vn") is never
split; a full stop after one ends the sentence. Used by the translator (which keeps the
separators) and the score aligner.
"""

from __future__ import annotations

import re

#: Abbreviations (lower case, without the final full stop) after which a full stop ends nothing.
ABBREVIATIONS = frozenset(
    # Vietnamese: titles, degrees, places, publishers, "etc."
    "tp ts ths pgs gs bs ks ls nxb tt q p tx tr st ttg ubnd hđnd v.v".split()
    # English: titles, ranks, companies, references, months
    + "mr mrs ms dr prof no nos gen lt col maj capt sgt jr sr inc ltd co corp dept gov sen rep "
      "fig art para vol pp vs approx est jan feb mar apr jun jul aug sep sept oct nov dec".split()
)

_BOUNDARY = re.compile(r"""([.!?…]+)(["'”’)\]»]*)(\s+)(?=["'“‘(\[«]?[A-ZÀ-Ỹ0-9Đ])""")


def _keeps_going(text: str, start: int, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial."""
    j = dot
    while j > start and text[j - 1].isalpha():
        j -= 1
    word = text[j:dot]
    if word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    k = dot
    while k > start and not text[k - 1].isspace():
        k -= 1
    return text[k:dot].lower().rstrip(".").lstrip("\"'“‘([«") in ABBREVIATIONS


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``; the white space between two sentences belongs
    to neither, and the first and last spans reach the ends of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(1) == "." and _keeps_going(text, start, m.start(1)):
            continue
        spans.append((start, m.end(2)))
        start = m.end(3)
    spans.append((start, len(text)))
    return spans


def split_with_separators(line: str) -> list[tuple[str, str]]:
    """``[(sentence, separator_after), ...]``; joining them gives ``line`` back exactly."""
    spans = sentence_spans(line)
    return [(line[s:e], line[e : spans[i + 1][0]] if i + 1 < len(spans) else "") for i, (s, e) in enumerate(spans)]


def split(text: str) -> list[str]:
    """The sentences of ``text``, stripped, empty ones left out."""
    return [piece for s, e in sentence_spans(text) if (piece := text[s:e].strip())]
