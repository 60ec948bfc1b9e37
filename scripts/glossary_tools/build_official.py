"""Build glossaries/official.tsv from the entry lists in this folder (entries_*.py).

Usage::

    .venv/bin/python scripts/glossary_tools/build_official.py            # write the TSV
    .venv/bin/python scripts/glossary_tools/build_official.py --check    # check; exit 1 if the TSV is out of date

The TSV is the source of truth that gets committed and reviewed; this script is a convenience for
writing many rows consistently. Entry syntax (one concept per header line, terms indented)::

    concept_id | domain | Vietnamese preferred | English preferred | source | note
        +  English admitted
        -  English deprecated
        !  English forbidden
        =  English acronym (admitted, match = case)
        v+ Vietnamese admitted
        v= Vietnamese abbreviation (admitted, match = case)
        v- Vietnamese deprecated

A term ending in `` @case`` or `` @exact`` gets that match mode.

A term may end with ``  ## note`` (the row's term_note). Generated variants: every English term
with "Viet Nam" gets a "Vietnam" twin (and "Ha Noi" a "Hanoi" twin) with the same status, and
British/US spelling twins (organisation/organization, defence/defense, ...) are added with the
same status, because the matcher does not treat them as equal.

Checks before writing: no fold key (case/diacritics/hyphen-insensitive) shared by two concepts,
then the project's own validator.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from vnterm.glossary.tsv import loads_tsv  # noqa: E402
from vnterm.glossary.validate import validate  # noqa: E402
from vnterm.text import fold_key  # noqa: E402

ALLOWED_DOMAINS = ("org", "title", "admin", "party", "legal", "policy", "place", "event")
COLUMNS = ("concept", "lang", "status", "term", "type", "match", "domain", "note", "source", "term_note")

MARKERS = {
    "+": ("en", "admitted", "", ""),
    "-": ("en", "deprecated", "", ""),
    "!": ("en", "forbidden", "", ""),
    "=": ("en", "admitted", "acronym", "case"),
    "v+": ("vi", "admitted", "", ""),
    "v=": ("vi", "admitted", "abbreviation", "case"),
    "v-": ("vi", "deprecated", "", ""),
}

# British -> US spellings of words that occur in official names and policy language.
SPELLING = {
    "organisation": "organization",
    "organisations": "organizations",
    "organisational": "organizational",
    "mobilisation": "mobilization",
    "modernisation": "modernization",
    "industrialisation": "industrialization",
    "multilateralisation": "multilateralization",
    "decentralisation": "decentralization",
    "realisation": "realization",
    "globalisation": "globalization",
    "normalisation": "normalization",
    "defence": "defense",
    "labour": "labor",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "neighbouring": "neighboring",
    "honour": "honor",
}
_US_TO_GB = {us: gb for gb, us in SPELLING.items()}


def _swap_spelling(text: str) -> str | None:
    """The other-spelling twin of ``text``, or None when it has no such word.

    One direction per text: British -> US when any British spelling occurs, otherwise US -> British
    ("International Labour Organization" -> "International Labor Organization", never a mix).
    """
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    table = SPELLING if words & SPELLING.keys() else _US_TO_GB

    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        other = table.get(low)
        if other is None:
            return word
        return other[0].upper() + other[1:] if word[0].isupper() else other

    out = re.sub(r"[A-Za-z]+", repl, text)
    return out if out != text else None


def _house_twins(text: str) -> list[tuple[str, str]]:
    """House-style twins: (variant, note)."""
    twins = []
    if "Viet Nam" in text:
        twins.append((text.replace("Viet Nam", "Vietnam"), "house style viet_nam = Vietnam"))
    if "Ha Noi" in text:
        twins.append((text.replace("Ha Noi", "Hanoi"), "closed-up spelling Hanoi (common in the media)"))
    return twins


def parse(text: str, origin: str) -> list[dict]:
    """Parse the entry syntax into concept dicts."""
    concepts: list[dict] = []
    current: dict | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{origin}:{number}"
        if not raw[0].isspace():
            parts = [p.strip() for p in line.split("|")]
            if len(parts) < 4:
                raise SystemExit(f"{where}: concept line needs id | domain | vi | en [| source | note]")
            parts += [""] * (6 - len(parts))
            cid, domain, vi, en, source, note = parts[:6]
            if domain not in ALLOWED_DOMAINS:
                raise SystemExit(f"{where}: unknown domain {domain!r}")
            if not source:
                raise SystemExit(f"{where}: concept {cid} has no source")
            current = {"id": cid, "domain": domain, "note": note, "source": source, "terms": []}
            current["terms"].append(_term("vi", "preferred", vi, "", "", ""))
            current["terms"].append(_term("en", "preferred", en, "", "", ""))
            concepts.append(current)
            continue
        if current is None:
            raise SystemExit(f"{where}: term line before any concept")
        body = line.strip()
        marker, _, rest = body.partition(" ")
        if marker not in MARKERS:
            raise SystemExit(f"{where}: unknown marker {marker!r}")
        lang, status, ttype, match = MARKERS[marker]
        term, _, tnote = rest.strip().partition("  ## ")
        current["terms"].append(_term(lang, status, term.strip(), ttype, match, tnote.strip()))
    return concepts


def _term(lang: str, status: str, text: str, ttype: str, match: str, note: str) -> dict:
    for mode in ("case", "exact"):
        if text.endswith(" @" + mode):
            text, match = text[: -len(mode) - 2].rstrip(), mode
    return {"lang": lang, "status": status, "term": text, "type": ttype, "match": match, "term_note": note}


def expand(concept: dict) -> None:
    """Add house-style and spelling twins (same status), skipping any the concept already has."""
    have = {(t["lang"], t["term"]) for t in concept["terms"]}
    keys = {(t["lang"], fold_key(t["term"]), t["match"]) for t in concept["terms"]}
    extra = []
    for t in list(concept["terms"]):
        if t["lang"] != "en" or t["match"]:
            continue
        candidates = list(_house_twins(t["term"]))
        spelled = _swap_spelling(t["term"])
        if spelled:
            candidates.append((spelled, "British/US spelling"))
            candidates += [(_swap_spelling(v) or v, n + "; British/US spelling") for v, n in _house_twins(t["term"])]
        for variant, note in candidates:
            key = ("en", fold_key(variant), "")
            if ("en", variant) in have or key in keys:
                continue
            status = "admitted" if t["status"] == "preferred" else t["status"]
            extra.append(_term("en", status, variant, "variant", "", note))
            have.add(("en", variant))
            keys.add(key)
    concept["terms"].extend(extra)


def cross_check(concepts: list[dict]) -> list[str]:
    """Fold keys shared by two concepts (whatever the match mode): ambiguous for the matcher."""
    seen: dict[str, str] = {}
    ids: dict[str, int] = {}
    problems = []
    for c in concepts:
        ids[c["id"]] = ids.get(c["id"], 0) + 1
        for t in c["terms"]:
            key = fold_key(t["term"])
            other = seen.setdefault(key, c["id"])
            if other != c["id"]:
                problems.append(f"term {t['term']!r} is in both {other} and {c['id']}")
    problems += [f"concept id {cid} defined {n} times" for cid, n in ids.items() if n > 1]
    return problems


def to_tsv(concepts: list[dict]) -> str:
    out = [
        "# vnterm-glossary v1",
        "# The bundled official Vietnamese-English glossary. See glossaries/README.md.",
        "# Generated by scripts/glossary_tools/build_official.py; review changes here, in the TSV.",
        "\t".join(COLUMNS),
    ]
    for c in concepts:
        for i, t in enumerate(c["terms"]):
            row = {
                "concept": c["id"],
                "domain": c["domain"] if i == 0 else "",
                "note": c["note"] if i == 0 else "",
                "source": c["source"] if i == 0 else "",
                **t,
            }
            out.append("\t".join(row[col].replace("\t", " ") for col in COLUMNS))
    return "\n".join(out) + "\n"


def load_entries() -> list[dict]:
    import importlib

    concepts: list[dict] = []
    for path in sorted(Path(__file__).resolve().parent.glob("entries_*.py")):
        module = importlib.import_module(path.stem)
        concepts += parse(module.ENTRIES, path.name)
    for c in concepts:
        expand(c)
    return concepts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="check only, write nothing")
    ap.add_argument("-o", "--output", default=str(ROOT / "glossaries" / "official.tsv"))
    args = ap.parse_args(argv)
    concepts = load_entries()
    problems = cross_check(concepts)
    text = to_tsv(concepts)
    glossary = loads_tsv(text, args.output)
    problems += [str(p) for p in validate(glossary)]
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 2
    n_terms = sum(len(c["terms"]) for c in concepts)
    print(f"{len(concepts)} concepts, {n_terms} terms: ok")
    out = Path(args.output)
    if args.check:
        if out.exists() and out.read_text(encoding="utf-8") != text:
            print(f"{out} differs from the entries: run without --check to rewrite it", file=sys.stderr)
            return 1
    else:
        from vnterm.textio import atomic_write_text

        atomic_write_text(args.output, text)
        print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
