"""One local Ray for all the Ray tests (start-up dominates), and the generated archive they share."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpora" / "seeds"


@pytest.fixture(scope="session")
def local_ray():
    ray = pytest.importorskip("ray")
    pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    # log_to_driver off: a worker log line written to sys.stdout while a CliRunner test holds it would land in
    # that test's output (the whole session shares this Ray)
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING", log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="session")
def archive(tmp_path_factory):
    """A generated archive: the seeds' lines reshuffled into 240 dated documents, two of them HTML."""
    out = tmp_path_factory.mktemp("archive")
    lines = [l for p in sorted(SEEDS.glob("*.txt")) for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    for i in range(240):
        body = "\n".join(lines[(i * 7 + k * 13) % len(lines)] for k in range(5))
        sub = out / f"y{2015 + i % 5}"
        sub.mkdir(exist_ok=True)
        if i % 120 == 0:
            (sub / f"{i:04}.html").write_text(f"<html><head><meta name='date' content='{2015 + i % 5}-0{1 + i % 9}-02'>"
                                              f"</head><body><p>{body}</p></body></html>", encoding="utf-8")
        else:
            (sub / f"{i:04}.md").write_text(f"---\ndate: {2015 + i % 5}-0{1 + i % 9}-1{i % 10}\n---\n{body}\n",
                                            encoding="utf-8")
    return out
