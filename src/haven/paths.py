"""Where Haven keeps its files on the user's machine.

Everything lives under one data directory (``$HAVEN_HOME``, default
``~/.local/share/haven``) and one cache directory (``$HAVEN_CACHE_DIR``, default
``~/.cache/haven``), so "delete my data" and "clear the cache" each have one answer.
"""

from __future__ import annotations

import os
from pathlib import Path


def haven_home() -> Path:
    """The user's data directory: conversations, votes, settings, audit log."""
    env = os.environ.get("HAVEN_HOME")
    base = Path(env) if env else Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "haven"
    return base.expanduser()


def cache_dir() -> Path:
    """The cache directory: reassembled and converted models, cached evaluations."""
    env = os.environ.get("HAVEN_CACHE_DIR")
    base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "haven"
    return base.expanduser()


def runs_dir() -> Path:
    """Default folder for training runs (adapters and run cards): ``./runs`` unless ``$HAVEN_RUNS_DIR``."""
    return Path(os.environ.get("HAVEN_RUNS_DIR", "runs")).expanduser()


def report_dir() -> Path:
    """Default folder of the comparison report: ``./reports/comparison`` unless ``$HAVEN_REPORT_DIR``."""
    return Path(os.environ.get("HAVEN_REPORT_DIR", "reports/comparison")).expanduser()
