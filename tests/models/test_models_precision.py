"""Precision is chosen per machine and impossible requests are refused clearly."""

from __future__ import annotations

import pytest

from haven.errors import ConfigError
from haven.models import precision as P


def test_auto_on_cpu_is_bf16_only_with_native_support(monkeypatch):
    monkeypatch.setattr(P, "cuda_available", lambda: False)
    monkeypatch.setattr(P, "cpu_supports_bf16", lambda: True)
    assert P.choose_precision("auto") is P.Precision.BF16
    monkeypatch.setattr(P, "cpu_supports_bf16", lambda: False)
    assert P.choose_precision("auto") is P.Precision.FP32


def test_auto_on_cuda_with_bitsandbytes_is_8bit(monkeypatch):
    monkeypatch.setattr(P, "cuda_available", lambda: True)
    monkeypatch.setattr(P, "is_available", lambda name: True)
    assert P.choose_precision("auto") is P.Precision.INT8


@pytest.mark.parametrize("requested", ["int8", "nf4"])
def test_quantised_loading_without_cuda_is_refused(monkeypatch, requested):
    monkeypatch.setattr(P, "cuda_available", lambda: False)
    with pytest.raises(ConfigError, match="needs a CUDA GPU"):
        P.choose_precision(requested)


def test_unknown_precision_is_a_value_error():
    with pytest.raises(ValueError):
        P.choose_precision("fp8")


def test_training_autocasts_to_bf16_by_default_only_on_fp32_weights_with_native_bf16(monkeypatch):
    monkeypatch.setattr(P, "cpu_supports_bf16", lambda: True)
    assert P.bf16_autocast_default("cpu", "fp32")
    assert not P.bf16_autocast_default("cpu", "bf16")  # the weights are bf16 already
    assert not P.bf16_autocast_default("cuda", "fp32")
    monkeypatch.setattr(P, "cpu_supports_bf16", lambda: False)  # AVX2: bf16 would be emulated, and slower
    assert not P.bf16_autocast_default("cpu", "fp32")
