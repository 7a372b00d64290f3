"""Serving a bundled GGUF model, with its exported LoRA adapter, on llama.cpp's OpenAI-compatible server.

One laptop runs the model in-process (``--backend llama.cpp``). When several people or
machines share one model, llama-cpp-python's server (``python -m llama_cpp.server``, opened by :mod:`haven.chat.llama_server`)
serves it over HTTP and Haven's ``openai`` backend (CLI and dashboard) talks to it. This
module builds the server's command line from Haven's catalog (the chat format that
matches the template the adapter was trained with, the exported ``adapter.gguf`` checked
against the base file) and runs it as a child process for ``haven serve``, the tests and
the load benchmark. vLLM's multi-LoRA server is the GPU-cluster equivalent (docs/scaling.md).
`haven serve` keeps this server private on a loopback port and exposes Haven's guarded
front door (:mod:`haven.chat.gateway`) instead, so no client gets an unguarded reply.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from haven.errors import BackendError, ConfigError

LOOPBACK = "127.0.0.1"
SERVER_START_LIMIT_S = 90.0
# llama-cpp-python's built-in chat formats for the catalog's templates. Haven's "plain"
# template (base models) and phi2/phi3 have none, so those are served in-process instead.
CHAT_FORMATS = {"chatml": "chatml", "zephyr": "zephyr", "gemma": "gemma"}


@dataclass(frozen=True)
class ServerConfig:
    """What `haven serve` starts.

    Attributes:
        model: catalog name or .gguf path of the base model.
        adapter: a Haven adapter folder, or None: served merged into the base (cached in the folder) where
            its PEFT weights are there, else with its ``adapter.gguf`` applied (export it first).
        host: address to listen on; 127.0.0.1 keeps the server to this machine.
        port: TCP port (0 picks a free one).
        n_ctx: context window in tokens (at most the model's).
        n_threads: CPU threads for llama.cpp.
        merge: serve the adapter merged into its base (the base's speed); False applies ``adapter.gguf``
            at run time, as a multi-LoRA server would.
    """

    model: str
    adapter: Path | None = None
    host: str = LOOPBACK
    port: int = 8080
    n_ctx: int = 2048
    n_threads: int = 2
    merge: bool = True

    def __post_init__(self) -> None:
        if not 0 <= self.port <= 65535:
            raise ConfigError(f"--port is {self.port}; use 1-65535 (or 0 for a free port)")
        if self.n_ctx < 64 or self.n_threads < 1:
            raise ConfigError(f"--n-ctx {self.n_ctx} / --threads {self.n_threads}: use n_ctx >= 64 and at least 1 thread")


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def model_alias(model_name: str, adapter: Path | None) -> str:
    """The name the server gives its model in ``/v1/models``: ``smollm2-135m-tuned`` or ``smollm2-135m-base``.

    llama.cpp's server would otherwise publish the GGUF file's full path, which tells every
    client how the host's disk is laid out and means nothing to a person.
    """
    from haven.models.variant import Variant

    variant = Variant.TUNED if adapter is not None else Variant.BASE
    return f"{model_name}-{variant.value}"


@dataclass(frozen=True)
class ServedModel:
    """What llama.cpp's server publishes for a config: the name clients see and the context window it holds."""

    alias: str
    n_ctx: int


def served_model(config: ServerConfig) -> ServedModel:
    """The alias and context window (at most the model's) that `config` serves."""
    from haven.chat.backends.llamacpp_backend import resolve_gguf

    resolved = resolve_gguf(config.model)
    return ServedModel(model_alias(resolved.name, config.adapter), min(config.n_ctx, resolved.spec.context_length))


def server_command(config: ServerConfig) -> list[str]:
    """The llama.cpp server's command line for `config`: ``python -m haven.chat.llama_server`` (llama_cpp.server
    opened safely for this CPU) with llama_cpp.server's arguments (checks model, adapter and chat format)."""
    from haven.chat.backends.llamacpp_backend import model_files, resolve_gguf
    from haven.deps import require

    require("llama_cpp")
    resolved = resolve_gguf(config.model)
    chat_format = CHAT_FORMATS.get(resolved.spec.template) if resolved.spec.chat_tuned else None
    if chat_format is None:
        raise ConfigError(
            f"{resolved.name} uses Haven's {resolved.spec.template!r} template, which llama.cpp's server has no chat "
            "format for: chat with it in-process (`haven chat --backend llama.cpp`) or serve a chat-tuned model"
        )
    files = model_files(Path(config.adapter) if config.adapter is not None else None, resolved, merge=config.merge)
    served = served_model(config)
    command = [sys.executable, "-m", "haven.chat.llama_server", "--model", str(files.model), "--host", config.host,
               "--port", str(config.port), "--n_ctx", str(served.n_ctx),
               "--n_threads", str(config.n_threads), "--chat_format", chat_format,
               "--model_alias", served.alias,
               # llama-cpp-python's server cuts off the reply it is streaming when another request arrives
               # (its default): with several people sharing a server, each would get a fragment. Queue instead.
               "--interrupt_requests", "false"]
    if files.lora is not None:
        command += ["--lora_path", str(files.lora)]
    return command


def server_answers(host: str, port: int) -> bool:
    """Whether an OpenAI-compatible server answers GET /v1/models at host:port."""
    conn = http.client.HTTPConnection(host, port, timeout=2)
    try:
        conn.request("GET", "/v1/models")
        return conn.getresponse().status == 200
    except OSError:
        return False
    finally:
        conn.close()


@contextlib.contextmanager
def running_server(config: ServerConfig, start_limit_s: float = SERVER_START_LIMIT_S) -> Iterator[str]:
    """Start llama.cpp's server for `config` as a child process; yield its base URL; stop it on exit."""
    if config.port == 0:
        config = ServerConfig(**{**config.__dict__, "port": free_port(config.host)})
    command = server_command(config)
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + start_limit_s
            while not server_answers(config.host, config.port):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    tail = log.read().decode(errors="replace")[-1500:]
                    raise BackendError(f"llama.cpp's server did not start on {config.host}:{config.port} within "
                                       f"{start_limit_s:.0f} s (exit code {process.poll()}):\n{tail}")
                time.sleep(0.3)
            yield f"http://{config.host}:{config.port}/v1"
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
