"""How far an empathy scorer agrees with people, measured the way EPITOME's paper reports it.

Per mechanism: accuracy and macro-F1 (the mean of the three levels' F1, so the rare
*weak* and *strong* levels count as much as the frequent *none*), each macro-F1 with a
95% bootstrap interval over the held-out replies (``scipy.stats.bootstrap``, BCa, paired
resampling of truth and prediction); for the reply's 0–6 total, Spearman's rank
correlation with the human total (``scipy.stats.spearmanr``), also with a bootstrap
interval. The majority baseline (always the most frequent level) is stated beside each.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Mapping, Sequence

LEVELS = 3
BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 7
CONFIDENCE = 0.95


def macro_f1(truth, predicted, labels: int = LEVELS) -> float:
    """Unweighted mean F1 over the levels 0..labels-1 (a level absent from both counts as F1 0, like sklearn)."""
    import numpy as np

    truth, predicted = np.asarray(truth), np.asarray(predicted)
    scores = []
    for k in range(labels):
        tp = float(((predicted == k) & (truth == k)).sum())
        denominator = float((predicted == k).sum() + (truth == k).sum())
        scores.append(2 * tp / denominator if denominator else 0.0)
    return float(np.mean(scores))


def spearman(a, b) -> float:
    """Spearman's rank correlation (0 when either side is constant)."""
    import numpy as np
    from scipy.stats import spearmanr

    if np.ptp(np.asarray(a)) == 0 or np.ptp(np.asarray(b)) == 0:
        return 0.0
    return float(spearmanr(a, b).statistic)


def bootstrap_interval(statistic, *samples, seed: int = BOOTSTRAP_SEED) -> tuple[float, float]:
    """95% BCa interval of a paired statistic of `samples` (``scipy.stats.bootstrap``)."""
    import numpy as np

    from haven.deps import require

    require("scipy")
    from scipy.stats import bootstrap

    result = bootstrap(tuple(np.asarray(s) for s in samples), statistic, paired=True, vectorized=False,
                       n_resamples=BOOTSTRAP_RESAMPLES, confidence_level=CONFIDENCE,
                       rng=np.random.default_rng(seed))
    low, high = result.confidence_interval
    if np.isnan(low) or np.isnan(high):  # a degenerate resample distribution: fall back to percentiles
        result = bootstrap(tuple(np.asarray(s) for s in samples), statistic, paired=True, vectorized=False,
                           n_resamples=BOOTSTRAP_RESAMPLES, method="percentile", rng=np.random.default_rng(seed))
        low, high = result.confidence_interval
    return round(float(low), 4), round(float(high), 4)


@dataclass(frozen=True)
class MechanismAgreement:
    """One mechanism's agreement with the human levels on a held-out split."""

    accuracy: float
    macro_f1: float
    macro_f1_ci: tuple[float, float]
    majority_accuracy: float
    majority_macro_f1: float
    confusion: list[list[int]]  # rows: human level 0/1/2, columns: predicted level
    n: int


@dataclass(frozen=True)
class Agreement:
    """Per-mechanism agreement, their mean macro-F1 and the total's Spearman correlation."""

    mechanisms: dict[str, MechanismAgreement]
    mean_macro_f1: float
    mean_macro_f1_ci: tuple[float, float]
    total_spearman: float
    total_spearman_ci: tuple[float, float]
    n: int

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Agreement":
        mechanisms = {m: MechanismAgreement(**{**v, "macro_f1_ci": tuple(v["macro_f1_ci"])})
                      for m, v in data["mechanisms"].items()}
        return cls(**{**data, "mechanisms": mechanisms, "mean_macro_f1_ci": tuple(data["mean_macro_f1_ci"]),
                      "total_spearman_ci": tuple(data["total_spearman_ci"])})


def mechanism_agreement(truth: Sequence[int], predicted: Sequence[int]) -> MechanismAgreement:
    """Accuracy, macro-F1 with its bootstrap interval, majority baseline and confusion matrix."""
    import numpy as np

    truth, predicted = np.asarray(truth), np.asarray(predicted)
    majority = np.full_like(truth, np.bincount(truth, minlength=LEVELS).argmax())
    confusion = [[int(((truth == t) & (predicted == p)).sum()) for p in range(LEVELS)] for t in range(LEVELS)]
    return MechanismAgreement(
        accuracy=round(float((truth == predicted).mean()), 4), macro_f1=round(macro_f1(truth, predicted), 4),
        macro_f1_ci=bootstrap_interval(macro_f1, truth, predicted),
        majority_accuracy=round(float((truth == majority).mean()), 4),
        majority_macro_f1=round(macro_f1(truth, majority), 4), confusion=confusion, n=len(truth))


def measure_agreement(truth: Mapping[str, Sequence[int]], predicted: Mapping[str, Sequence[int]]) -> Agreement:
    """Agreement of predicted levels with human levels, per mechanism and for the 0–6 total."""
    import numpy as np

    names = list(truth)
    t = np.stack([np.asarray(truth[m]) for m in names], axis=1)
    p = np.stack([np.asarray(predicted[m]) for m in names], axis=1)
    index = np.arange(len(t))

    def mean_f1(i):
        return float(np.mean([macro_f1(t[i, j], p[i, j]) for j in range(len(names))]))

    def total_rho(i):
        return spearman(t[i].sum(axis=1), p[i].sum(axis=1))

    return Agreement(
        mechanisms={m: mechanism_agreement(t[:, j], p[:, j]) for j, m in enumerate(names)},
        mean_macro_f1=round(mean_f1(index), 4), mean_macro_f1_ci=bootstrap_interval(mean_f1, index),
        total_spearman=round(total_rho(index), 4), total_spearman_ci=bootstrap_interval(total_rho, index),
        n=len(t))
