"""``title-form`` for the head of a body: "Head of the Central Inspection Commission" (its head is
its Chairman), "Vice Chairman of the Party Central Committee's Office" (headed by a Chief).

The glossary's composed titles say how each body's head is called: "Chairman of the Party Central
Committee's Inspection Commission", "Chief of the Office of the Party Central Committee", "Head of
the Party Central Committee's Organisation Commission" and (VNS) "Chairman of the PCC's
Organisation Commission". A capitalised head title written before a glossary name of such a body
("Head of the Central Inspection Commission") whose kind of head the glossary never gives that body
is flagged, with the glossary's head and the body as written; a deputy keeps his rank ("Vice
Chairman" of an office headed by a Chief is its "Deputy Chief"). A lower-case "head of" is a
description, not a title, and is left alone. Only Party bodies are judged (their heads' titles are
fixed by the Party's own usage): its commissions and offices.

When the body's name is itself a flagged variant ("Head of the Central Inspection Committee"), the
one finding covers title and body and takes the body's rule (``term-deprecated``): its fix writes both.
"""

from __future__ import annotations

import re

from ...text import fold_key
from .base import Context, RawFinding, RuleKind, match_case
from .variants import in_found_spelling

#: each head title, by the kind of head it names
_FAMILY = {"Chairman": "chair", "Chairwoman": "chair", "Chairperson": "chair", "President": "president",
           "Head": "head", "Chief": "chief", "Director": "director", "Director General": "director",
           "Director-General": "director"}
_HEAD = r"(?P<head>Chairman|Chairwoman|Chairperson|President|Head|Chief|Director(?:[ -]General)?)"
_TITLE_RE = re.compile(rf"^(?:(?:Permanent|Standing|First|Executive) )?(?:(?:Vice|Deputy) )?{_HEAD} of (?:the )?(?P<body>.+)$")
_BEFORE_RE = re.compile(
    rf"(?P<title>(?P<lead>(?:Permanent|Standing|First|Executive)[ \u00a0]+)?(?:(?P<dep>Vice|Deputy)[ \u00a0]+)?{_HEAD}"
    r"[ \u00a0]+of[ \u00a0]+(?P<the>the[ \u00a0]+)?)\Z")
#: the deputy of a head of each kind: "Vice Chairman", "Deputy Chief"
_DEPUTY = {"chair": "Vice", "president": "Vice", "head": "Deputy", "chief": "Deputy", "director": "Deputy"}
_DOMAINS = frozenset({"party"})
#: the bodies judged: commissions and offices (not the Central Committee, the Secretariat or a
#: standing board, whose heads are secretaries)
_BODY_WORDS = frozenset({"Commission", "Office"})


def head_titles(glossary) -> dict[str, tuple[frozenset[str], str]]:
    """Per body concept (of :data:`_DOMAINS`), the kinds of head it may have and the head word of
    its preferred title ("Chief"), from every good English term of the glossary's title concepts
    that reads "<head> of (the) <a name of the body>" (a name the glossary gives the body, or a
    Party commission's name in other words: "Chairman of the PCC's Organisation Commission").

    Bodies of one kind (the first word of their Vietnamese name: every "Ban" is a commission
    headed by a Trưởng ban, "Head" or, as VNS writes, "Chairman"; every "Ủy ban Kiểm tra" by a
    Chủ nhiệm, "Chairman") share their kinds of head: one commission's title stands for all."""
    from .commissions import commission_keys, stems

    names: dict[str, str] = {}
    kind_of: dict[str, str] = {}
    for concept in glossary:
        if concept.domain in _DOMAINS and any(
                w in _BODY_WORDS for t in concept.terms_for("en") if not t.is_flagged for w in t.text.split()):
            vi = concept.preferred("vi")
            kind_of[concept.id] = vi.text.split()[0].lower() if vi is not None and vi.text else ""
            for term in concept.terms_for("en"):
                if not term.is_flagged:
                    names.setdefault(fold_key(term.text), concept.id)
    keys = commission_keys(glossary)
    heads: dict[str, dict[str, str]] = {}
    for concept in glossary:
        if concept.domain != "title":
            continue
        for term in concept.terms_for("en"):
            if term.is_flagged:
                continue
            m = _TITLE_RE.match(term.text)
            if m is None:
                continue
            body = names.get(fold_key(m.group("body")))
            if body is None and m.group("body").split()[-1] == "Commission":
                body = keys.get(stems(m.group("body")))
            if body is None:
                continue
            head = m.group("head").replace("-", " ")
            heads.setdefault(body, {}).setdefault(_FAMILY[head], "Chairman" if _FAMILY[head] == "chair" else head)
    by_kind: dict[str, dict[str, str]] = {}
    for body, kinds in heads.items():
        for family, head in kinds.items():
            by_kind.setdefault(kind_of.get(body, ""), {}).setdefault(family, head)
    out: dict[str, tuple[frozenset[str], str]] = {}
    for body, kind in kind_of.items():
        shared = by_kind.get(kind)
        if not shared:
            continue
        own = heads.get(body) or shared
        out[body] = (frozenset(shared), next(iter(own.values())))
    return out


class HeadTitles(RuleKind):
    yields = ("title-form", "term-deprecated")
    needs = frozenset({"hits", "text"})
    local = True  # a head's title is read from the hit and the words just before it

    def __init__(self, checker) -> None:
        super().__init__(checker)
        self._heads: dict[str, tuple[frozenset[str], str]] | None = None

    def run(self, ctx: Context) -> list[RawFinding]:
        if self._heads is None:
            self._heads = head_titles(self.checker.glossary)
        heads = self._heads
        text = ctx.text
        style = ctx.config.style_id
        country, spelling = ctx.config.country, ctx.config.spelling_policy
        out: list[RawFinding] = []
        for m in (*ctx.hits.terms, *ctx.hits.flagged):
            known = heads.get(m.concept.id)
            if known is None:
                continue
            before = _BEFORE_RE.search(text, max(0, m.start - 60), m.start)
            if before is None:
                continue
            head = before.group("head").replace("-", " ")
            family = _FAMILY[head]
            kinds, preferred_head = known
            if family in kinds:
                continue
            body = m.text
            rule = "title-form"
            if m.term.is_flagged:
                pref = m.concept.preferred("en", style)
                if pref is None:
                    continue
                body = match_case(m.text, in_found_spelling(m.concept, pref.text, m.text, country, spelling))
                rule = "term-deprecated"
            new_head = preferred_head
            if head in ("Chairwoman", "Chairperson") and preferred_head == "Chairman":
                new_head = head  # the writer's own word for a chair
            dep = before.group("dep")
            if dep:
                new_head = f"{_DEPUTY[_FAMILY.get(new_head, 'head')]} {new_head}"
            expected = f"{before.group('lead') or ''}{new_head} of {before.group('the') or ''}{body}"
            start = before.start("title")
            found = text[start : m.end]
            name = m.concept.preferred("en", style)
            why = f"the {name.text if name is not None else m.text} is headed by a {preferred_head}"
            if rule == "term-deprecated":
                why += f", and '{m.text}' is a {m.term.status} name of it"
            out.append(RawFinding(start, m.end, rule, found, expected, m.concept.id, f"{why}; use '{expected}'", True))
        return out
