"""Read GGUF files: a model's header quickly, and an exported llama.cpp LoRA GGUF.

The header reader takes metadata scalars and the tensor table and skips arrays: gguf-py's
``GGUFReader`` builds a numpy view per element of every metadata array, so opening a model
with a 262k-token vocabulary (Gemma 3) takes tens of seconds on a 2-core CPU; an export or
a memory estimate needs only a few scalars and the tensor table. It follows the GGUF layout
(https://github.com/ggml-org/ggml/blob/master/docs/gguf.md), little-endian files only, and
remembers where the metadata block lies so a merged file can copy it byte for byte
(:mod:`haven.export.gguf_merge`).

Reading lives here, below training and the backends, so the llama.cpp backend, the
adapter folder (:class:`haven.train.adapter.Adapter`) and the exporter share one reader;
writing is :mod:`haven.export`'s.
"""

from __future__ import annotations

import mmap
import struct
from dataclasses import dataclass
from pathlib import Path

from haven.deps import require
from haven.errors import ModelLoadError

GGUF_MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32  # GGUF's alignment when general.alignment is absent
ALIGNMENT_KEY = "general.alignment"
# GGUF value types (gguf-py's GGUFValueType) -> struct format of the scalar
SCALAR_FORMATS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
STRING_TYPE, ARRAY_TYPE = 8, 9


@dataclass(frozen=True)
class TensorEntry:
    """One row of the tensor table."""

    name: str
    ne: tuple[int, ...]  # ggml order, innermost first; reversed it is the PyTorch shape
    ggml_type: int
    offset: int  # from the start of the data section

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(reversed(self.ne))

    def nbytes(self) -> int:
        from gguf import GGML_QUANT_SIZES, GGMLQuantizationType

        block, size = GGML_QUANT_SIZES[GGMLQuantizationType(self.ggml_type)]
        count = 1
        for n in self.ne:
            count *= n
        return count // block * size


@dataclass(frozen=True)
class GGUFHeader:
    """Metadata scalars (arrays map to their length), the tensor table and the file's layout."""

    path: Path
    version: int
    metadata: dict[str, object]
    metadata_span: tuple[int, int]  # byte range of the key/value block
    tensors: list[TensorEntry]
    alignment: int
    data_start: int


class _Cursor:
    def __init__(self, buffer, offset: int = 0):
        self.buffer, self.offset = buffer, offset

    def unpack(self, fmt: str):
        value = struct.unpack_from(fmt, self.buffer, self.offset)[0]
        self.offset += struct.calcsize(fmt)
        return value

    def string(self) -> str:
        length = self.unpack("<Q")
        text = bytes(self.buffer[self.offset:self.offset + length]).decode("utf-8", errors="replace")
        self.offset += length
        return text

    def skip_string(self) -> None:
        length = self.unpack("<Q")  # read first: `offset += unpack()` would add to the old offset
        self.offset += length

    def value(self, value_type: int):
        if value_type == STRING_TYPE:
            return self.string()
        if value_type == ARRAY_TYPE:
            item_type, count = self.unpack("<I"), self.unpack("<Q")
            if item_type == STRING_TYPE:
                for _ in range(count):
                    self.skip_string()
            elif item_type == ARRAY_TYPE:
                for _ in range(count):
                    self.value(ARRAY_TYPE)
            else:
                self.offset += count * struct.calcsize(SCALAR_FORMATS[item_type])
            return count
        return self.unpack(SCALAR_FORMATS[value_type])


def read_gguf_header(path: Path) -> GGUFHeader:
    """Parse the header of a GGUF file (metadata scalars, tensor table); array values are skipped."""
    path = Path(path)
    try:
        with path.open("rb") as handle, mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as buffer:
            return _parse(path, buffer)
    except (struct.error, KeyError, ValueError, OSError) as err:
        raise ModelLoadError(f"{path} could not be read as GGUF ({err}): the file is truncated or corrupt") from err


def _parse(path: Path, buffer) -> GGUFHeader:
    if buffer[:4] != GGUF_MAGIC:
        raise ValueError(f"magic {bytes(buffer[:4])!r}, expected b'GGUF'")
    cursor = _Cursor(buffer, 4)
    version = cursor.unpack("<I")
    if not 2 <= version <= 3:
        raise ValueError(f"GGUF version {version} (only little-endian versions 2 and 3 are read)")
    n_tensors, n_kv = cursor.unpack("<Q"), cursor.unpack("<Q")
    start, metadata = cursor.offset, {}
    for _ in range(n_kv):
        key = cursor.string()
        metadata[key] = cursor.value(cursor.unpack("<I"))
    span = (start, cursor.offset)
    tensors = []
    for _ in range(n_tensors):
        name = cursor.string()
        ne = tuple(cursor.unpack("<Q") for _ in range(cursor.unpack("<I")))
        tensors.append(TensorEntry(name, ne, cursor.unpack("<I"), cursor.unpack("<Q")))
    alignment = int(metadata.get(ALIGNMENT_KEY, DEFAULT_ALIGNMENT))
    data_start = -(-cursor.offset // alignment) * alignment
    return GGUFHeader(path, version, metadata, span, tensors, alignment, data_start)


class HavenGGUFKey:
    """Haven's own metadata keys in the exported file (llama.cpp ignores unknown keys)."""

    BASE_MODEL = "haven.base_model"
    BASE_SHA256 = "haven.base_sha256"


@dataclass(frozen=True)
class LoraGGUF:
    """A llama.cpp LoRA GGUF read back: its metadata and tensor shapes (PyTorch order)."""

    path: Path
    architecture: str
    gguf_type: str  # general.type: "adapter"
    adapter_type: str  # adapter.type: "lora"
    file_type: str
    alpha: float
    base_model: str | None
    base_sha256: str | None
    tensors: dict[str, tuple[int, ...]]


def read_lora_gguf(path: Path) -> LoraGGUF:
    """Read an exported LoRA GGUF back: metadata and tensor shapes in PyTorch order."""
    require("gguf")
    from gguf import GGUFReader, Keys, LlamaFileType

    reader = GGUFReader(str(path))
    file_type = _field(reader, Keys.General.FILE_TYPE, None)
    return LoraGGUF(
        path=Path(path),
        architecture=str(_field(reader, Keys.General.ARCHITECTURE, "")),
        gguf_type=str(_field(reader, Keys.General.TYPE, "")),
        adapter_type=str(_field(reader, Keys.Adapter.TYPE, "")),
        file_type=LlamaFileType(file_type).name if file_type is not None else "",
        alpha=float(_field(reader, Keys.Adapter.LORA_ALPHA, float("nan"))),
        base_model=_field(reader, HavenGGUFKey.BASE_MODEL, None),
        base_sha256=_field(reader, HavenGGUFKey.BASE_SHA256, None),
        tensors={t.name: tuple(int(n) for n in reversed(t.shape)) for t in reader.tensors},
    )


def _field(reader, key: str, default):
    found = reader.fields.get(key)
    return found.contents() if found is not None else default


# --- opening llama.cpp -------------------------------------------------------------------

AMX_FLAGS = ("amx_int8", "amx_bf16", "amx_tile")


def cpu_has_amx(cpuinfo: str | None = None) -> bool:
    """Whether the CPU reports Intel AMX (:func:`haven.models.precision.cpu_flags`; False where unreadable)."""
    from haven.models.precision import cpu_flags

    return bool(cpu_flags(cpuinfo) & set(AMX_FLAGS))


def llama_class(cpuinfo: str | None = None):
    """llama-cpp-python's ``Llama``, made safe for this CPU first: every place Haven opens llama.cpp uses it.

    On a CPU with AMX, llama-cpp-python 0.3.36 built natively puts the weights in ggml's AMX buffer type,
    and its first decode of the bundled Q4_1 SmolLM2 segfaults (seen on a Xeon with AMX, 2026-12-01: with
    and without a LoRA adapter). Loading without ggml's extra buffer types (llama.cpp's ``--no-repack``:
    ``use_extra_bufts`` false) answers normally, so on such CPUs every model is loaded that way. Other CPUs
    keep the repacked layouts (faster for Q4_0 and Q4_K on AVX2).
    """
    require("llama_cpp")
    import llama_cpp.llama_cpp as native
    from llama_cpp import Llama

    if cpu_has_amx(cpuinfo) and not getattr(native.llama_model_default_params, "haven_no_repack", False):
        defaults = native.llama_model_default_params

        def without_extra_buffers():
            params = defaults()
            params.use_extra_bufts = False
            return params

        without_extra_buffers.haven_no_repack = True
        native.llama_model_default_params = without_extra_buffers
    return Llama
