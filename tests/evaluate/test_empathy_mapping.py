"""The ESConv strategy → EPITOME mechanism mapping, levels, intervals and the licence gate."""

from __future__ import annotations

import json

import pytest

from haven.errors import DataError
from haven.evaluate.empathy import (
    CLASSES,
    MAPPING_RATIONALE,
    NONE_CLASS,
    STRATEGY_MECHANISM,
    STRONG_MIN,
    WEAK_MIN,
    EmpathyScore,
    Level,
    Mechanism,
    Strategy,
    check_esconv_opt_in,
    label_for_strategy,
    level_from_probability,
    load_or_train_scorer,
    read_labelled_utterances,
    split_sentences,
    summarise_empathy,
    wilson_interval,
)

ESCONV_STRATEGIES = {
    "Question", "Restatement or Paraphrasing", "Reflection of feelings", "Self-disclosure",
    "Affirmation and Reassurance", "Providing Suggestions", "Information", "Others",
}


def test_every_esconv_strategy_is_mapped_and_explained():
    assert set(STRATEGY_MECHANISM) == ESCONV_STRATEGIES == set(MAPPING_RATIONALE)


def test_the_mapping_follows_epitome():
    assert label_for_strategy(Strategy.QUESTION) == Mechanism.EXPLORATIONS.value
    for strategy in (Strategy.RESTATEMENT, Strategy.REFLECTION, Strategy.SELF_DISCLOSURE):
        assert label_for_strategy(strategy) == Mechanism.INTERPRETATIONS.value
    assert label_for_strategy(Strategy.AFFIRMATION) == Mechanism.EMOTIONAL_REACTIONS.value
    for strategy in (Strategy.SUGGESTIONS, Strategy.INFORMATION, Strategy.OTHERS):
        assert label_for_strategy(strategy) == NONE_CLASS
    assert label_for_strategy("Not a strategy") is None
    # every mechanism is learnt from at least one strategy
    assert {m.value for m in Mechanism} <= {label_for_strategy(s) for s in ESCONV_STRATEGIES}
    assert set(CLASSES) == {NONE_CLASS, *(m.value for m in Mechanism)}


def test_levels_come_from_probability_bands():
    assert level_from_probability(0.0) is Level.NONE
    assert level_from_probability(WEAK_MIN - 1e-6) is Level.NONE
    assert level_from_probability(WEAK_MIN) is Level.WEAK
    assert level_from_probability(STRONG_MIN - 1e-6) is Level.WEAK
    assert level_from_probability(STRONG_MIN) is Level.STRONG


def test_sentences_are_split_at_ends_and_line_breaks():
    assert split_sentences("I hear you. That sounds hard!\nWhat helps?  ok") == [
        "I hear you.", "That sounds hard!", "What helps?", "ok"]
    assert split_sentences("...  ") == []


def test_wilson_interval_matches_a_known_value():
    # 81 of 263, worked by hand: centre 0.3107, half-width 0.0555
    low, high = wilson_interval(81, 263)
    assert low == pytest.approx(0.2553, abs=1e-3) and high == pytest.approx(0.3662, abs=1e-3)
    assert wilson_interval(0, 0) == (0.0, 1.0)
    low, high = wilson_interval(10, 10)
    assert high == pytest.approx(1.0) and 0.69 < low < 0.73


def test_summary_counts_levels_and_totals():
    scores = [EmpathyScore({"emotional_reactions": 2, "interpretations": 0, "explorations": 1}, {}),
              EmpathyScore({"emotional_reactions": 0, "interpretations": 0, "explorations": 2}, {})]
    summary = summarise_empathy(scores)
    assert summary.mean_total == pytest.approx(2.5)
    assert summary.mean_level["explorations"] == pytest.approx(1.5)
    assert summary.level_counts["emotional_reactions"] == {"none": 1, "weak": 0, "strong": 1}
    assert summary.n == 2


def test_esconv_is_refused_without_the_opt_in():
    with pytest.raises(DataError, match="--accept-esconv-license"):
        check_esconv_opt_in(False)
    with pytest.raises(DataError, match="--accept-epitome-license"):  # no licence: the default (EPITOME) refuses
        load_or_train_scorer(accept_esconv_license=False)
    check_esconv_opt_in(True)


def test_utterances_keep_one_label_each(tmp_path):
    dialog = [
        {"speaker": "usr", "text": "I lost my job."},
        {"speaker": "sys", "text": "That sounds really hard.", "strategy": "Reflection of feelings"},
        {"speaker": "sys", "text": "How are you coping?", "strategy": "Question"},
        {"speaker": "usr", "text": "Badly."},
        {"speaker": "sys", "text": "Maybe try a walk.", "strategy": "Providing Suggestions"},
    ]
    file = tmp_path / "test.jsonl"
    file.write_text(json.dumps({"dialog": dialog}) + "\n")
    assert read_labelled_utterances(file) == [
        ("That sounds really hard.", "interpretations"), ("How are you coping?", "explorations"),
        ("Maybe try a walk.", "none")]
