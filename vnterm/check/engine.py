"""The checker: one matcher pass per document, then every rule reads the same hits.

Glossary terms, house-style spellings, title abbreviations and "Viet Nam"/"Vietnam" are compiled
into ONE Aho-Corasick automaton (:class:`vnterm.glossary.Matcher`), so the cost of a document does
not grow with the number of rules or concepts. Names, legal references and local bodies are found
by a few fixed regular expressions, independent of the glossary size.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..glossary.matcher import Match, Matcher
from ..glossary.model import Concept, Glossary, Term
from ..text import fold_key, strip_diacritics
from ..vi.english_names import SURNAMES, NameMention, find_vietnamese_names, is_vietnamese_syllable, name_key
from .config import CheckConfig
from .documents import Document, Pair
from .rules import LOCAL_BODIES, TITLE_FORMS, spelling_pairs

__all__ = ["Finding", "Checker"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one file. ``start``/``end`` are offsets into the file's text as read."""

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
        self.matcher = _CachedMatcher(_active(combined, self.viet_nam_ids), langs=("en",))
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

    # --- public API ---------------------------------------------------------------------------

    @property
    def full_matcher(self) -> Matcher:
        """Every English term (the key-term check needs to see preferred-only concepts too)."""
        if self._full_matcher is None:
            self._full_matcher = _CachedMatcher(self._combined, langs=("en",))
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
        matches = self._find(text)
        raw: list[_Raw] = []
        raw += self._terms(matches)
        raw += self._names(text)
        raw += self._legal(text)
        raw += self._bodies(text)
        raw += self._compounds(text)
        bilingual = list(pairs) if pairs is not None else doc.pairs
        if bilingual:
            raw += self._key_terms(bilingual, self.full_matcher.find(text))
            if self.config.severity("source-name") != "off":
                raw += self._source_names(bilingual, text)
        return self._finish(doc, raw)

    # --- matching -----------------------------------------------------------------------------

    def _find(self, text: str) -> list[Match]:
        """Matcher hits over the whole document: one automaton pass."""
        return self.matcher.find(text)

    # --- glossary, Viet Nam, spelling, built-in titles ------------------------------------------

    def _terms(self, matches: list[Match]) -> list[_Raw]:
        cfg = self.config
        out: list[_Raw] = []
        usage: dict[str, list[Match]] = defaultdict(list)
        spelled: dict[str, list[tuple[Match, str]]] = defaultdict(list)
        for m in matches:
            cid = m.concept.id
            if cid.startswith("house:brand"):
                continue
            if m.concept.domain in ("org", "title") and _foreign(m, self._text):
                continue  # "the French Foreign Ministry", "Lao Deputy Foreign Minister": another country's
            if cid in self.spelling:
                spelled[self.spelling[cid][0]].append((m, m.term.note))
                continue
            term = m.term
            if term.is_flagged:
                if any(not t.is_flagged for _, t in m.candidates):
                    continue  # the same words are a good term of another concept
                pref = m.concept.preferred("en")
                expected = match_case(m.text, pref.text) if pref else ""
                rule = "title-form" if cid.startswith("title:") else "term-deprecated"
                label = "not the house form" if cid.startswith("title:") else f"a {term.status} variant"
                msg = f"'{m.text}' is {label}; use '{expected}'" if pref else f"'{m.text}' is {term.status}"
                out.append(_Raw(m.start, m.end, rule, m.text, expected, _cid(cid), msg, bool(pref) and not m.ambiguous))
                continue
            if cid in self.viet_nam_ids and _fold(m.text) in _VIET_NAM_KEYS:
                style = cfg.viet_nam
                if _fold(m.text) != _fold(style):
                    expected = match_case(m.text, style)
                    out.append(_Raw(m.start, m.end, "viet-nam", m.text, expected, _cid(cid),
                                    f"house style writes '{style}', not '{m.text}'", True))
                continue
            usage[cid].append(m)
            if term.status == "admitted" and cfg.admitted == "prefer" and term.type not in _ABBREVIATIONS:
                pref = m.concept.preferred("en")
                if pref is not None and pref.text != term.text:
                    expected = match_case(m.text, pref.text)
                    out.append(_Raw(m.start, m.end, "term-admitted", m.text, expected, cid,
                                    f"'{m.text}' is admitted; house style prefers '{expected}'", not m.ambiguous))
        out += self._consistency(usage)
        out += self._spelling(spelled)
        return out

    def _consistency(self, usage: dict[str, list[Match]]) -> list[_Raw]:
        out: list[_Raw] = []
        for cid, ms in usage.items():
            full = [m for m in ms if m.term.type not in _ABBREVIATIONS]
            forms = Counter(m.term.text for m in full)
            if len(forms) < 2:
                continue
            pref = ms[0].concept.preferred("en")
            target = pref.text if pref is not None and pref.text in forms else forms.most_common(1)[0][0]
            for m in full:
                if m.term.text == target:
                    continue
                expected = match_case(m.text, target)
                msg = f"'{m.text}' and '{target}' both name concept '{cid}' in this document; use '{target}'"
                out.append(_Raw(m.start, m.end, "term-inconsistent", m.text, expected, cid, msg, not m.ambiguous))
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
            for m, variant in hits:
                if variant == keep:
                    continue
                _, british, american = self.spelling[m.concept.id]
                expected = match_case(m.text, british if keep == "british" else american)
                out.append(_Raw(m.start, m.end, "spelling", m.text, expected, None, f"{why}: '{expected}'", True))
        return out

    # --- names ----------------------------------------------------------------------------------

    def _names(self, text: str) -> list[_Raw]:
        mentions = find_vietnamese_names(text, self.known_names)
        by_key: dict[str, list[NameMention]] = defaultdict(list)
        for m in mentions:
            by_key[m.key].append(m)
        out: list[_Raw] = []
        strip = self.config.diacritics == "strip"
        for key, ms in by_key.items():
            marked = [m for m in ms if m.has_diacritics]
            plain = [m for m in ms if not m.has_diacritics]
            mixed = bool(marked) and bool(plain)
            if strip:
                for m in marked:
                    expected = strip_diacritics(m.text)
                    msg = (
                        f"'{m.text}' is also written '{expected}' in this document; house style drops diacritics"
                        if mixed
                        else f"house style drops diacritics from Vietnamese names in English copy: '{expected}'"
                    )
                    out.append(_Raw(m.start, m.end, "name-diacritics", m.text, expected, None, msg, True))
            else:
                forms = Counter(m.text for m in marked)
                candidates = [forms.most_common(1)[0][0]] if forms else sorted(self.name_forms.get(key, ()))
                if not candidates:
                    continue
                expected = candidates[0]
                for m in plain:
                    msg = (
                        f"'{m.text}' is also written '{expected}' in this document; house style keeps diacritics"
                        if mixed
                        else f"house style keeps diacritics in Vietnamese names: '{expected}'"
                    )
                    out.append(_Raw(m.start, m.end, "name-diacritics", m.text, expected, None, msg, len(candidates) == 1))
        return out

    # --- legal references ---------------------------------------------------------------------------

    def _legal(self, text: str) -> list[_Raw]:
        out: list[_Raw] = []
        for m in _scan(text, _LEGAL_KINDS, _LEGAL_RE):
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

    def _bodies(self, text: str) -> list[_Raw]:
        out: list[_Raw] = []
        if not _BODY_HINT_RE.search(text):
            return []
        for m in _BODY_RE.finditer(text):
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
        raw.sort(key=lambda r: (r.start, -(r.end - r.start), _PRIORITY.get(r.rule, 9)))
        # weak findings (consistency, spelling) give way to any other finding they overlap
        strong = [r for r in raw if r.rule not in _WEAK]
        starts = [r.start for r in strong]
        reach = []  # running maximum of strong ends, to test overlap with bisect
        top = -1
        for r in strong:
            top = max(top, r.end)
            reach.append(top)
        findings: list[Finding] = []
        last: tuple[int, int, str] | None = None
        weak_end = -1
        for r in raw:
            if r.rule in _WEAK:
                i = bisect_left(starts, r.end) - 1  # strong findings starting before r ends
                if (i >= 0 and reach[i] > r.start) or r.start < weak_end:
                    continue
                weak_end = r.end
            if last == (r.start, r.end, r.rule):
                continue
            last = (r.start, r.end, r.rule)
            severity = self.config.severity(r.rule)
            if severity == "off":
                continue
            start, end = doc.span_to_source(r.start, r.end)
            line, column = doc.line_col(start)
            if doc.is_suppressed(line, r.rule):
                continue
            findings.append(Finding(doc.path, line, column, start, end, r.rule, severity, r.found,
                                    r.expected, r.concept, r.message, r.fixable))
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return findings


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
_BODY_HINT_RE = re.compile(rf"(?:{_BODY_ALT})\s+of\s")
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


def _foreign(m: Match, text: str) -> bool:
    """True when the term is preceded by a demonym ("the French Foreign Ministry")."""
    j = m.start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’"):
        k -= 1
    return text[k:j].replace("’", "'") in _DEMONYMS



class _CachedMatcher(Matcher):
    """The glossary matcher with resolutions cached per surface string.

    A document repeats its terms ("Ministry of Foreign Affairs" forty times); resolving a surface
    (case and diacritics checks) once per distinct surface instead of once per hit keeps the cost
    of a pass close to the automaton's own. Results are identical to :class:`Matcher`.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cache: dict[tuple, object] = {}

    def _resolve(self, text, norm, start, end, idx, langs, strict_marks):  # type: ignore[override]
        ostart, oend = norm.span_to_original(start, end)
        surface = text[ostart:oend]
        key = (surface, idx, frozenset(langs) if langs else None, strict_marks)
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            match = super()._resolve(text, norm, start, end, idx, langs, strict_marks)
            hit = self._cache[key] = (
                (match.concept, match.term, match.exact_marks, match.candidates) if match else False
            )
        if hit is False:
            return None
        return Match(ostart, oend, surface, *hit)  # type: ignore[misc]


def _scan(text: str, literals: tuple[str, ...], pattern: re.Pattern[str]):
    """``pattern.match`` at each place one of ``literals`` starts a word (fast literal search first)."""
    starts: list[int] = []
    for lit in literals:
        pos = text.find(lit)
        while pos >= 0:
            if pos == 0 or not text[pos - 1].isalnum():
                starts.append(pos)
            pos = text.find(lit, pos + 1)
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
    import ahocorasick

    active: dict[str, Concept] = {}
    passive: list[Concept] = []
    for concept in glossary:
        en = [t for t in concept.terms if t.lang == "en"]
        if len(en) > 1 or any(t.is_flagged for t in en) or concept.id in keep or concept.id.startswith("house:"):
            active[concept.id] = concept
        elif en:
            passive.append(concept)
    auto = ahocorasick.Automaton()
    for concept in active.values():
        for t in concept.terms:
            if t.lang == "en":
                key = _fold(t.text)
                if key:
                    auto.add_word(key, key)
    if len(auto):
        auto.make_automaton()
    out = Glossary(dict(active), list(glossary.paths))
    for concept in passive:
        for t in concept.terms:
            if t.lang != "en" or not len(auto):
                continue
            key = _fold(t.text)
            padded = f" {key} "
            if any(f" {k} " in padded for _, k in auto.iter(key)):
                out.add(concept)
                break
    return out
