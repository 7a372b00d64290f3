"""`haven compare` end to end on the bundled SmolLM2: base and a smoke-trained adapter.

Tiny prompt counts keep it to a couple of minutes on a 2-core CPU; the figures are not
checked for quality, only that every measure is there, the files are written, the
report says what it found, and a second run takes the replies from the cache.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from haven.evaluate.report import COMPARISON_JSON, REPORT_MD, load_comparison
from haven.evaluate.runner import CompareConfig, run_comparison

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")]
MODEL = "smollm2-135m"


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """RUNS/smollm2-135m holding a smoke-trained adapter, as `haven demo` lays it out."""
    from haven.train.config import build_config
    from haven.train.lora import train_lora

    folder = tmp_path_factory.mktemp("runs")
    train_lora(build_config("smoke", model=MODEL, output_dir=str(folder / MODEL), precision="fp32"))
    return folder


def tiny_config(runs, **overrides):
    settings = dict(models=(MODEL,), runs=str(runs), heldout_prompts=2, probes=2, side_by_side=1, max_tokens=16,
                    accept_esconv_license=True, threads=1)
    return CompareConfig(**{**settings, **overrides})


def test_compare_writes_the_report_for_base_and_fine_tuned(runs, tmp_path):
    from haven.cli import app

    result = CliRunner().invoke(app, ["compare", "--models", MODEL, "--runs", str(runs), "--output", str(tmp_path),
                                      "--prompts", "2", "--probes", "2", "--side-by-side", "1", "--max-tokens", "16",
                                      "--threads", "1", "--accept-esconv-license", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert (runs / MODEL / "adapter.gguf").exists(), "the adapter is exported for llama.cpp as the demo does"
    assert (tmp_path / REPORT_MD).exists() and (tmp_path / COMPARISON_JSON).exists()
    report = load_comparison(tmp_path)
    assert [(v.model, v.variant) for v in report.variants] == [(MODEL, "base"), (MODEL, "tuned")]
    base, tuned = report.variants
    assert base.perplexity and tuned.perplexity and tuned.trainable_params > 0
    for v in report.variants:
        assert not v.cached and len(v.replies) == 2
        assert v.safety["crisis_n"] == 1 and v.safety["everyday_n"] == 1
        assert v.speed[0]["backend"] == "llama.cpp" and v.speed[0]["memory_mb"] is not None
        if v.similarity:  # both held-out questions may be crisis-routed in principle; here they are not
            assert v.similarity["n"] == v.empathy["n"]
    (verdict,) = report.verdicts
    assert verdict["beats_perplexity"] is not None and verdict["beats_empathy"] is not None
    assert verdict["text"] in (tmp_path / REPORT_MD).read_text()
    assert report.scorer["accuracy"] >= report.scorer["claimed_floor"]
    assert len(report.recommendations) == 3 and report.model_cards[0]["name"] == MODEL
    assert report.data_card["source"] == "counsel-chat"


def test_a_second_run_reuses_the_cached_replies(runs):
    first = run_comparison(tiny_config(runs))
    second = run_comparison(tiny_config(runs))
    assert all(v.cached for v in second.variants)
    assert [v.replies for v in second.variants] == [v.replies for v in first.variants]


def test_without_the_opt_in_empathy_is_left_out_and_said_so(runs):
    report = run_comparison(tiny_config(runs, accept_esconv_license=False))
    assert report.scorer is None and "--accept-esconv-license" in report.scorer_note
    assert all(v.empathy is None for v in report.variants)
    assert "empathy was not scored" in report.verdicts[0]["text"]
