"""What the dashboard can put on screen: models, their adapters, and a backend for each.

Plain Python, no Streamlit: the dashboard caches what these functions return (models
load once per process) and renders it; the tests call them directly.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from haven.chat.backends.base import Backend, Variant
from haven.errors import HavenError

LLAMA_CPP, TRANSFORMERS, OPENAI = "llama.cpp", "transformers", "openai"
BACKEND_KINDS: tuple[str, ...] = (LLAMA_CPP, TRANSFORMERS, OPENAI)
DEFAULT_BACKEND = LLAMA_CPP  # the fastest on a CPU: the bundled 4-bit GGUF + the exported adapter.gguf
# Environment overrides for the dashboard (tests use a small context and one thread).
ENV_N_CTX, ENV_THREADS = "HAVEN_APP_N_CTX", "HAVEN_APP_THREADS"
ENV_MODELS = "HAVEN_APP_MODELS"  # comma-separated catalog names to offer (default: the bundled models)
DEFAULT_N_CTX = 2048


@dataclass(frozen=True, order=True)
class ModelChoice:
    """One column of the chat: a model and a variant (with the adapter that makes it `tuned`)."""

    model: str
    variant: str = Variant.BASE
    adapter: str | None = None  # the adapter folder, as a string so the choice can key a cache

    @property
    def key(self) -> str:
        return f"{self.model}:{self.variant}"

    @property
    def label(self) -> str:
        return f"{self.model} · {'fine-tuned' if self.variant == Variant.TUNED else 'base'}"


@dataclass(frozen=True)
class BackendConfig:
    """How the dashboard opens its backends.

    Attributes:
        kind: ``llama.cpp``, ``transformers`` or ``openai``.
        url: the OpenAI-compatible server's base URL (``openai`` only).
        n_ctx: llama.cpp context size in tokens.
        n_threads: llama.cpp threads; None uses every core.
    """

    kind: str = DEFAULT_BACKEND
    url: str | None = None
    n_ctx: int = DEFAULT_N_CTX
    n_threads: int | None = None

    @classmethod
    def from_env(cls, kind: str = DEFAULT_BACKEND, url: str | None = None) -> "BackendConfig":
        threads = os.environ.get(ENV_THREADS)
        return cls(kind=kind, url=url or None, n_ctx=int(os.environ.get(ENV_N_CTX, DEFAULT_N_CTX)),
                   n_threads=int(threads) if threads else None)


def find_adapters(runs: Path) -> dict[str, Path]:
    """The newest complete adapter folder for each base model under `runs` (``runs/NAME`` as `haven demo` writes)."""
    from haven.train.adapter import check_adapter_folder
    from haven.train.card import RUN_CARD

    found: dict[str, tuple[float, Path]] = {}
    for card_path in sorted(Path(runs).glob(f"*/{RUN_CARD}")):
        folder = card_path.parent
        try:
            card = check_adapter_folder(folder)
        except HavenError:
            continue  # an unfinished or broken run is not offered
        stamp = card_path.stat().st_mtime
        if card.base_model not in found or stamp > found[card.base_model][0]:
            found[card.base_model] = (stamp, folder)
    return {model: folder for model, (_, folder) in found.items()}


def offered_models() -> tuple[str, ...]:
    """The models the dashboard offers: ``$HAVEN_APP_MODELS`` (set by `haven app --models`), else the bundled ones."""
    from haven.models.catalog import BUNDLED_MODELS

    names = tuple(n.strip() for n in os.environ.get(ENV_MODELS, "").split(",") if n.strip())
    return names or BUNDLED_MODELS


def available_choices(runs: Path, models: tuple[str, ...] | None = None) -> list[ModelChoice]:
    """Base and (where an adapter exists) fine-tuned choices of `models`, base beside tuned.

    Both choices of a model carry its adapter: the transformers backend serves base and
    fine-tuned from one loaded model, switching the adapter off for the base.
    """
    adapters = find_adapters(runs)
    choices = []
    for model in models or offered_models():
        adapter = str(adapters[model]) if model in adapters else None
        choices.append(ModelChoice(model, Variant.BASE, adapter))
        if adapter:
            choices.append(ModelChoice(model, Variant.TUNED, adapter))
    return choices


SharedModelLoader = Callable[[str, Path], object]  # (model, adapter) -> a loaded SharedModel


def open_backend(choice: ModelChoice, config: BackendConfig,
                 shared_model: SharedModelLoader | None = None) -> tuple[Backend, str | None]:
    """The backend for `choice`, or a resources-only one and the reason no model could load.

    `shared_model` lets a caller that caches loaded transformers models hand the same one
    to the base and fine-tuned choices of a model.
    """
    from haven.chat.backends.base import create_backend
    from haven.chat.fallback import ResourcesOnlyBackend

    adapter = Path(choice.adapter) if choice.adapter else None
    try:
        if config.kind == OPENAI:
            if not config.url:
                raise HavenError("the OpenAI-compatible backend needs a URL such as http://127.0.0.1:8080/v1")
            return create_backend(OPENAI, base_url=config.url, model=choice.model), None
        if config.kind == LLAMA_CPP:
            lora = adapter if choice.variant == Variant.TUNED else None  # the base needs no LoRA file
            if lora is not None:
                ensure_adapter_gguf(lora)
            return create_backend(LLAMA_CPP, model=choice.model, adapter=lora, variant=choice.variant,
                                  n_ctx=config.n_ctx, n_threads=config.n_threads), None
        if shared_model is not None and adapter is not None:
            return create_backend(config.kind, shared=shared_model(choice.model, adapter), variant=choice.variant), None
        return create_backend(config.kind, model=choice.model, adapter=adapter, variant=choice.variant), None
    except HavenError as err:
        return ResourcesOnlyBackend(reason=str(err)), str(err)


def ensure_adapter_gguf(adapter: Path) -> Path:
    """The adapter's llama.cpp LoRA file, exported once the way `haven demo` does."""
    from haven.chat.backends.llamacpp_backend import ADAPTER_GGUF
    from haven.export import export_lora_gguf

    path = adapter / ADAPTER_GGUF
    return path if path.is_file() else export_lora_gguf(adapter)
