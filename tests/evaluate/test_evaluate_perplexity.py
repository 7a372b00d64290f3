"""Perplexity: the loss over reply tokens, the same through transformers and llama.cpp."""

from __future__ import annotations

import math

import pytest

from haven.data.format import IGNORE_INDEX, TokenizedExample
from haven.evaluate.perplexity_llamacpp import example_loss

# llama.cpp runs the 4-bit file with its own kernels (activations quantised to 8 bits in
# the matmuls); the bar for agreement with the de-quantised transformers model is 5%.
PERPLEXITY_TOLERANCE = 0.05


def test_example_loss_is_the_shifted_cross_entropy_over_labels():
    import numpy as np
    import torch
    import torch.nn.functional as F

    rng = np.random.default_rng(0)
    scores = rng.normal(size=(6, 11)).astype("float32")
    example = TokenizedExample(input_ids=[1, 2, 3, 4, 5, 6], labels=[IGNORE_INDEX, IGNORE_INDEX, 3, 4, IGNORE_INDEX, 6])
    total, count = example_loss(scores, example)
    logits = torch.tensor(scores[:-1])
    targets = torch.tensor(example.labels[1:])
    expected = F.cross_entropy(logits, targets, ignore_index=IGNORE_INDEX, reduction="sum")
    assert count == 3 and math.isclose(total, float(expected), rel_tol=1e-5)


@pytest.mark.slow
def test_llama_cpp_perplexity_matches_transformers_for_the_same_adapter(smoke_adapter):
    from haven.evaluate.perplexity import evaluate_model
    from haven.train.adapter import Adapter

    folder = smoke_adapter
    Adapter.open(folder).ensure_gguf()
    torch_report = evaluate_model(None, folder, eval_examples=8)
    gguf_report = evaluate_model(None, folder, eval_examples=8, backend="llama.cpp")
    assert gguf_report.base.tokens == torch_report.base.tokens > 0
    for ours, reference in ((gguf_report.base, torch_report.base), (gguf_report.tuned, torch_report.tuned)):
        assert abs(ours.perplexity - reference.perplexity) / reference.perplexity < PERPLEXITY_TOLERANCE
    assert torch_report.tuned.perplexity != torch_report.base.perplexity
