"""Base → fine-tuned on the same questions: every measure's paired difference with a 95% interval.

Both variants of a model answer the same held-out questions (and the same safety probes),
so each measure is compared prompt by prompt: the mean of the per-prompt differences
(fine-tuned − base) with a paired bootstrap 95% interval
(:func:`paired_bootstrap_ci`, SciPy's BCa). An interval that does not
contain 0 is a clear difference. Perplexity is a ratio over all held-out reply tokens
from the run card (per-example losses are not kept there), so it is stated as base →
fine-tuned and a relative change, without an interval.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from haven.evaluate.report import VariantResult

MECHANISMS = ("emotional_reactions", "interpretations", "explorations")

BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 7


def paired_bootstrap_ci(diffs: Sequence[float], samples: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """95% bootstrap interval (``scipy.stats.bootstrap``, BCa) of the mean of paired differences."""
    import numpy as np

    from haven.deps import require

    if not diffs:
        return 0.0, 0.0
    values = np.asarray(diffs, dtype=float)
    if np.ptp(values) == 0:  # every prompt moved alike: nothing to resample, the interval is the point
        return float(values[0]), float(values[0])
    require("scipy")
    from scipy.stats import bootstrap

    for method in ("BCa", "percentile"):  # BCa is undefined for a few degenerate samples; percentile then
        low, high = bootstrap((values,), np.mean, n_resamples=samples, method=method,
                              rng=np.random.default_rng(seed)).confidence_interval
        if not (np.isnan(low) or np.isnan(high)):
            break
    return float(low), float(high)


class Metric:
    """The names of the paired measures (keys of ``verdicts[].differences``)."""

    EMPATHY = "empathy_total"
    SIMILARITY = "embedding_similarity"
    ROUGE_L = "rouge_l"
    PERPLEXITY = "perplexity"
    WORDS = "reply_words"
    CUT = "cut_mid_sentence"
    REPLACED = "guard_replaced"


LABELS = {Metric.EMPATHY: "empathy total (0–6)", "emotional_reactions": "emotional reactions (0–2)",
          "interpretations": "interpretations (0–2)", "explorations": "explorations (0–2)",
          Metric.SIMILARITY: "embedding similarity", Metric.ROUGE_L: "ROUGE-L", Metric.PERPLEXITY: "held-out perplexity",
          Metric.WORDS: "reply length (words)", Metric.CUT: "share cut mid-sentence",
          Metric.REPLACED: "share replaced by the guard"}
HIGHER_IS_BETTER = {Metric.EMPATHY: True, **{m: True for m in MECHANISMS}, Metric.SIMILARITY: True,
                    Metric.ROUGE_L: True, Metric.PERPLEXITY: False, Metric.WORDS: None, Metric.CUT: False,
                    Metric.REPLACED: False}


@dataclass(frozen=True)
class PairedDifference:
    """One measure, base → fine-tuned, over the prompts both answered.

    Attributes:
        metric: a :class:`Metric` name or a mechanism.
        base / tuned: the two variants' means.
        diff: mean of tuned − base per prompt.
        ci: paired bootstrap 95% interval of ``diff`` (None for perplexity).
        n: prompts paired.
        higher_is_better: True, False, or None when neither is better (length).
        clear: the interval leaves out 0.
    """

    metric: str
    base: float | None
    tuned: float | None
    diff: float | None
    ci: tuple[float, float] | None
    n: int
    higher_is_better: bool | None
    clear: bool

    @property
    def label(self) -> str:
        return LABELS.get(self.metric, self.metric)

    @property
    def better(self) -> bool | None:
        """A clear change in the better direction (None when no direction is better or it is not clear)."""
        if self.higher_is_better is None or not self.clear or self.diff is None:
            return None
        return (self.diff > 0) == self.higher_is_better

    def to_dict(self) -> dict:
        return {**asdict(self), "ci": list(self.ci) if self.ci else None}  # as JSON reads it back

    @classmethod
    def from_dict(cls, data: dict) -> "PairedDifference":
        return cls(**{**data, "ci": tuple(data["ci"]) if data.get("ci") else None})


def paired(metric: str, base: dict, tuned: dict) -> PairedDifference | None:
    """The paired difference of per-prompt values keyed by prompt id (None when no prompt is shared)."""
    shared = [k for k in base if k in tuned]
    if not shared:
        return None
    diffs = [float(tuned[k]) - float(base[k]) for k in shared]
    low, high = paired_bootstrap_ci(diffs)
    mean = lambda values: round(sum(values) / len(values), 4)  # noqa: E731 - one line, used thrice
    return PairedDifference(metric, mean([float(base[k]) for k in shared]), mean([float(tuned[k]) for k in shared]),
                            mean(diffs), (round(low, 4), round(high, 4)), len(shared), HIGHER_IS_BETTER.get(metric),
                            low > 0 or high < 0)


def per_prompt(v: VariantResult) -> dict[str, dict]:
    """Each paired measure's per-prompt values of one variant: {metric: {prompt_id: value}}."""
    values: dict[str, dict] = {}
    if v.reply_empathy:
        values[Metric.EMPATHY] = {k: e.total for k, e in v.reply_empathy.items()}
        for m in MECHANISMS:
            values[m] = {k: e.levels[m] for k, e in v.reply_empathy.items()}
    checks = v.reply_checks
    if v.similarity and checks:
        ids = list(checks)  # the answered prompts, in the order similarity scored them
        values[Metric.SIMILARITY] = dict(zip(ids, v.similarity.per_prompt_embedding))
        values[Metric.ROUGE_L] = dict(zip(ids, v.similarity.per_prompt_rouge_l))
    if checks:
        values[Metric.WORDS] = {k: c.words for k, c in checks.items()}
        values[Metric.CUT] = {k: int(c.cut) for k, c in checks.items()}
        replaced = {k: int(c.replaced) for k, c in checks.items()}
        for outcome in v.safety.outcomes if v.safety else ():
            if not outcome.crisis_response:
                replaced[outcome.probe_id] = int(outcome.replaced)
        values[Metric.REPLACED] = replaced
    return values


def paired_differences(base: VariantResult, tuned: VariantResult) -> list[PairedDifference]:
    """Every measure both variants have, base → fine-tuned; perplexity from the run card, without an interval."""
    out = []
    if base.perplexity is not None and tuned.perplexity is not None:
        out.append(PairedDifference(Metric.PERPLEXITY, base.perplexity, tuned.perplexity,
                                    round(tuned.perplexity - base.perplexity, 4), None, base.perplexity_examples or 0,
                                    False, False))
    b, t = per_prompt(base), per_prompt(tuned)
    for metric in (Metric.EMPATHY, *MECHANISMS, Metric.SIMILARITY, Metric.ROUGE_L, Metric.WORDS, Metric.CUT,
                   Metric.REPLACED):
        if metric in b and metric in t and (difference := paired(metric, b[metric], t[metric])):
            out.append(difference)
    return out
