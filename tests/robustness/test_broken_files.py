"""Broken files: each is named in one line with its fix, and the chat still offers crisis help.

Fills the gaps left by tests/models (resolution of missing, LFS-pointer, non-GGUF and
truncated files), tests/train (a corrupt PEFT adapter, another base on transformers) and
tests/export: the same files through the front door (``haven chat`` on both local
backends, ``haven export``, ``haven train``), the llama.cpp adapter checks (another base
by run card, a corrupt or empty ``adapter.gguf``, one exported for another base), and
outputs that cannot be written.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from robustness_kit import needs_llama
from typer.testing import CliRunner

from haven.chat.backends.base import create_backend
from haven.cli import EXIT_NO_MODEL, app
from haven.errors import AdapterError, ConfigError, HavenError, ModelLoadError, ModelNotFoundError
from haven.models.resolve import resolve_model
from haven.train.card import RunCard

CRISIS = "I have the pills in my hand and I am going to kill myself tonight"
LFS_POINTER = "version https://git-lfs.github.com/spec/v1\noid sha256:{}\nsize 98362432\n".format("ab" * 32)
runner = CliRunner()


def broken_model(kind: str, folder: Path) -> Path:
    """A model path as people end up with it: missing, a pointer, cut short, or not GGUF at all."""
    path = folder / "model.gguf"
    if kind == "lfs-pointer":
        path.write_text(LFS_POINTER)
    elif kind == "truncated":
        path.write_bytes(resolve_model("smollm2-135m").gguf_path.read_bytes()[:65536])
    elif kind == "not-gguf":
        path.write_bytes(b"<html>404 Not Found</html>")
    return path


FIXES = {"missing": "make models", "lfs-pointer": "git lfs pull", "truncated": "truncated or corrupt", "not-gguf": "corrupt"}


def one_line(error: BaseException) -> str:
    """A domain error as the CLI prints it: one line, no traceback."""
    assert isinstance(error, HavenError), repr(error)
    message = str(error)
    assert message and "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("kind", list(FIXES))
@pytest.mark.parametrize("backend", ["llama.cpp", "transformers"])
def test_a_broken_model_file_still_answers_a_crisis(tmp_path, kind, backend):
    model = broken_model(kind, tmp_path)
    result = runner.invoke(app, ["chat", "--model", str(model), "--backend", backend, "--once", CRISIS, "--json"])
    assert result.exit_code == EXIT_NO_MODEL, result.output  # scripts can tell the model did not answer
    reply = json.loads(result.stdout)
    assert reply["backend"] == "resources-only" and "988" in reply["reply"] and reply["crisis"]
    assert FIXES[kind] in " ".join(result.stderr.split()) and "crisis resources are still available" in result.stderr


def test_without_a_model_an_ordinary_message_gets_an_honest_reply(tmp_path):
    result = runner.invoke(app, ["chat", "--model", str(tmp_path / "none.gguf"), "--once", "I had a rough day", "--json"])
    reply = json.loads(result.stdout)["reply"]
    assert "isn't available right now" in reply and "crisis line" in reply
    assert result.exit_code == EXIT_NO_MODEL and "Samaritans" not in result.stdout


@pytest.mark.parametrize("kind", ["missing", "lfs-pointer", "truncated"])
@pytest.mark.parametrize("locale, line", [("US", "988"), ("GB", "116 123")])
def test_the_terminal_fallback_prints_the_vetted_lines_and_exits_non_zero(tmp_path, kind, locale, line):
    """The terminal has no Resources panel: the lines for --locale come under the fallback reply."""
    model = broken_model(kind, tmp_path)
    result = runner.invoke(app, ["chat", "--model", str(model), "--backend", "llama.cpp", "--locale", locale,
                                 "--once", "I had a rough day"])
    assert result.exit_code == EXIT_NO_MODEL, result.output
    assert "isn't available right now" in result.stdout and "Resources panel" not in result.stdout
    listed = result.stdout.split(f"Crisis lines for {locale}:", 1)[1]
    assert line in listed and FIXES[kind] in " ".join(result.stderr.split())


@pytest.mark.parametrize("kind, error", [("missing", ModelNotFoundError), ("lfs-pointer", ModelLoadError),
                                         ("truncated", ModelLoadError), ("not-gguf", ModelLoadError)])
def test_a_broken_model_file_is_one_line_in_the_library(tmp_path, kind, error):
    with pytest.raises(error) as caught:
        create_backend("llama.cpp", model=str(broken_model(kind, tmp_path)), n_ctx=256, n_threads=1)
    assert FIXES[kind] in one_line(caught.value)


def test_evaluate_on_a_pointer_file_is_one_line_with_exit_2(tmp_path):
    model = broken_model("lfs-pointer", tmp_path)
    wide = {**os.environ, "COLUMNS": "500"}  # rich wraps at the terminal's width; a wide one shows the one line
    result = subprocess.run([sys.executable, "-m", "haven", "evaluate", "--model", str(model)],
                            capture_output=True, text=True, timeout=120, env=wide)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and "git lfs pull" in lines[0], result.stderr


# --- adapters on llama.cpp ---------------------------------------------------------------------


def adapter_folder(folder: Path, base_sha256: str) -> Path:
    """An adapter folder as `haven train` leaves it, with a run card naming `base_sha256`."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "r": 2, "lora_alpha": 4}))
    (folder / "adapter_model.safetensors").write_bytes(b"\x00" * 16)
    RunCard(
        base_model="smollm2-135m", base_model_source="bundled", base_sha256=base_sha256, architecture="llama",
        chat_template="", system_prompt=None, config={}, precision="fp32", device="cpu", world_size=1,
        effective_batch=1, trainable_params=0, total_params=0, trainable_pct=0.0, peak_memory_mb=0.0,
        full_finetune_memory_mb=0.0, lora_memory_mb=0.0, train_seconds=0.0, tokens_trained=0, steps=0,
        best_step=0, data={}, eval={},
    ).save(folder)
    return folder


def lora_gguf(path: Path, *, tensors: bool = True, base_sha256: str | None = None, kind: str = "adapter") -> Path:
    """A llama.cpp LoRA GGUF header as Haven's export writes it (tensors tiny, never applied here)."""
    import gguf
    import numpy as np

    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_type(kind)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, 4.0)
    if base_sha256:
        writer.add_string("haven.base_sha256", base_sha256)
    if tensors:
        writer.add_tensor("blk.0.attn_q.weight.lora_a", np.zeros((2, 576), dtype=np.float32))
        writer.add_tensor("blk.0.attn_q.weight.lora_b", np.zeros((576, 2), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.fixture
def smollm2_sha():
    return resolve_model("smollm2-135m").sha256


def bad_adapter(kind: str, folder: Path, sha: str) -> Path:
    if kind == "other-base-run-card":
        adapter = adapter_folder(folder, "0" * 64)
        lora_gguf(adapter / "adapter.gguf", base_sha256="0" * 64)
    else:
        adapter = adapter_folder(folder, sha)
        target = adapter / "adapter.gguf"
        if kind == "garbage":
            target.write_bytes(b"\x89PNG not an adapter at all" * 40)
        elif kind == "empty-gguf":
            lora_gguf(target, tensors=False, base_sha256=sha)
        elif kind == "a-model-not-an-adapter":
            lora_gguf(target, base_sha256=sha, kind="model")
        elif kind == "exported-for-another-base":
            lora_gguf(target, base_sha256="f" * 64)
    return adapter


ADAPTER_CASES = {
    "other-base-run-card": "was trained on smollm2-135m (sha256 000000000000…)",
    "garbage": "is not a readable GGUF file",
    "empty-gguf": "is not a llama.cpp LoRA adapter (type adapter/lora, 0 tensors)",
    "a-model-not-an-adapter": "is not a llama.cpp LoRA adapter (type model/lora",
    "exported-for-another-base": "was exported for another base file (sha256 ffffffffffff…)",
}


@needs_llama
@pytest.mark.parametrize("kind", list(ADAPTER_CASES))
def test_a_bad_llama_cpp_adapter_is_refused_with_the_fix(tmp_path, smollm2_sha, kind):
    adapter = bad_adapter(kind, tmp_path / kind, smollm2_sha)
    with pytest.raises(AdapterError) as caught:
        create_backend("llama.cpp", model="smollm2-135m", adapter=adapter, n_ctx=256, n_threads=1)
    message = one_line(caught.value)
    assert ADAPTER_CASES[kind] in message
    assert "pass --model smollm2-135m" in message or "re-export it with `haven export" in message


@needs_llama
@pytest.mark.parametrize("kind", ["other-base-run-card", "garbage"])
def test_the_chat_with_a_bad_adapter_still_offers_help(tmp_path, smollm2_sha, kind):
    adapter = bad_adapter(kind, tmp_path / kind, smollm2_sha)
    result = runner.invoke(app, ["chat", "--adapter", str(adapter), "--backend", "llama.cpp", "--once", CRISIS, "--json"])
    assert result.exit_code == EXIT_NO_MODEL, result.output
    assert "988" in json.loads(result.stdout)["reply"] and ADAPTER_CASES[kind][:20] in " ".join(result.stderr.split())


# --- outputs that cannot be written -----------------------------------------------------------


def load_export_fixtures():
    """The tiny GGUF base and PEFT adapter writers of tests/export (no model needed)."""
    path = Path(__file__).parents[1] / "export" / "test_export_gguf.py"
    name = "export_writers_for_robustness"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        sys.modules[name] = importlib.util.module_from_spec(spec)  # dataclasses look their module up here
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


@pytest.fixture
def tiny_adapter(tmp_path):
    writers = load_export_fixtures()
    base = writers.write_tiny_base(tmp_path / "tiny.gguf", "llama")
    return base, writers.write_tiny_adapter(tmp_path / "adapter", base, "llama")


def unwritable(tmp_path: Path) -> Path:
    """A folder no one can create, even as root: its parent is a file."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker / "out"


def test_export_to_an_unwritable_folder_is_one_line(tiny_adapter, tmp_path):
    base, adapter = tiny_adapter
    target = unwritable(tmp_path) / "adapter.gguf"
    result = runner.invoke(app, ["export", "--adapter", str(adapter), "--base-gguf", str(base), "--output", str(target)])
    assert isinstance(result.exception, ConfigError), result.output
    assert f"cannot write {target}" in one_line(result.exception) and "writable folder" in str(result.exception)
    assert not (adapter / "adapter.gguf").exists()


def test_merge_to_an_unwritable_folder_is_one_line(tiny_adapter, tmp_path):
    from haven.export import merge_and_export
    from haven.train.adapter import Adapter

    base, adapter = tiny_adapter
    with pytest.raises(ConfigError, match="cannot write .*writable folder"):
        merge_and_export(Adapter.open(adapter), unwritable(tmp_path) / "merged.gguf", base_gguf=base)


def test_train_to_an_unwritable_folder_is_one_line_before_any_work(tmp_path):
    output = unwritable(tmp_path)
    result = runner.invoke(app, ["train", "--profile", "smoke", "--output", str(output)])
    assert isinstance(result.exception, ConfigError), result.output
    assert f"cannot write to --output {output}" in one_line(result.exception)
