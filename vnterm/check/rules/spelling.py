"""``spelling``: British and American spelling mixed in one document, or against the house style.

Under ``consistent`` each family (-ise/-ize, -our/-or, -ll-/-l-, -re/-er, single words such as
"fulfil"/"fulfill") keeps the form it uses most, and a family written one way only is still
flagged when the rest of the document writes the other dialect: "fulfill" in a text that writes
"emphasised" or "organising" (-ise is never American). An -ize form is no American evidence and
is never flagged this way (Oxford spelling writes -ize with "colour"), unless the same document
also writes -ise (no Oxford text does). A family tied between its two forms takes the rest of the
document's dialect ("Recognised" / "organizations" beside "center", "kilometers": -ize). When the two
dialects are as frequent as each other the finding is reported without a fix."""

from __future__ import annotations

from collections import Counter, defaultdict

from ...glossary.matcher import Match
from .base import Context, RawFinding, RuleKind, match_case


class Spelling(RuleKind):
    yields = ("spelling",)
    needs = frozenset({"hits"})
    streams = True

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if ctx.config.spelling_policy != "consistent":
            return
        table = self.checker.spelling
        # per spelling family: its forms' counts, in the order of their first mention
        families: dict[str, Counter] = state.setdefault("families", {})
        for m in ctx.hits.spelling:
            family = table[m.concept.id][0]
            counts = families.get(family)
            if counts is None:
                counts = families[family] = Counter()
            counts[m.term.note] += 1

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        table = self.checker.spelling
        spelled: dict[str, list[Match]] = defaultdict(list)  # per spelling family
        for m in ctx.hits.spelling:
            spelled[table[m.concept.id][0]].append(m)
        if not spelled:
            return []
        mode = ctx.config.spelling_policy
        hint = ctx.config.style_hint("spelling")
        out: list[RawFinding] = []
        families: dict[str, Counter] = state.get("families", {})
        if mode == "consistent":
            if "dialect" not in state:
                state["dialect"] = _dialect(families)
            dialect, tie = state["dialect"]
        else:
            dialect, tie = "", False
        for family, hits in spelled.items():
            fixable = True
            if mode == "consistent":
                counts = families[family]
                if len(counts) < 2:
                    # one form in this family: flagged only against the document's dialect
                    only = next(iter(counts))
                    if not dialect or only == dialect or (family == "ize" and only == "american"):
                        continue
                    keep, fixable = dialect, not tie
                else:
                    first = next(iter(counts))
                    keep = max(counts, key=lambda v: (counts[v], v == first))
                    if len(set(counts.values())) == 1 and dialect and not tie:
                        keep = dialect  # a tie in the family: the rest of the document's dialect decides
                why = f"{'British' if keep == 'british' else 'American'} spelling is used elsewhere in this document"
            else:
                keep = mode
                why = f"house style uses {mode.capitalize()} spelling"
            made: dict[tuple[str, str], tuple[str, str]] = {}
            for m in hits:
                if m.term.note == keep:
                    continue
                key = (m.concept.id, m.text)
                fields = made.get(key)
                if fields is None:
                    _, british, american = table[m.concept.id]
                    expected = match_case(m.text, british if keep == "british" else american)
                    fields = made[key] = (expected, f"{why}: '{expected}' {hint}")
                out.append(RawFinding(m.start, m.end, "spelling", m.text, fields[0], None, fields[1], fixable))
        return out


def _dialect(families: dict[str, Counter]) -> tuple[str, bool]:
    """The document's dialect across families ("british", "american" or "" when it shows only one
    family or none) and whether the two are tied (then British, as most outlets write). -ize forms
    are no evidence either way (Oxford spelling). ``families``: per family, its forms' counts."""
    if len(families) < 2:
        return "", False
    votes: Counter = Counter()
    for family, counts in families.items():
        for note, n in counts.items():
            if not (family == "ize" and note == "american" and len(counts) < 2):
                votes[note] += n  # -ize beside -ise is no Oxford spelling: American evidence
    votes = +votes
    if len(votes) < 2:
        return (next(iter(votes)) if votes else ""), False
    tie = votes["british"] == votes["american"]
    return ("british" if votes["british"] >= votes["american"] else "american"), tie
