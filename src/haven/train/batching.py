"""Batches for training and evaluation: dynamic padding and length grouping.

Padding every batch to the longest sequence wastes compute on pad tokens; grouping
examples of similar length into the same batch (within a shuffled mega-batch, as
transformers' LengthGroupedSampler does) keeps the order random and the padding small.
"""

from __future__ import annotations

import random

from haven.data.format import IGNORE_INDEX, TokenizedExample

MEGABATCH_FACTOR = 16


def collate(examples: list[TokenizedExample], pad_id: int) -> dict:
    """Right-pad a list of examples into input_ids, attention_mask and labels tensors."""
    import torch

    width = max(len(e) for e in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for row, example in enumerate(examples):
        n = len(example)
        ids[row, :n] = torch.tensor(example.input_ids)
        labels[row, :n] = torch.tensor(example.labels)
        mask[row, :n] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def batch_order(lengths: list[int], batch_size: int, seed: int, group_by_length: bool) -> list[list[int]]:
    """One epoch of batches (lists of example indices), reproducible for a seed."""
    rng = random.Random(seed)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    if group_by_length:
        size = batch_size * MEGABATCH_FACTOR
        mega = [order[i : i + size] for i in range(0, len(order), size)]
        order = [i for chunk in mega for i in sorted(chunk, key=lambda j: -lengths[j])]
    batches = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    if group_by_length:
        rng.shuffle(batches)
    return batches


def iterate_batches(lengths: list[int], batch_size: int, seed: int, group_by_length: bool, start_batch: int = 0):
    """Endless stream of batches over epochs (epoch e uses seed + e); skips `start_batch` for resume."""
    epoch, produced = 0, 0
    while True:
        for batch in batch_order(lengths, batch_size, seed + epoch, group_by_length):
            if produced >= start_batch:
                yield batch
            produced += 1
        epoch += 1
