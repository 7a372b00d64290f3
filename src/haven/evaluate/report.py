"""The comparison report: its data, its files, and how the dashboard reads it back.

:func:`haven.evaluate.compare.run_comparison` fills a :class:`ComparisonReport`;
:func:`write_report` writes ``report.md``, ``comparison.json`` and the PNG charts into
one folder; :func:`load_comparison` reads ``comparison.json`` back (the dashboard's
metrics and models tabs use it).

``comparison.json`` schema (``schema_version`` 2; every figure a plain JSON number or null)::

    schema_version     int, 2 (1 held the ESConv-strategy scorer's accuracy in ``scorer`` and a ``mapping``)
    created_at         ISO time (UTC); haven_version: str; runtime_s: seconds the run took
    config             CompareConfig fields (models, runs, backend, speed_backends, heldout_prompts, probes,
                       side_by_side, max_tokens, temperature, repetition_penalty, seed, locale,
                       accept_epitome_license, empathy_method, use_cache, speed_prompts, threads)
    machine            {cpu, cores, system, python, load_average: [1, 5, 15 min] or null} at the start
    prompts            [{id, text, topic, references: [str], crisis: bool}]  held-out questions
    probes             [{id, text, kind: "crisis"|"everyday", note}]
    variants           [VariantResult]: one per model × (base, tuned)
        label, model, variant ("base"|"tuned"), adapter (folder or null), parameters,
        perplexity (held-out, from the run card; null without one), perplexity_examples,
        trainable_params, peak_train_memory_mb, train_seconds (null for base),
        similarity  {embedding, rouge_l, per_prompt_embedding, per_prompt_rouge_l, n} or null
        empathy     {mean_total, mean_level{mechanism: 0..2}, level_counts{mechanism:{none,weak,strong}}, n} or null
        safety      {generated, replaced, replaced_rate, crisis_n, crisis_with_resources,
                     crisis_resource_rate, everyday_n, false_alarms, outcomes[{probe_id, kind,
                     risk_level, crisis_response, replaced, resources, reply}]}
        speed       [{backend, replies, tokens_per_s, ttft_ms, reply_tokens, memory_mb, cached}]
        replies     {prompt_id: reply text}   (held-out prompts)
        reply_empathy {prompt_id: {levels{mechanism: 0..2}, probabilities{mechanism}, total}}
        reply_checks  {prompt_id: {words, cut: ends mid-sentence, replaced: by the guard}}  (answered held-out
                      prompts, in the order similarity scored them)
        cached      bool: replies came from the cache; generation_s: seconds spent generating
    reference          {empathy: EmpathySummary or null}: the therapists' own answers, scored alike
    scorer             the EPITOME scorer (null when not opted in): {name, version, config, split {by, seed,
                       fractions, replies, seeker_posts, fingerprint}, thresholds {offsets, limit, why},
                       test, test_without_context: Agreement {mechanisms {mechanism: {accuracy, macro_f1,
                       macro_f1_ci, majority_accuracy, majority_macro_f1, confusion, n}}, mean_macro_f1,
                       mean_macro_f1_ci, total_spearman, total_spearman_ci, n}} (haven.evaluate.agreement)
    scorer_note        why the scorer is absent, or how it was trained
    verdicts           [{model, perplexity_base, perplexity_tuned, beats_perplexity,
                         empathy_base, empathy_tuned, empathy_diff_ci: [lo, hi] or null,
                         beats_empathy (null when not scored), text,
                         differences [{metric, base, tuned, diff, ci: [lo, hi] or null, n, higher_is_better,
                                       clear}] (haven.evaluate.paired: base → fine-tuned, paired 95% CIs)}]
    thresholds         {min_empathy_share, max_replaced_rate, min_tokens_per_s, max_ttft_ms,
                        min_empathy: min_empathy_share × the therapists' score, or null when not scored}
    recommendations    [{hardware, memory_mb, choice (label or null), provisional, evidence,
                         checks{label:{criterion: true|false|null}}, caveats}]
    model_cards        [ModelCard]; data_card: the run card's data card or null
    charts             [file names of the PNGs beside report.md]
    notes              [str]
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from haven.errors import DataError

SCHEMA_VERSION = 2
REPORT_MD = "report.md"
COMPARISON_JSON = "comparison.json"


@dataclass
class VariantResult:
    """Everything measured for one model variant (base or fine-tuned). See the module docstring."""

    label: str
    model: str
    variant: str
    adapter: str | None
    parameters: int
    perplexity: float | None = None
    perplexity_examples: int | None = None
    trainable_params: int | None = None
    peak_train_memory_mb: float | None = None
    train_seconds: float | None = None
    similarity: dict | None = None
    empathy: dict | None = None
    safety: dict | None = None
    speed: list[dict] = field(default_factory=list)
    replies: dict[str, str] = field(default_factory=dict)
    reply_empathy: dict[str, dict] = field(default_factory=dict)
    reply_checks: dict[str, dict] = field(default_factory=dict)
    cached: bool = False
    generation_s: float = 0.0


@dataclass
class ComparisonReport:
    """The whole comparison. See the module docstring for each field."""

    created_at: str
    haven_version: str
    config: dict
    machine: dict
    prompts: list[dict]
    probes: list[dict]
    variants: list[VariantResult]
    runtime_s: float = 0.0
    reference: dict = field(default_factory=dict)
    scorer: dict | None = None
    scorer_note: str = ""
    verdicts: list[dict] = field(default_factory=list)
    thresholds: dict = field(default_factory=dict)
    recommendations: list[dict] = field(default_factory=list)
    model_cards: list[dict] = field(default_factory=list)
    data_card: dict | None = None
    charts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ComparisonReport":
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise DataError(f"comparison.json has schema_version {version!r}; this Haven reads {SCHEMA_VERSION}: "
                            "re-run `haven compare`")
        known = {f.name for f in fields(cls)}
        variant_fields = {f.name for f in fields(VariantResult)}
        values = {k: v for k, v in data.items() if k in known}
        values["variants"] = [VariantResult(**{k: v for k, v in item.items() if k in variant_fields})
                              for item in data.get("variants", [])]
        return cls(**values)

    def variant(self, model: str, variant: str) -> VariantResult | None:
        """The result of one model variant, if it was evaluated."""
        return next((v for v in self.variants if v.model == model and v.variant == variant), None)


@dataclass(frozen=True)
class SummaryRow:
    """One model variant's headline figures: the table the CLI prints and the dashboard draws.

    Speed is the generating backend's (the first speed entry, the report's ``config.backend``).
    None means not measured.
    """

    label: str
    perplexity: float | None
    empathy: float | None
    similarity: float | None
    rouge_l: float | None
    replaced: int | None
    generated: int | None
    crisis_with_resources: int | None
    crisis_n: int | None
    tokens_per_s: float | None
    ttft_ms: float | None
    memory_mb: float | None

    @classmethod
    def of(cls, v: VariantResult) -> "SummaryRow":
        # The one place the stored figures are looked up by name (the schema above); renderers use the fields.
        empathy, similarity, safety = v.empathy or {}, v.similarity or {}, v.safety or {}
        speed = v.speed[0] if v.speed else {}
        return cls(
            label=v.label, perplexity=v.perplexity, empathy=empathy.get("mean_total"),
            similarity=similarity.get("embedding"), rouge_l=similarity.get("rouge_l"),
            replaced=safety.get("replaced"), generated=safety.get("generated"),
            crisis_with_resources=safety.get("crisis_with_resources"), crisis_n=safety.get("crisis_n"),
            tokens_per_s=speed.get("tokens_per_s"), ttft_ms=speed.get("ttft_ms"), memory_mb=speed.get("memory_mb"),
        )


def summary_rows(report: ComparisonReport) -> list[SummaryRow]:
    """One headline row per model variant, in the report's order."""
    return [SummaryRow.of(v) for v in report.variants]


def load_comparison(path: str | Path) -> ComparisonReport:
    """Read a comparison (the folder ``haven compare`` wrote, or its comparison.json)."""
    path = Path(path)
    if path.is_dir():
        path = path / COMPARISON_JSON
    if not path.is_file():
        raise DataError(f"no {COMPARISON_JSON} at {path}: run `haven compare --output {path.parent}` first")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DataError(f"{path} is not valid JSON ({err}): re-run `haven compare`") from err
    return ComparisonReport.from_dict(data)


def write_report(report: ComparisonReport, output: str | Path) -> Path:
    """Write the charts, ``report.md`` and ``comparison.json`` into `output`; returns report.md's path."""
    from haven.evaluate.charts import draw_charts
    from haven.evaluate.markdown import render_report

    output = Path(output)
    output.mkdir(parents=True, exist_ok=True)
    report.charts = draw_charts(report, output)
    (output / COMPARISON_JSON).write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), encoding="utf-8")
    md = output / REPORT_MD
    md.write_text(render_report(report), encoding="utf-8")
    return md
