"""The blind arena: two anonymous replies, a person's vote, and a ranking from the votes.

This is how Haven collects the human ratings of empathy the reference plan asks for.
Pairing and ranking are pure functions over vote rows, so the dashboard, a report and
the tests all compute the same ranking from the same stored votes.

The rating is Elo's (as in LMSYS Chatbot Arena's first leaderboard,
https://lmsys.org/blog/2023-05-03-arena/): every contestant starts at
:data:`INITIAL_RATING`, and each vote, in the order cast, moves the two ratings by
``K * (score - expected)`` where a win scores 1, a tie 0.5 and a loss 0. The win rate
counts a tie as half a win. Both are shown with the number of votes behind them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from enum import Enum
from typing import Iterable, Sequence

from haven.errors import ConfigError
from haven.models.variant import variant_label

INITIAL_RATING = 1000.0
K_FACTOR = 32.0
ELO_SCALE = 400.0  # a 400-point gap means 10:1 expected odds


class Outcome(str, Enum):
    """Which reply the person preferred."""

    A = "a"
    B = "b"
    TIE = "tie"


@dataclass(frozen=True, order=True)
class Contestant:
    """One model variant in the arena."""

    model: str
    variant: str

    @property
    def label(self) -> str:
        return variant_label(self.model, self.variant)


@dataclass(frozen=True)
class Vote:
    """One vote between contestant `a` and contestant `b`."""

    a: Contestant
    b: Contestant
    outcome: Outcome

    @classmethod
    def from_row(cls, row) -> "Vote":
        """From any row with a_model, a_variant, b_model, b_variant and outcome (e.g. a stored VoteRecord)."""
        return cls(Contestant(row.a_model, row.a_variant), Contestant(row.b_model, row.b_variant), Outcome(row.outcome))


@dataclass(frozen=True)
class Rating:
    """A contestant's standing."""

    contestant: Contestant
    elo: float
    wins: int
    losses: int
    ties: int

    @property
    def votes(self) -> int:
        return self.wins + self.losses + self.ties

    @property
    def win_rate(self) -> float:
        """Share of votes won, a tie counting half; 0 with no votes."""
        return (self.wins + 0.5 * self.ties) / self.votes if self.votes else 0.0


def pick_pair(contestants: Sequence[Contestant], rng: random.Random | None = None) -> tuple[Contestant, Contestant]:
    """Two different contestants in random order (so neither side gives a model away)."""
    pool = sorted(set(contestants))
    if len(pool) < 2:
        raise ConfigError(f"the arena needs at least 2 different models or variants; {len(pool)} selected: select another")
    rng = rng or random.Random()
    a, b = rng.sample(pool, 2)
    return a, b


def expected_score(rating: float, other: float) -> float:
    """Elo's expected score of `rating` against `other`."""
    return 1.0 / (1.0 + 10 ** ((other - rating) / ELO_SCALE))


def rank(votes: Iterable[Vote], contestants: Iterable[Contestant] = (), k: float = K_FACTOR) -> list[Rating]:
    """Elo rating, wins, losses and ties of every contestant, best first.

    `contestants` adds entries with no votes yet (shown at the initial rating).
    """
    elo: dict[Contestant, float] = {c: INITIAL_RATING for c in contestants}
    tally: dict[Contestant, list[int]] = {c: [0, 0, 0] for c in contestants}  # wins, losses, ties
    for vote in votes:
        if vote.a == vote.b:
            continue  # a model against itself tells nothing
        a, b = (elo.setdefault(c, INITIAL_RATING) for c in (vote.a, vote.b))
        score_a = {Outcome.A: 1.0, Outcome.B: 0.0, Outcome.TIE: 0.5}[Outcome(vote.outcome)]
        delta = k * (score_a - expected_score(a, b))
        elo[vote.a], elo[vote.b] = a + delta, b - delta
        for contestant, score in ((vote.a, score_a), (vote.b, 1.0 - score_a)):
            counts = tally.setdefault(contestant, [0, 0, 0])
            counts[0 if score == 1.0 else 1 if score == 0.0 else 2] += 1
    ratings = [Rating(c, elo[c], *tally[c]) for c in elo]
    return sorted(ratings, key=lambda r: (-r.elo, -r.win_rate, r.contestant))
