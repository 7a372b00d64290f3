"""A real llama.cpp LoRA adapter for smollm2-135m, written in a second.

The adapter is a PEFT-format folder with random LoRA weights sized from the bundled
GGUF's own tensors, a run card naming that file's SHA-256 (with a short training
curve and held-out perplexities for the Metrics tab), and ``adapter.gguf`` written by
Haven's real exporter, so the llama.cpp backend applies it exactly as it applies a
trained one. No transformers model is loaded.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from haven.deps import is_llama_cpp_available

MODEL = "smollm2-135m"
RANK, ALPHA = 8, 16
GGUF_NAME = {"q_proj": "attn_q", "k_proj": "attn_k", "v_proj": "attn_v", "o_proj": "attn_output",
             "gate_proj": "ffn_gate", "up_proj": "ffn_up", "down_proj": "ffn_down"}
PARENT = {"q_proj": "self_attn", "k_proj": "self_attn", "v_proj": "self_attn", "o_proj": "self_attn",
          "gate_proj": "mlp", "up_proj": "mlp", "down_proj": "mlp"}
# Large enough that the fine-tuned column visibly answers differently from the base.
LORA_B_STD = 0.02
CURVE = [{"step": 1, "train_loss": 3.1}, {"step": 2, "train_loss": 2.9, "eval_loss": 2.95}]
PERPLEXITY = {"base_loss": 3.0, "base_perplexity": 20.09, "tuned_loss": 2.9, "tuned_perplexity": 18.17,
              "examples": 4, "tokens": 321}

needs_llama = pytest.mark.skipif(not is_llama_cpp_available(), reason="llama-cpp-python (the `gguf` extra) is not installed")


def write_random_adapter(folder: Path, model: str = MODEL) -> Path:
    """A PEFT LoRA folder for `model`'s bundled GGUF, with run card and exported adapter.gguf."""
    from safetensors.numpy import save_file

    from haven.export.gguf_lora import read_base_gguf
    from haven.models.catalog import get_spec
    from haven.models.resolve import resolve_model
    from haven.train.adapter import Adapter
    from haven.train.card import RunCard

    resolved = resolve_model(model)
    base = read_base_gguf(resolved.gguf_path)
    rng = np.random.default_rng(0)
    state = {}
    for block in range(base.block_count):
        for module in get_spec(model).target_modules:
            out_features, in_features = base.tensor_shapes[f"blk.{block}.{GGUF_NAME[module]}.weight"]
            prefix = f"base_model.model.model.layers.{block}.{PARENT[module]}.{module}"
            state[f"{prefix}.lora_A.weight"] = (rng.standard_normal((RANK, in_features)) / np.sqrt(in_features)).astype(np.float32)
            state[f"{prefix}.lora_B.weight"] = (rng.standard_normal((out_features, RANK)) * LORA_B_STD).astype(np.float32)
    folder.mkdir(parents=True, exist_ok=True)
    save_file(state, str(folder / "adapter_model.safetensors"))
    (folder / "adapter_config.json").write_text(json.dumps(
        {"peft_type": "LORA", "r": RANK, "lora_alpha": ALPHA, "target_modules": list(get_spec(model).target_modules), "bias": "none"}))
    trainable = sum(v.size for v in state.values())
    RunCard(base_model=model, base_model_source="bundled", base_sha256=resolved.sha256, architecture=base.architecture,
            chat_template="", system_prompt=None, config={"lora_r": RANK, "lora_alpha": ALPHA}, precision="fp32",
            device="cpu", world_size=1, effective_batch=1, trainable_params=trainable, total_params=get_spec(model).parameters,
            trainable_pct=round(100 * trainable / get_spec(model).parameters, 3), peak_memory_mb=1234.0, full_finetune_memory_mb=2100.0,
            lora_memory_mb=560.0, train_seconds=2.0, tokens_trained=100, steps=2, best_step=2, data={},
            eval=PERPLEXITY, history=CURVE).save(folder)
    Adapter.open(folder).ensure_gguf()
    return folder


APP_TIMEOUT_S = 300
_SHARED_COMPONENTS: list = []  # one scan of installed Streamlit components for every AppTest


def new_app_test():
    """An AppTest of the dashboard, its first run not yet made.

    AppTest scans every installed package for Streamlit components on an instance's
    first run (1-2 s on this machine); the dashboard uses none, so the instances share
    the first one's scan (a private attribute; without it each test only runs slower).
    """
    from streamlit.testing.v1 import AppTest

    from haven.app import APP_SCRIPT

    at = AppTest.from_file(str(APP_SCRIPT), default_timeout=APP_TIMEOUT_S)
    if _SHARED_COMPONENTS and hasattr(at, "_bidi_component_manager"):
        at._bidi_component_manager = _SHARED_COMPONENTS[0]
    return at


def first_run(at):
    """Run a new AppTest once, keeping its component scan for the next ones."""
    at.run()
    if not _SHARED_COMPONENTS and getattr(at, "_bidi_component_manager", None) is not None:
        _SHARED_COMPONENTS.append(at._bidi_component_manager)
    return at
