"""The catalog, model resolution (catalog name, folder, .gguf path) and clear failures."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from haven.errors import ModelLoadError, ModelNotFoundError
from haven.models.catalog import BUNDLED_MODELS, CATALOG, SourceKind, get_spec, list_models
from haven.models.resolve import check_gguf_file, resolve_model, sha256_file
from haven.models.templates import TEMPLATES

REFERENCE_HUB_IDS = {
    "TinyLlama/TinyLlama-1.1B-Chat-v1.0", "google/gemma-2-2b-it", "google/gemma-2b-it",
    "microsoft/Phi-3-mini-4k-instruct", "Qwen/Qwen2-0.5B-Instruct", "Qwen/Qwen1.5-0.5B-Chat",
    "stabilityai/stablelm-2-1_6b-chat", "microsoft/phi-2",
}


def test_catalog_has_bundled_and_reference_models():
    assert set(BUNDLED_MODELS) == {"smollm2-135m", "gemma3-270m"}
    assert REFERENCE_HUB_IDS <= {s.hub_id for s in CATALOG.values()}


@pytest.mark.parametrize("name", list(CATALOG))
def test_every_entry_is_complete(name):
    spec = CATALOG[name]
    assert spec.parameters > 0 and spec.context_length >= 2048
    assert spec.licence and spec.architecture
    assert spec.template in TEMPLATES
    assert spec.target_modules, "LoRA needs target modules"
    attention = {"q_proj", "k_proj", "v_proj", "qkv_proj"} & set(spec.target_modules)
    feed_forward = {"gate_proj", "up_proj", "down_proj", "gate_up_proj", "fc1", "fc2"} & set(spec.target_modules)
    assert attention and feed_forward, "the plan adapts attention and feed-forward projections"
    assert json.dumps(spec.to_dict())


def test_base_models_use_the_plain_or_their_documented_template():
    assert get_spec("gemma3-270m").chat_tuned is False and get_spec("gemma3-270m").template == "plain"
    assert get_spec("phi-2").template == "phi2"


def test_unknown_name_lists_the_choices():
    with pytest.raises(ModelNotFoundError, match="smollm2-135m"):
        get_spec("gpt-99")
    with pytest.raises(ModelNotFoundError):
        resolve_model("gpt-99")


def test_list_models_puts_bundled_first():
    names = [s.name for s in list_models()]
    assert names[:2] == ["smollm2-135m", "gemma3-270m"]


def test_resolve_bundled_smollm2_finds_the_gguf_and_hashes_it():
    resolved = resolve_model("smollm2-135m")
    assert resolved.gguf_path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert resolved.gguf_path.read_bytes()[:4] == b"GGUF"
    assert len(resolved.sha256) == 64


def test_gemma_is_reassembled_and_checked_against_its_published_sha256():
    spec = get_spec("gemma3-270m")
    resolved = resolve_model("gemma3-270m")
    assert resolved.sha256 == spec.gguf_sha256
    assert sha256_file(resolved.gguf_path) == spec.gguf_sha256


def test_resolve_accepts_a_gguf_path():
    path = resolve_model("smollm2-135m").gguf_path
    resolved = resolve_model(str(path))
    assert resolved.spec.name == "smollm2-135m"
    assert resolved.gguf_path == path


def test_resolve_accepts_a_model_folder(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "qwen2", "max_position_embeddings": 4096}))
    resolved = resolve_model(str(tmp_path))
    assert resolved.folder == tmp_path
    assert resolved.spec.architecture == "qwen2" and resolved.spec.context_length == 4096
    assert resolved.spec.source is SourceKind.LOCAL


def test_folder_without_config_is_named(tmp_path):
    with pytest.raises(ModelNotFoundError, match="config.json"):
        resolve_model(str(tmp_path))


def test_missing_gguf_file_says_how_to_fix(tmp_path):
    with pytest.raises(ModelNotFoundError, match="make models"):
        resolve_model(str(tmp_path / "absent.gguf"))


def test_lfs_pointer_is_recognised(tmp_path):
    pointer = tmp_path / "model.gguf"
    pointer.write_text("version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 123\n")
    with pytest.raises(ModelLoadError, match="Git LFS pointer"):
        check_gguf_file(pointer)


def test_non_gguf_file_is_called_corrupt(tmp_path):
    bad = tmp_path / "model.gguf"
    bad.write_bytes(b"\x00" * 64)
    with pytest.raises(ModelLoadError, match="not a GGUF file"):
        check_gguf_file(bad)


def test_truncated_gguf_is_reported(tmp_path):
    source = resolve_model("smollm2-135m").gguf_path
    truncated = tmp_path / "truncated.gguf"
    truncated.write_bytes(source.read_bytes()[:4096])
    with pytest.raises(ModelLoadError, match="truncated or corrupt"):
        resolve_model(str(truncated))


def test_hub_model_without_a_hub_explains_how_to_use_a_local_copy():
    """Run in a subprocess so the offline setting is read fresh by huggingface_hub."""
    code = (
        "from haven.models.load import load_tokenizer\n"
        "from haven.models.resolve import resolve_model\n"
        "from haven.errors import ModelLoadError\n"
        "try:\n"
        "    load_tokenizer(resolve_model('tinyllama-1.1b-chat'))\n"
        "except ModelLoadError as e:\n"
        "    print('ERR', e)\n"
    )
    env = {**__import__("os").environ, "HF_HUB_OFFLINE": "1", "HF_HOME": "/nonexistent-haven-hf-home"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert "ERR could not load TinyLlama/TinyLlama-1.1B-Chat-v1.0" in out.stdout, out.stderr[-2000:]
    assert "--model DIR" in out.stdout
