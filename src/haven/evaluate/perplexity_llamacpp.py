"""Held-out perplexity through llama.cpp: the 4-bit GGUF base, with the exported LoRA adapter.

The same tokenized examples (token ids and reply-only labels from the transformers
tokenizer, which shares the GGUF's vocabulary) are evaluated by llama.cpp with logits
for every position, so the figure is directly comparable with
:func:`haven.train.heldout.evaluate_loss` on the de-quantised model.
"""

from __future__ import annotations

import os
from pathlib import Path

from haven.data.format import IGNORE_INDEX, TokenizedExample
from haven.train.heldout import PerplexityResult


def example_loss(scores, example: TokenizedExample) -> tuple[float, int]:
    """Summed next-token cross-entropy over the labelled positions of one example."""
    import numpy as np

    targets = np.array(example.labels[1:])
    positions = np.nonzero(targets != IGNORE_INDEX)[0]
    if positions.size == 0:
        return 0.0, 0
    rows = np.asarray(scores[positions], dtype=np.float64)
    peak = rows.max(axis=1, keepdims=True)
    log_norm = peak[:, 0] + np.log(np.exp(rows - peak).sum(axis=1))
    picked = rows[np.arange(positions.size), targets[positions]]
    return float((log_norm - picked).sum()), int(positions.size)


def evaluate_loss_llamacpp(gguf_path: Path, examples: list[TokenizedExample], lora_path: Path | None = None,
                           n_threads: int | None = None) -> PerplexityResult:
    """Reply-token loss and perplexity of a GGUF model (plus LoRA GGUF) on tokenized examples."""
    from haven.models.gguf import llama_class

    Llama = llama_class()
    n_ctx = max(len(e) for e in examples) + 8
    llama = Llama(model_path=str(gguf_path), lora_path=str(lora_path) if lora_path else None, logits_all=True,
                  n_ctx=n_ctx, n_batch=n_ctx, n_threads=n_threads or os.cpu_count() or 1, verbose=False)
    total, tokens = 0.0, 0
    try:
        for example in examples:
            llama.reset()
            llama.eval(example.input_ids)
            loss, count = example_loss(llama.scores[: len(example)], example)
            total, tokens = total + loss, tokens + count
    finally:
        llama.close()
    return PerplexityResult.from_sums(total, tokens, len(examples))
