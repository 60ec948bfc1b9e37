"""Bilingual rules: ``key-term`` (a glossary term in the source line lacks its English term in the
target) and ``source-name`` (a person named in the source is missing from the target)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...text import fold_key
from .base import Context, RawFinding, RuleKind

_NON_WORD_RE = re.compile(r"[^\w]+")


def plurals(key: str) -> tuple[str, ...]:
    """The plural forms of a folded English term (its last word: -s, -es, -y → -ies)."""
    if not key:
        return ()
    head, _, last = key.rpartition(" ")
    head = head + " " if head else ""
    forms = [last + "s", last + "es"]
    if last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        forms.append(last[:-1] + "ies")
    if last.endswith("man"):
        forms.append(last[:-3] + "men")
    return tuple(head + f for f in forms)


class KeyTerms(RuleKind):
    yields = ("key-term",)
    needs = frozenset({"pairs"})

    def run(self, ctx: Context) -> list[RawFinding]:
        if not ctx.pairs:
            return []
        checker = self.checker
        matches = checker.full_matcher.find(ctx.text, folded=ctx.cache.get("folded"))  # type: ignore[arg-type]
        style = ctx.config.style_id
        out: list[RawFinding] = []
        starts = [m.start for m in matches]
        for pair in ctx.pairs:
            if not pair.source.strip():
                continue
            lo = bisect_left(starts, pair.start)
            present = set()
            for m in matches[lo:]:
                if m.start >= pair.end:
                    break
                for c, _ in m.candidates:
                    present.add(c.id)
            seen: set[str] = set()
            padded: str | None = None
            for vm in checker.vi_matcher.find(pair.source, lang="vi", strict_marks=True):
                cid = vm.concept.id
                if cid in seen or vm.ambiguous:
                    continue
                seen.add(cid)
                pref = vm.concept.preferred("en", style)
                if pref is None or cid in present:
                    continue
                if padded is None:
                    padded = " " + _NON_WORD_RE.sub(" ", fold_key(ctx.text[pair.start : pair.end])) + " "
                if any(f" {p} " in padded for t in vm.concept.terms
                       if t.lang == "en" and not t.is_flagged for p in plurals(fold_key(t.text))):
                    continue  # "ambassadors" satisfies "ambassador"
                out.append(RawFinding(pair.start, pair.start, "key-term", vm.text, pref.text, cid,
                                      f"source term '{vm.text}' requires '{pref.text}' in the target", False))
        return out


class SourceNames(RuleKind):
    yields = ("source-name",)
    needs = frozenset({"pairs"})

    def __init__(self, checker) -> None:
        super().__init__(checker)
        self._segmenter = None

    def run(self, ctx: Context) -> list[RawFinding]:
        if not ctx.pairs:
            return []
        if self._segmenter is None:
            from ...vi import Segmenter

            self._segmenter = Segmenter(self.checker.glossary)
        text = ctx.text
        out: list[RawFinding] = []
        for pair in ctx.pairs:
            if not pair.source.strip():
                continue
            padded = " " + _NON_WORD_RE.sub(" ", fold_key(text[pair.start : pair.end])) + " "
            for ent in self._segmenter.segment(pair.source).entities:
                if ent.type != "PERSON" or not ent.en:
                    continue
                key = fold_key(ent.en)
                if key and f" {key} " not in padded:
                    out.append(RawFinding(pair.start, pair.start, "source-name", ent.text, ent.en, None,
                                          f"the source names '{ent.text}'; the target lacks '{ent.en}'", False))
        return out
