"""``term-inconsistent``: one glossary concept rendered two ways in one document.

Newsroom conventions decide what counts as two renderings:

* a full form at first mention followed by a shorter form ("Central Committee of the Communist
  Party of Viet Nam" … "Party Central Committee") is consistent; the reverse, a short form first and
  a longer one after it, is flagged on the side that is not the glossary's preferred term (the
  later long form when the short one is preferred, the early short mentions when the long one is);
* two forms where the words of one run inside the other ("President" / "State President",
  "Party and State" / "Party and the State") are one rendering, as are two forms with the same
  content words in another order ("Politburo member" / "Member of the Politburo"); two forms that differ only in
  spacing ("Ha Noi" / "Hanoi") are two spellings of one length, not a full and a short form;
* in a concept whose preferred term is a common noun (lower case, "diplomatic sector"), a
  capitalised form is a proper name ("Diplomatic Service"), and the same words in lower case
  ("positions connected with the diplomatic service") are the common phrase, not that name;
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
    return tuple(fold_cached(form).split())


def _subsequence(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)


_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "'s"})


def related(a: str, b: str) -> bool:
    """True when the words of one form run, in order, inside the other, or when both hold the same
    content words in another order ("Politburo member" / "Member of the Politburo"): one rendering."""
    wa, wb = _words(a), _words(b)
    if _subsequence(wa, wb) if len(wa) <= len(wb) else _subsequence(wb, wa):
        return True
    return sorted(w for w in wa if w not in _FUNCTION_WORDS) == sorted(w for w in wb if w not in _FUNCTION_WORDS)


def _sizes(forms: list[str]) -> dict[str, int]:
    """Each form's length in words, spelling variants that differ only in spacing sharing the longer."""
    size = {f: len(_words(f)) for f in forms}
    by_compact: dict[str, int] = {}
    for f in forms:
        key = "".join(_words(f))
        by_compact[key] = max(by_compact.get(key, 0), size[f])
    return {f: by_compact["".join(_words(f))] for f in forms}


def _common_phrase(m: Match, style: str) -> bool:
    """True when a capitalised term (a proper name) is matched in lower-case text and the concept's
    preferred term is itself lower case: the text says the common phrase, not the name."""
    term = m.term.text
    if term.islower() or not m.text.islower():
        return False
    pref = m.concept.preferred("en", style)
    return pref is not None and pref.text.islower()


class TermConsistency(RuleKind):
    yields = ("term-inconsistent",)
    needs = frozenset({"hits"})

    def run(self, ctx: Context) -> list[RawFinding]:
        style = ctx.config.style_id
        usage: dict[str, list[Match]] = defaultdict(list)  # per concept, its hits by full forms
        for m in ctx.hits.terms:
            if m.term.type not in _ABBREVIATIONS and not _common_phrase(m, style):
                usage[m.concept.id].append(m)
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
        size = _sizes(order)
        first = order[0]
        longest = max(order, key=size.__getitem__)  # the first of the longest on a tie
        if size[longest] > size[first]:
            # a short form came first and a longer one follows: the glossary's preferred side wins
            if preferred == first:  # the document settled on the preferred short form: the longer is odd
                wrong = [m for m in full if size[m.term.text] > size[first] and not related(m.term.text, first)]
                return first, wrong, "both name concept '{cid}' in this document, the short form first"
            if preferred == longest:  # an admitted short form before the preferred full one
                until = next(m.start for m in full if m.term.text == longest)
                wrong = [m for m in full if m.start < until and not related(m.term.text, longest)]
                return longest, wrong, "both name concept '{cid}' in this document, the full form at first mention"
            return first, [], ""  # two admitted equivalents are not flagged
        # the first mention is the full form: shorter forms later are fine; a form as long as it
        # and not one rendering with it is a second rendering, unless both are admitted equivalents
        statuses = {m.term.text: m.term.status for m in full}
        target = preferred if preferred in statuses and size[preferred] >= size[first] else first
        rivals = {f for f in order if f != target and size[f] >= size[first] and not related(f, target)}
        if target != preferred:
            rivals = {f for f in rivals if f == preferred}  # two admitted equivalents are not flagged
        wrong = [m for m in full if m.term.text in rivals]
        return target, wrong, "both name concept '{cid}' in this document"
