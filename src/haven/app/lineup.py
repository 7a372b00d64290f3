"""What the dashboard can put on screen: models, their adapters, and a backend for each.

Plain Python, no Streamlit: the dashboard caches what these functions return (models
load once per process) and renders it; the tests call them directly.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from haven.chat.backends.base import Backend, BackendSpec, Variant
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
        """The technical label: catalog name and variant (``smollm2-135m · fine-tuned``)."""
        return f"{self.model} · {Variant(self.variant).label}"

    @property
    def title(self) -> str:
        """What a person reads above a column: ``SmolLM2 135M · fine-tuned``."""
        return f"{display_name(self.model)} · {Variant(self.variant).label}"


_CHAT_SUFFIXES = {"instruct", "it", "chat"}
_SIZE = re.compile(r"^\d+(\.\d+)?[mbk]$", re.IGNORECASE)


def display_name(model: str) -> str:
    """A model's name as people write it, from its upstream repository (``SmolLM2 135M``, ``Gemma 3 270M``).

    The catalog name stays the technical id (``--model``, tooltips); a name outside the
    catalog is shown as it is.
    """
    from haven.models.catalog import CATALOG

    spec = CATALOG.get(model)
    if spec is None or not spec.hub_id:
        return model
    words = spec.hub_id.rsplit("/", 1)[-1].split("-")
    while len(words) > 1 and words[-1].lower() in _CHAT_SUFFIXES:
        words.pop()
    words = [w.upper() if _SIZE.match(w) else w for w in words]
    return " ".join([words[0][:1].upper() + words[0][1:], *words[1:]])


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
    from haven.train.adapter import Adapter

    found: dict[str, tuple[float, Path]] = {}
    for card_path in Adapter.card_files(runs):
        folder = card_path.parent
        try:
            adapter = Adapter.open(folder)
        except HavenError:
            continue  # an unfinished or broken run is not offered
        stamp = card_path.stat().st_mtime
        if adapter.base_model not in found or stamp > found[adapter.base_model][0]:
            found[adapter.base_model] = (stamp, folder)
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
    from haven.chat.backends.base import open_backend as open_spec

    try:
        spec = backend_spec(choice, config)
    except HavenError as err:  # e.g. the OpenAI-compatible backend without a URL
        from haven.chat.fallback import ResourcesOnlyBackend

        return ResourcesOnlyBackend(reason=str(err)), str(err)
    backend = open_spec(spec, fallback=True, shared_loader=shared_model)
    return backend, (None if backend.capabilities.model else backend.reason)


def backend_spec(choice: ModelChoice, config: BackendConfig) -> BackendSpec:
    """What the dashboard asks the backend registry for: the choice, opened as `config` says."""
    return BackendSpec(kind=config.kind, model=choice.model, adapter=Path(choice.adapter) if choice.adapter else None,
                       variant=choice.variant, n_ctx=config.n_ctx, n_threads=config.n_threads,
                       url=config.url, export_gguf=True)
