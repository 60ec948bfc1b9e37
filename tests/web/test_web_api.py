"""The JSON API: the CLI's shapes, byte for byte where the CLI prints JSON, and its errors."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli

DATA = Path(__file__).resolve().parents[1] / "data"
RUN = CliRunner()
PARAGRAPH = (
    "The Chairman of the Ha Noi People Committee met the Vietnam Prime Minister.\n"
    "Decree 58/2022/ND-CP sets out the rules for the Peoples Committee.\n"
)


def cli_json(*args: str, input: str | bytes | None = None):
    r = RUN.invoke(cli, list(args), input=input, catch_exceptions=False)
    return r.exit_code, r.output


@pytest.mark.parametrize("query", ["uy ban nhan dan", "ỦY BAN NHÂN DÂN", "Uỷ ban nhân dân", "Bộ Ngoại giao",
                                   "people's committee", "peple comittee", "zzzzqqqq"])
def test_lookup_is_the_cli_json(client, query) -> None:
    code, out = cli_json("lookup", query, "--json")
    r = client.get("/api/lookup", params={"q": query})
    assert r.status_code == 200
    assert r.json() == json.loads(out)
    assert code == (0 if r.json() else 1)


def test_lookup_limit(client) -> None:
    assert len(client.get("/api/lookup", params={"q": "committee", "limit": 2}).json()) <= 2
    assert client.get("/api/lookup", params={"q": "x", "limit": "two"}).status_code == 400


def test_concept_is_a_lookup_item(client) -> None:
    item = client.get("/api/concepts/mofa").json()
    code, out = cli_json("lookup", "Ministry of Foreign Affairs", "--json")
    assert item["terms"] == json.loads(out)[0]["terms"] and item["concept"] == "mofa"
    r = client.get("/api/concepts/no_such_thing")
    assert (r.status_code, r.json()) == (404, {"error": "no concept 'no_such_thing' in the glossary"})


def test_segment_is_the_cli_json(client) -> None:
    text = "Thứ trưởng Bộ Ngoại giao Ngô Lê Văn tiếp Đại sứ Nhật Bản.\n\nTheo Nghị định 58/2022/NĐ-CP.\n"
    code, out = cli_json("segment", "-", "--json", input=text.encode())
    expected = [json.loads(line) for line in out.splitlines()]
    assert client.post("/api/segment", json={"text": text}).json() == expected
    assert client.post("/api/segment", content=text.encode(), headers={"content-type": "text/plain"}).json() == expected


def test_check_is_the_cli_json(client) -> None:
    code, out = cli_json("check", "-", "--format", "json", "--no-config", "--stdin-name", "pasted.txt",
                         input=PARAGRAPH.encode())
    r = client.post("/api/check", json={"text": PARAGRAPH})
    assert r.status_code == 200
    assert r.json() == json.loads(out)
    assert code == 1 and r.json()["summary"]["failed"] is True


@pytest.mark.parametrize("name", ["sample.po", "sample12.xlf", "sample20.xlf", "bi.en.txt"])
def test_check_files_of_each_kind(client, name) -> None:
    path = DATA / "check" / name
    code, out = cli_json("check", str(path), "--format", "json", "--no-config")
    expected = json.loads(out)
    r = client.post("/api/check", params={"name": name}, content=path.read_bytes())
    got = r.json()
    for f in expected["findings"]:
        f["path"] = name
    assert got == expected


def test_check_style_changes_findings(client) -> None:
    text = "Vietnam and Viet Nam signed. Vietnam agreed.\n"
    gov = client.post("/api/check", json={"text": text, "style": "government"}).json()
    vna = client.post("/api/check", json={"text": text, "style": "vna"}).json()
    assert {f["found"] for f in gov["findings"] if f["rule"] == "viet-nam"} == {"Vietnam"}
    assert {f["found"] for f in vna["findings"] if f["rule"] == "viet-nam"} == {"Viet Nam"}
    code, out = cli_json("check", "-", "--format", "json", "--no-config", "--style", "vna",
                         "--stdin-name", "pasted.txt", input=text.encode())
    assert vna == json.loads(out)


def test_fix_all_then_nothing_left(client) -> None:
    r = client.post("/api/fix", json={"text": PARAGRAPH, "style": "government"}).json()
    assert r["applied"] >= 2
    assert "People's Committee" in r["text"] and "Decree No. 58/2022/ND-CP" in r["text"]
    assert r["text"].count("\n") == PARAGRAPH.count("\n")
    again = client.post("/api/fix", json={"text": r["text"], "style": "government"}).json()
    assert again["applied"] == 0 and again["text"] == r["text"]  # a second run changes nothing
    assert not [f for f in r["check"]["findings"] if f["fixable"]]


def test_fix_one(client) -> None:
    findings = client.post("/api/check", json={"text": PARAGRAPH, "style": "government"}).json()["findings"]
    i = next(i for i, f in enumerate(findings) if f["rule"] == "legal-ref")
    r = client.post("/api/fix", json={"text": PARAGRAPH, "findings": [i], "style": "government"}).json()
    assert r["applied"] == 1
    assert r["text"] == PARAGRAPH.replace("Decree 58/2022/ND-CP", "Decree No. 58/2022/ND-CP")
    assert client.post("/api/fix", json={"text": PARAGRAPH, "findings": "all"}).status_code == 400


def test_not_utf8_gets_the_cli_message(client) -> None:
    data = "Hà Nội\n".encode("utf-8") + "Phá\n".encode("latin-1")
    r = RUN.invoke(cli, ["check", "-", "--stdin-name", "draft.txt", "--no-config"], input=data)
    cli_message = r.output.strip().splitlines()[-1]
    assert cli_message.startswith("vnterm: error: draft.txt:")
    api = client.post("/api/check", params={"name": "draft.txt"}, content=data)
    assert api.status_code == 400
    assert "vnterm: error: " + api.json()["error"] == cli_message
    seg = client.post("/api/segment", params={"name": "draft.txt"}, content=data)
    assert seg.status_code == 400 and seg.json()["error"] == api.json()["error"]


@pytest.mark.parametrize("body, message", [
    ({"text": "x", "style": "bbc"}, "unknown house style 'bbc'"),
    ({"text": "x", "kind": "docx"}, "unknown kind 'docx'"),
    ({"txt": "x"}, 'expected a JSON object with a "text" string'),
    ({"text": "   "}, "pasted.txt: file is empty"),
])
def test_bad_requests(client, body, message) -> None:
    r = client.post("/api/check", json=body)
    assert r.status_code == 400 and r.json()["error"].startswith(message)


def test_bad_json(client) -> None:
    r = client.post("/api/check", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"].startswith("request body is not valid JSON")


def test_too_large_declared_and_streamed(client) -> None:
    big = b"a" * (2 * 1024 * 1024 + 1)
    r = client.post("/api/check", content=big)
    assert r.status_code == 413
    assert r.json() == {"error": f"request too large ({len(big)} bytes); this page accepts at most 2097152 bytes (2048 KiB)"}

    def chunks():  # no content-length: counted as it streams in
        for _ in range(40):
            yield b"b" * 65536

    r = client.post("/api/check", content=chunks())
    assert r.status_code == 413 and "more than 2097152 bytes" in r.json()["error"]
    assert r.headers["content-security-policy"].startswith("default-src 'none'")


def test_segment_character_limit(client, engine) -> None:
    from vnterm.web.middleware import Limits

    text = "a " * (Limits().segment_chars // 2 + 1)
    r = client.post("/api/segment", json={"text": text})
    assert r.status_code == 413


def _zip(files: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


ARCHIVE = {
    "2023/a.md": "---\ndate: 2023-02-01\n---\nThe Ha Noi People Committee met.\n",
    "2024/b.md": "---\ndate: 2024-05-01\n---\nThe Ha Noi People's Committee met. Peoples Committee too.\n",
    "2024/c.html": '<html><head><meta name="date" content="2024-06-02"></head><body><p>Viet Nam and Vietnam</p></body></html>',
    "notes/skip.csv": "People Committee",
}


def test_audit_is_the_cli_json(client, tmp_path) -> None:
    for name, text in ARCHIVE.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, out = cli_json("audit", str(tmp_path), "--json", "--period", "year", "-j", "1")
    expected = json.loads(out)
    r = client.post("/api/audit", params={"period": "year", "name": "news.zip"}, content=_zip(ARCHIVE))
    got = r.json()
    assert r.status_code == 200
    for report in (expected, got):
        for c in report["concepts"]:
            for v in c["variants"]:
                v["examples"] = [e.rsplit("/", 2)[-2] + "/" + e.rsplit("/", 2)[-1] for e in v["examples"]]
    assert got == expected
    assert got["summary"]["documents"] == 3


@pytest.mark.parametrize("files, message", [
    (None, "archive.zip: not a zip archive"),
    ({"a.csv": "x"}, "archive.zip: no .txt, .md or .html documents in the archive"),
    ({"a.md": b"ok\n\xff"}, "archive.zip/a.md:2: not valid UTF-8 (byte 0xff at offset 3)"),
])
def test_audit_errors(client, files, message) -> None:
    body = b"not a zip" if files is None else _zip(files)
    r = client.post("/api/audit", content=body)
    assert (r.status_code, r.json()) == (400, {"error": message})


def test_audit_refuses_a_zip_bomb(engine) -> None:
    from vnterm.web.engine import ArchiveError

    bomb = _zip({"big.txt": b"a" * (3 * 1024 * 1024)})
    assert len(bomb) < 20_000
    with pytest.raises(ArchiveError, match="too large once unpacked"):
        engine.audit_zip(bomb, max_total=1024 * 1024)
    with pytest.raises(ArchiveError, match="too many documents"):
        engine.audit_zip(_zip({f"{i}.txt": "x" for i in range(5)}), max_members=4)


def test_styles_and_stats(client) -> None:
    styles = client.get("/api/styles").json()
    assert [s["id"] for s in styles][0] == "consistent" and styles[0]["default"] is True
    assert {"government", "vna", "vns", "nhandan"} <= {s["id"] for s in styles}
    code, out = cli_json("glossary", "stats", "--json")
    assert client.get("/api/glossary/stats").json() == json.loads(out)


@pytest.mark.parametrize("fmt", ["deepl", "google", "amazon", "vale", "prh"])
def test_exports_are_the_cli_exports(client, fmt) -> None:
    code, out = cli_json("glossary", "export", "--to", fmt)
    r = client.get(f"/api/glossary/export/{fmt}")
    assert r.status_code == 200 and r.text == out
    assert r.headers["content-disposition"].startswith("attachment;")


@pytest.mark.parametrize("fmt", ["tsv", "csv", "xlsx", "tbx"])
def test_glossary_formats_read_back(client, fmt, tmp_path, bundled_glossary) -> None:
    from vnterm.glossary import load_glossary

    r = client.get(f"/glossary/export/{fmt}")
    assert r.status_code == 200
    path = tmp_path / f"g.{fmt}"
    path.write_bytes(r.content)
    assert len(load_glossary(path)) == len(bundled_glossary)


def test_openapi_describes_every_api_route_and_the_answers(client) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    spec = client.get("/api/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    app = client.app.app  # inside the Guard layer
    api_routes = {r.path for r in app.routes if r.path.startswith("/api/")} - {"/api/openapi.json"}
    assert set(spec["paths"]) == api_routes

    def valid(instance, ref):
        schema = {"$ref": f"#/components/schemas/{ref}", "components": spec["components"]}
        jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)

    valid(client.post("/api/check", json={"text": PARAGRAPH}).json(), "CheckReport")
    for item in client.get("/api/lookup", params={"q": "uy ban"}).json():
        valid(item, "LookupItem")
    for line in client.post("/api/segment", json={"text": "Bộ Ngoại giao\nHà Nội"}).json():
        valid(line, "SegmentedLine")
    valid(client.post("/api/check", json={"text": "x", "style": "bbc"}).json(), "Error")
