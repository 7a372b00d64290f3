"""The GPU path: QLoRA (4-bit NF4) and 8-bit bases through bitsandbytes, gradient checkpointing.

Runs only where CUDA and bitsandbytes are present (skipped otherwise, with the reason).
Uses the bundled SmolLM2-135M so nothing is downloaded; the `gpu` profile's settings
(nf4 + checkpointing) are exercised at smoke size.
"""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU; this machine has none"),
]


@pytest.fixture(autouse=True)
def needs_bitsandbytes():
    pytest.importorskip("bitsandbytes", reason="needs bitsandbytes (`pip install 'haven[gpu]'`)")


@pytest.mark.parametrize("precision", ["nf4", "int8"])
def test_kbit_lora_trains_and_lowers_the_loss(tmp_path, precision):
    from haven.train.config import build_config
    from haven.train.lora import train_lora

    config = build_config("gpu", model="smollm2-135m", output_dir=str(tmp_path), precision=precision, max_steps=4,
                          batch_size=2, grad_accum=1, learning_rate=1e-3, warmup_steps=0, eval_every=4,
                          eval_examples=8, max_length=128, max_train_examples=16)
    card = train_lora(config).card
    assert card.precision == precision and card.device == "cuda"
    assert card.config["gradient_checkpointing"] is True
    assert card.eval["tuned_loss"] < card.eval["base_loss"]
    assert (tmp_path / "adapter_model.safetensors").exists()


def test_nf4_base_is_smaller_than_bf16():
    from haven.models.load import load_model

    nf4 = load_model("smollm2-135m", precision="nf4").model.get_memory_footprint()
    bf16 = load_model("smollm2-135m", precision="bf16").model.get_memory_footprint()
    assert nf4 < 0.6 * bf16


def test_gradient_checkpointing_lowers_peak_memory(tmp_path):
    from haven.models.load import load_model
    from haven.train.config import build_config
    from haven.train.lora import attach_lora, micro_batch_loss, prepare_base, reply_loss_module
    from haven.train.batching import collate_packed
    from haven.data.format import TokenizedExample

    def peak(checkpointing: bool) -> int:
        loaded = load_model("smollm2-135m", precision="bf16")
        config = build_config("smoke", gradient_checkpointing=checkpointing)
        model = attach_lora(prepare_base(loaded, config), config, loaded.spec.target_modules)
        model.train()
        ids = list(range(10, 10 + 512))
        batch = collate_packed([TokenizedExample(ids, ids)] * 4, loaded.tokenizer.pad_token_id)
        torch.cuda.reset_peak_memory_stats()
        micro_batch_loss(reply_loss_module(model), batch, "cuda").backward()
        used = torch.cuda.max_memory_allocated()
        del model, loaded
        torch.cuda.empty_cache()
        return used

    assert peak(True) < peak(False)
