"""Scoring the recogniser on a labelled set (``tests/data/vi_labelled.tsv``) and word segmentation on CoNLL-U.

Labelled format: a TSV with ``split`` and ``sentence`` columns; inside the sentence ``{P:name|English}``
marks a person (empty English: no safe rendering) and ``{T:chain|English}`` the title chain of the
person that follows (``?``: rendering not scored). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..errors import InputError
from ..textio import read_lines

_LABEL = re.compile(r"\{([PT]):([^|{}]*)\|([^{}]*)\}")


@dataclass
class Labelled:
    split: str
    text: str
    #: 1-based number of the row within its split (the key of a ``sources.tsv`` beside the set)
    row: int = 0
    persons: list[tuple[int, int, str | None]] = field(default_factory=list)
    titles: list[tuple[int, int, str | None]] = field(default_factory=list)


def parse_labelled(path: str | Path) -> list[Labelled]:
    """Read the labelled set; raises InputError naming the line on a malformed row."""
    out: list[Labelled] = []
    rows: dict[str, int] = {}
    for n, raw in enumerate(read_lines(path), 1):
        if not raw.strip() or raw.startswith("#") or raw.startswith("split\t"):
            continue
        parts = raw.split("\t")
        if len(parts) != 2:
            raise InputError("expected two tab-separated columns (split, sentence)", path, n)
        split, marked = parts
        rows[split] = rows.get(split, 0) + 1
        item = Labelled(split, "", rows[split])
        text: list[str] = []
        pos = 0
        length = 0
        for m in _LABEL.finditer(marked):
            before = marked[pos:m.start()]
            text.append(before)
            length += len(before)
            kind, surface, en = m.groups()
            start, end = length, length + len(surface)
            text.append(surface)
            length = end
            if kind == "P":
                item.persons.append((start, end, en or None))
            else:
                item.titles.append((start, end, None if en == "?" else en))
            pos = m.end()
        text.append(marked[pos:])
        item.text = "".join(text)
        if "{" in item.text or "}" in item.text:
            raise InputError("unbalanced label", path, n)
        out.append(item)
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": n_pred, "gold": n_gold}


def row_styles(path: str | Path, items: Iterable[Labelled]) -> dict[int, str | None]:
    """The house style of each item (by ``id``): a split named ``real-<style>`` names it; otherwise
    the ``style`` column of a ``sources.tsv`` beside the set (columns split, row, ..., style)."""
    table: dict[tuple[str, int], str] = {}
    src = Path(path).with_name("sources.tsv")
    if src.exists():
        header: list[str] | None = None
        for raw in read_lines(src):
            cols = raw.split("\t")
            if header is None:
                header = cols
                continue
            rec = dict(zip(header, cols))
            if rec.get("row", "").isdigit() and rec.get("style"):
                table[(rec.get("split", ""), int(rec["row"]))] = rec["style"].strip()
    out: dict[int, str | None] = {}
    for item in items:
        if item.split.startswith("real-"):
            out[id(item)] = item.split[len("real-"):]
        else:
            out[id(item)] = table.get((item.split, item.row))
    return out


#: A person after a street, house number or ward/commune word, or in a list that one opens.
_PLACE_CONTEXT = re.compile(
    r"(?:\b(?:đường|phố|đại lộ|ngõ|ngách|hẻm|kiệt|phường|xã|quận|huyện|thị trấn|đặc khu|ấp|thôn)"
    r"|\bsố\s*[\d/]+[A-Za-z]?)\s+(?:[^,.;:()\n]{1,40}?(?:,|\bvà)\s+){0,6}$",
    re.IGNORECASE,
)


def _loose(en: str) -> str:
    """A rendering compared loosely: the first letter's case and a leading "the " ignored ("former
    President" = "Former President", "the late …" = "Late …"), white space collapsed."""
    t = " ".join(en.split())
    if t.lower().startswith("the "):
        t = t[4:]
    return t[:1].lower() + t[1:]


def _near_titles(line, persons) -> dict[tuple[int, int], object]:
    """Titles scored: those linked to a person, and a TITLE right before a name or right after it
    (after ", " or a dash), such as a rank before a name followed by its chain."""
    out = {(e.title.start, e.title.end): e.title for e in persons.values() if e.title is not None}
    text = line.text
    starts = {p[0] for p in persons}
    ends = {p[1] for p in persons}
    for e in line.entities:
        if e.type != "TITLE" or (e.start, e.end) in out:
            continue
        after = e.end
        while after < len(text) and text[after] == " ":
            after += 1
        before = e.start
        while before > 0 and text[before - 1] in " ,-–":
            before -= 1
        if after in starts or (before < e.start and before in ends):
            out[(e.start, e.end)] = e
    return out


def score_entities(segmenter, items: Iterable[Labelled], styles: dict[int, str | None] | None = None) -> dict[str, object]:
    """PERSON and TITLE P/R/F1, romanisation and title-rendering exact match.

    ``styles``: a house style per item (``row_styles``), the renderings then follow it. Also counts
    PERSON entities found after a street, house number or ward word (``place_as_person``)."""
    tp_p = pred_p = gold_p = 0
    place_as_person = 0
    ren_loose = 0
    by_style: dict[str | None, object] = {}
    tp_t = pred_t = gold_t = 0
    rom_ok = rom_n = 0
    ren_ok = ren_n = 0
    errors: list[str] = []
    for item in items:
        st = (styles or {}).get(id(item))
        seg = segmenter
        if st is not None:
            if st not in by_style:
                by_style[st] = segmenter.with_style(st)
            seg = by_style[st]
        line = seg.segment(item.text)
        persons = {(e.start, e.end): e for e in line.entities if e.type == "PERSON"}
        titles = _near_titles(line, persons)
        gold_persons = {(s, e): en for s, e, en in item.persons}
        gold_titles = {(s, e): en for s, e, en in item.titles}
        pred_p += len(persons)
        gold_p += len(gold_persons)
        pred_t += len(titles)
        gold_t += len(gold_titles)
        for span, en in gold_persons.items():
            got = persons.get(span)
            if got is None:
                errors.append(f"missed PERSON {item.text[span[0]:span[1]]!r} in {item.text!r}")
                continue
            tp_p += 1
            rom_n += 1
            if got.en == en:
                rom_ok += 1
            else:
                errors.append(f"romanised {got.text!r} as {got.en!r}, expected {en!r}")
        for span in persons:
            if span not in gold_persons:
                errors.append(f"spurious PERSON {item.text[span[0]:span[1]]!r} in {item.text!r}")
                if _PLACE_CONTEXT.search(item.text[max(0, span[0] - 200):span[0]]):
                    place_as_person += 1
        for span, en in gold_titles.items():
            got = titles.get(span)
            if got is None:
                errors.append(f"missed TITLE {item.text[span[0]:span[1]]!r} in {item.text!r}")
                continue
            tp_t += 1
            if en is not None:
                ren_n += 1
                if got.en is not None and _loose(got.en) == _loose(en):
                    ren_loose += 1
                if got.en == en:
                    ren_ok += 1
                else:
                    errors.append(f"rendered {got.text!r} as {got.en!r}, expected {en!r}")
        for span in titles:
            if span not in gold_titles:
                errors.append(f"spurious TITLE {item.text[span[0]:span[1]]!r} in {item.text!r}")
    return {
        "person": _prf(tp_p, pred_p, gold_p),
        "title": _prf(tp_t, pred_t, gold_t),
        "romanisation": {"exact": round(rom_ok / rom_n, 4) if rom_n else 1.0, "n": rom_n},
        "title_rendering": {"exact": round(ren_ok / ren_n, 4) if ren_n else 1.0, "n": ren_n},
        "title_rendering_loose": {"exact": round(ren_loose / ren_n, 4) if ren_n else 1.0, "n": ren_n},
        "place_as_person": place_as_person,
        "errors": errors,
    }


# --- word segmentation on UD CoNLL-U --------------------------------------------------------------

def read_conllu(path: str | Path) -> list[tuple[str, list[str]]]:
    """(raw sentence text, word forms) for each sentence of a CoNLL-U file."""
    out: list[tuple[str, list[str]]] = []
    text: str | None = None
    forms: list[str] = []
    for raw in read_lines(path):
        if raw.startswith("# text") and "=" in raw[:9]:
            text = raw.split("=", 1)[1].strip(" ")
        elif raw.startswith("#"):
            continue
        elif not raw.strip():
            if text is not None and forms:
                out.append((text, forms))
            text, forms = None, []
        else:
            cols = raw.split("\t")
            if len(cols) > 1 and cols[0].isdigit():
                forms.append(cols[1])
    if text is not None and forms:
        out.append((text, forms))
    return out


def align_words(text: str, forms: list[str]) -> list[tuple[int, int]]:
    """Character spans of ``forms`` in ``text``, left to right (spaces inside a form may vary).

    A diacritic-folded search is the fallback when a tool respelled a word; a word that cannot be
    found is skipped (it then counts as wrong)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    folded_text: str | None = None
    for form in forms:
        f = form.replace("_", " ")
        pattern = r"\s*".join(re.escape(part) for part in f.split())
        if not pattern:
            continue
        m = re.compile(pattern).search(text, pos)
        if m is None or m.start() - pos > 40:
            if folded_text is None:
                folded_text = _fold_same_length(text)
            fp = r"\s*".join(re.escape(_fold_same_length(part)) for part in f.split())
            m = re.compile(fp).search(folded_text, pos)
            if m is None or m.start() - pos > 40:
                continue
        spans.append((m.start(), m.end()))
        pos = m.end()
    return spans


def _fold_same_length(s: str) -> str:
    import unicodedata

    from ..text import strip_diacritics

    out = []
    for c in s:
        d = strip_diacritics(unicodedata.normalize("NFC", c)).lower()
        out.append(d if len(d) == 1 else c)
    return "".join(out)


def word_prf(gold: list[set[tuple[int, int]]], pred: list[set[tuple[int, int]]]) -> dict[str, float]:
    tp = sum(len(g & p) for g, p in zip(gold, pred))
    ng = sum(len(g) for g in gold)
    np_ = sum(len(p) for p in pred)
    return _prf(tp, np_, ng)
