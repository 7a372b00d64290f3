"""Sharing one loaded model between many conversations.

A llama.cpp context or a transformers model holds one generation at a time, while the
dashboard serves every browser session from one process (models load once). A
:class:`SharedBackend` wraps a backend with a fixed number of slots: a conversation
waits for a free slot up to ``max_wait_s`` and is then told that the model is busy
(:class:`~haven.errors.BackendBusyError`, which the engine turns into a message to the
person) instead of hanging or interleaving two generations in one model.

The slot is held while the model generates, not while the reader reads: a thread of its own
runs each generation and hands its pieces over a queue, so the time the engine spends guarding
each piece (the safety layer, tens of milliseconds a sentence) no longer keeps the next
conversation from the model. A reader that stops early (the guard replaced the reply, the
person pressed Stop) stops the generation at its next token.
"""

from __future__ import annotations

import queue
import threading
from typing import Iterator

from haven.chat.backends.base import Backend, GenerationOptions, StopEvent, Timings
from haven.errors import BackendBusyError, ConfigError

DEFAULT_MAX_WAIT_S = 30.0
STOP_JOIN_S = 10.0  # how long a reader that left waits for its generation to stop (a token's time in practice)
_END = object()


class _Failure:
    """An exception raised by the generation, carried to the reader."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


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
        stop = StopEvent(cancel)
        pieces: queue.SimpleQueue = queue.SimpleQueue()

        def produce() -> None:
            generation = self.backend.generate(messages, options, stop)
            try:
                for piece in generation:  # the backend watches `stop` between tokens and ends with its Timings
                    pieces.put(piece)
            except BaseException as err:  # noqa: BLE001 - handed to the reader, who raises it
                pieces.put(_Failure(err))
            finally:
                generation.close()
                self._free.release()
                pieces.put(_END)

        producer = threading.Thread(target=produce, name=f"haven-generate-{self.backend.label}", daemon=True)
        producer.start()
        try:
            while (piece := pieces.get()) is not _END:
                if isinstance(piece, _Failure):
                    raise piece.error
                yield piece
        finally:
            stop.set()  # the reader left (or finished): a generation still running stops at its next token
            producer.join(STOP_JOIN_S)
