"""The run card: how an adapter was made, saved beside it as ``run_card.json``.

Evaluation, chat, the comparison report and the dashboard read it back instead of
asking again: the base model and its file hash (so an adapter is never applied to
another base), the resolved config, the chat template, the data split and its
fingerprint, parameter counts, memory, time, and held-out perplexity before and after.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from haven.errors import AdapterError

RUN_CARD = "run_card.json"
CARD_VERSION = 1


class EvalKey:
    """Keys of the run card's `eval` section."""

    BASE_LOSS = "base_loss"
    BASE_PERPLEXITY = "base_perplexity"
    TUNED_LOSS = "tuned_loss"
    TUNED_PERPLEXITY = "tuned_perplexity"
    EXAMPLES = "examples"
    TOKENS = "tokens"


@dataclass
class RunCard:
    """Everything a reader needs to trust, reproduce and reuse an adapter."""

    base_model: str
    base_model_source: str
    base_sha256: str
    architecture: str
    chat_template: str
    system_prompt: str | None
    config: dict
    precision: str
    device: str
    world_size: int
    effective_batch: int
    trainable_params: int
    total_params: int
    trainable_pct: float
    peak_memory_mb: float
    full_finetune_memory_mb: float
    lora_memory_mb: float
    train_seconds: float
    tokens_trained: int
    steps: int
    best_step: int
    data: dict
    eval: dict
    history: list[dict] = field(default_factory=list)
    compute_dtype: str = ""  # what the matrix products ran in: "bf16" (autocast or bf16 weights) or "fp32"; "" before issue 16
    haven_version: str = ""
    created_at: str = ""
    card_version: int = CARD_VERSION

    def to_dict(self) -> dict:
        return asdict(self)

    def save(self, folder: Path) -> Path:
        path = Path(folder) / RUN_CARD
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.to_dict(), indent=2, ensure_ascii=False))
        tmp.replace(path)
        return path


def read_run_card(folder: Path) -> RunCard:
    """Read an adapter folder's run card, with a clear error when it is missing or corrupt."""
    path = Path(folder) / RUN_CARD
    if not path.exists():
        raise AdapterError(f"no {RUN_CARD} in {folder}: is this a Haven adapter folder? Train one with `haven train`")
    try:
        data = json.loads(path.read_text())
        return RunCard(**{k: v for k, v in data.items() if k in RunCard.__dataclass_fields__})
    except (json.JSONDecodeError, TypeError, UnicodeDecodeError) as err:
        raise AdapterError(f"{path} is corrupt ({err}): retrain or restore the adapter folder") from err


def memory_estimates_mb(total_params: int, trainable_params: int, bytes_per_weight: int) -> tuple[float, float]:
    """Weights + gradients + AdamW states, for full fine-tuning vs LoRA, in MiB.

    Full fine-tuning keeps a gradient and two fp32 Adam moments for every weight; LoRA
    keeps them only for the adapter, with the frozen base at its load precision.
    """
    mib = 1024 * 1024
    full = total_params * (bytes_per_weight + 4 + 8) / mib
    lora = (total_params * bytes_per_weight + trainable_params * (4 + 4 + 8)) / mib
    return round(full, 1), round(lora, 1)
