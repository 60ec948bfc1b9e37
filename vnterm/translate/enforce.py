"""Term enforcement, segment by segment: n-best rerank, prefix re-decoding, post-edit, verification.

For every segment with required terms:

1. decode ``n_best`` hypotheses (segments without required terms get one: the cheap path);
2. rerank by term coverage (counting variants a post-edit can fix), then by model rank;
3. check up front that the model can write each term (:meth:`TokenBackend.spell`); a term it cannot
   write is never forced (reason ``unspellable``);
4. for each term still missing, ask the backend where its rendering should start (attention) and
   decode again with a target prefix that ends in the required English term; the model finishes.
   The forced prefix is kept as the model's own tokens and only ever appended to: each round's
   prefix is the previous forced tokens, the hypothesis tokens up to the placement point, then the
   term's tokens, so no round can remove what an earlier one forced;
5. replace admitted, deprecated or forbidden variants of required concepts with the preferred term;
6. verify every required term (fold-insensitive, token-bounded); a term still missing is inserted
   at its placement point as an explicit post-edit (step ``inserted``) or, when that is off or
   impossible, reported with a ``reason``.

Each term records the step that satisfied it (``first``, ``nbest``, ``prefix``, ``postedit``,
``inserted``) or ``none``, and a ``reason`` when the model's own decoding did not deliver it:
``unspellable`` (the model cannot write it), ``lost`` (forced, then not in the final text),
``glued`` (in the text only with a suffix glued on), ``conflict`` (no place for it that keeps every
other term), ``unenforced`` (enforcement was off).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..glossary.matcher import Matcher
from ..text import fold
from .backend import Backend, Hypothesis, ProgressFn
from .terms import RequiredTerm, count_occurrences, satisfied

STEPS = ("first", "nbest", "prefix", "postedit", "inserted", "none")
REASONS = ("unspellable", "lost", "glued", "conflict", "unenforced")


@dataclass
class TermResult:
    """The outcome for one required term: ``reason`` is None when the model's decoding delivered it."""

    term: RequiredTerm
    satisfied: bool
    step: str
    reason: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.term.source,
            "target": self.term.target,
            "satisfied": self.satisfied,
            "step": self.step,
            "reason": self.reason,
        }


@dataclass
class SegmentResult:
    """One translated segment and its terms."""

    source: str
    text: str
    terms: list[TermResult] = field(default_factory=list)


def _match_case(surface: str, replacement: str) -> str:
    if surface[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def postedit(text: str, required: Sequence[RequiredTerm], matcher_en: Matcher) -> str:
    """Replace non-preferred English variants of the required concepts with the preferred term."""
    wanted = {r.concept.id: r.target for r in required if r.concept is not None}
    if not wanted or not text:
        return text
    out: list[str] = []
    last = 0
    for m in matcher_en.find(text, lang="en"):
        target = wanted.get(m.concept.id)
        if target is None or m.term.status == "preferred" or m.term.text == target:
            continue
        out.append(text[last : m.start])
        out.append(_match_case(m.text, target))
        last = m.end
    if last == 0:
        return text
    out.append(text[last:])
    return "".join(out)


class _CharUnits:
    """Token-level calls over a text-only backend: the units are characters, and a completion that
    does not start with the forced text is refused by the enforcer (the term is then ``lost``)."""

    def __init__(self, backend: Backend):
        self.backend = backend

    def units(self, hypothesis: Hypothesis) -> list[str]:
        return list(hypothesis.text)

    def unit_index(self, hypothesis: Hypothesis, offset: int) -> int:
        text = hypothesis.text
        k = min(max(offset, 0), len(text))
        while 0 < k < len(text) and not text[k - 1].isspace():
            k -= 1  # the start of the word that holds ``offset``
        return k

    def spell(self, term: str) -> list[str] | None:
        return list(term) if term.strip() else None

    def complete_units(self, segments: Sequence[str], prefixes: Sequence[Sequence[str]]) -> list[Hypothesis]:
        return self.backend.complete(segments, ["".join(p) for p in prefixes])


def _join_term(head: Sequence[str], term: list[str], chars: bool) -> list[str]:
    """The forced prefix ``head`` + ``term``: in characters, a space between a word and the term."""
    if chars and head and not "".join(head[-1:]).isspace():
        return [*head, " ", *term]
    return [*head, *term]


class Enforcer:
    """Runs the enforcement steps over a backend for many segments at once.

    ``enforce=False`` decodes the first hypothesis only and verifies the terms (reason
    ``unenforced`` for a missing one); ``use_prefix=False`` skips prefix re-decoding; ``insert``
    inserts a term still missing at the end at its placement point (step ``inserted``).
    """

    def __init__(
        self,
        backend: Backend,
        matcher_en: Matcher,
        *,
        n_best: int = 4,
        use_prefix: bool = True,
        enforce: bool = True,
        insert: bool = True,
    ):
        self.backend = backend
        self.matcher_en = matcher_en
        self.n_best = max(1, n_best) if enforce else 1
        self.use_prefix = use_prefix and enforce
        self.enforce = enforce
        self.insert = insert and enforce
        native = all(hasattr(backend, name) for name in ("units", "unit_index", "spell", "complete_units"))
        self.tokens: Any = backend if native else _CharUnits(backend)
        self._chars = not native

    def run(
        self,
        segments: Sequence[str],
        required: Sequence[Sequence[RequiredTerm]],
        progress: ProgressFn | None = None,
    ) -> list[SegmentResult]:
        """Translate ``segments`` (``required[i]`` for segment ``i``) and enforce their terms."""
        results: list[SegmentResult | None] = [None] * len(segments)
        for i, seg in enumerate(segments):
            if not seg.strip():
                results[i] = SegmentResult(seg, "")
        live = [i for i, seg in enumerate(segments) if seg.strip()]
        if not self.enforce:
            for i, hyps in zip(live, self._translate([segments[i] for i in live], 1, progress)):
                text = hyps[0].text if hyps else ""
                ok = satisfied(required[i], text)
                terms = [
                    TermResult(t, good, "first" if good else "none", None if good else "unenforced")
                    for t, good in zip(required[i], ok)
                ]
                results[i] = SegmentResult(segments[i], text, terms)
            return [r for r in results if r is not None]
        plain = [i for i in live if not required[i]]
        termed = [i for i in live if required[i]]
        if plain:
            for i, hyps in zip(plain, self._translate([segments[i] for i in plain], 1, progress)):
                results[i] = SegmentResult(segments[i], hyps[0].text if hyps else "")
        if termed:
            nbest = self._translate([segments[i] for i in termed], self.n_best, progress)
            states = [self._select(segments[i], required[i], hyps) for i, hyps in zip(termed, nbest)]
            if self.use_prefix:
                self._check_spelling(states)
                self._prefix_rounds(states)
            for i, result in zip(termed, self._finish_all(states)):
                results[i] = result
        return [r for r in results if r is not None]

    def _translate(self, segments: list[str], n: int, progress: ProgressFn | None) -> list[list[Hypothesis]]:
        return self.backend.translate(segments, num_hypotheses=n, progress=progress)

    # -- steps 1-2: n-best and rerank ----------------------------------------------------------
    def _select(self, segment: str, required: Sequence[RequiredTerm], hyps: list[Hypothesis]) -> "_State":
        best_key = None
        best: tuple[int, Hypothesis, list[bool], list[bool]] | None = None
        for k, hyp in enumerate(hyps):
            direct = satisfied(required, hyp.text)
            fixed = direct if all(direct) else satisfied(required, postedit(hyp.text, required, self.matcher_en))
            key = (-sum(a or b for a, b in zip(direct, fixed)), -sum(direct), k)
            if best_key is None or key < best_key:
                best_key, best = key, (k, hyp, direct, fixed)
            if all(direct):  # nothing can beat a hypothesis that has every term as it is
                break
        state = _State(segment, list(required))
        if best is None:
            state.hyp = Hypothesis("", 0.0)
            return state
        k, hyp, direct, fixed = best
        state.hyp = hyp
        for j, (d, f) in enumerate(zip(direct, fixed)):
            if d:
                state.origin[j] = "first" if k == 0 else "nbest"
            elif f:
                state.origin[j] = "postedit"
        return state

    # -- step 3: can the model write the term at all? ------------------------------------------
    def _check_spelling(self, states: list["_State"]) -> None:
        for state in states:
            for j, term in enumerate(state.required):
                if self.tokens.spell(term.target) is None:
                    state.reason[j] = "unspellable"
                    state.tried.add(j)

    # -- step 4: prefix re-decoding ------------------------------------------------------------
    def _locate(self, items: list[tuple["_State", int]]) -> list[int]:
        """Placement points (text offsets in each state's hypothesis) of the terms in ``items``:
        the decoder's attention where the backend has it, else the same relative position."""
        if not items:
            return []
        queries = [(st.segment, st.hyp, st.required[j].start, st.required[j].end) for st, j in items]
        locate_batch = getattr(self.backend, "locate_batch", None)
        found = locate_batch(queries) if locate_batch is not None else [self.backend.locate(*q) for q in queries]
        return [
            pos if pos is not None else _proportional(st.required[j].start, len(st.segment), st.hyp.text)
            for (st, j), pos in zip(items, found)
        ]

    def _prefix_rounds(self, states: list["_State"]) -> None:
        """One forced term per segment and round, the one placed first in the hypothesis (target
        order, so that no term needs a place inside the forced part), until none is missing."""
        for _ in range(max((len(s.required) for s in states), default=0)):
            items = [(state, j) for state in states for j in state.missing(self.matcher_en)]
            if not items:
                return
            best: dict[int, tuple[int, int, int]] = {}  # id(state) → (place, source start, j)
            for (state, j), pos in zip(items, self._locate(items)):
                key = (pos, state.required[j].start, j)
                if id(state) not in best or key < best[id(state)]:
                    best[id(state)] = key
            todo: list[tuple[_State, int, list[Any]]] = []
            for state in states:
                if id(state) not in best:
                    continue
                pos, _start, j = best[id(state)]
                state.tried.add(j)
                prefix = self._prefix_for(state, j, pos)
                if prefix is None:
                    state.reason[j] = "unspellable"
                    continue
                todo.append((state, j, prefix))
            if not todo:
                continue
            completed = self.tokens.complete_units([s.segment for s, _, _ in todo], [p for _, _, p in todo])
            for (state, j, prefix), hyp in zip(todo, completed):
                if self.tokens.units(hyp)[: len(prefix)] != list(prefix):
                    state.reason[j] = "lost"  # the backend dropped the forced prefix: keep what we had
                    continue
                state.hyp = hyp
                state.forced = list(prefix)
                state.forced_terms.append(j)
                state.origin[j] = "prefix"

    def _prefix_for(self, state: "_State", j: int, pos: int) -> list[Any] | None:
        """Forced tokens + hypothesis tokens up to the placement point + the term's tokens."""
        term = state.required[j]
        units = self.tokens.units(state.hyp)
        n = len(state.forced)
        if units[:n] != state.forced:  # cannot happen with a well-behaved backend; never cut the forced part
            units = list(state.forced)
        k = min(max(self.tokens.unit_index(state.hyp, pos), n), len(units))
        head = units[:k]
        if self._chars:
            while head and head[-1].isspace() and len(head) > n:
                head.pop()
        target = _capitalise(term.target) if not "".join(map(str, head)).strip() else term.target
        spelled = self.tokens.spell(target)
        if spelled is None:
            return None
        return _join_term(head, spelled, self._chars)

    # -- steps 5-6: post-edit, verify, insert ------------------------------------------------
    def _finish_all(self, states: list["_State"]) -> list[SegmentResult]:
        """Post-edit and verify every state; place and insert what is still missing."""
        missing = {}
        for state in states:
            final = satisfied(state.required, postedit(state.hyp.text, state.required, self.matcher_en))
            missing[id(state)] = [j for j, ok in enumerate(final) if not ok]
        items = [(state, j) for state in states for j in missing[id(state)]] if self.insert else []
        places: dict[tuple[int, int], int] = {}
        for (state, j), pos in zip(items, self._locate(items)):
            places[(id(state), j)] = pos
        return [self._finish(state, missing[id(state)], places) for state in states]

    def _finish(self, state: "_State", missing: list[int], places: dict[tuple[int, int], int]) -> SegmentResult:
        raw = state.hyp.text
        direct = satisfied(state.required, raw)
        reasons = {j: self._reason(state, j, postedit(raw, state.required, self.matcher_en)) for j in missing}
        inserted: list[int] = []
        if missing and self.insert:
            raw, inserted = self._insert(state, raw, missing, places)
            for j in missing:
                if j not in inserted:
                    reasons[j] = "conflict"
        text = postedit(raw, state.required, self.matcher_en)
        final = satisfied(state.required, text)
        terms = []
        for j, term in enumerate(state.required):
            if not final[j]:
                terms.append(TermResult(term, False, "none", reasons.get(j, "lost")))
                continue
            step = state.origin.get(j)
            if j in inserted:
                step = "inserted"
            elif not direct[j]:
                step = "postedit"
            elif step is None or step == "postedit":
                step = "prefix"  # present only since a prefix re-decode
            terms.append(TermResult(term, True, step, reasons.get(j)))
        return SegmentResult(state.segment, text, terms)

    def _reason(self, state: "_State", j: int, text: str) -> str:
        """Why term ``j`` is not in ``text``."""
        if state.reason.get(j) == "unspellable":
            return "unspellable"
        key = fold(state.required[j].target).text
        folded = fold(text).text
        if key and folded.count(key) > count_occurrences(key, folded):
            return "glued"  # there, but only with letters glued to it
        return "lost" if self.use_prefix else "unenforced"

    def _insert(
        self, state: "_State", text: str, missing: list[int], places: dict[tuple[int, int], int]
    ) -> tuple[str, list[int]]:
        """Insert each missing term at the word boundary nearest its placement point that keeps every
        term already there (after post-editing); a term with no such place is left out (``conflict``)."""
        inserted: list[int] = []
        shift: list[tuple[int, int]] = []  # (offset, characters added there) by earlier insertions
        for j in sorted(missing, key=lambda j: places.get((id(state), j), 0)):
            term = state.required[j]
            pos = places.get((id(state), j), _proportional(term.start, len(state.segment), text))
            pos += sum(n for at, n in shift if at <= pos)
            have = satisfied(state.required, postedit(text, state.required, self.matcher_en))
            for cut in _boundaries_near(text, pos):
                candidate = _insert_at(text, cut, term.target)
                now = satisfied(state.required, postedit(candidate, state.required, self.matcher_en))
                if now[j] and all(now[i] for i, ok in enumerate(have) if ok):
                    shift.append((cut, len(candidate) - len(text)))
                    text = candidate
                    inserted.append(j)
                    break
        return text, inserted


def _boundaries_near(text: str, pos: int, limit: int = 12) -> list[int]:
    """Word boundaries of ``text`` (start, after each space, end) nearest ``pos`` first; the end of
    the sentence is always among them."""
    cuts = {0, len(text)} | {i + 1 for i, c in enumerate(text) if c.isspace()}
    ordered = sorted(cuts, key=lambda c: (abs(c - pos), c))[:limit]
    return ordered if len(text) in ordered else [*ordered, len(text)]


def _insert_at(text: str, cut: int, term: str) -> str:
    """``term`` as a word of its own at ``cut`` (before the final punctuation at the very end)."""
    head, tail = text[:cut].rstrip(), text[cut:].lstrip()
    if cut >= len(text):
        stripped = head.rstrip(".!?…;:\"'”’)")
        head, tail = stripped.rstrip(), head[len(stripped) :]
        return f"{head} {term}{tail}" if head else _capitalise(term) + tail
    if not head:
        return f"{_capitalise(term)} {tail}".rstrip()
    return f"{head} {term} {tail}".rstrip()


def _proportional(src_pos: int, src_len: int, text: str) -> int:
    """No alignment: the word start in ``text`` at the same relative position as in the source."""
    pos = round(len(text) * src_pos / max(1, src_len))
    while 0 < pos < len(text) and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _capitalise(target: str) -> str:
    """A sentence-initial term takes a capital letter."""
    return target[:1].upper() + target[1:] if target[:1].islower() else target


@dataclass
class _State:
    segment: str
    required: list[RequiredTerm]
    hyp: Hypothesis = field(default_factory=lambda: Hypothesis("", 0.0))
    origin: dict[int, str] = field(default_factory=dict)
    tried: set[int] = field(default_factory=set)
    #: the forced prefix, in the backend's units; only ever appended to
    forced: list[Any] = field(default_factory=list)
    forced_terms: list[int] = field(default_factory=list)
    reason: dict[int, str] = field(default_factory=dict)

    def missing(self, matcher_en: Matcher) -> list[int]:
        """Terms not in the (post-edited) hypothesis that no round has tried yet."""
        fixed = satisfied(self.required, postedit(self.hyp.text, self.required, matcher_en))
        return [j for j, ok in enumerate(fixed) if not ok and j not in self.tried]
