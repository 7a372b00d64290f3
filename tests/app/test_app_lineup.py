"""What the dashboard offers and reads: adapters found in the runs folder, run-card results, model cards."""

from __future__ import annotations

import shutil

import pytest
from app_fixtures import CURVE, MODEL, needs_llama

from haven.app import SERVE_FLAGS, streamlit_command
from haven.app.lineup import LLAMA_CPP, OPENAI, BackendConfig, ModelChoice, available_choices, find_adapters, open_backend
from haven.app.results import model_card, read_run_results, summarise_replies
from haven.chat.fallback import ResourcesOnlyBackend
from haven.store import ConversationRecord, TurnRecord


def test_base_beside_tuned_where_an_adapter_exists(runs_with_adapter):
    choices = available_choices(runs_with_adapter)
    assert [(c.model, c.variant) for c in choices] == [(MODEL, "base"), (MODEL, "tuned"), ("gemma3-270m", "base")]
    assert choices[0].adapter == choices[1].adapter == str(runs_with_adapter / MODEL)  # one model serves both


def test_incomplete_runs_are_not_offered_and_corrupt_cards_are_skipped(runs_with_adapter, tmp_path):
    runs = tmp_path / "runs"
    shutil.copytree(runs_with_adapter / MODEL, runs / "broken")
    (runs / "broken" / "adapter_model.safetensors").unlink()
    (runs / "garbled").mkdir()
    (runs / "garbled" / "run_card.json").write_text("{not json")
    assert find_adapters(runs) == {}
    assert [r.folder.name for r in read_run_results(runs)] == ["broken"]  # its card still reports the run


def test_run_results_carry_perplexity_memory_and_curves(runs_with_adapter):
    [result] = read_run_results(runs_with_adapter)
    assert result.model == MODEL and result.curve == CURVE
    assert result.perplexity_change_pct == pytest.approx(100 * (18.17 - 20.09) / 20.09)
    assert result.trainable_params > 0 and result.peak_memory_mb == 1234.0


def test_model_card_has_catalog_facts_and_the_adapters_share(runs_with_adapter):
    card = model_card(MODEL, runs_with_adapter / MODEL)
    assert card.context_length == 8192 and card.licence and card.intended_use and card.limits
    assert card.run is not None and 0 < card.run.trainable_pct < 100
    assert card.weights_mb and 50 < card.weights_mb < 200
    assert model_card("gemma3-270m").run is None


def test_a_backend_that_cannot_open_becomes_resources_only():
    backend, problem = open_backend(ModelChoice(MODEL), BackendConfig(kind=OPENAI, url=None))
    assert isinstance(backend, ResourcesOnlyBackend) and "needs a URL" in problem


def test_a_corrupt_model_file_becomes_resources_only(tmp_path):
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    backend, problem = open_backend(ModelChoice(str(broken)), BackendConfig(kind=LLAMA_CPP, n_ctx=256, n_threads=1))
    assert isinstance(backend, ResourcesOnlyBackend) and problem


@needs_llama
@pytest.mark.slow
def test_the_tuned_choice_opens_llama_cpp_with_the_exported_adapter(runs_with_adapter):
    [_, tuned, _] = available_choices(runs_with_adapter)
    backend, problem = open_backend(tuned, BackendConfig(kind=LLAMA_CPP, n_ctx=256, n_threads=1))
    assert problem is None and backend.name == f"llama.cpp:{MODEL}:tuned"


def test_the_launch_command_is_private_and_on_loopback():
    command = streamlit_command(8600)
    assert "--server.address=127.0.0.1" in command and "--server.port=8600" in command
    assert "--browser.gatherUsageStats=false" in SERVE_FLAGS and set(SERVE_FLAGS) <= set(command)


def test_the_shipped_streamlit_config_turns_usage_statistics_off():
    import tomllib

    from haven.app import APP_SCRIPT

    config = tomllib.loads((APP_SCRIPT.parent / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False and config["server"]["address"] == "127.0.0.1"



def test_stored_replies_are_summarised_per_variant_without_crisis_responses():
    base, tuned = ConversationRecord(MODEL, "base", "b"), ConversationRecord(MODEL, "tuned", "t")
    turns = [TurnRecord(base.id, "q", "r", ttft_s=0.1, total_s=1.0, tokens_per_s=20.0, words=10),
             TurnRecord(base.id, "q", "r", ttft_s=0.3, total_s=3.0, tokens_per_s=10.0, words=30, cancelled=True),
             TurnRecord(tuned.id, "q", "r", ttft_s=0.2, total_s=2.0, tokens_per_s=15.0, words=20),
             TurnRecord(tuned.id, "q", "crisis lines", crisis=True, words=99)]
    first, second = summarise_replies([base, tuned], turns)
    assert (first.variant, first.replies, first.ttft_ms, first.words, first.stopped) == ("base", 2, pytest.approx(200), 20, 1)
    assert (second.variant, second.replies, second.words) == ("tuned", 1, 20)
