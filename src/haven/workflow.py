"""`haven demo`, the main job end to end: fine-tune, let every variant answer, compare.

For each model, the adapter in ``RUNS/MODEL`` is used if there is one; otherwise the model
is fine-tuned with a training profile. Then every variant (base and fine-tuned on
transformers, fine-tuned on llama.cpp with the exported adapter) answers one message
through the guarded chat path, and :mod:`haven.evaluate.compare` measures them all alike and
writes the report.

:func:`run_demo` is the one library function behind the command. It yields typed steps and
never prints: the front door renders each step (the CLI prints the tables, streams the
replies and shows a status line). Training is handed in by the caller (``train``), so the
training progress is drawn by whoever shows it; the default trains without showing anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Union

from haven.errors import ConfigError, HavenError
from haven.paths import report_dir, runs_dir

if TYPE_CHECKING:
    from haven.chat.engine import ChatEvent
    from haven.evaluate.compare import CompareConfig
    from haven.evaluate.report import ComparisonReport
    from haven.train.card import RunCard
    from haven.train.config import TrainConfig

DEMO_MODELS = ("smollm2-135m", "gemma3-270m")
DEMO_MESSAGE = "I've been feeling really anxious about work and I can't sleep."
DEMO_PROMPTS = 100  # held-out questions: 100 or more for paired intervals that mean something
DEMO_MIN_EMPATHY = 2  # train on answers the EPITOME scorer rates 2+ (README: Curating by the empathy scorer)
# Sampled, short replies: the demo shows what each variant sounds like; the comparison measures greedily.
DEMO_TEMPERATURE, DEMO_MAX_TOKENS, DEMO_SEED = 0.7, 80, 0

Trainer = Callable[["TrainConfig"], "RunCard"]
Progress = Callable[[str], None]


@dataclass(frozen=True)
class DemoConfig:
    """What `haven demo` does.

    Attributes:
        models: catalog names, each fine-tuned (if it has no adapter yet), chatted with and compared.
        runs: folder holding one adapter folder per model (``RUNS/MODEL``).
        output: folder for the comparison report.
        profile: training profile for models without an adapter yet.
        message: the message every variant answers, base and fine-tuned.
        prompts: held-out questions every model answers in the comparison.
        min_empathy: train only on counsel-chat answers the EPITOME scorer rates at this total or more
            (0-6; 0: the profile's curation alone). The demo accepts EPITOME's academic, non-commercial
            licence for this local use, as it does for the comparison; with a curation by the scorer, every
            answer of a question that passes is kept (``answers_per_question`` 0). 2 by default: on SmolLM2
            it raised emotional reactions in two runs where the profile alone did not (README).
    """

    models: tuple[str, ...] = DEMO_MODELS
    runs: Path = field(default_factory=runs_dir)
    output: Path = field(default_factory=report_dir)
    profile: str = "laptop"
    message: str = DEMO_MESSAGE
    prompts: int = DEMO_PROMPTS
    min_empathy: int = DEMO_MIN_EMPATHY

    def __post_init__(self) -> None:
        if not self.models:
            raise ConfigError("--models is empty; name at least one model, e.g. smollm2-135m")
        if self.prompts < 1:
            raise ConfigError(f"--prompts is {self.prompts}; at least 1 held-out question is needed")
        if not 0 <= self.min_empathy <= 6:
            raise ConfigError(f"--min-empathy is {self.min_empathy}; the empathy total runs 0-6 (0: off)")

    def train_overrides(self) -> dict:
        """What the demo changes in the profile: the curation by the empathy scorer, when asked for."""
        if not self.min_empathy:
            return {}
        return {"min_empathy": self.min_empathy, "answers_per_question": 0, "accept_epitome_license": True}

    def compare_config(self) -> "CompareConfig":
        """The comparison the demo runs: every model, base and fine-tuned, empathy scored (licence accepted)."""
        from haven.evaluate.compare import CompareConfig

        return CompareConfig(models=self.models, runs=str(self.runs), heldout_prompts=self.prompts,
                             accept_epitome_license=True)


@dataclass(frozen=True)
class AdapterFound:
    """`model` already has an adapter in `folder`: it is used as it is (delete the folder to retrain)."""

    model: str
    folder: Path


@dataclass(frozen=True)
class TrainingStarted:
    """`model` has no adapter yet: it is fine-tuned now with `profile` into `folder` (curated by the
    EPITOME scorer at `min_empathy` when it is above 0)."""

    model: str
    folder: Path
    profile: str
    min_empathy: int = 0


@dataclass(frozen=True)
class AdaptersReady:
    """Every model's run card, trained now or before, in the order of ``DemoConfig.models``."""

    cards: dict[str, "RunCard"]


@dataclass(frozen=True)
class VariantReply:
    """One variant answering the demo message: consume `events` (the guarded chat's) before the next step."""

    label: str
    message: str
    events: Iterator["ChatEvent"]


@dataclass(frozen=True)
class ComparisonStarted:
    """The comparison begins; progress messages follow through the `progress` callback."""

    config: "CompareConfig"


@dataclass(frozen=True)
class ComparisonWritten:
    """The comparison is done and written: report.md (at `path`), comparison.json and charts beside it."""

    report: "ComparisonReport"
    path: Path


DemoStep = Union[AdapterFound, TrainingStarted, AdaptersReady, VariantReply, ComparisonStarted, ComparisonWritten]


def train_quietly(config: "TrainConfig") -> "RunCard":
    """Fine-tune without showing progress; returns the run card."""
    from haven.evaluate.empathy import curation_scorer
    from haven.train.lora import train_lora

    return train_lora(config, empathy=curation_scorer(config)).card


def run_demo(config: DemoConfig, train: Trainer = train_quietly, progress: Progress | None = None) -> Iterator[DemoStep]:
    """The demo's steps, in order: adapters (trained where missing), one reply per variant, the comparison."""
    cards = yield from ensure_adapters(config, train)
    yield AdaptersReady(cards)
    yield from answer_message(config, cards)
    compare_config = config.compare_config()
    yield ComparisonStarted(compare_config)
    from haven.evaluate.compare import compare_and_write

    report, path = compare_and_write(compare_config, config.output, progress)
    yield ComparisonWritten(report, path)


def ensure_adapters(config: DemoConfig, train: Trainer) -> Iterator[DemoStep]:
    """Open each model's adapter, training the missing ones with ``config.profile``; returns {model: run card}."""
    from haven.train.adapter import Adapter
    from haven.train.config import build_config

    cards = {}
    for name in config.models:
        folder = Path(config.runs) / name
        try:
            cards[name] = Adapter.open(folder).card
            yield AdapterFound(name, folder)
        except HavenError:
            yield TrainingStarted(name, folder, config.profile, config.min_empathy)
            cards[name] = train(build_config(config.profile, model=name, output_dir=str(folder),
                                             **config.train_overrides()))
    return cards


def answer_message(config: DemoConfig, cards: dict[str, "RunCard"]) -> Iterator[VariantReply]:
    """Every variant answers the demo message: base and fine-tuned on transformers, fine-tuned on llama.cpp."""
    from functools import cache

    from haven.chat.backends.base import BackendSpec, GenerationOptions, open_backend
    from haven.chat.backends.transformers_backend import SharedModel
    from haven.chat.engine import ChatSession, respond
    from haven.models.variant import Variant

    options = GenerationOptions(temperature=DEMO_TEMPERATURE, max_tokens=DEMO_MAX_TOKENS, seed=DEMO_SEED)
    shared_loader = cache(SharedModel.load)  # base and fine-tuned answer from one loaded transformers model
    for name, card in cards.items():
        folder = Path(config.runs) / name
        specs = [BackendSpec("transformers", name, folder, variant) for variant in (Variant.BASE, Variant.TUNED)]
        specs.append(BackendSpec("llama.cpp", name, folder, Variant.TUNED, export_gguf=True))
        for spec in specs:
            backend = open_backend(spec, shared_loader=shared_loader)
            session = ChatSession(system_prompt=card.system_prompt)
            yield VariantReply(backend.label, config.message, respond(backend, session, config.message, options))
