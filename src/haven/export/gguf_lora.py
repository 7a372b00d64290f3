"""Write a PEFT LoRA adapter as a llama.cpp LoRA GGUF, for the GGUF base it was trained on.

Haven trains adapters in transformers on the de-quantised bundled GGUF files; llama.cpp
serves the 4-bit files themselves and applies a LoRA only from a GGUF of its own. This
module writes that file the way llama.cpp's ``convert_lora_to_gguf.py`` does
(https://github.com/ggml-org/llama.cpp/blob/master/convert_lora_to_gguf.py), without
needing the base model's Hugging Face config:

* metadata: ``general.architecture`` equal to the base GGUF's (llama.cpp refuses any
  other), ``general.type = "adapter"``, ``adapter.type = "lora"`` and
  ``adapter.lora.alpha``; llama.cpp scales each pair by ``alpha / rank`` as PEFT does.
* tensors: for each adapted weight, ``<GGUF name of the weight>.lora_a`` holding PEFT's
  ``lora_A`` ([r, in]) and ``.lora_b`` holding ``lora_B`` ([out, r]). GGUF lists
  dimensions in reverse (ggml's ``ne``), and the arrays are written in PyTorch layout
  exactly as the converter writes them, so llama.cpp reads ``a`` as ne [in, r] and
  ``b`` as ne [r, out]. Names come from gguf-py's ``TensorNameMap`` for the architecture.
* the query/key permutation: for LLaMA, ``convert_hf_to_gguf.py`` interleaves the two
  rotary halves of each head's rows of ``q_proj``/``k_proj`` (``LlamaModel.permute``),
  the layout llama.cpp's RoPE expects; transformers undoes it when it loads the GGUF, so
  the adapter was trained in the un-permuted layout. ``ΔW = B·A``, and permuting the
  rows of ``ΔW`` is permuting the rows of ``B``: ``lora_b`` is permuted, ``lora_a`` is not.
  Gemma, Qwen2 and Phi-3 are stored as transformers holds them, with no permutation.

PEFT's rsLoRA scale (``alpha / sqrt(r)``) is folded into ``lora_b``, since llama.cpp
always scales by ``alpha / r``; DoRA, per-module alphas and trained embeddings have no
llama.cpp LoRA form and are refused. The file also carries ``haven.base_model`` and
``haven.base_sha256``, so it says which base it belongs to (llama.cpp ignores unknown
keys). ``tests/export/test_export_gguf.py`` proves the round trip against transformers.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from haven.deps import require
from haven.errors import AdapterError, ConfigError
from haven.models.gguf import HavenGGUFKey

if TYPE_CHECKING:  # numpy comes with the `train` extra; imported where it is used
    import numpy as np

# Architectures whose converter permutes the query/key rows for llama.cpp's RoPE layout,
# and those it stores as transformers does. Any other is refused rather than guessed:
# a wrong guess gives an adapter that loads without error and quietly garbles attention.
ROPE_PERMUTED_ARCHITECTURES = frozenset({"llama"})
UNPERMUTED_ARCHITECTURES = frozenset({"gemma", "gemma2", "gemma3", "qwen2", "qwen3", "phi3"})
SUPPORTED_ARCHITECTURES = ROPE_PERMUTED_ARCHITECTURES | UNPERMUTED_ARCHITECTURES
QUERY_MODULE = "q_proj"
KEY_MODULE = "k_proj"

LORA_A_SUFFIX = ".lora_a"  # llama.cpp's names for the two halves of a pair
LORA_B_SUFFIX = ".lora_b"
WEIGHT_SUFFIX = ".weight"
# PEFT's key for one half of a pair: base_model.model.<module path>.lora_<A|B>.weight
PEFT_KEY = re.compile(r"^base_model\.model\.(?P<module>.+)\.lora_(?P<half>[AB])\.weight$")



class AdapterFiles(Protocol):
    """What the export needs of an adapter folder: :class:`haven.train.adapter.Adapter` provides it.

    The exporter is a format converter below training; it never opens the folder itself,
    so the folder's layout and the base-hash check stay in one place.
    """

    folder: Path
    base_model: str | None
    peft_weights: Path
    peft_config: Path
    gguf_path: Path

    def check_base(self, name: str, sha256: str | None, remedy: str | None = None) -> None: ...

    def merged_gguf_path(self, quantization: str) -> Path: ...


OutType = Literal["f32", "f16"]
OUTTYPES: tuple[OutType, ...] = ("f32", "f16")


@dataclass(frozen=True)
class BaseGGUF:
    """What the export needs to know about the base GGUF file."""

    path: Path
    architecture: str
    block_count: int
    head_count: int
    head_count_kv: int
    sha256: str
    tensor_shapes: dict[str, tuple[int, ...]]  # PyTorch order: (out, in) for a weight matrix


@dataclass(frozen=True)
class PeftLora:
    """A PEFT LoRA adapter read from its folder: alpha and the (A, B) pair of each module."""

    folder: Path
    alpha: float
    target_modules: tuple[str, ...]
    pairs: dict[str, tuple[np.ndarray, np.ndarray]]  # module path -> (A [r, in], B [out, r])


@dataclass(frozen=True)
class ExportPlan:
    """A checked adapter and base, and the llama.cpp tensors that carry the adapter."""

    adapter: AdapterFiles
    base_model: str
    base: BaseGGUF
    lora: PeftLora
    tensors: list[tuple[str, np.ndarray]]


def export_lora_gguf(
    adapter: AdapterFiles, output: Path | None = None, base_gguf: Path | None = None, outtype: OutType = "f32"
) -> Path:
    """Write the adapter as a llama.cpp LoRA GGUF; return the file written.

    Args:
        adapter: an opened adapter folder (``haven.train.adapter.Adapter.open(DIR)``).
        output: the file to write; default the adapter's ``adapter.gguf``, where the
            llama.cpp backend looks for it.
        base_gguf: the base GGUF file; default the one the run card names. Its SHA-256
            must equal the run card's ``base_sha256``.
        outtype: ``f32`` (exact) or ``f16`` (half the size).
    """
    if outtype not in OUTTYPES:
        raise AdapterError(f"outtype is {outtype!r}; choose one of {', '.join(OUTTYPES)}")
    plan = plan_export(adapter, base_gguf)
    target = check_output_file(Path(output) if output else adapter.gguf_path)
    try:
        write_lora_gguf(target, plan.base, plan.lora.alpha, plan.tensors, plan.base_model, outtype)
    except OSError as err:  # a full disk, or the folder changed under us
        raise output_error(target, err) from err
    return target


def output_error(target: Path, err: OSError) -> ConfigError:
    """One line for an output that cannot be written, with the fix."""
    return ConfigError(
        f"cannot write {target} ({err.strerror or err}): pass --output in a writable folder with free space"
    )


def check_output_file(target: Path) -> Path:
    """Create the output's folder and prove it writable before any slow work; return `target`."""
    probe = target.with_name(target.name + ".haven-write-test")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as err:
        raise output_error(target, err) from err
    return target


def plan_export(adapter: AdapterFiles, base_gguf: Path | None = None) -> ExportPlan:
    """Check the adapter against its base GGUF and build the llama.cpp tensors."""
    base = read_base_gguf(Path(base_gguf) if base_gguf else base_gguf_of(adapter.base_model))
    adapter.check_base(base.path.name, base.sha256, f"pass the base it was trained on (--base-gguf), "
                                                     f"or leave it out to use {adapter.base_model}")
    lora = read_peft_lora(adapter)
    return ExportPlan(adapter, adapter.base_model, base, lora, gguf_lora_tensors(lora, base))


def base_gguf_of(base_model: str) -> Path:
    """The GGUF file of the base model a run card names, or an error saying what to pass."""
    from haven.models.resolve import resolve_model

    resolved = resolve_model(base_model)
    if resolved.gguf_path is None:
        raise AdapterError(
            f"the adapter's base model {base_model} is not a GGUF file, and llama.cpp needs one: "
            "pass the GGUF of that same model with --base-gguf FILE"
        )
    return resolved.gguf_path


def read_base_gguf(path: Path) -> BaseGGUF:
    """Architecture, block and head counts, hash and tensor shapes of a base GGUF file."""
    require("gguf")
    from gguf import Keys

    from haven.models.gguf import read_gguf_header
    from haven.models.resolve import cached_sha256, check_gguf_file

    check_gguf_file(path)
    header = read_gguf_header(path)
    meta = header.metadata
    arch = str(meta.get(Keys.General.ARCHITECTURE, ""))
    if arch not in SUPPORTED_ARCHITECTURES:
        raise AdapterError(
            f"{path.name} is a {arch or 'unknown'!r} model; Haven exports LoRA adapters for "
            f"{', '.join(sorted(SUPPORTED_ARCHITECTURES))}: serve this one with --backend transformers"
        )
    head_count = int(meta.get(Keys.Attention.HEAD_COUNT.format(arch=arch), 0))
    return BaseGGUF(
        path=path,
        architecture=arch,
        block_count=int(meta.get(Keys.LLM.BLOCK_COUNT.format(arch=arch), 0)),
        head_count=head_count,
        head_count_kv=int(meta.get(Keys.Attention.HEAD_COUNT_KV.format(arch=arch), head_count)),
        sha256=cached_sha256(path),
        tensor_shapes={t.name: t.shape for t in header.tensors},
    )


def read_peft_lora(adapter: AdapterFiles) -> PeftLora:
    """Read a PEFT LoRA adapter into (A, B) pairs, folding any non-standard scale into B."""
    folder = adapter.folder
    config = _read_peft_config(adapter)
    alpha = float(config["lora_alpha"])
    state = _load_weights(adapter.peft_weights)
    halves: dict[str, dict[str, np.ndarray]] = {}
    for key, tensor in state.items():
        match = PEFT_KEY.match(key)
        if match is None:
            raise AdapterError(
                f"{folder} holds {key!r}, which is not a LoRA A/B weight (trained embeddings or "
                "modules_to_save?); llama.cpp LoRA files carry only LoRA pairs: retrain without them"
            )
        halves.setdefault(match["module"], {})[match["half"]] = tensor.astype("float32", copy=False)
    pairs = {}
    for module, half in sorted(halves.items()):
        if set(half) != {"A", "B"}:
            raise AdapterError(f"{folder} has lora_{''.join(half)} but not both halves for {module}: retrain it")
        lora_a, lora_b = half["A"], half["B"]
        rank = lora_a.shape[0]
        # PEFT scales by alpha/sqrt(r) with rsLoRA; llama.cpp always by alpha/r. Fold the ratio into B.
        if config.get("use_rslora"):
            lora_b = lora_b * math.sqrt(rank)
        pairs[module] = (lora_a, lora_b)
    if not pairs:
        raise AdapterError(f"{adapter.peft_weights} holds no LoRA weights: retrain the adapter")
    return PeftLora(folder=folder, alpha=alpha, target_modules=tuple(config.get("target_modules") or ()), pairs=pairs)


def _load_weights(path: Path) -> dict[str, np.ndarray]:
    """The adapter's tensors as numpy arrays; torch is imported only for a bf16 file (no numpy dtype)."""
    require("safetensors")
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(str(path), framework="numpy") as handle:
            if any(handle.get_slice(key).get_dtype() == "BF16" for key in handle.keys()):
                require("torch")
                from safetensors.torch import load_file

                return {key: value.float().numpy() for key, value in load_file(str(path), device="cpu").items()}
            return {key: handle.get_tensor(key) for key in handle.keys()}
    except (SafetensorError, OSError, ValueError) as err:
        raise AdapterError(f"{path} could not be read ({err}): retrain the adapter") from err


def _read_peft_config(adapter: AdapterFiles) -> dict:
    path = adapter.peft_config
    if not path.is_file() or not adapter.peft_weights.is_file():
        raise AdapterError(f"{adapter.folder} has no {path.name} and {adapter.peft_weights.name}: "
                           "the adapter is incomplete")
    try:
        config = json.loads(path.read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise AdapterError(f"{path} is corrupt ({err}): retrain or restore the adapter folder") from err
    unsupported = {
        "peft_type": config.get("peft_type", "LORA") != "LORA",
        "use_dora": bool(config.get("use_dora")),
        "alpha_pattern": bool(config.get("alpha_pattern")),
    }
    if "lora_alpha" not in config or any(unsupported.values()):
        what = [k for k, bad in unsupported.items() if bad] or ["a missing lora_alpha"]
        raise AdapterError(
            f"{path} uses {', '.join(what)}, which a llama.cpp LoRA GGUF cannot express: "
            "export a plain LoRA adapter (Haven's `haven train` writes one)"
        )
    return config


def permute_qk_rows(rows: np.ndarray, n_head: int, n_head_kv: int | None = None) -> np.ndarray:
    """LLaMA's query/key row permutation, as ``LlamaModel.permute`` in ``convert_hf_to_gguf.py``.

    Within each head, rows ``[x0 … x(d/2-1), y0 … y(d/2-1)]`` (transformers' rotary halves)
    become ``[x0, y0, x1, y1, …]`` (llama.cpp's interleaved pairs).
    """
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    head_dim = _head_dim(rows, n_head)
    return rows.reshape(n_head, 2, head_dim // 2, *rows.shape[1:]).swapaxes(1, 2).reshape(rows.shape)


def unpermute_qk_rows(rows: np.ndarray, n_head: int, n_head_kv: int | None = None) -> np.ndarray:
    """The inverse of :func:`permute_qk_rows` (what transformers applies when it loads a GGUF)."""
    if n_head_kv is not None and n_head != n_head_kv:
        n_head = n_head_kv
    head_dim = _head_dim(rows, n_head)
    return rows.reshape(n_head, head_dim // 2, 2, *rows.shape[1:]).swapaxes(1, 2).reshape(rows.shape)


def _head_dim(rows: np.ndarray, n_head: int) -> int:
    if n_head < 1 or rows.shape[0] % (2 * n_head):
        raise AdapterError(
            f"{rows.shape[0]} query/key rows do not split into {n_head} heads of even size: "
            "the adapter does not belong to this base GGUF"
        )
    return rows.shape[0] // n_head


def gguf_lora_tensors(lora: PeftLora, base: BaseGGUF) -> list[tuple[str, np.ndarray]]:
    """The (name, array) list to write: llama.cpp names, permuted where the base is, shapes checked."""
    tensor_map = _tensor_name_map(base)
    tensors = []
    for module, (lora_a, lora_b) in lora.pairs.items():
        name = tensor_map.get_name(module + WEIGHT_SUFFIX, try_suffixes=(WEIGHT_SUFFIX,))
        if name is None:
            raise AdapterError(
                f"the adapter's module {module} (target {module.rsplit('.', 1)[-1]!r}) has no tensor in "
                f"llama.cpp's {base.architecture} layout: retrain with --target-modules limited to "
                "attention and feed-forward projections (q_proj k_proj v_proj o_proj gate_proj up_proj down_proj)"
            )
        _check_pair_shape(module, name, lora_a, lora_b, base)
        lora_b = _permuted_b(module, lora_b, base)
        tensors += [(name + LORA_A_SUFFIX, lora_a), (name + LORA_B_SUFFIX, lora_b)]
    return tensors


def _tensor_name_map(base: BaseGGUF):
    import gguf

    arch = {name: key for key, name in gguf.MODEL_ARCH_NAMES.items()}.get(base.architecture)
    if arch is None:
        raise AdapterError(
            f"the installed gguf package does not know the {base.architecture!r} architecture: "
            "upgrade it with `pip install -U gguf`"
        )
    return gguf.get_tensor_name_map(arch, base.block_count)


def _check_pair_shape(module: str, name: str, lora_a: np.ndarray, lora_b: np.ndarray, base: BaseGGUF) -> None:
    if lora_a.ndim != 2 or lora_b.ndim != 2 or lora_a.shape[0] != lora_b.shape[1]:
        raise AdapterError(f"{module}: lora_A {lora_a.shape} and lora_B {lora_b.shape} do not form a LoRA pair")
    expected, got = base.tensor_shapes.get(name), (lora_b.shape[0], lora_a.shape[1])
    if expected is None:
        raise AdapterError(
            f"{module} adapts {name}, which {base.path.name} does not store (an lm_head tied to the embeddings, "
            "or another base model): retrain without that module, on this base"
        )
    if tuple(expected) != got:
        raise AdapterError(
            f"{module} adapts a {got[0]}×{got[1]} weight but {base.path.name}'s {name} is "
            f"{expected[0]}×{expected[1]}: the adapter belongs to another base model"
        )


def _permuted_b(module: str, lora_b: np.ndarray, base: BaseGGUF) -> np.ndarray:
    if base.architecture not in ROPE_PERMUTED_ARCHITECTURES:
        return lora_b
    leaf = module.rsplit(".", 1)[-1]
    if leaf == QUERY_MODULE:
        return permute_qk_rows(lora_b, base.head_count, base.head_count)
    if leaf == KEY_MODULE:
        return permute_qk_rows(lora_b, base.head_count, base.head_count_kv)
    return lora_b


def write_lora_gguf(
    path: Path, base: BaseGGUF, alpha: float, tensors: list[tuple[str, np.ndarray]], base_model: str,
    outtype: OutType = "f32",
) -> Path:
    """Write the llama.cpp LoRA GGUF atomically (a partial file never replaces a good one)."""
    require("gguf")
    import gguf
    import numpy as np

    dtype = {"f32": np.float32, "f16": np.float16}[outtype]
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    writer = gguf.GGUFWriter(str(partial), base.architecture)  # writes general.architecture
    writer.add_type(gguf.GGUFType.ADAPTER)
    writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
    writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, float(alpha))
    file_type = gguf.LlamaFileType.ALL_F32 if outtype == "f32" else gguf.LlamaFileType.MOSTLY_F16
    writer.add_file_type(file_type)
    writer.add_string(HavenGGUFKey.BASE_MODEL, base_model)
    writer.add_string(HavenGGUFKey.BASE_SHA256, base.sha256)
    for name, array in tensors:
        writer.add_tensor(name, np.ascontiguousarray(array, dtype=dtype))
    try:
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
    finally:
        writer.close()
    partial.replace(path)
    return path
