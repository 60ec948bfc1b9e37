"""What every rule kind shares: the finding it yields, the per-document context it reads, its interface.

A rule kind is a small class with one job. It says what it needs (``needs``: the folded text's
matcher hits, the text itself, the bilingual pairs) and yields :class:`RawFinding` rows (spans of
``Document.text``); the :class:`~vnterm.check.engine.Checker` runs the kinds whose rules are on,
maps the rows to :class:`~vnterm.check.engine.Finding` and settles overlaps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, ClassVar

from ...glossary.matcher import Match
from ...text import fold_key

if TYPE_CHECKING:  # pragma: no cover
    from ..config import CheckConfig
    from ..documents import Pair
    from ..engine import Checker

__all__ = ["RawFinding", "Hits", "Context", "RuleKind", "match_case", "cid_of", "fold_cached"]


@dataclass(slots=True)
class RawFinding:
    """A finding before positions are mapped: offsets into ``Document.text``."""

    start: int
    end: int
    rule: str
    found: str
    expected: str
    concept: str | None
    message: str
    fixable: bool


@dataclass(slots=True)
class Hits:
    """The matcher hits a document's rules may act on, after the checker's shared decisions
    (brand names, another country's titles, a flagged span that is a good term elsewhere) and
    sorted by the kind of concept they belong to."""

    #: glossary terms that are neither flagged nor the country's name: admitted, preferred, abbreviations
    terms: list[Match] = field(default_factory=list)
    #: deprecated or forbidden variants, and the built-in title abbreviations ("Deputy FM")
    flagged: list[Match] = field(default_factory=list)
    #: "Viet Nam" / "Vietnam"
    country: list[Match] = field(default_factory=list)
    #: British/American spelling pairs
    spelling: list[Match] = field(default_factory=list)
    #: every hit above, in text order
    accepted: list[Match] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """One document as the rules see it."""

    text: str
    config: "CheckConfig"
    checker: "Checker"
    hits: Hits
    pairs: list["Pair"] = field(default_factory=list)
    #: the document's date (ISO), when known
    date: str | None = None
    #: what several kinds compute once per document (e.g. the anchors of legal references and bodies)
    cache: dict[str, object] = field(default_factory=dict)
    #: where ``text`` starts in the whole document's text: 0, unless the document is checked
    #: segment by segment (:meth:`RuleKind.gather` / :meth:`RuleKind.emit`)
    offset: int = 0


class RuleKind:
    """One kind of rule. Subclasses set ``yields`` and ``needs`` and implement :meth:`run`.

    A long document is checked segment by segment (blank-line separated runs of paragraphs), so
    that memory does not grow with its length: first :meth:`gather` on every segment in order
    (``passes`` times, the pass number given), then :meth:`emit` on every segment. A kind whose
    findings in a paragraph depend on nothing outside it sets ``local``; a kind with a
    document-wide decision (a majority, a first mention) keeps what it needs in ``state`` (one
    dict per document) and sets ``streams``. A kind with neither is only ever run whole.
    """

    #: rule ids this kind can yield (each has a row in :data:`vnterm.check.rules.RULES`)
    yields: ClassVar[tuple[str, ...]] = ()
    #: what it reads: "hits" (matcher hits), "text", "pairs" (bilingual units)
    needs: ClassVar[frozenset[str]] = frozenset()
    #: True when the findings in one segment depend on that segment alone
    local: ClassVar[bool] = False
    #: True when :meth:`gather` and :meth:`emit` are implemented (document-wide state)
    streams: ClassVar[bool] = False
    #: how many gather passes over the document :meth:`emit` needs
    passes: ClassVar[int] = 1

    def __init__(self, checker: "Checker") -> None:
        self.checker = checker

    def run(self, ctx: Context) -> list[RawFinding]:
        """The findings of a whole document: every gather pass, then :meth:`emit`."""
        state: dict = {}
        for p in range(self.passes):
            self.gather(ctx, state, p)
        return self.emit(ctx, state)

    def gathers_hits(self, pass_no: int) -> bool:
        """True when :meth:`gather` pass ``pass_no`` reads the matcher hits."""
        return "hits" in self.needs

    def gather(self, ctx: Context, state: dict, pass_no: int = 0) -> None:
        """Add what the segment ``ctx`` tells about the document to ``state`` (pass ``pass_no``)."""

    def emit(self, ctx: Context, state: dict) -> list[RawFinding]:  # pragma: no cover - interface
        """The findings in the segment ``ctx`` after every segment was gathered into ``state``."""
        raise NotImplementedError


def match_case(found: str, expected: str) -> str:
    """``expected`` with the capitalisation of ``found`` where that is unambiguous."""
    if not found or not expected:
        return expected
    if found.isupper() and len(found) > 1 and not expected.isupper():
        if " " not in found and " " in expected and found.lower() != expected.replace(" ", "").lower():
            return expected  # an abbreviation written out ("FM" → "Minister of Foreign Affairs"), not shouting
        return expected.upper()
    if found[0].isupper() and expected[0].islower():
        return expected[0].upper() + expected[1:]
    if found.islower() and expected[0].isupper() and expected[1:].islower():
        return expected.lower()
    return expected


def cid_of(cid: str) -> str | None:
    """The concept id a finding reports: None for the checker's synthetic concepts."""
    return None if cid.startswith(("house:", "title:", "spell:")) else cid


@lru_cache(maxsize=65536)
def fold_cached(text: str) -> str:
    return fold_key(text)
