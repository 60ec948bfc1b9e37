"""``term-inconsistent``: one glossary concept rendered two ways in one document.

Newsroom conventions decide what counts as two renderings:

* a full form at first mention followed by a shorter form ("Central Committee of the Communist
  Party of Viet Nam" … "Party Central Committee") is consistent; a short form at first mention
  followed later by the full form is flagged, the first mentions taking the full form;
* two forms where the words of one run inside the other ("President" / "State President",
  "Party and State" / "Party and the State") are one rendering, and so are two forms that differ
  only in the country's spelling (a masthead or official name keeps its own);
* two admitted equivalents (neither the preferred term) are not flagged unless the configuration
  says ``inconsistent_admitted = "flag"``; that setting flags every form but the preferred one
  (or the one used most), as before these conventions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from operator import attrgetter

from ...glossary.matcher import Match
from .base import Context, RawFinding, RuleKind, fold_cached, match_case

_ABBREVIATIONS = frozenset({"abbreviation", "acronym", "shortForm"})
_term_text = attrgetter("term.text")


@lru_cache(maxsize=8192)
def _words(form: str) -> tuple[str, ...]:
    return tuple(fold_cached(form).replace("viet nam", "vietnam").split())


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


def related(a: str, b: str) -> bool:
    """True when the words of one form run, in order, inside the other (one rendering, not two)."""
    wa, wb = _words(a), _words(b)
    return _subsequence(wa, wb) if len(wa) <= len(wb) else _subsequence(wb, wa)


class TermConsistency(RuleKind):
    yields = ("term-inconsistent",)
    needs = frozenset({"hits"})

    def run(self, ctx: Context) -> list[RawFinding]:
        usage: dict[str, list[Match]] = defaultdict(list)  # per concept, its hits by full forms
        for m in ctx.hits.terms:
            if m.term.type not in _ABBREVIATIONS:
                usage[m.concept.id].append(m)
        style = ctx.config.style_id
        strict = ctx.config.inconsistent_admitted == "flag"
        out: list[RawFinding] = []
        for cid, full in usage.items():
            forms = Counter(map(_term_text, full))
            if len(forms) < 2:
                continue
            pref = full[0].concept.preferred("en", style)
            preferred = pref.text if pref is not None else None
            if strict:
                target = preferred if preferred in forms else forms.most_common(1)[0][0]
                wrong = [m for m in full if m.term.text != target]
                why = "both name concept '{cid}' in this document"
            else:
                target, wrong, why = self._conventions(full, preferred)
            made: dict[tuple[int, str], tuple[str, str, str, str, bool]] = {}
            for m in wrong:
                key = (id(m.term), m.text)
                fields = made.get(key)
                if fields is None:
                    expected = match_case(m.text, target)
                    msg = f"'{m.text}' and '{target}' {why.format(cid=cid)}; use '{target}'"
                    fields = made[key] = (m.text, expected, cid, msg, not m.ambiguous)
                out.append(RawFinding(m.start, m.end, "term-inconsistent", *fields))
        return out

    @staticmethod
    def _conventions(full: list[Match], preferred: str | None) -> tuple[str, list[Match], str]:
        """(the form to use, the hits to flag, why) under the newsroom conventions."""
        order = list(dict.fromkeys(m.term.text for m in full))  # forms by first mention
        first = order[0]
        longest = max(order, key=lambda f: len(_words(f)))  # the first of the longest on a tie
        if len(_words(longest)) > len(_words(first)):
            # a short form came first: the mentions before the full form should be the full form
            until = next(m.start for m in full if m.term.text == longest)
            wrong = [m for m in full if m.start < until and not related(m.term.text, longest)
                     and preferred in (m.term.text, longest)]  # two admitted equivalents are not flagged
            return longest, wrong, "both name concept '{cid}' in this document, the full form at first mention"
        # the first mention is the full form: shorter forms later are fine; a form as long as it
        # and not one rendering with it is a second rendering, unless both are admitted equivalents
        statuses = {m.term.text: m.term.status for m in full}
        target = preferred if preferred in statuses and len(_words(preferred)) >= len(_words(first)) else first
        rivals = {f for f in order if f != target and len(_words(f)) >= len(_words(first)) and not related(f, target)}
        if target != preferred:
            rivals = {f for f in rivals if f == preferred}  # two admitted equivalents are not flagged
        wrong = [m for m in full if m.term.text in rivals]
        return target, wrong, "both name concept '{cid}' in this document"
