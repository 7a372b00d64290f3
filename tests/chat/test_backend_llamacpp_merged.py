"""The llama.cpp backend serves the fine-tuned model as its base merged with the adapter.

The merged file (Q8_0, measured to keep the adapter's effect in benchmarks/merge_quality.py)
is cached in the adapter folder through the Adapter object and rebuilt when the adapter's
weights are newer; ``adapter.gguf`` still serves folders without the PEFT weights.
"""

from __future__ import annotations

import os
import shutil

import pytest

from haven.chat.backends.base import GenerationOptions, create_backend
from haven.deps import is_llama_cpp_available
from haven.train.adapter import ADAPTER_GGUF, Adapter

needs_llama = pytest.mark.skipif(
    not is_llama_cpp_available(), reason="llama-cpp-python (the `gguf` extra) is not installed"
)
pytestmark = [needs_llama, pytest.mark.slow,
              pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")]
GREEDY = GenerationOptions(temperature=0.0, max_tokens=8)
MESSAGES = [{"role": "user", "content": "I feel nervous before my exams."}]


@pytest.fixture
def folder(smoke_adapter, tmp_path):
    copy = tmp_path / "smollm2-135m"
    shutil.copytree(smoke_adapter, copy, ignore=shutil.ignore_patterns("merged-*"))
    Adapter.open(copy).ensure_gguf()
    return copy


def open_llama_backend(folder, **options):
    return create_backend("llama.cpp", model="smollm2-135m", adapter=folder, n_ctx=256, n_threads=1, **options)


def test_the_tuned_variant_runs_the_merged_model_cached_in_its_folder(folder):
    adapter = Adapter.open(folder)
    backend = open_llama_backend(folder)
    try:
        files = backend.shared.files
        assert files.merged and files.lora is None and files.model == adapter.merged_gguf_path()
        assert adapter.merged_gguf() == files.model  # cached, fresh
        assert "".join(c for c in backend.generate(MESSAGES, GREEDY) if isinstance(c, str)).strip()
    finally:
        backend.close()


def test_the_base_variant_and_merge_off_keep_the_base_file(folder):
    base = open_llama_backend(folder, variant="base")
    lora = open_llama_backend(folder, merge=False)
    try:
        assert not base.shared.files.merged and base.shared.files.lora is None
        assert not lora.shared.files.merged and lora.shared.files.lora == Adapter.open(folder).gguf_path
    finally:
        base.close()
        lora.close()


def test_a_merged_file_older_than_the_weights_is_stale(folder):
    adapter = Adapter.open(folder)
    merged = adapter.ensure_merged_gguf()
    assert adapter.merged_gguf() == merged
    later = merged.stat().st_mtime + 10
    os.utime(adapter.peft_weights, (later, later))  # retrained after the merge
    assert adapter.merged_gguf() is None


def test_a_folder_with_only_adapter_gguf_is_served_with_the_lora_file(folder, tmp_path):
    only = tmp_path / "only-gguf"
    only.mkdir()
    shutil.copy(Adapter.open(folder).gguf_path, only / ADAPTER_GGUF)
    backend = open_llama_backend(only)
    try:
        assert not backend.shared.files.merged and backend.shared.files.lora == only / ADAPTER_GGUF
    finally:
        backend.close()
