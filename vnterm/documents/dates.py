"""When a document was published: Markdown front matter (``date:``), HTML ``<meta name="date">`` /
``article:published_time`` / ``itemprop="datePublished"``, or the file's modification time."""

from __future__ import annotations

import datetime as _dt
import os
import re

_FRONT_RE = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_DATE_RE = re.compile(r"^(?:date|published|pubdate|publishDate)\s*:\s*[\"']?([^\"'\r\n#]+)", re.M | re.I)
_META_RE = re.compile(r"<meta\b[^>]*>", re.I | re.S)
_ATTR_RE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.S)
_META_KEYS = ("date", "article:published_time", "datepublished", "dc.date", "dcterms.date", "pubdate")
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: str) -> str | None:
    """The ISO date at the start of ``value`` ("2026-01-06", "2026-01-06T08:00:00+07:00")."""
    m = _ISO_RE.search(value.strip()[:40])
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def text_date(kind: str, source: str) -> tuple[str | None, str]:
    """(date, where it came from) as the text itself gives it; (None, "none") when it does not."""
    if kind == "md":
        m = _FRONT_RE.match(source)
        if m:
            dm = _FRONT_DATE_RE.search(m.group(1))
            date = parse_date(dm.group(1)) if dm else None
            if date:
                return date, "front-matter"
    elif kind == "html":
        for m in _META_RE.finditer(source, 0, 200_000):
            attrs = {k.lower(): (a or b or c) for k, a, b, c in _ATTR_RE.findall(m.group())}
            key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
            if key in _META_KEYS and attrs.get("content"):
                date = parse_date(attrs["content"])
                if date:
                    return date, "meta"
    return None, "none"


def mtime_date(path: str) -> str | None:
    """The file's modification date (UTC), or None when it cannot be read."""
    try:
        mtime = os.path.getmtime(path)
    except OSError:
        return None
    return _dt.datetime.fromtimestamp(mtime, tz=_dt.timezone.utc).date().isoformat()
