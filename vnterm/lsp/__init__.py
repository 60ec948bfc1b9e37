"""The vnterm language server: ``vnterm lsp`` (needs the ``lsp`` extra, pygls).

:mod:`vnterm.lsp.engine` is the only module here that calls the rest of vnterm;
:mod:`vnterm.lsp.server` speaks LSP; :mod:`vnterm.lsp.positions` converts offsets and positions.
"""
