"""The checker's rules: ONE table of rule ids, default severities, descriptions, fixability and the
kind (class, one small module each) that finds them.

A kind is a :class:`~vnterm.check.rules.base.RuleKind`: it says what it reads (matcher hits, the
text, the bilingual pairs) and yields findings. Adding a rule is a module and a row here.
Glossary terms, house-style spellings, title abbreviations and "Viet Nam" are compiled into ONE
matcher automaton by the :class:`~vnterm.check.engine.Checker`, so adding rules or glossary
entries never adds a pass over the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from .base import Context, Hits, RawFinding, RuleKind, match_case
from .bilingual import KeyTerms, SourceNames
from .bodies import LocalBodies
from .commissions import CommissionNames
from .compounds import Compounds
from .consistency import TermConsistency
from .country import CountryName
from .dated import DatedTerms
from .heads import HeadTitles
from .legal import LegalRefs
from .names import NameDiacritics
from .spelling import Spelling
from .tables import LOCAL_BODIES, TITLE_FORMS, spelling_pairs
from .variants import AdmittedTerms, FlaggedTerms

__all__ = [
    "SEVERITIES", "SEVERITY_RANK", "Rule", "RULES", "KINDS", "Context", "Hits", "RawFinding", "RuleKind",
    "match_case", "LOCAL_BODIES", "TITLE_FORMS", "spelling_pairs",
]

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK = {"error": 3, "warning": 2, "info": 1, "none": 0}


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule: its id, default severity, one-line description, whether ``--fix`` may apply its
    findings, and the kind that finds it."""

    id: str
    severity: str
    description: str
    fixable: bool
    kind: type[RuleKind]


RULES: dict[str, Rule] = {
    r.id: r
    for r in (
        Rule("term-deprecated", "error", "A deprecated or forbidden variant of a glossary term; use the preferred form.",
             True, FlaggedTerms),
        Rule("term-dated", "warning", "A body the glossary marks dissolved or renamed, named for an event dated after the change.",
             False, DatedTerms),
        Rule("term-admitted", "warning", "An admitted variant where house style asks for the preferred form (admitted = \"prefer\").",
             True, AdmittedTerms),
        Rule("term-inconsistent", "warning", "One glossary concept rendered two ways in one document.",
             True, TermConsistency),
        Rule("compound-inconsistent", "warning", "One compound written two ways in one document (two-tier / two-tiered, Ha Noi / Hanoi).",
             True, Compounds),
        Rule("name-diacritics", "warning", "A Vietnamese name written against the house style for diacritics, or both ways in one document.",
             True, NameDiacritics),
        Rule("legal-ref", "warning", "A legal reference not in house form (Decree No. 58/2022/ND-CP).",
             True, LegalRefs),
        Rule("title-form", "warning", "A title or body name not in house form (Deputy FM, People's Committee of Hai Phong).",
             True, LocalBodies),
        Rule("viet-nam", "warning", "\"Viet Nam\" or \"Vietnam\", as the house style says.",
             True, CountryName),
        Rule("spelling", "warning", "British and American spelling mixed, or against the house style.",
             True, Spelling),
        Rule("key-term", "error", "Bilingual: a glossary term in the source line lacks its English term in the target.",
             False, KeyTerms),
        Rule("source-name", "warning", "Bilingual: a person named in the source does not appear (romanised) in the target.",
             False, SourceNames),
    )
}

#: every kind, in the order the checker runs them (a kind may yield several rule ids:
#: the built-in title abbreviations are ``title-form`` findings of :class:`FlaggedTerms`, and a
#: Party commission named a "Committee" is a term-* finding of :class:`CommissionNames`)
KINDS: tuple[type[RuleKind], ...] = (
    FlaggedTerms, CommissionNames, DatedTerms, AdmittedTerms, CountryName, TermConsistency, Spelling, NameDiacritics, LegalRefs, LocalBodies,
    HeadTitles, Compounds, KeyTerms, SourceNames,
)
