"""The one backend contract every chat backend implements, the registry, and how one is opened.

Like simonw/llm's ``Model``: a backend declares its capabilities, takes generation
options, and ``generate()`` yields text chunks and finally one ``Timings`` object.
Construction is part of the contract (llm's ``register_models`` and ``Options``): every
front door describes what it wants as a typed :class:`BackendSpec` and calls
:func:`open_backend`, which picks the backend by name from the registry and, asked to,
falls back to a resources-only backend when no model can load. Chat, evaluation and the
dashboard only talk to this contract; none of them branches on which backend it is.
"""

from __future__ import annotations

import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Protocol, runtime_checkable

from haven.errors import ConfigError, HavenError
from haven.models.variant import Variant, variant_label  # noqa: F401 - re-exported: backends import it from here


# Tokens that close a reply in the templates Haven knows (ChatML, Gemma, Phi-3, Llama-3).
END_OF_TURN_MARKERS: tuple[str, ...] = ("<|im_end|>", "<end_of_turn>", "<|end|>", "<|eot_id|>")


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do."""

    streaming: bool = True
    adapters: bool = False  # can switch a LoRA adapter on and off in one loaded model
    token_counting: bool = True
    model: bool = True  # False: no model answers (the resources-only fallback)


@dataclass(frozen=True)
class GenerationOptions:
    """Sampling options shared by every backend.

    Attributes:
        temperature: 0 means greedy decoding.
        top_p: nucleus sampling mass.
        max_tokens: longest reply in tokens.
        stop: extra stop strings (the model's end-of-turn token always stops).
        repetition_penalty: penalty on tokens already in the context (1 = none); small
            models loop without one.
        seed: sampling seed, for reproducible replies.
        timeout_s: wall-clock limit for one reply; the person gets a message, never a hang.
    """

    temperature: float = 0.7
    top_p: float = 0.9
    max_tokens: int = 200
    stop: tuple[str, ...] = ()
    repetition_penalty: float = 1.15
    seed: int | None = None
    timeout_s: float = 120.0

    def __post_init__(self) -> None:
        if not 0 <= self.temperature <= 2:
            raise ConfigError(f"--temperature is {self.temperature}; it must be between 0 and 2")
        if not 0 < self.top_p <= 1:
            raise ConfigError(f"--top-p is {self.top_p}; it must be in (0, 1]")
        if not 1 <= self.max_tokens <= 8192:
            raise ConfigError(f"--max-tokens is {self.max_tokens}; it must be between 1 and 8192")
        if not 1 <= self.repetition_penalty <= 2:
            raise ConfigError(f"--repetition-penalty is {self.repetition_penalty}; it must be between 1 and 2")
        if self.timeout_s <= 0:
            raise ConfigError(f"timeout is {self.timeout_s} s; it must be positive")


@dataclass
class Timings:
    """How long a reply took: the figures every reply reports."""

    ttft_s: float = 0.0
    total_s: float = 0.0
    prompt_tokens: int = 0
    reply_tokens: int = 0
    cancelled: bool = False
    timed_out: bool = False

    @property
    def tokens_per_s(self) -> float:
        decode = self.total_s - self.ttft_s
        if self.reply_tokens <= 1 or decode <= 0:
            return 0.0
        return (self.reply_tokens - 1) / decode

    def to_dict(self) -> dict:
        data = asdict(self)
        data["ttft_ms"] = round(self.ttft_s * 1000, 1)
        data["tokens_per_s"] = round(self.tokens_per_s, 2)
        return data


@runtime_checkable
class Backend(Protocol):
    """A chat backend: one model (and optional adapter variant) behind one interface."""

    name: str
    label: str
    capabilities: Capabilities
    context_length: int

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        """Prompt tokens these messages take once rendered with the generation prompt."""

    def generate(
        self, messages: list[dict[str, str]], options: GenerationOptions, cancel: threading.Event | None = None
    ) -> Iterator[str | Timings]:
        """Yield reply text chunks, then exactly one Timings."""

    def close(self) -> None:
        """Release what this backend holds (a loaded model, once no other backend shares it)."""


DEFAULT_MODEL = "smollm2-135m"  # what answers when neither a model nor an adapter is named
OPENAI_KIND = "openai"  # the one backend that needs a URL instead of weights


@dataclass(frozen=True)
class BackendSpec:
    """What a front door asks for; :func:`open_backend` turns it into a backend.

    Attributes:
        kind: the backend's registry name: ``transformers``, ``llama.cpp`` or ``openai``.
        model: catalog name, model folder or ``.gguf`` path; None means the adapter's base,
            else ``smollm2-135m`` (for ``openai``: the name the server is asked for, if any).
        adapter: a Haven adapter folder, or None for the base model alone.
        variant: ``tuned`` (with the adapter) or ``base`` (the adapter switched off).
        n_ctx: context window in tokens for backends that allocate one (None: the backend's default).
        n_threads: CPU threads for backends that take a count (None: every core).
        url: base URL of an OpenAI-compatible server (``openai`` only).
        precision: load precision for backends that load weights themselves (``auto`` decides per machine).
        export_gguf: export the adapter's ``adapter.gguf`` when llama.cpp needs it and it is missing
            (the comparison, the demo and the dashboard do; `haven chat` says to run `haven export`).
    """

    kind: str = "transformers"
    model: str | None = None
    adapter: Path | None = None
    variant: Variant = Variant.TUNED
    n_ctx: int | None = None
    n_threads: int | None = None
    url: str | None = None
    precision: str = "auto"
    export_gguf: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "variant", Variant.parse(self.variant))
        if self.adapter is not None:
            object.__setattr__(self, "adapter", Path(self.adapter))
        if self.kind == OPENAI_KIND and not self.url:
            raise ConfigError("the OpenAI-compatible backend needs a URL such as http://127.0.0.1:8080/v1 (--backend-url)")
        if self.n_threads is not None and self.n_threads < 1:
            raise ConfigError(f"--threads is {self.n_threads}; give at least 1 (or leave it out for every core)")

    def model_name(self) -> str:
        """The model to load: the one named, else the adapter's base, else the default."""
        if self.model is not None:
            return self.model
        if self.adapter is not None:
            from haven.train.adapter import Adapter

            return Adapter.open(self.adapter, gguf_only=False).base_model or DEFAULT_MODEL
        return DEFAULT_MODEL


def needs_url(kind: str) -> bool:
    """Whether the backend `kind` talks to a server (and so needs a URL) rather than loading weights."""
    return kind == OPENAI_KIND


BackendFactory = Callable[..., Backend]
_REGISTRY: dict[str, BackendFactory] = {}


def register_backend(name: str) -> Callable[[BackendFactory], BackendFactory]:
    """Class decorator: make a backend available by name.

    The class is built from keywords (``create_backend``) or, through its ``from_spec``
    classmethod, from a :class:`BackendSpec` (``open_backend``); a class may also offer a
    ``prepare(spec)`` classmethod that writes what it needs on disk first, and a
    ``release_loaded()`` staticmethod that frees the models it keeps per process.
    """

    def wrap(factory: BackendFactory) -> BackendFactory:
        _REGISTRY[name] = factory
        return factory

    return wrap


def backend_names() -> list[str]:
    """Names of the registered backends."""
    _load_builtin_backends()
    return sorted(_REGISTRY)


def create_backend(name: str, **kwargs) -> Backend:
    """Instantiate the backend registered as `name`."""
    _load_builtin_backends()
    if name not in _REGISTRY:
        raise ConfigError(f"--backend is {name!r}; choose one of {', '.join(sorted(_REGISTRY))}")
    return _REGISTRY[name](**kwargs)


def open_backend(spec: BackendSpec, *, fallback: bool = False, shared_loader: Callable | None = None) -> Backend:
    """The backend `spec` describes, from the registry.

    With `fallback`, a model that cannot load (a missing or corrupt file, a wrong adapter,
    no server) gives a resources-only backend instead of an error: the chat still answers
    and still offers crisis help; its ``capabilities.model`` is False and its ``reason``
    says why. `shared_loader(model, adapter)` lets a caller that caches loaded models hand
    the same one to both variants (backends that load weights in-process use it).
    """
    _load_builtin_backends()
    try:
        if spec.kind not in _REGISTRY:
            raise ConfigError(f"--backend is {spec.kind!r}; choose one of {', '.join(sorted(_REGISTRY))}")
        return _from_spec(_REGISTRY[spec.kind], spec, shared_loader)
    except HavenError as err:
        if not fallback:
            raise
        from haven.chat.fallback import ResourcesOnlyBackend

        return ResourcesOnlyBackend(reason=str(err))


def _from_spec(factory: BackendFactory, spec: BackendSpec, shared_loader: Callable | None) -> Backend:
    from_spec = getattr(factory, "from_spec", None)
    if from_spec is not None:
        return from_spec(spec, shared_loader=shared_loader)
    # a plain factory (a plugin's function or a test double) takes the common keywords
    return factory(model=spec.model, adapter=spec.adapter, variant=spec.variant)


def prepare_backend(spec: BackendSpec) -> None:
    """Make on disk what `spec` needs before it opens (llama.cpp: the exported ``adapter.gguf``), once."""
    _load_builtin_backends()
    prepare = getattr(_REGISTRY.get(spec.kind), "prepare", None)
    if prepare is not None:
        prepare(spec)


def release_loaded_models() -> None:
    """Free every model a backend keeps loaded for the process (before measuring the next one's memory)."""
    _load_builtin_backends()
    for factory in _REGISTRY.values():
        release = getattr(factory, "release_loaded", None)
        if release is not None:
            release()


def _load_builtin_backends() -> None:
    # Importing the modules registers them; each imports its heavy dependency lazily.
    from haven.chat.backends import llamacpp_backend, openai_backend, transformers_backend  # noqa: F401


@dataclass
class StaticReply:
    """A canned backend reply, used when no model can load so the chat still answers."""

    text: str
    timings: Timings = field(default_factory=Timings)


class StopEvent(threading.Event):
    """An event that also reads as set when the caller's event is: what a backend watches when the engine
    (a sentence ended near the budget) or a pool (its reader left) may stop a generation besides the caller."""

    POLL_S = 0.05

    def __init__(self, caller: threading.Event | None) -> None:
        super().__init__()
        self.caller = caller

    def is_set(self) -> bool:
        return super().is_set() or (self.caller is not None and self.caller.is_set())

    def wait(self, timeout: float | None = None) -> bool:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.is_set():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                return False
            super().wait(self.POLL_S if left is None else min(self.POLL_S, left))
        return True
