"""Merge a LoRA adapter into its base GGUF and re-quantise: one model file, no LoRA at run time.

Each adapted weight becomes ``W + (alpha / r) · B · A`` (with the query/key rows of ``B``
permuted as :mod:`haven.export.gguf_lora` does), computed in fp32 from the base GGUF's
de-quantised weight (gguf-py's ``quants.dequantize``). Every other tensor and all the
metadata (tokenizer, chat template) are copied from the base byte for byte. That file
is then quantised by llama.cpp's own ``llama_model_quantize`` (through llama-cpp-python,
the code behind the ``llama-quantize`` tool), so the K-quant mixes are llama.cpp's:
tensors already in the type llama.cpp picks are copied unchanged, the merged ones are
quantised from fp32, and any other is re-quantised (which costs a little precision).

Serving the LoRA file instead (``adapter.gguf``) keeps the base untouched and can switch
the adapter off; a merged file is one download and runs at the base model's speed. A LoRA
change is small beside a 4-bit rounding step, so re-quantising the merged weights to 4
bits rounds part of it away (in the round-trip test, the adapter's effect on the logits
keeps a correlation of 0.88-0.94 with transformers' at Q4_1 / Q4_K_M, against 0.99 at
Q8_0 and with the LoRA file): the default is Q8_0, and the 4-bit way to serve an adapter
is the LoRA file on the 4-bit base.

Measured by ``benchmarks/merge_quality.py`` (issue 16; SmolLM2-135M, an adapter that moves
held-out perplexity by +9%, 8 held-out examples): merged Q8_0 is within -0.4% of the LoRA
file's held-out perplexity (next-token logits r = 0.9988, adapter effect r = 0.979); merged
Q4_K_M is +5.4% (effect r = 0.82), outside the 2% bound. K-quants need 256-wide rows, which
SmolLM2 (576) and Gemma-3 (640) lack, so llama.cpp writes its fallback types for those tensors.
"""

from __future__ import annotations

import mmap
import struct
from pathlib import Path
from typing import TYPE_CHECKING

from haven.deps import require
from haven.errors import AdapterError, ModelLoadError
from haven.models.gguf import TensorEntry, read_gguf_header
from haven.export.gguf_lora import (
    LORA_A_SUFFIX,
    LORA_B_SUFFIX,
    AdapterFiles,
    ExportPlan,
    check_output_file,
    output_error,
    plan_export,
)

if TYPE_CHECKING:  # numpy comes with the `train` extra; imported where it is used
    import numpy as np

# --quantization choices -> llama.cpp file types (gguf-py's LlamaFileType names, as in llama.h)
QUANTIZATIONS = {
    "F32": "ALL_F32",
    "F16": "MOSTLY_F16",
    "BF16": "MOSTLY_BF16",
    "Q8_0": "MOSTLY_Q8_0",
    "Q6_K": "MOSTLY_Q6_K",
    "Q5_K_M": "MOSTLY_Q5_K_M",
    "Q5_1": "MOSTLY_Q5_1",
    "Q5_0": "MOSTLY_Q5_0",
    "Q4_K_M": "MOSTLY_Q4_K_M",
    "Q4_1": "MOSTLY_Q4_1",
    "Q4_0": "MOSTLY_Q4_0",
}


def merge_and_export(
    adapter: AdapterFiles,
    output: Path | None = None,
    quantization: str = "Q8_0",
    base_gguf: Path | None = None,
    n_threads: int | None = None,
) -> Path:
    """Write the base GGUF with the adapter merged in, quantised to `quantization`; return the file.

    Args:
        adapter: an opened adapter folder (``haven.train.adapter.Adapter.open(DIR)``).
        output: the file to write; default the adapter's own cache (``adapter.merged_gguf_path``).
        quantization: one of ``QUANTIZATIONS``: ``Q8_0`` keeps the adapter's effect; ``Q4_1``
            (SmolLM2's bundled type) and ``Q4_K_M`` (Gemma's) round much of it away.
        base_gguf: the base GGUF file; default the one the run card names (hash checked).
        n_threads: threads for quantisation; default all cores.
    """
    if quantization not in QUANTIZATIONS:
        raise AdapterError(f"--quantization is {quantization!r}; choose one of {', '.join(QUANTIZATIONS)}")
    plan = plan_export(adapter, base_gguf)
    target = check_output_file(Path(output) if output else adapter.merged_gguf_path(quantization))
    merged = target.with_name(target.name + ".f32.partial")
    try:
        write_merged_gguf(plan, merged)
        quantize_gguf(merged, target, quantization, n_threads)
    except OSError as err:  # a full disk: the merged fp32 file is several times the base's size
        raise output_error(target, err) from err
    finally:
        merged.unlink(missing_ok=True)
    return target


def merged_deltas(plan: ExportPlan) -> dict[str, np.ndarray]:
    """ΔW = (alpha / r) · B · A per base tensor name, in the base GGUF's row order (fp32, [out, in])."""
    import numpy as np

    halves = dict(plan.tensors)
    deltas = {}
    for name, lora_a in halves.items():
        if not name.endswith(LORA_A_SUFFIX):
            continue
        weight = name[: -len(LORA_A_SUFFIX)]
        lora_b = halves[weight + LORA_B_SUFFIX]
        deltas[weight] = (plan.lora.alpha / lora_a.shape[0]) * (lora_b.astype(np.float32) @ lora_a.astype(np.float32))
    return deltas


def write_merged_gguf(plan: ExportPlan, path: Path) -> Path:
    """The base GGUF with the adapted weights merged (fp32) and everything else copied byte for byte."""
    require("gguf")
    from gguf import GGMLQuantizationType

    header = read_gguf_header(plan.base.path)
    deltas = merged_deltas(plan)
    table, offset = [], 0
    for entry in header.tensors:
        ggml_type = int(GGMLQuantizationType.F32) if entry.name in deltas else entry.ggml_type
        table.append(TensorEntry(entry.name, entry.ne, ggml_type, offset))
        offset = _aligned(offset + table[-1].nbytes(), header.alignment)
    with plan.base.path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as source, \
            path.open("wb") as out:
        out.write(source[: header.metadata_span[1]])  # magic, version, counts and all metadata, unchanged
        for entry in table:
            _write_tensor_info(out, entry)
        for source_entry, entry in zip(header.tensors, table):
            out.write(b"\0" * (_aligned(out.tell(), header.alignment) - out.tell()))
            raw = source[header.data_start + source_entry.offset: header.data_start + source_entry.offset + source_entry.nbytes()]
            if entry.name in deltas:  # one merged tensor in memory at a time
                raw = _merged_weight(source_entry, raw, deltas[entry.name]).tobytes()
            out.write(raw)
    return path


def _aligned(offset: int, alignment: int) -> int:
    return -(-offset // alignment) * alignment


def _write_tensor_info(out, entry: TensorEntry) -> None:
    name = entry.name.encode("utf-8")
    out.write(struct.pack("<Q", len(name)) + name + struct.pack("<I", len(entry.ne)))
    out.write(struct.pack(f"<{len(entry.ne)}Q", *entry.ne) + struct.pack("<IQ", entry.ggml_type, entry.offset))


def _merged_weight(entry: TensorEntry, raw: bytes, delta: np.ndarray) -> np.ndarray:
    import numpy as np
    from gguf import GGMLQuantizationType, quants

    qtype = GGMLQuantizationType(entry.ggml_type)
    rows = np.frombuffer(raw, dtype=np.uint8).reshape(-1, len(raw) // int(np.prod(entry.ne[1:], dtype=np.int64)))
    try:
        weight = quants.dequantize(rows, qtype)
    except NotImplementedError as err:
        raise AdapterError(
            f"gguf-py cannot de-quantise {entry.name} ({qtype.name}) to merge into it: "
            "serve the LoRA file (`haven export --format gguf`) instead of a merged model"
        ) from err
    return np.ascontiguousarray(weight.reshape(delta.shape) + delta, dtype=np.float32)


def quantize_gguf(source: Path, target: Path, quantization: str, n_threads: int | None = None) -> Path:
    """Quantise a GGUF file with llama.cpp's ``llama_model_quantize``."""
    require("llama_cpp")
    import ctypes

    import gguf
    import llama_cpp
    from llama_cpp._utils import suppress_stdout_stderr

    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = int(gguf.LlamaFileType[QUANTIZATIONS[quantization]])
    params.nthread = n_threads or 0  # 0: llama.cpp uses every core
    params.allow_requantize = True  # base tensors of another quantised type are re-quantised
    partial = target.with_name(target.name + ".partial")
    llama_cpp.llama_backend_init()
    with suppress_stdout_stderr(disable=False):
        failed = llama_cpp.llama_model_quantize(str(source).encode(), str(partial).encode(), ctypes.byref(params))
    if failed:
        partial.unlink(missing_ok=True)
        raise ModelLoadError(f"llama.cpp could not quantise {source.name} to {quantization} (code {failed})")
    partial.replace(target)
    return target
