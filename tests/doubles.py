"""The one test double of the backend contract (like simonw/llm's ``MockModel``).

:class:`ScriptedBackend` streams the chunks it is given and records what it was asked;
options cover what the suite needs from a model without loading one: fail with a
BackendError, echo the person's words (the worst case for a leak), hold a generation
until the test opens a gate, count tokens by words or by characters. Tests import it
(``from doubles import ScriptedBackend``) or take the ``scripted_backend`` fixture.
"""

from __future__ import annotations

import threading

from haven.chat.backends.base import Capabilities, Timings
from haven.errors import BackendError


class ScriptedBackend:
    """Streams `chunks` (or echoes the last message), then one Timings; records prompts and overlaps.

    Attributes:
        prompts: every prompt (message list) it was asked to answer; ``last_prompt`` the latest.
        calls: how many generations were started.
        most_active: the most generations that ran at the same time.
        started: set once a generation has begun; ``gate``, when given, holds it after the first chunk
            until the test sets it.
    """

    capabilities = Capabilities()

    def __init__(self, chunks=(), *, context_length: int = 4096, fail: bool = False, echo: bool = False,
                 gate: threading.Event | None = None, count: str = "words", timings: Timings | None = None,
                 name: str = "scripted", label: str = "scripted test backend", **_):
        self.chunks, self.context_length, self.fail, self.echo = list(chunks), context_length, fail, echo
        self.gate, self.count, self.timings = gate, count, timings
        self.name, self.label = name, label
        self.prompts: list[list[dict[str, str]]] = []
        self.calls = self.active = self.most_active = 0
        self.started, self._lock = threading.Event(), threading.Lock()
        self.closed = False

    @property
    def last_prompt(self):
        return self.prompts[-1] if self.prompts else None

    def count_tokens(self, messages):
        if self.count == "chars":
            return sum(len(m["content"]) // 3 + 4 for m in messages) + 1
        return sum(len(m["content"].split()) + 4 for m in messages)

    def generate(self, messages, options, cancel=None):
        self.calls += 1
        self.prompts.append(messages)
        if self.fail:
            raise BackendError("the test backend is down")
        with self._lock:
            self.active += 1
            self.most_active = max(self.most_active, self.active)
        self.started.set()
        try:
            chunks = ["You said: " + messages[-1]["content"]] if self.echo else self.chunks
            yield from chunks[:1]
            if self.gate is not None:  # hold the generation (and its slot) until the test opens the gate
                waited = 0.0  # a real backend stops at its next token when cancelled; so does this one
                while not self.gate.wait(0.01) and not (cancel is not None and cancel.is_set()):
                    waited += 0.01
                    assert waited < 60, "the test never opened the gate"
            yield from chunks[1:]
            yield self.timings or Timings(ttft_s=0.01, total_s=0.05, prompt_tokens=10, reply_tokens=len(chunks))
        finally:
            with self._lock:
                self.active -= 1

    def close(self) -> None:
        self.closed = True
