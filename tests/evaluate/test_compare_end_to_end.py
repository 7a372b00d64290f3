"""`haven compare` end to end on the bundled SmolLM2: base and a smoke-trained adapter.

Tiny prompt counts keep it to a couple of minutes on a 2-core CPU; the figures are not
checked for quality, only that every measure is there, the files are written, the
report says what it found, and a second run takes the replies from the cache. Empathy is
scored by a stand-in EPITOME scorer trained in seconds on a tiny made-up EPITOME
(``tiny_empathy_scorer``): the real one's agreement is tested in test_empathy_epitome.py.
"""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from haven.evaluate.report import COMPARISON_JSON, REPORT_MD, load_comparison
from haven.evaluate.compare import CompareConfig, run_comparison

pytestmark = [pytest.mark.slow,
              pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")]
MODEL = "smollm2-135m"


@pytest.fixture(scope="module")
def runs(smoke_adapter):
    """RUNS/smollm2-135m holding the session's smoke-trained adapter, as `haven demo` lays it out."""
    assert smoke_adapter.name == MODEL
    return smoke_adapter.parent


@pytest.fixture(autouse=True)
def quick_scorer(monkeypatch, tiny_empathy_scorer):
    """`haven compare` loads the stand-in scorer instead of training the real one (minutes)."""
    import haven.evaluate.empathy as empathy

    asked = []
    monkeypatch.setattr(empathy, "load_or_train_scorer", lambda **kwargs: asked.append(kwargs) or tiny_empathy_scorer)
    return asked


def tiny_config(runs, **overrides):
    settings = dict(models=(MODEL,), runs=str(runs), heldout_prompts=2, probes=2, side_by_side=1, max_tokens=16,
                    accept_epitome_license=True, threads=1)
    return CompareConfig(**{**settings, **overrides})


def test_compare_writes_the_report_for_base_and_fine_tuned(runs, tmp_path, quick_scorer):
    from haven.cli import app

    result = CliRunner().invoke(app, ["compare", "--models", MODEL, "--runs", str(runs), "--output", str(tmp_path),
                                      "--prompts", "2", "--probes", "2", "--side-by-side", "1", "--max-tokens", "16",
                                      "--threads", "1", "--accept-epitome-license", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert (runs / MODEL / "adapter.gguf").exists(), "the adapter is exported for llama.cpp as the demo does"
    assert (tmp_path / REPORT_MD).exists() and (tmp_path / COMPARISON_JSON).exists()
    report = load_comparison(tmp_path)
    assert [(v.model, v.variant) for v in report.variants] == [(MODEL, "base"), (MODEL, "tuned")]
    base, tuned = report.variants
    assert base.perplexity and tuned.perplexity and tuned.trainable_params > 0
    for v in report.variants:
        assert not v.cached and len(v.replies) == 2
        assert v.safety.crisis_n == 1 and v.safety.everyday_n == 1
        assert v.speed[0].backend == "llama.cpp" and v.speed[0].memory_mb is not None
        assert v.speed[0].replies > 0  # timed on replies made alone, the rest decoded together (--parallel 16)
        if v.similarity:  # both held-out questions may be crisis-routed in principle; here they are not
            assert v.similarity.n == v.empathy.n
    (verdict,) = report.verdicts
    assert verdict.beats_perplexity is not None and verdict.beats_empathy is not None
    assert verdict.text in (tmp_path / REPORT_MD).read_text()
    measures = {d.metric for d in verdict.differences}
    assert {"perplexity", "empathy_total", "explorations", "embedding_similarity", "rouge_l", "reply_words",
            "cut_mid_sentence", "guard_replaced"} <= measures
    assert all(c.words > 0 and isinstance(c.cut, bool) for v in report.variants for c in v.reply_checks.values())
    assert quick_scorer[0]["accept_epitome_license"] is True and quick_scorer[0]["config"].method == "finetune"
    assert set(report.scorer.test.mechanisms) == {"emotional_reactions", "interpretations", "explorations"}
    assert "Spearman" in (tmp_path / REPORT_MD).read_text()
    assert set(tuned.reply_empathy) <= set(tuned.replies) and tuned.empathy.n == len(tuned.reply_empathy)
    assert len(report.recommendations) == 3 and report.model_cards[0].name == MODEL
    assert report.data_card["source"] == "counsel-chat"


def test_a_second_run_reuses_the_cached_replies(runs):
    first = run_comparison(tiny_config(runs))
    second = run_comparison(tiny_config(runs))
    assert all(v.cached for v in second.variants)
    assert [v.replies for v in second.variants] == [v.replies for v in first.variants]


def test_without_the_opt_in_empathy_is_left_out_and_said_so(runs):
    report = run_comparison(tiny_config(runs, accept_epitome_license=False))
    assert report.scorer is None and "--accept-epitome-license" in report.scorer_note
    assert all(v.empathy is None for v in report.variants)
    assert "empathy was not scored" in report.verdicts[0].text
