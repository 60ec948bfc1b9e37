"""Term-pair extraction from sentence-aligned Vietnamese/English text.

1. Tokenise both sides; Vietnamese word boundaries (and entities) come from the segmenter.
2. Anchors: glossary terms found on both sides of a line (same concept) are linked to each other and
   to nothing else; the glossary's own term pairs are added to the training data.
3. Train IBM Model 1 in both directions (EM), with a diagonal prior and a cognate boost.
4. For every Vietnamese candidate span V and English candidate span E of a line, the probability
   that the pair is *consistent* with the word links: every content word of E links inside V and
   every other content word links outside it, and the same from the Vietnamese side. This is the
   phrase-pair posterior of the IBM models, computed for all span pairs of a line at once, times
   a shape prior of each span (:func:`english_prior`, :func:`vietnamese_prior`).
5. Over the corpus, the pair's soft count (the sum of those probabilities, at a temperature) is
   compared with how often V and E occur at all: score = 2·soft count / (count(V) + count(E)), a
   Dice coefficient over aligned occurrences. Candidates for each V are ranked by that score.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from ..errors import InputError
from ..glossary.model import Glossary
from .ibm1 import Model1, Sentence
from .segment import Analyzer, Entity
from .tokens import (
    Side,
    cognate,
    english_prior,
    english_side,
    spans,
    vietnamese_prior,
    vietnamese_side,
)

#: Longest candidate spans, in Vietnamese syllables and English words.
MAX_VI = 10
MAX_EN = 10
#: Lines with more words than this are refused (the span tables grow with the square).
MAX_TOKENS = 400
#: Candidate English spans kept per Vietnamese span and line before aggregation.
KEEP_PER_LINE = 12
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class Options:
    """Tuning knobs of :func:`extract` (the defaults are what the benchmark measures)."""

    iterations: int = 10
    diagonal: float = 1.0
    cognate_boost: float = 20.0
    max_vi: int = MAX_VI
    max_en: int = MAX_EN
    smoothing: float = 0.0
    shape_prior: bool = True
    temperature: float = 4.0
    null_weight: float = 1.0


@dataclass(slots=True)
class Anchor:
    vi: tuple[int, int]
    en: tuple[int, int]
    concept: str


@dataclass(slots=True)
class Line:
    number: int
    vi_raw: str
    en_raw: str
    vi: Side
    en: Side
    entities: list[Entity] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)


@dataclass(slots=True)
class PairStats:
    soft: float = 0.0
    count: int = 0
    best: float = -1.0
    example: int = 0
    vi_forms: dict[str, int] = field(default_factory=dict)
    en_forms: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class Candidate:
    """One candidate term pair."""

    vi: str
    en: str
    score: float
    count: int
    vi_count: int
    en_count: int
    rank: int
    line: int
    example_vi: str
    example_en: str
    entity: str | None = None
    known: str | None = None

    @property
    def salience(self) -> float:
        """The order of the review list: the score, weighted towards what looks like a term
        (a recognised entity, a capitalised name, a code or number, or a multi-word phrase seen
        more than once) and away from single common words ("mới" → "new")."""
        words = self.vi.split()
        if self.entity or any(w[:1].isupper() or any(ch.isdigit() for ch in w) for w in words):
            shape = 1.0
        elif len(words) >= 3:
            shape = 0.8
        elif len(words) == 2:
            shape = 0.6
        else:
            shape = 0.3
        seen = 1.0 - 0.5 ** self.count
        return self.score * shape * seen

    def to_json(self) -> dict[str, object]:
        return {
            "vi": self.vi,
            "en": self.en,
            "score": round(self.score, 4),
            "count": self.count,
            "rank": self.rank,
            "vi_count": self.vi_count,
            "en_count": self.en_count,
            "entity": self.entity,
            "known": self.known,
            "example": {"line": self.line, "vi": self.example_vi, "en": self.example_en},
        }


def _token_range(side: Side, start: int, end: int) -> tuple[int, int] | None:
    idx = [i for i, t in enumerate(side.tokens) if t.start < end and t.end > start]
    return (idx[0], idx[-1] + 1) if idx else None


def find_anchors(lines: list[Line], glossary: Glossary) -> None:
    """Link glossary terms that occur on both sides of a line (same concept), in order of position."""
    from ..glossary.matcher import Matcher

    vi_matcher = Matcher(glossary, langs=["vi"])
    en_matcher = Matcher(glossary, langs=["en"])
    for line in lines:
        vi_hits: dict[str, list[tuple[int, int]]] = {}
        en_hits: dict[str, list[tuple[int, int]]] = {}
        for m in vi_matcher.find(line.vi.text, lang="vi"):
            r = _token_range(line.vi, m.start, m.end)
            if r:
                vi_hits.setdefault(m.concept.id, []).append(r)
        for m in en_matcher.find(line.en.text, lang="en"):
            r = _token_range(line.en, m.start, m.end)
            if r:
                en_hits.setdefault(m.concept.id, []).append(r)
        nv, ne = max(1, len(line.vi.tokens)), max(1, len(line.en.tokens))
        for cid, vs in vi_hits.items():
            es = list(en_hits.get(cid, ()))
            if not es:
                continue
            for v in sorted(vs, key=lambda r: r[0]):
                if not es:
                    break
                best = min(es, key=lambda r: abs(r[0] / ne - v[0] / nv))
                es.remove(best)
                line.anchors.append(Anchor(v, best, cid))


def _vocab(keys: dict[str, int], key: str) -> int:
    i = keys.get(key)
    if i is None:
        i = keys[key] = len(keys)
    return i


def _weights(
    src: Side, tgt: Side, anchors: list[tuple[tuple[int, int], tuple[int, int]]], opts: Options, cog: np.ndarray
) -> np.ndarray:
    """Prior weights [len(tgt), len(src)+1]: diagonal prior × cognate boost × anchor constraints."""
    ns, nt = len(src.tokens), len(tgt.tokens)
    w = np.ones((nt, ns + 1))
    w[:, 0] = opts.null_weight
    if ns and nt:
        i = (np.arange(ns) + 0.5) / ns
        j = (np.arange(nt) + 0.5) / nt
        w[:, 1:] = np.exp(-opts.diagonal * np.abs(j[:, None] - i[None, :]))
        w[:, 1:] *= np.where(cog, opts.cognate_boost, 1.0)
    if anchors:
        src_anchor = np.full(ns, -1)
        tgt_anchor = np.full(nt, -1)
        for k, (s_rng, t_rng) in enumerate(anchors):
            src_anchor[s_rng[0] : s_rng[1]] = k
            tgt_anchor[t_rng[0] : t_rng[1]] = k
        allowed = tgt_anchor[:, None] == src_anchor[None, :]
        w[:, 1:] *= allowed
        w[tgt_anchor >= 0, 0] = 0.0  # an anchored word links inside its anchor, not to NULL
    return w


def _content(side: Side) -> np.ndarray:
    return np.array([not t.stop for t in side.tokens], dtype=bool)


def _span_scores(post: np.ndarray, src_spans: np.ndarray, tgt_spans: np.ndarray, tgt_content: np.ndarray) -> np.ndarray:
    """log P(consistent) from one direction: [len(src_spans), len(tgt_spans)].

    ``post`` is [n_tgt, n_src+1]; a target word inside the target span must link inside the source
    span, a content word outside it must link outside.
    """
    links = post[:, 1:]
    nt = links.shape[0]
    cum = np.concatenate([np.zeros((nt, 1)), np.cumsum(links, axis=1)], axis=1)  # [nt, ns+1]
    inside = (cum[:, src_spans[:, 1]] - cum[:, src_spans[:, 0]]).T  # [S, nt]
    inside = np.clip(inside, 0.0, 1.0)
    mask = tgt_content.astype(np.float64)
    log_in = np.log(inside + _EPS) * mask
    log_out = np.log(1.0 - inside + _EPS) * mask
    p_in = np.concatenate([np.zeros((len(src_spans), 1)), np.cumsum(log_in, axis=1)], axis=1)
    p_out = np.concatenate([np.zeros((len(src_spans), 1)), np.cumsum(log_out, axis=1)], axis=1)
    a, b = tgt_spans[:, 0], tgt_spans[:, 1]
    s_in = p_in[:, b] - p_in[:, a]
    s_out = p_out[:, -1:] - (p_out[:, b] - p_out[:, a])
    return s_in + s_out


def prepare(
    vi_lines: Sequence[str],
    en_lines: Sequence[str],
    analyzer: Analyzer,
    *,
    vi_name: str = "<vi>",
    en_name: str = "<en>",
    first: int = 1,
) -> list[Line]:
    """Tokenise and segment the line pairs (empty pairs are skipped; their numbers are kept, counted
    from ``first``: a later chunk of the files)."""
    out: list[Line] = []
    for n, (v, e) in enumerate(zip(vi_lines, en_lines), start=first):
        if not v.strip() and not e.strip():
            continue
        for text, name in ((v, vi_name), (e, en_name)):
            words = len(text.split())
            if words > MAX_TOKENS:
                raise InputError(
                    f"line too long to align ({words} words, at most {MAX_TOKENS}); split it into sentences",
                    name,
                    n,
                )
        ana = analyzer(_nfc(v))
        vs = vietnamese_side(v, ana.words)
        es = english_side(e)
        out.append(Line(n, v, e, vs, es, list(ana.entities)))
    return out


def _nfc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFC", text)


def extract(
    lines: list[Line],
    glossary: Glossary | None,
    *,
    top: int = 5,
    opts: Options = Options(),
) -> list[Candidate]:
    """Candidate pairs: for each Vietnamese span, its ``top`` English spans, best first."""
    if glossary is not None and len(glossary):
        find_anchors(lines, glossary)
    vi_vocab: dict[str, int] = {}
    en_vocab: dict[str, int] = {}
    v_ids = [np.array([_vocab(vi_vocab, t.lex) for t in ln.vi.tokens], dtype=np.int64) for ln in lines]
    e_ids = [np.array([_vocab(en_vocab, t.lex) for t in ln.en.tokens], dtype=np.int64) for ln in lines]
    extra: list[tuple[np.ndarray, np.ndarray, Side, Side]] = []
    if glossary is not None:
        for concept in glossary:
            vis = [vietnamese_side(t.text, None) for t in concept.terms if t.lang == "vi"]
            ens = [english_side(t.text) for t in concept.terms if t.lang == "en"]
            for vs in vis:
                for es in ens:
                    if vs.tokens and es.tokens:
                        extra.append(
                            (
                                np.array([_vocab(vi_vocab, t.lex) for t in vs.tokens], dtype=np.int64),
                                np.array([_vocab(en_vocab, t.lex) for t in es.tokens], dtype=np.int64),
                                vs,
                                es,
                            )
                        )
    vi_keys = list(vi_vocab)
    en_keys = list(en_vocab)

    def cognates(vs: Side, es: Side) -> np.ndarray:
        return np.array(
            [[cognate(vt.key, et.key) for vt in vs.tokens] for et in es.tokens], dtype=bool
        ).reshape(len(es.tokens), len(vs.tokens))

    e2v: list[Sentence] = []
    v2e: list[Sentence] = []
    for ln, vi_ids, en_ids in zip(lines, v_ids, e_ids):
        cog = cognates(ln.vi, ln.en)
        anchors = [(a.vi, a.en) for a in ln.anchors]
        e2v.append(Sentence(vi_ids, en_ids, _weights(ln.vi, ln.en, anchors, opts, cog)))
        v2e.append(Sentence(en_ids, vi_ids, _weights(ln.en, ln.vi, [(b, a) for a, b in anchors], opts, cog.T)))
    for vi_ids, en_ids, vs, es in extra:
        cog = cognates(vs, es)
        e2v.append(Sentence(vi_ids, en_ids, _weights(vs, es, [], opts, cog)))
        v2e.append(Sentence(en_ids, vi_ids, _weights(es, vs, [], opts, cog.T)))
    m_e2v = Model1(e2v, len(vi_keys) + 1, len(en_keys), opts.iterations, opts.smoothing)
    m_v2e = Model1(v2e, len(en_keys) + 1, len(vi_keys), opts.iterations, opts.smoothing)

    stats: dict[tuple[str, str], PairStats] = {}
    vi_lines_of: dict[str, set[int]] = {}
    en_lines_of: dict[str, set[int]] = {}
    vi_entity: dict[str, str] = {}
    for idx, ln in enumerate(lines):
        vsp = spans(ln.vi, opts.max_vi)
        esp = spans(ln.en, opts.max_en)
        ent_spans: dict[tuple[int, int], Entity] = {}
        for ent in ln.entities:
            r = _token_range(ln.vi, ent.start, ent.end)
            if r and r[1] - r[0] <= opts.max_vi * 2:
                ent_spans[r] = ent
        vsp = sorted(set(vsp) | set(ent_spans))
        if not vsp or not esp:
            continue
        v_arr = np.array(vsp, dtype=np.int64)
        e_arr = np.array(esp, dtype=np.int64)
        s = _span_scores(m_e2v.posteriors(idx), v_arr, e_arr, _content(ln.en))
        s += _span_scores(m_v2e.posteriors(idx), e_arr, v_arr, _content(ln.vi)).T
        if opts.shape_prior:
            s += np.array([english_prior(ln.en, a, b) for a, b in esp])[None, :]
            s += np.array([vietnamese_prior(ln.vi, a, b) for a, b in vsp])[:, None]
        for r, ent in ent_spans.items():
            if ent.en:
                target = " ".join(ent.en.lower().split())
                row = vsp.index(r)
                for j, (a, b) in enumerate(esp):
                    if ln.en.span_text(a, b).lower() == target:
                        s[row, j] = max(s[row, j], 0.0)
        v_keys = [_span_key(ln.vi, a, b) for a, b in vsp]
        e_keys = [_span_key(ln.en, a, b) for a, b in esp]
        v_forms = [ln.vi.span_text(a, b) for a, b in vsp]
        e_forms = [ln.en.span_text(a, b) for a, b in esp]
        for k in set(v_keys):
            vi_lines_of.setdefault(k, set()).add(idx)
        for k in set(e_keys):
            en_lines_of.setdefault(k, set()).add(idx)
        for r, ent in ent_spans.items():
            vi_entity.setdefault(v_keys[vsp.index(r)], ent.type)
        keep = min(KEEP_PER_LINE, len(esp))
        best = np.argpartition(-s, keep - 1, axis=1)[:, :keep] if keep < len(esp) else np.tile(np.arange(len(esp)), (len(vsp), 1))
        seen: set[tuple[str, str]] = set()
        for i in range(len(vsp)):
            vk = v_keys[i]
            row = s[i]
            for j in best[i]:
                pair = (vk, e_keys[j])
                if pair in seen:
                    continue
                seen.add(pair)
                p = float(np.exp(row[j] / opts.temperature))
                st = stats.get(pair)
                if st is None:
                    st = stats[pair] = PairStats()
                st.soft += p
                st.count += 1
                if p > st.best:
                    st.best = p
                    st.example = idx
                vf = v_forms[i]
                ef = e_forms[j]
                st.vi_forms[vf] = st.vi_forms.get(vf, 0) + 1
                st.en_forms[ef] = st.en_forms.get(ef, 0) + 1

    known = _known_pairs(glossary) if glossary is not None else {}
    by_vi: dict[str, list[tuple[float, str, PairStats]]] = {}
    for (vk, ek), st in stats.items():
        cv, ce = len(vi_lines_of[vk]), len(en_lines_of[ek])
        cooc = len(vi_lines_of[vk] & en_lines_of[ek])
        st.count = cooc
        score = 2.0 * st.soft / (cv + ce)
        by_vi.setdefault(vk, []).append((score, ek, st))
    out: list[Candidate] = []
    for vk, items in by_vi.items():
        items.sort(key=lambda x: (-x[0], -x[2].count, x[1]))
        for rank, (score, ek, st) in enumerate(items[:top], start=1):
            ln = lines[st.example]
            out.append(
                Candidate(
                    vi=_display(st.vi_forms),
                    en=_display(st.en_forms),
                    score=score,
                    count=st.count,
                    vi_count=len(vi_lines_of[vk]),
                    en_count=len(en_lines_of[ek]),
                    rank=rank,
                    line=ln.number,
                    example_vi=ln.vi_raw,
                    example_en=ln.en_raw,
                    entity=vi_entity.get(vk),
                    known=known.get((_fold(vk), _fold(ek))),
                )
            )
    out.sort(key=lambda c: (-c.salience, -c.score, -c.count, c.vi, c.rank))
    return out


def _span_key(side: Side, a: int, b: int) -> str:
    return " ".join(t.key for t in side.tokens[a:b])


def _fold(text: str) -> str:
    from ..text import fold_key

    return fold_key(text)


def _known_pairs(glossary: Glossary) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for concept in glossary:
        vis = [t.text for t in concept.terms if t.lang == "vi"]
        ens = [t.text for t in concept.terms if t.lang == "en"]
        for v in vis:
            for e in ens:
                out.setdefault((_fold(v), _fold(e)), concept.id)
    return out


def _display(forms: dict[str, int]) -> str:
    """The most frequent surface form; on a tie, one that does not look sentence-initial."""
    return max(forms.items(), key=lambda kv: (kv[1], kv[0][:1].islower(), kv[0]))[0]


__all__ = ["Candidate", "Line", "Options", "extract", "prepare", "find_anchors"]
