"""The checker's documents are :mod:`vnterm.documents`' (kept as a name for existing imports)."""

from ..documents import KINDS, Document, Pair, kind_of, line_starts, load_document
from ..documents.model import LINE_BREAK_RE as _LINE_BREAK_RE

__all__ = ["KINDS", "Document", "Pair", "kind_of", "line_starts", "load_document", "_LINE_BREAK_RE"]
