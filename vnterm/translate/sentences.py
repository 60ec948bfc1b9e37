"""Split a line of Vietnamese text into sentences for translation (and keep what joins them): the
shared splitter of :mod:`vnterm.sentences`."""

from __future__ import annotations

from ..sentences import split_with_separators as split_sentences

__all__ = ["split_sentences"]
