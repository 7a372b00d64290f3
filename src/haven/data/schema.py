"""The shape every conversation takes inside Haven, whatever file it came from.

A training example is a short conversation: optional system message, then turns by
the person (`user`) and the counsellor (`assistant`). Every assistant turn is a
reply the model learns; `group_id` keeps the same question together when splitting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Role(str, Enum):
    """Speaker roles, spelled as chat templates expect them."""

    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True)
class Message:
    """One turn of a conversation."""

    role: Role
    content: str

    def as_dict(self) -> dict[str, str]:
        """The `{"role", "content"}` mapping that chat templates take."""
        return {"role": self.role.value, "content": self.content}


@dataclass(frozen=True)
class Example:
    """One conversation to learn from.

    Attributes:
        messages: the turns, in order; the last one is an assistant reply.
        group_id: the question (or conversation) this came from; the split never
            puts one group on both sides.
        source: data set name, e.g. ``counsel-chat``.
        topic: the data set's topic label, if any.
        meta: anything else worth keeping (row number, upvotes, strategy labels).
    """

    messages: tuple[Message, ...]
    group_id: str
    source: str
    topic: str | None = None
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def prompt(self) -> str:
        """The last user message before the final reply."""
        for message in reversed(self.messages):
            if message.role is Role.USER:
                return message.content
        return ""

    @property
    def response(self) -> str:
        """The final assistant reply."""
        return self.messages[-1].content if self.messages else ""
