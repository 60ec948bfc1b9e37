"""XLIFF 1.2/2.0 and PO: bilingual files whose targets are the English copy and whose sources give
the checker its Vietnamese side. Both are read in one pass, linear in the size of the file.

XLIFF is parsed by lxml (entities never expanded, no network, no DTD); each unit's ``<target>`` is
then found in the file text from the element's line, so every visible character keeps its offset.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .markup import visible_text
from .model import Builder, Document, Pair, line_starts

#: XLIFF files larger than this many characters are refused with a plain message (lxml is run with
#: its own huge-text limit lifted, so this is the one limit).
MAX_XLIFF_CHARS = 256 * 1024 * 1024

_XML_DECL_RE = re.compile(r"\A\s*<\?xml[^>]*\?>")
_LIBXML_TAIL_RE = re.compile(r"(?:,\s*try XML_PARSE_HUGE)?(?:,\s*line \d+,\s*column \d+)?\s*$")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _parse_xml(path: str, source: str):
    """The lxml tree of ``source``; InputError with the line for malformed XML."""
    from lxml import etree

    if len(source) > MAX_XLIFF_CHARS:
        raise InputError(f"XLIFF file too large ({len(source):,} characters; at most {MAX_XLIFF_CHARS:,})", path)
    # the declaration names an encoding the text no longer has: blank it (lines and offsets kept)
    m = _XML_DECL_RE.match(source)
    if m:
        source = re.sub(r"[^\r\n]", " ", m.group()) + source[m.end():]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)
    try:
        return etree.fromstring(source.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        msg = _LIBXML_TAIL_RE.sub("", exc.msg or "not well-formed")
        raise InputError(f"malformed XLIFF: {msg}", path, line) from None


def _start_tag_re(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"<(?:[\w.-]+:)?{name}\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>"
    )


_TARGET_OPEN = _start_tag_re("target")
_SOURCE_OPEN = _start_tag_re("source")
_CLOSE = {"target": re.compile(r"</(?:[\w.-]+:)?target\s*>"), "source": re.compile(r"</(?:[\w.-]+:)?source\s*>")}


class _Locator:
    """Finds elements of one name in the file text, in document order (a cursor that only moves on)."""

    def __init__(self, source: str, name: str, starts: list[int]):
        self.source = source
        self.name = name
        self.open = _TARGET_OPEN if name == "target" else _SOURCE_OPEN
        self.close = _CLOSE[name]
        self.starts = starts
        self.cursor = 0

    def span(self, line: int | None) -> tuple[int, int] | None:
        """The span of the content of the next such element at or after ``line`` (None: empty tag)."""
        pos = self.cursor
        if line is not None and 0 < line <= len(self.starts):
            pos = max(pos, self.starts[line - 1])
        m = self.open.search(self.source, pos)
        if m is None:  # the text and the tree disagree (CDATA or a comment holding a tag)
            return None
        if m.group(1):
            self.cursor = m.end()
            return None
        close = self.close.search(self.source, m.end())
        end = close.start() if close else len(self.source)
        self.cursor = close.end() if close else end
        return m.end(), end


def xliff(path: str, source: str) -> Document:
    """The targets of an XLIFF file (sources when the source language is English), with pairs."""
    root = _parse_xml(path, source)
    swap = bool(re.search(r"\b(?:source-language|srcLang)\s*=\s*[\"']en", source[:65536]))
    starts = line_starts(source)
    locate = {"target": _Locator(source, "target", starts), "source": _Locator(source, "source", starts)}
    en_name, vi_name = ("source", "target") if swap else ("target", "source")
    b = Builder()
    pairs: list[Pair] = []
    for el in root.iter():
        name = _local(el.tag)
        if name not in ("target", "source"):
            continue
        span = locate[name].span(el.sourceline)  # every one, so the cursors pass alt-trans copies
        parent = el.getparent()
        if parent is None or _local(parent.tag) not in ("trans-unit", "segment") or name != en_name:
            continue
        if span is None:
            continue
        vi_el = next((c for c in parent if _local(c.tag) == vi_name), None)
        vi = "".join(vi_el.itertext()) if vi_el is not None else ""
        frag_start, frag_end = span
        sub = visible_text(path, source[frag_start:frag_end], base=frag_start)
        b.gap(frag_start, frag_start, paragraph=True)
        start = b.length
        b.extend(sub)
        pairs.append(Pair(vi, start, b.length, parent.sourceline or 1))
    doc = b.build(path, source, "xliff")
    doc.pairs = pairs
    return doc


# --- PO -----------------------------------------------------------------------------------------

_PO_KEY_RE = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"')
_PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}
_PO_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")

_Piece = tuple[str, list[int], list[int]]


def _po_string(source: str, start: int, end: int, path: str, line: int) -> _Piece:
    """Decode the quoted PO string at source[start:end] (quotes included) with per-char offsets."""
    if end - start < 2 or source[start] != '"' or source[end - 1] != '"':
        raise InputError("malformed PO string (expected a quoted string)", path, line)
    inner_start, inner_end = start + 1, end - 1
    if source.find("\\", inner_start, inner_end) < 0:  # no escapes: the identity
        return source[inner_start:inner_end], list(range(inner_start, inner_end)), list(range(inner_start + 1, inner_end + 1))
    chars, starts, ends = [], [], []
    i = inner_start
    while i < inner_end:
        c = source[i]
        if c == "\\" and i + 1 < inner_end:
            chars.append(_PO_ESCAPES.get(source[i + 1], source[i + 1]))
            starts.append(i)
            ends.append(i + 2)
            i += 2
            continue
        chars.append(c)
        starts.append(i)
        ends.append(i + 1)
        i += 1
    return "".join(chars), starts, ends


def po(path: str, source: str) -> Document:
    """The msgstr strings of a PO file (msgstr[0] for plurals), paired with their msgid."""
    entries: list[tuple[int, int, dict[str, list[_Piece]]]] = []  # (line, source offset, strings)
    current: dict[str, list[_Piece]] = {}
    first = 1
    first_offset = 0
    key = None
    for line_no, m in enumerate(_PO_LINE_RE.finditer(source), start=1):
        if m.start() >= len(source) and not m.group():
            break
        raw = m.group().rstrip("\r\n")
        s = m.start()
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            if not stripped and current:
                entries.append((first, first_offset, current))
                current = {}
                key = None
            continue
        km = _PO_KEY_RE.match(raw)
        if km:
            key = km.group(1)
            if key in ("msgid", "msgctxt") and any(k.startswith("msgstr") for k in current):
                entries.append((first, first_offset, current))
                current = {}
            if not current:
                first, first_offset = line_no, s
            q = raw.index('"')
            current.setdefault(key, []).append(_po_string(source, s + q, s + len(raw.rstrip()), path, line_no))
        elif stripped.startswith('"') and key is not None:
            q = raw.index('"')
            current[key].append(_po_string(source, s + q, s + len(raw.rstrip()), path, line_no))
        else:
            raise InputError(f"malformed PO line: {stripped[:40]!r}", path, line_no)
    if current:
        entries.append((first, first_offset, current))
    b = Builder()
    pairs: list[Pair] = []
    for line, offset, entry in entries:
        msgid = "".join(p[0] for p in entry.get("msgid", []))
        if not msgid:
            continue  # the header entry
        target_key = "msgstr" if "msgstr" in entry else "msgstr[0]"
        b.gap(offset, offset, paragraph=True)  # the break before an entry lies at the entry, not at 0
        start = b.length
        for text, starts, ends in entry.get(target_key, []):
            b.decoded(text, starts, ends)
        pairs.append(Pair(msgid, start, b.length, line))
    doc = b.build(path, source, "po")
    doc.pairs = pairs
    return doc
