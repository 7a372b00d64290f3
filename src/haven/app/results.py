"""What the Metrics and Models tabs show: run-card results and model cards, as plain data.

Every number here comes from an artefact that says how it was made: the run card
beside each adapter (``run_card.json``) and the model catalog. The dashboard renders
these records; it computes nothing of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from haven.errors import HavenError
from haven.evaluate.cards import ModelCard
from haven.train.adapter import Adapter
from haven.train.card import EvalKey, RunCard, read_run_card

MIB = 1024 * 1024


@dataclass(frozen=True)
class RunResult:
    """One training run's results, from its run card.

    Attributes:
        folder: the adapter folder.
        model: the base model's name.
        trainable_params, total_params, trainable_pct: LoRA's share of the weights.
        peak_memory_mb: peak memory of training (RSS on a CPU).
        lora_memory_mb, full_finetune_memory_mb: estimated training memory, LoRA vs full.
        train_seconds, steps: how long training ran.
        base_perplexity, tuned_perplexity: held-out reply-token perplexity (None if not measured).
        curve: one dict per step with ``step``, ``train_loss`` and, where evaluated, ``eval_loss``.
    """

    folder: Path
    model: str
    trainable_params: int
    total_params: int
    trainable_pct: float
    peak_memory_mb: float
    lora_memory_mb: float
    full_finetune_memory_mb: float
    train_seconds: float
    steps: int
    base_perplexity: float | None
    tuned_perplexity: float | None
    curve: list[dict] = field(default_factory=list)

    @property
    def perplexity_change_pct(self) -> float | None:
        """Relative change of perplexity, fine-tuned vs base (negative is better)."""
        if not self.base_perplexity or self.tuned_perplexity is None:
            return None
        from haven.train.heldout import perplexity_change_pct

        return perplexity_change_pct(self.base_perplexity, self.tuned_perplexity)

    @classmethod
    def from_card(cls, folder: Path, card: RunCard) -> "RunResult":
        ev = card.eval or {}
        return cls(
            folder=folder, model=card.base_model, trainable_params=card.trainable_params, total_params=card.total_params,
            trainable_pct=card.trainable_pct, peak_memory_mb=card.peak_memory_mb, lora_memory_mb=card.lora_memory_mb,
            full_finetune_memory_mb=card.full_finetune_memory_mb, train_seconds=card.train_seconds, steps=card.steps,
            base_perplexity=ev.get(EvalKey.BASE_PERPLEXITY), tuned_perplexity=ev.get(EvalKey.TUNED_PERPLEXITY),
            curve=[dict(entry) for entry in card.history],
        )


def read_run_results(runs: Path) -> list[RunResult]:
    """Results of every run card under `runs` (one folder per run), by model name.

    The one place the dashboard reads evaluation results; a comparison report
    (``haven compare``) can be added here beside the run cards.
    """
    results = []
    for card_path in Adapter.card_files(runs):
        try:
            results.append(RunResult.from_card(card_path.parent, read_run_card(card_path.parent)))
        except HavenError:
            continue  # a corrupt card is reported by `haven evaluate`, not by a chart
    return sorted(results, key=lambda r: (r.model, str(r.folder)))


def model_card(name: str, adapter: Path | None = None) -> ModelCard:
    """The model's card (the one the report uses), with its weights' size, its adapter's run results and data card."""
    from haven.evaluate.cards import build_model_card
    from haven.models.catalog import get_spec

    card = read_run_card(adapter) if adapter is not None else None
    run = RunResult.from_card(Path(adapter), card) if card is not None else None
    return replace(build_model_card(name, card), weights_mb=_weights_mb(get_spec(name)), run=run,
                   data_card=(card.data or None) if card is not None else None)


def _weights_mb(spec) -> float | None:
    """The GGUF file's size: what llama.cpp maps into memory for the weights."""
    from haven.models.resolve import bundled_gguf_path

    if not spec.package:
        return None
    try:
        return bundled_gguf_path(spec).stat().st_size / MIB
    except (HavenError, OSError):
        return None


@dataclass(frozen=True)
class ReplySummary:
    """Median figures of every stored model reply of one model variant (crisis responses left out).

    Attributes:
        model, variant: the model variant.
        replies: how many replies the medians are over.
        ttft_ms, latency_s, tokens_per_s, words: medians.
        stopped: replies stopped by the person or by the time limit.
    """

    model: str
    variant: str
    replies: int
    ttft_ms: float
    latency_s: float
    tokens_per_s: float
    words: float
    stopped: int


def summarise_replies(conversations: list, turns: list) -> list[ReplySummary]:
    """Medians per model variant over stored turns (`ConversationRecord`s and `TurnRecord`s)."""
    from statistics import median

    owner = {c.id: (c.model, c.variant) for c in conversations}
    groups: dict[tuple[str, str], list] = {}
    for turn in turns:
        if not turn.crisis and turn.conversation_id in owner:
            groups.setdefault(owner[turn.conversation_id], []).append(turn)
    return [
        ReplySummary(model=model, variant=variant, replies=len(group),
                     ttft_ms=median(t.ttft_s * 1000 for t in group), latency_s=median(t.total_s for t in group),
                     tokens_per_s=median(t.tokens_per_s for t in group), words=median(t.words for t in group),
                     stopped=sum(t.cancelled or t.timed_out for t in group))
        for (model, variant), group in sorted(groups.items())
    ]


def read_comparison(folder: Path):
    """The comparison report in `folder` (``haven compare``), or None when there is none yet."""
    from haven.evaluate.report import COMPARISON_JSON, load_comparison

    path = Path(folder) / COMPARISON_JSON
    if not path.exists():
        return None
    try:
        return load_comparison(path)
    except HavenError:
        return None  # an unreadable report is `haven compare`'s to explain; the tab shows the run cards


def comparison_rows(report) -> list[dict]:
    """The report's headline rows (:func:`haven.evaluate.report.summary_rows`) with the dashboard's column names."""
    from haven.evaluate.report import summary_rows

    return [{
        "model": r.label,
        "perplexity": _round(r.perplexity, 2),
        "empathy (0-6)": _round(r.empathy, 2),
        "similarity to therapists": _round(r.similarity, 3),
        "ROUGE-L": _round(r.rouge_l, 3),
        "guard replaced": f"{r.replaced or 0}/{r.generated or 0}" if r.generated is not None else None,
        "crisis probes with resources": (f"{r.crisis_with_resources or 0}/{r.crisis_n or 0}"
                                         if r.crisis_n is not None else None),
        "tokens/s": _round(r.tokens_per_s, 1),
        "TTFT (ms)": _round(r.ttft_ms, 0),
        "memory (MiB)": _round(r.memory_mb, 0),
    } for r in summary_rows(report)]


def _round(value, digits: int):
    return None if value is None else round(float(value), digits)
