"""The one backend contract every chat backend implements, and the registry.

Like simonw/llm's ``Model``: a backend declares its capabilities, takes generation
options, and ``generate()`` yields text chunks and finally one ``Timings`` object.
Chat, evaluation and the dashboard only talk to this contract and pick a backend by
name from the registry; none of them branches on which backend it is.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterator, Protocol, runtime_checkable

from haven.errors import ConfigError


class Variant:
    """Which weights answer: the untouched base or base + adapter."""

    BASE = "base"
    TUNED = "tuned"


# Tokens that close a reply in the templates Haven knows (ChatML, Gemma, Phi-3, Llama-3).
END_OF_TURN_MARKERS: tuple[str, ...] = ("<|im_end|>", "<end_of_turn>", "<|end|>", "<|eot_id|>")


@dataclass(frozen=True)
class Capabilities:
    """What a backend can do."""

    streaming: bool = True
    adapters: bool = False  # can switch a LoRA adapter on and off in one loaded model
    token_counting: bool = True


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


BackendFactory = Callable[..., Backend]
_REGISTRY: dict[str, BackendFactory] = {}


def register_backend(name: str) -> Callable[[BackendFactory], BackendFactory]:
    """Class decorator: make a backend available by name."""

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


def _load_builtin_backends() -> None:
    # Importing the modules registers them; each imports its heavy dependency lazily.
    from haven.chat.backends import llamacpp_backend, openai_backend, transformers_backend  # noqa: F401


@dataclass
class StaticReply:
    """A canned backend reply, used when no model can load so the chat still answers."""

    text: str
    timings: Timings = field(default_factory=Timings)
