"""Curating what a model learns from (haven.data.curate): the rules, their report, and the held-out split left whole."""

from __future__ import annotations

from haven.data.curate import CurationPolicy, curate_examples, is_advertising_or_referral_only
from haven.data.schema import Example, Message, Role

FILLER = " ".join(["word"] * 60)
REFLECTS_AND_ASKS = f"It sounds like you feel very alone right now. {FILLER} What has been hardest?"
ADVICE = f"Try a regular bedtime. {FILLER}"
ADVERT = f"{FILLER} Call my office at 555-123-4567 for a free consultation."
REFERRAL = f"{FILLER} You should see a therapist."


def example(question: str, answer: str, upvotes: int = 0) -> Example:
    return Example(messages=(Message(Role.USER, f"question {question}"), Message(Role.ASSISTANT, answer)),
                   group_id=question, source="counsel-chat", meta={"upvotes": upvotes})


def test_advertising_and_referral_only_answers_are_recognised():
    assert is_advertising_or_referral_only(ADVERT) and is_advertising_or_referral_only(REFERRAL)
    assert not is_advertising_or_referral_only(REFERRAL + " How does that feel to you?")
    assert not is_advertising_or_referral_only(ADVICE)


def test_curation_keeps_the_caring_answers_at_the_chats_length_and_reports_each_drop():
    examples = [example("q1", ADVICE, upvotes=5), example("q1", REFLECTS_AND_ASKS, upvotes=0),
                example("q1", ADVERT), example("q2", "Too short."), example("q2", REFERRAL),
                example("q3", FILLER + " " + FILLER + " " + FILLER), example("q3", ADVICE, upvotes=1)]
    policy = CurationPolicy(min_answer_words=60, max_answer_words=150, drop_referral_only=True,
                            prefer_reflective=True, answers_per_question=1)
    kept, report = curate_examples(examples, policy)
    assert [(e.group_id, e.messages[-1].content) for e in kept] == [("q1", REFLECTS_AND_ASKS), ("q3", ADVICE)]
    assert report["dropped"] == {"shorter than min_answer_words": 1, "longer than max_answer_words": 1,
                                 "advertising or referral only": 2, "beyond answers_per_question": 1}
    assert report["kept"] == 2 and report["policy"]["answers_per_question"] == 1
    assert "EPITOME empathy score is not used" in report["signals"]


def test_upvotes_filter_and_break_ties():
    examples = [example("q", ADVICE, upvotes=1), example("q", ADVICE + " again", upvotes=3), example("q", ADVICE)]
    kept, report = curate_examples(examples, CurationPolicy(min_upvotes=1, prefer_reflective=True))
    assert [e.meta["upvotes"] for e in kept] == [3, 1] and report["dropped"] == {"below min_upvotes": 1}


def test_no_policy_changes_nothing():
    examples = [example("q", ADVERT), example("q", "Short.")]
    kept, report = curate_examples(examples, CurationPolicy())
    assert kept == examples and report["dropped"] == {}


def test_only_training_examples_are_curated(tmp_path):
    from haven.data.prepare import prepare_data
    from haven.train.config import build_config
    from haven.train.heldout import select_examples

    config = build_config("laptop")
    data = prepare_data(config.data, seed=config.seed, validation_fraction=config.validation_fraction)
    train, validation = select_examples(data, config)
    assert len(train) < len(data.split.train) / 2 and validation == list(data.split.validation)[: config.eval_examples]
    assert all(60 <= len(e.messages[-1].content.split()) <= 150 for e in train)
    assert data.card["curation"]["kept"] == len(train)


def test_min_empathy_keeps_answers_the_scorer_rates_and_puts_the_best_first():
    """The scorer is passed in (this room loads no model); it reads each answer with its question."""
    import pytest

    from haven.errors import ConfigError

    warm, warmer, cold = REFLECTS_AND_ASKS, REFLECTS_AND_ASKS + " I'm here.", ADVICE
    rating = {warm: 2, warmer: 4, cold: 0}
    seen: list[tuple[str, str]] = []

    def totals(answers, questions):
        seen.extend(zip(answers, questions))
        return [rating[a] for a in answers]

    examples = [example("q1", warm), example("q1", warmer), example("q1", cold), example("q2", cold)]
    policy = CurationPolicy(min_empathy=2, prefer_reflective=True)
    kept, report = curate_examples(examples, policy, totals)
    assert [e.messages[-1].content for e in kept] == [warmer, warm]
    assert report["dropped"] == {"below min_empathy": 2} and report["mean_empathy_total"] == 3.0
    assert "EPITOME empathy total (at least 2)" in report["signals"] and "independent checks are similarity" in report["signals"]
    assert (cold, "question q1") in seen  # answers first, each with its question
    with pytest.raises(ConfigError, match="accept-epitome-license"):
        curate_examples(examples, policy)


def test_min_empathy_needs_the_epitome_opt_in():
    import pytest

    from haven.errors import ConfigError
    from haven.train.config import TrainConfig

    with pytest.raises(ConfigError, match="--accept-epitome-license"):
        TrainConfig(min_empathy=2)
    with pytest.raises(ConfigError, match="0-6"):
        TrainConfig(min_empathy=7, accept_epitome_license=True)
    assert TrainConfig(min_empathy=2, accept_epitome_license=True).min_empathy == 2
