"""Suite-wide settings: no hub, a shared model cache, a private data home.

The converted bundled models are cached under `.cache/` in the repository (ignored by
git) so a second run skips the one-time GGUF de-quantisation; CI starts empty.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HAVEN_CACHE_DIR", str(ROOT / ".cache" / "haven"))
os.environ["HF_HUB_OFFLINE"] = "1"  # tests never reach a hub
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Each test writes its user data (conversations, audit logs) into a fresh folder."""
    monkeypatch.setenv("HAVEN_HOME", str(tmp_path_factory.mktemp("haven-home")))


@pytest.fixture(scope="session")
def smollm2():
    """SmolLM2-135M-Instruct from its bundled GGUF, loaded once per session (fp32)."""
    from haven.models.load import load_model

    return load_model("smollm2-135m", precision="fp32")


@pytest.fixture(scope="session")
def smollm2_tokenizer(smollm2):
    return smollm2.tokenizer
