"""`haven evaluate`: held-out loss and perplexity of a base model and its adapter.

`evaluate_model` recomputes perplexity for base and fine-tuned with the split and
settings recorded in the adapter's run card (or the defaults when there is no
adapter), so the numbers are comparable across models and with training. The loss
itself is training's (:mod:`haven.train.heldout`: reply tokens only, exp of the mean
cross-entropy); this module adds the second backend (llama.cpp, the GGUF as served) and
the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haven.errors import ConfigError
from haven.models.load import load_model
from haven.train.adapter import Adapter, open_adapter
from haven.train.config import TrainConfig, config_from_dict
from haven.train.heldout import (  # noqa: F401 - PerplexityResult and evaluate_loss are public here too
    PerplexityResult,
    evaluate_loss,
    heldout_examples,
    perplexity_change_pct,
)


@dataclass(frozen=True)
class EvalReport:
    """Held-out perplexity of a base model and (optionally) its fine-tuned version."""

    model: str
    adapter: str | None
    base: PerplexityResult
    tuned: PerplexityResult | None
    split_fingerprint: str

    @property
    def change_pct(self) -> float | None:
        """Perplexity change, fine-tuned vs base, in percent (negative: the adapter helped)."""
        if self.tuned is None:
            return None
        return round(perplexity_change_pct(self.base.perplexity, self.tuned.perplexity), 2)

    @property
    def improvement_pct(self) -> float | None:
        """The same change with the sign turned (positive: the adapter helped), as `--json` has always reported it."""
        return None if self.change_pct is None else -self.change_pct

    def to_dict(self) -> dict:
        return {
            "model": self.model,
            "adapter": self.adapter,
            "base": self.base.to_dict(),
            "tuned": self.tuned.to_dict() if self.tuned else None,
            "perplexity_change_pct": self.change_pct,
            "perplexity_improvement_pct": self.improvement_pct,
            "split_fingerprint": self.split_fingerprint,
        }


def evaluate_model(model: str | None, adapter: Path | None = None, config: TrainConfig | None = None,
                   eval_examples: int | None = None, backend: str = "transformers") -> EvalReport:
    """Perplexity of base (and base + adapter) on the held-out split the run card names.

    `backend` is ``transformers`` (the de-quantised model, adapter switched on) or
    ``llama.cpp`` (the GGUF file as it is served, with the exported ``adapter.gguf``).
    """
    opened = open_adapter(adapter)
    card = opened.card if opened else None
    if config is None:
        config = config_from_dict(card.config) if card else TrainConfig()
    if eval_examples is not None:
        config = config.__class__(**{**config.to_dict(), "eval_examples": eval_examples,
                                     "target_modules": tuple(config.target_modules)})
    name = model or (card.base_model if card else config.model)
    if backend not in LOSS_BACKENDS:
        raise ConfigError(f"--backend is {backend!r}; evaluation runs on {' or '.join(LOSS_BACKENDS)}")
    return LOSS_BACKENDS[backend](name, opened, config)


def _evaluate_transformers(name: str, adapter: Adapter | None, config: TrainConfig) -> EvalReport:
    loaded = load_model(name, config.precision)
    heldout = heldout_examples(loaded.tokenizer, config)
    pad_id = loaded.tokenizer.pad_token_id
    base = evaluate_loss(loaded.model, heldout.examples, pad_id, config.batch_size)
    tuned = evaluate_loss(adapter.attach(loaded), heldout.examples, pad_id, config.batch_size) if adapter else None
    return EvalReport(model=loaded.spec.name, adapter=str(adapter.folder) if adapter else None, base=base, tuned=tuned,
                      split_fingerprint=heldout.fingerprint)


def _evaluate_llamacpp(name: str, adapter: Adapter | None, config: TrainConfig) -> EvalReport:
    from haven.evaluate.perplexity_llamacpp import evaluate_loss_llamacpp
    from haven.models.load import load_tokenizer
    from haven.models.resolve import resolve_model

    resolved = resolve_model(name)
    if resolved.gguf_path is None:
        raise ConfigError(f"--backend llama.cpp needs a GGUF model; {name} is not one")
    heldout = heldout_examples(load_tokenizer(resolved), config)
    base = evaluate_loss_llamacpp(resolved.gguf_path, heldout.examples)
    tuned = evaluate_loss_llamacpp(resolved.gguf_path, heldout.examples, adapter.require_gguf()) if adapter else None
    return EvalReport(model=resolved.spec.name, adapter=str(adapter.folder) if adapter else None, base=base, tuned=tuned,
                      split_fingerprint=heldout.fingerprint)


# Held-out loss needs every position's logits, which the chat contract does not give; each
# runtime that can give them has its evaluator here, by the backend name the CLI takes.
LOSS_BACKENDS = {"transformers": _evaluate_transformers, "llama.cpp": _evaluate_llamacpp}
