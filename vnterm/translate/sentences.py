"""Split a line of Vietnamese text into sentences for translation (and keep what joins them).

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing quotes or brackets) followed by
space and an upper-case letter, digit or opening quote. Common Vietnamese abbreviations
("TP.", "TS.", "PGS.", "Tp.", "Nxb.", initials such as "H.") and numbers ("1.000") do not end a
sentence, and URLs or e-mail addresses are never split.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "tp", "ts", "ths", "pgs", "gs", "bs", "ks", "ls", "nxb", "tt", "q", "p", "tx", "tr", "st", "no",
    "mr", "mrs", "ms", "dr", "vs", "v.v", "ttg", "ubnd", "hđnd",
}

_BOUNDARY = re.compile(r"""([.!?…]+["'”’)\]»]*)(\s+)(?=["'“‘(\[«]?[A-ZÀ-Ỹ0-9Đ])""")


def _ends_with_abbreviation(text: str) -> bool:
    m = re.search(r"(\S+)$", text)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if word in _ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha():  # an initial: "H. Nguyen"
        return True
    return "@" in word or "://" in word or word.startswith("www")


def split_sentences(line: str) -> list[tuple[str, str]]:
    """``[(sentence, separator_after), ...]``; joining them gives ``line`` back exactly."""
    out: list[tuple[str, str]] = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        end = m.end(1)
        if m.group(1) == "." and _ends_with_abbreviation(line[start : m.start(1)]):
            continue
        out.append((line[start:end], m.group(2)))
        start = m.end(2)
    out.append((line[start:], ""))
    return out
