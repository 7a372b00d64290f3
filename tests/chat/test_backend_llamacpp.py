"""The llama.cpp backend on the bundled GGUF files: streaming, timings, cancel, templates.

The prompt must be the one training rendered, so it is compared string for string
with the transformers side (`load_tokenizer` + `render`). Models are loaded with one
thread and a small context to stay light on a shared 2-core machine.
"""

from __future__ import annotations

import threading

import pytest

from haven.chat.backends.base import GenerationOptions, Timings, create_backend
from haven.chat.backends.llamacpp_backend import StopScanner
from haven.train.adapter import ADAPTER_GGUF
from haven.chat.engine import ChatSession, ChatTurn, respond
from haven.deps import is_llama_cpp_available
from haven.errors import AdapterError, BackendError, ConfigError

needs_llama = pytest.mark.skipif(
    not is_llama_cpp_available(), reason="llama-cpp-python (the `gguf` extra) is not installed"
)
GREEDY = GenerationOptions(temperature=0.0, max_tokens=16)
MESSAGES = [{"role": "user", "content": "I feel nervous before my exams."}]
CONVERSATIONS = [
    MESSAGES,
    [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": "I can't sleep."},
        {"role": "assistant", "content": "That sounds hard. What keeps you up?"},
        {"role": "user", "content": "Worries about tomorrow 😟"},
    ],
]


@pytest.fixture(scope="module")
def backend():
    return create_backend("llama.cpp", model="smollm2-135m", n_ctx=512, n_threads=1)


def split(items):
    *chunks, timings = items
    return chunks, timings


@needs_llama
@pytest.mark.slow
def test_streams_chunks_then_one_timings(backend):
    chunks, timings = split(list(backend.generate(MESSAGES, GREEDY)))
    assert chunks and all(isinstance(c, str) and c for c in chunks)
    assert isinstance(timings, Timings)
    assert timings.ttft_s > 0 and timings.total_s >= timings.ttft_s
    assert 0 < timings.reply_tokens <= GREEDY.max_tokens
    assert abs(timings.prompt_tokens - backend.count_tokens(MESSAGES)) <= 2


@needs_llama
@pytest.mark.slow
def test_greedy_replies_repeat(backend):
    first, _ = split(list(backend.generate(MESSAGES, GREEDY)))
    second, _ = split(list(backend.generate(MESSAGES, GREEDY)))
    assert "".join(first) == "".join(second)


@needs_llama
@pytest.mark.slow
def test_reply_goes_through_the_engine(backend):
    events = list(respond(backend, ChatSession(), MESSAGES[0]["content"], GREEDY))
    turn = events[-1].turn
    assert isinstance(turn, ChatTurn) and turn.reply.strip()
    assert turn.backend == backend.name and turn.timings.reply_tokens > 0


@needs_llama
@pytest.mark.slow
def test_cancel_before_generation_stops_at_once(backend):
    cancel = threading.Event()
    cancel.set()
    chunks, timings = split(list(backend.generate(MESSAGES, GenerationOptions(max_tokens=200), cancel)))
    assert timings.cancelled and timings.reply_tokens <= 2 and len(chunks) <= 2


@needs_llama
@pytest.mark.slow
def test_cancel_mid_reply_stops_within_a_token(backend):
    cancel = threading.Event()
    after_cancel = []
    for item in backend.generate(MESSAGES, GenerationOptions(temperature=0.0, max_tokens=200), cancel):
        if isinstance(item, Timings):
            timings = item
        elif cancel.is_set():
            after_cancel.append(item)
        else:
            cancel.set()
    assert timings.cancelled and len(after_cancel) <= 1 and timings.reply_tokens <= 3


@needs_llama
@pytest.mark.slow
def test_stop_string_cuts_the_reply(backend):
    chunks, _ = split(list(backend.generate(MESSAGES, GREEDY)))
    stop = chunks[2].strip()
    expected = "".join(chunks)[: "".join(chunks).index(stop)]
    options = GenerationOptions(temperature=0.0, max_tokens=16, stop=(stop,))
    cut, _ = split(list(backend.generate(MESSAGES, options)))
    assert "".join(cut) == expected


@needs_llama
@pytest.mark.slow
def test_timeout_stops_and_is_reported(backend):
    options = GenerationOptions(temperature=0.0, max_tokens=200, timeout_s=0.001)
    _, timings = split(list(backend.generate(MESSAGES, options)))
    assert timings.timed_out and timings.reply_tokens <= 1


@needs_llama
@pytest.mark.slow
@pytest.mark.parametrize("messages", CONVERSATIONS)
def test_prompt_matches_the_training_rendering(backend, messages):
    from haven.data.format import prompt_ids, render
    from haven.models.load import load_tokenizer
    from haven.models.resolve import resolve_model

    tokenizer = load_tokenizer(resolve_model("smollm2-135m"))
    assert backend.render_prompt(messages) == render(tokenizer, messages, generation_prompt=True)
    assert backend.count_tokens(messages) == len(prompt_ids(tokenizer, messages))


@needs_llama
@pytest.mark.slow
def test_base_gemma_uses_the_plain_template():
    gemma = create_backend("llama.cpp", model="gemma3-270m", n_ctx=256, n_threads=1)
    prompt = gemma.render_prompt([{"role": "system", "content": "Be kind."}] + MESSAGES)
    assert prompt == "<bos>Be kind.\n\nPerson: I feel nervous before my exams.\nCounsellor:"
    assert gemma.count_tokens(MESSAGES) < 20
    # a base model writes the next "Person:" turn itself unless the template's stop string cuts it
    assert "\nPerson:" in gemma.stop_strings(GenerationOptions())
    reply = "".join(x for x in gemma.generate(MESSAGES, GenerationOptions(max_tokens=60, temperature=0, stop=()))
                    if isinstance(x, str))
    assert "Person:" not in reply


def test_adapter_folder_without_gguf_says_to_export(tmp_path):
    with pytest.raises(BackendError, match=f"{ADAPTER_GGUF}.*haven export --adapter .* --format gguf"):
        create_backend("llama.cpp", model="smollm2-135m", adapter=tmp_path)


def test_missing_adapter_folder_is_an_adapter_error(tmp_path):
    with pytest.raises(AdapterError, match="no adapter folder"):
        create_backend("llama.cpp", model="smollm2-135m", adapter=tmp_path / "missing")


def test_unknown_variant_is_refused():
    with pytest.raises(ConfigError, match="--variant"):
        create_backend("llama.cpp", model="smollm2-135m", variant="merged")


def test_stop_scanner_holds_back_a_partial_stop_and_cuts_at_it():
    scanner = StopScanner(("<|im_end|>", "END"))
    assert scanner.feed("Hello <|im") == ("Hello ", False)
    assert scanner.feed("_end|> more") == ("", True)
    scanner = StopScanner(("END",))
    assert scanner.feed("A BEN") == ("A B", False)
    assert scanner.feed("CH") == ("ENCH", False)
    assert scanner.feed("E") == ("", False) and scanner.flush() == "E"


@needs_llama
@pytest.mark.slow
def test_native_llama_cpp_warnings_go_to_the_log_not_the_terminal(capfd, caplog):
    import logging

    with caplog.at_level(logging.DEBUG, logger="haven.llama_cpp"):
        create_backend("llama.cpp", model="gemma3-270m", n_ctx=320, n_threads=1)  # a fresh load (unique n_ctx)
    assert "llama" not in capfd.readouterr().err
    assert any(r.name == "haven.llama_cpp" for r in caplog.records)
