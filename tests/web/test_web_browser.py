"""End to end in a real headless Chromium: what a translator does, clicked and typed."""

from __future__ import annotations

import io
import zipfile

import pytest

PARAGRAPH = (
    "The Chairman of the Ha Noi People Committee met the Vietnam Prime Minister.\n"
    "Decree 58/2022/ND-CP sets out the rules.\n"
)


def test_lookup_as_you_type(page, live_server, screenshot) -> None:
    page.goto(live_server + "/")
    box = page.locator("#q")
    # no diacritics, other case: the live search finds the concept without a submit
    box.press_sequentially("uy ban nhan dan", delay=15)
    page.wait_for_url("**/?q=uy+ban+nhan+dan*")  # the address follows the search (shareable)
    card = page.locator("article.concept").first
    card.wait_for()
    assert card.get_attribute("data-concept") == "people_committee"
    assert "People's Committee" in card.inner_text()
    assert card.locator(".status-preferred .mark").first.inner_text() == "✓"
    # the copy button puts the term on the clipboard
    card.locator("li.term.status-preferred button.copy").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied in {t.inner_text() for t in card.locator("li.term .text").all()}
    screenshot(page, "lookup")
    # the permalink opens the concept's own page
    card.locator("a.permalink").click()
    page.wait_for_url("**/concept/people_committee")
    assert page.locator("h1").inner_text().startswith("people_committee")
    assert page.console_errors == []


def test_lookup_without_javascript(browser, live_server) -> None:
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(live_server + "/")
    pg.fill("#q", "BỘ NGOẠI GIAO")
    pg.click("form.lookup button[type=submit]")
    assert pg.locator("article.concept").first.get_attribute("data-concept") == "mofa"
    context.close()


def test_segment_highlights(page, live_server, screenshot) -> None:
    page.goto(live_server + "/segment")
    page.fill("#text", "Thứ trưởng Bộ Ngoại giao Ngô Lê Văn tiếp Đại sứ Nhật Bản.\n"
                       "Theo Nghị định 58/2022/NĐ-CP của Chính phủ.")
    page.click("form button[type=submit]")
    page.locator("mark.ent-PERSON").first.wait_for()
    assert page.locator("mark.ent-PERSON").first.inner_text() == "Ngô Lê Văn"
    assert page.locator("mark.ent-LEGAL_REF").first.inner_text() == "Nghị định 58/2022/NĐ-CP"
    rows = page.locator("#entities tbody tr")
    english = [rows.nth(i).locator("td.en").inner_text() for i in range(rows.count())]
    assert "Ngo Le Van" in english and "Decree No. 58/2022/ND-CP" in english
    page.click("button.copy-table")
    table = page.evaluate("navigator.clipboard.readText()")
    assert table.splitlines()[0] == "Line\tType\tVietnamese\tEnglish\tConcept"
    assert "Ngô Lê Văn\tNgo Le Van" in table
    screenshot(page, "segment")
    assert page.console_errors == []


def test_check_highlights_fix_and_download(page, live_server, screenshot) -> None:
    page.goto(live_server + "/check")
    page.fill("#text", PARAGRAPH)
    page.select_option("select[name=style]", "vna")
    page.click("button[value=check]")
    marks = page.locator("pre.doc mark.finding")
    marks.first.wait_for()
    found = [m.inner_text() for m in marks.all()]
    assert "People Committee" in found and "Decree 58/2022/ND-CP" in found
    items = page.locator("ol.findings li")
    assert items.count() >= 2
    first = page.locator("ol.findings li", has_text="People Committee").first
    assert "term-deprecated" in first.inner_text() and "People's Committee" in first.inner_text()
    screenshot(page, "check")
    # apply one fix: that finding is gone, the others stay
    first.locator("button.apply").click()
    page.locator("p.applied").wait_for()
    assert page.locator("p.applied").inner_text() == "Applied 1 fix."
    text = page.input_value("#text")
    assert "Ha Noi People's Committee" in text and "Decree 58/2022/ND-CP" in text
    # apply all, then download the result: same lines, LF endings as pasted
    page.click("#fix-all")
    page.locator("p.applied").wait_for()
    with page.expect_download() as info:
        page.click("#download")
    download = info.value
    assert download.suggested_filename == "pasted.txt"
    body = open(download.path(), encoding="utf-8", newline="").read()
    assert "Decree No. 58/2022/ND-CP" in body and "People's Committee" in body
    assert body.count("\n") == PARAGRAPH.count("\n") and "\r" not in body
    assert page.console_errors == []


def test_check_upload_not_utf8(page, live_server, tmp_path) -> None:
    bad = tmp_path / "draft.md"
    bad.write_bytes(b"# Title\n\nCaf\xe9 People Committee\n")
    page.goto(live_server + "/check")
    page.set_input_files("input[type=file]", str(bad))
    page.click("button[value=check]")
    assert page.locator("p.error").inner_text() == "draft.md:3: not valid UTF-8 (byte 0xe9 at offset 12)"


def test_glossary_filter_and_export(page, live_server, screenshot) -> None:
    page.goto(live_server + "/glossary")
    page.select_option("select[name=domain]", "org")
    page.select_option("select[name=status]", "deprecated")
    page.click("form.filters button")
    assert "domain=org" in page.url and "status=deprecated" in page.url
    count = page.locator("#count").inner_text()
    assert count.split()[0].isdigit() and int(count.split()[0]) > 0
    screenshot(page, "glossary")
    with page.expect_download() as info:
        page.click("p.downloads a:text-is('tbx')")
    assert info.value.suggested_filename == "glossary.tbx"


def test_audit_charts(page, live_server, tmp_path, screenshot) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for year, variant in ((2023, "People Committee"), (2024, "People's Committee"), (2025, "People Committee")):
            z.writestr(f"news/{year}.md", f"---\ndate: {year}-03-01\n---\nThe Ha Noi {variant} met on Monday.\n")
    archive = tmp_path / "archive.zip"
    archive.write_bytes(buf.getvalue())
    page.goto(live_server + "/audit")
    page.set_input_files("input[type=file]", str(archive))
    page.select_option("select[name=period]", "year")
    page.click("form button[type=submit]")
    page.locator("#charts figure.chart svg rect").first.wait_for()
    assert "3 documents" in page.locator("#audit-summary").inner_text()
    caption = page.locator("#charts figure.chart figcaption").first.inner_text()
    assert caption.startswith("people_committee")
    assert page.locator("#charts figure.chart").first.locator("rect").count() == 3
    screenshot(page, "audit")
    assert page.console_errors == []


@pytest.mark.parametrize("path", ["/", "/segment", "/check", "/glossary", "/audit", "/api"])
def test_no_csp_violation(page, live_server, path) -> None:
    page.goto(live_server + path)
    page.wait_for_load_state("networkidle")
    assert not [e for e in page.console_errors if "Content Security Policy" in e]
