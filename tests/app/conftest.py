"""Fixtures of the dashboard tests: a runs folder with a real adapter, and the dashboard's environment."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from app_fixtures import MODEL, write_random_adapter  # noqa: E402


@pytest.fixture(scope="session")
def runs_with_adapter(tmp_path_factory) -> Path:
    """A runs folder holding one adapter for smollm2-135m (as `haven demo` lays it out)."""
    runs = tmp_path_factory.mktemp("runs")
    write_random_adapter(runs / MODEL)
    return runs


@pytest.fixture
def dashboard_env(monkeypatch, runs_with_adapter):
    """The dashboard on the test adapter, with a small context and one llama.cpp thread."""
    from haven.app.lineup import ENV_N_CTX, ENV_THREADS

    monkeypatch.setenv("HAVEN_RUNS_DIR", str(runs_with_adapter))
    monkeypatch.setenv("HAVEN_REPORT_DIR", str(runs_with_adapter.parent / "no-report-yet"))
    monkeypatch.setenv(ENV_N_CTX, "512")
    monkeypatch.setenv(ENV_THREADS, "1")
    return runs_with_adapter
