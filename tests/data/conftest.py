"""Shared fixtures for the data tests: hand-written samples and the real data sets.

The real files are read where they live (never copied into the repository) and
loaded once per session: cleaning counsel-chat takes about a second.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from haven.data import clean_examples, find_data_dir, load_counsel_chat, load_esconv
from haven.errors import DataError

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def real_data_dir() -> Path:
    try:
        folder = find_data_dir()
    except DataError as error:
        pytest.skip(f"real data not on this machine: {error}")
    return folder


@pytest.fixture(scope="session")
def real_counsel_chat(real_data_dir):
    return load_counsel_chat(real_data_dir / "counsel-chat")


@pytest.fixture(scope="session")
def real_counsel_chat_cleaned(real_counsel_chat):
    return clean_examples(real_counsel_chat)


@pytest.fixture(scope="session")
def real_esconv(real_data_dir):
    return load_esconv(real_data_dir / "esconv", accept_noncommercial=True)
