"""Plain answers to the question the comparison exists for: does fine-tuning help?

For every model with both variants: does the fine-tuned one beat its base on held-out
perplexity (lower is better; from the run card) and on the empathy score (higher is
better)? The empathy difference is a mean over the same prompts, so it comes with a
paired bootstrap 95% interval (:func:`haven.evaluate.paired.paired_bootstrap_ci`, SciPy's BCa): a
difference whose interval spans 0 is reported as not clear.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from haven.evaluate.recommend import Candidate
from haven.models.variant import Variant

if TYPE_CHECKING:
    from haven.evaluate.report import VariantResult, Verdict


def build_verdicts(variants: Sequence[VariantResult]) -> list[Verdict]:
    """One verdict per model that has a base and a fine-tuned variant."""
    verdicts = []
    for tuned in (v for v in variants if v.variant == Variant.TUNED):
        base = next((v for v in variants if v.model == tuned.model and v.variant == Variant.BASE), None)
        if base is not None:
            verdicts.append(verdict_for(base, tuned))
    return verdicts


def verdict_for(base: VariantResult, tuned: VariantResult) -> Verdict:
    """Perplexity and empathy, base vs fine-tuned, in figures and in words."""
    from haven.evaluate.paired import Metric, paired_differences
    from haven.evaluate.report import Verdict

    beats_ppl = None
    if base.perplexity is not None and tuned.perplexity is not None:
        beats_ppl = tuned.perplexity < base.perplexity
    emp_base = base.empathy.mean_total if base.empathy else None
    emp_tuned = tuned.empathy.mean_total if tuned.empathy else None
    beats_emp, ci = None, None
    differences = tuple(paired_differences(base, tuned))
    # the sentence quotes the table's own interval (one computation: the same prompts in the same order, so the
    # seeded bootstrap cannot give the two a different interval, as it did while each ordered them its own way)
    empathy = next((d for d in differences if d.metric == Metric.EMPATHY), None)
    if emp_base is not None and emp_tuned is not None and empathy is not None and empathy.ci is not None:
        ci = tuple(round(x, 3) for x in empathy.ci)
        beats_emp = ci[0] > 0  # better means the paired interval lies above zero, not a higher mean
    return Verdict(
        model=base.model, perplexity_base=base.perplexity, perplexity_tuned=tuned.perplexity,
        beats_perplexity=beats_ppl, empathy_base=emp_base, empathy_tuned=emp_tuned,
        empathy_diff_ci=ci, beats_empathy=beats_emp,
        text=verdict_text(base.model, base.perplexity, tuned.perplexity, beats_ppl, emp_base, emp_tuned, ci, beats_emp),
        differences=differences,
    )


def verdict_text(model, ppl_base, ppl_tuned, beats_ppl, emp_base, emp_tuned, ci, beats_emp) -> str:
    """The verdict in one or two plain sentences."""
    if beats_ppl is None:
        ppl = "held-out perplexity was not measured (no run card figures)"
    else:
        change = 100 * (ppl_tuned - ppl_base) / ppl_base
        ppl = (f"{'beats' if beats_ppl else 'does NOT beat'} its base on held-out perplexity "
               f"({ppl_base:.2f} → {ppl_tuned:.2f}, {change:+.1f}%)")
    if beats_emp is None:
        emp = "empathy was not scored (pass --accept-epitome-license)"
    else:
        # "beats" only when the paired 95% interval lies above zero; a higher mean alone is not better
        outcome = "a clear improvement" if ci[0] > 0 else "clearly worse" if ci[1] < 0 else "not a clear difference"
        emp = (f"{'beats' if beats_emp else 'does NOT beat'} it on the empathy score ({emp_base:.2f} → {emp_tuned:.2f} "
               f"of 6; paired 95% CI of the difference {ci[0]:+.2f} to {ci[1]:+.2f}, {outcome})")
    return f"{model}: the fine-tuned model {ppl}, and {emp}."


def candidates_from(variants: Sequence[VariantResult]) -> list[Candidate]:
    """What the recommendation weighs for each variant (speed from the generating backend)."""
    candidates = []
    for v in variants:
        speed = v.generating_speed
        measured = speed is not None and speed.replies > 0
        candidates.append(Candidate(
            label=v.label, model=v.model, variant=v.variant,
            parameters=v.parameters + (v.trainable_params or 0), adapter_parameters=v.trainable_params or 0,
            empathy=v.empathy.mean_total if v.empathy else None,
            replaced_rate=v.safety.replaced_rate if v.safety and v.safety.generated else None,
            tokens_per_s=speed.tokens_per_s if measured else None,
            ttft_ms=speed.ttft_ms if measured else None,
            cpu_memory_mb=speed.memory_mb if speed else None,
        ))
    return candidates
