"""ROUGE-L comes from rouge-score, the reference implementation: parity and hand-worked values."""

from __future__ import annotations

import pytest

from haven.evaluate.similarity import ROUGE_L, rouge_l, rouge_l_multi, rouge_l_scorer

PAIRS = [
    ("police kill the gunman", "police killed the gunman"),
    ("the cat", "the black cat sat"),
    ("I hear how exhausted you are. What has been the hardest part?",
     "It sounds like you are exhausted. What has been hardest for you lately?"),
    ("I can't sleep -- 3 nights!", "i CAN T sleep 3 nights"),
    ("nothing shared", "completely different"),
]


@pytest.mark.parametrize(("candidate", "reference"), PAIRS)
def test_rouge_l_is_rouge_score_f_measure(candidate, reference):
    from rouge_score import rouge_scorer

    expected = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=False).score(reference, candidate)["rougeL"].fmeasure
    assert rouge_l(candidate, reference) == pytest.approx(expected)


def test_rouge_l_of_the_classic_example():
    # Lin (2004): reference "police killed the gunman", candidate "police kill the gunman":
    # LCS = 3 (police, the, gunman); P = R = 3/4; F = 0.75 (unstemmed).
    assert rouge_l("police kill the gunman", "police killed the gunman") == pytest.approx(0.75)
    # candidate 2 tokens, reference 4, LCS 2: P = 1, R = 0.5, F = 2/3
    assert rouge_l("the cat", "the black cat sat") == pytest.approx(2 / 3)


def test_rouge_l_edge_cases():
    assert rouge_l("Same words here.", "same WORDS here") == pytest.approx(1.0)
    assert rouge_l("", "anything") == 0.0
    assert rouge_l("nothing shared", "completely different") == 0.0


def test_multi_reference_keeps_the_best_match():
    refs = ["completely different", "police killed the gunman"]
    assert rouge_l_multi("police kill the gunman", refs) == pytest.approx(0.75)
    assert rouge_l_multi("police kill the gunman", refs, rouge_l_scorer()) == pytest.approx(
        max(rouge_l("police kill the gunman", r) for r in refs))
    assert rouge_l_multi("anything", []) == 0.0
    assert ROUGE_L == "rougeL"
