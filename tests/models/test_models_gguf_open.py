"""Opening llama.cpp safely for the CPU (haven.models.gguf.llama_class)."""

from __future__ import annotations

import pytest

from haven.models.gguf import cpu_has_amx, llama_class

XEON_AMX = "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_bf16 amx_bf16 amx_tile amx_int8\n"
EPYC = "processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512_bf16\nbugs\t\t: amx_fake\n"


def test_amx_is_read_from_the_flags_line_only():
    assert cpu_has_amx(XEON_AMX)
    assert not cpu_has_amx(EPYC), "only the flags line counts"
    assert not cpu_has_amx("")


@pytest.fixture
def native(monkeypatch):
    pytest.importorskip("llama_cpp")
    import llama_cpp.llama_cpp as native

    # restored after the test, whatever llama_class changes
    monkeypatch.setattr(native, "llama_model_default_params", native.llama_model_default_params)
    return native


def test_on_an_amx_cpu_models_load_without_the_extra_buffer_types(native):
    from llama_cpp import Llama

    assert llama_class(XEON_AMX) is Llama
    assert native.llama_model_default_params().use_extra_bufts is False
    llama_class(XEON_AMX)  # a second call does not wrap the wrapper
    assert native.llama_model_default_params.haven_no_repack
    assert native.llama_model_default_params.__closure__[0].cell_contents.__name__ == "llama_model_default_params"


def test_other_cpus_keep_llama_cpp_defaults(native):
    before = native.llama_model_default_params
    assert llama_class(EPYC) is not None
    assert native.llama_model_default_params is before
    if not getattr(before, "haven_no_repack", False):  # on an AMX machine an earlier test has opened llama.cpp
        assert native.llama_model_default_params().use_extra_bufts is True
