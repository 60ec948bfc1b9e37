"""``name-diacritics``: a Vietnamese name written against the house style for diacritics, or both ways.

A capitalised run that a lower-case Vietnamese word continues or opens ("Bộ Ngoại giao", "tỉnh
Hải Phòng") is part of a Vietnamese phrase quoted in the copy, not a name in English: it is left
alone rather than half rewritten."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from functools import cached_property

import re

from ...text import strip_diacritics
from ...vi.english_names import (
    _ENGLISH_SYLLABLES, _LEFT_TRIM, SURNAMES, is_vietnamese_syllable, name_spans, vietnamese_lines,
)
from .base import Context, RawFinding, RuleKind


_AFTER_RE = re.compile(r"[ \u00a0]([^\W\d_]+)")
_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \u00a0]$")
_ENGLISH = _ENGLISH_SYLLABLES | _LEFT_TRIM


#: onsets English words do not start with ("giao", "nhân", "khác", "nghị", "ngoài")
_VI_ONSET_RE = re.compile(r"(?:ngh|ng|nh|kh|gi)[aeiouy]")


def _vietnamese_word(word: str, weak: bool) -> bool:
    """True when a lower-case ``word`` next to a name is Vietnamese: it carries diacritics, or
    (``weak``: the name has diacritics and is no name we know) it spells a Vietnamese syllable with
    an onset no English word has ("giao")."""
    if not word.islower() or not is_vietnamese_syllable(word):
        return False
    return strip_diacritics(word) != word or (weak and word not in _ENGLISH and bool(_VI_ONSET_RE.match(word)))


def in_vietnamese_phrase(text: str, start: int, end: int, marked: bool, known: bool) -> bool:
    """True when the name at ``text[start:end]`` is continued or opened by a lower-case Vietnamese
    word: a Vietnamese phrase ("Bộ Ngoại giao"), not a name in English copy. ``known``: the name is
    one the glossary knows or starts with a surname, so only a word with diacritics takes it."""
    weak = marked and not known
    after = _AFTER_RE.match(text, end)
    if after is not None and _vietnamese_word(after.group(1), weak):
        return True
    before = _BEFORE_RE.search(text, max(0, start - 12), start)
    return before is not None and _vietnamese_word(before.group(1), weak)


class NameDiacritics(RuleKind):
    yields = ("name-diacritics",)
    needs = frozenset({"text"})
    streams = True
    #: the names written with diacritics anywhere; then each name's mentions
    passes = 2

    @cached_property
    def _foreign(self) -> frozenset[tuple[str, ...]]:
        """One-word name keys the glossary knows only as the Vietnamese name of a place or person
        whose English name is another word ("Lào": Laos, whose adjective is "Lao"): a plain "Lao"
        in English copy is the English word, not "Lào" without its marks. Once per checker (a rule
        kind is built once per checker)."""
        english: set[tuple[str, ...]] = set()
        vietnamese: dict[tuple[str, ...], bool] = {}
        for concept in self.checker.glossary:
            if concept.domain not in ("place", "person"):
                continue
            en = {strip_diacritics(t.text).lower().replace(" ", "") for t in concept.terms if t.lang == "en"}
            for t in concept.terms:
                key = tuple(strip_diacritics(t.text).lower().split())
                if t.lang == "en":
                    english.add(key)
                elif t.lang == "vi":
                    ours = "".join(key) in en
                    vietnamese[key] = vietnamese.get(key, False) or ours
        # one word only: a short English word ("Lao", "My") that spells a foreign country's Vietnamese
        # name; longer Vietnamese names of regions and islands ("Truong Sa") stay names
        return frozenset(k for k, ours in vietnamese.items() if not ours and k not in english and len(k) == 1)

    def _known(self, key: str) -> bool:
        """True when the name with this key is in the glossary or starts with a common surname."""
        words = tuple(key.lower().split())
        return words in self.checker.name_keys or words[0] in SURNAMES

    def run(self, ctx: Context) -> list[RawFinding]:
        # a whole document: name_spans learns the names the document writes with diacritics itself
        state: dict = {"name_keys": self.checker.name_keys}
        self.gather(ctx, state, 1)
        return self.emit(ctx, state)

    def _mentions(self, ctx: Context, keys: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[int, int, str, str, bool]]]:
        """Per name key, its mentions in ``ctx.text`` (start, end, text, key, has_diacritics), once
        per context; ``keys``: the names to know (the glossary's, and those the document writes
        with diacritics: a plain "Tue Tinh" is a name where "Tuệ Tĩnh" is written)."""
        cached = ctx.cache.get("name-mentions")
        if cached is not None:
            return cached  # type: ignore[return-value]
        text = ctx.text
        by_key: dict[str, list[tuple[int, int, str, str, bool]]] = defaultdict(list)
        skip = ctx.cache.get("captions")  # a Vietnamese caption inside English copy is not English copy
        if skip is None:
            skip = vietnamese_lines(text)
        skip_starts = [s for s, _ in skip]
        foreign = self._foreign
        for m in name_spans(text, keys):
            if not m[4] and tuple(m[3].lower().split()) in foreign:
                continue  # "Lao People's Revolutionary Party": the English word, not "Lào" unmarked
            if skip:
                i = bisect_right(skip_starts, m[0]) - 1
                if i >= 0 and m[0] < skip[i][1]:
                    continue
            if in_vietnamese_phrase(text, m[0], m[1], m[4], self._known(m[3])):
                continue
            by_key[m[3]].append(m)
        ctx.cache["name-mentions"] = by_key
        return by_key

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        if pass_no == 0:  # the names written with diacritics anywhere in the document
            marked = state.setdefault("marked", set())
            marked.update(tuple(m[3].lower().split()) for m in name_spans(ctx.text, self.checker.name_keys) if m[4])
            return
        if "name_keys" not in state:
            state["name_keys"] = self.checker.name_keys | frozenset(state.pop("marked", ()))
        # per key: [mentions with diacritics, mentions without, Counter of the forms with them (by first use)]
        keys: dict[str, list] = state.setdefault("keys", {})
        for key, ms in self._mentions(ctx, state["name_keys"]).items():
            entry = keys.get(key)
            if entry is None:
                entry = keys[key] = [0, 0, Counter()]
            for m in ms:
                if m[4]:
                    entry[0] += 1
                    entry[2][m[2]] += 1
                else:
                    entry[1] += 1

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:
        checker = self.checker
        by_key = self._mentions(ctx, state["name_keys"])
        if not by_key:
            return []
        keys: dict[str, list] = state["keys"]
        policy = ctx.config.diacritics_policy
        hint = " " + ctx.config.style_hint("diacritics")
        if policy == "consistent":
            return self._consistent(by_key, keys, hint)
        out: list[RawFinding] = []
        stripped: dict[str, str] = {}
        for key, ms in by_key.items():
            marked = [m for m in ms if m[4]]
            plain = [m for m in ms if not m[4]]
            n_marked, n_plain, forms = keys[key]
            mixed = bool(n_marked) and bool(n_plain)
            if policy == "strip":
                for start, end, found, _, _ in marked:
                    expected = stripped.get(found)
                    if expected is None:
                        expected = stripped[found] = strip_diacritics(found)
                    msg = (
                        f"'{found}' is also written '{expected}' in this document; house style drops diacritics"
                        if mixed
                        else f"house style drops diacritics from Vietnamese names in English copy: '{expected}'"
                    )
                    out.append(RawFinding(start, end, "name-diacritics", found, expected, None, msg + hint, True))
            else:
                candidates = [forms.most_common(1)[0][0]] if forms else sorted(checker.name_forms.get(key, ()))
                if not candidates:
                    continue
                expected = candidates[0]
                for start, end, found, _, _ in plain:
                    msg = (
                        f"'{found}' is also written '{expected}' in this document; house style keeps diacritics"
                        if mixed
                        else f"house style keeps diacritics in Vietnamese names: '{expected}'"
                    )
                    out.append(RawFinding(start, end, "name-diacritics", found, expected, None, msg + hint,
                                          len(candidates) == 1))
        return out

    @staticmethod
    def _consistent(by_key: dict[str, list[tuple[int, int, str, str, bool]]], keys: dict[str, list],
                    hint: str) -> list[RawFinding]:
        """No fixed policy: the document's majority (marks kept or dropped) wins, per document.

        Only a document that writes names both ways is flagged; each name's minority forms are
        rewritten to the majority policy (on a tie, marks are dropped: three of the four outlet
        presets strip them). ``keys``: per name key in the whole document, the counts
        :meth:`gather` keeps.
        """
        marked = sum(entry[0] for entry in keys.values())
        mentions = marked + sum(entry[1] for entry in keys.values())
        if not marked or marked == mentions:
            return []
        keep = marked * 2 > mentions  # a tie drops them, as most English house styles do
        out: list[RawFinding] = []
        why = "keeps" if keep else "drops"
        for key, ms in by_key.items():
            if keep:
                forms = keys[key][2]
                if len(forms) != 1:
                    continue  # no mark-bearing form of this name here, or several: not certain
                expected = next(iter(forms))
                wrong = [m for m in ms if not m[4]]
            else:
                wrong = [m for m in ms if m[4]]
                expected = ""
            for start, end, found, _, _ in wrong:
                exp = expected or strip_diacritics(found)
                out.append(RawFinding(start, end, "name-diacritics", found, exp, None,
                                      f"this document mostly {why} diacritics in Vietnamese names: '{exp}'{hint}", True))
        return out
