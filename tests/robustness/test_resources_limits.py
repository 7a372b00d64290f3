"""Resources: out of memory is named with figures, a slow reply ends with a message, the window holds.

Memory is exhausted for real where it can be cheaply: a subprocess caps its own address
space (``ulimit -v``) just above what it already uses and then asks llama.cpp for the
bundled model. PyTorch's allocator failures are raised at the point transformers would
raise them (a real 135M-parameter load under such a cap first trips over lazy imports).
Timeouts are checked through the engine on every backend: the person always gets a
reply that says it stopped, never a hang. The context window is a property over random
conversations.
"""

from __future__ import annotations

import http.server
import json
import re
import subprocess
import sys
import textwrap
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from robustness_kit import ScriptedBackend, needs_llama, odd_text

from haven.chat.backends.base import GenerationOptions, create_backend
from haven.chat.engine import BACKEND_FAILED_REPLY, ChatSession, EventKind, fit_context, prompt_budget, respond, shorten_to_fit
from haven.cli import EXIT_NO_MODEL
from haven.errors import ModelLoadError
from haven.models import memory

CRISIS = "I have the pills in my hand and I am going to kill myself tonight"
FIGURES = re.compile(r"out of memory .+: it needs about [\d,.]+ [MG]iB and [\d,.]+ [MG]iB is available to Haven: \S")
STOPPED = "(I took too long to answer and stopped there. I'm still listening.)"

CAPPED_LLAMA = textwrap.dedent("""
    import re, resource, sys
    import llama_cpp  # its libraries are mapped before the cap
    from haven.cli import main
    from haven.models.resolve import resolve_model
    resolve_model("smollm2-135m")
    vm = int(re.search(r"VmSize:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) * 1024
    resource.setrlimit(resource.RLIMIT_AS, (vm + 40 * 2**20, resource.RLIM_INFINITY))
    sys.argv = ["haven", *sys.argv[1:]]
    main()
""")


# --- out of memory ----------------------------------------------------------------------------


def test_available_memory_is_the_tightest_limit(monkeypatch, tmp_path):
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:  8000000 kB\nMemAvailable:  4000000 kB\n")
    cgroup = tmp_path / "cgroup"
    cgroup.mkdir()
    (cgroup / "memory.max").write_text(str(3 * 2**30))
    (cgroup / "memory.current").write_text(str(2**30))
    monkeypatch.setattr(memory, "MEMINFO", meminfo)
    monkeypatch.setattr(memory, "CGROUP_DIR", cgroup)
    monkeypatch.setattr(memory, "_address_space_headroom", lambda: None)
    assert memory.available_memory_bytes() == 2 * 2**30  # the cgroup leaves 2 GiB of the 3.8 free
    (cgroup / "memory.max").write_text("max\n")
    assert memory.available_memory_bytes() == 4_000_000 * 1024


@pytest.mark.parametrize("error", [
    MemoryError(),
    RuntimeError("[enforce fail at alloc_cpu.cpp:117] DefaultCPUAllocator: not enough memory: you tried to allocate 1073741824 bytes."),
    RuntimeError("DefaultCPUAllocator: can't allocate memory: you tried to allocate 557842432 bytes. Error code 12 (Cannot allocate memory)"),
    RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB"),
])
def test_memory_failures_are_recognised(error):
    assert memory.is_out_of_memory(error)


def test_other_failures_are_not_called_memory():
    assert not memory.is_out_of_memory(RuntimeError("size mismatch for lm_head.weight"))
    assert not memory.is_out_of_memory(ValueError("Failed to load model from file: x.gguf"))


def test_llama_cpp_estimate_counts_weights_and_kv_cache():
    from haven.models.resolve import resolve_model

    path = resolve_model("smollm2-135m").gguf_path
    small, large = memory.gguf_runtime_bytes(path, 512), memory.gguf_runtime_bytes(path, 8192)
    assert path.stat().st_size < small < large
    # SmolLM2-135M: 30 layers, 576 wide, 3 of 9 heads for K/V -> 2 * 30 * 192 * 2 bytes a token
    assert large - small == (8192 - 512) * 2 * 30 * 192 * 2


@needs_llama
@pytest.mark.slow
def test_llama_cpp_out_of_memory_is_named_and_the_chat_still_offers_help():
    result = subprocess.run([sys.executable, "-c", CAPPED_LLAMA, "chat", "--backend", "llama.cpp", "--once", CRISIS, "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == EXIT_NO_MODEL, result.stderr  # answered with help; no model spoke
    assert FIGURES.search(" ".join(result.stderr.split())), result.stderr
    assert "Traceback" not in result.stderr and "crisis resources are still available" in result.stderr
    assert "988" in json.loads(result.stdout)["reply"]


@needs_llama
@pytest.mark.slow
def test_llama_cpp_out_of_memory_in_the_library_is_a_model_load_error():
    script = CAPPED_LLAMA.replace("main()", textwrap.dedent("""
        from haven.chat.backends.base import create_backend
        from haven.errors import ModelLoadError
        try:
            create_backend("llama.cpp", model="smollm2-135m", n_ctx=512, n_threads=1)
        except ModelLoadError as err:
            print(err)
    """))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert FIGURES.search(result.stdout) and "SmolLM2-135M-Instruct.Q4_1.gguf" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("error", [
    MemoryError(),
    RuntimeError("DefaultCPUAllocator: not enough memory: you tried to allocate 1073741824 bytes."),
])
def test_transformers_out_of_memory_while_loading_is_named(monkeypatch, error):
    import transformers

    from haven.models.load import load_model

    def out_of_memory(*args, **kwargs):
        raise error

    monkeypatch.setattr(transformers.AutoModelForCausalLM, "from_pretrained", out_of_memory)
    with pytest.raises(ModelLoadError) as caught:
        load_model("smollm2-135m", precision="fp32")
    message = str(caught.value)
    assert FIGURES.search(message) and "loading smollm2-135m at fp32" in message
    assert "--backend llama.cpp" in message and "\n" not in message


@pytest.mark.slow
def test_transformers_out_of_memory_while_generating_is_told_to_the_person(smollm2, monkeypatch):
    from haven.chat.backends.transformers_backend import SharedModel, TransformersBackend

    def out_of_memory(**kwargs):
        raise RuntimeError("DefaultCPUAllocator: not enough memory: you tried to allocate 4294967296 bytes.")

    backend = TransformersBackend(shared=SharedModel(loaded=smollm2))
    monkeypatch.setattr(smollm2.model, "generate", out_of_memory)
    turn = list(respond(backend, ChatSession(), "I feel low", GenerationOptions(max_tokens=8)))[-1].turn
    assert turn.reply.startswith(BACKEND_FAILED_REPLY)
    assert any(re.search(r"out of memory while .+ was answering: .+ is available to Haven", n) for n in turn.notices)


# --- a slow reply ends with a message, on every backend ---------------------------------------


def stopped_turn(backend, timeout_s: float, max_tokens: int = 64):
    options = GenerationOptions(temperature=0.0, max_tokens=max_tokens, timeout_s=timeout_s)
    events = list(respond(backend, ChatSession(), "Tell me about your day, slowly.", options))
    assert events[-1].kind is EventKind.DONE
    return events[-1].turn


@needs_llama
@pytest.mark.slow
def test_llama_cpp_timeout_returns_what_was_said_and_a_note(llama_backend):
    turn = stopped_turn(llama_backend, timeout_s=0.001)
    assert turn.timings.timed_out and turn.reply.endswith(STOPPED) and turn.timings.reply_tokens <= 2


@pytest.mark.slow
def test_transformers_timeout_returns_what_was_said_and_a_note(smollm2):
    from haven.chat.backends.transformers_backend import SharedModel, TransformersBackend

    turn = stopped_turn(TransformersBackend(shared=SharedModel(loaded=smollm2)), timeout_s=0.001)
    assert turn.timings.timed_out and turn.reply.endswith(STOPPED) and turn.timings.reply_tokens <= 2


class StallingHandler(http.server.BaseHTTPRequestHandler):
    """Opens an event stream, sends one piece, then goes silent (a server stuck mid-reply)."""

    stall_s = 30.0

    def do_POST(self):  # noqa: N802 - the http.server hook name
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        if self.path.startswith("/partial"):
            self.wfile.write(b'data: {"choices": [{"delta": {"content": "I hear you."}}]}\n\n')
            self.wfile.flush()
        time.sleep(self.stall_s)

    def log_message(self, *args):
        pass


@pytest.fixture
def stalling_url():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), StallingHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path, said", [("/silent", ""), ("/partial", "I hear you.")])
def test_openai_timeout_on_a_stuck_server_answers_the_person(stalling_url, path, said):
    started = time.monotonic()
    turn = stopped_turn(create_backend("openai", base_url=stalling_url + path), timeout_s=1.0)
    assert time.monotonic() - started < StallingHandler.stall_s / 2  # it did not wait for the server
    assert turn.reply.startswith(said or BACKEND_FAILED_REPLY) and turn.reply.endswith(STOPPED)
    if not said:
        assert any("no reply within 1 s" in n for n in turn.notices)


def test_a_backend_that_raises_an_unexpected_error_still_answers(caplog):
    class Broken(ScriptedBackend):
        def generate(self, messages, options, cancel=None):
            raise KeyError("the person's words: I feel so alone")
            yield  # pragma: no cover

    turn = list(respond(Broken(), ChatSession(), "I feel so alone", GenerationOptions()))[-1].turn
    assert turn.reply == BACKEND_FAILED_REPLY and any("KeyError" in n for n in turn.notices)
    assert "KeyError" in caplog.text and "so alone" not in caplog.text


# --- the context window is never exceeded -----------------------------------------------------

# Turns from a few words to a few thousand characters; cleaning caps a message at 4,000.
conversation = st.lists(st.one_of(odd_text, odd_text, st.text(min_size=200, max_size=2000)), min_size=1, max_size=8)


@settings(max_examples=1000, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=conversation, context=st.integers(64, 4096), reply_share=st.floats(0.01, 0.9), system=st.text(max_size=200))
def test_the_prompt_and_reply_fit_the_window(texts, context, reply_share, system):
    backend = ScriptedBackend(["Okay."], context_length=context)
    max_tokens = max(1, int(context * reply_share))
    messages = [{"role": "system", "content": system or "Be kind."}]
    for i, text in enumerate(texts):
        messages.append({"role": "user" if i % 2 == 0 else "assistant", "content": text})
    if messages[-1]["role"] != "user":
        messages.append({"role": "user", "content": texts[-1]})
    fitted, _ = fit_context(backend, messages, max_tokens)
    fitted, kept = shorten_to_fit(backend, fitted, max_tokens)
    assert fitted[0] == messages[0] and fitted[-1]["content"] == messages[-1]["content"][:kept]
    if kept:
        assert backend.count_tokens(fitted) <= prompt_budget(backend, max_tokens)


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=conversation, context=st.integers(64, 1024), max_tokens=st.integers(1, 200))
def test_the_engine_never_sends_more_than_the_window(texts, context, max_tokens):
    backend, session = ScriptedBackend(["Okay. "], context_length=context), ChatSession()
    for text in texts:
        events = list(respond(backend, session, text, GenerationOptions(max_tokens=max_tokens)))
        assert events[-1].kind in (EventKind.DONE, EventKind.NOTICE)
    for prompt in backend.prompts:
        assert backend.count_tokens(prompt) <= context - max_tokens


@needs_llama
@pytest.mark.slow
@settings(max_examples=40, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=conversation, max_tokens=st.integers(16, 256))
def test_real_tokenizer_prompts_fit_the_llama_cpp_window(llama_backend, texts, max_tokens):
    messages = [{"role": "system", "content": "Be kind."}]
    for text in texts:
        messages += [{"role": "user", "content": text}, {"role": "assistant", "content": "I see. Tell me more."}]
    fitted, _ = fit_context(llama_backend, messages[:-1], max_tokens)
    fitted, kept = shorten_to_fit(llama_backend, fitted, max_tokens)
    assert kept == 0 or llama_backend.count_tokens(fitted) <= llama_backend.context_length - max_tokens


@needs_llama
@pytest.mark.slow
def test_a_message_of_emoji_is_shortened_to_fit_not_refused(llama_backend):
    session = ChatSession()
    events = list(respond(llama_backend, session, "😢🌧️" * 1500, GenerationOptions(temperature=0.0, max_tokens=4)))
    turn = events[-1].turn
    assert any("can read at once" in n for n in turn.notices) and not any("prompt is" in n for n in turn.notices)
    assert turn.reply and turn.reply != BACKEND_FAILED_REPLY


def test_a_reply_budget_larger_than_the_window_is_told_not_sent():
    backend = ScriptedBackend(["Okay."], context_length=256)
    turn = list(respond(backend, ChatSession(), "hello there", GenerationOptions(max_tokens=1000)))[-1].turn
    assert not backend.prompts and turn.reply == BACKEND_FAILED_REPLY
    assert any("lower --max-tokens" in n for n in turn.notices)
