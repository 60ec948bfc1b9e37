"""The lookup cache: /api/lookup's body is kept per (folded query, limit), is the same bytes as
the uncached answer, and is bounded."""

from __future__ import annotations

import json

from vnterm.web import engine as engine_module
from vnterm.web.engine import Engine


def test_body_is_the_lookup_json_and_is_kept(engine) -> None:
    body = engine.lookup_body("Bộ Ngoại giao", 5)
    assert json.loads(body) == engine.lookup_json("Bộ Ngoại giao", 5)
    assert body == json.dumps(engine.lookup_json("Bộ Ngoại giao", 5), ensure_ascii=False,
                              separators=(",", ":")).encode("utf-8")
    # the same folded query (case, diacritics, tone placement) is a hit: the very same bytes
    assert engine.lookup_body("bo ngoai giao", 5) is body
    assert engine.lookup_body("BỘ NGOẠI GIAO", 5) is body
    # another limit is another answer
    assert engine.lookup_body("bo ngoai giao", 1) is not body


def test_cache_is_bounded_least_recently_used_first(monkeypatch) -> None:
    monkeypatch.setattr(engine_module, "LOOKUP_CACHE", 3)
    e = Engine()
    first = e.lookup_body("ha noi", 5)
    for q in ("bo tai chinh", "uy ban nhan dan", "ha noi", "quoc hoi"):  # "ha noi" used again: kept
        e.lookup_body(q, 5)
    assert len(e._bodies) == 3 and len(e._cache) <= 3
    assert e.lookup_body("ha noi", 5) is first
    assert ("bo tai chinh", 5) not in e._bodies


def test_api_lookup_serves_the_cached_body(client, engine) -> None:
    r = client.get("/api/lookup", params={"q": "bo ngoai gioa", "limit": "3"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.content == engine.lookup_body("bo ngoai gioa", 3)
    assert r.json()[0]["concept"] == "mofa"
