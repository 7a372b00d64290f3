"""The held-out split: by group (question or conversation), never by row.

counsel-chat repeats a question under several topics and its own ``split`` column
puts some identical questions in more than one split, so a row-level split lets the
validation set leak into training. Splitting by ``Example.group_id`` keeps every
question on one side. The split depends only on the group ids, their sizes and the
seed (not on the model or the order of the input), so every model in a comparison
is measured on the same held-out conversations, and its fingerprint goes into each
run card.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from haven.data.schema import Example
from haven.errors import ConfigError, DataError

DEFAULT_SEED = 42
DEFAULT_VALIDATION_FRACTION = 0.1


@dataclass(frozen=True)
class DataSplit:
    """Training and validation examples, and how they were split.

    Attributes:
        train: examples to learn from.
        validation: held-out examples; no group appears in both lists.
        seed: the seed that shuffled the group ids.
        validation_fraction: the share of examples asked for in validation.
    """

    train: tuple[Example, ...]
    validation: tuple[Example, ...]
    seed: int
    validation_fraction: float

    def sizes(self) -> dict[str, int]:
        """Example and group counts per side."""
        return {
            "train": len(self.train),
            "validation": len(self.validation),
            "train_groups": len({e.group_id for e in self.train}),
            "validation_groups": len({e.group_id for e in self.validation}),
        }

    def fingerprint(self) -> str:
        """SHA-256 over the sorted group ids of each side: equal iff the split is."""
        digest = hashlib.sha256()
        for side, examples in (("train", self.train), ("validation", self.validation)):
            digest.update(f"[{side}]\n".encode())
            for group_id in sorted({e.group_id for e in examples}):
                digest.update(group_id.encode("utf-8", "surrogatepass") + b"\n")
        return digest.hexdigest()


def split_by_group(
    examples: Sequence[Example],
    *,
    validation_fraction: float = DEFAULT_VALIDATION_FRACTION,
    seed: int = DEFAULT_SEED,
) -> DataSplit:
    """Hold out whole groups holding about ``validation_fraction`` of the examples.

    The sorted group ids are shuffled with ``random.Random(seed)``; walking that
    order, a group goes to validation when it brings the validation count closer to
    the target. At least one group is held out and at least one kept for training.

    Raises:
        ConfigError: the fraction is not strictly between 0 and 1.
        DataError: fewer than two groups to split.
    """
    check_fraction(validation_fraction)
    sizes = Counter(example.group_id for example in examples)
    if len(sizes) < 2:
        raise DataError(
            f"cannot split {len(examples)} examples in {len(sizes)} group(s): a split "
            "needs at least two questions or conversations; add data"
        )
    held_out = choose_validation_groups(sizes, validation_fraction, seed)
    return DataSplit(
        train=tuple(e for e in examples if e.group_id not in held_out),
        validation=tuple(e for e in examples if e.group_id in held_out),
        seed=seed,
        validation_fraction=validation_fraction,
    )


def check_fraction(fraction: float) -> None:
    """0 < fraction < 1, as a number."""
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float)):
        raise ConfigError(
            f"validation_fraction={fraction!r} is not a number; use e.g. 0.1 "
            "(--validation-fraction)"
        )
    if not 0 < fraction < 1:
        raise ConfigError(
            f"validation_fraction={fraction} must be strictly between 0 and 1; "
            "use e.g. 0.1 for a 90/10 split (--validation-fraction)"
        )


def choose_validation_groups(sizes: Counter, fraction: float, seed: int) -> set[str]:
    """Group ids for validation, as close to ``fraction`` of the examples as the walk gets."""
    order = sorted(sizes)
    random.Random(seed).shuffle(order)
    target = fraction * sum(sizes.values())
    chosen: set[str] = set()
    count = 0
    for group_id in order:
        size = sizes[group_id]
        if abs(count + size - target) < abs(count - target) and len(chosen) < len(order) - 1:
            chosen.add(group_id)
            count += size
    if not chosen:
        chosen.add(order[0])
    return chosen
