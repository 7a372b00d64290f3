"""The deployer's safety settings, found the same way by every front door.

A deployer writes ``safety.toml`` once (``$HAVEN_HOME/safety.toml``, or a file passed with
``--safety-config``); the CLI's verbs and the dashboard read it through
:func:`deployer_settings`, with what the person chose (locale, strictness) on top.
"""

from __future__ import annotations

from pathlib import Path

from haven.paths import safety_config_path
from haven.safety import SafetySettings
from haven.safety.settings import load_safety_settings


def deployer_settings(config: Path | None = None, **overrides) -> SafetySettings:
    """Settings from `config` (or the user's safety.toml when present), with the non-None `overrides` on top."""
    path = config or safety_config_path()
    if config is not None or path.exists():
        return load_safety_settings(path, **overrides)
    return SafetySettings(**{k: v for k, v in overrides.items() if v is not None})
