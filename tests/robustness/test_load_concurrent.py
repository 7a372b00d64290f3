"""Ten people at once: no crash, no reply in the wrong conversation, and a busy model is said so.

Runs the driver of benchmarks/load_test.py at a small, bounded size (10 simultaneous
conversations of 2 messages, 8-token replies) through the guarded engine on the real
SmolLM2: on llama.cpp behind a one-slot SharedBackend, and through the OpenAI backend
against llama-cpp-python's server on loopback. Only correctness is asserted here; the
latency percentiles are the benchmark's job.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import time
from pathlib import Path

import pytest
from robustness_kit import ScriptedBackend, needs_llama

from haven.chat.backends.base import GenerationOptions, create_backend
from haven.chat.engine import BUSY_REPLY
from haven.chat.pool import SharedBackend
from haven.deps import is_available

CONVERSATIONS, TURNS = 10, 2
OPTIONS = GenerationOptions(temperature=0.0, max_tokens=8, timeout_s=300)
SERVER_MODULES = ("llama_cpp", "uvicorn", "fastapi", "sse_starlette", "pydantic_settings", "starlette_context")
needs_server = pytest.mark.skipif(not all(is_available(m) for m in SERVER_MODULES),
                                  reason="llama-cpp-python's server is not installed: pip install 'llama-cpp-python[server]'")


def load_driver():
    """benchmarks/load_test.py, imported by path (benchmarks/ is not a package)."""
    name = "haven_load_test_driver"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parents[2] / "benchmarks" / "load_test.py")
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


driver = load_driver()


def assert_served_and_isolated(result) -> None:
    assert result.errors == []
    assert driver.isolation_problems(result) == []
    assert len(result.turns) == CONVERSATIONS * TURNS and len(result.calls) == CONVERSATIONS * TURNS
    for conversation in result.conversations:
        assert [m["role"] for m in conversation.session.messages] == ["user", "assistant"] * TURNS
        assert all(turn.reply for turn in conversation.session.turns)


@needs_llama
@pytest.mark.slow
def test_ten_conversations_share_one_llama_cpp_model(llama_backend):
    shared = SharedBackend(llama_backend, slots=1, max_wait_s=300)
    assert_served_and_isolated(driver.run_load(shared, "llama.cpp", CONVERSATIONS, TURNS, OPTIONS))


@needs_server
@pytest.mark.slow
def test_ten_conversations_through_the_openai_backend_on_loopback():
    with driver.llama_server("smollm2-135m", threads=1, n_ctx=1024) as url:
        backend = create_backend("openai", base_url=url, context_length=1024)
        assert_served_and_isolated(driver.run_load(backend, "openai", CONVERSATIONS, TURNS, OPTIONS))


def test_the_isolation_check_catches_a_swapped_reply():
    backend = SharedBackend(ScriptedBackend(["Thanks for telling me. "]), slots=2)
    result = driver.run_load(backend, "scripted", conversations=3, turns=2)
    assert driver.isolation_problems(result) == []
    first, second = result.conversations[0].session, result.conversations[1].session
    first.messages[0], second.messages[0] = second.messages[0], first.messages[0]
    assert len(driver.isolation_problems(result)) == 2


class GateBackend(ScriptedBackend):
    """Holds its one generation until the test opens the gate: every other caller finds it busy."""

    def __init__(self):
        super().__init__(["I'm here with you. "])
        self.gate = threading.Event()

    def generate(self, messages, options, cancel=None):
        assert self.gate.wait(60), "the test never opened the gate"
        yield from super().generate(messages, options, cancel)


def test_when_the_model_is_busy_each_person_is_told_so_in_their_own_conversation():
    gated = GateBackend()
    backend = driver.RecordingBackend(SharedBackend(gated, slots=1, max_wait_s=0.05))
    results = [driver.ConversationResult(i) for i in range(CONVERSATIONS)]
    start = threading.Barrier(CONVERSATIONS)
    threads = [threading.Thread(target=driver.converse, args=(backend, r, 1, OPTIONS, start)) for r in results]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + 60
    while sum(t.is_alive() for t in threads) > 1 and time.monotonic() < deadline:
        time.sleep(0.01)  # nine give up after 0.05 s; one holds the model
    gated.gate.set()
    for thread in threads:
        thread.join(60)
    replies = [r.session.turns[0].reply for r in results]
    assert replies.count(BUSY_REPLY) == CONVERSATIONS - 1 and replies.count("I'm here with you.") == 1
    for r in results:
        assert [m["content"] for m in r.session.messages if m["role"] == "user"] == r.sent
        if r.session.turns[0].reply == BUSY_REPLY:
            assert any("none finished within 0.05 s" in n for n in r.session.turns[0].notices)
