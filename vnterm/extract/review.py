"""The review file: candidate pairs as a TSV a terminologist edits, and merging it into a glossary.

Layout (``#`` lines are comments; the header names the columns, in any order)::

    # vnterm-review v1
    accept	vi	en	concept	status	domain	score	count	rank	known	entity	line	example_vi	example_en
    	Sở Ngoại vụ	Department of Foreign Affairs			org	0.8123	7	1			1	...	...

Only ``accept``, ``vi`` and ``en`` are required. ``accept``: ``y``/``yes``/``x``/``1``/``true`` takes
the row, empty or ``n``/``no``/``0``/``false`` skips it. ``concept`` names the concept to add to (empty:
the concept that already holds the Vietnamese or English term, else a new concept named after the
English term); ``status`` is the status of the added terms (empty: ``preferred`` when the concept has
no preferred term in that language yet, else ``admitted``); ``domain`` is used for new concepts.

Merging appends rows to the glossary file (its comments and layout stay as they are), parses and
validates the result exactly as loading would, and only then replaces the file, atomically. On any
problem nothing is written and the error names the review row (or the glossary line) at fault.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import GlossaryError, GlossaryValidationError, InputError
from ..glossary.model import DOMAINS, STATUSES, Glossary
from ..text import fold_key
from ..textio import atomic_write_text, read_text, split_lines

MAGIC = "# vnterm-review v1"
COLUMNS = (
    "accept", "vi", "en", "concept", "status", "domain", "score", "count", "rank", "known", "entity",
    "line", "example_vi", "example_en",
)
REQUIRED = ("accept", "vi", "en")
_YES = {"y", "yes", "x", "1", "true", "ok", "✓"}
_NO = {"", "n", "no", "0", "false", "-"}
_ENTITY_DOMAIN = {"ORG": "org", "TITLE": "title", "LOC": "place", "LEGAL_REF": "legal", "PERSON": "person"}


def _cell(value: object) -> str:
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def dumps_review(candidates: Iterable) -> str:
    """The review TSV for ``candidates`` (objects as returned by :func:`vnterm.extract.extract_pairs`)."""
    out = [MAGIC, "\t".join(COLUMNS)]
    for c in candidates:
        row = {
            "accept": "",
            "vi": c.vi,
            "en": c.en,
            "concept": c.known or "",
            "status": "",
            "domain": _ENTITY_DOMAIN.get(c.entity or "", ""),
            "score": f"{c.score:.4f}",
            "count": c.count,
            "rank": c.rank,
            "known": c.known or "",
            "entity": c.entity or "",
            "line": c.line,
            "example_vi": c.example_vi,
            "example_en": c.example_en,
        }
        out.append("\t".join(_cell(row[k]) for k in COLUMNS))
    return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """An accepted row of a review file."""

    line: int
    vi: str
    en: str
    concept: str
    status: str
    domain: str


def loads_review(text: str, path: str = "<review>") -> list[ReviewRow]:
    """The accepted rows of a review file; raise InputError naming the line of any bad row."""
    lines = split_lines(text)
    header: list[str] | None = None
    rows: list[ReviewRow] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [h.strip().lower() for h in cells]
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise InputError(
                    f"not a review file: missing column(s) {', '.join(missing)} "
                    f"(write one with 'vnterm glossary extract -o FILE')",
                    path,
                    number,
                )
            continue
        if len(cells) > len(header):
            raise InputError(f"malformed row: {len(cells)} fields, the header has {len(header)}", path, number)
        cells += [""] * (len(header) - len(cells))
        row = {h: c.strip() for h, c in zip(header, cells)}
        accept = row["accept"].lower()
        if accept in _NO:
            continue
        if accept not in _YES:
            raise InputError(f"accept must be y/yes/x/1 or empty/n/no, not {row['accept']!r}", path, number)
        vi, en = row["vi"], row["en"]
        if not vi or not en:
            raise InputError("an accepted row needs both a vi and an en term", path, number)
        status = row.get("status", "")
        if status and status not in STATUSES:
            raise InputError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})", path, number)
        domain = row.get("domain", "")
        if domain and domain not in DOMAINS:
            raise InputError(f"unknown domain {domain!r} (expected one of {', '.join(DOMAINS)})", path, number)
        rows.append(ReviewRow(number, vi, en, row.get("concept", ""), status, domain))
    if header is None:
        raise InputError("review file is empty", path)
    return rows


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "_", fold_key(text)).strip("_")
    return s[:60].rstrip("_") or "term"


@dataclass(frozen=True, slots=True)
class MergeResult:
    added: int  # terms added
    concepts: int  # new concepts
    skipped: int  # accepted rows whose terms were all present already
    text: str  # the new glossary text


def plan_merge(glossary_path: str | Path, review_path: str | Path) -> MergeResult:
    """Compute the merged glossary text and validate it; nothing is written. Raises on any problem."""
    from ..glossary.loader import load_glossary
    from ..glossary.tsv import ALL_COLUMNS, loads_tsv
    from ..glossary.validate import validate

    gpath = str(glossary_path)
    if Path(gpath).suffix.lower() != ".tsv":
        raise GlossaryError("--merge writes the canonical TSV glossary; convert it first (vnterm glossary convert)", gpath)
    glossary = load_glossary(gpath, check=True)  # a glossary that fails validation is refused as is
    rpath = "<stdin>" if str(review_path) == "-" else str(review_path)
    accepted = loads_review(read_text(review_path), rpath)
    original = read_text(gpath)
    header = _header_columns(original)
    vi_index, en_index = _term_index(glossary)
    used_ids = set(glossary.concepts)
    new_rows: list[tuple[int, dict[str, str]]] = []  # (review line, row)
    pending: dict[str, dict[str, list[str]]] = {}  # concept → lang → terms added so far
    preferred: dict[tuple[str, str], bool] = {
        (c.id, lang): c.preferred(lang) is not None and c.terms_for(lang)[0].status == "preferred"
        for c in glossary
        for lang in ("vi", "en")
    }
    added = concepts = skipped = 0
    for row in accepted:
        vkey, ekey = fold_key(row.vi), fold_key(row.en)
        cid = row.concept
        if cid:
            if cid not in glossary and cid not in pending:
                if not re.match(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$", cid):
                    raise InputError(f"bad concept id {cid!r} (letters, digits, _ . : - only)", rpath, row.line)
        else:
            v_owner, e_owner = vi_index.get(vkey), en_index.get(ekey)
            if v_owner and e_owner and v_owner != e_owner:
                raise InputError(
                    f"{row.vi!r} belongs to concept {v_owner!r} but {row.en!r} to {e_owner!r}; "
                    "name the concept in the concept column",
                    rpath,
                    row.line,
                )
            cid = v_owner or e_owner or ""
            if not cid:
                base = _slug(row.en)
                cid, n = base, 2
                while cid in used_ids:
                    cid, n = f"{base}_{n}", n + 1
        is_new = cid not in glossary and cid not in pending
        if is_new:
            used_ids.add(cid)
            concepts += 1
        have = pending.setdefault(cid, {"vi": [], "en": []})
        wrote = False
        for lang, term, key in (("vi", row.vi, vkey), ("en", row.en, ekey)):
            index = vi_index if lang == "vi" else en_index
            if index.get(key) == cid or key in (fold_key(t) for t in have[lang]):
                continue
            status = row.status or ("admitted" if preferred.get((cid, lang)) else "preferred")
            if status == "preferred":
                preferred[(cid, lang)] = True
            cells = {
                "concept": cid,
                "lang": lang,
                "status": status,
                "term": term,
                "domain": row.domain if is_new and not wrote else "",
                "source": f"extract: {Path(rpath).name}:{row.line}" if is_new and not wrote else "",
            }
            new_rows.append((row.line, cells))
            have[lang].append(term)
            index.setdefault(key, cid)  # later rows with the same term join this concept
            added += 1
            wrote = True
        if not wrote:
            skipped += 1
    body = original if original.endswith(("\n", "\r")) or not original else original + "\n"
    start = len(split_lines(body)) + 1
    line_map: dict[int, int] = {}
    extra: list[str] = []
    if new_rows:
        extra.append(f"# added by vnterm glossary extract --merge from {Path(rpath).name}")
        for i, (review_line, cells) in enumerate(new_rows):
            line_map[start + 1 + i] = review_line
            extra.append("\t".join(_cell(cells.get(c, "")) for c in header))
    text = body + ("\n".join(extra) + "\n" if extra else "")
    assert all(c in ALL_COLUMNS for c in header)
    try:
        merged = loads_tsv(text, gpath)
    except GlossaryValidationError as exc:
        raise GlossaryValidationError([_blame(p, line_map, rpath) for p in exc.problems]) from None
    except GlossaryError as exc:
        raise _blame(exc, line_map, rpath) from None
    problems = validate(merged)
    if problems:
        raise GlossaryValidationError([_blame(p, line_map, rpath) for p in problems])
    return MergeResult(added, concepts, skipped, text)


def merge_review(glossary_path: str | Path, review_path: str | Path, *, dry_run: bool = False) -> MergeResult:
    """Add the accepted rows of a review file to a TSV glossary, atomically (see :func:`plan_merge`)."""
    result = plan_merge(glossary_path, review_path)
    if not dry_run and result.added:
        atomic_write_text(glossary_path, result.text)
    return result


def _blame(problem: GlossaryError, line_map: dict[int, int], review: str) -> GlossaryError:
    """Point a problem on an appended row at the review row it came from."""
    if problem.line in line_map:
        return GlossaryError(f"accepting this row would make the glossary invalid: {problem.message}", review, line_map[problem.line])
    return problem


def _header_columns(text: str) -> list[str]:
    for line in split_lines(text)[1:]:
        if line.strip() and not line.lstrip().startswith("#"):
            return [h.strip() for h in line.split("\t")]
    return []


def _term_index(glossary: Glossary) -> tuple[dict[str, str], dict[str, str]]:
    vi: dict[str, str] = {}
    en: dict[str, str] = {}
    for concept, term in glossary.terms():
        if term.match != "fold":
            continue
        (vi if term.lang == "vi" else en).setdefault(fold_key(term.text), concept.id)
    return vi, en
