"""Arena pairing and ranking: pure functions over vote rows."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from haven.errors import ConfigError
from haven.evaluate.arena import INITIAL_RATING, K_FACTOR, Contestant, Outcome, Vote, expected_score, pick_pair, rank
from haven.store import VoteRecord

BASE, TUNED, GEMMA = Contestant("smollm2-135m", "base"), Contestant("smollm2-135m", "tuned"), Contestant("gemma3-270m", "base")


def by_contestant(ratings):
    return {r.contestant: r for r in ratings}


def test_pair_is_two_different_contestants_in_either_order():
    rng = random.Random(0)
    pairs = {pick_pair([BASE, TUNED, GEMMA, BASE], rng) for _ in range(200)}
    assert all(a != b for a, b in pairs)
    assert (BASE, TUNED) in pairs and (TUNED, BASE) in pairs and len(pairs) == 6


def test_pair_needs_two_distinct_contestants():
    with pytest.raises(ConfigError, match="at least 2"):
        pick_pair([BASE, BASE])


def test_no_votes_leaves_everyone_at_the_initial_rating():
    ratings = rank([], [BASE, TUNED])
    assert [r.elo for r in ratings] == [INITIAL_RATING, INITIAL_RATING]
    assert all(r.votes == 0 and r.win_rate == 0.0 for r in ratings)


def test_a_win_between_equals_moves_half_k_each_way():
    ratings = by_contestant(rank([Vote(TUNED, BASE, Outcome.A)]))
    assert ratings[TUNED].elo == pytest.approx(INITIAL_RATING + K_FACTOR / 2)
    assert ratings[BASE].elo == pytest.approx(INITIAL_RATING - K_FACTOR / 2)
    assert (ratings[TUNED].wins, ratings[BASE].losses) == (1, 1)


def test_a_tie_between_equals_changes_nothing_but_lifts_the_weaker():
    assert {r.elo for r in rank([Vote(BASE, TUNED, Outcome.TIE)])} == {INITIAL_RATING}
    votes = [Vote(TUNED, BASE, Outcome.A), Vote(TUNED, BASE, Outcome.TIE)]
    after_win = by_contestant(rank(votes[:1]))[BASE].elo
    assert by_contestant(rank(votes))[BASE].elo > after_win


def test_win_rate_counts_a_tie_as_half_and_ranking_is_best_first():
    votes = [Vote(TUNED, BASE, Outcome.A), Vote(BASE, TUNED, Outcome.TIE), Vote(GEMMA, TUNED, Outcome.B)]
    ratings = rank(votes)
    assert [r.contestant for r in ratings][0] == TUNED
    tuned = by_contestant(ratings)[TUNED]
    assert (tuned.wins, tuned.ties, tuned.losses, tuned.votes) == (2, 1, 0, 3)
    assert tuned.win_rate == pytest.approx(2.5 / 3)


def test_a_contestant_against_itself_is_ignored():
    assert rank([Vote(BASE, BASE, Outcome.A)]) == []


def test_expected_scores_are_complementary_and_follow_the_400_point_scale():
    assert expected_score(1400, 1000) == pytest.approx(10 / 11)
    assert expected_score(1000, 1400) + expected_score(1400, 1000) == pytest.approx(1.0)


def test_votes_come_from_stored_rows():
    vote = Vote.from_row(VoteRecord("smollm2-135m", "base", "smollm2-135m", "tuned", "b"))
    assert vote == Vote(BASE, TUNED, Outcome.B)


contestants = st.sampled_from([BASE, TUNED, GEMMA])
votes = st.lists(st.builds(Vote, contestants, contestants, st.sampled_from(list(Outcome))), max_size=60)


@given(votes)
def test_ratings_are_conserved_and_counts_add_up(vote_list):
    ratings = rank(vote_list)
    assert sum(r.elo for r in ratings) == pytest.approx(INITIAL_RATING * len(ratings))
    counted = [v for v in vote_list if v.a != v.b]
    assert sum(r.votes for r in ratings) == 2 * len(counted)
    assert sum(r.wins for r in ratings) == sum(r.losses for r in ratings)
