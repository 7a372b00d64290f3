"""Haven's guarded OpenAI-compatible front door: what `haven serve` exposes to other apps.

llama.cpp's server answers any client with the model's raw words: no risk assessment,
no crisis lines, no reply guard. `haven serve` therefore runs it privately on a loopback
port (:func:`haven.chat.serve.running_server`) and listens on the public address with
this small standard-library HTTP server instead. Each chat completion becomes a Haven
conversation and goes through the engine's one guarded path
(:func:`haven.chat.engine.respond`, the same as `haven chat`): the message is assessed
with the conversation, a crisis is answered with the vetted crisis response for the
locale, and the model's reply is streamed through the reply guard, pointed at the
private server by the ``openai`` backend. Other endpoints llama.cpp offers (raw
``/v1/completions``, embeddings, tokenizing) are not passed on.

The wire format is OpenAI's chat-completions API
(https://platform.openai.com/docs/api-reference/chat), streamed as ``chat.completion.chunk``
server-sent events ending with ``data: [DONE]``
(https://platform.openai.com/docs/api-reference/chat-streaming). Haven's own system prompt
is used: a client's ``system`` messages are not passed on, since the prompt is part of
what was vetted.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import logging
import re
import signal
import threading
import time
import uuid
from dataclasses import dataclass, replace
from typing import Iterator
from urllib.parse import urlsplit

from haven.chat.backends.base import OPENAI_KIND, Backend, BackendSpec, GenerationOptions, Timings, open_backend
from haven.chat.engine import ChatSession, ChatTurn, EventKind, clean_message, respond, run_turn
from haven.chat.serve import LOOPBACK, SERVER_START_LIMIT_S, ServerConfig, running_server, server_answers, served_model
from haven.data.format import DEFAULT_SYSTEM_PROMPT
from haven.data.schema import Role
from haven.errors import ConfigError
from haven.safety import SafetySettings

log = logging.getLogger(__name__)

CHAT_PATH = "/v1/chat/completions"
MODELS_PATH = "/v1/models"
HEALTH_PATH = "/health"
SSE_CONTENT_TYPE = "text/event-stream"
SSE_DONE = "[DONE]"
JSON_CONTENT_TYPE = "application/json"
MAX_REQUEST_BYTES = 1 << 20
MAX_MESSAGES = 1000  # fitting the window recounts the history per dropped turn; keep that bounded
FINISH_STOP = "stop"
TEXT_PART = "text"
# Text already streamed cannot be taken back from a client; say so before the guard's replacement.
WITHDRAWN_NOTE = "\n\n(the reply above was withdrawn by Haven's safety guard)\n\n"
CONVERSATION_ROLES = (Role.USER.value, Role.ASSISTANT.value)
_FLAG = re.compile(r"--([a-z][a-z-]*)")  # a CLI flag in a library message: `--max-tokens` is `max_tokens` here


class RequestRefused(ConfigError):
    """A request Haven will not answer; `status` is the HTTP status it gets."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class ChatRequest:
    """A chat-completion request in Haven's terms.

    Attributes:
        history: the earlier user and assistant messages, oldest first.
        message: the person's latest message, which this request answers.
        options: sampling options from the request (Haven's defaults for what it leaves out).
        stream: answer as server-sent events.
        include_usage: with `stream`, send a last chunk with token counts (``stream_options``).
    """

    history: tuple[dict[str, str], ...]
    message: str
    options: GenerationOptions
    stream: bool = False
    include_usage: bool = False


def message_text(message: object, index: int) -> str:
    """The text of one request message: a string, or the text parts of a list of content parts."""
    content = message.get("content") if isinstance(message, dict) else None
    if isinstance(content, str):
        return content
    if isinstance(content, list) and all(isinstance(p, dict) and p.get("type") == TEXT_PART for p in content):
        return "".join(str(p.get("text", "")) for p in content)
    raise RequestRefused(f"messages[{index}] has content {str(content)[:60]!r}; Haven reads text only: send a string "
                         f'or a list of {{"type": "text", "text": ...}} parts')


def conversation_messages(messages: object) -> list[dict[str, str]]:
    """The user and assistant messages of a request (system messages set aside: Haven's prompt is used)."""
    if not isinstance(messages, list) or not messages:
        raise RequestRefused('"messages" is missing or empty; send a list such as [{"role": "user", "content": "Hi"}]')
    if len(messages) > MAX_MESSAGES:
        raise RequestRefused(f"messages holds {len(messages):,} entries; Haven reads at most {MAX_MESSAGES:,}: "
                             "send the most recent turns")
    kept = []
    for index, message in enumerate(messages):
        role = message.get("role") if isinstance(message, dict) else None
        if role == Role.SYSTEM.value:
            continue
        if role not in CONVERSATION_ROLES:
            raise RequestRefused(f"messages[{index}] has role {role!r}; Haven answers conversations of "
                                 f"{', '.join(CONVERSATION_ROLES)} (and system) messages, without tools")
        kept.append({"role": role, "content": message_text(message, index)})
    return kept


def request_number(body: dict, key: str, kind: type[int] | type[float]) -> int | float | None:
    """``body[key]`` as a number, None when absent; anything else is refused with the key's name."""
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and value != int(value)):
        raise RequestRefused(f"{key} is {value!r}; send {'an integer' if kind is int else 'a number'}")
    return kind(value)


def request_options(body: dict) -> GenerationOptions:
    """Sampling options from a request; what it leaves out keeps Haven's defaults, a value out of range is refused."""
    if body.get("n", 1) != 1:
        raise RequestRefused(f"n is {body['n']!r}; Haven answers with one reply per request: leave n out or set it to 1")
    stop = body.get("stop") or []
    if not isinstance(stop, (str, list)):
        raise RequestRefused(f"stop is {stop!r}; send a string or a list of strings")
    max_tokens = request_number(body, "max_completion_tokens", int)
    max_tokens = max_tokens if max_tokens is not None else request_number(body, "max_tokens", int)
    given = {"temperature": request_number(body, "temperature", float), "top_p": request_number(body, "top_p", float),
             "max_tokens": max_tokens, "seed": request_number(body, "seed", int)}
    try:
        return GenerationOptions(stop=(stop,) if isinstance(stop, str) else tuple(map(str, stop)),
                                 **{key: value for key, value in given.items() if value is not None})
    except ConfigError as err:  # its message names the CLI flag (--max-tokens); a client sends max_tokens
        raise RequestRefused(_FLAG.sub(lambda m: m.group(1).replace("-", "_"), str(err))) from err


def read_chat_request(body: object) -> ChatRequest:
    """A chat-completion request body, checked and read into a :class:`ChatRequest`."""
    if not isinstance(body, dict):
        raise RequestRefused('the request body must be a JSON object such as {"messages": [...]}')
    messages = conversation_messages(body.get("messages"))
    if messages[-1]["role"] != Role.USER.value:
        raise RequestRefused(f"the last message has role {messages[-1]['role']!r}; Haven answers the person's "
                             "latest message: end the list with a user message")
    if not clean_message(messages[-1]["content"])[0]:
        raise RequestRefused("the last user message is empty (after removing control characters); send some text")
    stream_options = body.get("stream_options") or {}
    return ChatRequest(history=tuple(messages[:-1]), message=messages[-1]["content"], options=request_options(body),
                       stream=bool(body.get("stream", False)),
                       include_usage=isinstance(stream_options, dict) and bool(stream_options.get("include_usage")))


@dataclass
class GuardedAPI:
    """What every request is answered with.

    Attributes:
        backend: the model behind the guard (the ``openai`` backend on the private llama.cpp server).
        model: the name clients see in ``/v1/models`` and in each reply.
        settings: the safety settings (locale of the crisis lines, strictness, audit log).
        system_prompt: Haven's system prompt for the served model (the adapter's as trained).
        upstream: the private server's base URL, checked by ``/health``; None: not checked.
    """

    backend: Backend
    model: str
    settings: SafetySettings
    system_prompt: str | None = DEFAULT_SYSTEM_PROMPT
    upstream: str | None = None

    def session(self, request: ChatRequest) -> ChatSession:
        """A Haven conversation holding the request's history, ready for its latest message."""
        return ChatSession(system_prompt=self.system_prompt, settings=self.settings, messages=list(request.history))

    def upstream_answers(self) -> bool:
        """Whether the private model server answers (True when there is none to check)."""
        if self.upstream is None:
            return True
        parts = urlsplit(self.upstream)
        return server_answers(parts.hostname or LOOPBACK, parts.port or 80)


def usage_body(timings: Timings) -> dict:
    """OpenAI's ``usage`` object from a turn's timings."""
    return {"prompt_tokens": timings.prompt_tokens, "completion_tokens": timings.reply_tokens,
            "total_tokens": timings.prompt_tokens + timings.reply_tokens}


def haven_body(turn: ChatTurn) -> dict:
    """What Haven adds to a reply: whether it was the crisis response, the guard's action, the notices."""
    return {"crisis": turn.crisis, "risk_level": turn.assessment.level.value, "reply_action": turn.action,
            "notices": list(turn.notices)}


def completion_body(turn: ChatTurn, model: str, completion_id: str, created: int) -> dict:
    """A ``chat.completion`` object holding the guarded reply."""
    return {"id": completion_id, "object": "chat.completion", "created": created, "model": model,
            "choices": [{"index": 0, "message": {"role": Role.ASSISTANT.value, "content": turn.reply},
                         "finish_reason": FINISH_STOP}],
            "usage": usage_body(turn.timings), "haven": haven_body(turn)}


def chunk_body(completion_id: str, created: int, model: str, delta: dict, finish_reason: str | None = None) -> dict:
    """One ``chat.completion.chunk`` carrying `delta`."""
    return {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}]}


def models_body(model: str) -> dict:
    """``/v1/models``: the one served model, by its alias."""
    return {"object": "list", "data": [{"id": model, "object": "model", "created": 0, "owned_by": "haven"}]}


def not_served_message(method: str, path: str) -> str:
    """Why `path` gets a 404, and what to call instead."""
    return (f"{method} {path} is not served: only chat completions pass Haven's safety layer, so raw completions, "
            f"embeddings and other model endpoints are closed; use POST {CHAT_PATH} "
            f"(also GET {MODELS_PATH} and GET {HEALTH_PATH})")


def guarded_deltas(api: GuardedAPI, request: ChatRequest, cancel: threading.Event) -> Iterator[str | ChatTurn]:
    """The guarded reply as text pieces to stream, then the finished turn.

    Each piece has passed the guard (or is the crisis response); when the guard replaces a
    reply part of which was already sent, the replacement follows a note saying so.
    """
    sent = False
    for event in respond(api.backend, api.session(request), request.message, request.options, cancel):
        if event.kind is EventKind.TEXT and event.text:
            sent = True
            yield event.text
        elif event.kind is EventKind.REPLACE:
            yield (WITHDRAWN_NOTE if sent else "") + event.text
            sent = True
        elif event.kind is EventKind.DONE and event.turn is not None:
            yield event.turn


class GatewayHandler(http.server.BaseHTTPRequestHandler):
    """Answers the guarded API's endpoints; every other path is refused with a pointer to the chat endpoint."""

    server: "GatewayServer"
    server_version = "Haven"

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        path = urlsplit(self.path).path.rstrip("/") or "/"
        api = self.server.require_api()
        if path == MODELS_PATH:
            self.send_json(200, models_body(api.model))
        elif path == HEALTH_PATH:
            up = api.upstream_answers()
            self.send_json(200 if up else 503, {"status": "ok" if up else "model server down", "guarded": True})
        else:
            self.send_refusal(RequestRefused(not_served_message("GET", path), status=404))

    def do_POST(self) -> None:  # noqa: N802
        path = urlsplit(self.path).path.rstrip("/") or "/"
        try:
            if path != CHAT_PATH:
                raise RequestRefused(not_served_message("POST", path), status=404)
            request = read_chat_request(self.read_json())
        except RequestRefused as err:
            self.send_refusal(err)
            return
        if request.stream:
            self.stream_completion(self.server.require_api(), request)
        else:
            self.send_completion(self.server.require_api(), request)

    def read_json(self) -> object:
        """The request body as JSON, within MAX_REQUEST_BYTES."""
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            raise RequestRefused("the request has no Content-Length; send the JSON body with its length", status=411)
        if int(length) > MAX_REQUEST_BYTES:
            raise RequestRefused(f"the request body is {int(length):,} bytes; Haven reads at most {MAX_REQUEST_BYTES:,}: "
                                 "send the most recent turns", status=413)
        try:
            return json.loads(self.rfile.read(int(length)))
        except (json.JSONDecodeError, UnicodeDecodeError) as err:
            raise RequestRefused(f"the request body is not JSON ({err}); send an object such as "
                                 '{"messages": [{"role": "user", "content": "Hi"}]}') from err

    def send_completion(self, api: GuardedAPI, request: ChatRequest) -> None:
        turn = run_turn(api.backend, api.session(request), request.message, request.options)
        if turn is None:  # read_chat_request refuses empty messages; kept for the engine's own reasons
            self.send_refusal(RequestRefused("the last user message is empty; send some text"))
            return
        self.send_json(200, completion_body(turn, api.model, new_completion_id(), int(time.time())))

    def stream_completion(self, api: GuardedAPI, request: ChatRequest) -> None:
        completion_id, created, cancel = new_completion_id(), int(time.time()), threading.Event()
        self.send_response(200)
        self.send_header("Content-Type", SSE_CONTENT_TYPE)
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        pieces = guarded_deltas(api, request, cancel)
        try:
            self.send_event(chunk_body(completion_id, created, api.model, {"role": Role.ASSISTANT.value, "content": ""}))
            for piece in pieces:
                if isinstance(piece, ChatTurn):
                    self.send_event({**chunk_body(completion_id, created, api.model, {}, FINISH_STOP),
                                     "haven": haven_body(piece)})
                    if request.include_usage:
                        self.send_event({**chunk_body(completion_id, created, api.model, {}), "choices": [],
                                         "usage": usage_body(piece.timings)})
                else:
                    self.send_event(chunk_body(completion_id, created, api.model, {"content": piece}))
            self.send_data(SSE_DONE)
        except ConnectionError:
            cancel.set()  # the client left: stop the model rather than finish a reply nobody reads
            log.info("a client closed its stream before the reply ended")
        finally:
            pieces.close()

    def send_event(self, body: dict) -> None:
        self.send_data(json.dumps(body, ensure_ascii=False))

    def send_data(self, data: str) -> None:
        self.wfile.write(f"data: {data}\n\n".encode())
        self.wfile.flush()

    def send_json(self, status: int, body: dict) -> None:
        payload = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", JSON_CONTENT_TYPE)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def send_refusal(self, err: RequestRefused) -> None:
        """OpenAI's error shape, so clients show the message."""
        self.send_json(err.status, {"error": {"message": str(err), "type": "invalid_request_error",
                                              "param": None, "code": err.status}})

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - http.server's signature
        # Method, path and status only: http.server never logs bodies, and neither does Haven.
        log.info("%s %s", self.address_string(), format % args)


def new_completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


class GatewayServer(http.server.ThreadingHTTPServer):
    """The guarded API's HTTP server: bound at construction, answering once `api` is set."""

    daemon_threads = True

    def __init__(self, host: str, port: int, api: GuardedAPI | None = None) -> None:
        try:
            super().__init__((host, port), GatewayHandler)
        except OSError as err:
            raise ConfigError(f"cannot listen on {host}:{port} ({err.strerror or err}); pass a free --port "
                              "or stop what listens there") from err
        self.api = api

    @property
    def url(self) -> str:
        """The base URL clients use: ``http://HOST:PORT/v1``."""
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/v1"

    def require_api(self) -> GuardedAPI:
        if self.api is None:
            raise RuntimeError("GatewayServer.api is not set; guarded_server() sets it before serving")
        return self.api


def guarded_api(upstream: str, model: str, n_ctx: int, settings: SafetySettings,
                system_prompt: str | None = DEFAULT_SYSTEM_PROMPT) -> GuardedAPI:
    """The guarded API over an OpenAI-compatible server at `upstream`, opened like any backend."""
    backend = open_backend(BackendSpec(kind=OPENAI_KIND, model=model, url=upstream, n_ctx=n_ctx))
    return GuardedAPI(backend=backend, model=model, settings=settings, system_prompt=system_prompt, upstream=upstream)


@contextlib.contextmanager
def guarded_server(config: ServerConfig, settings: SafetySettings,
                   start_limit_s: float = SERVER_START_LIMIT_S) -> Iterator[GatewayServer]:
    """`haven serve`: llama.cpp's server privately on loopback, Haven's guarded API on ``config.host:config.port``.

    The public address is bound first, so a port in use is said at once rather than after
    the model has loaded. Yields the server, ready for ``serve_forever``; both stop on exit.
    """
    from haven.train.adapter import chat_system_prompt

    served = served_model(config)
    system_prompt = chat_system_prompt(config.adapter)
    server = GatewayServer(config.host, config.port)
    try:
        with running_server(replace(config, host=LOOPBACK, port=0), start_limit_s) as upstream:
            server.api = guarded_api(upstream, served.alias, served.n_ctx, settings, system_prompt)
            yield server
    finally:
        server.server_close()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def serve_until_stopped(server: GatewayServer) -> None:
    """Answer requests until Ctrl-C or SIGTERM; either returns normally, so the caller's ``with`` stops llama.cpp too."""
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
