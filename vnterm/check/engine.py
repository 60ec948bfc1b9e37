"""The checker: one matcher pass per document, then every rule reads the same hits.

Glossary terms, house-style spellings, title abbreviations and "Viet Nam"/"Vietnam" are compiled
into ONE Aho-Corasick automaton (:class:`vnterm.glossary.Matcher`), so the cost of a document does
not grow with the number of rules or concepts. Names, legal references and local bodies are found
by a few fixed regular expressions, independent of the glossary size.
"""

from __future__ import annotations

import dataclasses

import os
import pickle
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from operator import attrgetter
from typing import Iterable, NamedTuple

import ahocorasick_rs

from ..glossary.matcher import Match, Matcher
from ..glossary.model import Concept, Glossary, Term
from ..text import Normalized, fold, fold_key, strip_diacritics
from ..vi.english_names import (
    SURNAMES,
    is_vietnamese_syllable,
    known_keys,
    name_key,
    name_spans,
    vietnamese_lines,
)
from .config import CheckConfig
from .documents import Document, Pair
from .rules import LOCAL_BODIES, RULES, TITLE_FORMS, spelling_pairs

__all__ = ["Finding", "Checker"]


class Finding(NamedTuple):
    """One problem in one file. ``start``/``end`` are offsets into the file's text as read.

    A named tuple, like :class:`vnterm.glossary.Match`: immutable, and cheap to build (a long
    document has tens of thousands; a frozen dataclass cost 3 µs each, this 0.6 µs).
    """

    path: str
    line: int
    column: int
    start: int
    end: int
    rule: str
    severity: str
    found: str
    expected: str
    concept: str | None
    message: str
    #: True when ``--fix`` may replace ``found`` with ``expected`` without a human decision
    fixable: bool = False

    def to_json(self) -> dict[str, object]:
        """The public JSON shape (DESIGN.md), plus ``fixable``."""
        return {
            "path": self.path, "line": self.line, "column": self.column, "start": self.start, "end": self.end,
            "rule": self.rule, "severity": self.severity, "found": self.found, "expected": self.expected,
            "concept": self.concept, "message": self.message, "fixable": self.fixable,
        }


@dataclass(slots=True)
class _Raw:
    start: int  # offsets in Document.text
    end: int
    rule: str
    found: str
    expected: str
    concept: str | None
    message: str
    fixable: bool


_VIET_NAM_KEYS = {"viet nam", "vietnam"}
_ABBREVIATIONS = {"abbreviation", "acronym", "shortForm"}


def match_case(found: str, expected: str) -> str:
    """``expected`` with the capitalisation of ``found`` where that is unambiguous."""
    if not found or not expected:
        return expected
    if found.isupper() and len(found) > 1 and not expected.isupper():
        return expected.upper()
    if found[0].isupper() and expected[0].islower():
        return expected[0].upper() + expected[1:]
    if found.islower() and expected[0].isupper() and expected[1:].islower():
        return expected.lower()
    return expected


class Checker:
    """Checks English copy against a glossary and a house style. Build once, check many files."""

    def __init__(self, glossary: Glossary, config: CheckConfig | None = None):
        self.glossary = glossary
        self.config = config or CheckConfig()
        combined = Glossary(dict(glossary.concepts), list(glossary.paths))
        en_keys = {_fold(t.text) for _, t in glossary.terms() if t.lang == "en"}
        self.viet_nam_ids = {
            c.id for c in glossary if any(_fold(t.text) in _VIET_NAM_KEYS for t in c.terms if t.lang == "en")
        }
        for i, brand in enumerate(_VIETNAM_BRANDS):
            if _fold(brand) not in en_keys:
                combined.add(Concept(f"house:brand{i}", "org", terms=[Term(brand, "en")]))
        if not (en_keys & _VIET_NAM_KEYS):
            combined.add(Concept("house:viet_nam", "place", terms=[Term("Viet Nam", "en"), Term("Vietnam", "en")]))
            self.viet_nam_ids.add("house:viet_nam")
        self.spelling: dict[str, tuple[str, str, str]] = {}
        for category, british, american in spelling_pairs():
            if british in en_keys or american in en_keys:
                continue
            cid = f"spell:{british}"
            self.spelling[cid] = (category, british, american)
            combined.add(Concept(cid, terms=[Term(british, "en", note="british"), Term(american, "en", note="american")]))
        for i, (wrong, right) in enumerate(TITLE_FORMS):
            if _fold(wrong) in en_keys:
                continue
            combined.add(
                Concept(f"title:{i}", "title", terms=[Term(right, "en"), Term(wrong, "en", "deprecated", match="case")])
            )
        self._combined = combined
        self._full_matcher: Matcher | None = None
        self._matcher: Matcher | None = None  # built on first use (beside the text rules of a long document)
        self._vi_matcher: Matcher | None = None
        names: list[str] = []
        self.name_forms: dict[str, set[str]] = defaultdict(set)
        self.place_keys: set[str] = set()
        for concept in glossary:
            if concept.domain not in ("place", "person"):
                continue
            for term in concept.terms:
                if term.lang == "vi" or (term.lang == "en" and not term.is_flagged):
                    if all(is_vietnamese_syllable(w) for w in term.text.split()):
                        names.append(term.text)
                        if term.lang == "vi" and term.text != strip_diacritics(term.text):
                            self.name_forms[name_key(term.text)].add(term.text)
                if term.lang == "en" and concept.domain == "place":
                    self.place_keys.add(_fold(term.text))
        self.known_names = tuple(names)
        self._name_keys = known_keys(self.known_names)

    # --- public API ---------------------------------------------------------------------------

    @property
    def matcher(self) -> Matcher:
        """The glossary terms, house spellings and title forms that can produce a finding."""
        if self._matcher is None:
            self._matcher = Matcher(_active(self._combined, self.viet_nam_ids), langs=("en",))
        return self._matcher

    @property
    def full_matcher(self) -> Matcher:
        """Every English term (the key-term check needs to see preferred-only concepts too)."""
        if self._full_matcher is None:
            self._full_matcher = Matcher(self._combined, langs=("en",))
        return self._full_matcher

    @property
    def vi_matcher(self) -> Matcher:
        if self._vi_matcher is None:
            self._vi_matcher = Matcher(self.glossary, langs=("vi",))
        return self._vi_matcher

    def check(self, doc: Document, pairs: Iterable[Pair] | None = None) -> list[Finding]:
        """Every finding in ``doc`` (bilingual checks use ``pairs``, or the document's own)."""
        text = doc.text
        self._text = text
        bilingual = list(pairs) if pairs is not None else doc.pairs
        # the folded text is shared by both matcher passes when there are two
        folded = fold(text) if bilingual and text else None
        # the rules that read the text itself run beside the matcher pass on a long document
        side = _Side.start(self, text) if len(text) >= PARALLEL_CHARS else None
        matches = self._find(text, folded)
        raw: list[_Raw] = []
        raw += self._terms(matches)
        text_raw = side.result() if side is not None else None
        raw += text_raw if text_raw is not None else self._text_rules(text)
        if bilingual:
            raw += self._key_terms(bilingual, self.full_matcher.find(text, folded=folded))
            if self.config.severity("source-name") != "off":
                raw += self._source_names(bilingual, text)
        return self._finish(doc, raw)

    def _text_rules(self, text: str) -> list[_Raw]:
        """Names, legal references, local bodies and compounds: rules that need no matcher hits."""
        raw = self._names(text)
        legal_starts, body_starts = _anchors(text)
        raw += self._legal(text, legal_starts)
        raw += self._bodies(text, body_starts)
        raw += self._compounds(text)
        return raw

    # --- matching -----------------------------------------------------------------------------

    def _find(self, text: str, folded: Normalized | None = None) -> list[Match]:
        """Matcher hits over the whole document: one automaton pass."""
        return self.matcher.find(text) if folded is None else self.matcher.find(text, folded=folded)

    # --- glossary, Viet Nam, spelling, built-in titles ------------------------------------------

    def _terms(self, matches: list[Match]) -> list[_Raw]:
        text = self._text
        out: list[_Raw] = []
        usage: dict[str, list[Match]] = defaultdict(list)  # per concept, its hits by full forms
        spelled: dict[str, list[Match]] = defaultdict(list)  # per spelling category
        # a hit's outcome depends on its concept, term and surface only (and, for org/title terms,
        # on the word before it): decide once per distinct (concept, term, surface)
        decisions: dict[tuple[int, int, str], tuple[bool, bool, object, object]] = {}
        get = decisions.get
        words_before: dict[str, bool] = {}  # _foreign per the characters before a hit that decide it
        size = _WINDOW
        append = out.append
        for m in matches:
            decision = get((id(m.concept), id(m.term), m.text))
            if decision is None:
                decision = decisions[(id(m.concept), id(m.term), m.text)] = self._decide(m, usage, spelled)
            skip, foreign, add, fields = decision
            if skip:
                continue
            if foreign:  # "the French Foreign Ministry", "Lao Deputy Foreign Minister": another country's
                start = m.start
                before = text[start - 2 * size if start > 2 * size else 0 : start].rstrip(" ")
                if len(before) >= size or start <= 2 * size:
                    before = before[-size:]  # what _foreign looks at
                    hit = words_before.get(before)
                    if hit is None:
                        hit = words_before[before] = _ends_with_demonym(before)
                else:  # a long run of spaces
                    hit = _foreign(m, text)
                if hit:
                    continue
            if add is not None:
                add(m)
            if fields is not None:
                append(_Raw(m.start, m.end, *fields))  # type: ignore[misc]
        out += self._consistency(usage)
        out += self._spelling({category: [(m, m.term.note) for m in hits] for category, hits in spelled.items()})
        return out

    def _decide(self, m: Match, usage: dict[str, list[Match]], spelled: dict[str, list[Match]]
                ) -> tuple[bool, bool, object, object]:
        """What to do with a matcher hit: (skip it, unless a demonym precedes it, the list to add it
        to, the fields of its finding after start and end)."""
        cfg = self.config
        cid = m.concept.id
        if cid.startswith("house:brand"):
            return True, False, None, None
        foreign = m.concept.domain in ("org", "title")
        if cid in self.spelling:
            return False, foreign, spelled[self.spelling[cid][0]].append, None
        term = m.term
        if term.is_flagged:
            if any(not t.is_flagged for _, t in m.candidates):
                return True, False, None, None  # the same words are a good term of another concept
            pref = m.concept.preferred("en")
            expected = match_case(m.text, pref.text) if pref else ""
            rule = "title-form" if cid.startswith("title:") else "term-deprecated"
            label = "not the house form" if cid.startswith("title:") else f"a {term.status} variant"
            msg = f"'{m.text}' is {label}; use '{expected}'" if pref else f"'{m.text}' is {term.status}"
            return False, foreign, None, (rule, m.text, expected, _cid(cid), msg, bool(pref) and not m.ambiguous)
        if cid in self.viet_nam_ids and _fold(m.text) in _VIET_NAM_KEYS:
            style = cfg.viet_nam
            if _fold(m.text) != _fold(style):
                expected = match_case(m.text, style)
                return False, foreign, None, ("viet-nam", m.text, expected, _cid(cid),
                                              f"house style writes '{style}', not '{m.text}'", True)
            return True, False, None, None
        admitted = None
        if term.status == "admitted" and cfg.admitted == "prefer" and term.type not in _ABBREVIATIONS:
            pref = m.concept.preferred("en")
            if pref is not None and pref.text != term.text:
                expected = match_case(m.text, pref.text)
                admitted = ("term-admitted", m.text, expected, cid,
                            f"'{m.text}' is admitted; house style prefers '{expected}'", not m.ambiguous)
        add = usage[cid].append if term.type not in _ABBREVIATIONS else None
        return False, foreign, add, admitted

    def _consistency(self, usage: dict[str, list[Match]]) -> list[_Raw]:
        """``usage``: per concept, its hits by full forms (abbreviations left out)."""
        out: list[_Raw] = []
        for cid, full in usage.items():
            forms = Counter(map(_term_text, full))
            if len(forms) < 2:
                continue
            pref = full[0].concept.preferred("en")
            target = pref.text if pref is not None and pref.text in forms else forms.most_common(1)[0][0]
            made: dict[tuple[int, str], tuple[str, str, str, str, bool]] = {}
            for m in full:
                term = m.term
                if term.text == target:
                    continue
                key = (id(term), m.text)
                fields = made.get(key)
                if fields is None:
                    expected = match_case(m.text, target)
                    msg = f"'{m.text}' and '{target}' both name concept '{cid}' in this document; use '{target}'"
                    fields = made[key] = (m.text, expected, cid, msg, not m.ambiguous)
                out.append(_Raw(m.start, m.end, "term-inconsistent", *fields))
        return out

    def _spelling(self, spelled: dict[str, list[tuple[Match, str]]]) -> list[_Raw]:
        mode = self.config.spelling
        out: list[_Raw] = []
        for category, hits in spelled.items():
            if mode == "consistent":
                counts = Counter(v for _, v in hits)
                if len(counts) < 2:
                    continue
                first = hits[0][1]
                keep = max(counts, key=lambda v: (counts[v], v == first))
                why = f"{'British' if keep == 'british' else 'American'} spelling is used elsewhere in this document"
            else:
                keep = mode
                why = f"house style uses {mode.capitalize()} spelling"
            made: dict[tuple[str, str], tuple[str, str]] = {}
            for m, variant in hits:
                if variant == keep:
                    continue
                key = (m.concept.id, m.text)
                fields = made.get(key)
                if fields is None:
                    _, british, american = self.spelling[m.concept.id]
                    expected = match_case(m.text, british if keep == "british" else american)
                    fields = made[key] = (expected, f"{why}: '{expected}'")
                out.append(_Raw(m.start, m.end, "spelling", m.text, fields[0], None, fields[1], True))
        return out

    # --- names ----------------------------------------------------------------------------------

    def _names(self, text: str) -> list[_Raw]:
        # (start, end, text, key, has_diacritics) per mention
        by_key: dict[str, list[tuple[int, int, str, str, bool]]] = defaultdict(list)
        skip = vietnamese_lines(text)  # a Vietnamese caption inside English copy is not English copy
        skip_starts = [s for s, _ in skip]
        for m in name_spans(text, self._name_keys):
            if skip:
                i = bisect_right(skip_starts, m[0]) - 1
                if i >= 0 and m[0] < skip[i][1]:
                    continue
            by_key[m[3]].append(m)
        out: list[_Raw] = []
        strip = self.config.diacritics == "strip"
        stripped: dict[str, str] = {}
        for key, ms in by_key.items():
            marked = [m for m in ms if m[4]]
            plain = [m for m in ms if not m[4]]
            mixed = bool(marked) and bool(plain)
            if strip:
                for start, end, found, _, _ in marked:
                    expected = stripped.get(found)
                    if expected is None:
                        expected = stripped[found] = strip_diacritics(found)
                    msg = (
                        f"'{found}' is also written '{expected}' in this document; house style drops diacritics"
                        if mixed
                        else f"house style drops diacritics from Vietnamese names in English copy: '{expected}'"
                    )
                    out.append(_Raw(start, end, "name-diacritics", found, expected, None, msg, True))
            else:
                forms = Counter(m[2] for m in marked)
                candidates = [forms.most_common(1)[0][0]] if forms else sorted(self.name_forms.get(key, ()))
                if not candidates:
                    continue
                expected = candidates[0]
                for start, end, found, _, _ in plain:
                    msg = (
                        f"'{found}' is also written '{expected}' in this document; house style keeps diacritics"
                        if mixed
                        else f"house style keeps diacritics in Vietnamese names: '{expected}'"
                    )
                    out.append(_Raw(start, end, "name-diacritics", found, expected, None, msg, len(candidates) == 1))
        return out

    # --- legal references ---------------------------------------------------------------------------

    def _legal(self, text: str, starts: list[int] | None = None) -> list[_Raw]:
        """``starts``: where a kind of legal document is named (from :func:`_anchors`)."""
        out: list[_Raw] = []
        for m in _matches_at(text, _anchors(text)[0] if starts is None else starts, _LEGAL_RE):
            kind, no, number = m.group("kind"), m.group("no"), m.group("num")
            has_code = bool(re.search(r"[/\-–]", number))
            if not has_code:
                if kind not in _NUMBER_ONLY or len(number) > 4 or re.fullmatch(r"(?:19|20)\d\d", number):
                    continue
                if _FOREIGN_RE.search(text, max(0, m.start() - 60), m.start()):
                    continue
            code = strip_diacritics(number).replace("–", "-")
            kind_text = re.sub(r"\s+", " ", kind)
            if self.config.legal_ref_no:
                expected = f"{kind_text} No. {code}"
            else:
                expected = f"{kind_text} {'No. ' if no else ''}{code}"
            found = m.group(0)
            if found == expected:
                continue
            out.append(_Raw(m.start(), m.end(), "legal-ref", found, expected, None,
                            f"house form of a legal reference is '{expected}'", True))
        return out

    # --- local bodies ---------------------------------------------------------------------------

    def _bodies(self, text: str, starts: list[int] | None = None) -> list[_Raw]:
        """``starts``: where a body or its level is named (from :func:`_anchors`)."""
        out: list[_Raw] = []
        # _BODY_RE.finditer(text), trying only where a match can start (a level word or a body)
        for m in _matches_at(text, _anchors(text)[1] if starts is None else starts, _BODY_RE):
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
            if fold_key(place) in _VIET_NAM_KEYS:
                continue
            if not (all(is_vietnamese_syllable(w) for w in words) or fold_key(place) in self.place_keys
                    or place in _PLACES_EXTRA):
                continue
            end = m.start("name") + len(name)
            found = text[m.start() : end]
            level = (m.group("level") or "").strip()
            suffix = " ".join(name.split()[len(words):])
            if suffix.lower() == "province":
                suffix = "Provincial"
            parts = [place, "" if level else suffix, level, m.group("body")]
            expected = " ".join(p for p in parts if p)
            out.append(_Raw(m.start(), end, "title-form", found, expected, None,
                            f"house form names the place first: '{expected}'", True))
        return out

    # --- compounds ------------------------------------------------------------------------------

    def _compounds(self, text: str) -> list[_Raw]:
        # 1. which keys have more than one shape? (distinct surfaces only: C-speed findall)
        shapes_by_key: dict[str, set[str]] = defaultdict(set)
        distinct = set(text.split())
        hwords = {m.group() for t in distinct if "-" in t for m in _HYPHEN_RE.finditer(t)}
        hkeys = {w.lower().replace("-", "") for w in hwords if not w.lower().startswith("re-")}
        surface_key: dict[str, str] = {}
        for w in hwords:
            if w.lower().startswith("re-"):
                continue  # re-sign / resign, re-cover / recover: different words
            key = w.lower().replace("-", "")
            if key.endswith("ed") and key[:-2] in hkeys:
                key = key[:-2]
            surface_key[w] = key
            shapes_by_key[key].add(_shape(w))
        words = {t.strip(_PUNCT) for t in distinct}
        lowered_words = {}
        for w in words:
            lowered_words.setdefault(w.lower(), set()).add(w)
        for key in hkeys:  # the closed form ("socioeconomic") written anywhere?
            for w in lowered_words.get(key, ()):
                if w.isalpha():
                    surface_key[w] = key
                    shapes_by_key[key].add(_shape(w))
        closed_caps = {w.lower(): w for w in words if len(w) >= 5 and _CAPWORD_RE.fullmatch(w)}
        for low, w in closed_caps.items():  # "Hanoi" and "Ha Noi": both halves must be words here
            if low in _VIET_NAM_KEYS:
                continue
            for i in range(2, len(w) - 1):
                a, b = w[:i], w[i].upper() + w[i + 1 :]
                if a in words and b in words:
                    form = f"{a} {b}"
                    if form in text:
                        surface_key[form] = "cap:" + low
                        surface_key[w] = "cap:" + low
                        shapes_by_key["cap:" + low].update(("open", "closed"))
        mixed = {k for k, v in shapes_by_key.items() if len(v) > 1}
        if not mixed:
            return []
        # 2. positions, only for the surfaces of mixed keys
        wanted = {w: k for w, k in surface_key.items() if k in mixed}
        families: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for w, key in wanted.items():
            pos = text.find(w)
            while pos >= 0:
                end = pos + len(w)
                if (pos == 0 or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                    families[key].append((pos, end, w))
                pos = text.find(w, end)
        for occ in families.values():
            occ.sort()
        out: list[_Raw] = []
        for key, occ in families.items():
            shapes = Counter(_shape(w) for _, _, w in occ)
            if len(shapes) < 2:
                continue
            first = _shape(occ[0][2])
            keep = max(shapes, key=lambda s: (shapes[s], s == first))
            model = next(w for _, _, w in occ if _shape(w) == keep)
            for s, e, w in occ:
                if _shape(w) == keep:
                    continue
                expected = match_case(w, model)
                out.append(_Raw(s, e, "compound-inconsistent", w, expected, None,
                                f"'{w}' and '{model}' both appear in this document; use one form", True))
        return out

    # --- bilingual ------------------------------------------------------------------------------

    def _key_terms(self, pairs: list[Pair], matches: list[Match]) -> list[_Raw]:
        out: list[_Raw] = []
        starts = [m.start for m in matches]
        from bisect import bisect_left

        for pair in pairs:
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
            for vm in self.vi_matcher.find(pair.source, lang="vi", strict_marks=True):
                cid = vm.concept.id
                if cid in seen or vm.ambiguous:
                    continue
                seen.add(cid)
                pref = vm.concept.preferred("en")
                if pref is None or cid in present:
                    continue
                out.append(_Raw(pair.start, pair.start, "key-term", vm.text, pref.text, cid,
                                f"source term '{vm.text}' requires '{pref.text}' in the target", False))
        return out

    def _source_names(self, pairs: list[Pair], text: str) -> list[_Raw]:
        try:
            from .. import vi as vi_package

            segmenter_cls = getattr(vi_package, "Segmenter", None)
        except ImportError:  # pragma: no cover
            segmenter_cls = None
        if segmenter_cls is None:
            return []
        if getattr(self, "_segmenter", None) is None:
            self._segmenter = segmenter_cls(self.glossary)
        segmenter = self._segmenter
        out: list[_Raw] = []
        for pair in pairs:
            if not pair.source.strip():
                continue
            target = fold_key(text[pair.start : pair.end])
            padded = f" {target} "
            for ent in segmenter.segment(pair.source).entities:
                if getattr(ent, "type", None) != "PERSON" or not getattr(ent, "en", None):
                    continue
                key = fold_key(ent.en)
                if key and f" {key} " not in re.sub(r"[^\w]+", " ", padded):
                    out.append(_Raw(pair.start, pair.start, "source-name", ent.text, ent.en, None,
                                    f"the source names '{ent.text}'; the target lacks '{ent.en}'", False))
        return out

    # --- finishing ------------------------------------------------------------------------------

    def _finish(self, doc: Document, raw: list[_Raw]) -> list[Finding]:
        raw.sort(key=_raw_order)
        # weak findings (consistency, spelling) give way to any other finding they overlap
        strong = [r for r in raw if r.rule not in _WEAK]
        starts = [r.start for r in strong]
        reach = []  # running maximum of strong ends, to test overlap with bisect
        top = -1
        for r in strong:
            if r.end > top:
                top = r.end
            reach.append(top)
        severities = {rule: self.config.severity(rule) for rule in RULES}
        identity = doc.starts is None
        line_starts = doc.line_starts
        suppressed = doc.suppressed
        path = doc.path
        findings: list[Finding] = []
        new_finding = tuple.__new__  # Finding(...) without the named tuple's Python-level __new__
        last: tuple[int, int, str] | None = None
        weak_end = -1
        for r in raw:
            rule = r.rule
            if rule in _WEAK:
                i = bisect_left(starts, r.end) - 1  # strong findings starting before r ends
                if (i >= 0 and reach[i] > r.start) or r.start < weak_end:
                    continue
                weak_end = r.end
            here = (r.start, r.end, rule)
            if last == here:
                continue
            last = here
            severity = severities[rule]
            if severity == "off":
                continue
            start, end = (r.start, r.end) if identity else doc.span_to_source(r.start, r.end)
            i = bisect_right(line_starts, start) - 1
            line = i + 1
            if suppressed and doc.is_suppressed(line, rule):
                continue
            findings.append(new_finding(Finding, (path, line, start - line_starts[i] + 1, start, end, rule, severity,
                                                  r.found, r.expected, r.concept, r.message, r.fixable)))
        findings.sort(key=_finding_order)
        return findings


def _raw_order(r: _Raw) -> tuple[int, int, int]:
    return r.start, r.start - r.end, _PRIORITY.get(r.rule, 9)


_finding_order = attrgetter("start", "end", "rule")
_term_text = attrgetter("term.text")


#: documents at least this long (characters) run the text rules in a forked process beside the
#: matcher pass, where the platform can fork, two CPUs are free and no other thread runs
#: (``VNTERM_JOBS=1`` turns this off). The findings are the same either way.
PARALLEL_CHARS = 1_000_000


class _Side:
    """:meth:`Checker._text_rules` computed in a forked child; ``result()`` is None on any failure."""

    def __init__(self, pid: int, fd: int):
        self.pid = pid
        self.fd = fd

    @classmethod
    def start(cls, checker: "Checker", text: str) -> "_Side | None":
        if not _can_fork():
            return None
        try:
            read_fd, write_fd = os.pipe()
        except OSError:
            return None
        try:
            pid = os.fork()
        except OSError:
            os.close(read_fd)
            os.close(write_fd)
            return None
        if pid == 0:  # the child: compute, send, and leave without running any exit handler
            code = 1
            try:
                os.close(read_fd)
                rows = [(r.start, r.end, r.rule, r.found, r.expected, r.concept, r.message, r.fixable)
                        for r in checker._text_rules(text)]
                with os.fdopen(write_fd, "wb") as pipe:
                    pipe.write(pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))
                code = 0
            finally:
                os._exit(code)
        os.close(write_fd)
        return cls(pid, read_fd)

    def result(self) -> list[_Raw] | None:
        try:
            with os.fdopen(self.fd, "rb") as pipe:
                data = pipe.read()
        except OSError:
            data = b""
        try:
            _, status = os.waitpid(self.pid, 0)
        except OSError:
            status = 1
        if status != 0 or not data:
            return None
        try:
            return [_Raw(*row) for row in pickle.loads(data)]
        except Exception:  # noqa: BLE001 - any trouble: the caller computes the rules itself
            return None


def _can_fork() -> bool:
    if not hasattr(os, "fork") or os.environ.get("VNTERM_JOBS", "").strip() == "1":
        return False
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return False  # forking a threaded process is unsafe
    try:
        cpus = len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return cpus >= 2


_PRIORITY = {"term-deprecated": 0, "title-form": 1, "viet-nam": 2, "legal-ref": 3, "name-diacritics": 4}
_WEAK = {"term-inconsistent", "compound-inconsistent", "spelling"}


def _cid(cid: str) -> str | None:
    return None if cid.startswith(("house:", "title:", "spell:")) else cid


def _shift(m: Match, offset: int) -> Match:
    if not offset:
        return m
    return Match(m.start + offset, m.end + offset, m.text, m.concept, m.term, m.exact_marks, m.candidates)


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return fold_key(text)


@lru_cache(maxsize=4096)
def _shape(word: str) -> str:
    """A compound's shape: hyphenated, open (two words) or closed, and whether it ends in -ed."""
    w = word.lower()
    kind = "hyphen" if "-" in w else ("open" if " " in w else "closed")
    return kind + (":ed" if w.endswith("ed") and kind == "hyphen" else "")


_KINDS = r"Joint Circular|Official Letter|Decree|Resolution|Circular|Decision|Directive|Conclusion|Regulation|Instruction|Ordinance|Dispatch|Plan|Notice|Law"
_NUMBER_ONLY = {"Decree", "Resolution", "Circular", "Decision", "Directive", "Conclusion"}
_LEGAL_KINDS = tuple(_KINDS.split("|"))
_LEGAL_RE = re.compile(
    rf"(?P<kind>{_KINDS})\s+(?:(?P<no>No\b\.?|Number\b|number\b|no\.)\s*)?"
    r"(?P<num>\d{1,5}(?:[/\-–][0-9A-Za-zĐđ]+)*)(?![\w/])"
)
_FOREIGN_RE = re.compile(r"Security Council|United Nations|\bUN\b|General Assembly|\bUNSC\b|European|\bEU\b|ASEAN|WHO|IMO")
_BODY_ALT = "|".join(re.escape(b).replace("'", "['’]") for b in LOCAL_BODIES)
_BODY_RE = re.compile(
    rf"(?P<level>(?:Provincial|City|Municipal|District|Commune|Ward)\s+)?(?P<body>{_BODY_ALT})\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][a-zà-ỹđ]+(?:[ \u00a0][A-Z][a-zà-ỹđ]+){0,4})\b(?!['’]s)"
)
_LEVELS = ("Provincial", "City", "Municipal", "District", "Commune", "Ward")
_LEGAL_SET = frozenset(_LEGAL_KINDS)


def _anchor_literals() -> list[str]:
    """The words that anchor legal references and local bodies, grouped by first letter, with
    either apostrophe: the alternatives of one regular expression, in the order it would try them."""
    groups: dict[str, list[str]] = {}
    for lit in (*_LEGAL_KINDS, *_LEVELS, *LOCAL_BODIES):
        groups.setdefault(lit[0], []).append(lit)
    out: list[str] = []
    for lits in groups.values():
        for lit in lits:
            pieces = lit.split("'")
            for quotes in product("'’", repeat=len(pieces) - 1):
                out.append(pieces[0] + "".join(q + p for q, p in zip(quotes, pieces[1:])))
    return out


_ANCHOR_LITERALS = _anchor_literals()
#: the search for :func:`_anchors`: leftmost-first and non-overlapping, as a regex alternation of the
#: literals would be (a test compares the two), but in one Rust call instead of a scan in ``re``
_ANCHOR_SCANNER = ahocorasick_rs.AhoCorasick(_ANCHOR_LITERALS, matchkind=ahocorasick_rs.MatchKind.LeftmostFirst)
_PLACES_EXTRA = {"Hanoi", "Haiphong", "Danang", "Saigon"}
_HYPHEN_RE = re.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+)+\b")
_CAPWORD_RE = re.compile(r"[A-Z][a-z]{4,}")
_PUNCT = "\"'’‘“”()[]{}.,;:!?…"

#: names that keep "Vietnam" whatever the house style (brands and fixed English names)
_VIETNAM_BRANDS = ("Vietnam Airlines", "Vietnam Investment Review", "Vietnam Economic Times", "Vietnam War",
                   "Vietnam Briefing", "Vietnam Television")
_DEMONYMS = frozenset("""American Australian Austrian Belgian Brazilian British Bruneian Cambodian Canadian Chilean
Chinese Cuban Czech Danish Dutch Egyptian Emirati Finnish French German Greek Hungarian Indian Indonesian Iranian
Irish Israeli Italian Japanese Kazakh Korean Lao Laotian Malaysian Mexican Mongolian Myanmar New Norwegian
Pakistani Peruvian Philippine Filipino Polish Portuguese Qatari Russian Saudi Singaporean Slovak Spanish Swedish
Swiss Thai Turkish Ukrainian US UK EU Uzbek Venezuelan Timorese Bangladeshi Sri Nepalese Korea's Japan's
China's France's Laos' Cambodia's Thailand's""".split())


def _foreign(m: Match, text: str, seen: dict[str, bool] | None = None) -> bool:
    """True when the term is preceded by a demonym ("the French Foreign Ministry").

    ``seen`` caches the answer per the characters before the hit that decide it.
    """
    j = m.start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    window = text[max(0, j - _WINDOW) : j]  # a demonym, and the character before it
    if seen is not None:
        hit = seen.get(window)
        if hit is None:
            hit = seen[window] = _ends_with_demonym(window)
        return hit
    return _ends_with_demonym(window)


def _ends_with_demonym(text: str) -> bool:
    """True when the word (letters and apostrophes) at the end of ``text`` is a demonym."""
    # a demonym ends the text, and it is the whole word (a word longer than the window is none)
    hit = _DEMONYM_END_RE.search(text)
    if hit is None:
        return False
    k = hit.start()
    before = text[k - 1] if k > 0 else ""
    return not (before.isalpha() or before in ("'", "’")) and text[k:].replace("’", "'") in _DEMONYMS


_DEMONYM_MAX = max(map(len, _DEMONYMS))
_WINDOW = _DEMONYM_MAX + 1
_DEMONYM_END_RE = re.compile(
    "(?:" + "|".join(re.escape(d).replace("'", "['’]") for d in sorted(_DEMONYMS, key=len, reverse=True)) + r")\Z"
)


def _anchors(text: str) -> tuple[list[int], list[int]]:
    """Where legal references and local bodies can start, in one pass over ``text``.

    Legal: each place a kind of document ("Decree", "Joint Circular") starts a word. Bodies: each
    place a level ("Provincial") or a body ("People's Committee") starts, the only places where
    :data:`_BODY_RE` can match. No anchor contains another except "Circular" in "Joint Circular".
    """
    legal: list[int] = []
    bodies: list[int] = []
    literals = _ANCHOR_LITERALS
    for p, pos, _ in _ANCHOR_SCANNER.find_matches_as_indexes(text):
        word = literals[p]
        if word in _LEGAL_SET:
            if pos == 0 or not text[pos - 1].isalnum():
                legal.append(pos)
            if word == "Joint Circular":
                legal.append(pos + 6)  # "Circular" itself
        else:
            bodies.append(pos)
    return legal, bodies


def _matches_at(text: str, starts: list[int], pattern: re.Pattern[str]):
    """``pattern.match`` at each of ``starts`` (in order, skipping those inside a previous match).

    Where ``starts`` holds every place a match can begin, this yields what ``finditer`` would.
    """
    last = -1
    for pos in sorted(set(starts)):
        if pos < last:
            continue
        m = pattern.match(text, pos)
        if m:
            last = m.end()
            yield m


def _active(glossary: Glossary, keep: set[str]) -> Glossary:
    """The concepts that can produce a finding, plus any that contain one's term (longest match).

    A concept with a single English term and no variant can never be flagged or inconsistent; left
    out of the automaton it costs nothing. It stays when its term contains an active term, so that
    "Vietnam National Commission for UNESCO" still shields "Vietnam".
    """
    active: dict[str, Concept] = {}
    passive: list[Concept] = []
    for concept in glossary:
        en = [t for t in concept.terms if t.lang == "en"]
        if len(en) > 1 or any(t.is_flagged for t in en) or concept.id in keep or concept.id.startswith("house:"):
            active[concept.id] = concept
        elif en:
            passive.append(concept)
    # Accepted abbreviations ("NA", "UN", "MOFA") never produce a finding (neither the admitted-term
    # rule nor the consistency rule counts them), but short keys fire inside every "national":
    # leave them out, unless one contains a term that can be flagged (it would shield it).
    flaggable = {_fold(t.text) for c in active.values() for t in c.terms if t.lang == "en" and t.is_flagged}
    for cid, concept in list(active.items()):
        if cid in keep or cid.startswith("house:"):
            continue
        quiet = [
            t for t in concept.terms
            if t.lang == "en" and t.type in _ABBREVIATIONS and not t.is_flagged
            and not any(f" {k} " in f" {_fold(t.text)} " for k in flaggable)
        ]
        if quiet:
            active[cid] = dataclasses.replace(concept, terms=[t for t in concept.terms if t not in quiet])
    active_keys = sorted({_fold(t.text) for c in active.values() for t in c.terms if t.lang == "en"} - {""})
    auto = ahocorasick_rs.AhoCorasick(active_keys) if active_keys else None
    out = Glossary(dict(active), list(glossary.paths))
    for concept in passive:
        for t in concept.terms:
            if t.lang != "en" or auto is None:
                continue
            key = _fold(t.text)
            padded = f" {key} "
            if any(f" {active_keys[p]} " in padded for p, _, _ in auto.find_matches_as_indexes(key, overlapping=True)):
                out.add(concept)
                break
    return out
