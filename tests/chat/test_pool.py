"""A shared backend runs one generation per slot and tells the next person when it is busy."""

from __future__ import annotations

import threading

import pytest

from doubles import ScriptedBackend

from haven.chat.backends.base import GenerationOptions, Timings
from haven.chat.engine import BUSY_REPLY, ChatSession, EventKind, respond
from haven.chat.pool import SharedBackend
from haven.errors import BackendBusyError, ConfigError


def GatedBackend():  # noqa: N802 - reads as the class it builds
    """The suite's double streaming one chunk, then waiting for the test to open its gate."""
    return ScriptedBackend(["I hear you. ", "Tell me more."], gate=threading.Event(), name="gated",
                           label="gated test backend", timings=Timings(prompt_tokens=3, reply_tokens=5))


def drain(backend, text="I feel low today"):
    return list(respond(backend, ChatSession(), text, GenerationOptions(max_tokens=16)))


def test_second_conversation_is_told_the_model_is_busy():
    inner = GatedBackend()
    shared = SharedBackend(inner, slots=1, max_wait_s=0.05)
    first = shared.generate([{"role": "user", "content": "hi"}], GenerationOptions())
    assert next(first) == "I hear you. "
    assert shared.busy()
    events = drain(shared)
    turn = events[-1].turn
    assert turn.reply.startswith(BUSY_REPLY)
    assert any(e.kind is EventKind.NOTICE and "other conversation" in e.text for e in events)
    inner.gate.set()
    assert list(first)[-1].reply_tokens == 5
    assert not shared.busy()


def test_queued_conversations_never_overlap_and_all_finish():
    inner = GatedBackend()
    inner.gate.set()
    shared = SharedBackend(inner, slots=1, max_wait_s=10)
    results = []
    threads = [threading.Thread(target=lambda: results.append(drain(shared)[-1].turn.reply)) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert len(results) == 6 and all(r == "I hear you. Tell me more." for r in results)
    assert inner.most_active == 1


def test_a_closed_generation_frees_its_slot():
    shared = SharedBackend(GatedBackend(), slots=1, max_wait_s=0)
    gen = shared.generate([{"role": "user", "content": "hi"}], GenerationOptions())
    next(gen)
    with pytest.raises(BackendBusyError):
        next(shared.generate([], GenerationOptions()))
    gen.close()
    assert not shared.busy()


def test_attributes_come_from_the_wrapped_backend():
    shared = SharedBackend(GatedBackend())
    assert (shared.name, shared.label, shared.context_length) == ("gated", "gated test backend", 4096)


@pytest.mark.parametrize("kwargs", [{"slots": 0}, {"max_wait_s": -1}])
def test_bad_settings_are_named(kwargs):
    with pytest.raises(ConfigError):
        SharedBackend(GatedBackend(), **kwargs)


def test_the_slot_frees_when_the_model_finishes_not_when_the_reader_does():
    """The engine guards each piece it reads; that time must not keep the next conversation from the model."""
    inner = ScriptedBackend(["I hear you. ", "Tell me more."], name="quick", label="quick test backend")
    shared = SharedBackend(inner, slots=1, max_wait_s=0)
    reader = shared.generate([{"role": "user", "content": "hi"}], GenerationOptions())
    assert next(reader) == "I hear you. "  # the reader is still busy with its first piece ...
    for _ in range(500):
        if not shared.busy():
            break
        threading.Event().wait(0.01)
    assert not shared.busy()  # ... and the model is already free for someone else
    second = list(shared.generate([{"role": "user", "content": "hello"}], GenerationOptions()))
    assert second[0] == "I hear you. " and isinstance(second[-1], Timings)
    assert list(reader)[0] == "Tell me more."


def test_a_failing_model_raises_in_the_reader_and_frees_its_slot():
    from haven.errors import BackendError

    shared = SharedBackend(ScriptedBackend(["x"], fail=True), slots=1, max_wait_s=0)
    with pytest.raises(BackendError, match="down"):
        list(shared.generate([{"role": "user", "content": "hi"}], GenerationOptions()))
    assert not shared.busy()


def test_a_reader_who_leaves_stops_the_generation():
    inner = GatedBackend()
    shared = SharedBackend(inner, slots=1, max_wait_s=0)
    reader = shared.generate([{"role": "user", "content": "hi"}], GenerationOptions())
    next(reader)
    reader.close()  # the gate never opens: only the stop can end the generation
    assert inner.active == 0 and not shared.busy()
