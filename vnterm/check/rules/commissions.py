"""A Party commission named a "Committee": "Central Organization Committee" for the Party Central
Committee's Organisation Commission (Ban Tổ chức Trung ương).

The Party's central commissions (the glossary's ``party`` concepts whose English names say
"Commission") are often rendered "Central … Committee", in words the glossary may not list
("Central Strategic Policy Committee"). A phrase "Central <capitalised words> Committee" names one
of them when its content words, stemmed, are exactly those of one of the concept's English names
(order, "and", "of", "for", "Central", "Party" aside); phrases that match no commission, or more
than one ("Central Steering Committee", "Central Highlands Committee"), are left alone. The finding:

* ``term-dated`` (report only) when the commission was dissolved or renamed before the event the
  sentence (or the document) is dated by, naming the body that took its place;
* ``term-inconsistent`` when the same document also names the commission by a glossary name (the
  writer's own form, or the same words with "Commission", is the fix);
* ``term-deprecated`` otherwise: the same words with "Commission" when that is a glossary name of
  the concept ("Central Organization Commission"), else the concept's preferred name.

A phrase after another country's party or a demonym ("the CPC Central Propaganda Committee") is
another party's body, and is left alone.
"""

from __future__ import annotations

import re

from .base import Context, RawFinding, RuleKind, match_case
from .dated import _sentence, after, dateline_date, find_dates

_WORD = r"(?:[A-Z][A-Za-z-]*,?|and|&)"
#: "Central <1–6 capitalised words, 'and', '&'> Committee", not "Central Committee" itself
_PHRASE_RE = re.compile(rf"\bCentral(?:[ \u00a0]{_WORD}){{1,6}}?[ \u00a0]Committee\b")
_SKIP_WORDS = frozenset({"central", "party", "commission", "committee", "of", "the", "and", "for", "&", "on", "pcc"})
_STEM = 5
#: "Commission" as the head noun of a name: last, or before "for"/"on"/"of" ("Commission for Policies …")
_COMMISSION_HEAD_RE = re.compile(r"\bCommission(?:\Z| (?:for|on|of) )")


def _commission_name(name: str) -> bool:
    """True when ``name`` names a commission itself ("Central Organisation Commission",
    "Commission for Policies and Strategies"), not a body of one ("Standing Board of the Central
    Military Commission"): "Commission" is its head noun, before any "of"."""
    head = _COMMISSION_HEAD_RE.search(name)
    of = name.find(" of ")
    return head is not None and (of < 0 or head.start() < of)
#: another party's or country's body: "the CPC Central …", "China's Central …"
_FOREIGN_BEFORE_RE = re.compile(
    r"(?:\bCPC|\bLPRP|\bCPP|Chinese|Lao|Laotian|Cuban|Cambodian|Russian|Soviet|China['’]s|Laos['’]|Cuba['’]s|"
    r"Communist Party of (?:China|Cuba)|Lao People['’]s Revolutionary Party)[ \u00a0]+(?:[A-Z][\w'’]*[ \u00a0]+){0,2}\Z")


def _phrases(text: str):
    """:data:`_PHRASE_RE`'s matches, tried only where "Central " starts a word and "Committee"
    follows within reach (a ``str.find`` scan: most "Central"s are "Party Central Committee")."""
    pos = text.find("Central ")
    n = len(text)
    while pos >= 0:
        if (pos == 0 or not text[pos - 1].isalnum()) and not text.startswith("Central Committee", pos):
            near = text.find("Committee", pos + 8, min(n, pos + 160))
            if near >= 0:
                m = _PHRASE_RE.match(text, pos)
                if m is not None:
                    yield m
                    pos = text.find("Central ", m.end())
                    continue
        pos = text.find("Central ", pos + 8)


def stems(name: str) -> frozenset[str]:
    """The content words of a body's name, each cut to its first letters ("Organization" and
    "Organising" → "organ", "Policies" and "Policy" → "polic")."""
    out = set()
    for word in re.findall(r"[A-Za-z]+(?:['’]s)?", name):
        word = re.sub(r"['’]s\Z", "", word).lower()
        if word not in _SKIP_WORDS:
            out.add(word[:_STEM])
    return frozenset(out)


def commission_keys(glossary) -> dict[frozenset[str], str]:
    """Per key (:func:`stems` of a good English name), the Party commission concept it names; a key
    two commissions share names neither."""
    keys: dict[frozenset[str], str | None] = {}
    for concept in glossary:
        if concept.domain != "party":
            continue
        for term in concept.terms_for("en"):
            if term.is_flagged or not _commission_name(term.text):
                continue  # not a commission's own name ("Standing Board of the Central Military Commission")
            key = stems(term.text)
            if not key:
                continue
            if keys.get(key, concept.id) != concept.id:
                keys[key] = None
            else:
                keys[key] = concept.id
    return {k: v for k, v in keys.items() if v is not None}


class CommissionNames(RuleKind):
    yields = ("term-deprecated", "term-inconsistent", "term-dated")
    needs = frozenset({"hits", "text"})

    def __init__(self, checker) -> None:
        super().__init__(checker)
        self._keys: dict[frozenset[str], str] | None = None

    streams = True

    def run(self, ctx: Context) -> list[RawFinding]:
        """A whole document: its names and dateline are read only when a phrase needs them."""
        return self._findings(ctx, lambda: _first_names(ctx.hits.terms),
                              lambda: ctx.date or dateline_date(ctx.text) or "")

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if "dateline" not in state:  # the document's first line is its first segment's
            state["dateline"] = ctx.date or dateline_date(ctx.text) or ""
        named = state.setdefault("named", {})
        for cid, name in _first_names(ctx.hits.terms).items():
            named.setdefault(cid, name)

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        return self._findings(ctx, lambda: state.get("named", {}), lambda: state.get("dateline", ""))

    def _findings(self, ctx: Context, names, day_of_text) -> list[RawFinding]:
        """The findings in ``ctx``; ``names()``: concept id → the first name the document gives it;
        ``day_of_text()``: the document's date ("" when unknown)."""
        text = ctx.text
        if "Central" not in text or "Committee" not in text:
            return []
        if self._keys is None:
            self._keys = commission_keys(self.checker.glossary)
        keys = self._keys
        concepts = self.checker.glossary.concepts
        style = ctx.config.style_id
        named: dict[str, str] | None = None  # concept id → the first good name the document gives it
        dateline: str | None = None
        out: list[RawFinding] = []
        for m in _phrases(text):
            found = m.group(0)
            if "Commission" in found:
                continue  # "Central Military Commission Standing Committee": a committee of a commission
            cid = keys.get(stems(found))
            if cid is None:
                continue
            if named is None:
                named = names()
            if _FOREIGN_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
                continue
            concept = concepts[cid]
            good = {t.text for t in concept.terms_for("en") if not t.is_flagged}
            same_words = re.sub(r"Committee\Z", "Commission", found)
            if concept.valid_to:
                lo, hi = _sentence(text, m.start())
                dates = find_dates(text, lo, hi)
                if dates:
                    day = max(dates)
                else:
                    if dateline is None:
                        dateline = day_of_text()
                    day = dateline
                if day and after(day, concept.valid_to):
                    new = concepts.get(concept.replaced_by or "")
                    pref = new.preferred("en", style) if new is not None else None
                    expected = pref.text if pref is not None else ""
                    use = f"; use '{expected}'" if expected else ""
                    out.append(RawFinding(m.start(), m.end(), "term-dated", found, expected, cid,
                                          f"'{found}' (a Party commission, not a committee) ceased on "
                                          f"{concept.valid_to}, before this text's date {day}{use}", False))
                    continue
            if cid in named:
                expected = same_words if same_words in good else named[cid]
                out.append(RawFinding(m.start(), m.end(), "term-inconsistent", found, expected, cid,
                                      f"'{found}' is a Party commission this document also names "
                                      f"'{named[cid]}'; use '{expected}'", True))
                continue
            pref = concept.preferred("en", style)
            expected = same_words if same_words in good else (pref.text if pref is not None else "")
            if not expected:
                continue
            out.append(RawFinding(m.start(), m.end(), "term-deprecated", found, match_case(found, expected), cid,
                                  f"'{found}' is a Party commission, not a committee; use '{expected}'", True))
        return out


def _first_names(hits) -> dict[str, str]:
    """Concept id → the text of its first hit."""
    named: dict[str, str] = {}
    for hit in hits:
        named.setdefault(hit.concept.id, hit.text)
    return named
