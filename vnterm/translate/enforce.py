"""Term enforcement, segment by segment: n-best rerank, prefix re-decoding, post-edit, verification.

For every segment with required terms:

1. decode ``n_best`` hypotheses (segments without required terms get one: the cheap path);
2. rerank by term coverage (counting variants a post-edit can fix), then by model rank;
3. for each term still missing, ask the backend where its rendering should start (attention) and
   decode again with a target prefix that ends in the required English term; the model finishes;
4. replace admitted, deprecated or forbidden variants of required concepts with the preferred term;
5. verify every required term (fold-insensitive, token-bounded).

Each term records the step that satisfied it: ``first``, ``nbest``, ``prefix``, ``postedit`` or ``none``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from ..glossary.matcher import Matcher
from .backend import Backend, Hypothesis, ProgressFn
from .terms import RequiredTerm, satisfied

STEPS = ("first", "nbest", "prefix", "postedit", "none")


@dataclass
class TermResult:
    """The outcome for one required term."""

    term: RequiredTerm
    satisfied: bool
    step: str

    def to_json(self) -> dict[str, object]:
        return {"source": self.term.source, "target": self.term.target, "satisfied": self.satisfied, "step": self.step}


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


class Enforcer:
    """Runs the enforcement steps over a backend for many segments at once."""

    def __init__(self, backend: Backend, matcher_en: Matcher, *, n_best: int = 4, use_prefix: bool = True):
        self.backend = backend
        self.matcher_en = matcher_en
        self.n_best = max(1, n_best)
        self.use_prefix = use_prefix

    def run(
        self,
        segments: Sequence[str],
        required: Sequence[Sequence[RequiredTerm]],
        progress: ProgressFn | None = None,
    ) -> list[SegmentResult]:
        """Translate ``segments`` (``required[i]`` for segment ``i``) and enforce their terms."""
        plain = [i for i, r in enumerate(required) if not r and segments[i].strip()]
        termed = [i for i, r in enumerate(required) if r and segments[i].strip()]
        results: list[SegmentResult | None] = [None] * len(segments)
        for i, seg in enumerate(segments):
            if not seg.strip():
                results[i] = SegmentResult(seg, "")
        if plain:
            for i, hyps in zip(plain, self._translate([segments[i] for i in plain], 1, progress)):
                results[i] = SegmentResult(segments[i], hyps[0].text if hyps else "")
        if termed:
            nbest = self._translate([segments[i] for i in termed], self.n_best, progress)
            states = [self._select(segments[i], required[i], hyps) for i, hyps in zip(termed, nbest)]
            if self.use_prefix:
                self._prefix_rounds(states)
            for i, state in zip(termed, states):
                results[i] = state.finish(self.matcher_en)
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

    # -- step 3: prefix re-decoding ------------------------------------------------------------
    def _prefix_rounds(self, states: list["_State"]) -> None:
        locate_batch = getattr(self.backend, "locate_batch", None)
        for _ in range(max((len(s.required) for s in states), default=0)):
            wanted = [(state, state.next_missing(self.matcher_en)) for state in states]
            wanted = [(state, j) for state, j in wanted if j is not None]
            if not wanted:
                return
            items = [(st.segment, st.hyp, st.required[j].start, st.required[j].end) for st, j in wanted]
            if locate_batch is not None:
                positions = locate_batch(items)
            else:
                positions = [self.backend.locate(*item) for item in items]
            todo: list[tuple[_State, int, str]] = []
            for (state, j), pos in zip(wanted, positions):
                term = state.required[j]
                text = state.hyp.text
                if pos is None:
                    pos = _proportional(term.start, len(state.segment), text)
                pos = min(max(pos, state.forced_len), len(text))
                head = text[:pos].rstrip()
                prefix = f"{head} {term.target}" if head else _capitalise(term.target, text)
                state.tried.add(j)
                todo.append((state, j, prefix))
            if not todo:
                return
            completed = self.backend.complete([s.segment for s, _, _ in todo], [p for _, _, p in todo])
            for (state, j, prefix), hyp in zip(todo, completed):
                state.hyp = hyp
                state.forced_len = len(prefix)
                state.origin[j] = "prefix"


def _proportional(src_pos: int, src_len: int, text: str) -> int:
    """No alignment: the word start in ``text`` at the same relative position as in the source."""
    pos = round(len(text) * src_pos / max(1, src_len))
    while 0 < pos < len(text) and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _capitalise(target: str, text: str) -> str:
    """A sentence-initial forced term takes a capital letter."""
    return target[:1].upper() + target[1:] if target[:1].islower() else target


@dataclass
class _State:
    segment: str
    required: list[RequiredTerm]
    hyp: Hypothesis = field(default_factory=lambda: Hypothesis("", 0.0))
    origin: dict[int, str] = field(default_factory=dict)
    tried: set[int] = field(default_factory=set)
    forced_len: int = 0

    def next_missing(self, matcher_en: Matcher) -> int | None:
        fixed = satisfied(self.required, postedit(self.hyp.text, self.required, matcher_en))
        missing = [j for j, ok in enumerate(fixed) if not ok and j not in self.tried]
        return min(missing, key=lambda j: self.required[j].start) if missing else None

    def finish(self, matcher_en: Matcher) -> SegmentResult:
        raw = self.hyp.text
        text = postedit(raw, self.required, matcher_en)
        direct = satisfied(self.required, raw)
        final = satisfied(self.required, text)
        terms = []
        for j, term in enumerate(self.required):
            if not final[j]:
                terms.append(TermResult(term, False, "none"))
                continue
            step = self.origin.get(j)
            if not direct[j]:
                step = "postedit"
            elif step is None or step == "postedit":
                step = "prefix"  # present only since a prefix re-decode
            terms.append(TermResult(term, True, step))
        return SegmentResult(self.segment, text, terms)
