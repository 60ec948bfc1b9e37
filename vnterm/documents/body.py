"""The article body of an HTML news page, without its menus, language switches, related-article
lists and footers: jusText (a well-kept boilerplate remover) classifies the page's paragraphs, and
the paragraphs it keeps are found again in the page's visible text, so every character keeps its
offset in the file."""

from __future__ import annotations

from .markup import html_page
from .model import Builder, Document


def _collapsed(text: str) -> tuple[str, list[int]]:
    """``text`` with each run of white space as one space, and the offset in ``text`` of each
    character kept."""
    chars: list[str] = []
    where: list[int] = []
    space = True  # (leading white space dropped)
    for i, c in enumerate(text):
        if c.isspace():
            if not space:
                chars.append(" ")
                where.append(i)
            space = True
        else:
            chars.append(c)
            where.append(i)
            space = False
    return "".join(chars), where


def body_paragraphs(source: str) -> list[str]:
    """The text of the paragraphs jusText keeps as content (headings included), white space collapsed."""
    import justext

    paragraphs = justext.justext(source.encode("utf-8"), justext.get_stoplist("English"), encoding="utf-8")
    return [" ".join(p.text.split()) for p in paragraphs if not p.is_boilerplate and p.text.strip()]


def article_page(path: str, source: str) -> Document:
    """The visible text of the article body of an HTML page (the whole page's when no body is found)."""
    page = html_page(path, source)
    flat, where = _collapsed(page.text)
    spans: list[tuple[int, int]] = []
    cursor = 0
    for para in body_paragraphs(source):
        at = flat.find(para, cursor)
        if at < 0:
            continue  # (text jusText rebuilt differently from the page: left out rather than guessed)
        spans.append((where[at], where[at + len(para) - 1] + 1))
        cursor = at + len(para)
    if not spans:
        return page
    assert page.starts is not None and page.ends is not None
    b = Builder()
    for start, end in spans:
        b.gap(page.starts[start], page.starts[start], paragraph=True)
        b.decoded(page.text[start:end], page.starts[start:end], page.ends[start:end])
    return b.build(path, source, "html")
