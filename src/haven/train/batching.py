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


def pack_rows(lengths: list[int], capacity: int) -> list[list[int]]:
    """Group example positions into rows of at most `capacity` tokens (first-fit decreasing).

    Every example goes into exactly one row, whole; a row holds one example that is
    longer than `capacity` by itself.
    """
    rows: list[list[int]] = []
    room: list[int] = []
    for index in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        for row, free in enumerate(room):
            if lengths[index] <= free:
                rows[row].append(index)
                room[row] -= lengths[index]
                break
        else:
            rows.append([index])
            room.append(capacity - lengths[index])
    return rows


def collate_packed(examples: list[TokenizedExample], pad_id: int) -> dict:
    """Pack examples into as few rows as the longest one allows, with no attention across them.

    Each example restarts `position_ids` at 0, which transformers' masking reads as a
    new sequence (a block-diagonal causal mask; no 2D attention mask is passed). The
    first label of each example is ignored, as the shifted loss of an unpacked batch never
    targets a sequence's first token, so the loss is the same as padded batches'. The
    tail of a short row is padding that forms its own block and carries no label.
    """
    import torch

    width = max(len(e) for e in examples)
    rows = pack_rows([len(e) for e in examples], width)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long)
    positions = torch.zeros((len(rows), width), dtype=torch.long)
    for row, members in enumerate(rows):
        start = 0
        for index in members:
            example, n = examples[index], len(examples[index])
            ids[row, start : start + n] = torch.tensor(example.input_ids)
            labels[row, start + 1 : start + n] = torch.tensor(example.labels[1:])
            positions[row, start : start + n] = torch.arange(n)
            start += n
        positions[row, start:] = torch.arange(width - start)
    return {"input_ids": ids, "position_ids": positions, "labels": labels}


def collate_padded_to(examples: list[TokenizedExample], pad_id: int, width: int) -> dict:
    """Right-pad every example to a fixed `width` (the naive baseline the benchmark compares with)."""
    batch = collate(examples, pad_id)
    extra = width - batch["input_ids"].shape[1]
    if extra <= 0:
        return batch
    import torch.nn.functional as F

    return {
        "input_ids": F.pad(batch["input_ids"], (0, extra), value=pad_id),
        "attention_mask": F.pad(batch["attention_mask"], (0, extra), value=0),
        "labels": F.pad(batch["labels"], (0, extra), value=IGNORE_INDEX),
    }
