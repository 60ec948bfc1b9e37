"""The document layer every command reads through: one :class:`Document` (the file's text, its
visible text, the offset map between them, kind, date, suppressions, lines and paragraphs) and one
folder walker, :func:`iter_documents`.

>>> from vnterm.documents import load_document
>>> doc = load_document("note.md", "The **Deputy FM** spoke.\\n")
>>> doc.text, doc.span_to_source(4, 13)
('The Deputy FM spoke.', (6, 15))
"""

from .dates import parse_date
from .load import KINDS, STDIN, kind_of, load_document, read_document
from .model import HIDDEN, Document, Pair, line_starts
from .walk import DEFAULT_INCLUDE, Inputs, NoInputError, find_inputs, iter_documents

__all__ = [
    "DEFAULT_INCLUDE", "Document", "HIDDEN", "Inputs", "KINDS", "NoInputError", "Pair", "STDIN",
    "find_inputs", "iter_documents", "kind_of", "line_starts", "load_document", "parse_date", "read_document",
]
