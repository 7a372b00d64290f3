"""split_by_group: whole groups on one side, deterministic, about 10%."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from haven.data import DataSplit, Example, Message, MetaKey, Role, split_by_group
from haven.errors import ConfigError, DataError


def make_examples(groups: int, *, seed: int = 0) -> list[Example]:
    """Groups of 1 to 5 examples each."""
    rng = random.Random(seed)
    examples = []
    for group in range(groups):
        for index in range(rng.randint(1, 5)):
            messages = (
                Message(Role.USER, f"q{group}"),
                Message(Role.ASSISTANT, f"a{group}-{index}"),
            )
            examples.append(Example(messages, group_id=f"g{group}", source="test"))
    return examples


def groups(examples) -> set[str]:
    return {e.group_id for e in examples}


def test_no_group_on_both_sides_and_nothing_lost():
    examples = make_examples(300)
    split = split_by_group(examples)
    assert not groups(split.train) & groups(split.validation)
    assert len(split.train) + len(split.validation) == len(examples)


def test_about_ten_percent_of_examples():
    examples = make_examples(300)
    split = split_by_group(examples)
    assert abs(len(split.validation) / len(examples) - 0.1) < 0.01


def test_same_seed_same_split_whatever_the_input_order():
    examples = make_examples(200)
    shuffled = examples[:]
    random.Random(7).shuffle(shuffled)
    first, second = split_by_group(examples), split_by_group(shuffled)
    assert groups(first.validation) == groups(second.validation)
    assert first.fingerprint() == second.fingerprint()
    assert first.sizes() == second.sizes()


def test_different_seed_differs():
    examples = make_examples(200)
    first, other = split_by_group(examples, seed=42), split_by_group(examples, seed=43)
    assert groups(first.validation) != groups(other.validation)
    assert first.fingerprint() != other.fingerprint()
    assert other.seed == 43


def test_sizes_and_record_of_how():
    split = split_by_group(make_examples(50), validation_fraction=0.2, seed=1)
    sizes = split.sizes()
    assert sizes["train"] == len(split.train) and sizes["validation"] == len(split.validation)
    assert sizes["validation_groups"] == len(groups(split.validation))
    assert split.validation_fraction == 0.2 and split.seed == 1
    assert len(split.fingerprint()) == 64


def test_at_least_one_group_each_side():
    tiny = make_examples(2)
    split = split_by_group(tiny, validation_fraction=0.01)
    assert len(groups(split.validation)) == 1 and len(groups(split.train)) == 1
    split = split_by_group(tiny, validation_fraction=0.99)
    assert len(groups(split.validation)) == 1 and len(groups(split.train)) == 1


def test_one_group_cannot_be_split():
    with pytest.raises(DataError, match="needs at least two"):
        split_by_group(make_examples(1))


@pytest.mark.parametrize("fraction", [0, 1, -0.1, 1.5, "0.1", True])
def test_fraction_validated(fraction):
    with pytest.raises(ConfigError, match="validation_fraction=.*--validation-fraction"):
        split_by_group(make_examples(10), validation_fraction=fraction)


def test_split_is_frozen_dataclass():
    split = split_by_group(make_examples(10))
    assert isinstance(split, DataSplit)
    with pytest.raises(AttributeError):
        split.seed = 1


# --- the real counsel-chat -------------------------------------------------------


def test_real_split_keeps_each_question_on_one_side(real_counsel_chat_cleaned):
    split = split_by_group(real_counsel_chat_cleaned.examples)
    train_ids = {e.meta[MetaKey.QUESTION_ID] for e in split.train}
    validation_ids = {e.meta[MetaKey.QUESTION_ID] for e in split.validation}
    assert not train_ids & validation_ids
    train_texts = {" ".join(e.prompt.split()).casefold() for e in split.train}
    validation_texts = {" ".join(e.prompt.split()).casefold() for e in split.validation}
    assert not train_texts & validation_texts
    assert abs(len(split.validation) / len(real_counsel_chat_cleaned.examples) - 0.1) < 0.01


def test_real_original_split_column_leaks_but_ours_does_not(real_counsel_chat):
    """Even without removing duplicates, the group split keeps identical questions together."""
    sides_by_question = defaultdict(set)
    for example in real_counsel_chat:
        sides_by_question[example.prompt].add(example.meta[MetaKey.ORIGINAL_SPLIT])
    assert sum(len(sides) > 1 for sides in sides_by_question.values()) >= 1
    split = split_by_group(real_counsel_chat)
    ours = defaultdict(set)
    for side, examples in (("train", split.train), ("validation", split.validation)):
        for example in examples:
            ours[example.prompt].add(side)
    assert all(len(sides) == 1 for sides in ours.values())
