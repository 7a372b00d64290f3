"""The rows Haven keeps: typed records, one per table.

A conversation is one column of the dashboard's chat (one model and variant on one
backend); a dashboard conversation with several columns shares a ``group_id``. A turn
keeps the person's message, the guarded reply and the figures every reply reports.
Votes hold no text at all: which two contestants met and who won.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field


def new_id() -> str:
    """A random identifier for a conversation or a group of conversations."""
    return uuid.uuid4().hex


@dataclass(frozen=True)
class ConversationRecord:
    """One conversation with one model variant.

    Attributes:
        id: random hex identifier.
        model: catalog name (or file/folder) of the model.
        variant: ``base`` or ``tuned`` (see :class:`haven.chat.backends.base.Variant`).
        backend: the backend's name, e.g. ``llama.cpp:smollm2-135m:tuned``.
        system_prompt: the system prompt the conversation ran with.
        group_id: shared by the columns of one dashboard conversation.
        created_at: seconds since the epoch.
    """

    model: str
    variant: str
    backend: str
    system_prompt: str | None = None
    group_id: str = ""
    id: str = field(default_factory=new_id)
    created_at: float = field(default_factory=time.time)


@dataclass(frozen=True)
class TurnRecord:
    """One exchange and its timings.

    Attributes:
        conversation_id: the conversation it belongs to.
        user_text: what the person typed (after cleaning).
        reply: the reply the person saw, after the guard.
        risk_level: the assessment's level (``none`` ... ``imminent``).
        crisis: whether the reply was the crisis response (no model text).
        reply_action: the guard's decision (``allow``, ``replace`` ...).
        ttft_s, total_s: time to first token and total time, seconds.
        prompt_tokens, reply_tokens: token counts.
        tokens_per_s: decoding speed.
        words: words in the reply.
        cancelled, timed_out: whether the reply was stopped or ran out of time.
        index: position in the conversation (0-based), set by the store.
        created_at: seconds since the epoch.
    """

    conversation_id: str
    user_text: str
    reply: str
    risk_level: str = "none"
    crisis: bool = False
    reply_action: str = "allow"
    ttft_s: float = 0.0
    total_s: float = 0.0
    prompt_tokens: int = 0
    reply_tokens: int = 0
    tokens_per_s: float = 0.0
    words: int = 0
    cancelled: bool = False
    timed_out: bool = False
    index: int = -1
    created_at: float = field(default_factory=time.time)

    @classmethod
    def from_turn(cls, conversation_id: str, turn) -> "TurnRecord":
        """The record of an engine :class:`~haven.chat.engine.ChatTurn`."""
        t = turn.timings
        return cls(
            conversation_id=conversation_id, user_text=turn.user_text, reply=turn.reply,
            risk_level=turn.assessment.level.value, crisis=turn.crisis, reply_action=turn.action,
            ttft_s=t.ttft_s, total_s=t.total_s, prompt_tokens=t.prompt_tokens, reply_tokens=t.reply_tokens,
            tokens_per_s=t.tokens_per_s, words=turn.words, cancelled=t.cancelled, timed_out=t.timed_out,
        )


@dataclass(frozen=True)
class VoteRecord:
    """One arena vote: two anonymous contestants and the outcome (no text).

    Attributes:
        a_model, a_variant: the contestant shown as A.
        b_model, b_variant: the contestant shown as B.
        outcome: ``a``, ``b`` or ``tie`` (see :class:`haven.evaluate.arena.Outcome`).
        id: row id, set by the store.
        created_at: seconds since the epoch.
    """

    a_model: str
    a_variant: str
    b_model: str
    b_variant: str
    outcome: str
    id: int = 0
    created_at: float = field(default_factory=time.time)
