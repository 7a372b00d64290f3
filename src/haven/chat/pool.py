"""Sharing one loaded model between many conversations.

A llama.cpp context or a transformers model holds one generation at a time, while the
dashboard serves every browser session from one process (models load once). A
:class:`SharedBackend` wraps a backend with a fixed number of slots: a conversation
waits for a free slot up to ``max_wait_s`` and is then told that the model is busy
(:class:`~haven.errors.BackendBusyError`, which the engine turns into a message to the
person) instead of hanging or interleaving two generations in one model.
"""

from __future__ import annotations

import threading
from typing import Iterator

from haven.chat.backends.base import Backend, GenerationOptions, Timings
from haven.errors import BackendBusyError, ConfigError

DEFAULT_MAX_WAIT_S = 30.0


class SharedBackend:
    """A backend with `slots` concurrent generations; callers queue up to `max_wait_s` seconds."""

    def __init__(self, backend: Backend, slots: int = 1, max_wait_s: float = DEFAULT_MAX_WAIT_S):
        if slots < 1:
            raise ConfigError(f"slots is {slots}; a shared backend needs at least 1 (1 for one local model)")
        if max_wait_s < 0:
            raise ConfigError(f"max_wait_s is {max_wait_s}; use 0 (never wait) or more seconds")
        self.backend = backend
        self.slots = slots
        self.max_wait_s = max_wait_s
        self._free = threading.BoundedSemaphore(slots)
        self._count_lock = threading.Lock()  # tokenizers are not all safe to call from two threads

    def __getattr__(self, attribute: str):
        # name, label, capabilities, context_length, variant, close ... come from the wrapped backend
        return getattr(self.backend, attribute)

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        with self._count_lock:
            return self.backend.count_tokens(messages)

    def busy(self) -> bool:
        """True when no slot is free right now."""
        if self._free.acquire(blocking=False):
            self._free.release()
            return False
        return True

    def generate(
        self, messages: list[dict[str, str]], options: GenerationOptions, cancel: threading.Event | None = None
    ) -> Iterator[str | Timings]:
        if not self._free.acquire(timeout=self.max_wait_s):
            raise BackendBusyError(
                f"{self.backend.label} is answering {self.slots} other conversation(s) and none finished within "
                f"{self.max_wait_s:g} s; try again in a moment (a deployer can add slots or a second model)"
            )
        try:
            yield from self.backend.generate(messages, options, cancel)
        finally:
            self._free.release()
