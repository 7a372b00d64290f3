"""A backend for when no model can load: the chat still answers, and still offers help.

A missing or corrupt model file must never leave a person in crisis with nothing; the
engine's crisis response needs no model, and every other message gets a plain, honest
reply saying the model is unavailable.
"""

from __future__ import annotations

import threading
from typing import Iterator

from haven.chat.backends.base import Capabilities, GenerationOptions, Timings
from haven.safety import SafetySettings, resources_for


class ResourcesOnlyBackend:
    """Answers without a model; the engine still adds crisis resources when needed."""

    capabilities = Capabilities(streaming=False, adapters=False, token_counting=True, model=False)
    context_length = 1_000_000

    def __init__(self, reason: str = "no model could be loaded"):
        self.reason = reason
        self.name = "resources-only"
        self.label = "Haven (no model loaded)"

    def close(self) -> None:
        """Nothing is loaded."""

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        return sum(len(m["content"].split()) for m in messages)

    def generate(self, messages, options: GenerationOptions, cancel: threading.Event | None = None) -> Iterator[str | Timings]:
        yield (
            "I'm here with you, but my language model isn't available right now, so I can't give a full reply. "
            "If you are struggling or thinking about harming yourself, please reach out to a crisis line "
            "for your country; Haven lists them for you."
        )
        yield Timings()


def fallback_resources(settings: SafetySettings) -> list[str]:
    """The vetted crisis lines for the settings' locale, one line each, for a front door with no panel."""
    return [r.display() for r in resources_for(settings.locale, settings)]
