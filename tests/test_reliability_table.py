"""scripts/reliability_table.py runs real commands and classifies each cell (kept from rotting)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("reliability_table", ROOT / "scripts" / "reliability_table.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["reliability_table"] = mod  # dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_a_missing_glossary_is_one_line_exit_2_and_the_document_lists_it() -> None:
    rt = _module()
    case = next(c for c in rt.CASES if c.id == "missing")
    lookup = next(c for c in rt.COMMANDS if c.name == "lookup")
    cell = rt.run_cell(case, lookup)
    assert (cell.exit, cell.verdict, cell.written) == (2, rt.OK_ERROR, [])
    assert cell.first_line == "vnterm: error: missing.tsv: no such glossary file"
    doc = rt.render([cell], {"error": "not run"}, None, 1.0)
    assert "| missing file | E2 |" in doc
    assert "1 cells: 1 `E2`, 0 handled, 0 defects." in doc


def test_a_cell_that_writes_on_exit_2_is_a_defect(tmp_path: Path) -> None:
    rt = _module()
    case = rt.Case("t", "test", lambda d, l: d / "missing.txt", lambda d: d / "g.tsv", True)
    writes = rt.Command("check -o", "en", lambda t, g, d: ["check", str(t), "-o", str(d / "r.txt")])
    cell = rt.run_cell(case, writes)
    assert cell.exit == 2
    if cell.written:  # issue 17.5 (fixed in branch checker): check -o wrote its report on exit 2
        assert cell.verdict.startswith("DEFECT: exit 2 with files written")
    else:
        assert cell.verdict == rt.OK_ERROR
