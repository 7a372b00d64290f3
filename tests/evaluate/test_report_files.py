"""Writing the comparison report from a small synthetic ComparisonReport, and reading it back."""

from __future__ import annotations

import json

import pytest

from dataclasses import replace

from haven.errors import DataError
from haven.evaluate.agreement import Agreement
from haven.evaluate.cards import FineTuning, ModelCard
from haven.evaluate.compare import CompareConfig
from haven.evaluate.empathy import EmpathySummary
from haven.evaluate.probes import Probe, ProbeKind, ProbeOutcome, SafetyResult
from haven.evaluate.recommend import Thresholds, recommend
from haven.evaluate.report import (COMPARISON_JSON, REPORT_MD, ComparisonReport, HeldOutPrompt, ReplyCheck, ReplyEmpathy,
                                   ScorerSummary, VariantResult, load_comparison, write_report)
from haven.evaluate.similarity import SimilarityResult
from haven.evaluate.speed import Machine, SpeedResult
from haven.evaluate.paired import paired_bootstrap_ci
from haven.evaluate.verdicts import build_verdicts, candidates_from

MECHS = ("emotional_reactions", "interpretations", "explorations")
PROMPTS = [HeldOutPrompt(f"q{i}", f"Question {i}?", "anxiety", (f"Answer {i}.",), False) for i in range(6)]


def empathy(totals):
    return (EmpathySummary(mean_total=sum(totals) / len(totals), mean_level={m: 0.5 for m in MECHS},
                           level_counts={m: {"none": 1, "weak": 1, "strong": 0} for m in MECHS}, n=len(totals)),
            {f"q{i}": ReplyEmpathy({m: 0 for m in MECHS}, {}, t) for i, t in enumerate(totals)})


def variant(variant_name, perplexity, totals, tps):
    emp, per_reply = empathy(totals)
    tuned = variant_name == "tuned"
    return VariantResult(
        label=f"tiny ({'fine-tuned' if tuned else 'base'})", model="tiny", variant=variant_name,
        adapter="runs/tiny" if tuned else None, parameters=100_000_000, perplexity=perplexity, perplexity_examples=32,
        trainable_params=1000 if tuned else None, peak_train_memory_mb=900.0 if tuned else None,
        similarity=SimilarityResult(embedding=0.5, rouge_l=0.1, per_prompt_embedding=[0.5] * 6,
                                    per_prompt_rouge_l=[0.1] * 6, n=6),
        empathy=emp, reply_empathy=per_reply,
        safety=SafetyResult(generated=8, replaced=0, replaced_rate=0.0, crisis_n=1, crisis_with_resources=1,
                            crisis_resource_rate=1.0, everyday_n=1, false_alarms=0,
                            outcomes=[ProbeOutcome("p1", "crisis", "high", True, False, True, "Call 988."),
                                      ProbeOutcome("p2", "everyday", "none", False, False, False, "I hear you.")]),
        speed=(SpeedResult("llama.cpp", replies=6, tokens_per_s=tps, ttft_ms=400.0, reply_tokens=80.0, memory_mb=250.0),),
        replies={p.id: f"A {variant_name} reply to {p.id}." for p in PROMPTS},
    )


def agreement(f1s, rho):
    mechanisms = {m: {"accuracy": 0.8, "macro_f1": f, "macro_f1_ci": [f - 0.05, f + 0.05], "majority_accuracy": 0.7,
                      "majority_macro_f1": 0.27, "confusion": [[1, 0, 0], [0, 1, 0], [0, 0, 1]], "n": 360}
                  for m, f in zip(MECHS, f1s)}
    return {"mechanisms": mechanisms, "mean_macro_f1": sum(f1s) / 3, "mean_macro_f1_ci": [0.6, 0.7],
            "total_spearman": rho, "total_spearman_ci": [rho - 0.05, rho + 0.05], "n": 360}


SCORER = ScorerSummary(
    name="EPITOME finetune", version=1, config={"method": "finetune"},
    split={"by": "sp_id", "seed": 13, "replies": {"train": 1700, "validation": 360, "test": 360}, "fingerprint": "abc"},
    thresholds={"offsets": {}, "limit": 2.0, "why": "tuned on validation"},
    test=Agreement.from_dict(agreement((0.71, 0.54, 0.65), 0.596)),
    test_without_context=Agreement.from_dict(agreement((0.74, 0.53, 0.68), 0.62)))


MODEL_CARD = ModelCard(
    name="tiny", hub_id=None, architecture="llama", parameters=100_000_000, context_length=2048, licence="Apache-2.0",
    chat_tuned=True, quantisation="Q4_1", intended_use="tests", limits="none known", bias_notes="b", safety_notes="s",
    fine_tuning=FineTuning(method="LoRA", rank=8, alpha=16.0, target_modules=["q_proj", "v_proj"], steps=2,
                           trainable_params=1000, trainable_pct=0.01, data="counsel-chat", precision="bf16", device="cpu"))


@pytest.fixture
def report():
    variants = [variant("base", 30.0, [1, 1, 2, 1, 1, 2], 40.0), variant("tuned", 22.0, [0, 1, 1, 0, 1, 1], 38.0)]
    thresholds = Thresholds()
    return ComparisonReport(
        created_at="2026-01-01T00:00:00+00:00", haven_version="0.1.0",
        config=CompareConfig(models=("tiny",), backend="llama.cpp", side_by_side=5, runs="runs"),
        machine=Machine(cpu="test CPU", cores=2), prompts=PROMPTS,
        probes=[Probe("p1", "crisis probe", ProbeKind.CRISIS), Probe("p2", "everyday probe", ProbeKind.EVERYDAY)],
        variants=variants, runtime_s=12.5,
        scorer=SCORER, scorer_note="trained for the test",
        verdicts=build_verdicts(variants), thresholds=thresholds.applied(1.2),
        recommendations=recommend(candidates_from(variants), thresholds, reference_empathy=1.2),
        model_cards=[MODEL_CARD], notes=["a note"],
    )


def test_writes_markdown_json_and_charts(report, tmp_path):
    md = write_report(report, tmp_path / "out")
    folder = md.parent
    assert md.name == REPORT_MD and (folder / COMPARISON_JSON).exists()
    assert set(report.charts) == {"perplexity.png", "empathy.png", "similarity.png", "speed.png"}
    for chart in report.charts:
        assert (folder / chart).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = md.read_text()
    for heading in ("Does fine-tuning help?", "Recommendation", "The comparison", "Safety probes",
                    "Speed and cost", "Replies side by side"):
        assert f"## {heading}" in text
    assert "A tuned reply to q4." in text and "A tuned reply to q5." not in text  # side_by_side = 5
    assert "- Fine-tuning: LoRA r=8, alpha=16.0 on q_proj, v_proj; 2 steps, 1,000 trainable parameters" in text


def test_the_empathy_method_states_the_scorers_agreement_with_people(report, tmp_path):
    text = write_report(report, tmp_path).read_text()
    method = text[text.index("## How empathy is scored"):text.index("## How reference similarity")]
    assert "| interpretations | 0.80 | 0.70 | 0.54 (0.49–0.59) | 0.27 | 0.53 |" in method
    assert "Spearman correlation of the 0–6 total with the human total 0.60 (0.55–0.65)" in method
    assert "1700 / 360 / 360 replies" in method and "ESConv" not in method
    report.scorer, report.scorer_note = None, "not scored: pass --accept-epitome-license"
    assert "**Empathy not scored: pass --accept-epitome-license**" in (
        write_report(report, tmp_path).read_text())


def test_json_round_trips(report, tmp_path):
    write_report(report, tmp_path)
    loaded = load_comparison(tmp_path)
    assert loaded == report
    assert loaded.to_dict() == json.loads((tmp_path / COMPARISON_JSON).read_text())
    assert loaded.variant("tiny", "tuned").perplexity == 22.0
    assert load_comparison(tmp_path / COMPARISON_JSON) == report


def test_verdicts_say_plainly_where_fine_tuning_does_not_help(report, tmp_path):
    (verdict,) = report.verdicts
    assert verdict.beats_perplexity is True and verdict.beats_empathy is False
    assert "beats its base on held-out perplexity" in verdict.text
    assert "does NOT beat it on the empathy score" in verdict.text
    write_report(report, tmp_path)
    assert verdict.text in (tmp_path / REPORT_MD).read_text()


def test_paired_bootstrap_interval_brackets_the_mean():
    diffs = [-1, 0, -1, -1, 0, -1]
    low, high = paired_bootstrap_ci(diffs)
    assert low <= sum(diffs) / len(diffs) <= high and high <= 0
    assert paired_bootstrap_ci([1.0] * 5) == (1.0, 1.0)


def test_loading_refuses_missing_or_foreign_files(tmp_path):
    with pytest.raises(DataError, match="haven compare"):
        load_comparison(tmp_path)
    (tmp_path / COMPARISON_JSON).write_text(json.dumps({"schema_version": 99}))
    with pytest.raises(DataError, match="schema_version 99"):
        load_comparison(tmp_path)
    (tmp_path / COMPARISON_JSON).write_text("{not json")
    with pytest.raises(DataError, match="not valid JSON"):
        load_comparison(tmp_path)


def test_every_measure_is_paired_base_to_fine_tuned_with_an_interval(report, tmp_path):
    from haven.evaluate.paired import Metric, paired_differences

    base = replace(report.variants[0], reply_checks={f"q{i}": ReplyCheck(150, True, False) for i in range(6)})
    tuned = replace(report.variants[1], reply_checks={f"q{i}": ReplyCheck(90 + i, False, False) for i in range(6)})
    report.variants = [base, tuned]
    differences = {d.metric: d for d in paired_differences(base, tuned)}
    assert set(differences) == {Metric.PERPLEXITY, Metric.EMPATHY, "emotional_reactions", "interpretations",
                                "explorations", Metric.SIMILARITY, Metric.ROUGE_L, Metric.WORDS, Metric.CUT,
                                Metric.REPLACED}
    empathy = differences[Metric.EMPATHY]
    assert (empathy.base, empathy.tuned, empathy.n) == (pytest.approx(8 / 6, abs=1e-3), pytest.approx(4 / 6, abs=1e-3), 6)
    assert empathy.ci[0] <= empathy.diff <= empathy.ci[1] and empathy.ci[1] < 0 and empathy.better is False
    cut = differences[Metric.CUT]
    assert (cut.base, cut.tuned, cut.diff, cut.ci, cut.better) == (1.0, 0.0, -1.0, (-1.0, -1.0), True)
    assert differences[Metric.REPLACED].n == 6 + 1, "held-out replies and the probe the model answered"
    assert differences[Metric.PERPLEXITY].ci is None and differences[Metric.WORDS].better is None
    report.verdicts = build_verdicts(report.variants)
    assert list(report.verdicts[0].differences) == list(differences.values())
    text = write_report(report, tmp_path).read_text()
    assert "**tiny, base → fine-tuned**" in text and "| share cut mid-sentence | 1.000 | 0.000 | -1.000 (-1.000 to -1.000) ✔ | 6 |" in text
    assert load_comparison(tmp_path).variants[1].reply_checks == tuned.reply_checks


def test_the_json_keeps_its_shape_and_old_files_still_load(report, tmp_path):
    write_report(report, tmp_path)
    data = json.loads((tmp_path / COMPARISON_JSON).read_text())
    variant, verdict, rec = data["variants"][1], data["verdicts"][0], data["recommendations"][0]
    assert variant["empathy"]["mean_total"] == pytest.approx(4 / 6) and variant["speed"][0]["backend"] == "llama.cpp"
    assert variant["reply_empathy"]["q0"] == {"levels": {m: 0 for m in MECHS}, "probabilities": {}, "total": 0}
    assert variant["safety"]["outcomes"][0]["probe_id"] == "p1" and data["probes"][0]["kind"] == "crisis"
    assert set(verdict) >= {"model", "text", "beats_perplexity", "empathy_diff_ci", "differences"}
    assert set(rec) == {"hardware", "memory_mb", "choice", "provisional", "evidence", "checks", "caveats"}
    assert data["config"]["models"] == ["tiny"] and data["machine"]["cpu"] == "test CPU"
    assert data["thresholds"]["min_empathy"] == 0.9 and data["scorer"]["test"]["n"] == 360
    # a file written before the report was typed: no reference, no thresholds, fields this Haven no longer has
    for key in ("reference", "thresholds", "scorer"):
        data.pop(key)
    data["variants"][0]["retired_field"] = 1
    (tmp_path / COMPARISON_JSON).write_text(json.dumps(data))
    loaded = load_comparison(tmp_path)
    assert loaded.reference.empathy is None and loaded.thresholds is None and loaded.scorer is None
    assert loaded.verdicts == report.verdicts and loaded.recommendations == report.recommendations
    assert "## Recommendation" in write_report(loaded, tmp_path / "again").read_text()


def test_a_file_that_is_not_a_comparison_is_a_data_error(tmp_path):
    (tmp_path / COMPARISON_JSON).write_text(json.dumps({"schema_version": 2, "variants": [{"label": "x"}]}))
    with pytest.raises(DataError, match="re-run `haven compare`"):
        load_comparison(tmp_path)


def test_a_higher_mean_whose_interval_spans_zero_is_not_called_better():
    from haven.evaluate.verdicts import verdict_text

    straddles = verdict_text("gemma3-270m", 20.7, 18.5, True, 1.66, 1.68, (-0.19, 0.25), False)
    assert "does NOT beat it on the empathy score" in straddles and "not a clear difference" in straddles
    better = verdict_text("m", 20.0, 18.0, True, 1.2, 1.6, (0.1, 0.7), True)
    assert "beats it on the empathy score" in better and "a clear improvement" in better
    worse = verdict_text("m", 20.0, 18.0, True, 1.6, 1.2, (-0.7, -0.1), False)
    assert "does NOT beat it" in worse and "clearly worse" in worse


def test_the_verdict_quotes_the_tables_own_empathy_interval():
    # q0..q39: sorted ("q0", "q1", "q10", ...) and insertion order differ; the verdict once resampled the sorted
    # order and the table the other, so one report printed two intervals for one difference (+0.75 to +1.18 in
    # the sentence, +0.73 to +1.17 in the table, fifteenth landing's demo)
    from haven.evaluate.verdicts import verdict_for

    base_totals = [1, 0, 2, 0, 3, 3, 3, 3, 1, 0, 3, 0, 3, 3, 0, 3, 2, 1, 0, 2,
                   0, 0, 0, 0, 3, 1, 3, 0, 1, 3, 3, 1, 2, 1, 1, 3, 2, 0, 3, 0]
    tuned_totals = [1, 2, 0, 2, 4, 3, 4, 1, 2, 2, 4, 3, 4, 3, 4, 0, 3, 1, 3, 3,
                    1, 2, 4, 2, 0, 3, 4, 0, 1, 4, 3, 2, 3, 0, 3, 0, 2, 4, 4, 4]
    base, tuned = variant("base", 30.0, [1] * 6, 40.0), variant("tuned", 22.0, [1] * 6, 38.0)
    base = replace(base, empathy=empathy(base_totals)[0], reply_empathy=empathy(base_totals)[1])
    tuned = replace(tuned, empathy=empathy(tuned_totals)[0], reply_empathy=empathy(tuned_totals)[1])
    verdict = verdict_for(base, tuned)
    table = next(d for d in verdict.differences if d.metric == "empathy_total")
    assert verdict.empathy_diff_ci == tuple(round(x, 3) for x in table.ci)
    assert f"{table.ci[0]:+.2f} to {table.ci[1]:+.2f}" in verdict.text
    assert verdict.beats_empathy == (table.ci[0] > 0)
