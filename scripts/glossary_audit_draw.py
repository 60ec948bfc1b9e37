"""Draw concepts uniformly at random from a glossary for the source audit (glossaries/AUDIT.md).

    python scripts/glossary_audit_draw.py SEED [N] [PATH]

Loads PATH (default: the bundled glossary directory) with vnterm's loader, sorts the concept ids,
draws N (default 50) of them with ``random.Random(SEED).sample`` and prints one line per concept:
id, file:line, preferred vi and en terms, source. The same seed over the same glossary gives the
same draw, so every round of the audit can be re-drawn.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from vnterm.glossary import load_glossary

BUNDLED = Path(__file__).resolve().parent.parent / "glossaries" / "official"


def draw(seed: int, n: int = 50, path: str | Path = BUNDLED) -> list[str]:
    """The ``n`` concept ids drawn with ``seed`` from the glossary at ``path`` (sorted ids, then sampled)."""
    ids = sorted(c.id for c in load_glossary(path))
    return random.Random(seed).sample(ids, n)


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    seed, n = int(argv[0]), int(argv[1]) if len(argv) > 1 else 50
    path = argv[2] if len(argv) > 2 else BUNDLED
    g = load_glossary(path)
    print(f"# seed {seed}, {n} of {len(g.concepts)} concepts from {path}")
    for i, cid in enumerate(draw(seed, n, path), 1):
        c = g.concepts[cid]
        vi, en = c.preferred("vi"), c.preferred("en")
        where = f"{Path(c.path).name if c.path else '?'}:{c.line}"
        print(f"{i:2d}\t{cid}\t{where}\t{vi.text if vi else ''}\t{en.text if en else ''}\t{c.source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
