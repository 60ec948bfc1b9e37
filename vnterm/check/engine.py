"""The checker: one matcher pass per document, shared decisions about its hits, then the rule kinds.

Glossary terms, house-style spellings, title abbreviations and "Viet Nam"/"Vietnam" are compiled
into ONE Aho-Corasick automaton (:class:`vnterm.glossary.Matcher`), so the cost of a document does
not grow with the number of rules or concepts. The :class:`Checker` decides once which hits are
ours (not a brand, not another country's title, not a good term of another concept), then runs
each rule kind of :data:`vnterm.check.rules.RULES` whose rules are on, and settles overlaps.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache
from operator import attrgetter
from typing import Callable, Iterable, Iterator, NamedTuple

import ahocorasick_rs

from ..glossary.matcher import Match, Matcher
from ..glossary.model import Concept, Glossary, Term
from ..text import fold, fold_key, strip_diacritics
from ..vi.english_names import SURNAMES, is_vietnamese_syllable, known_keys, name_key, vietnamese_lines
from .config import CheckConfig
from ..documents.segments import TextSegment
from .documents import Document, Pair
from .rules import KINDS, RULES, TITLE_FORMS, Context, Hits, RawFinding, RuleKind, spelling_pairs
from .rules import match_case  # noqa: F401 - public here since 0.1

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


_Raw = RawFinding
#: a line break with the spaces around it: a message is one line, whatever the span it quotes
_LINE_BREAK_RE = re.compile(r"[ \t]*(?:\r\n|\r|\n)[ \t]*")
_VIET_NAM_KEYS = {"viet nam", "vietnam"}
_ABBREVIATIONS = {"abbreviation", "acronym", "shortForm"}


class Checker:
    """Checks English copy against a glossary and a house style. Build once, check many files."""

    def __init__(self, glossary: Glossary, config: CheckConfig | None = None):
        self.glossary = glossary
        self.config = config or CheckConfig()
        # what depends on the glossary alone is computed once per glossary (and code version) and
        # kept in the glossary's memo, which the loader's cache keeps between runs
        key = _memo_key()
        state = glossary.memo.get(key)
        if not isinstance(state, _GlossaryState):
            memo = glossary.memo
            for stale in [k for k in memo if k.startswith(_MEMO_PREFIX)]:
                del memo[stale]  # another code version's: never read again, so not kept in the cache
            state = memo[key] = _GlossaryState.build(glossary)
        self._state = state
        self.viet_nam_ids = state.viet_nam_ids
        #: per synthetic spelling concept: (family, British, American)
        self.spelling = state.spelling
        self._combined = state.combined
        self._full_matcher: Matcher | None = None
        self._vi_matcher: Matcher | None = None
        #: per name key, the forms with diacritics the glossary knows
        self.name_forms = state.name_forms
        #: folded English names of the glossary's places
        self.place_keys = state.place_keys
        self.known_names = state.known_names
        self.name_keys = state.name_keys
        #: the rule kinds with at least one rule on, in the order of :data:`vnterm.check.rules.KINDS`
        self.kinds: list[RuleKind] = []
        on = {rule for rule in RULES if self.config.severity(rule) != "off"}
        for kind in dict.fromkeys(KINDS):
            if on.intersection(kind.yields):
                self.kinds.append(kind(self))
        self._needs_hits = any("hits" in k.needs for k in self.kinds)
        self._flagged: "tuple[ahocorasick_rs.AhoCorasick, list[str]] | bool | None" = None
        self._flagged_words: frozenset[str] = frozenset()
        #: accept()'s decisions per (concept, term, surface): (Hits list name or None, org/title?)
        self._decisions: dict[tuple[int, int, str], tuple[str | None, bool]] = {}
        self._decisions_full: dict[tuple[int, int, str], tuple[str | None, bool]] = {}

    # --- public API ---------------------------------------------------------------------------

    @property
    def matcher(self) -> Matcher:
        """The glossary terms, house spellings and title forms that can produce a finding."""
        state = self._state
        if state.matcher is None:
            flagged: set[str] = set()
            state.matcher = Matcher(_active(self._combined, self.viet_nam_ids, flagged), langs=("en",))
            state.flagged_keys = flagged
            from ..glossary.loader import save_memo

            save_memo(self.glossary)  # the next run reads the automaton's tables from the cache
        return state.matcher

    @property
    def _flagged_keys(self) -> set[str]:
        """The folded deprecated and forbidden terms (for the fix guard)."""
        self.matcher  # noqa: B018 - building it collects them
        return self._state.flagged_keys

    @property
    def full_matcher(self) -> Matcher:
        """Every English term (the key-term check and the audit need preferred-only concepts too)."""
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
        bilingual = list(pairs) if pairs is not None else doc.pairs
        ctx = self._context(doc, bilingual, self._needs_hits)
        raw: list[RawFinding] = []
        for kind in self.kinds:
            if "pairs" in kind.needs and not bilingual:
                continue
            raw += kind.run(ctx)
        return self._finish(doc, raw)

    def _context(self, doc: Document, bilingual: list[Pair], needs_hits: bool, offset: int = 0) -> Context:
        """What the rule kinds read of ``doc`` (a whole document, or a segment at ``offset``)."""
        text = doc.text
        # the folded text is shared by both matcher passes when there are two
        folded = fold(text) if bilingual and text else None
        cache: dict[str, object] = {"folded": folded}
        hits = Hits()
        if needs_hits:
            captions = cache["captions"] = vietnamese_lines(text)
            hits = self.accept(self.matcher.find(text) if folded is None else self.matcher.find(text, folded=folded),
                               text, captions)
        # the document's own date (front matter, a meta tag) where its reader found one
        date = getattr(doc, "date", None)
        return Context(text, self.config, self, hits, bilingual, date if isinstance(date, str) else None,
                       cache, offset)

    @property
    def streamable(self) -> bool:
        """True when every rule kind on can check a document segment by segment
        (:meth:`check_segments`); bilingual kinds, which never stream, are left out."""
        return all(kind.local or kind.streams for kind in self.kinds if "pairs" not in kind.needs)

    def check_segments(self, segments: Callable[[], Iterable[TextSegment]]
                       ) -> Iterator[tuple[TextSegment, list[Finding]]]:
        """The findings of one long document read as segments (runs of whole paragraphs, each
        starting on a line; see :mod:`vnterm.documents.segments`), yielded per segment with it, in
        document order: the same findings as :meth:`check` of the whole document, without holding it.

        ``segments()`` reads the document again on each call: once per gather pass of the kinds
        with document-wide decisions (:meth:`RuleKind.gather`), then once to emit. Only for
        plain documents (the identity map between text and source) with no suppression
        comments and no bilingual pairs; :attr:`streamable` must be True.
        """
        kinds = [k for k in self.kinds if "pairs" not in k.needs]
        states: list[dict] = [{} for _ in kinds]
        passes = max((k.passes for k in kinds if k.streams), default=0)
        for p in range(passes):
            active = [(k, state) for k, state in zip(kinds, states) if k.streams and k.passes > p]
            needs_hits = any(k.gathers_hits(p) for k, _ in active)
            for seg in segments():
                ctx = self._context(seg.document, [], needs_hits, seg.offset)
                for kind, state in active:
                    kind.gather(ctx, state, p)
        for seg in segments():
            ctx = self._context(seg.document, [], self._needs_hits, seg.offset)
            raw: list[RawFinding] = []
            for kind, state in zip(kinds, states):
                raw += kind.run(ctx) if kind.local else kind.emit(ctx, state)
            yield seg, self._finish(seg.document, raw, seg.offset, seg.line)

    def term_hits(self, text: str) -> list[Match]:
        """The glossary terms in ``text`` that the checker accepts as ours, in text order: every
        English term of every concept (the full matcher), less brand names, another country's
        titles and bodies ("the French Foreign Ministry") and flagged spans that are a good term
        of another concept. The audit counts these, so it and ``check`` never disagree."""
        hits = self.accept(self.full_matcher.find(text), text, decisions=self._decisions_full)
        return [m for m in hits.accepted if not m.concept.id.startswith(("house:", "title:", "spell:"))]

    def accept(self, matches: list[Match], text: str, captions: list[tuple[int, int]] | None = None,
               decisions: dict[tuple[int, int, str], tuple[str | None, bool]] | None = None) -> Hits:
        """Sort matcher hits into :class:`Hits` after the decisions every rule shares: not a brand
        name, not another country's title or body, not a flagged span that is a good term of
        another concept, not a place inside a person's name ("Nguyen Hoa Binh"), not inside a
        line written in Vietnamese (a caption; ``captions``: its spans, computed when None).
        ``decisions``: the cache of per-hit decisions to use, one per matcher (a hit's candidates,
        which decide it, depend on the matcher); None: the linter matcher's."""
        if captions is None:
            captions = vietnamese_lines(text)
        if captions:
            starts = [c[0] for c in captions]
            matches = [m for m in matches if not _inside_span(starts, captions, m.start)]
        hits = Hits()
        accepted = hits.accepted
        buckets = {"terms": hits.terms.append, "flagged": hits.flagged.append, "country": hits.country.append,
                   "spelling": hits.spelling.append}
        # a hit's outcome depends on its concept, term and surface only (and, for org/title terms,
        # on the word before it): decide once per distinct (concept, term, surface), for the
        # checker's lifetime (the audit asks for thousands of documents)
        if decisions is None:
            decisions = self._decisions
        get = decisions.get
        words_before: dict[str, bool] = {}  # _foreign per the characters before a hit that decide it
        chains: dict[str, bool] = {}  # _foreign_chain per the characters before a hit
        size = _WINDOW
        keep = accepted.append
        for m in matches:
            decision = get((id(m.concept), id(m.term), m.text))
            if decision is None:
                decision = decisions[(id(m.concept), id(m.term), m.text)] = (
                    self._bucket(m), m.concept.domain in ("org", "title"))
            bucket, foreign = decision
            if bucket is None:
                continue
            if m.concept.domain == "place" and m.start and _in_person_name(text, m.start):
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
                if not hit and before[-1:].isalpha():  # "the Lao Ambassador and Deputy Foreign Minister"
                    chain = text[max(0, start - _CHAIN_WINDOW) : start]
                    hit = chains.get(chain)
                    if hit is None:
                        hit = chains[chain] = _foreign_chain(chain)
                if hit:
                    continue
            buckets[bucket](m)
            keep(m)
        return hits

    def _bucket(self, m: Match) -> str | None:
        """Which :class:`Hits` list a hit belongs to (None: not ours to judge)."""
        cid = m.concept.id
        if cid.startswith("house:brand"):
            return None
        if cid in self.spelling:
            return "spelling"
        if m.term.is_flagged:
            if any(not t.is_flagged for _, t in m.candidates):
                return None  # the same words are a good term of another concept
            return "flagged"
        if cid in self.viet_nam_ids and _fold(m.text) in _VIET_NAM_KEYS:
            return "country"
        return "terms"

    # --- finishing ------------------------------------------------------------------------------

    def _finish(self, doc: Document, raw: list[RawFinding], offset: int = 0, line_offset: int = 0) -> list[Finding]:
        """Findings from ``raw`` (settled, mapped to the source); ``offset`` and ``line_offset``:
        where ``doc`` starts in its whole document when it is a segment of it."""
        raw = self._settle(doc.text, raw)
        severities = {rule: self.config.severity(rule) for rule in RULES}
        identity = doc.starts is None
        line_starts = doc.line_starts
        suppressed = doc.suppressed
        path = doc.path
        findings: list[Finding] = []
        new_finding = tuple.__new__  # Finding(...) without the named tuple's Python-level __new__
        for r in raw:
            rule = r.rule
            severity = severities[rule]
            if severity == "off":
                continue
            start, end = (r.start, r.end) if identity else doc.span_to_source(r.start, r.end)
            i = bisect_right(line_starts, start) - 1
            line = i + 1
            if suppressed and doc.is_suppressed(line, rule):
                continue
            message = r.message
            if "\n" in message or "\r" in message:  # a quoted span that runs over a line break
                message = _LINE_BREAK_RE.sub(" ", message)
            column = start - line_starts[i] + 1
            if offset or line_offset:
                start, end, line = start + offset, end + offset, line + line_offset
            findings.append(new_finding(Finding, (path, line, column, start, end, rule, severity,
                                                  r.found, r.expected, r.concept, message, r.fixable)))
        findings.sort(key=_finding_order)
        return findings

    def _settle(self, text: str, raw: list[RawFinding]) -> list[RawFinding]:
        """One finding per span: where findings overlap, the one of the rule first in
        :data:`PRECEDENCE` stays (then the earlier, then the longer); text inside quotation marks
        is never rewritten; a fix that would write a flagged glossary form is no fix.

        Findings are taken in text order and grouped into runs that overlap; a run of one (nearly
        all of them) needs no precedence, a longer run is settled by :meth:`_settle_run`."""
        severities = self.config.severity
        raw = [r for r in raw if severities(r.rule) != "off"]
        if not raw:
            return raw
        raw.sort(key=_raw_order)
        quotes = _LineQuotes(text) if ('"' in text or "“" in text) else None
        kept: list[RawFinding] = []
        n = len(raw)
        i = 0
        while i < n:
            r = raw[i]
            j = i + 1
            reach = r.end
            while j < n and raw[j].start < reach:  # the run of findings overlapping this one
                if raw[j].end > reach:
                    reach = raw[j].end
                j += 1
            if j == i + 1:
                r = self._admit(text, r, quotes) if r.start < r.end else r
                if r is not None:
                    kept.append(r)
            else:
                kept += self._settle_run(text, raw[i:j], quotes)
            i = j
        kept.sort(key=_raw_order)
        return kept

    def _settle_run(self, text: str, run: list[RawFinding], quotes: "_LineQuotes | None") -> list[RawFinding]:
        """Overlapping findings: by precedence, each keeps its span unless a kept one holds part of it."""
        taken_starts: list[int] = []
        taken_ends: list[int] = []
        taken: list[RawFinding] = []
        kept: list[RawFinding] = []
        for r in sorted(run, key=_precedence_order):
            start, end = r.start, r.end
            if start < end:
                k = bisect_right(taken_starts, start)
                if (k and taken_ends[k - 1] > start) or (k < len(taken_starts) and taken_starts[k] < end):
                    # a finding of higher precedence holds these characters; when it rewrites them
                    # and keeps this one's text, its fix takes this one's too (one finding, one fix)
                    if r.fixable and k and taken_ends[k - 1] >= end:
                        outer = taken[k - 1]
                        if outer.fixable and outer.expected.count(r.found) == 1 and r.found != r.expected:
                            outer.expected = outer.expected.replace(r.found, r.expected)
                    continue
                admitted = self._admit(text, r, quotes)
                if admitted is None:
                    continue
                r = admitted
                taken_starts.insert(k, start)
                taken_ends.insert(k, end)
                taken.insert(k, r)
            kept.append(r)
        return kept

    def _admit(self, text: str, r: RawFinding, quotes: "_LineQuotes | None") -> RawFinding | None:
        """``r`` as it may stand (not fixable inside a quotation), or None when it may not stand."""
        if quotes is not None:
            quote = quotes.around(r.start, r.end)
            if quote is not None:
                if quote[2] and r.rule not in _REPORTED_IN_QUOTES:
                    return None  # a quoted title, headline or remark keeps its own words
                if r.fixable:  # quoted words are reported, never rewritten
                    r = dataclasses.replace(r, fixable=False)
        if r.fixable and r.rule in _GUARDED and self._writes_flagged(text, r):
            return None  # the "fix" would be a deprecated glossary form: say nothing
        return r

    def _writes_flagged(self, text: str, r: RawFinding) -> bool:
        """True when replacing ``r``'s span with its ``expected`` text makes a deprecated or
        forbidden glossary term appear around it that was not there before."""
        scanner = self._flagged_scanner
        if scanner is None:
            return False
        if self._flagged_words.isdisjoint(_fold(r.expected).split()):
            return False  # no word of the fix is in any flagged term: it cannot complete one
        lo = max(0, r.start - _GUARD_WINDOW)
        hi = r.end + _GUARD_WINDOW
        before = f" {fold_key(text[lo:hi])} "
        after = f" {fold_key(text[lo:r.start] + r.expected + text[r.end:hi])} "
        return _flagged_count(scanner, after) > _flagged_count(scanner, before)

    @property
    def _flagged_scanner(self) -> "tuple[ahocorasick_rs.AhoCorasick, list[str]] | None":
        if self._flagged is None:
            keys = sorted(f" {k} " for k in self._flagged_keys if k)
            self._flagged = (ahocorasick_rs.AhoCorasick(keys), keys) if keys else False
            self._flagged_words = frozenset(w for k in keys for w in k.split())
        return self._flagged or None


class _GlossaryState:
    """What a :class:`Checker` derives from its glossary alone: the glossary with the house
    concepts added (brands, "Viet Nam", spelling pairs, title forms), the name tables, and the
    linter's matcher once built. Kept in :attr:`Glossary.memo` (and so in the loader's cache)."""

    __slots__ = ("combined", "viet_nam_ids", "spelling", "name_forms", "place_keys", "known_names", "name_keys",
                 "matcher", "flagged_keys")

    def __init__(self) -> None:
        self.matcher: Matcher | None = None
        self.flagged_keys: set[str] = set()

    def __getstate__(self) -> dict[str, object]:
        return {k: getattr(self, k) for k in self.__slots__}

    def __setstate__(self, state: dict[str, object]) -> None:
        for k, v in state.items():
            setattr(self, k, v)

    @classmethod
    def build(cls, glossary: Glossary) -> "_GlossaryState":
        self = cls()
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
        self.combined = combined
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
        self.name_keys = known_keys(self.known_names)
        return self


#: the modules whose code decides what :class:`_GlossaryState` holds: a change to any of them
#: (a new spelling pair, another fold) makes a cached state stale
_STATE_CODE = ("check/engine.py", "check/rules/tables.py", "check/rules/__init__.py", "glossary/matcher.py",
               "glossary/model.py", "text.py", "vi/english_names.py")


@lru_cache(maxsize=1)
def _memo_key() -> str:
    """The key of the checker's state in :attr:`Glossary.memo`: the size and time of each file of
    :data:`_STATE_CODE` (a cache is never read by other code than the one that wrote it)."""
    import os

    from .. import __version__

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parts = [__version__]
    for name in _STATE_CODE:
        try:
            st = os.stat(os.path.join(root, name))
            parts.append(f"{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append("?")
    return _MEMO_PREFIX + "|".join(parts)


_MEMO_PREFIX = "vnterm.check.Checker|"


def _flagged_count(scanner: "tuple[ahocorasick_rs.AhoCorasick, list[str]]", padded: str) -> int:
    auto, _ = scanner
    return len(auto.find_matches_as_indexes(padded, overlapping=True))


_QUOTE_RE = re.compile(r'"[^"\n]{1,300}"|“[^”\n]{1,300}”')


def quoted_spans(text: str) -> list[tuple[int, int, bool]]:
    """Spans between double quotation marks ("…" or “…”) on one line, quotes excluded, in order,
    each with whether it holds three words or more (a quoted title, headline or remark, where style
    findings are not reported at all; in a shorter quote, a term being named, they are reported
    without a fix)."""
    return [(m.start() + 1, m.end() - 1, len(m.group().split()) >= 3) for m in _QUOTE_RE.finditer(text)]


class _LineQuotes:
    """:func:`quoted_spans` of a text, computed line by line on demand: a quotation never spans a
    line, so the quotes around a finding are those of its own line, and a document with thousands
    of lines and a few hundred findings scans only the lines that have one."""

    __slots__ = ("text", "lines")

    def __init__(self, text: str):
        self.text = text
        #: per line start: (quote starts, quotes) of that line
        self.lines: dict[int, tuple[list[int], list[tuple[int, int, bool]]]] = {}

    def around(self, start: int, end: int) -> tuple[int, int, bool] | None:
        """The quotation holding ``[start, end)`` (the last one starting at or before ``start``), or None."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line = self.lines.get(line_start)
        if line is None:
            line_end = text.find("\n", line_start)
            quotes = [(m.start() + 1, m.end() - 1, len(m.group().split()) >= 3)
                      for m in _QUOTE_RE.finditer(text, line_start, line_end if line_end >= 0 else len(text))]
            line = self.lines[line_start] = ([q[0] for q in quotes], quotes)
        q = bisect_right(line[0], start) - 1
        if q >= 0 and end <= line[1][q][1]:
            return line[1][q]
        return None


def _inside_span(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


_NAME_BEFORE_RE = re.compile(r"((?:[A-ZĐ][\w]*[ \u00a0]){1,3})\Z")


def _in_person_name(text: str, start: int) -> bool:
    """True when the capitalised words just before ``start`` begin with a Vietnamese surname, so
    the place there is the end of a person's name ("Deputy Prime Minister Nguyen Hoa Binh")."""
    m = _NAME_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = m.group(1).split()
    for i, word in enumerate(words):
        if strip_diacritics(word).lower() in SURNAMES and all(is_vietnamese_syllable(w) for w in words[i:]):
            return True
    return False


def _raw_order(r: RawFinding) -> tuple[int, int, int]:
    return r.start, r.start - r.end, PRECEDENCE.get(r.rule, 99)


def _precedence_order(r: RawFinding) -> tuple[int, int, int]:
    return PRECEDENCE.get(r.rule, 99), r.start, r.start - r.end


_finding_order = attrgetter("start", "end", "rule")
_term_text = attrgetter("term.text")


#: which finding stays where two overlap (first wins): the glossary's hard rules, then the fixed
#: house forms, then the style and consistency rules (documented in docs/check.md)
PRECEDENCE: dict[str, int] = {rule: i for i, rule in enumerate((
    "term-dated", "term-deprecated", "title-form", "legal-ref", "key-term", "source-name", "viet-nam",
    "name-diacritics", "term-admitted", "term-inconsistent", "compound-inconsistent", "spelling",
))}
#: rules still reported (never fixed) inside quotation marks: a quoted title may hold an old name
_REPORTED_IN_QUOTES = frozenset({"term-deprecated", "term-dated"})
#: rules whose fixes are not glossary terms themselves, so each is checked against the glossary
_GUARDED = frozenset({"compound-inconsistent", "spelling", "viet-nam", "name-diacritics", "legal-ref", "title-form"})
#: characters each side of a fix looked at by the guard (longer than most glossary terms)
_GUARD_WINDOW = 60


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    return fold_key(text)


#: names that keep "Vietnam" whatever the house style (brands and fixed English names)
_VIETNAM_BRANDS = (
    # mastheads: each outlet writes its own name its own way, whatever the house style
    "Viet Nam News", "Vietnam News Agency", "Viet Nam News Agency", "Vietnam News", "Voice of Vietnam",
    "Voice of Viet Nam", "Vietnam Television", "Vietnam Investment Review", "Vietnam Economic Times",
    "Vietnam Law and Legal Forum", "Vietnam Pictorial", "Vietnam Briefing", "Vietnam Plus", "Vietnam Net",
    # companies and fixed English names
    "Vietnam Airlines", "Vietnam War", "Vietnam Veterans", "Vietnam Chamber of Commerce and Industry",
    "Vietnam Electricity", "Vietnam Railways", "Vietnam Post",
)
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


#: words of a title chain ("Senior Minister and Deputy Foreign Minister"): a demonym anywhere
#: before them, with nothing else between, makes the titles another country's
_TITLE_WORDS = frozenset("""Minister Ministry Deputy Vice Foreign Affairs Prime Senior State Secretary Assistant
Parliamentary Permanent First Under Undersecretary Under-Secretary Vice-Minister Director General Director-General
Chief Head Special Envoy Ambassador Spokesperson Spokesman Spokeswoman President Vice-President Chairman
Chairwoman Counsellor Standing Member Cabinet Office Department Defence Defense Trade Commerce Economy
Finance Interior Home National Security Adviser Advisor Councillor and of for the &""".split())
_CHAIN_WINDOW = 120
_CHAIN_WORD_RE = re.compile(r"[A-Za-z][\w'’.-]*|&|[^\w\s]")


def _foreign_chain(before: str) -> bool:
    """True when the words just before a title, read backwards over title words ("Minister",
    "and", "Deputy"…), reach a demonym ("Lao", "Japan's")."""
    words = _CHAIN_WORD_RE.findall(before)
    for word in reversed(words):
        if word.replace("’", "'") in _DEMONYMS:
            return True
        if word not in _TITLE_WORDS:
            return False
    return False


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


def _active(glossary: Glossary, keep: set[str], flagged: set[str] | None = None) -> Glossary:
    """The concepts that can produce a finding, plus any that contain one's term (longest match).
    ``flagged``, when given, receives the folded deprecated and forbidden terms (for the fix guard).

    A concept with a single English term and no variant can never be flagged or inconsistent; left
    out of the automaton it costs nothing. It stays when its term contains an active term, so that
    "Vietnam National Commission for UNESCO" still shields "Vietnam".
    """
    active: dict[str, Concept] = {}
    passive: list[Concept] = []
    for concept in glossary:
        en = [t for t in concept.terms if t.lang == "en"]
        if (len(en) > 1 or any(t.is_flagged for t in en) or concept.id in keep or concept.id.startswith("house:")
                or concept.valid_to):
            active[concept.id] = concept
        elif en:
            passive.append(concept)
    # Accepted abbreviations ("NA", "UN", "MOFA") never produce a finding (neither the admitted-term
    # rule nor the consistency rule counts them), but short keys fire inside every "national":
    # leave them out, unless one contains a term that can be flagged (it would shield it).
    flaggable = {_fold(t.text) for c in active.values() for t in c.terms if t.lang == "en" and t.is_flagged}
    if flagged is not None:
        flagged.update(flaggable)  # every flagged term is in an active concept
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
