"""``term-dated``: a body the glossary marks dissolved, merged or renamed (``Concept.valid_to``),
named for an event dated after the change: a date in the same sentence, or else the document's
dateline (a date in its first line). The suggestion is the preferred term of the concept that
took its place (``replaced_by``); the finding is report-only, since an article may name the old
body on purpose ("the former Hoa Binh province")."""

from __future__ import annotations

import re

from .base import Context, RawFinding, RuleKind, cid_of

_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH = r"(?P<{0}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DATE_RE = re.compile(
    r"\b(?:"
    + rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH.format('m1')},?\s+(?P<y1>(?:19|20)\d\d)"
    + rf"|{_MONTH.format('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d)"
    + r"|(?P<y3>(?:19|20)\d\d)-(?P<m3>\d\d)-(?P<d3>\d\d)"
    + r"|(?P<d4>\d{1,2})/(?P<m4>\d{1,2})/(?P<y4>(?:19|20)\d\d)"
    + rf"|{_MONTH.format('m5')},?\s+(?P<y5>(?:19|20)\d\d)"
    + r"|(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|[Dd]uring|[Tt]hroughout)\s+(?P<y6>(?:19|20)\d\d)"
    + r")\b"
)
_SENTENCE_END_RE = re.compile(r"[.!?](?=[\s\"”’)]|$)|\n")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """ISO dates (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) written in ``text[start:end]``."""
    out: list[str] = []
    for m in _DATE_RE.finditer(text, start, len(text) if end is None else end):
        g = m.groupdict()
        try:
            if g["y1"]:
                out.append(f"{g['y1']}-{_MONTHS[g['m1'].lower().rstrip('.')]:02d}-{int(g['d1']):02d}")
            elif g["y2"]:
                out.append(f"{g['y2']}-{_MONTHS[g['m2'].lower().rstrip('.')]:02d}-{int(g['d2']):02d}")
            elif g["y3"]:
                out.append(f"{g['y3']}-{g['m3']}-{g['d3']}")
            elif g["y4"]:
                day, month = int(g["d4"]), int(g["m4"])
                if 1 <= month <= 12 and 1 <= day <= 31:
                    out.append(f"{g['y4']}-{month:02d}-{day:02d}")
            elif g["y5"]:
                out.append(f"{g['y5']}-{_MONTHS[g['m5'].lower().rstrip('.')]:02d}")
            elif g["y6"]:
                out.append(g["y6"])
        except KeyError:
            continue
    return out


def after(day: str, valid_to: str) -> bool:
    """True when ``day`` is certainly on or after ``valid_to`` (a year alone is not certain against a day)."""
    return len(day) >= len(valid_to) and day[: len(valid_to)] >= valid_to or (
        len(day) < len(valid_to) and day > valid_to[: len(day)])


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``: from the end of the last sentence end (``_SENTENCE_END_RE``)
    at or before ``pos`` to the end of the first one after it. A newline ends a sentence, so the
    search starts at the line's start instead of scanning the whole text for every sentence end."""
    lo = text.rfind("\n", 0, pos) + 1
    for m in _SENTENCE_END_RE.finditer(text, lo):
        end = m.end()
        if end > pos:
            return lo, end
        lo = end
    return lo, len(text)


class DatedTerms(RuleKind):
    yields = ("term-dated",)
    needs = frozenset({"hits", "text"})

    def run(self, ctx: Context) -> list[RawFinding]:
        hits = [m for m in (*ctx.hits.terms, *ctx.hits.flagged) if m.concept.valid_to]
        if not hits:
            return []
        text = ctx.text
        first_line = text.find("\n")
        dateline = ctx.date or next(iter(find_dates(text, 0, first_line if first_line >= 0 else len(text))), None)
        style = ctx.config.style_id
        concepts = self.checker.glossary.concepts
        out: list[RawFinding] = []
        for m in sorted(hits, key=lambda m: m.start):
            lo, hi = _sentence(text, m.start)
            dates = find_dates(text, lo, hi)
            day = max(dates) if dates else dateline
            valid_to = m.concept.valid_to
            if not day or not after(day, valid_to):
                continue
            new = concepts.get(m.concept.replaced_by)
            pref = new.preferred("en", style) if new is not None else None
            expected = pref.text if pref is not None else ""
            use = f"; use '{expected}'" if expected else ""
            out.append(RawFinding(m.start, m.end, "term-dated", m.text, expected, cid_of(m.concept.id),
                                  f"'{m.text}' ceased on {valid_to}, before this text's date {day}{use}", False))
        return out
