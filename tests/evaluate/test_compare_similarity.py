"""ROUGE-L and its longest common subsequence, on values worked out by hand."""

from __future__ import annotations

import pytest

from haven.evaluate.similarity import lcs_length, rouge_l, rouge_l_multi, rouge_tokens


def test_tokens_are_lower_cased_words_and_digits():
    assert rouge_tokens("I can't sleep -- 3 nights!") == ["i", "can", "t", "sleep", "3", "nights"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("a b c d e".split(), "a c e".split(), 3),
        ("a b c".split(), "c b a".split(), 1),
        ("a b c".split(), [], 0),
        ("x y z".split(), "a b c".split(), 0),
        ("a b a b".split(), "b a b a".split(), 3),
    ],
)
def test_lcs_length(a, b, expected):
    assert lcs_length(a, b) == expected == lcs_length(b, a)


def test_rouge_l_of_the_classic_example():
    # Lin (2004): reference "police killed the gunman", candidate "police kill the gunman":
    # LCS = 3 (police, the, gunman); P = R = 3/4; F = 0.75.
    assert rouge_l("police kill the gunman", "police killed the gunman") == pytest.approx(0.75)


def test_rouge_l_with_unequal_lengths():
    # candidate 2 tokens, reference 4, LCS 2: P = 1, R = 0.5, F = 2 * 0.5 / 1.5 = 2/3
    assert rouge_l("the cat", "the black cat sat") == pytest.approx(2 / 3)


def test_rouge_l_edge_cases():
    assert rouge_l("Same words here.", "same WORDS here") == pytest.approx(1.0)
    assert rouge_l("", "anything") == 0.0
    assert rouge_l("nothing shared", "completely different") == 0.0


def test_multi_reference_keeps_the_best_match():
    refs = ["completely different", "police killed the gunman"]
    assert rouge_l_multi("police kill the gunman", refs) == pytest.approx(0.75)
    assert rouge_l_multi("anything", []) == 0.0
