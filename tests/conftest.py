"""Shared test fixtures. Tests never touch the network and never use the user's glossary cache."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("VNTERM_NO_CACHE", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SEEDS = ROOT / "corpora" / "seeds"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def bundled_glossary():
    from vnterm.glossary import load_glossaries

    return load_glossaries()


@pytest.fixture(scope="session")
def small_glossary_path() -> Path:
    """A fixed glossary for tests that assert exact output (the bundled one keeps growing)."""
    return DATA / "small_glossary.tsv"


@pytest.fixture(scope="session")
def small_glossary(small_glossary_path):
    from vnterm.glossary import load_glossary

    return load_glossary(small_glossary_path)
