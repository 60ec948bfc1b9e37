"""``vnterm check``: lint English copy against the glossary and the house style.

>>> from vnterm.check import Checker, load_document
>>> from vnterm.glossary import load_glossaries
>>> checker = Checker(load_glossaries())
>>> doc = load_document("note.txt", "Deputy FM Ngo Le Van visited Hải Phòng and Hai Phong.\\n")
>>> [f.rule for f in checker.check(doc)]
['term-deprecated', 'name-diacritics']
"""

from .cpus import free_cpus
from .config import CheckConfig, find_config, load_config
from .documents import Document, Pair, load_document
from .engine import Checker, Finding
from .report import FORMATS, FileError, Report, render
from .rules import RULES

__all__ = [
    "CheckConfig", "find_config", "load_config", "Document", "Pair", "load_document", "Checker",
    "Finding", "FORMATS", "FileError", "Report", "render", "RULES", "free_cpus",
]
