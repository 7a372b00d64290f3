"""Choose precision and quantisation for this machine.

The reference plan loads models in 8-bit on a GPU (4-bit as the tighter option):
that needs CUDA and bitsandbytes. On a CPU, bf16 halves memory and runs on the
AVX-512-BF16/AMX units where the processor has them; elsewhere fp32 is the safe choice.
"""

from __future__ import annotations

from enum import Enum
from functools import cache
from pathlib import Path

from haven.deps import is_available
from haven.errors import ConfigError


class Precision(str, Enum):
    """How base weights are held in memory."""

    AUTO = "auto"
    FP32 = "fp32"
    BF16 = "bf16"
    INT8 = "int8"  # bitsandbytes LLM.int8(), CUDA only
    NF4 = "nf4"  # bitsandbytes 4-bit NormalFloat (QLoRA), CUDA only


def cpu_flags(cpuinfo: str | None = None) -> frozenset[str]:
    """The CPU's feature flags: the first ``flags`` line of `cpuinfo` (default: Linux ``/proc/cpuinfo``;
    empty where it cannot be read)."""
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text()
        except OSError:
            return frozenset()
    for line in cpuinfo.splitlines():
        if line.startswith("flags"):
            return frozenset(line.partition(":")[2].split())
    return frozenset()


@cache
def cpu_supports_bf16() -> bool:
    """Whether the CPU has native bf16 arithmetic (AVX-512 BF16 or AMX)."""
    return bool(cpu_flags() & {"avx512_bf16", "amx_bf16"})


def bf16_autocast_default(device: str, precision: Precision | str) -> bool:
    """Whether training runs under bf16 autocast when not told: fp32 weights on a CPU with AVX-512 BF16 or AMX.

    There bf16 matrix products run on the bf16 units at about 1.7x the fp32 rate with a
    held-out loss within 0.01% of fp32's (benchmarks/train_throughput.py, issue 16); on an
    AVX2-only CPU bf16 is emulated and slower, so fp32 stays.
    """
    return device == "cpu" and Precision(precision) is Precision.FP32 and cpu_supports_bf16()


def cuda_available() -> bool:
    """Whether a CUDA device is usable."""
    import torch

    return torch.cuda.is_available()


def choose_precision(requested: Precision | str = Precision.AUTO) -> Precision:
    """Resolve AUTO for this machine and refuse combinations it cannot run."""
    requested = Precision(requested)
    if requested is Precision.AUTO:
        if cuda_available() and is_available("bitsandbytes"):
            return Precision.INT8
        if cuda_available():
            return Precision.BF16
        return Precision.BF16 if cpu_supports_bf16() else Precision.FP32
    if requested in (Precision.INT8, Precision.NF4):
        if not cuda_available():
            raise ConfigError(
                f"--precision {requested.value} needs a CUDA GPU (bitsandbytes); this machine has none: "
                "use --precision auto, bf16 or fp32"
            )
        if not is_available("bitsandbytes"):
            raise ConfigError(
                f"--precision {requested.value} needs bitsandbytes: `pip install 'haven[gpu]'`"
            )
    return requested


def torch_dtype(precision: Precision):
    """The torch dtype that holds unquantised weights (and compute for quantised ones)."""
    import torch

    return torch.float32 if precision is Precision.FP32 else torch.bfloat16


def quantization_config(precision: Precision):
    """A transformers BitsAndBytesConfig for INT8/NF4, else None."""
    if precision not in (Precision.INT8, Precision.NF4):
        return None
    import torch
    from transformers import BitsAndBytesConfig

    if precision is Precision.INT8:
        return BitsAndBytesConfig(load_in_8bit=True)
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=torch.bfloat16,
    )
