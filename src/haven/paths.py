"""Where Haven keeps its files on the user's machine: every default folder and its variable, in one place.

Everything lives under one data directory (``$HAVEN_HOME``, default
``~/.local/share/haven``) and one cache directory (``$HAVEN_CACHE_DIR``, default
``~/.cache/haven``), so "delete my data" and "clear the cache" each have one answer.
Every verb and the dashboard take their defaults from these functions, so a variable
set once is honoured everywhere:

==================  =======================================  ==========================================
variable            default                                  used for
==================  =======================================  ==========================================
HAVEN_HOME          ~/.local/share/haven                     conversations, votes, safety.toml, audit log
HAVEN_CACHE_DIR     ~/.cache/haven                           converted models, hashes, reply cache, scorers
HAVEN_RUNS_DIR      ./runs                                   adapters and run cards (train, demo, compare, app)
HAVEN_REPORT_DIR    ./reports/comparison                     the comparison report (demo, compare, app)
HAVEN_DATA_DIR      the first shared/data above the checkout  the data sets (:mod:`haven.data.paths`)
==================  =======================================  ==========================================
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


SAFETY_FILE = "safety.toml"


def safety_config_path() -> Path:
    """The deployer's safety settings file: ``$HAVEN_HOME/safety.toml`` (used when it exists)."""
    return haven_home() / SAFETY_FILE
