"""Export trained adapters to the formats other runtimes load.

* :func:`export_lora_gguf`: the adapter as a llama.cpp LoRA GGUF (``adapter.gguf``), applied
  on top of the bundled 4-bit base by the llama.cpp backend;
* :func:`merge_and_export`: the base GGUF with the adapter merged in, re-quantised.

Both take an opened :class:`haven.train.adapter.Adapter` (``Adapter.open(DIR)``; its
``ensure_gguf()`` exports on demand). Reading GGUF files is :mod:`haven.models.gguf`'s.
"""

from haven.export.gguf_lora import export_lora_gguf
from haven.export.gguf_merge import merge_and_export
from haven.models.gguf import LoraGGUF, read_lora_gguf

__all__ = ["LoraGGUF", "export_lora_gguf", "merge_and_export", "read_lora_gguf"]
