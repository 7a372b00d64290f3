"""Held-out examples and their loss: what training measures, and evaluation reuses.

The held-out split is the one a :class:`~haven.train.config.TrainConfig` names (data
source, seed, validation fraction), its examples tokenized with the config's system
prompt and reply-only labels. Loss is the mean token cross-entropy over the counsellor's
reply tokens (and the end-of-turn token), exactly the tokens training learns; prompt
tokens are excluded, as in the reference plan's validation perplexity. Training keeps
its best adapter by this loss, so it lives here, below evaluation (:mod:`haven.evaluate`
reports it; it never has to be imported back into training).
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, replace

from haven.data.format import DEFAULT_SYSTEM_PROMPT, TokenizedExample, tokenize_example
from haven.data.prepare import PreparedData, prepare_data
from haven.errors import ConfigError
from haven.train.batching import collate
from haven.train.config import TrainConfig
from haven.train.loss import reply_token_loss

MAX_LOSS_FOR_PERPLEXITY = 50.0  # exp(50) is already meaningless; beyond it exp() overflows


@dataclass(frozen=True)
class PerplexityResult:
    """Mean reply-token loss, its perplexity, and how much data it covers."""

    loss: float
    perplexity: float
    tokens: int
    examples: int

    @classmethod
    def from_sums(cls, total_loss: float, tokens: int, examples: int) -> "PerplexityResult":
        """From the summed loss over `tokens` reply tokens of `examples` examples."""
        loss = total_loss / max(tokens, 1)
        return cls(loss=loss, perplexity=math.exp(min(loss, MAX_LOSS_FOR_PERPLEXITY)), tokens=int(tokens),
                   examples=examples)

    def to_dict(self) -> dict:
        return asdict(self)


def perplexity_change_pct(base: float, tuned: float) -> float:
    """Relative change of perplexity from base to fine-tuned, in percent: negative means the adapter helped.

    The one formula every report uses (run summaries, `haven evaluate`, the dashboard).
    """
    return 100 * (tuned - base) / base


def system_prompt_of(config: TrainConfig) -> str | None:
    """The configured system prompt ("" disables it), defaulting to Haven's."""
    if config.system_prompt is None:
        return DEFAULT_SYSTEM_PROMPT
    return config.system_prompt or None


def prepare_split(config: TrainConfig) -> PreparedData:
    """The cleaned data and its split, as `config` names them (source, seed, validation fraction)."""
    return prepare_data(config.data, seed=config.seed, validation_fraction=config.validation_fraction,
                        accept_noncommercial=config.accept_noncommercial)


def select_examples(data: PreparedData, config: TrainConfig, empathy=None):
    """The training examples (curated as `config` says) and the held-out examples (never curated) it uses.

    `empathy` scores answers when ``config.min_empathy`` is set (:data:`haven.data.curate.EmpathyTotals`;
    the caller builds it, e.g. :func:`haven.evaluate.empathy.curation_scorer`).
    The curation report goes into ``data.card["curation"]``, which the run card records.
    """
    from haven.data.curate import CurationPolicy, curate_examples

    train, report = curate_examples(list(data.split.train), CurationPolicy.of(config), empathy)
    data.card["curation"] = report
    if config.max_train_examples:
        train = train[: config.max_train_examples]
    validation = list(data.split.validation)
    if config.eval_examples:
        validation = validation[: config.eval_examples]
    if not train or not validation:
        raise ConfigError(f"the split left {len(train)} training and {len(validation)} held-out examples; both must be > 0")
    return train, validation


def tokenize_all(tokenizer, examples, config: TrainConfig) -> list[TokenizedExample]:
    """Tokenize examples, dropping any that end up with no reply token."""
    prompt = system_prompt_of(config)
    out = [tokenize_example(tokenizer, e, max_length=config.max_length, system_prompt=prompt) for e in examples]
    return [t for t in out if t.reply_tokens > 0]


@dataclass(frozen=True)
class HeldOut:
    """The tokenized held-out examples of a config's split, and the split's fingerprint."""

    examples: list[TokenizedExample]
    fingerprint: str


def heldout_examples(tokenizer, config: TrainConfig) -> HeldOut:
    """The held-out split `config` names, tokenized as training tokenized it."""
    data = prepare_split(config)
    _, validation = select_examples(data, replace(config, min_empathy=0))  # the held-out split is never curated
    return HeldOut(tokenize_all(tokenizer, validation, config), data.split.fingerprint())


def evaluate_loss(model, examples: list[TokenizedExample], pad_id: int, batch_size: int = 8, progress=None) -> PerplexityResult:
    """Evaluate `model` on tokenized examples (batched by length to limit padding)."""
    import torch

    order = sorted(range(len(examples)), key=lambda i: len(examples[i]))
    total, tokens = 0.0, 0
    was_training = model.training
    model.eval()
    with torch.inference_mode():
        for start in range(0, len(order), batch_size):
            batch = collate([examples[i] for i in order[start : start + batch_size]], pad_id)
            batch = {k: v.to(model.device) for k, v in batch.items()}
            parts = reply_token_loss(model, batch["input_ids"], batch["attention_mask"], batch["labels"])
            total += float(parts.total)
            tokens += parts.tokens
            if progress:
                progress(min(start + batch_size, len(order)), len(order))
    model.train(was_training)
    return PerplexityResult.from_sums(total, tokens, len(examples))
