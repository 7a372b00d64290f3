"""Held-out loss and perplexity over reply tokens.

Perplexity is exp of the mean token cross-entropy over the counsellor's reply tokens
(and the end-of-turn token) of the held-out split, exactly the tokens training learns;
prompt tokens are excluded, as in the reference plan's validation perplexity.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass

from haven.data.format import TokenizedExample
from haven.train.batching import collate
from haven.train.loss import reply_token_loss


@dataclass(frozen=True)
class PerplexityResult:
    """Mean reply-token loss, its perplexity, and how much data it covers."""

    loss: float
    perplexity: float
    tokens: int
    examples: int

    def to_dict(self) -> dict:
        return asdict(self)


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
    loss = total / max(tokens, 1)
    return PerplexityResult(loss=loss, perplexity=math.exp(min(loss, 50.0)), tokens=tokens, examples=len(examples))
