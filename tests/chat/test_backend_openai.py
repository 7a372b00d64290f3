"""The OpenAI-compatible backend against a real server on loopback.

llama-cpp-python's own server (the `server` extra of llama-cpp-python) serves the
bundled SmolLM2 GGUF on a free port for this module; the backend streams from it,
goes through the guarded chat path, and reports its errors clearly. The SSE parser
and error-body reader are also checked on literal bytes, and a small scripted HTTP
server on loopback sends what llama.cpp's server never does (usage figures, broken
events, a JSON body instead of a stream).
"""

from __future__ import annotations

import http.client
import http.server
import json
import subprocess
import sys
import threading
import time

import pytest

from haven.chat.backends.base import GenerationOptions, Timings, create_backend
from haven.chat.backends.openai_backend import error_message, iter_sse_data
from haven.chat.engine import ChatSession, ChatTurn, respond
from haven.chat.serve import LOOPBACK, free_port, server_answers
from haven.deps import is_available
from haven.errors import BackendError, BackendTimeoutError, ConfigError

SERVER_MODULES = ("llama_cpp", "uvicorn", "fastapi", "sse_starlette", "pydantic_settings", "starlette_context")
SERVER_START_LIMIT_S = 60
GREEDY = GenerationOptions(temperature=0.0, max_tokens=16)
MESSAGES = [{"role": "user", "content": "I feel nervous before my exams."}]

needs_server = pytest.mark.skipif(
    not all(is_available(m) for m in SERVER_MODULES),
    reason="llama-cpp-python's server is not installed: pip install 'llama-cpp-python[server]'",
)


def wait_for_server(process: subprocess.Popen, port: int, log_path) -> None:
    deadline = time.monotonic() + SERVER_START_LIMIT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"llama_cpp.server exited with {process.returncode}:\n{log_path.read_text()[-2000:]}")
        if server_answers(LOOPBACK, port):
            return
        time.sleep(0.5)
    pytest.fail(f"llama_cpp.server did not answer /v1/models within {SERVER_START_LIMIT_S} s")


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    from haven.models.resolve import resolve_model

    gguf = resolve_model("smollm2-135m").gguf_path
    port, log_path = free_port(), tmp_path_factory.mktemp("llama-server") / "server.log"
    command = [sys.executable, "-m", "haven.chat.llama_server", "--model", str(gguf), "--host", LOOPBACK,
               "--port", str(port), "--n_ctx", "1024", "--n_threads", "1", "--chat_format", "chatml"]
    with log_path.open("w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_for_server(process, port, log_path)
        yield f"http://{LOOPBACK}:{port}/v1"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def backend(server_url):
    return create_backend("openai", base_url=server_url, context_length=1024)


@needs_server
@pytest.mark.slow
def test_streams_chunks_then_one_timings(backend):
    *chunks, timings = list(backend.generate(MESSAGES, GREEDY))
    assert chunks and all(isinstance(c, str) and c for c in chunks)
    assert isinstance(timings, Timings) and not timings.timed_out and not timings.cancelled
    assert timings.ttft_s > 0 and timings.total_s >= timings.ttft_s
    assert 0 < timings.reply_tokens <= GREEDY.max_tokens and timings.prompt_tokens > 0


@needs_server
@pytest.mark.slow
def test_reply_goes_through_the_engine(backend):
    turn = list(respond(backend, ChatSession(), MESSAGES[0]["content"], GREEDY))[-1].turn
    assert isinstance(turn, ChatTurn) and turn.reply.strip() and not turn.notices
    assert turn.backend == backend.name and turn.timings.reply_tokens > 0


@needs_server
@pytest.mark.slow
def test_cancel_mid_reply_stops_promptly(backend):
    cancel, after_cancel = threading.Event(), []
    for item in backend.generate(MESSAGES, GenerationOptions(temperature=0.0, max_tokens=64), cancel):
        if isinstance(item, Timings):
            timings = item
        elif cancel.is_set():
            after_cancel.append(item)
        else:
            cancel.set()
    assert timings.cancelled and len(after_cancel) <= 2


@needs_server
@pytest.mark.slow
def test_tiny_timeout_is_reported(backend):
    options = GenerationOptions(temperature=0.0, max_tokens=16, timeout_s=0.001)
    try:
        timings = list(backend.generate(MESSAGES, options))[-1]
    except BackendError as err:
        assert isinstance(err, BackendTimeoutError)
    else:
        assert timings.timed_out


@needs_server
@pytest.mark.slow
def test_http_error_carries_the_status(server_url):
    wrong_path = create_backend("openai", base_url=server_url.removesuffix("/v1") + "/no-such-api")
    with pytest.raises(BackendError, match="HTTP 404"):
        list(wrong_path.generate(MESSAGES, GREEDY))


def test_closed_port_says_no_server():
    backend = create_backend("openai", base_url=f"http://{LOOPBACK}:{free_port()}/v1")
    with pytest.raises(BackendError, match="no server at .*haven serve"):
        list(backend.generate(MESSAGES, GREEDY))


def test_cancel_before_sending_makes_no_request():
    backend = create_backend("openai", base_url=f"http://{LOOPBACK}:{free_port()}/v1")
    cancel = threading.Event()
    cancel.set()
    assert [type(i) for i in backend.generate(MESSAGES, GREEDY, cancel)] == [Timings]


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/v1", "127.0.0.1:8000/v1", "file:///etc/hosts", "http://"])
def test_non_http_urls_are_refused(url):
    with pytest.raises(ConfigError, match="--backend-url"):
        create_backend("openai", base_url=url)


def test_api_key_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("HAVEN_OPENAI_API_KEY", "sk-test")
    backend = create_backend("openai", base_url=f"http://{LOOPBACK}:8000/v1")
    assert backend.headers()["Authorization"] == "Bearer sk-test"


def test_sse_events_are_split_and_comments_skipped():
    raw = [b": keep-alive\r\n", b"\r\n", b"data: {\"a\": 1}\r\n", b"\r\n", b"event: x\n", b"data: line1\n",
           b"data: line2\n", b"\n", b"data: [DONE]\n", b"\n"]
    assert list(iter_sse_data(iter(raw))) == ['{"a": 1}', "line1\nline2", "[DONE]"]


def test_error_bodies_give_the_servers_words():
    assert error_message(b'{"error": {"message": "model not found", "type": "x"}}') == "model not found"
    assert error_message(b'{"detail": "Not Found"}') == "Not Found"
    assert error_message(b"Bad Gateway") == "Bad Gateway"


SCRIPTED_REPLIES = {
    "/usage/chat/completions": (
        "text/event-stream",
        'data: {"choices": [{"delta": {"content": "Hello"}}]}\n\n'
        'data: {"choices": [{"delta": {"content": " there"}}]}\n\n'
        'data: {"choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 5}}\n\n'
        "data: [DONE]\n\n",
    ),
    "/broken/chat/completions": ("text/event-stream", "data: {not json\n\n"),
    "/json/chat/completions": ("application/json", '{"choices": []}'),
}


class ScriptedHandler(http.server.BaseHTTPRequestHandler):
    """Answers each path with a fixed reply and keeps the last request body."""

    bodies: list[dict] = []

    def do_POST(self):
        self.bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        content_type, body = SCRIPTED_REPLIES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body.encode())))
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def scripted_url():
    server = http.server.ThreadingHTTPServer((LOOPBACK, 0), ScriptedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://{LOOPBACK}:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_usage_figures_replace_the_chunk_count(scripted_url):
    backend = create_backend("openai", base_url=scripted_url + "/usage", model="my-lora")
    *chunks, timings = list(backend.generate(MESSAGES, GenerationOptions(max_tokens=8, seed=3, stop=("END",))))
    assert chunks == ["Hello", " there"] and (timings.prompt_tokens, timings.reply_tokens) == (7, 5)
    sent = ScriptedHandler.bodies[-1]
    assert sent["stream"] and sent["stream_options"] == {"include_usage": True}
    assert (sent["model"], sent["seed"], sent["stop"], sent["max_tokens"]) == ("my-lora", 3, ["END"], 8)


def test_malformed_events_are_an_error(scripted_url):
    backend = create_backend("openai", base_url=scripted_url + "/broken")
    with pytest.raises(BackendError, match="malformed server-sent event"):
        list(backend.generate(MESSAGES, GREEDY))


def test_a_reply_that_is_not_a_stream_is_an_error(scripted_url):
    backend = create_backend("openai", base_url=scripted_url + "/json")
    with pytest.raises(BackendError, match="not a server-sent event stream"):
        list(backend.generate(MESSAGES, GREEDY))
