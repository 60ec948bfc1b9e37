"""``vnterm serve``: a local translator's workbench in the browser (lookup, segment, check,
glossary, audit) and a JSON API with the CLI's shapes. Needs the ``web`` extra."""

from __future__ import annotations

__all__ = ["create_app"]


def create_app(*args, **kwargs):
    """See :func:`vnterm.web.app.create_app`."""
    from .app import create_app as _create

    return _create(*args, **kwargs)
