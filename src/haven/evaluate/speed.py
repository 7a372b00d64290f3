"""Speed and cost of a model on a backend: tokens per second, time to first token, memory.

The figures come from the replies the comparison generates anyway (every reply
carries the backend's :class:`~haven.chat.backends.base.Timings`), so no extra run is
needed; medians keep one slow reply on a shared machine from moving them. Memory
when loaded is the growth of the process's resident memory from before the backend is
created until its replies are done: weights (for llama.cpp, the memory-mapped pages
of the GGUF file it touched), KV cache and compute buffers. Models of earlier variants
are released first (:func:`release_models`), so each figure starts clean.

These are one machine's figures (see the report's ``machine`` section); benchmarks/
measures raw-vs-Haven ratios more carefully.
"""

from __future__ import annotations

import gc
import os
import platform
import statistics
from dataclasses import asdict, dataclass
from typing import Sequence

from haven.evaluate.replies import ReplyRecord

MIB = 1024 * 1024


@dataclass(frozen=True)
class SpeedResult:
    """One model variant on one backend.

    Attributes:
        backend: the backend's registry name.
        replies: generated replies measured.
        tokens_per_s: median decoding speed.
        ttft_ms: median time to first token (prompt evaluation included).
        reply_tokens: mean reply length in tokens.
        memory_mb: resident memory the loaded model added, in MiB (None if not measured).
        cached: the figures come from the reply cache, not from this run.
    """

    backend: str
    replies: int
    tokens_per_s: float
    ttft_ms: float
    reply_tokens: float
    memory_mb: float | None
    cached: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


def rss_mb() -> float:
    """This process's resident memory in MiB."""
    try:
        import psutil

        return psutil.Process(os.getpid()).memory_info().rss / MIB
    except ImportError:
        import resource

        # ru_maxrss is the peak, in KiB on Linux; the best stand-in without psutil.
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def release_models() -> None:
    """Free loaded models so the next memory figure starts from a clean process."""
    from haven.chat.backends.base import release_loaded_models

    release_loaded_models()
    gc.collect()


def speed_from_records(backend: str, records: Sequence[ReplyRecord], memory_mb: float | None,
                       cached: bool = False) -> SpeedResult:
    """Medians over the replies the model generated (crisis responses are not timed)."""
    timed = [r.timings for r in records if r.generated and r.timings.get("reply_tokens", 0) > 1]
    if not timed:
        return SpeedResult(backend, 0, 0.0, 0.0, 0.0, memory_mb, cached)
    return SpeedResult(
        backend=backend,
        replies=len(timed),
        tokens_per_s=round(statistics.median(t["tokens_per_s"] for t in timed), 2),
        ttft_ms=round(statistics.median(t["ttft_ms"] for t in timed), 1),
        reply_tokens=round(statistics.mean(t["reply_tokens"] for t in timed), 1),
        memory_mb=round(memory_mb, 1) if memory_mb is not None else None,
        cached=cached,
    )


@dataclass(frozen=True)
class Machine:
    """What the speed figures were measured on (the load average: how busy it was, [1, 5, 15 min] or None)."""

    cpu: str | None = None
    cores: int | None = None
    system: str | None = None
    python: str | None = None
    load_average: tuple[float, ...] | None = None

    @classmethod
    def from_dict(cls, data: dict) -> "Machine":
        load = data.get("load_average")
        return cls(data.get("cpu"), data.get("cores"), data.get("system"), data.get("python"),
                   tuple(load) if load else None)


def machine_description() -> Machine:
    """What the speed figures were measured on."""
    # The load average shows how busy the machine was: speed figures on a shared CPU run low.
    load = tuple(round(x, 2) for x in os.getloadavg()) if hasattr(os, "getloadavg") else None
    return Machine(cpu_model(), os.cpu_count(), f"{platform.system()} {platform.release()}", platform.python_version(), load)


def cpu_model() -> str:
    """The CPU's model name (from /proc/cpuinfo on Linux)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()
