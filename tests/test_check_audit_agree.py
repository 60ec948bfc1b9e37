"""``check`` and ``audit`` make the same matcher decisions (issue 12.3): the audit counts the
checker's accepted term hits, so on the seed articles every glossary finding of ``check`` is a
variant ``audit --json`` counts, and the counts are the checker's hits, file by file."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from vnterm.check import CheckConfig, Checker, load_document
from vnterm.cli import cli
from vnterm.glossary import load_glossaries, load_glossary

SEEDS = Path(__file__).parents[1] / "corpora" / "seeds"
GLOSSARY = Path(__file__).parent / "data" / "check" / "glossary.tsv"


def _audit(paths: list[str], glossary: str | None = None) -> dict:
    args = ["audit", *paths, "--json", "--no-mtime", "-j", "1"] + (["-g", glossary] if glossary else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _counts(data: dict) -> Counter:
    return Counter({(c["concept"], v["variant"]): v["count"] for c in data["concepts"] for v in c["variants"]})


def test_audit_counts_the_checkers_hits_on_each_seed():
    glossary = load_glossaries(None)
    checker = Checker(glossary, CheckConfig())
    seeds = sorted(SEEDS.glob("*.txt"))
    assert seeds
    for seed in seeds:
        doc = load_document(str(seed), seed.read_text(encoding="utf-8"))
        hits = Counter((m.concept.id, m.term.text if m.exact_marks else " ".join(m.text.split()))
                       for m in checker.term_hits(doc.text))
        assert _counts(_audit([str(seed)])) == hits, seed.name
        # every glossary finding of check is counted by the audit, under the same concept and text
        findings = [f for f in checker.check(doc) if f.concept and f.rule.startswith("term-")]
        counted = {(c, v.lower()) for c, v in hits}
        assert all((f.concept, " ".join(f.found.split()).lower()) in counted for f in findings), seed.name


def test_audit_and_check_agree_on_foreign_titles_names_and_captions(tmp_path):
    text = ("The Lao Senior Minister and Deputy Foreign Minister met Deputy Prime Minister Nguyen Hoa Binh.\n"
            "Thứ trưởng Ngoại giao phát biểu tại Hải Phòng. Ảnh: TG\n"
            "The Deputy Foreign Minister visited Hai Phong.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    checker = Checker(load_glossary(GLOSSARY))
    found = [(f.rule, f.found, f.line) for f in checker.check(load_document("a.txt", text))]
    assert found == [("term-deprecated", "Deputy Foreign Minister", 3)]
    counts = _counts(_audit([str(tmp_path / "a.txt")], str(GLOSSARY)))
    assert counts[("deputy_minister_foreign_affairs", "Deputy Foreign Minister")] == 1  # not the Lao one
    assert sum(n for (c, _), n in counts.items() if c == "hai_phong") == 1  # not the caption's
