"""A real (smoke-sized) LoRA run on the bundled SmolLM2-135M: adapter, run card, reload, resume."""

from __future__ import annotations

import json

import pytest

from haven.errors import AdapterError, ConfigError
from haven.models.load import load_model
from haven.train.adapter import ADAPTER_WEIGHTS, attach_adapter
from haven.train.card import RUN_CARD, read_run_card
from haven.train.config import build_config
from haven.train.lora import train_lora

pytestmark = pytest.mark.slow

REQUIRED_CARD_FIELDS = {
    "base_model", "base_sha256", "config", "trainable_params", "total_params", "trainable_pct",
    "peak_memory_mb", "train_seconds", "data", "eval", "chat_template", "precision", "history",
}


def test_saves_the_adapter_alone_under_20_mb(smoke_run):
    folder, _ = smoke_run
    weights = folder / ADAPTER_WEIGHTS
    assert weights.exists() and weights.stat().st_size < 20 * 2**20
    assert not list(folder.glob("model*.safetensors")), "base weights must never be saved"


def test_run_card_says_how_the_adapter_was_made(smoke_run):
    folder, result = smoke_run
    card = json.loads((folder / RUN_CARD).read_text())
    assert REQUIRED_CARD_FIELDS <= set(card)
    assert card["base_model"] == "smollm2-135m" and len(card["base_sha256"]) == 64
    assert 0 < card["trainable_params"] < card["total_params"]
    assert card["data"]["split"]["seed"] == 42 and card["data"]["split"]["sizes"]["validation"] > 0
    ev = card["eval"]
    assert ev["base_perplexity"] > 1 and ev["tuned_perplexity"] > 1 and ev["tokens"] > 0
    assert [h["step"] for h in card["history"]] == [1, 2]
    assert "<|im_start|>" in card["chat_template"]
    # what the matrix products ran in: bf16 autocast by default where the CPU has AVX-512 BF16 or AMX
    from haven.models.precision import bf16_autocast_default

    assert card["compute_dtype"] == ("bf16" if bf16_autocast_default("cpu", "fp32") else "fp32")
    # the curation choices and what they kept are on the card (smoke curates nothing)
    assert {"min_answer_words", "max_answer_words", "drop_referral_only", "prefer_reflective"} <= set(card["config"])
    assert card["data"]["curation"]["policy"]["answers_per_question"] == 0 and card["data"]["curation"]["dropped"] == {}


def test_adapter_reloads_to_the_same_logits(smoke_run, smollm2):
    import torch

    folder, result = smoke_run
    ids = torch.tensor([smollm2.tokenizer("I can't stop worrying about my exams.")["input_ids"]])
    result.model.eval()
    with torch.inference_mode():
        trained = result.model(input_ids=ids).logits
    fresh = load_model("smollm2-135m", precision="fp32")
    reloaded = attach_adapter(fresh, folder)
    with torch.inference_mode():
        again = reloaded(input_ids=ids).logits
    torch.testing.assert_close(again, trained, atol=1e-5, rtol=1e-5)


def test_adapter_for_another_base_is_refused(smoke_run, tmp_path):
    import shutil

    folder, _ = smoke_run
    copy = tmp_path / "adapter"
    shutil.copytree(folder, copy)
    card = json.loads((copy / RUN_CARD).read_text())
    card["base_sha256"] = "0" * 64
    (copy / RUN_CARD).write_text(json.dumps(card))
    with pytest.raises(AdapterError, match="was trained on"):
        attach_adapter(load_model("smollm2-135m", precision="fp32"), copy)


def test_corrupt_adapter_is_named(smoke_run, tmp_path):
    import shutil

    folder, _ = smoke_run
    copy = tmp_path / "adapter"
    shutil.copytree(folder, copy)
    (copy / ADAPTER_WEIGHTS).write_bytes(b"not safetensors")
    with pytest.raises(AdapterError, match="corrupt"):
        attach_adapter(load_model("smollm2-135m", precision="fp32"), copy)


class Interrupted(Exception):
    """Stands in for a crash or Ctrl-C partway through a run."""


def test_resume_continues_to_the_same_weights_as_an_uninterrupted_run(tmp_path):
    import torch
    from safetensors.torch import load_file

    def config(folder, **extra):
        return build_config("smoke", model="smollm2-135m", output_dir=str(folder), max_steps=3, eval_every=1,
                            precision="fp32", **extra)

    def interrupt_at_step_3(event):
        if event.phase == "train" and event.step == 3:
            raise Interrupted

    straight = tmp_path / "straight"
    train_lora(config(straight))
    resumed = tmp_path / "resumed"
    with pytest.raises(Interrupted):
        train_lora(config(resumed), progress=interrupt_at_step_3)
    assert json.loads((resumed / "checkpoint-last" / "trainer_state.json").read_text())["step"] == 2
    result = train_lora(config(resumed, resume=True))
    assert [h["step"] for h in result.card.history] == [1, 2, 3]
    a = load_file(str(straight / ADAPTER_WEIGHTS))
    b = load_file(str(resumed / ADAPTER_WEIGHTS))
    assert a.keys() == b.keys()
    for key in a:
        torch.testing.assert_close(a[key], b[key], atol=1e-6, rtol=1e-4)


def test_unwritable_output_folder_is_named(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ConfigError, match="cannot write to --output"):
        train_lora(build_config("smoke", output_dir=str(blocker / "sub")))
