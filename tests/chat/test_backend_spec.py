"""Opening a backend is part of the contract: a typed spec in, a backend (or the fallback) out."""

from __future__ import annotations

import json

import pytest

from haven.chat.backends.base import (
    BackendSpec,
    Variant,
    backend_names,
    needs_url,
    open_backend,
    register_backend,
    release_loaded_models,
)
from haven.errors import ConfigError
from haven.models.variant import label_of, variant_label


def test_variant_is_an_enum_equal_to_its_string_with_one_label():
    assert Variant.TUNED == "tuned" and str(Variant.BASE) == "base" and f"{Variant.TUNED}" == "tuned"
    assert json.dumps({"variant": Variant.BASE}) == '{"variant": "base"}'
    assert (Variant.BASE.label, Variant.TUNED.label, label_of("merged")) == ("base", "fine-tuned", "merged")
    assert variant_label("smollm2-135m", "tuned", "llama.cpp") == "smollm2-135m (fine-tuned, llama.cpp)"


def test_spec_checks_its_values_with_the_flag_named():
    assert BackendSpec(variant="base").variant is Variant.BASE
    with pytest.raises(ConfigError, match="--variant is 'merged'"):
        BackendSpec(variant="merged")
    with pytest.raises(ConfigError, match="needs a URL"):
        BackendSpec(kind="openai")
    with pytest.raises(ConfigError, match="--threads is 0"):
        BackendSpec(n_threads=0)
    assert needs_url("openai") and not needs_url("llama.cpp")


def test_an_unknown_backend_is_named_or_falls_back():
    with pytest.raises(ConfigError, match="--backend is 'nope'; choose one of"):
        open_backend(BackendSpec(kind="nope"))
    fallback = open_backend(BackendSpec(kind="nope"), fallback=True)
    assert not fallback.capabilities.model and "--backend is 'nope'" in fallback.reason


@pytest.mark.parametrize("kind", ["llama.cpp", "transformers"])
def test_a_missing_model_falls_back_to_resources_only(tmp_path, kind):
    backend = open_backend(BackendSpec(kind=kind, model=str(tmp_path / "none.gguf")), fallback=True)
    assert not backend.capabilities.model and "make models" in backend.reason
    backend.close()


def test_a_plugin_factory_without_from_spec_gets_the_common_keywords():
    from doubles import ScriptedBackend

    seen = {}

    @register_backend("spec-test")
    def factory(**keywords):
        seen.update(keywords)
        return ScriptedBackend(["hi"])

    backend = open_backend(BackendSpec(kind="spec-test", model="m", variant="base"))
    assert seen == {"model": "m", "adapter": None, "variant": Variant.BASE} and "spec-test" in backend_names()
    backend.close()
    assert backend.closed


def test_release_frees_what_backends_keep_per_process():
    release_loaded_models()  # nothing loaded: a no-op, never an error
