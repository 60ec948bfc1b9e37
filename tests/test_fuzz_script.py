"""scripts/fuzz.py (``make fuzz``) runs every fuzz target: none is lost to how its decorators are written."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_long_run_finds_every_target():
    spec = importlib.util.spec_from_file_location("fuzz_script", ROOT / "scripts" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = {name.rsplit("::", 1)[1] for name in module.fuzz_tests()}
    declared = set()
    for path in (ROOT / "tests" / "fuzz").glob("test_*.py"):
        src = path.read_text(encoding="utf-8")
        for m in re.finditer(r"@target\(", src):
            declared.add(re.search(r"\ndef (test_\w+)", src[m.end():]).group(1))
    assert found == declared
    strategies = (ROOT / "tests" / "fuzz" / "fuzz_strategies.py").read_text(encoding="utf-8")
    assert f"N_TARGETS = {len(declared)}" in strategies  # the long run's split of the total
