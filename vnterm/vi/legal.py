"""Legal references: "Nghị định 58/2022/NĐ-CP" → "Decree No. 58/2022/ND-CP"."""

from __future__ import annotations

import re

from ..text import strip_diacritics

_TYPE_WORDS = (
    "Nghị quyết liên tịch|Thông tư liên tịch|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Kết luận|"
    "Thông tư|Luật|Công văn|Công điện|Thông báo|Hướng dẫn|Quy định|Pháp lệnh|Lệnh|Sắc lệnh|Quy chế|"
    "Kế hoạch|Chương trình|Tờ trình|Báo cáo"
)

#: The number of a legal document: digits, then parts joined by "/" or "-" (at least one of them),
#: e.g. 58/2022/NĐ-CP, 126-KL/TW, 250/2025/QH15, 01/2024/TT-BNG, 1234/QĐ-TTg.
CODE = r"\d+(?:[/\-](?:\d+|[A-Za-zĐđƯưƠơÂâĂăÊêÔô]+\d*))+"

LEGAL_RE = re.compile(
    r"(?<!\w)(?P<type>(?i:" + _TYPE_WORDS + r"))(?P<gap>\s+(?:(?i:số)\s+)?)(?P<code>" + CODE + r")(?![\w/])"
)

_QUICK = re.compile(r"\d[/\-]")


def canonical_code(code: str) -> str:
    """The English-copy form of a document number: diacritics dropped, Đ → D ("NĐ-CP" → "ND-CP")."""
    return strip_diacritics(code)


def find_legal(text: str) -> list[tuple[int, int, int, int, str]]:
    """(start, end, type_end, code_start, type_text) of each legal reference in ``text``."""
    out: list[tuple[int, int, int, int, str]] = []
    if not _QUICK.search(text):  # every document number has a digit then "/" or "-": skip the regex
        return out
    for m in LEGAL_RE.finditer(text):
        code = m.group("code")
        if "/" not in code and "-" not in code:
            continue
        out.append((m.start(), m.end(), m.end("type"), m.start("code"), m.group("type")))
    return out
