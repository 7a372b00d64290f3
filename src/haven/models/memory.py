"""Memory: how much is free, how much a model needs, and one clear error when it runs out.

Running out of memory looks different in every library: Python's ``MemoryError``,
PyTorch's ``OutOfMemoryError`` or a ``RuntimeError`` from its CPU allocator ("not
enough memory", "can't allocate memory"), and llama.cpp's bare "failed to load" or
"failed to create llama_context". Haven reports each the same way: what ran out, about
how much was needed and how much this process could still get, and what to do.

"Available" is the smallest of what the kernel says is available (``MemAvailable`` in
``/proc/meminfo``, https://www.kernel.org/doc/Documentation/filesystems/proc.rst), what
the container's cgroup still allows (``memory.max`` - ``memory.current``) and what the
address-space limit (``ulimit -v``) leaves, so a container or a limit counts too.
"""

from __future__ import annotations

import re
import resource
from pathlib import Path

MEMINFO = Path("/proc/meminfo")
CGROUP_DIR = Path("/sys/fs/cgroup")
PROC_STATUS = Path("/proc/self/status")
GIB = 2**30
KV_BYTES_PER_VALUE = 2  # llama.cpp keeps its KV cache in f16 by default
RUNTIME_OVERHEAD = 1.2  # activations, scratch buffers and the runtime beyond the weights themselves

_OOM_WORDS = re.compile(
    r"out of memory|not enough memory|can'?t allocate memory|cannot allocate memory|failed to allocate|"
    r"std::bad_alloc|unable to allocate|memory allocation failed|error code 12\b",
    re.IGNORECASE,
)


def _meminfo_bytes(key: str) -> int | None:
    try:
        match = re.search(rf"^{key}:\s+(\d+) kB", MEMINFO.read_text(), re.MULTILINE)
    except OSError:
        return None
    return int(match.group(1)) * 1024 if match else None


def _cgroup_headroom() -> int | None:
    try:
        limit = (CGROUP_DIR / "memory.max").read_text().strip()
        used = int((CGROUP_DIR / "memory.current").read_text())
    except (OSError, ValueError):
        return None
    return None if limit == "max" else max(int(limit) - used, 0)


def _address_space_headroom() -> int | None:
    soft, _ = resource.getrlimit(resource.RLIMIT_AS)
    if soft == resource.RLIM_INFINITY:
        return None
    try:
        match = re.search(r"^VmSize:\s+(\d+) kB", PROC_STATUS.read_text(), re.MULTILINE)
    except OSError:
        return None
    return max(soft - int(match.group(1)) * 1024, 0) if match else None


def available_memory_bytes() -> int | None:
    """Bytes this process could still allocate, or None when the system does not say."""
    figures = [_meminfo_bytes("MemAvailable"), _cgroup_headroom(), _address_space_headroom()]
    known = [f for f in figures if f is not None]
    if not known:
        try:
            import psutil  # not a dependency; used where /proc is missing (macOS, Windows)
        except ImportError:
            return None
        return int(psutil.virtual_memory().available)
    return min(known)


def is_out_of_memory(error: BaseException) -> bool:
    """Whether an exception from PyTorch, transformers or llama.cpp means memory ran out."""
    if isinstance(error, MemoryError) or type(error).__name__ == "OutOfMemoryError":
        return True
    return bool(_OOM_WORDS.search(str(error)))


def gguf_runtime_bytes(path: Path, n_ctx: int) -> int:
    """About what llama.cpp needs for a GGUF file: its weights plus the KV cache for `n_ctx` tokens."""
    from haven.models.gguf import read_gguf_header

    size = Path(path).stat().st_size
    try:
        meta = read_gguf_header(Path(path)).metadata
    except Exception:  # noqa: BLE001 - a header we cannot read: count the weights alone
        return int(size * RUNTIME_OVERHEAD)
    arch = str(meta.get("general.architecture", "llama"))
    layers = int(meta.get(f"{arch}.block_count", 0))
    width = int(meta.get(f"{arch}.embedding_length", 0))
    heads = int(meta.get(f"{arch}.attention.head_count", 1)) or 1
    kv_heads = int(meta.get(f"{arch}.attention.head_count_kv", heads))
    kv_cache = 2 * n_ctx * layers * (width * kv_heads // heads) * KV_BYTES_PER_VALUE
    return int(size * RUNTIME_OVERHEAD) + kv_cache


def weights_bytes(parameters: int, bytes_per_weight: float) -> int:
    """About what loading `parameters` weights at this precision takes, with runtime overhead."""
    return int(parameters * bytes_per_weight * RUNTIME_OVERHEAD)


def describe_bytes(count: int | None) -> str:
    """'1.3 GiB', '420 MiB', or 'unknown'."""
    if count is None:
        return "an unknown amount"
    return f"{count / GIB:,.1f} GiB" if count >= GIB else f"{count / 2**20:,.0f} MiB"


def out_of_memory_message(what: str, needed: int | None, fix: str) -> str:
    """One line: what ran out of memory, needed vs available, and the fix."""
    available = available_memory_bytes()
    return (f"out of memory {what}: it needs about {describe_bytes(needed)} and {describe_bytes(available)} "
            f"is available to Haven: {fix}")
