"""llama.cpp's OpenAI-compatible server serves the bundled model with Haven's exported adapter, on loopback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from haven.chat.backends.base import GenerationOptions, create_backend
from haven.chat.engine import ChatSession, respond
from haven.chat.serve import ServerConfig, running_server, server_command
from haven.cli import app
from haven.deps import is_available
from haven.errors import AdapterError, ConfigError

sys.path.insert(0, str(Path(__file__).parents[1] / "app"))
from app_fixtures import write_random_adapter  # noqa: E402

needs_server = pytest.mark.skipif(not all(is_available(m) for m in ("llama_cpp", "uvicorn", "fastapi", "sse_starlette")),
                                  reason="llama-cpp-python's server is not installed: pip install 'llama-cpp-python[server]'")
GREEDY = GenerationOptions(temperature=0.0, max_tokens=12, repetition_penalty=1.0)
MESSAGE = "I feel nervous before my exams."


@pytest.fixture(scope="module")
def adapter(tmp_path_factory):
    return write_random_adapter(tmp_path_factory.mktemp("served") / "smollm2-135m")


def reply_from(url: str) -> str:
    backend = create_backend("openai", base_url=url, context_length=1024)
    return list(respond(backend, ChatSession(), MESSAGE, GREEDY))[-1].turn.reply


@needs_server
@pytest.mark.slow
def test_served_adapter_changes_the_reply_like_in_process_llama_cpp(adapter):
    config = ServerConfig(model="smollm2-135m", port=0, n_ctx=1024, n_threads=1)
    with running_server(config) as url:
        served_base = reply_from(url)
    with running_server(ServerConfig(**{**config.__dict__, "adapter": adapter})) as url:
        served_tuned = reply_from(url)
    in_process = create_backend("llama.cpp", model="smollm2-135m", adapter=adapter, n_ctx=1024, n_threads=1)
    local_tuned = list(respond(in_process, ChatSession(), MESSAGE, GREEDY))[-1].turn.reply
    assert served_base and served_tuned and served_base != served_tuned
    assert served_tuned == local_tuned  # same file, same template, greedy: the same reply


def test_command_applies_the_exported_adapter(adapter):
    command = server_command(ServerConfig(model="smollm2-135m", adapter=adapter, port=9000, merge=False))
    assert command[command.index("--lora_path") + 1] == str(adapter / "adapter.gguf")
    assert command[command.index("--chat_format") + 1] == "chatml"


def test_command_serves_the_adapter_merged_into_its_base_by_default(adapter):
    from haven.train.adapter import Adapter

    command = server_command(ServerConfig(model="smollm2-135m", adapter=adapter, port=9000))
    assert command[command.index("--model") + 1] == str(Adapter.open(adapter).merged_gguf_path())
    assert "--lora_path" not in command


def test_the_server_names_its_model_by_alias_never_by_file_path(adapter):
    tuned = server_command(ServerConfig(model="smollm2-135m", adapter=adapter, port=9000))
    base = server_command(ServerConfig(model="smollm2-135m", port=9000))
    assert tuned[tuned.index("--model_alias") + 1] == "smollm2-135m-tuned"
    assert base[base.index("--model_alias") + 1] == "smollm2-135m-base"


@needs_server
@pytest.mark.slow
def test_v1_models_lists_the_alias(adapter):
    import json
    import urllib.request

    with running_server(ServerConfig(model="smollm2-135m", adapter=adapter, port=0, n_ctx=512, n_threads=1)) as url:
        with urllib.request.urlopen(url + "/models", timeout=10) as response:
            listed = [m["id"] for m in json.load(response)["data"]]
        assert listed == ["smollm2-135m-tuned"]
        assert reply_from(url)  # a client naming the alias (or anything) still gets the served model


def test_base_model_without_a_server_chat_format_is_refused():
    with pytest.raises(ConfigError, match="in-process"):
        server_command(ServerConfig(model="gemma3-270m"))


def test_adapter_without_gguf_says_to_export(adapter, tmp_path):
    folder = tmp_path / "no-gguf"
    folder.mkdir()
    (folder / "adapter_config.json").write_text((adapter / "adapter_config.json").read_text())
    with pytest.raises(ConfigError, match="haven export"):
        server_command(ServerConfig(model="smollm2-135m", adapter=folder))


def test_adapter_of_another_base_is_refused(adapter, tmp_path):
    import json
    import shutil

    other = tmp_path / "other-base"
    shutil.copytree(adapter, other)
    card = json.loads((other / "run_card.json").read_text())
    (other / "run_card.json").write_text(json.dumps({**card, "base_sha256": "0" * 64}))
    with pytest.raises(AdapterError, match="was trained on"):
        server_command(ServerConfig(model="smollm2-135m", adapter=other))


def test_serve_command_reports_bad_settings_in_one_line():
    result = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert isinstance(result.exception, ConfigError) and "--port is 70000" in str(result.exception)


@needs_server
@pytest.mark.slow
def test_two_people_at_once_each_get_a_whole_reply():
    """llama-cpp-python's server, by default, cuts off the reply it streams when a second request arrives;
    Haven's server queues the second instead (with the default, the first reply here was one or two words)."""
    import threading

    options = GenerationOptions(temperature=0.0, max_tokens=24, repetition_penalty=1.0)
    messages = [{"role": "user", "content": MESSAGE}]
    with running_server(ServerConfig(model="smollm2-135m", port=0, n_ctx=1024, n_threads=1)) as url:
        backend = create_backend("openai", base_url=url, context_length=1024)
        alone = "".join(p for p in backend.generate(messages, options) if isinstance(p, str))
        replies: list[str] = []
        started = threading.Event()

        def ask() -> None:
            pieces = []
            for piece in backend.generate(messages, options):
                started.set()
                if isinstance(piece, str):
                    pieces.append(piece)
            replies.append("".join(pieces))

        first = threading.Thread(target=ask)
        first.start()
        assert started.wait(60)  # the first reply is streaming when the second person writes
        second = threading.Thread(target=ask)
        second.start()
        first.join(120)
        second.join(120)
    assert len(alone) > 40 and replies == [alone, alone]
