"""Semantic validation of a glossary: conflicts that a row-by-row parse cannot see."""

from __future__ import annotations

import re

from ..errors import GlossaryError
from ..text import fold_key, mark_key
from .model import Glossary


def _contains(haystack: str, needle: str) -> bool:
    """Token-bounded containment of folded keys ("two tier" in "the two tier model")."""
    return re.search(r"(?<![\w])" + re.escape(needle) + r"(?![\w])", haystack) is not None


def validate(glossary: Glossary) -> list[GlossaryError]:
    """Return every problem found (empty when the glossary is sound). Each names a file and line.

    Checks: one preferred term per concept and language; no term repeated in a concept; no variant
    that is contained in (or equal, up to case/diacritics/punctuation, to) its own preferred form,
    which would flag correct copy forever; no term preferred in one concept but deprecated or
    forbidden in another (same language).
    """
    problems: list[GlossaryError] = []
    preferred_where: dict[tuple[str, str], tuple[str, int | None, str | None]] = {}
    flagged_where: dict[tuple[str, str], list[tuple[str, int | None, str | None, str]]] = {}
    for concept in glossary:
        path = concept.path
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
