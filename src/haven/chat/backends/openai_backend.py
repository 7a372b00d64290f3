"""The OpenAI-compatible HTTP backend: a model served by llama.cpp's server, vLLM or Ollama.

When one laptop is not enough, a builder already runs a server; this backend speaks
the chat-completions API to it, streamed as server-sent events
(https://platform.openai.com/docs/api-reference/chat-streaming,
https://html.spec.whatwg.org/multipage/server-sent-events.html), using only the
standard library, so no client package is needed. The server renders the chat
template, so the served model name (``model``, e.g. a LoRA name under vLLM's
multi-LoRA serving) decides which weights answer.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import math
import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

from haven.chat.backends.base import Capabilities, GenerationOptions, Timings, register_backend
from haven.errors import BackendError, BackendTimeoutError, ConfigError

BACKEND_NAME = "openai"
API_KEY_ENV = "HAVEN_OPENAI_API_KEY"
CHAT_COMPLETIONS_PATH = "/chat/completions"
SCHEMES = ("http", "https")
SSE_CONTENT_TYPE = "text/event-stream"
SSE_DATA_FIELD = "data:"
SSE_DONE = "[DONE]"
CHARS_PER_TOKEN = 4  # the usual rough figure for English text; the server's own count wins when it sends one
TOKENS_PER_MESSAGE = 4  # role markers and separators a chat template adds around each message
CANCEL_POLL_S = 0.05
MAX_ERROR_BODY = 4096
START_SERVER_HINT = "start one with `haven serve --model NAME [--adapter DIR]` (llama.cpp) or check --backend-url"


@dataclass(frozen=True)
class Endpoint:
    """Where the server listens, split out of its base URL."""

    url: str
    scheme: str
    host: str
    port: int
    path: str

    @classmethod
    def parse(cls, base_url: str) -> "Endpoint":
        parts = urlsplit(base_url.strip())
        if parts.scheme not in SCHEMES or not parts.hostname:
            raise ConfigError(
                f"--backend-url is {base_url!r}; it must be an http:// or https:// URL such as http://127.0.0.1:8000/v1"
            )
        try:
            port = parts.port or (443 if parts.scheme == "https" else 80)
        except ValueError as err:
            raise ConfigError(f"--backend-url is {base_url!r}; its port is not a number from 1 to 65535") from err
        return cls(base_url.rstrip("/"), parts.scheme, parts.hostname, port, parts.path.rstrip("/"))

    def connect(self, timeout_s: float) -> http.client.HTTPConnection:
        kind = http.client.HTTPSConnection if self.scheme == "https" else http.client.HTTPConnection
        return kind(self.host, self.port, timeout=timeout_s)


def iter_sse_data(lines: Iterator[bytes]) -> Iterator[str]:
    """The ``data`` payload of each server-sent event; comments and other fields are skipped."""
    data: list[str] = []
    for raw in lines:
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith(SSE_DATA_FIELD):
            data.append(line[len(SSE_DATA_FIELD):].removeprefix(" "))
    if data:
        yield "\n".join(data)


def error_message(body: bytes) -> str:
    """The server's own words from an error body (OpenAI, FastAPI or plain text)."""
    text = body[:MAX_ERROR_BODY].decode("utf-8", errors="replace").strip()
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return text or "(empty body)"
    if isinstance(data, dict):
        error = data.get("error", data.get("detail", data))
        if isinstance(error, dict):
            return str(error.get("message", error))
        return str(error)
    return text


def _close_on_cancel(sock: socket.socket, cancel: threading.Event, done: threading.Event) -> None:
    # A blocking read cannot check the cancel flag; shutting the socket ends it at once.
    while not done.is_set():
        if cancel.wait(CANCEL_POLL_S):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            return


class _Stream:
    """One streamed chat-completion request: the connection, its socket and its deadline."""

    def __init__(self, endpoint: Endpoint, body: dict, headers: dict, timeout_s: float):
        self.endpoint, self.timeout_s = endpoint, timeout_s
        self.deadline = time.perf_counter() + timeout_s
        self.conn = endpoint.connect(timeout_s)
        try:
            self.conn.connect()
            self.sock = self.conn.sock  # kept: http.client hands the socket to the response
            self.conn.request("POST", endpoint.path + CHAT_COMPLETIONS_PATH, json.dumps(body).encode(), headers)
            self.response = self.conn.getresponse()
        except (TimeoutError, socket.timeout) as err:
            self.close()
            raise BackendTimeoutError(
                f"no answer from {endpoint.url} within {timeout_s:g} s: the server is busy or down"
            ) from err
        except OSError as err:
            self.close()
            raise BackendError(f"no server at {endpoint.url} ({err.strerror or err}): {START_SERVER_HINT}") from err
        self._check_response()

    def _check_response(self) -> None:
        status, url = self.response.status, self.endpoint.url
        if status >= 400:
            message = error_message(self.response.read(MAX_ERROR_BODY))
            self.close()
            raise BackendError(f"{url} answered HTTP {status} {self.response.reason}: {message}")
        content_type = self.response.getheader("Content-Type", "")
        if SSE_CONTENT_TYPE not in content_type:
            self.close()
            raise BackendError(
                f"{url} answered {content_type or 'no content type'}, not a server-sent event stream: "
                "is it an OpenAI-compatible server?"
            )

    def lines(self) -> Iterator[bytes]:
        """Response lines, each read within what is left of the deadline."""
        while (left := self.deadline - time.perf_counter()) > 0:
            self.sock.settimeout(left)
            line = self.response.readline()
            if not line:
                return
            yield line

    def close(self) -> None:
        with contextlib.suppress(Exception):
            if getattr(self, "response", None) is not None:
                self.response.close()
        self.conn.close()


@register_backend(BACKEND_NAME)
class OpenAIBackend:
    """Chat with a model behind an OpenAI-compatible ``/chat/completions`` endpoint."""

    capabilities = Capabilities(streaming=True, adapters=False, token_counting=False)

    def __init__(self, base_url: str, model: str | None = None, api_key: str | None = None,
                 context_length: int = 4096, adapter: Path | None = None, variant: str = "tuned",
                 precision: str = "auto"):
        del adapter, variant, precision  # the server decides the weights; `model` names them
        self.endpoint = Endpoint.parse(base_url)
        if context_length < 64:
            raise ConfigError(f"context length is {context_length}; it must be at least 64 tokens")
        self.model, self.context_length = model, context_length
        self.api_key = api_key or os.environ.get(API_KEY_ENV) or None
        self.name = f"{BACKEND_NAME}:{model or self.endpoint.host}"
        self.label = f"{model or 'the served model'} at {self.endpoint.url}"

    @classmethod
    def from_spec(cls, spec, shared_loader=None) -> "OpenAIBackend":
        """Open from a BackendSpec: the server at `spec.url`, asked for `spec.model` if named."""
        del shared_loader  # the server holds the weights
        return cls(base_url=spec.url, model=spec.model, **({"context_length": spec.n_ctx} if spec.n_ctx else {}))

    def close(self) -> None:
        """Nothing to free: each reply opens and closes its own connection."""

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        """An estimate (the server renders the template): characters / 4 plus each message's markers."""
        return sum(math.ceil(len(m["content"]) / CHARS_PER_TOKEN) + TOKENS_PER_MESSAGE for m in messages) + 1

    def request_body(self, messages: list[dict[str, str]], options: GenerationOptions) -> dict:
        body = {
            "messages": messages,
            "stream": True,
            "stream_options": {"include_usage": True},
            "max_tokens": options.max_tokens,
            "temperature": options.temperature,
            "top_p": options.top_p,
        }
        optional = {"model": self.model, "seed": options.seed, "stop": list(options.stop) or None}
        body.update({key: value for key, value in optional.items() if value is not None})
        return body

    def headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "Accept": SSE_CONTENT_TYPE}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        return headers

    def generate(
        self, messages: list[dict[str, str]], options: GenerationOptions, cancel: threading.Event | None = None
    ) -> Iterator[str | Timings]:
        started = time.perf_counter()
        timings = Timings(prompt_tokens=self.count_tokens(messages))
        if cancel is not None and cancel.is_set():
            timings.cancelled = True
            yield timings
            return
        stream = _Stream(self.endpoint, self.request_body(messages, options), self.headers(), options.timeout_s)
        done = threading.Event()
        if cancel is not None:
            threading.Thread(target=_close_on_cancel, args=(stream.sock, cancel, done), daemon=True).start()
        try:
            yield from self._read_events(stream, timings, started, cancel)
        finally:
            done.set()
            stream.close()
        timings.total_s = time.perf_counter() - started
        timings.cancelled = bool(cancel and cancel.is_set())
        timings.timed_out = timings.timed_out or (not timings.cancelled and time.perf_counter() > stream.deadline)
        yield timings

    def _read_events(
        self, stream: _Stream, timings: Timings, started: float, cancel: threading.Event | None
    ) -> Iterator[str]:
        try:
            for payload in iter_sse_data(stream.lines()):
                if payload == SSE_DONE or (cancel and cancel.is_set()):
                    return
                piece = self._apply_chunk(self._parse_chunk(payload), timings)
                if piece:
                    timings.ttft_s = timings.ttft_s or time.perf_counter() - started
                    yield piece
        except (TimeoutError, socket.timeout) as err:
            if not timings.reply_tokens:
                raise BackendTimeoutError(f"no reply within {stream.timeout_s:g} s from {self.endpoint.url}") from err
            timings.timed_out = True
        except OSError as err:
            if not (cancel and cancel.is_set()):  # a cancel shuts the socket on purpose
                raise BackendError(f"the connection to {self.endpoint.url} broke mid-reply ({err})") from err

    def _parse_chunk(self, payload: str) -> dict:
        try:
            chunk = json.loads(payload)
        except json.JSONDecodeError as err:
            raise BackendError(
                f"malformed server-sent event from {self.endpoint.url}: {payload[:120]!r} is not JSON"
            ) from err
        if not isinstance(chunk, dict):
            raise BackendError(f"malformed server-sent event from {self.endpoint.url}: expected a JSON object")
        if "error" in chunk:
            raise BackendError(f"{self.endpoint.url} failed mid-reply: {error_message(payload.encode())}")
        return chunk

    @staticmethod
    def _apply_chunk(chunk: dict, timings: Timings) -> str:
        """The chunk's text; token counts come from `usage` when the server sends it."""
        if usage := chunk.get("usage"):
            timings.prompt_tokens = usage.get("prompt_tokens", timings.prompt_tokens)
            timings.reply_tokens = usage.get("completion_tokens", timings.reply_tokens)
        choices = chunk.get("choices") or [{}]
        piece = (choices[0].get("delta") or {}).get("content") or ""
        if piece and not usage:
            timings.reply_tokens += 1  # one streamed chunk per token, until usage says otherwise
        return piece
