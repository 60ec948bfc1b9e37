"""``title-form`` for local bodies: "People's Committee of Hai Phong" → "Hai Phong People's Committee"."""

from __future__ import annotations

import re

from ...text import fold_key
from ...vi.english_names import SURNAMES, is_vietnamese_syllable
from .anchors import _BODY_RE, context_anchors, matches_at
from .tables import LOCAL_BODIES
from .base import Context, RawFinding, RuleKind

_VIET_NAM_KEYS = {"viet nam", "vietnam"}
_PLACES_EXTRA = {"Hanoi", "Haiphong", "Danang", "Saigon"}
_WORD_BEFORE_RE = re.compile(r"([\w'’.-]+)[ \u00a0]+\Z")
_ARTICLES = frozenset({"The", "A", "An"})
_LEVEL_WORDS = frozenset({"Provincial", "City", "Municipal", "District", "Commune", "Ward"})
#: the word before a body that is the country, not a place: "Vietnam Fatherland Front Committee"
_COUNTRY_WORDS = frozenset({"Vietnam", "Nam", "VIETNAM", "NAM"})


_BODY_NAMES = tuple(b for b in LOCAL_BODIES)


def _place_first(text: str, starts: list[int]) -> bool:
    """True when the document names some local body place first ("the HCMC People's Committee",
    "Hai Phong City Police"): a capitalised word before the body (or its level) that is not an article."""
    for pos in starts:
        before = _WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
        if before is None:
            continue
        word = before.group(1)
        if word in _COUNTRY_WORDS:
            continue  # "the Provincial Vietnam Fatherland Front Committee": the country is in the body's own name
        if word[:1].isupper() and word not in _ARTICLES and word not in _LEVEL_WORDS:
            rest = text[pos : pos + 40].replace("’", "'")
            if rest.startswith(_BODY_NAMES) or rest.split(" ", 1)[0] in _LEVEL_WORDS:
                return True
    return False


_DASH_ON_RE = re.compile(r"[ \u00a0]*[-–—‐][ \u00a0]*\w")


def _runs_on(text: str, end: int) -> bool:
    """True when the place name ending at ``end`` goes on: a dash joins another name to it, or
    a body's name follows (the place qualifies a longer body): rewriting the part before would
    split a name."""
    if _DASH_ON_RE.match(text, end):
        return True
    after = text[end : end + 40].replace("’", "'")
    rest = after.lstrip(" \u00a0")
    return rest != after and rest.startswith(_BODY_NAMES)


class LocalBodies(RuleKind):
    yields = ("title-form",)
    needs = frozenset({"text"})
    streams = True

    # Under the default style the order is the document's: "People's Committee of Hai Phong" is
    # flagged only where the same text also names a body place first.

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if ctx.config.body_order == "consistent" and not state.get("place_first"):
            state["place_first"] = _place_first(ctx.text, context_anchors(ctx)[1])

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        text = ctx.text
        place_keys = self.checker.place_keys
        if ctx.config.body_order == "consistent" and not state.get("place_first"):
            return []  # no fixed order, and the document never names a place first
        out: list[RawFinding] = []
        # _BODY_RE.finditer(text), trying only where a match can start (a level word or a body)
        for m in matches_at(text, context_anchors(ctx)[1], _BODY_RE):
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if before and before.group(1)[:1].isupper() and before.group(1) not in _ARTICLES:
                continue  # "the Vietnam Fatherland Front Committee of …": the body is already named
            name = m.group("name")
            words = name.split()
            for i in range(2, len(words)):  # "of Quang Ninh Cao Tuong Huy": the person starts at "Cao"
                if words[i].lower() in SURNAMES:
                    words = words[:i]
                    break
            name = " ".join(words)
            while words and words[-1] in ("City", "Province", "city", "province"):
                words.pop()
            if not words:
                continue
            place = " ".join(words)
            folded = f" {fold_key(place)} "
            if " vietnam " in folded or " viet nam " in folded:
                continue  # "of Viet Nam", or a run of names into the country's: not one place
            if not (all(is_vietnamese_syllable(w) for w in words) or fold_key(place) in place_keys
                    or place in _PLACES_EXTRA):
                continue
            end = m.start("name") + len(name)
            if _runs_on(text, end):
                continue  # "of Ba Ria–Vung Tau Province", "of the Hanoi People's Council": a longer name
            suffix = " ".join(name.split()[len(words):])
            if m.group("tail") and end == m.end("name"):  # "of Dong Nai province": the rewrite takes it too
                if suffix:
                    continue  # "of Hai Phong City city": not a phrase to rewrite
                suffix = m.group("tail").strip()
                end = m.end("tail")
                if suffix == "city":
                    suffix = "City"
            found = text[m.start() : end]
            level = (m.group("level") or "").strip()
            if suffix.lower() == "province":
                suffix = "Provincial"
            parts = [place, "" if level else suffix, level, m.group("body")]
            expected = " ".join(p for p in parts if p)
            out.append(RawFinding(m.start(), end, "title-form", found, expected, None,
                                  f"house form names the place first: '{expected}'", True))
        return out
