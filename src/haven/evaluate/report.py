"""The comparison report: its data, its files, and how the dashboard reads it back.

:func:`haven.evaluate.compare.run_comparison` fills a :class:`ComparisonReport`;
:func:`write_report` writes ``report.md``, ``comparison.json`` and the PNG charts into
one folder; :func:`load_comparison` reads ``comparison.json`` back (the dashboard's
metrics and models tabs use it).

The report is typed all the way down (:class:`VariantResult`, :class:`Verdict`,
:class:`~haven.evaluate.recommend.Recommendation`, :class:`~haven.evaluate.paired.PairedDifference`,
the scorers' result classes); the ``to_dict``/``from_dict`` methods here are the one place it is
turned into JSON and parsed back, so renderers read attributes and never index by a string.

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
from typing import TYPE_CHECKING

from haven.errors import DataError
from haven.evaluate.agreement import Agreement
from haven.evaluate.cards import ModelCard
from haven.evaluate.empathy import EmpathySummary
from haven.evaluate.paired import PairedDifference
from haven.evaluate.probes import Probe, ProbeKind, SafetyResult
from haven.evaluate.recommend import AppliedThresholds, Recommendation
from haven.evaluate.similarity import SimilarityResult
from haven.evaluate.speed import Machine, SpeedResult

if TYPE_CHECKING:
    from haven.evaluate.compare import CompareConfig

SCHEMA_VERSION = 2
REPORT_MD = "report.md"
COMPARISON_JSON = "comparison.json"


def _known(cls, data: dict) -> dict:
    """The entries of `data` that are fields of `cls` (files may carry fields this Haven no longer reads)."""
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def _plain(value):
    """As JSON reads it back: tuples become lists, str enums their values."""
    return json.loads(json.dumps(value, ensure_ascii=False))


@dataclass(frozen=True)
class HeldOutPrompt:
    """One held-out question and every therapist's answer to it."""

    id: str
    text: str
    topic: str | None
    references: tuple[str, ...]
    crisis: bool

    @classmethod
    def from_dict(cls, data: dict) -> "HeldOutPrompt":
        return cls(**{**_known(cls, data), "references": tuple(data["references"])})


@dataclass(frozen=True)
class ReplyEmpathy:
    """One reply's EPITOME levels (0–2 per mechanism), the scorer's probabilities and the 0–6 total."""

    levels: dict[str, int]
    probabilities: dict[str, float]
    total: int

    @classmethod
    def of(cls, score) -> "ReplyEmpathy":
        """From a :class:`haven.evaluate.empathy.EmpathyScore`."""
        return cls(dict(score.levels), dict(score.probabilities), score.total)


@dataclass(frozen=True)
class ReplyCheck:
    """One answered held-out reply: its length, whether it ends mid-sentence, whether the guard replaced it."""

    words: int
    cut: bool
    replaced: bool


@dataclass(frozen=True)
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
    similarity: SimilarityResult | None = None
    empathy: EmpathySummary | None = None
    safety: SafetyResult | None = None
    speed: tuple[SpeedResult, ...] = ()
    replies: dict[str, str] = field(default_factory=dict)
    reply_empathy: dict[str, ReplyEmpathy] = field(default_factory=dict)
    reply_checks: dict[str, ReplyCheck] = field(default_factory=dict)
    cached: bool = False
    generation_s: float = 0.0

    @property
    def generating_speed(self) -> SpeedResult | None:
        """The generating backend's speed (the first entry), if measured."""
        return self.speed[0] if self.speed else None

    def to_dict(self) -> dict:
        return _plain(asdict(self))

    @classmethod
    def from_dict(cls, data: dict) -> "VariantResult":
        values = _known(cls, data)
        similarity, empathy, safety = data.get("similarity"), data.get("empathy"), data.get("safety")
        return cls(**{
            **values,
            "similarity": SimilarityResult(**similarity) if similarity else None,
            "empathy": EmpathySummary(**empathy) if empathy else None,
            "safety": SafetyResult.from_dict(safety) if safety else None,
            "speed": tuple(SpeedResult(**s) for s in data.get("speed") or ()),
            "reply_empathy": {k: ReplyEmpathy(**e) for k, e in (data.get("reply_empathy") or {}).items()},
            "reply_checks": {k: ReplyCheck(**c) for k, c in (data.get("reply_checks") or {}).items()},
        })


@dataclass(frozen=True)
class Verdict:
    """Does fine-tuning help one model: perplexity and empathy, base vs fine-tuned, and every paired measure."""

    model: str
    perplexity_base: float | None
    perplexity_tuned: float | None
    beats_perplexity: bool | None
    empathy_base: float | None
    empathy_tuned: float | None
    empathy_diff_ci: tuple[float, float] | None
    beats_empathy: bool | None
    text: str
    differences: tuple[PairedDifference, ...] = ()

    def to_dict(self) -> dict:
        return {**_plain(asdict(self)), "differences": [d.to_dict() for d in self.differences]}

    @classmethod
    def from_dict(cls, data: dict) -> "Verdict":
        ci = data.get("empathy_diff_ci")
        return cls(**{**_known(cls, data), "empathy_diff_ci": tuple(ci) if ci else None,
                      "differences": tuple(PairedDifference.from_dict(d) for d in data.get("differences") or ())})


@dataclass(frozen=True)
class Reference:
    """The therapists' own answers, scored like the models' replies."""

    empathy: EmpathySummary | None = None

    def to_dict(self) -> dict:
        return _plain(asdict(self))

    @classmethod
    def from_dict(cls, data: dict) -> "Reference":
        empathy = (data or {}).get("empathy")
        return cls(EmpathySummary(**empathy) if empathy else None)


@dataclass(frozen=True)
class ScorerSummary:
    """What the report states about the EPITOME scorer: how it was made and its agreement with people."""

    name: str | None
    version: int | None
    config: dict
    split: dict  # the scorer card's split (by, seed, fractions, replies, seeker_posts, fingerprint), ids left out
    thresholds: dict
    test: Agreement | None = None
    test_without_context: Agreement | None = None

    @property
    def method(self) -> str | None:
        return (self.config or {}).get("method")

    @property
    def split_seed(self) -> int | None:
        return self.split.get("seed")

    @property
    def split_fingerprint(self) -> str | None:
        return self.split.get("fingerprint")

    def replies_in(self, part: str):
        """Replies in one part of the scorer's split (train, validation, test), or "?"."""
        return (self.split.get("replies") or {}).get(part, "?")

    def to_dict(self) -> dict:
        return _plain(asdict(self))

    @classmethod
    def from_dict(cls, data: dict) -> "ScorerSummary":
        test, alone = data.get("test"), data.get("test_without_context")
        return cls(**{**_known(cls, data), "config": data.get("config") or {}, "split": data.get("split") or {},
                      "thresholds": data.get("thresholds") or {},
                      "test": Agreement.from_dict(test) if test else None,
                      "test_without_context": Agreement.from_dict(alone) if alone else None})


def _config_from_dict(data: dict) -> "CompareConfig":
    from haven.evaluate.compare import CompareConfig

    values = _known(CompareConfig, data)
    for name in ("models", "speed_backends"):
        if name in values:
            values[name] = tuple(values[name])
    return CompareConfig(**values)


@dataclass
class ComparisonReport:
    """The whole comparison. See the module docstring for each field.

    Typed all the way down; :meth:`to_dict` and :meth:`from_dict` are the one place it meets
    ``comparison.json``. Mutable only so :func:`write_report` can record the charts it drew.
    """

    created_at: str
    haven_version: str
    config: "CompareConfig"
    machine: Machine
    prompts: list[HeldOutPrompt]
    probes: list[Probe]
    variants: list[VariantResult]
    runtime_s: float = 0.0
    reference: Reference = field(default_factory=Reference)
    scorer: ScorerSummary | None = None
    scorer_note: str = ""
    verdicts: list[Verdict] = field(default_factory=list)
    thresholds: AppliedThresholds | None = None
    recommendations: list[Recommendation] = field(default_factory=list)
    model_cards: list[ModelCard] = field(default_factory=list)
    data_card: dict | None = None
    charts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def to_dict(self) -> dict:
        """The JSON object ``comparison.json`` holds (the shape the module docstring gives)."""
        return _plain({
            "created_at": self.created_at, "haven_version": self.haven_version, "config": asdict(self.config),
            "machine": asdict(self.machine), "prompts": [asdict(p) for p in self.prompts],
            "probes": [asdict(p) for p in self.probes], "variants": [v.to_dict() for v in self.variants],
            "runtime_s": self.runtime_s, "reference": self.reference.to_dict(),
            "scorer": self.scorer.to_dict() if self.scorer else None, "scorer_note": self.scorer_note,
            "verdicts": [v.to_dict() for v in self.verdicts],
            "thresholds": asdict(self.thresholds) if self.thresholds else {},
            "recommendations": [r.to_dict() for r in self.recommendations],
            "model_cards": [c.to_dict() for c in self.model_cards], "data_card": self.data_card,
            "charts": self.charts, "notes": self.notes, "schema_version": self.schema_version,
        })

    @classmethod
    def from_dict(cls, data: dict) -> "ComparisonReport":
        version = data.get("schema_version")
        if version != SCHEMA_VERSION:
            raise DataError(f"comparison.json has schema_version {version!r}; this Haven reads {SCHEMA_VERSION}: "
                            "re-run `haven compare`")
        try:
            return cls(**{
                **_known(cls, data),
                "config": _config_from_dict(data.get("config") or {}),
                "machine": Machine.from_dict(data.get("machine") or {}),
                "prompts": [HeldOutPrompt.from_dict(p) for p in data.get("prompts") or ()],
                "probes": [Probe(**{**_known(Probe, p), "kind": ProbeKind(p["kind"])}) for p in data.get("probes") or ()],
                "variants": [VariantResult.from_dict(v) for v in data.get("variants") or ()],
                "reference": Reference.from_dict(data.get("reference") or {}),
                "scorer": ScorerSummary.from_dict(data["scorer"]) if data.get("scorer") else None,
                "verdicts": [Verdict.from_dict(v) for v in data.get("verdicts") or ()],
                "thresholds": AppliedThresholds(**data["thresholds"]) if data.get("thresholds") else None,
                "recommendations": [Recommendation.from_dict(r) for r in data.get("recommendations") or ()],
                "model_cards": [ModelCard.from_dict(c) for c in data.get("model_cards") or ()],
            })
        except (KeyError, TypeError, ValueError) as err:
            raise DataError(f"comparison.json does not hold a comparison this Haven can read ({err!r}): "
                            "re-run `haven compare`") from err

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
        empathy, similarity, safety, speed = v.empathy, v.similarity, v.safety, v.generating_speed
        return cls(
            label=v.label, perplexity=v.perplexity, empathy=empathy.mean_total if empathy else None,
            similarity=similarity.embedding if similarity else None, rouge_l=similarity.rouge_l if similarity else None,
            replaced=safety.replaced if safety else None, generated=safety.generated if safety else None,
            crisis_with_resources=safety.crisis_with_resources if safety else None,
            crisis_n=safety.crisis_n if safety else None, tokens_per_s=speed.tokens_per_s if speed else None,
            ttft_ms=speed.ttft_ms if speed else None, memory_mb=speed.memory_mb if speed else None,
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
