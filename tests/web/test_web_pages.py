"""The server-rendered pages without a browser: forms, fixes, downloads, limits, headers, safety."""

from __future__ import annotations

import os
import re

import pytest

from vnterm.web.middleware import CSP

PARAGRAPH = "The Ha Noi People Committee met.\nDecree 58/2022/ND-CP applies.\n"


@pytest.mark.parametrize("path", ["/", "/?q=uy+ban", "/segment", "/check", "/glossary", "/audit", "/api",
                                  "/concept/mofa", "/static/app.js", "/no/such/page", "/api/openapi.json"])
def test_security_headers_everywhere(client, path) -> None:
    r = client.get(path)
    assert r.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("path", ["/", "/segment", "/check", "/glossary", "/audit", "/api", "/concept/mofa"])
def test_no_inline_script_or_style(client, path) -> None:
    html = client.get(path).text
    for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
        attrs, body = m.groups()
        assert 'src="/static/' in attrs or 'type="application/json"' in attrs
        assert not body.strip() or 'type="application/json"' in attrs
    assert " style=" not in html and "<style" not in html and " on" + "click=" not in html
    assert "http://" not in html.replace("http://127.0.0.1", "") or path == "/api"
    assert "https://" not in re.sub(r'href="https://[^"]+"', "", html)  # no remote resources


def test_lookup_page_without_javascript(client) -> None:
    html = client.get("/", params={"q": "UY BAN NHAN DAN", "style": "vna"}).text
    assert 'data-concept="people_committee"' in html
    assert "vna style: <strong>People&#39;s Committee</strong>" in html
    assert '<span class="mark" title="deprecated" aria-label="deprecated">✗</span>' in html
    assert 'href="/concept/people_committee"' in html


def test_lookup_fragment_and_no_match(client) -> None:
    assert 'data-concept="mofa"' in client.get("/fragment/lookup", params={"q": "bo ngoai giao"}).text
    assert "No match for “%%%%”." in client.get("/", params={"q": "%%%%"}).text


V2_GLOSSARY = (
    "# vnterm-glossary v2\n"
    "concept\tlang\tstatus\tterm\ttype\tmatch\tdomain\tnote\tsource\tterm_note\tstyles\tvalid_from\tvalid_to\treplaced_by\n"
    "old_ministry\ten\tpreferred\tMinistry of Information and Communications\t\t\torg\tMerged.\t"
    "https://example.org/decree seeds/001:2\t\t\t2007-08\t2025-03-01\tnew_ministry\n"
    "old_ministry\tvi\tpreferred\tBộ Thông tin và Truyền thông\t\t\t\t\t\t\t\t\t\t\n"
    "new_ministry\ten\tpreferred\tMinistry of Science and Technology\t\t\torg\t\t\t\t\t\t\t\n"
    "new_ministry\ten\tadmitted\tScience Ministry\t\t\t\t\t\t\tvna\t\t\t\n"
    "new_ministry\tvi\tpreferred\tBộ Khoa học và Công nghệ\t\t\t\t\t\t\t\t\t\t\n"
)


@pytest.fixture(scope="module")
def v2_client(tmp_path_factory):
    from starlette.testclient import TestClient

    from vnterm.web.app import create_app

    path = tmp_path_factory.mktemp("g") / "v2.tsv"
    path.write_text(V2_GLOSSARY, encoding="utf-8")
    with TestClient(create_app(glossaries=[str(path)], style="vna")) as c:
        yield c


def test_concept_page_shows_validity_sources_and_successor(v2_client) -> None:
    html = v2_client.get("/concept/old_ministry").text
    assert '<dd class="validity">2007-08 – 2025-03-01</dd>' in html
    assert '<a href="/concept/new_ministry">new_ministry</a>' in html
    assert '<a href="https://example.org/decree" rel="noreferrer noopener" target="_blank">' in html
    assert "<span>seeds/001:2</span>" in html


def test_house_style_choice(v2_client) -> None:
    # the server's default style is vna, which picks its own term; another style gets the preferred one
    assert "vna style: <strong>Science Ministry</strong>" in v2_client.get("/", params={"q": "bo khoa hoc va cong nghe"}).text
    html = v2_client.get("/", params={"q": "bo khoa hoc va cong nghe", "style": "government"}).text
    assert "government style: <strong>Ministry of Science and Technology</strong>" in html
    assert v2_client.get("/glossary", params={"style": "vna"}).text.count('href="/concept/') == 1


def test_unknown_style_is_a_clear_error(client) -> None:
    r = client.get("/", params={"q": "x", "style": "bbc"})
    assert r.status_code == 400 and "unknown house style &#39;bbc&#39;" in r.text


def test_check_page_marks_and_fix_one(client) -> None:
    r = client.post("/check", data={"text": PARAGRAPH, "action": "check", "style": "government"})
    assert r.status_code == 200
    assert r.text.count('<mark class="finding') == 2
    r = client.post("/check", data={"text": PARAGRAPH, "fix": "1", "style": "government"})
    assert "Applied 1 fix." in r.text
    box = re.search(r'<textarea id="text" name="text" rows="10">\n(.*?)</textarea>', r.text, re.S).group(1)
    assert box == "The Ha Noi People Committee met.\nDecree No. 58/2022/ND-CP applies.\n"


def test_textarea_keeps_a_leading_newline_and_lf(client) -> None:
    text = "\nThe Ha Noi People Committee met.\n"
    r = client.post("/check/download", data={"text": text.replace("\n", "\r\n"), "fixes": "all"})
    assert r.content == b"\nThe Ha Noi People's Committee met.\n"


def test_upload_keeps_crlf_and_name(client) -> None:
    data = "# Title\r\n\r\nThe Ha Noi People Committee met.\r\n".encode()
    r = client.post("/check", files={"file": ("draft.md", data)}, data={"action": "check"})
    assert 'name="name" value="draft.md"' in r.text and 'name="eol" value="crlf"' in r.text
    assert '<option value="md" selected>' in r.text
    # the page now posts the text box (browsers send CRLF) with the remembered line ending
    d = client.post("/check/download", data={"text": data.decode(), "name": "draft.md", "eol": "crlf", "kind": "md",
                                             "fixes": "all"})
    assert d.content == data.replace(b"People Committee", b"People's Committee")
    assert d.headers["content-disposition"] == "attachment; filename=\"draft.md\"; filename*=UTF-8''draft.md"


def test_upload_name_is_only_a_label(client) -> None:
    r = client.post("/check", files={"file": ("../../etc/passwd.txt", b"People Committee\n")}, data={})
    assert 'value="passwd.txt"' in r.text and "../" not in r.text.split("<main>")[1].split("</form>")[0]


def test_check_page_errors(client) -> None:
    r = client.post("/check", files={"file": ("bad.txt", b"ok\n\xc3(")}, data={})
    assert r.status_code == 400 and "bad.txt:2: not valid UTF-8 (byte 0xc3 at offset 3)" in r.text
    r = client.post("/check", data={"text": "x" * (2 * 1024 * 1024 + 10)})
    assert r.status_code == 413 and "request too large" in r.text


def test_glossary_filters(client, engine) -> None:
    html = client.get("/glossary", params={"domain": "org", "status": "deprecated"}).text
    n = len(engine.browse("org", "deprecated"))
    assert f'<p class="count" id="count">{n} concept' in html
    page2 = client.get("/glossary", params={"page": 2}).text
    assert "page 2 of" in page2 and "← previous" in page2
    assert client.get("/glossary", params={"status": "great"}).status_code == 400
    styled = engine.browse(style="vna")
    assert f'id="count">{len(styled)} concept' in client.get("/glossary", params={"style": "vietnamplus"}).text


def test_routes_never_reach_the_file_system(client) -> None:
    for path in ["/static/..%2F..%2Fpyproject.toml", "/static/%2e%2e/app.py", "/static/app.py",
                 "/concept/..%2F..%2Fetc%2Fpasswd", "/glossary/export/..%2Fpyproject"]:
        r = client.get(path)
        assert r.status_code in (400, 404), path
        assert "[project]" not in r.text and "import" not in r.text[:200]


def test_nothing_is_written(client, tmp_path, monkeypatch) -> None:
    import io
    import zipfile

    import vnterm.textio as textio

    def refuse(*a, **k):
        raise AssertionError("the server wrote a file")

    monkeypatch.setattr(textio, "atomic_write_text", refuse)
    monkeypatch.setattr(textio, "atomic_write_bytes", refuse)
    monkeypatch.chdir(tmp_path)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.md", "The People Committee.\n")
    client.get("/", params={"q": "uy ban"})
    client.post("/segment", data={"text": "Bộ Ngoại giao"})
    client.post("/check", data={"text": PARAGRAPH, "action": "fix-all"})
    client.post("/check/download", data={"text": PARAGRAPH, "fixes": "all"})
    client.post("/audit", files={"file": ("a.zip", buf.getvalue())}, data={"period": "month"})
    for fmt in ("tbx", "xlsx", "deepl"):
        client.get(f"/glossary/export/{fmt}")
    assert os.listdir(tmp_path) == []


def test_segment_page(client) -> None:
    r = client.post("/segment", data={"text": "Chủ tịch nước Lương Cường tiếp Đại sứ Nhật Bản."})
    assert '<mark class="ent ent-PERSON" title="person: Luong Cuong">Lương Cường</mark>' in r.text
    assert "<td class=\"en\">Luong Cuong</td>" in r.text


def test_audit_page_embeds_data_safely(client) -> None:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("x</script><script>alert(1)</script>.md", "The People Committee and People's Committee.\n")
    html = client.post("/audit", files={"file": ("a.zip", buf.getvalue())}, data={"period": "year"}).text
    data = html.split('id="audit-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and "\\u003c/script>" in data


def test_form_errors_keep_the_text(client) -> None:
    assert "Applied" not in client.get("/check").text
    r = client.post("/check", data={"text": "The People Committee met.", "style": "bbc"})
    assert r.status_code == 400 and "unknown house style" in r.text and "Applied" not in r.text
    assert '<textarea id="text" name="text" rows="10">\nThe People Committee met.</textarea>' in r.text
    r = client.post("/audit", files={"file": ("a.zip", b"nope")})
    assert r.status_code == 400 and '<p class="error" role="alert">a.zip: not a zip archive</p>' in r.text
    assert '<form action="/audit"' in r.text
