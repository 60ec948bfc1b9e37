"""Semantic validation of a glossary: conflicts that a row-by-row parse cannot see."""

from __future__ import annotations

import datetime
import re

from ..errors import GlossaryError
from ..text import fold_key, mark_key
from .model import Concept, Glossary

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _contains(haystack: str, needle: str) -> bool:
    """Token-bounded containment of folded keys ("two tier" in "the two tier model")."""
    return re.search(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", haystack) is not None


def date_problem(value: str) -> str | None:
    """Why ``value`` is not an ISO date ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (None when it is)."""
    m = _DATE_RE.match(value)
    if not m:
        return "is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        datetime.date(year, month, day)
    except ValueError:
        return "is not a calendar date"
    return None


def _concept_problems(
    concept: Concept, glossary: Glossary, *, references: bool, require_source: bool
) -> list[GlossaryError]:
    """Concept-level checks of schema v2: source, dates, replaced_by, house styles."""
    from ..styles import STYLES

    out: list[GlossaryError] = []
    path, line = concept.path, concept.line
    if require_source and not concept.source.strip():
        out.append(GlossaryError(f"concept {concept.id!r} has no source", path, line))
    dates = {}
    for name in ("valid_from", "valid_to"):
        value = getattr(concept, name)
        if not value:
            continue
        why = date_problem(value)
        if why:
            out.append(GlossaryError(f"concept {concept.id!r}: {name} {value!r} {why}", path, line))
        else:
            dates[name] = value
    if len(dates) == 2:
        start, end = dates["valid_from"], dates["valid_to"]
        n = min(len(start), len(end))
        if end[:n] < start[:n]:
            out.append(
                GlossaryError(f"concept {concept.id!r}: valid_to {end} is before valid_from {start}", path, line)
            )
    if concept.replaced_by:
        if concept.replaced_by == concept.id:
            out.append(GlossaryError(f"concept {concept.id!r} is replaced_by itself", path, line))
        elif references and concept.replaced_by not in glossary:
            out.append(
                GlossaryError(
                    f"concept {concept.id!r}: replaced_by {concept.replaced_by!r} names no concept", path, line
                )
            )
    for term in concept.terms:
        for style in term.styles:
            if style not in STYLES:
                out.append(
                    GlossaryError(
                        f"unknown house style {style!r} on term {term.text!r} (known: {', '.join(STYLES)})",
                        path,
                        term.line,
                    )
                )
            elif term.is_flagged:
                out.append(
                    GlossaryError(
                        f"{term.status} term {term.text!r} names house style {style!r}: "
                        "a style can prefer only a preferred or admitted term",
                        path,
                        term.line,
                    )
                )
    return out


def validate(glossary: Glossary, *, references: bool = True, require_source: bool = False) -> list[GlossaryError]:
    """Return every problem found (empty when the glossary is sound). Each names a file and line.

    Checks: one preferred term per concept and language; no term repeated in a concept; no variant
    that is contained in (or equal, up to case/diacritics/punctuation, to) its own preferred form,
    which would flag correct copy forever; no term preferred in one concept but deprecated or
    forbidden in another (same language). Schema v2: house styles are known ids and name no
    deprecated or forbidden term; ``valid_from``/``valid_to`` are ISO dates in order; with
    ``references``, ``replaced_by`` names a concept of the glossary; with ``require_source``, every
    concept has a source.
    """
    problems: list[GlossaryError] = []
    preferred_where: dict[tuple[str, str], tuple[str, int | None, str | None]] = {}
    flagged_where: dict[tuple[str, str], list[tuple[str, int | None, str | None, str]]] = {}
    for concept in glossary:
        path = concept.path
        problems.extend(_concept_problems(concept, glossary, references=references, require_source=require_source))
        by_lang: dict[str, list] = {}
        for term in concept.terms:
            by_lang.setdefault(term.lang, []).append(term)
        for lang, terms in by_lang.items():
            preferred = [t for t in terms if t.status == "preferred"]
            if len(preferred) > 1:
                problems.append(
                    GlossaryError(
                        f"concept {concept.id!r} has {len(preferred)} preferred {lang} terms "
                        f"({', '.join(repr(t.text) for t in preferred)}); mark all but one admitted",
                        path,
                        preferred[1].line,
                    )
                )
            seen: dict[str, int | None] = {}
            for t in terms:
                key = mark_key(t.text) + ("\x00" + t.text if t.match != "fold" else "")
                if key in seen:
                    problems.append(
                        GlossaryError(
                            f"concept {concept.id!r} lists the {lang} term {t.text!r} twice (first on line {seen[key]})",
                            path,
                            t.line,
                        )
                    )
                seen[key] = t.line
            if preferred:
                p = preferred[0]
                p_key = fold_key(p.text)
                for t in terms:
                    if t is p or t.status == "preferred" or t.match != "fold":
                        continue
                    v_key = fold_key(t.text)
                    if v_key == p_key:
                        problems.append(
                            GlossaryError(
                                f"{t.status} variant {t.text!r} differs from the preferred {p.text!r} only in case, "
                                "diacritics or punctuation, which matching ignores; drop it or set its match column",
                                path,
                                t.line,
                            )
                        )
                    elif t.is_flagged and _contains(p_key, v_key):
                        problems.append(
                            GlossaryError(
                                f"{t.status} variant {t.text!r} is contained in its own preferred form {p.text!r}: "
                                "correct copy would be flagged",
                                path,
                                t.line,
                            )
                        )
        for term in concept.terms:
            key = (term.lang, mark_key(term.text))
            if term.status == "preferred":
                preferred_where.setdefault(key, (concept.id, term.line, path))
            elif term.is_flagged:
                flagged_where.setdefault(key, []).append((concept.id, term.line, path, term.status))
    for key, flagged in flagged_where.items():
        if key in preferred_where:
            pid, pline, ppath = preferred_where[key]
            for cid, line, path, status in flagged:
                if cid == pid:
                    continue
                problems.append(
                    GlossaryError(
                        f"{key[0]} term {key[1]!r} is {status} in concept {cid!r} but preferred in concept {pid!r} "
                        f"({ppath}:{pline})",
                        path,
                        line,
                    )
                )
    problems.sort(key=lambda p: (p.path or "", p.line or 0))
    return problems
