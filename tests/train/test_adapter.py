"""The adapter folder is opened once into an `Adapter`, which alone knows its layout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from haven.data.format import DEFAULT_SYSTEM_PROMPT
from haven.errors import AdapterError, AdapterNotExportedError, BackendError, ConfigError
from haven.train.adapter import ADAPTER_GGUF, ADAPTER_WEIGHTS, Adapter, chat_system_prompt
from haven.train.card import RUN_CARD, RunCard

SHA = "a" * 64


def adapter_folder(folder: Path, system_prompt: str | None = "Be kind.") -> Path:
    """A folder as `haven train` leaves it: PEFT config and weights, and a run card."""
    folder.mkdir(parents=True)
    (folder / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "r": 2, "lora_alpha": 4}))
    (folder / ADAPTER_WEIGHTS).write_bytes(b"\0" * 16)
    RunCard(base_model="smollm2-135m", base_model_source="bundled", base_sha256=SHA, architecture="llama",
            chat_template="", system_prompt=system_prompt, config={}, precision="fp32", device="cpu", world_size=1,
            effective_batch=1, trainable_params=1, total_params=2, trainable_pct=50.0, peak_memory_mb=0.0,
            full_finetune_memory_mb=0.0, lora_memory_mb=0.0, train_seconds=0.0, tokens_trained=0, steps=1,
            best_step=1, data={}, eval={}).save(folder)
    return folder


def test_open_reads_the_card_once_and_names_the_files(tmp_path):
    adapter = Adapter.open(adapter_folder(tmp_path / "run"))
    assert (adapter.base_model, adapter.base_sha256, adapter.system_prompt) == ("smollm2-135m", SHA, "Be kind.")
    assert adapter.peft_weights.name == ADAPTER_WEIGHTS and adapter.gguf_path.name == ADAPTER_GGUF
    assert set(adapter.weight_files()) == {ADAPTER_WEIGHTS}
    (adapter.gguf_path).write_bytes(b"GGUF")
    assert set(adapter.weight_files()) == {ADAPTER_WEIGHTS, ADAPTER_GGUF}


@pytest.mark.parametrize("missing, message", [
    (None, "no adapter folder"), ("adapter_config.json", "has no adapter_config.json"),
    (ADAPTER_WEIGHTS, f"has no {ADAPTER_WEIGHTS}"), (RUN_CARD, f"no {RUN_CARD}"),
])
def test_an_incomplete_folder_is_named(tmp_path, missing, message):
    folder = tmp_path / "run"
    if missing is not None:
        adapter_folder(folder)
        (folder / missing).unlink()
    with pytest.raises(AdapterError, match=message):
        Adapter.open(folder)


def test_the_base_hash_check_names_both_files_and_the_fix(tmp_path):
    adapter = Adapter.open(adapter_folder(tmp_path / "run"))
    adapter.check_base("smollm2-135m", SHA)  # its own base
    adapter.check_base("smollm2-135m", None)  # an unknown hash cannot be checked
    with pytest.raises(AdapterError, match=r"trained on smollm2-135m \(sha256 aaaaaaaaaaaa…\), not on other "
                                           r"\(sha256 bbbbbbbbbbbb…\): pass --model smollm2-135m"):
        adapter.check_base("other", "b" * 64)


def test_a_missing_gguf_says_to_export_and_is_both_a_backend_and_a_config_error(tmp_path):
    adapter = Adapter.open(adapter_folder(tmp_path / "run"))
    with pytest.raises(AdapterNotExportedError, match="haven export --adapter .* --format gguf") as caught:
        adapter.require_gguf()
    assert isinstance(caught.value, BackendError) and isinstance(caught.value, ConfigError)
    with pytest.raises(AdapterNotExportedError):
        Adapter.open(tmp_path / "run", gguf_only=True)


def test_a_served_folder_needs_only_the_gguf(tmp_path):
    folder = tmp_path / "served"
    folder.mkdir()
    (folder / ADAPTER_GGUF).write_bytes(b"GGUF")
    adapter = Adapter.open(folder, gguf_only=True)
    assert adapter.card is None and adapter.base_model is None
    adapter.check_base("anything", "c" * 64)  # nothing to check it against


def test_the_chat_prompt_is_the_given_one_else_the_adapters_as_trained_else_havens(tmp_path):
    trained = adapter_folder(tmp_path / "with-prompt")
    without = adapter_folder(tmp_path / "without-prompt", system_prompt=None)
    assert chat_system_prompt(trained, "Mine.") == "Mine."
    assert chat_system_prompt(trained) == "Be kind." and chat_system_prompt(Adapter.open(trained)) == "Be kind."
    assert chat_system_prompt(without) is None  # trained without one, chats without one
    assert chat_system_prompt(None) == DEFAULT_SYSTEM_PROMPT
