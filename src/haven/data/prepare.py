"""One call from a data source to a cleaned, split data set with its card.

Training, evaluation and the comparison all go through here with the same seed and
fraction, so every model is measured on the same held-out questions.
"""

from __future__ import annotations

from dataclasses import dataclass
from haven.data.card import build_data_card
from haven.data.clean import CleaningPolicy, CleaningReport, clean_examples
from haven.data.load import load_examples
from haven.data.split import DataSplit, split_by_group


@dataclass(frozen=True)
class PreparedData:
    """A cleaned split and the card that describes it."""

    split: DataSplit
    report: CleaningReport
    card: dict


def prepare_data(
    source: str,
    *,
    seed: int = 42,
    validation_fraction: float = 0.1,
    accept_noncommercial: bool = False,
    policy: CleaningPolicy | None = None,
) -> PreparedData:
    """Load `source` (a data set name or a file path), clean it and split it by question."""
    examples = load_examples(source, accept_noncommercial=accept_noncommercial)
    cleaned = clean_examples(examples, policy or CleaningPolicy())
    split = split_by_group(cleaned.examples, validation_fraction=validation_fraction, seed=seed)
    card = build_data_card(source, cleaned.report, split)
    return PreparedData(split=split, report=cleaned.report, card=card)
