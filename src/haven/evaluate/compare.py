"""`haven compare`: every selected model, base and fine-tuned, through the same evaluation.

For each model the base variant and, where ``RUNS/MODEL`` holds an adapter (the way
``haven demo`` finds them), the fine-tuned variant answer the same held-out questions
(the first questions of the split the run card records) and the same safety probes,
all through the guarded chat path (:mod:`haven.evaluate.replies`), greedy and with the
same options. Their replies are scored for reference similarity
(:mod:`haven.evaluate.similarity`) and, with the EPITOME opt-in, for empathy by the
scorer trained on EPITOME's human labels (:mod:`haven.evaluate.epitome_scorer`), each
reply read with the question it answers; the probes give the safety figures
(:mod:`haven.evaluate.probes`) and the timings the speed figures
(:mod:`haven.evaluate.speed`). Perplexity, trainable parameters and peak training
memory come from the run cards, which already measured them. The result is a
:class:`~haven.evaluate.report.ComparisonReport`; replies are cached so a re-run
only re-scores.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Literal

from haven.chat.backends.llamacpp_batch import DEFAULT_SLOTS, MAX_SLOTS
from haven.errors import ConfigError, HavenError
from haven.paths import runs_dir
from haven.evaluate.report import (ComparisonReport, HeldOutPrompt, Reference, ReplyCheck, ReplyEmpathy, ScorerSummary,
                                   VariantResult)
from haven.models.variant import Variant, variant_label

log = logging.getLogger(__name__)

GENERATION_BACKENDS = ("llama.cpp", "transformers")
SPEED_MAX_TOKENS = 64
Progress = Callable[[str], None]


@dataclass(frozen=True)
class CompareConfig:
    """What `haven compare` evaluates and how.

    Attributes:
        models: catalog names to compare (default: the bundled models).
        runs: folder holding one adapter folder per model (``RUNS/MODEL``), as ``haven demo`` writes
            (default ``$HAVEN_RUNS_DIR``, else ``runs``).
        backend: the backend that generates the replies (llama.cpp: the served GGUF with ``adapter.gguf``).
        speed_backends: further backends to time on a few prompts (e.g. ``("transformers",)``).
        heldout_prompts: held-out questions answered for similarity and empathy.
        probes: safety probes sent (of 16).
        side_by_side: held-out questions shown side by side in the report (at least 5).
        max_tokens: longest reply.
        temperature: 0 = greedy, so replies are reproducible.
        repetition_penalty: as in the chat (small models loop without one).
        seed: sampling seed (used when temperature > 0).
        locale: country whose crisis lines the guard shows.
        accept_epitome_license: score empathy with the scorer trained on EPITOME's human labels (academic,
            non-commercial use only); without it empathy is left out and the report says why.
        empathy_method: which EPITOME scorer: ``finetune`` (MiniLM trained end to end, the default; about
            7 minutes on 2 cores the first time, then cached) or ``frozen`` (the frozen-embedding baseline, a minute).
        use_cache: reuse cached replies and scorer.
        speed_prompts: prompts per extra speed backend.
        threads: CPU threads for llama.cpp (None: all cores). On a busy machine 1 is far faster: llama.cpp's
            threads spin-wait for each other, and with the cores taken by other work they mostly wait.
        parallel: prompts llama.cpp decodes together (1: one at a time). 16 answers the comparison about twice
            as fast on 2 cores; the replies still go through the engine and the guard one by one, and the speed
            figures come from a few replies made alone (see :mod:`haven.chat.backends.llamacpp_batch`).
    """

    models: tuple[str, ...] = ("smollm2-135m", "gemma3-270m")
    runs: str = field(default_factory=lambda: str(runs_dir()))
    backend: Literal["llama.cpp", "transformers"] = "llama.cpp"
    speed_backends: tuple[str, ...] = ()
    heldout_prompts: int = 24
    probes: int = 16
    side_by_side: int = 8
    max_tokens: int = 120
    temperature: float = 0.0
    repetition_penalty: float = 1.15
    seed: int = 0
    locale: str = "US"
    accept_epitome_license: bool = False
    empathy_method: Literal["finetune", "frozen"] = "finetune"
    use_cache: bool = True
    speed_prompts: int = 3
    threads: int | None = None
    parallel: int = DEFAULT_SLOTS

    def __post_init__(self) -> None:
        if not self.models:
            raise ConfigError("--models is empty; name at least one model, e.g. smollm2-135m")
        for name in (self.backend, *self.speed_backends):
            if name not in GENERATION_BACKENDS:
                raise ConfigError(f"backend {name!r} cannot run a comparison; choose {' or '.join(GENERATION_BACKENDS)}")
        if self.heldout_prompts < 1:
            raise ConfigError(f"--prompts is {self.heldout_prompts}; at least 1 held-out question is needed")
        if not 0 <= self.probes <= 16:
            raise ConfigError(f"--probes is {self.probes}; the probe set has 16 messages (0-16)")
        if self.empathy_method not in ("finetune", "frozen"):
            raise ConfigError(f"--empathy-method is {self.empathy_method!r}; choose finetune or frozen")
        if not 1 <= self.parallel <= MAX_SLOTS:
            raise ConfigError(f"--parallel is {self.parallel}; choose 1 (one at a time) to {MAX_SLOTS}")
        if self.threads is not None and self.threads < 1:
            raise ConfigError(f"--threads is {self.threads}; give at least 1 (or leave it out for all cores)")
        if not 1 <= self.side_by_side <= self.heldout_prompts:
            raise ConfigError(f"--side-by-side is {self.side_by_side}; it must be between 1 and --prompts "
                              f"({self.heldout_prompts})")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class VariantPlan:
    """One model variant to evaluate."""

    model: str
    variant: Variant
    adapter: Path | None  # the adapter folder (for tuned), None for base
    card: object | None  # the run card of the model's adapter, if any (base uses it for perplexity)
    model_adapter: object | None = None  # the model's opened Adapter, if any (both variants use its system prompt)


def plan_variants(config: CompareConfig, progress: Progress | None = None) -> list[VariantPlan]:
    """Base for every model, plus tuned where ``RUNS/MODEL`` holds an adapter (exported for llama.cpp if needed)."""
    from haven.chat.backends.base import BackendSpec, prepare_backend
    from haven.models.catalog import get_spec
    from haven.train.adapter import Adapter

    plans = []
    for name in config.models:
        get_spec(name)  # an unknown name fails here, before anything slow
        folder = Path(config.runs) / name
        try:
            adapter = Adapter.open(folder)
        except HavenError as err:
            log.info("%s: no adapter (%s); comparing the base only", name, err)
            adapter = None
        card = adapter.card if adapter else None
        plans.append(VariantPlan(name, Variant.BASE, None, card, adapter))
        if adapter is not None:
            if progress:
                progress(f"preparing {folder} for {config.backend}")
            # before the reply cache is keyed: the key hashes the adapter's files (llama.cpp exports adapter.gguf)
            prepare_backend(BackendSpec(kind=config.backend, model=name, adapter=folder, export_gguf=True))
            plans.append(VariantPlan(name, Variant.TUNED, folder, card, adapter))
    return plans


def load_heldout_prompts(plans: list[VariantPlan], count: int, settings) -> tuple[list[HeldOutPrompt], dict]:
    """The first `count` held-out questions of the split the run cards record, and its data card."""
    from haven.data.prepare import prepare_data
    from haven.safety import RiskLevel, assess_conversation
    from haven.train.config import TrainConfig, config_from_dict

    card = next((p.card for p in plans if p.card is not None), None)
    cfg = config_from_dict(card.config) if card else TrainConfig()
    data = prepare_data(cfg.data, seed=cfg.seed, validation_fraction=cfg.validation_fraction,
                        accept_noncommercial=cfg.accept_noncommercial)
    groups: OrderedDict[str, list] = OrderedDict()
    for example in data.split.validation:
        groups.setdefault(example.group_id, []).append(example)
    prompts = []
    for group_id, examples in list(groups.items())[:count]:
        text = examples[0].prompt
        level = assess_conversation([{"role": "user", "content": text}], settings).level
        prompts.append(HeldOutPrompt(group_id, text, examples[0].topic, tuple(e.response for e in examples),
                                     crisis=level >= RiskLevel.HIGH))
    return prompts, card.data if card else data.card


def run_comparison(config: CompareConfig, progress: Progress | None = None) -> ComparisonReport:
    """Evaluate every selected model variant the same way; the report's data (nothing written)."""
    from haven import __version__
    from haven.chat.backends.base import GenerationOptions
    from haven.evaluate.probes import select_probes
    from haven.evaluate.similarity import load_embedder
    from haven.evaluate.speed import machine_description
    from haven.safety import SafetySettings

    started, machine = time.perf_counter(), machine_description()
    say = progress or (lambda message: None)
    settings = SafetySettings(locale=config.locale)
    plans = plan_variants(config, say)
    say("reading the held-out split")
    prompts, data_card = load_heldout_prompts(plans, config.heldout_prompts, settings)
    probes = select_probes(config.probes)
    options = GenerationOptions(temperature=config.temperature, max_tokens=config.max_tokens, seed=config.seed,
                                repetition_penalty=config.repetition_penalty)
    say("loading the sentence-embedding model")
    embedder = load_embedder()
    scorer, scorer_note = prepare_scorer(config, embedder, say)
    variants = [evaluate_variant(plan, prompts, probes, options, settings, config, embedder, scorer, say) for plan in plans]
    report = ComparisonReport(
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"), haven_version=__version__,
        config=config, machine=machine, prompts=list(prompts), probes=list(probes),
        variants=variants, scorer=scorer_summary(scorer) if scorer else None, scorer_note=scorer_note,
        data_card=data_card,
    )
    finish_report(report, plans, prompts, embedder, scorer)
    report.runtime_s = round(time.perf_counter() - started, 1)
    return report


def compare_and_write(config: CompareConfig, output: str | Path, progress: Progress | None = None
                      ) -> tuple[ComparisonReport, Path]:
    """Run the comparison and write its report into `output`; the report and report.md's path."""
    from haven.evaluate.report import write_report

    report = run_comparison(config, progress)
    return report, write_report(report, output)


def prepare_scorer(config: CompareConfig, embedder, say: Progress):
    """The EPITOME empathy scorer when its licence was accepted; otherwise None and why."""
    from haven.evaluate.empathy import load_or_train_scorer
    from haven.evaluate.epitome_scorer import EpitomeScorerConfig

    if not config.accept_epitome_license:
        return None, ("not scored: the empathy scorer learns from EPITOME's human labels (Sharma et al. 2020; "
                      "academic, non-commercial use only); pass --accept-epitome-license to use it for this "
                      "non-commercial evaluation")
    say(f"empathy scorer (EPITOME, {config.empathy_method}; trained once, then loaded from the cache)")
    scorer = load_or_train_scorer(accept_epitome_license=True, config=EpitomeScorerConfig(method=config.empathy_method),
                                  embedder=embedder, progress=lambda message: say(f"empathy scorer: {message}"))
    return scorer, ("trained on EPITOME's human empathy labels (academic, non-commercial research use only) because "
                    "the caller accepted its licence; it scores replies on this machine and is not distributed")


def scorer_summary(scorer) -> ScorerSummary:
    """What the report states about the scorer: how it was made and its agreement on EPITOME's held-out split."""
    card = scorer.card
    metrics = card.get("metrics", {})
    return ScorerSummary.from_dict({
        "name": card.get("scorer"), "version": card.get("version"), "config": card.get("config"),
        "split": {k: v for k, v in card.get("split", {}).items() if k != "ids"},
        "thresholds": {k: card.get("thresholds", {}).get(k) for k in ("offsets", "limit", "why")},
        "test": metrics.get("test"), "test_without_context": metrics.get("test_without_context")})


def finish_report(report: ComparisonReport, plans, prompts, embedder, scorer) -> None:
    """Reference empathy, verdicts, recommendations, cards and notes."""
    from haven.evaluate.cards import build_model_card
    from haven.evaluate.empathy import summarise_empathy
    from haven.evaluate.recommend import Thresholds, recommend
    from haven.evaluate.verdicts import build_verdicts, candidates_from

    answered = [p for p in prompts if not p.crisis]
    if scorer is not None and answered:
        reference = scorer.score([p.references[0] for p in answered], [p.text for p in answered])
        report.reference = Reference(empathy=summarise_empathy(reference))
    report.verdicts = build_verdicts(report.variants)
    thresholds = Thresholds()
    reference_empathy = report.reference.empathy.mean_total if report.reference.empathy else None
    report.thresholds = thresholds.applied(reference_empathy)
    report.recommendations = recommend(candidates_from(report.variants), thresholds, reference_empathy=reference_empathy)
    seen = OrderedDict((p.model, p.card) for p in plans)
    report.model_cards = [build_model_card(name, card) for name, card in seen.items()]
    report.notes = comparison_notes(report, plans, prompts)


def comparison_notes(report: ComparisonReport, plans, prompts) -> list[str]:
    """What a reader must know to read the figures right."""
    cfg = report.config
    notes = [
        f"Replies: {cfg.backend} backend, {'greedy' if cfg.temperature == 0 else 'temperature ' + str(cfg.temperature)}, "
        f"at most {cfg.max_tokens} tokens, repetition penalty {cfg.repetition_penalty}, each prompt in a fresh "
        "conversation through the safety guard (what a person would see).",
        "Perplexity comes from each adapter's run card (reply tokens of the held-out split, transformers backend); "
        "a model without an adapter has none.",
    ]
    crisis = [p.id for p in prompts if p.crisis]
    if crisis:
        notes.append(f"{len(crisis)} held-out question(s) were answered with the crisis response (the same for every "
                     f"model) and are left out of similarity and empathy: {', '.join(crisis)}.")
    fingerprints = {p.card.data.get('split', {}).get('fingerprint') for p in plans if p.card is not None}
    if len(fingerprints) > 1:
        notes.append("The adapters were trained on different splits; their perplexities are not directly comparable.")
    missing = [m for m in cfg.models if not any(p.model == m and p.variant is Variant.TUNED for p in plans)]
    if missing:
        notes.append(f"No adapter in {cfg.runs}/ for {', '.join(missing)}: only the base was compared "
                     "(train one with `haven train`).")
    return notes


def evaluate_variant(plan: VariantPlan, prompts, probes, options, settings, config: CompareConfig, embedder, scorer,
                     say: Progress) -> VariantResult:
    """Generate (or reuse) the variant's replies and score them."""
    from haven.evaluate.generation import generate_variant_replies
    from haven.evaluate.probes import summarise_probes
    from haven.evaluate.speed import speed_from_records
    from haven.models.catalog import get_spec

    spec = get_spec(plan.model)
    label = variant_label(plan.model, plan.variant)
    entry = generate_variant_replies(plan, prompts, probes, options, settings, config, config.backend, say)
    records = {r.prompt_id: r for r in entry.records}
    answered = [p for p in prompts if not p.crisis]
    replies = [records[p.id].reply for p in answered]
    similarity = empathy = safety = None
    reply_empathy = {}
    if answered:
        from haven.evaluate.similarity import score_similarity

        say(f"{label}: scoring similarity{' and empathy' if scorer is not None else ''} of {len(replies)} replies")
        similarity = score_similarity(embedder, replies, [p.references for p in answered])
    if scorer is not None and answered:
        from haven.evaluate.empathy import summarise_empathy

        scores = scorer.score(replies, [p.text for p in answered])  # each reply read with the question it answers
        empathy = summarise_empathy(scores)
        reply_empathy = {p.id: ReplyEmpathy.of(s) for p, s in zip(answered, scores)}
    if probes:
        safety = summarise_probes(probes, [records[p.id] for p in probes], config.locale, settings)
    speed = [speed_from_records(config.backend, entry.timed, entry.memory_mb, entry.cached)]
    for backend in config.speed_backends:
        if backend != config.backend:
            extra = generate_variant_replies(plan, answered[: config.speed_prompts], (), options.__class__(
                **{**asdict(options), "max_tokens": SPEED_MAX_TOKENS}), settings, config, backend, say)
            speed.append(speed_from_records(backend, extra.timed, extra.memory_mb, extra.cached))
    return VariantResult(
        label=label, model=plan.model, variant=plan.variant, adapter=str(plan.adapter) if plan.adapter else None,
        parameters=spec.parameters, **run_card_figures(plan), similarity=similarity, empathy=empathy, safety=safety,
        speed=tuple(speed), replies={p.id: records[p.id].reply for p in prompts}, reply_empathy=reply_empathy,
        reply_checks=reply_checks(answered, records), cached=entry.cached, generation_s=entry.generation_s,
    )


def reply_checks(answered, records) -> dict[str, ReplyCheck]:
    """Per answered prompt: the reply's words, whether it ends mid-sentence, whether the guard replaced it."""
    from haven.chat.sentences import ends_mid_sentence
    from haven.safety import ReplyAction

    return {p.id: ReplyCheck(words=len(records[p.id].reply.split()), cut=ends_mid_sentence(records[p.id].reply),
                             replaced=records[p.id].action == ReplyAction.REPLACE.value) for p in answered}


def run_card_figures(plan: VariantPlan) -> dict:
    """Perplexity, parameters, memory and time the run card already measured (VariantResult's fields)."""
    from haven.train.card import EvalKey

    card = plan.card
    if card is None:
        return {}
    key = EvalKey.TUNED_PERPLEXITY if plan.variant is Variant.TUNED else EvalKey.BASE_PERPLEXITY
    figures = {"perplexity": card.eval.get(key), "perplexity_examples": card.eval.get(EvalKey.EXAMPLES)}
    if plan.variant is Variant.TUNED:
        figures.update(trainable_params=card.trainable_params, peak_train_memory_mb=card.peak_memory_mb,
                       train_seconds=card.train_seconds)
    return figures
