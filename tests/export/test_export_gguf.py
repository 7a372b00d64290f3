"""Adapter export to llama.cpp's LoRA GGUF: names, permutation, refusals, and the round trip.

The round trip (issue 4) is the proof that matters: an adapter is applied by transformers
(fp32, `attach_adapter`) and, after export, by llama.cpp on the bundled 4-bit GGUF; both
are fed the same token ids, and their next-token logits and greedy continuations must
agree. The adapter is PEFT's own (Haven's `attach_lora`, `save_adapter`), with random
weights large enough to change the logits clearly (a 2-step smoke run barely moves
them, and an export that dropped the adapter would then pass unnoticed). The unit tests
use tiny GGUF and adapter files written here; nothing is downloaded.
"""

from __future__ import annotations

import gc
import json
import math
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("gguf")
torch = pytest.importorskip("torch")
pytest.importorskip("safetensors")

from haven.deps import is_llama_cpp_available  # noqa: E402
from haven.errors import AdapterError  # noqa: E402
from haven.export import export_lora_gguf, read_lora_gguf  # noqa: E402
from haven.export import gguf_lora  # noqa: E402
from haven.export.gguf_lora import permute_qk_rows, unpermute_qk_rows  # noqa: E402
from haven.train.adapter import Adapter  # noqa: E402
from haven.train.card import RunCard  # noqa: E402

# PEFT still calls the old name inside transformers 5; nothing Haven can act on.
pytestmark = pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")

# --- tolerances of the round trip ------------------------------------------------------
# llama.cpp multiplies the 4-bit weights by activations it quantises to 8 bits, while
# transformers runs the same de-quantised weights in fp32: single logits differ by up to
# about 1.3 here (of a spread of ~20), so they are compared by correlation and by the gap
# on the reference's top token rather than exactly.
LOGIT_CORRELATION_MIN = 0.99  # corr(transformers, llama.cpp) of next-token logits (measured ≥ 0.997)
TOP_LOGIT_GAP_MAX = 1.0  # |logit difference| on transformers' top token (measured ≤ 0.43)
# The adapter's effect, Δ = logits(adapter on) − logits(adapter off), is what the export must
# carry; the quantisation noise is common to both llama.cpp runs and cancels in Δ.
EFFECT_CORRELATION_MIN = 0.95  # corr(Δ transformers, Δ llama.cpp) (measured ≥ 0.99; wrong q/k permutation ≤ 0.77)
EFFECT_NORM_RATIO = (0.8, 1.25)  # ‖Δ llama.cpp‖ / ‖Δ transformers‖, catches a wrong alpha (measured 0.91-1.07)
EFFECT_MIN_RELATIVE = 0.15  # ‖Δ‖ / ‖logits‖ in transformers: the adapter must clearly matter
GREEDY_TOKENS = 8
# Both runtimes must pick the same greedy tokens, except where transformers itself ranks
# its choice and llama.cpp's within the logit noise above (a coin toss, not an export bug);
# after such a divergence the two continue different texts.
GREEDY_TIE_MARGIN = 1.0
GREEDY_DIVERGENT_MAX = 2  # continuations (of the three) allowed to diverge, and only at a near tie
# Merged weights re-quantised to 8 bits keep the adapter (measured ≥ 0.99); 4-bit
# re-quantisation rounds every merged weight afresh (0.88-0.94 at Q4_1 / Q4_K_M here), so
# the LoRA file on the 4-bit base is how Haven serves an adapter at 4 bits.
MERGED_QUANTIZATION = "Q8_0"

RANK, ALPHA = 8, 16
# ‖ΔW‖ ≈ this fraction of ‖W‖: the adapter moves the next-token logits by 25-70% of their
# norm, far above the quantisation noise. Queries and keys get more, so that a wrong q/k
# permutation visibly breaks the effect (Gemma normalises q and k per head, muting them).
PERTURBATION, QK_PERTURBATION = 0.12, 0.4
QK_MODULES = ("q_proj", "k_proj")
N_CTX, N_THREADS = 128, 1  # one thread: llama.cpp's threads spin-wait, and slow badly on a busy 2-core CI box
PROMPTS = [
    "I feel nervous before my exams.",
    "I can't sleep and my thoughts keep racing.",
    "My friend stopped talking to me and I don't know why.",
]
MODELS = ["smollm2-135m", "gemma3-270m"]
LAYOUT = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
GGUF_NAME = {"q_proj": "attn_q", "k_proj": "attn_k", "v_proj": "attn_v", "o_proj": "attn_output",
             "gate_proj": "ffn_gate", "up_proj": "ffn_up", "down_proj": "ffn_down"}
HF_PARENT = {"q_proj": "self_attn", "k_proj": "self_attn", "v_proj": "self_attn", "o_proj": "self_attn",
             "gate_proj": "mlp", "up_proj": "mlp", "down_proj": "mlp"}


# --- tiny files -------------------------------------------------------------------------

@dataclass
class TinyShape:
    """A two-block model small enough to write in milliseconds."""

    blocks: int = 2
    hidden: int = 32  # a multiple of 32, Q8_0's block
    ffn: int = 64
    n_head: int = 4
    n_head_kv: int = 2

    @property
    def head_dim(self) -> int:
        return self.hidden // self.n_head

    def weight(self, module: str) -> tuple[int, int]:
        """(out, in) of a projection, PyTorch order."""
        kv = self.n_head_kv * self.head_dim
        return {"q_proj": (self.hidden, self.hidden), "k_proj": (kv, self.hidden), "v_proj": (kv, self.hidden),
                "o_proj": (self.hidden, self.hidden), "gate_proj": (self.ffn, self.hidden),
                "up_proj": (self.ffn, self.hidden), "down_proj": (self.hidden, self.ffn)}[module]


def write_tiny_base(path: Path, arch: str, shape: TinyShape = TinyShape()) -> Path:
    """Random weights (the feed-forward ones in Q8_0, as in a real file), a vocabulary and a norm."""
    import gguf

    rng = np.random.default_rng(1)
    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_block_count(shape.blocks)
    writer.add_head_count(shape.n_head)
    writer.add_head_count_kv(shape.n_head_kv)
    writer.add_token_list(["<s>", "hello", "wörld"])
    writer.add_token_scores([0.0, -1.5, -2.5])
    writer.add_chat_template("{{ messages }}")
    writer.add_tensor("output_norm.weight", rng.normal(size=shape.hidden).astype(np.float32))
    for block in range(shape.blocks):
        for module in LAYOUT:
            weight = rng.normal(size=shape.weight(module)).astype(np.float32)
            name = f"blk.{block}.{GGUF_NAME[module]}.weight"
            if module.endswith(("gate_proj", "up_proj", "down_proj")):
                writer.add_tensor(name, gguf.quants.quantize(weight, gguf.GGMLQuantizationType.Q8_0),
                                  raw_dtype=gguf.GGMLQuantizationType.Q8_0)
            else:
                writer.add_tensor(name, weight)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def run_card(base_model: str, base_sha256: str, architecture: str) -> RunCard:
    """A run card with the fields export reads; the rest are placeholders."""
    return RunCard(
        base_model=base_model, base_model_source="test", base_sha256=base_sha256, architecture=architecture,
        chat_template="", system_prompt=None, config={"lora_r": RANK, "lora_alpha": ALPHA}, precision="fp32",
        device="cpu", world_size=1, effective_batch=1, trainable_params=0, total_params=0, trainable_pct=0.0,
        peak_memory_mb=0.0, full_finetune_memory_mb=0.0, lora_memory_mb=0.0, train_seconds=0.0,
        tokens_trained=0, steps=0, best_step=0, data={}, eval={},
    )


def write_tiny_adapter(folder: Path, base: Path, arch: str, shape: TinyShape = TinyShape(),
                       modules: list[str] = LAYOUT, rank: int = 2, extra_config: dict | None = None,
                       base_sha256: str | None = None) -> Path:
    """A PEFT-format LoRA folder (safetensors, adapter_config.json) with a run card for `base`."""
    from safetensors.torch import save_file

    from haven.models.resolve import sha256_file

    folder.mkdir(parents=True, exist_ok=True)
    gen = torch.Generator().manual_seed(0)
    state = {}
    for block in range(shape.blocks):
        for module in modules:
            out_features, in_features = shape.weight(module) if module in LAYOUT else (shape.hidden, shape.hidden)
            prefix = f"base_model.model.model.layers.{block}.{HF_PARENT.get(module, 'self_attn')}.{module}"
            state[f"{prefix}.lora_A.weight"] = torch.randn(rank, in_features, generator=gen)
            state[f"{prefix}.lora_B.weight"] = torch.randn(out_features, rank, generator=gen)
    save_file(state, str(folder / "adapter_model.safetensors"))
    config = {"peft_type": "LORA", "r": rank, "lora_alpha": 2 * rank, "target_modules": modules, "bias": "none"}
    (folder / "adapter_config.json").write_text(json.dumps({**config, **(extra_config or {})}))
    run_card("tiny", base_sha256 or sha256_file(base), arch).save(folder)
    return folder


@pytest.fixture
def tiny(tmp_path):
    """(base, adapter folder) for an architecture; the adapter is exported next to it."""

    def make(arch: str, **adapter_options) -> tuple[Path, Path]:
        base = write_tiny_base(tmp_path / f"{arch}.gguf", arch)
        return base, write_tiny_adapter(tmp_path / f"{arch}-adapter", base, arch, **adapter_options)

    return make


def gguf_arrays(path: Path) -> dict[str, np.ndarray]:
    from gguf import GGUFReader

    return {t.name: np.array(t.data) for t in GGUFReader(str(path)).tensors}


# --- unit tests -------------------------------------------------------------------------

@pytest.mark.parametrize("arch", ["llama", "gemma3"])
def test_writes_llama_cpp_names_shapes_and_metadata(tiny, arch):
    base, folder = tiny(arch)
    path = export_lora_gguf(Adapter.open(folder), base_gguf=base)
    assert path == folder / "adapter.gguf"
    written = read_lora_gguf(path)
    assert (written.architecture, written.gguf_type, written.adapter_type) == (arch, "adapter", "lora")
    assert written.alpha == 4.0 and written.file_type == "ALL_F32"
    assert written.base_sha256 == gguf_lora.read_base_gguf(base).sha256
    shape = TinyShape()
    expected = {}
    for block in range(shape.blocks):
        for module in LAYOUT:
            out_features, in_features = shape.weight(module)
            stem = f"blk.{block}.{GGUF_NAME[module]}.weight"
            expected[stem + ".lora_a"] = (2, in_features)  # PyTorch order: [r, in]
            expected[stem + ".lora_b"] = (out_features, 2)  # [out, r]
    assert written.tensors == expected


@pytest.mark.parametrize("arch,permuted", [("llama", True), ("gemma3", False)])
def test_query_and_key_rows_of_lora_b_are_permuted_for_llama_only(tiny, arch, permuted):
    from safetensors.torch import load_file

    base, folder = tiny(arch)
    arrays = gguf_arrays(export_lora_gguf(Adapter.open(folder), base_gguf=base))
    state = {k: v.numpy() for k, v in load_file(str(folder / "adapter_model.safetensors")).items()}
    shape, prefix = TinyShape(), "base_model.model.model.layers.1"
    for module, heads in [("q_proj", shape.n_head), ("k_proj", shape.n_head_kv), ("v_proj", None)]:
        lora_a, lora_b = (state[f"{prefix}.self_attn.{module}.lora_{h}.weight"] for h in "AB")
        stem = f"blk.1.{GGUF_NAME[module]}.weight"
        np.testing.assert_array_equal(arrays[stem + ".lora_a"], lora_a)  # A is never permuted
        want = permute_qk_rows(lora_b, heads) if permuted and heads else lora_b
        np.testing.assert_array_equal(arrays[stem + ".lora_b"], want)
        if permuted and heads:
            assert not np.array_equal(want, lora_b)


def test_permutation_matches_llama_cpp_and_inverts():
    # One head of 4 rows: transformers' halves [x0 x1 | y0 y1] become pairs [x0 y0 x1 y1].
    np.testing.assert_array_equal(permute_qk_rows(np.arange(4).reshape(4, 1), 1)[:, 0], [0, 2, 1, 3])
    rng = np.random.default_rng(0)
    rows = rng.normal(size=(24, 5))
    for n_head, n_head_kv in [(3, 3), (6, 2), (2, None)]:
        np.testing.assert_array_equal(unpermute_qk_rows(permute_qk_rows(rows, n_head, n_head_kv), n_head, n_head_kv), rows)
    # Why permuting B alone is right: permuting the rows of ΔW = B·A is permuting the rows of B.
    lora_b, lora_a = rng.normal(size=(24, 3)), rng.normal(size=(3, 7))
    np.testing.assert_allclose(permute_qk_rows(lora_b, 6, 2) @ lora_a, permute_qk_rows(lora_b @ lora_a, 6, 2))


def test_permutation_refuses_rows_that_do_not_split_into_heads():
    with pytest.raises(AdapterError, match="do not split into 4 heads"):
        permute_qk_rows(np.zeros((6, 2)), 4)


def test_refuses_an_adapter_trained_on_another_base(tiny):
    base, folder = tiny("llama", base_sha256="0" * 64)
    with pytest.raises(AdapterError, match=r"trained on tiny \(sha256 000000000000…\), not on llama.gguf"):
        export_lora_gguf(Adapter.open(folder), base_gguf=base)
    assert not (folder / "adapter.gguf").exists()


def test_refuses_a_module_llama_cpp_has_no_tensor_for(tiny):
    base, folder = tiny("llama", modules=["q_proj", "rotary_proj"])
    with pytest.raises(AdapterError, match="rotary_proj.*has no tensor in llama.cpp's llama layout"):
        export_lora_gguf(Adapter.open(folder), base_gguf=base)


def test_refuses_an_adapter_of_another_shape(tiny, tmp_path):
    base, folder = tiny("llama")
    other = write_tiny_base(tmp_path / "other.gguf", "llama", TinyShape(hidden=64, ffn=64))
    write_tiny_adapter(folder, other, "llama")  # the run card now names `other`; the shapes do not fit
    with pytest.raises(AdapterError, match=r"adapts a \d+×\d+ weight but other\.gguf's blk\.0\.\w+\.weight is \d+×\d+"):
        export_lora_gguf(Adapter.open(folder), base_gguf=other)


@pytest.mark.parametrize("missing", ["adapter_model.safetensors", "adapter_config.json", "run_card.json"])
def test_refuses_an_incomplete_adapter_folder(tiny, missing):
    base, folder = tiny("llama")
    (folder / missing).unlink()
    with pytest.raises(AdapterError, match=missing.replace(".", r"\.")):
        export_lora_gguf(Adapter.open(folder), base_gguf=base)


def test_refuses_dora_and_folds_rslora_scale_into_b(tiny):
    base, folder = tiny("llama", extra_config={"use_dora": True})
    with pytest.raises(AdapterError, match="use_dora.*cannot express"):
        export_lora_gguf(Adapter.open(folder), base_gguf=base)
    base, folder = tiny("gemma3", extra_config={"use_rslora": True})
    # PEFT scales rsLoRA by alpha/sqrt(r), llama.cpp by alpha/r: B carries the sqrt(r) between.
    plain = gguf_lora.read_peft_lora(Adapter.open(folder))
    arrays = gguf_arrays(export_lora_gguf(Adapter.open(folder), base_gguf=base))
    stem, module = "blk.0.ffn_up.weight", "model.layers.0.mlp.up_proj"
    np.testing.assert_allclose(arrays[stem + ".lora_b"], plain.pairs[module][1], rtol=1e-6)
    (folder / "adapter_config.json").write_text(json.dumps({"r": 2, "lora_alpha": 4, "target_modules": LAYOUT}))
    unscaled = gguf_lora.read_peft_lora(Adapter.open(folder)).pairs[module][1]
    np.testing.assert_allclose(plain.pairs[module][1], unscaled * math.sqrt(2), rtol=1e-6)


def test_f16_export_halves_the_tensors(tiny):
    base, folder = tiny("gemma3")
    output = folder / "half.gguf"
    path = export_lora_gguf(Adapter.open(folder), output, base_gguf=base, outtype="f16")
    assert path == output and read_lora_gguf(path).file_type == "MOSTLY_F16"
    assert all(a.dtype == np.float16 for a in gguf_arrays(path).values())


def test_header_reader_agrees_with_gguf_py(tiny):
    from gguf import GGUFReader

    from haven.models.gguf import read_gguf_header

    base, _ = tiny("llama")
    header, reader = read_gguf_header(base), GGUFReader(str(base))
    assert [(t.name, t.ne, t.ggml_type, header.data_start + t.offset, t.nbytes()) for t in header.tensors] == [
        (t.name, tuple(int(n) for n in t.shape), int(t.tensor_type), t.data_offset, t.n_bytes) for t in reader.tensors
    ]
    fields = {k: f for k, f in reader.fields.items() if not k.startswith("GGUF.")}
    assert set(header.metadata) == set(fields)
    assert header.metadata["tokenizer.ggml.tokens"] == 3  # arrays are skipped, their length kept
    assert header.metadata["llama.attention.head_count_kv"] == 2
    assert header.metadata["tokenizer.chat_template"] == "{{ messages }}"


def test_merge_adds_the_scaled_permuted_product_and_copies_the_rest(tiny, tmp_path):
    from gguf import GGMLQuantizationType, GGUFReader, quants

    from haven.export.gguf_merge import write_merged_gguf

    base, folder = tiny("llama")
    plan = gguf_lora.plan_export(Adapter.open(folder), base)
    merged = GGUFReader(str(write_merged_gguf(plan, tmp_path / "merged.gguf")))
    original = {t.name: t for t in GGUFReader(str(base)).tensors}
    lora = dict(plan.tensors)
    for tensor in merged.tensors:
        source = original[tensor.name]
        if tensor.name + ".lora_a" not in lora:
            assert tensor.tensor_type == source.tensor_type and bytes(tensor.data) == bytes(source.data)
            continue
        lora_a, lora_b = lora[tensor.name + ".lora_a"], lora[tensor.name + ".lora_b"]
        want = quants.dequantize(source.data, source.tensor_type) + (4 / 2) * lora_b @ lora_a  # alpha / r
        assert tensor.tensor_type == GGMLQuantizationType.F32
        np.testing.assert_allclose(tensor.data, want, rtol=1e-5, atol=1e-5)
    kept = {k: f.contents() for k, f in GGUFReader(str(base)).fields.items()}
    assert {k: f.contents() for k, f in merged.fields.items()} == kept


# --- the round trip on the bundled models -------------------------------------------------

needs_llama = pytest.mark.skipif(
    not is_llama_cpp_available(), reason="llama-cpp-python (the `gguf` extra) is not installed"
)


@dataclass
class RoundTrip:
    """Everything both runtimes produced for one bundled model, computed once per model."""

    model: str
    architecture: str
    exported: Path
    hf_on: list[np.ndarray] = field(default_factory=list)  # next-token logits, adapter on
    hf_off: list[np.ndarray] = field(default_factory=list)  # adapter off
    hf_greedy: list[list[int]] = field(default_factory=list)
    hf_path_logits: list[list[np.ndarray]] = field(default_factory=list)  # along transformers' greedy path
    cpp_on: list[np.ndarray] = field(default_factory=list)  # llama.cpp with the exported adapter
    cpp_off: list[np.ndarray] = field(default_factory=list)  # llama.cpp, base alone
    cpp_greedy: list[list[int]] = field(default_factory=list)
    cpp_path_logits: list[list[np.ndarray]] = field(default_factory=list)  # fed transformers' greedy path
    cpp_wrong_permutation: list[np.ndarray] = field(default_factory=list)  # adapter exported with the other choice
    cpp_merged: list[np.ndarray] = field(default_factory=list)  # merged and re-quantised model file


def perturb_lora(peft_model, seed: int = 7) -> None:
    """Random LoRA weights with ‖ΔW‖ ≈ PERTURBATION·‖W‖ (QK_PERTURBATION for queries and keys)."""
    gen = torch.Generator().manual_seed(seed)
    scale = ALPHA / RANK
    with torch.no_grad():
        for name, module in peft_model.named_modules():
            if not (hasattr(module, "lora_A") and "default" in module.lora_A):
                continue
            lora_a, lora_b = module.lora_A["default"].weight, module.lora_B["default"].weight
            in_features, w_std = lora_a.shape[1], module.base_layer.weight.float().std()
            lora_a.copy_(torch.randn(lora_a.shape, generator=gen) / math.sqrt(in_features))
            fraction = QK_PERTURBATION if name.endswith(QK_MODULES) else PERTURBATION
            lora_b.copy_(torch.randn(lora_b.shape, generator=gen) * fraction * w_std * math.sqrt(in_features)
                         / (scale * math.sqrt(RANK)))


def make_adapter(loaded, folder: Path):
    """Save a PEFT adapter the way training does, then reload it from disk with `attach_adapter`."""
    from haven.train.adapter import attach_adapter, save_adapter
    from haven.train.config import build_config
    from haven.train.lora import attach_lora

    config = build_config("smoke", model=loaded.spec.name, lora_r=RANK, lora_alpha=ALPHA, output_dir=str(folder))
    peft_model = attach_lora(loaded.model, config, loaded.spec.target_modules)
    perturb_lora(peft_model)
    save_adapter(peft_model, folder)
    run_card(loaded.spec.name, loaded.resolved.sha256, loaded.spec.architecture).save(folder)
    loaded.model = peft_model.unload()  # the plain base again, so the adapter comes back from disk
    return attach_adapter(loaded, folder)


def prompt_ids(tokenizer, text: str) -> list[int]:
    rendered = tokenizer.apply_chat_template([{"role": "user", "content": text}], tokenize=False,
                                             add_generation_prompt=True)
    return tokenizer(rendered, add_special_tokens=False)["input_ids"]


def hf_greedy(model, ids: list[int]) -> tuple[list[int], list[np.ndarray]]:
    """Greedy tokens and the logits before each, with the KV cache."""
    tokens, logits = [], []
    with torch.inference_mode():
        out = model(input_ids=torch.tensor([ids]), use_cache=True)
        while True:
            logits.append(out.logits[0, -1].float().numpy())
            tokens.append(int(np.argmax(logits[-1])))
            if len(tokens) == GREEDY_TOKENS:
                return tokens, logits
            out = model(input_ids=torch.tensor([[tokens[-1]]]), cache=out.cache, use_cache=True)


def hf_logits(model, ids: list[int]) -> np.ndarray:
    with torch.inference_mode():
        return model(input_ids=torch.tensor([ids])).logits[0, -1].float().numpy()


def cpp_logits(llama, ids: list[int]) -> np.ndarray:
    llama.reset()
    llama.eval(ids)
    return np.array(llama.scores[llama.n_tokens - 1], dtype=np.float32)


def cpp_greedy(llama, ids: list[int]) -> list[int]:
    tokens = [int(np.argmax(cpp_logits(llama, ids)))]
    while len(tokens) < GREEDY_TOKENS:
        llama.eval([tokens[-1]])
        tokens.append(int(np.argmax(llama.scores[llama.n_tokens - 1])))
    return tokens


def cpp_path_logits(llama, ids: list[int], path: list[int]) -> list[np.ndarray]:
    """The logits before each token of `path`, with the path fed in (teacher forcing)."""
    llama.reset()
    llama.eval(ids + path[:-1])
    return [np.array(llama.scores[len(ids) - 1 + i], dtype=np.float32) for i in range(len(path))]


def open_llama(gguf_path: Path, lora_path: Path | None = None):
    from haven.models.gguf import llama_class

    Llama = llama_class()

    return Llama(model_path=str(gguf_path), lora_path=str(lora_path) if lora_path else None, logits_all=True,
                 n_ctx=N_CTX, n_threads=N_THREADS, n_threads_batch=N_THREADS, verbose=False)


def cpp_next_logits(gguf_path: Path, lora_path: Path | None, prompts: list[list[int]]) -> list[np.ndarray]:
    llama = open_llama(gguf_path, lora_path)
    try:
        return [cpp_logits(llama, ids) for ids in prompts]
    finally:
        llama.close()


def export_with_the_other_permutation(folder: Path, architecture: str) -> Path:
    """The adapter exported with the permutation choice flipped: on for Gemma, off for LLaMA."""
    flipped = gguf_lora.ROPE_PERMUTED_ARCHITECTURES ^ {architecture}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(gguf_lora, "ROPE_PERMUTED_ARCHITECTURES", flipped)
        return export_lora_gguf(Adapter.open(folder), folder / "wrong-permutation.gguf")


@pytest.fixture(scope="module", params=MODELS)
def round_trip(request, tmp_path_factory) -> RoundTrip:
    from haven.export import merge_and_export
    from haven.models.load import load_model

    loaded = load_model(request.param, precision="fp32")
    folder = tmp_path_factory.mktemp(f"{request.param}-adapter")
    model = make_adapter(loaded, folder)
    exported = export_lora_gguf(Adapter.open(folder))
    trip = RoundTrip(request.param, gguf_lora.read_base_gguf(loaded.resolved.gguf_path).architecture, exported)
    prompts = [prompt_ids(loaded.tokenizer, text) for text in PROMPTS]
    for ids in prompts:
        tokens, logits = hf_greedy(model, ids)
        trip.hf_on.append(logits[0])
        trip.hf_greedy.append(tokens)
        trip.hf_path_logits.append(logits)
        with model.disable_adapter():
            trip.hf_off.append(hf_logits(model, ids))
    base_gguf = loaded.resolved.gguf_path
    del model, loaded
    gc.collect()
    trip.cpp_off = cpp_next_logits(base_gguf, None, prompts)
    llama = open_llama(base_gguf, trip.exported)
    try:
        for ids, path in zip(prompts, trip.hf_greedy):
            trip.cpp_on.append(cpp_logits(llama, ids))
            trip.cpp_greedy.append(cpp_greedy(llama, ids))
            trip.cpp_path_logits.append(cpp_path_logits(llama, ids, path))
    finally:
        llama.close()
    wrong = export_with_the_other_permutation(folder, trip.architecture)
    trip.cpp_wrong_permutation = cpp_next_logits(base_gguf, wrong, prompts)
    merged = merge_and_export(Adapter.open(folder), quantization=MERGED_QUANTIZATION, n_threads=N_THREADS)
    trip.cpp_merged = cpp_next_logits(merged, None, prompts)
    return trip


def corr(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.corrcoef(x, y)[0, 1])


def effect_agreement(trip: RoundTrip, llama_cpp_on: list[np.ndarray]) -> list[tuple[float, float]]:
    """Per prompt: corr(Δ transformers, Δ llama.cpp) and ‖Δ llama.cpp‖ / ‖Δ transformers‖."""
    result = []
    for hf_on, hf_off, cpp_on, cpp_off in zip(trip.hf_on, trip.hf_off, llama_cpp_on, trip.cpp_off):
        hf_delta, cpp_delta = hf_on - hf_off, cpp_on - cpp_off
        result.append((corr(hf_delta, cpp_delta), float(np.linalg.norm(cpp_delta) / np.linalg.norm(hf_delta))))
    return result


@needs_llama
@pytest.mark.slow
def test_the_exported_file_covers_every_adapted_weight(round_trip):
    written = read_lora_gguf(round_trip.exported)
    assert (written.architecture, written.gguf_type, written.adapter_type) == (round_trip.architecture, "adapter", "lora")
    assert written.alpha == ALPHA
    stems = {name.rsplit(".", 1)[0] for name in written.tensors}
    blocks = {int(stem.split(".")[1]) for stem in stems}
    assert len(stems) == len(blocks) * len(LAYOUT) and blocks == set(range(len(blocks)))
    assert all(written.tensors[f"{stem}.lora_a"][0] == RANK == written.tensors[f"{stem}.lora_b"][1] for stem in stems)


@needs_llama
@pytest.mark.slow
def test_the_adapter_clearly_changes_the_logits(round_trip):
    for on, off in zip(round_trip.hf_on, round_trip.hf_off):
        assert np.linalg.norm(on - off) / np.linalg.norm(on) > EFFECT_MIN_RELATIVE


@needs_llama
@pytest.mark.slow
def test_llama_cpp_logits_with_the_exported_adapter_match_transformers(round_trip):
    for hf, cpp in zip(round_trip.hf_on, round_trip.cpp_on):
        top = int(np.argmax(hf))
        assert corr(hf, cpp) > LOGIT_CORRELATION_MIN
        assert abs(hf[top] - cpp[top]) < TOP_LOGIT_GAP_MAX


@needs_llama
@pytest.mark.slow
def test_the_adapters_effect_survives_export(round_trip):
    low, high = EFFECT_NORM_RATIO
    for effect_corr, ratio in effect_agreement(round_trip, round_trip.cpp_on):
        assert effect_corr > EFFECT_CORRELATION_MIN and low < ratio < high


@needs_llama
@pytest.mark.slow
def test_the_other_permutation_choice_breaks_the_effect(round_trip):
    # The check above is sharp enough to see the query/key permutation: flipping it (on for
    # Gemma, off for LLaMA) must fail it, or the permutation is untested.
    assert max(c for c, _ in effect_agreement(round_trip, round_trip.cpp_wrong_permutation)) < EFFECT_CORRELATION_MIN


def near_tie(logits: np.ndarray, chosen: int, other: int) -> bool:
    """Whether transformers ranks `other` within the logit noise of its own choice."""
    return bool(logits[chosen] - logits[other] < GREEDY_TIE_MARGIN)


@needs_llama
@pytest.mark.slow
def test_llama_cpp_picks_transformers_greedy_tokens_along_its_path(round_trip):
    # Teacher forcing: both runtimes see the same tokens at every step, so each of the
    # 3 × GREEDY_TOKENS choices is compared on its own, not after a first divergence.
    for hf_tokens, hf_logits_path, cpp_logits_path in zip(round_trip.hf_greedy, round_trip.hf_path_logits,
                                                          round_trip.cpp_path_logits):
        for token, hf, cpp in zip(hf_tokens, hf_logits_path, cpp_logits_path):
            assert corr(hf, cpp) > LOGIT_CORRELATION_MIN
            assert int(np.argmax(cpp)) == token or near_tie(hf, token, int(np.argmax(cpp)))


@needs_llama
@pytest.mark.slow
def test_greedy_continuations_agree(round_trip):
    full_matches = 0
    for hf_tokens, cpp_tokens, path_logits in zip(round_trip.hf_greedy, round_trip.cpp_greedy,
                                                   round_trip.hf_path_logits):
        first = next((i for i, (a, b) in enumerate(zip(hf_tokens, cpp_tokens)) if a != b), None)
        if first is None:
            full_matches += 1
        else:  # past a near tie the two continue different texts
            assert near_tie(path_logits[first], hf_tokens[first], cpp_tokens[first]), (hf_tokens, cpp_tokens)
    assert full_matches >= len(PROMPTS) - GREEDY_DIVERGENT_MAX


@needs_llama
@pytest.mark.slow
def test_the_merged_requantised_file_carries_the_adapter(round_trip):
    low, high = EFFECT_NORM_RATIO
    for effect_corr, ratio in effect_agreement(round_trip, round_trip.cpp_merged):
        assert effect_corr > EFFECT_CORRELATION_MIN and low < ratio < high


@needs_llama
@pytest.mark.slow
def test_the_llama_cpp_backend_serves_the_exported_adapter(round_trip):
    from haven.chat.backends.base import GenerationOptions, create_backend

    greedy, messages = GenerationOptions(temperature=0.0, max_tokens=8), [{"role": "user", "content": PROMPTS[0]}]
    replies = {}
    for variant in ("base", "tuned"):  # the adapter folder as training left it, plus adapter.gguf
        backend = create_backend("llama.cpp", model=round_trip.model, adapter=round_trip.exported.parent,
                                 variant=variant, n_ctx=256, n_threads=N_THREADS)
        replies[variant] = "".join(c for c in backend.generate(messages, greedy) if isinstance(c, str))
    assert replies["tuned"].strip() and replies["tuned"] != replies["base"]
