"""The vocabulary of a risk assessment: levels, categories, evidence, the result.

Levels follow the rungs of the Columbia Suicide Severity Rating Scale (C-SSRS,
https://cssrs.columbia.edu/): a wish to be dead sits below active ideation, which
sits below ideation with a plan, means, timing or preparatory acts. Haven maps them
onto five levels that the chat, the CLI and the evaluation all share:

- ``none``: nothing of concern.
- ``low``: distress, a topic mention, or someone else's story (news, fiction).
- ``moderate``: a friend at risk, past self-harm/abuse.
- ``high``: a wish to be dead (passive ideation: the crisis lines are shown), active ideation, self-harm now, a disclosure of abuse, purging or
  starving, a question about lethal means, preparatory acts.
- ``imminent``: intent with a plan, means or timing; an overdose already taken.

Every level carries the evidence that produced it (rule id, matched phrase, why),
so a person reviewing a decision can see exactly what fired.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any


class RiskLevel(str, Enum):
    """Severity of risk, ordered: ``RiskLevel.HIGH > RiskLevel.LOW`` is True.

    The values are the strings used in JSON; comparisons use the severity rank,
    not the alphabet.
    """

    NONE = "none"
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    IMMINENT = "imminent"

    @property
    def rank(self) -> int:
        """0 for ``none`` up to 4 for ``imminent``."""
        return _RANK[self]

    @property
    def label(self) -> str:
        """The lower-case name, as written in JSON and on screen."""
        return self.value

    @classmethod
    def from_rank(cls, rank: int) -> RiskLevel:
        """The level with this rank, clamped to ``none`` .. ``imminent``."""
        return _LEVELS[max(0, min(rank, len(_LEVELS) - 1))]

    def raised(self, steps: int = 1) -> RiskLevel:
        """This level moved up (or down, with a negative step) by ``steps`` rungs."""
        return RiskLevel.from_rank(self.rank + steps)

    def __lt__(self, other: object) -> bool:
        if isinstance(other, RiskLevel):
            return self.rank < other.rank
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, RiskLevel):
            return self.rank <= other.rank
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, RiskLevel):
            return self.rank > other.rank
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, RiskLevel):
            return self.rank >= other.rank
        return NotImplemented

    __hash__ = Enum.__hash__


_LEVELS: tuple[RiskLevel, ...] = tuple(RiskLevel)
_RANK: dict[RiskLevel, int] = {level: rank for rank, level in enumerate(_LEVELS)}


class RiskCategory(str, Enum):
    """What kind of harm a message points to."""

    SUICIDE = "suicide"
    SELF_HARM = "self_harm"
    HARM_TO_OTHERS = "harm_to_others"
    ABUSE = "abuse"  # abuse of the person, or a child at risk
    EATING_DISORDER = "eating_disorder"
    MEDICAL_EMERGENCY = "medical_emergency"


class Signal(str, Enum):
    """The role a matched phrase plays on the C-SSRS ladder.

    Ideation-like signals set a level on their own; modifiers (plan, means,
    timing, preparatory acts, means questions) raise an ideation one rung or two.
    """

    MENTION = "mention"  # the topic is named, nothing about the person
    DISTRESS = "distress"  # hopelessness, burden, body hatred
    PASSIVE = "passive"  # wish to be dead, not wake up, better off without me
    ACTIVE = "active"  # active ideation: want to die, kill myself
    INTENT = "intent"  # going to, with or without a method
    BEHAVIOUR = "behaviour"  # self-harm, purging, starving, abuse happening now
    PAST = "past"  # something that happened long ago
    ATTEMPT = "attempt"  # in progress or already done: overdose taken, on the ledge
    PREPARATORY = "preparatory"  # goodbye notes, giving things away, stockpiling
    MEANS_QUERY = "means_query"  # how high, how many pills, lethal dose
    MEANS = "means"  # has the pills, the rope, the gun
    PLAN = "plan"  # has a plan, picked a date
    TIMING = "timing"  # tonight, right now, tomorrow
    REFERENCE = "reference"  # "I'm going to do it": points back to earlier turns
    ATTEMPT_REFERENCE = "attempt_reference"  # "I already took them"
    UNDERWEIGHT = "underweight"  # stated BMI or underweight
    LOSE_REQUEST = "lose_request"  # wants to lose weight / calorie targets
    MINOR = "minor"  # the person says they are a child
    GROOMING = "grooming"  # an adult asking a child for secrecy or pictures
    RETRACTION = "retraction"  # "never mind", "I was joking"
    AFFIRMATION = "affirmation"  # "yes" to a direct question about suicide
    MEMORY = "memory"  # an earlier turn of the conversation
    CLASSIFIER = "classifier"  # the learned layer read the meaning (haven.safety.learned)


IDEATION_SIGNALS = frozenset(
    {Signal.PASSIVE, Signal.ACTIVE, Signal.INTENT, Signal.BEHAVIOUR, Signal.ATTEMPT, Signal.AFFIRMATION}
)
MODIFIER_SIGNALS = frozenset(
    {
        Signal.PREPARATORY,
        Signal.MEANS_QUERY,
        Signal.MEANS,
        Signal.PLAN,
        Signal.TIMING,
        Signal.REFERENCE,
        Signal.ATTEMPT_REFERENCE,
        Signal.UNDERWEIGHT,
        Signal.LOSE_REQUEST,
    }
)


class Subject(str, Enum):
    """Whose situation a matched phrase describes."""

    SELF = "self"  # the person writing
    OTHER = "other"  # a friend, relative or someone they know: a concern, not their crisis
    REPORTED = "reported"  # news, fiction, lyrics, statistics, people in general


class RecordKey(str, Enum):
    """Keys of the JSON objects Haven writes for assessments and guard decisions."""

    ID = "id"
    RISK_LEVEL = "risk_level"
    CONVERSATION_LEVEL = "conversation_level"
    CATEGORIES = "categories"
    EVIDENCE = "evidence"
    SHOW_RESOURCES = "show_resources"
    REPLY_ACTION = "reply_action"
    FINAL_REPLY = "final_reply"
    REPLY_REASONS = "reply_reasons"
    CRISIS_RESPONSE = "crisis_response"
    CLIPPED = "clipped"
    OTHER_LEVEL = "other_level"
    CLASSIFIER = "classifier"


@dataclass(frozen=True)
class Evidence:
    """One matched phrase and what it did to the level.

    Attributes:
        rule_id: the stable id of the rule, e.g. ``suicide.active.kill_self``.
        matched: the phrase as matched in the normalised text (lower case, accents folded).
        why: a sentence a reviewer can read: what the rule means, and any adjustment
            (negated, idiom, about someone else).
        level: the level this evidence contributes; ``none`` when it was discounted.
        category: the category it points to, or None for modifiers such as timing.
        signal: its role on the C-SSRS ladder.
        subject: whose situation it describes.
        turn: index of the message in the conversation it came from (None: this one).
        discounted: why the match was set aside ("negated", "idiom"), or "" when it counts.
        other_level: for evidence about someone else, the level the rule reads for them (the writer's
            own ``level`` is capped at moderate); ``none`` otherwise.
    """

    rule_id: str
    matched: str
    why: str
    level: RiskLevel
    category: RiskCategory | None = None
    signal: Signal = Signal.MENTION
    subject: Subject = Subject.SELF
    turn: int | None = None
    discounted: str = ""
    other_level: RiskLevel = RiskLevel.NONE

    @property
    def counts(self) -> bool:
        """Whether this evidence counts: not negated, not an idiom, and about the person."""
        return not self.discounted and self.subject is Subject.SELF

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping."""
        return {
            "rule_id": self.rule_id,
            "matched": self.matched,
            "why": self.why,
            "level": self.level.value,
            "category": self.category.value if self.category else None,
            "signal": self.signal.value,
            "subject": self.subject.value,
            "turn": self.turn,
            "discounted": self.discounted,
        }


@dataclass(frozen=True)
class RiskAssessment:
    """The risk of one message, read in the context of its conversation.

    Attributes:
        level: the risk of the latest user message (with the conversation as context).
        conversation_level: the highest risk reached anywhere in the conversation;
            a later "never mind" does not lower it.
        categories: the kinds of harm pointed to, most severe first.
        evidence: what fired, in order of contribution.
        clipped: True when the message was longer than the analysed window and only
            its start, its end and the passages around trigger words were read.
        other_level: the risk of someone else the person is worried about ("my brother
            says he wants to end it"): at ``high`` or above the person gets guidance for
            helping them and the same vetted lines, without being told they are at risk.
        scores: the learned classifier's probabilities (None when it was off).
    """

    level: RiskLevel
    conversation_level: RiskLevel
    categories: tuple[RiskCategory, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    clipped: bool = False
    other_level: RiskLevel = RiskLevel.NONE
    scores: Any = None  # haven.safety.learned.model.RiskScores; typed loosely to keep this module dependency-free

    @property
    def show_resources(self) -> bool:
        """Whether the person should see crisis contact points (their own risk, or someone else's, high or above)."""
        return self.conversation_level >= RiskLevel.HIGH or self.other_level >= RiskLevel.HIGH

    @property
    def about_other(self) -> bool:
        """Whether the crisis is someone else's: the other person at high or above, the writer below."""
        return self.other_level >= RiskLevel.HIGH and self.conversation_level < RiskLevel.HIGH

    @property
    def concerns_other(self) -> bool:
        """Whether the concern is about someone else (a friend or relative at risk)."""
        return any(e.subject is Subject.OTHER and e.level > RiskLevel.NONE for e in self.evidence)

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The ids of every rule that fired, without duplicates, in order."""
        return tuple(dict.fromkeys(e.rule_id for e in self.evidence))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (``risk_level``, ``conversation_level``, ``categories``, ...)."""
        return {
            RecordKey.RISK_LEVEL.value: self.level.value,
            RecordKey.CONVERSATION_LEVEL.value: self.conversation_level.value,
            RecordKey.CATEGORIES.value: [c.value for c in self.categories],
            RecordKey.SHOW_RESOURCES.value: self.show_resources,
            RecordKey.EVIDENCE.value: [e.to_dict() for e in self.evidence],
            RecordKey.CLIPPED.value: self.clipped,
            RecordKey.OTHER_LEVEL.value: self.other_level.value,
            RecordKey.CLASSIFIER.value: self.scores.to_dict() if self.scores is not None else None,
        }


NO_RISK = RiskAssessment(level=RiskLevel.NONE, conversation_level=RiskLevel.NONE)
