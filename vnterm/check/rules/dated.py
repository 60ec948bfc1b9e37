"""``term-dated``: a body the glossary marks dissolved, merged or renamed (``Concept.valid_to``),
named for an event dated after the change: a date in the same sentence (not one after the text's
own date, which names a plan: "Kien Giang will host APEC in 2027", written in 2025), or else the document's
dateline (a date in a first line that is a dateline: a short line, or the part before the dateline's
dash). A sentence dated on the day of the change itself announces the change and is not flagged, and
a former place is flagged only where it names the administrative unit ("Hoa Binh province",
"Binh Duong provincial …"), not the area ("farms in Binh Duong"), as the glossary admits. The suggestion is the preferred term of the concept that
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
#: where a dateline ends inside a first line that runs on into the story ("HA NOI, May 3, 2025 (VNA) – …")
_DATELINE_END_RE = re.compile(r"\s[—–-]\s|\((?:VNA|VNS|VOV|AFP|Reuters|AP|Xinhua)\)|—|–")
_DATELINE_WORDS = 12
#: a word after (or before) a former place's name that makes it the administrative unit, not the area
_UNIT_AFTER_RE = re.compile(r"\s+(?:[Pp]rovinces?|[Pp]rovincial|[Cc]ity|[Tt]own|[Dd]istrict)\b")
_UNIT_BEFORE_RE = re.compile(r"\b(?:[Pp]rovince|[Cc]ity|[Tt]own|[Dd]istrict) of\s+$")
_UNIT_WORDS = frozenset({"province", "provincial", "city", "town", "district"})


def dateline_date(text: str) -> str | None:
    """The date of the document's dateline: a date in a first line of at most twelve words, or in
    the part of a longer first line before its dateline dash; None when the first line is a sentence
    of the story ("Since July 1, 2025, the whole country …" dates the change, not the text)."""
    end = text.find("\n")
    line = text if end < 0 else text[:end]
    if len(line.split()) > _DATELINE_WORDS:
        m = _DATELINE_END_RE.search(line)
        if m is None or len(line[: m.start()].split()) > _DATELINE_WORDS:
            return None
        line = line[: m.start()]
    return next(iter(find_dates(line)), None)


def names_unit(text: str, start: int, end: int) -> bool:
    """True when the place name at ``text[start:end]`` names the administrative unit: the name holds
    or is followed by "province"/"city"/…, or follows "province of"."""
    if _UNIT_WORDS & set(text[start:end].lower().split()):
        return True
    return bool(_UNIT_AFTER_RE.match(text, end) or _UNIT_BEFORE_RE.search(text, max(0, start - 20), start))


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
    """True when ``day`` is certainly after ``valid_to`` (a year alone is not certain against a day).

    The same day does not count: the sentence that carries the day of the change announces it
    ("From July 1, 2025, Binh Duong merges into …"). A month against a month counts from that
    month, as its day is unknown."""
    n = len(valid_to)
    if len(day) >= n:
        return day[:n] > valid_to or (day[:n] == valid_to and len(day) > n)
    return day > valid_to[: len(day)]


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
    streams = True

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if "dateline" not in state:  # the document's first line is its first segment's
            state["dateline"] = ctx.date or dateline_date(ctx.text)

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        hits = [m for m in (*ctx.hits.terms, *ctx.hits.flagged) if m.concept.valid_to]
        if not hits:
            return []
        text = ctx.text
        dateline = state["dateline"]
        style = ctx.config.style_id
        concepts = self.checker.glossary.concepts
        out: list[RawFinding] = []
        for m in sorted(hits, key=lambda m: m.start):
            lo, hi = _sentence(text, m.start)
            dates = find_dates(text, lo, hi)
            if dateline:  # a date after the text's own is a plan ("to host APEC in 2027"), not the event's
                dates = [d for d in dates if not after(d, dateline)]
            day = max(dates) if dates else dateline
            valid_to = m.concept.valid_to
            if not day or not after(day, valid_to):
                continue
            if m.concept.domain == "place" and not names_unit(text, m.start, m.end):
                continue
            new = concepts.get(m.concept.replaced_by)
            pref = new.preferred("en", style) if new is not None else None
            expected = pref.text if pref is not None else ""
            use = f"; use '{expected}'" if expected else ""
            out.append(RawFinding(m.start, m.end, "term-dated", m.text, expected, cid_of(m.concept.id),
                                  f"'{m.text}' ceased on {valid_to}, before this text's date {day}{use}", False))
        return out
