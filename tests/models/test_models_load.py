"""Loading the bundled models: converted once (cached by the file's hash), then reused."""

from __future__ import annotations

import pytest

from haven.models.load import CONVERTED_MARKER, TOKENIZER_MARKER, converted_dir, ensure_converted, load_model
from haven.models.precision import Precision
from haven.models.resolve import resolve_model

pytestmark = pytest.mark.slow


def test_conversion_is_cached_by_file_hash(smollm2):
    resolved = resolve_model("smollm2-135m")
    folder = converted_dir(resolved)
    assert folder.name == resolved.sha256[:16]
    marker = folder / CONVERTED_MARKER
    assert marker.read_text() == resolved.sha256 and (folder / TOKENIZER_MARKER).exists()
    before = marker.stat().st_mtime_ns
    assert ensure_converted(resolved) == folder
    assert marker.stat().st_mtime_ns == before, "a second call must not convert again"


def test_loaded_model_records_how_it_was_loaded(smollm2):
    assert smollm2.precision is Precision.FP32 and smollm2.device == "cpu"
    assert smollm2.resolved.spec.name == "smollm2-135m"
    assert smollm2.tokenizer.pad_token is not None
    assert sum(p.numel() for p in smollm2.model.parameters()) == 134_515_008


def test_bf16_loading_halves_the_weights():
    import torch

    loaded = load_model("smollm2-135m", precision="bf16")
    assert loaded.precision is Precision.BF16
    assert {p.dtype for p in loaded.model.parameters()} == {torch.bfloat16}
