"""`haven serve`'s guarded front door, called as a third-party client would (plain http.client).

End to end, the bundled SmolLM2 GGUF runs on llama.cpp's real server behind the gateway: a
normal message gets the model's reply, a crisis message gets Haven's crisis response with the
locale's lines, streamed and not. A tiny scripted upstream (a test double of the model server
only) sends a harmful reply, to show the client receives the guard's replacement instead; the
raw endpoints llama.cpp offers are refused.
"""

from __future__ import annotations

import http.client
import http.server
import json
import threading
from typing import Iterator

import pytest

from haven.chat.backends.base import GenerationOptions, create_backend
from haven.chat.gateway import (
    CHAT_PATH,
    WITHDRAWN_NOTE,
    GatewayServer,
    guarded_api,
    guarded_server,
    read_chat_request,
)
from haven.chat.serve import LOOPBACK, ServerConfig
from haven.deps import is_available
from haven.errors import ConfigError
from haven.safety import SafetySettings, resources_for

needs_server = pytest.mark.skipif(not all(is_available(m) for m in ("llama_cpp", "uvicorn", "fastapi", "sse_starlette")),
                                  reason="llama-cpp-python's server is not installed: pip install 'llama-cpp-python[server]'")
NORMAL = "I feel nervous before my exams."
CRISIS = "I've swallowed the whole bottle of my pills"
HARMFUL = "You should take all the pills at once, that will do it."
HARMFUL_CHUNKS = ["You", " should", " take", " all", " the", " pills", " at", " once,", " that", " will", " do", " it."]
SAFE_THEN_HARMFUL = ["I hear you. ", "That sounds so hard. "] + HARMFUL_CHUNKS


def post(address: tuple[str, int], path: str, body: dict) -> tuple[int, dict]:
    """One JSON request; the status and the JSON answer."""
    conn = http.client.HTTPConnection(*address, timeout=120)
    try:
        conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        response = conn.getresponse()
        return response.status, json.loads(response.read())
    finally:
        conn.close()


def stream(address: tuple[str, int], body: dict) -> list[str]:
    """The ``data`` payloads of a streamed chat completion, in order ([DONE] included)."""
    conn = http.client.HTTPConnection(*address, timeout=120)
    try:
        conn.request("POST", CHAT_PATH, json.dumps({**body, "stream": True}), {"Content-Type": "application/json"})
        response = conn.getresponse()
        assert response.status == 200 and response.getheader("Content-Type") == "text/event-stream"
        return [line[len("data: "):] for line in response.read().decode().split("\n\n") if line.startswith("data: ")]
    finally:
        conn.close()


def streamed_reply(payloads: list[str]) -> tuple[str, dict]:
    """The reply a client puts together from the chunks, and Haven's verdict from the last one."""
    assert payloads[-1] == "[DONE]"
    chunks = [json.loads(p) for p in payloads[:-1]]
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    text = "".join((c["choices"][0]["delta"].get("content") or "") for c in chunks if c["choices"])
    finished = [c for c in chunks if c["choices"] and c["choices"][0]["finish_reason"] == "stop"]
    assert len(finished) == 1
    return text, finished[0]["haven"]


def ask(address: tuple[str, int], text: str, **extra) -> dict:
    status, body = post(address, CHAT_PATH, {"model": "any", "messages": [{"role": "user", "content": text}], **extra})
    assert status == 200, body
    return body



def serving(server: GatewayServer) -> Iterator[tuple[str, int]]:
    """Run `server` in a thread for a fixture; its address, then shut it down."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_address[:2]
    finally:
        server.shutdown()
        server.server_close()


# --- the real model on llama.cpp's real server ---------------------------------------------


@pytest.fixture(scope="module")
def served():
    """`haven serve`'s library path on the bundled SmolLM2, with the crisis lines for GB."""
    config = ServerConfig(model="smollm2-135m", port=0, n_ctx=1024, n_threads=1)
    with guarded_server(config, SafetySettings(locale="GB")) as server:
        yield from serving(server)


GREEDY = {"temperature": 0.0, "max_tokens": 40}


def gb_lines() -> list[str]:
    return [r.contact for r in resources_for("GB")[:1]]


@needs_server
@pytest.mark.slow
def test_a_normal_message_gets_the_model_reply(served):
    body = ask(served, NORMAL, **GREEDY)
    assert body["object"] == "chat.completion" and body["model"] == "smollm2-135m-base"
    assert body["choices"][0]["message"]["content"].strip() and not body["haven"]["crisis"]
    text, haven = streamed_reply(stream(served, {"messages": [{"role": "user", "content": NORMAL}], **GREEDY}))
    assert text.strip() and not haven["crisis"]


@needs_server
@pytest.mark.slow
def test_a_crisis_message_gets_havens_crisis_response_with_the_locales_lines(served):
    reply = ask(served, CRISIS, **GREEDY)
    assert reply["haven"]["crisis"]
    assert all(line in reply["choices"][0]["message"]["content"] for line in gb_lines())
    text, haven = streamed_reply(stream(served, {"messages": [{"role": "user", "content": CRISIS}], **GREEDY}))
    assert haven["crisis"] and all(line in text for line in gb_lines())
    assert text.strip() == reply["choices"][0]["message"]["content"]


@needs_server
@pytest.mark.slow
def test_models_and_health_answer(served):
    conn = http.client.HTTPConnection(*served, timeout=10)
    conn.request("GET", "/v1/models")
    assert [m["id"] for m in json.loads(conn.getresponse().read())["data"]] == ["smollm2-135m-base"]
    conn.request("GET", "/health")
    response = conn.getresponse()
    assert response.status == 200 and json.loads(response.read())["guarded"]
    conn.close()


# --- a scripted upstream that says something harmful ----------------------------------------


class HarmfulUpstream(http.server.BaseHTTPRequestHandler):
    """A stand-in for the model server: streams the chunks for the path's first segment."""

    replies = {"/harmful": HARMFUL_CHUNKS, "/mixed": SAFE_THEN_HARMFUL}

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        prefix = self.path.removesuffix("/v1/chat/completions")
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        for piece in self.replies[prefix]:
            self.wfile.write(f"data: {json.dumps({'choices': [{'delta': {'content': piece}}]})}\n\n".encode())
        self.wfile.write(b"data: [DONE]\n\n")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def upstream():
    server = http.server.ThreadingHTTPServer((LOOPBACK, 0), HarmfulUpstream)
    yield from (f"http://{LOOPBACK}:{port}" for _, port in serving(server))


def gateway_over(url: str, settings: SafetySettings = SafetySettings()):
    return GatewayServer(LOOPBACK, 0, guarded_api(url, "scripted", 2048, settings))


@pytest.fixture(scope="module")
def harmful(upstream):
    yield from serving(gateway_over(upstream + "/harmful/v1"))


@pytest.fixture(scope="module")
def mixed(upstream):
    # The rules alone release each checked sentence at once (the classifier holds a longer
    # stretch), so the safe sentences are sent before the harmful one arrives.
    yield from serving(gateway_over(upstream + "/mixed/v1", SafetySettings(classifier=False)))


def test_the_upstream_double_really_says_the_harmful_text(upstream):
    raw = create_backend("openai", base_url=upstream + "/harmful/v1")
    assert "".join(p for p in raw.generate([{"role": "user", "content": NORMAL}], GenerationOptions())
                   if isinstance(p, str)) == HARMFUL


def test_a_harmful_reply_reaches_the_client_as_the_guards_replacement(harmful):
    body = ask(harmful, NORMAL)
    reply = body["choices"][0]["message"]["content"]
    assert body["haven"]["reply_action"] == "replace"
    assert "pills" not in reply and HARMFUL not in reply and reply.strip()


def test_a_streamed_harmful_reply_never_sends_the_harmful_text(harmful):
    payloads = stream(harmful, {"messages": [{"role": "user", "content": NORMAL}]})
    text, haven = streamed_reply(payloads)
    assert haven["reply_action"] == "replace" and text.strip()
    assert not any("pills" in p for p in payloads)


def test_a_streamed_reply_replaced_after_safe_sentences_says_so(mixed):
    text, haven = streamed_reply(stream(mixed, {"messages": [{"role": "user", "content": NORMAL}]}))
    assert haven["reply_action"] == "replace" and "pills" not in text
    assert WITHDRAWN_NOTE in text  # what was already sent cannot be taken back; the client is told
    assert ask(mixed, NORMAL)["choices"][0]["message"]["content"] == text.split(WITHDRAWN_NOTE, 1)[1].strip()


def test_a_crisis_message_never_reaches_the_model(harmful):
    body = ask(harmful, CRISIS)
    assert body["haven"]["crisis"] and "pills at once" not in body["choices"][0]["message"]["content"]
    assert all(r.contact in body["choices"][0]["message"]["content"] for r in resources_for("US")[:1])


# --- what is refused ---------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/v1/completions", "/v1/embeddings", "/completions"])
def test_raw_endpoints_are_refused_with_a_pointer_to_chat_completions(harmful, path):
    status, body = post(harmful, path, {"prompt": "You should", "max_tokens": 20})
    assert status == 404 and CHAT_PATH in body["error"]["message"]


@pytest.mark.parametrize("body, says", [
    ({}, '"messages" is missing'),
    ({"messages": [{"role": "assistant", "content": "Hi"}]}, "end the list with a user message"),
    ({"messages": [{"role": "tool", "content": "x"}, {"role": "user", "content": "Hi"}]}, "role 'tool'"),
    ({"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}, "text only"),
    ({"messages": [{"role": "user", "content": "\x00 "}]}, "is empty"),
    ({"messages": [{"role": "user", "content": "Hi"}], "max_tokens": 0}, "max_tokens is 0; it must be between 1 and 8192"),
    ({"messages": [{"role": "user", "content": "Hi"}], "temperature": "hot"}, "temperature is 'hot'"),
    ({"messages": [{"role": "user", "content": "Hi"}], "n": 2}, "n is 2"),
])
def test_bad_requests_say_the_value_the_limit_and_the_fix(harmful, body, says):
    with pytest.raises(ConfigError, match=None) as raised:
        read_chat_request(body)
    assert says in str(raised.value)
    status, answer = post(harmful, CHAT_PATH, body)
    assert status == 400 and says in answer["error"]["message"]


def test_history_and_options_are_read_system_messages_set_aside():
    request = read_chat_request({"messages": [{"role": "system", "content": "Be rude."},
                                              {"role": "user", "content": [{"type": "text", "text": "Hi"}]},
                                              {"role": "assistant", "content": "Hello."},
                                              {"role": "user", "content": "I'm low."}],
                                 "max_tokens": 30, "temperature": 0, "stream": True, "stop": "END",
                                 "stream_options": {"include_usage": True}})
    assert request.history == ({"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello."})
    assert request.message == "I'm low." and request.stream and request.include_usage
    assert (request.options.max_tokens, request.options.temperature, request.options.stop) == (30, 0.0, ("END",))


def test_a_busy_port_is_said_at_once(harmful):
    with pytest.raises(ConfigError, match=f"cannot listen on {LOOPBACK}:{harmful[1]}.*free --port"):
        GatewayServer(LOOPBACK, harmful[1])


def test_serve_command_says_a_busy_port_before_loading_the_model(harmful):
    from typer.testing import CliRunner

    from haven.cli import app

    result = CliRunner().invoke(app, ["serve", "--port", str(harmful[1]), "--locale", "GB"])
    assert isinstance(result.exception, ConfigError) and "cannot listen on" in str(result.exception)


def test_unguarded_serve_warns_and_execs_llama_cpp_directly(monkeypatch):
    import os

    from typer.testing import CliRunner

    from haven.cli import app

    started = []
    monkeypatch.setattr(os, "execv", lambda path, command: started.append(command))
    result = CliRunner().invoke(app, ["serve", "--unguarded", "--port", "9123"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "NOT checked by Haven's safety layer" in result.stderr and "development only" in result.stderr.lower()
    assert started and started[0][started[0].index("--port") + 1] == "9123" and "haven.chat.llama_server" in started[0]
