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


def _body_at(rest: str) -> str | None:
    """The body named at the start of ``rest`` (apostrophes straight), after a level word if any."""
    for name in _BODY_NAMES:
        if rest.startswith(name):
            return name
    head, _, tail = rest.partition(" ")
    if head in _LEVEL_WORDS:
        return next((name for name in _BODY_NAMES if tail.startswith(name)), None)
    return None


def _place_first(text: str, starts: list[int]) -> set[str]:
    """The local bodies the document names place first ("the HCMC People's Committee", "Hai Phong
    City Police"): a capitalised word before the body (or its level) that is not an article."""
    found: set[str] = set()
    for pos in starts:
        before = _WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
        if before is None:
            continue
        word = before.group(1)
        if word in _COUNTRY_WORDS:
            continue  # "the Provincial Vietnam Fatherland Front Committee": the country is in the body's own name
        if word[:1].isupper() and word not in _ARTICLES and word not in _LEVEL_WORDS:
            body = _body_at(text[pos : pos + 40].replace("’", "'"))
            if body is not None:
                found.add(body)
    return found


#: a body joined to the name before it ("the National Assembly Delegation and the People's Council
#: of Hanoi"): the place after it may qualify both, so the phrase is not rewritten (unless the
#: name before "and" ends in a place of its own: "… of Hai Phong and the People's Committee of …")
_COORDINATED_RE = re.compile(r"(?P<word>[A-Z][\w'’]*)[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?\Z")


_DASH_RE = re.compile(r"[-–]")
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
    # flagged only where the same text also names that kind of body place first ("the Hai Phong
    # People's Committee"); a text that writes every People's Committee "of X Province" is consistent.

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if ctx.config.body_order == "consistent":
            state.setdefault("place_first", set()).update(_place_first(ctx.text, context_anchors(ctx)[1]))

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        text = ctx.text
        place_keys = self.checker.place_keys
        placed: set[str] | None = None
        if ctx.config.body_order == "consistent":
            placed = state.get("place_first") or set()
            if not placed:
                return []  # no fixed order, and the document never names a place first
        out: list[RawFinding] = []
        # _BODY_RE.finditer(text), trying only where a match can start (a level word or a body)
        for m in matches_at(text, context_anchors(ctx)[1], _BODY_RE):
            if placed is not None and m.group("body").replace("’", "'") not in placed:
                continue  # this kind of body is never named place first here: the document's own order
            before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if before and before.group(1)[:1].isupper() and before.group(1) not in _ARTICLES:
                continue  # "the Vietnam Fatherland Front Committee of …": the body is already named
            joined = _COORDINATED_RE.search(text, max(0, m.start() - 60), m.start())
            if joined and not is_vietnamese_syllable(joined.group("word")):
                continue  # "the … Delegation and the People's Council of Hanoi": the place may qualify both
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
            if not (all(is_vietnamese_syllable(p) for w in words for p in _DASH_RE.split(w)) or fold_key(place) in place_keys
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
