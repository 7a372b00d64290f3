"""Fixtures of the robustness suite; its helpers live in robustness_kit.py (importable from here)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from haven.deps import is_llama_cpp_available

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="session")
def llama_backend():
    """The bundled SmolLM2 on llama.cpp, one thread and a small window (light on a shared machine)."""
    if not is_llama_cpp_available():
        pytest.skip("llama-cpp-python (the `gguf` extra) is not installed")
    from haven.chat.backends.base import create_backend

    return create_backend("llama.cpp", model="smollm2-135m", n_ctx=512, n_threads=1)
