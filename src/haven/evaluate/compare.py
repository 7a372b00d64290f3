"""Evaluate a base model and its adapter on the same held-out split.

`evaluate_model` recomputes perplexity for base and fine-tuned with the split and
settings recorded in the adapter's run card (or the defaults when there is no
adapter), so the numbers are comparable across models and with training.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haven.data.prepare import prepare_data
from haven.errors import ConfigError
from haven.evaluate.perplexity import PerplexityResult, evaluate_loss
from haven.models.load import load_model
from haven.train.adapter import attach_adapter, check_adapter_folder
from haven.train.card import RunCard
from haven.train.config import TrainConfig, config_from_dict
from haven.train.lora import select_examples, tokenize_all


@dataclass(frozen=True)
class EvalReport:
    """Held-out perplexity of a base model and (optionally) its fine-tuned version."""

    model: str
    adapter: str | None
    base: PerplexityResult
    tuned: PerplexityResult | None
    split_fingerprint: str

    @property
    def improvement_pct(self) -> float | None:
        if self.tuned is None:
            return None
        return round(100 * (self.base.perplexity - self.tuned.perplexity) / self.base.perplexity, 2)

    def to_dict(self) -> dict:
        return {
            "model": self.model,
            "adapter": self.adapter,
            "base": self.base.to_dict(),
            "tuned": self.tuned.to_dict() if self.tuned else None,
            "perplexity_improvement_pct": self.improvement_pct,
            "split_fingerprint": self.split_fingerprint,
        }


def evaluate_model(model: str | None, adapter: Path | None = None, config: TrainConfig | None = None,
                   eval_examples: int | None = None, backend: str = "transformers") -> EvalReport:
    """Perplexity of base (and base + adapter) on the held-out split the run card names.

    `backend` is ``transformers`` (the de-quantised model, adapter switched on) or
    ``llama.cpp`` (the GGUF file as it is served, with the exported ``adapter.gguf``).
    """
    card: RunCard | None = check_adapter_folder(adapter) if adapter else None
    if config is None:
        config = config_from_dict(card.config) if card else TrainConfig()
    if eval_examples is not None:
        config = config.__class__(**{**config.to_dict(), "eval_examples": eval_examples,
                                     "target_modules": tuple(config.target_modules)})
    name = model or (card.base_model if card else config.model)
    if backend == "llama.cpp":
        return _evaluate_llamacpp(name, adapter, config)
    if backend != "transformers":
        raise ConfigError(f"--backend is {backend!r}; evaluation runs on transformers or llama.cpp")
    loaded = load_model(name, config.precision)
    data = prepare_data(config.data, seed=config.seed, validation_fraction=config.validation_fraction,
                        accept_noncommercial=config.accept_noncommercial)
    _, validation = select_examples(data, config)
    tokenized = tokenize_all(loaded.tokenizer, validation, config)
    pad_id = loaded.tokenizer.pad_token_id
    base = evaluate_loss(loaded.model, tokenized, pad_id, config.batch_size)
    tuned = None
    if adapter:
        tuned = evaluate_loss(attach_adapter(loaded, adapter), tokenized, pad_id, config.batch_size)
    return EvalReport(model=loaded.spec.name, adapter=str(adapter) if adapter else None, base=base, tuned=tuned,
                      split_fingerprint=data.split.fingerprint())


def _held_out(tokenizer, config: TrainConfig):
    data = prepare_data(config.data, seed=config.seed, validation_fraction=config.validation_fraction,
                        accept_noncommercial=config.accept_noncommercial)
    _, validation = select_examples(data, config)
    return tokenize_all(tokenizer, validation, config), data.split.fingerprint()


def _evaluate_llamacpp(name: str, adapter: Path | None, config: TrainConfig) -> EvalReport:
    from haven.chat.backends.llamacpp_backend import find_adapter_gguf
    from haven.evaluate.perplexity_llamacpp import evaluate_loss_llamacpp
    from haven.models.load import load_tokenizer
    from haven.models.resolve import resolve_model

    resolved = resolve_model(name)
    if resolved.gguf_path is None:
        raise ConfigError(f"--backend llama.cpp needs a GGUF model; {name} is not one")
    tokenized, fingerprint = _held_out(load_tokenizer(resolved), config)
    base = evaluate_loss_llamacpp(resolved.gguf_path, tokenized)
    tuned = evaluate_loss_llamacpp(resolved.gguf_path, tokenized, find_adapter_gguf(adapter)) if adapter else None
    return EvalReport(model=resolved.spec.name, adapter=str(adapter) if adapter else None, base=base, tuned=tuned,
                      split_fingerprint=fingerprint)
