"""The report's charts, drawn with matplotlib's Agg backend (no display needed).

One PNG per question a reader asks: did fine-tuning lower perplexity, is the model more
empathic (per mechanism, beside the therapists' own answers), how close are replies to
the references, and how fast does each variant answer. A chart whose figures are all
missing is skipped, so a report without the ESConv opt-in has no empathy chart.
"""

from __future__ import annotations

from pathlib import Path

from haven.evaluate.report import ComparisonReport
from haven.models.variant import Variant

PERPLEXITY_PNG = "perplexity.png"
EMPATHY_PNG = "empathy.png"
SIMILARITY_PNG = "similarity.png"
SPEED_PNG = "speed.png"
DPI = 110
BASE_COLOUR, TUNED_COLOUR, REFERENCE_COLOUR = "#9aa5b1", "#2f7d6d", "#c98b2b"


def _pyplot():
    from haven.deps import require

    require("matplotlib")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def draw_charts(report: ComparisonReport, folder: Path) -> list[str]:
    """Draw every chart that has data into `folder`; returns the file names written."""
    plt = _pyplot()
    written = []
    for name, draw in ((PERPLEXITY_PNG, draw_perplexity), (EMPATHY_PNG, draw_empathy),
                       (SIMILARITY_PNG, draw_similarity), (SPEED_PNG, draw_speed)):
        fig = draw(plt, report)
        if fig is not None:
            fig.tight_layout()
            fig.savefig(folder / name, dpi=DPI)
            plt.close(fig)
            written.append(name)
    return written


def _models(report: ComparisonReport) -> list[str]:
    return list(dict.fromkeys(v.model for v in report.variants))


def _grouped_bars(ax, groups: list[str], series: list[tuple[str, list, str]]) -> None:
    """Bars per group, one per series; missing values (None) are left out."""
    width = 0.8 / max(len(series), 1)
    for i, (label, values, colour) in enumerate(series):
        xs = [g + (i - (len(series) - 1) / 2) * width for g in range(len(groups))]
        kept = [(x, v) for x, v in zip(xs, values) if v is not None]
        if kept:
            bars = ax.bar([x for x, _ in kept], [v for _, v in kept], width, label=label, color=colour)
            ax.bar_label(bars, fmt="%.2f", fontsize=7)
    ax.set_xticks(range(len(groups)), groups)
    ax.legend(fontsize=8)


def _by_variant(report: ComparisonReport, pick) -> tuple[list, list]:
    base, tuned = [], []
    for model in _models(report):
        for variant, target in ((Variant.BASE, base), (Variant.TUNED, tuned)):
            result = report.variant(model, variant)
            target.append(pick(result) if result is not None else None)
    return base, tuned


def draw_perplexity(plt, report: ComparisonReport):
    base, tuned = _by_variant(report, lambda v: v.perplexity)
    if all(x is None for x in base + tuned):
        return None
    fig, ax = plt.subplots(figsize=(6, 3.5))
    _grouped_bars(ax, _models(report), [("base", base, BASE_COLOUR), ("fine-tuned", tuned, TUNED_COLOUR)])
    ax.set_ylabel("held-out perplexity (lower is better)")
    ax.set_title("Held-out perplexity, base vs fine-tuned")
    return fig


def draw_empathy(plt, report: ComparisonReport):
    scored = [v for v in report.variants if v.empathy]
    if not scored:
        return None
    mechanisms = list(scored[0].empathy.mean_level)
    models, pairs = _models(report), plt.get_cmap("tab20").colors  # dark/light pairs: one pair per model
    series = [(v.label, [v.empathy.mean_level[m] for m in mechanisms],
               pairs[(2 * models.index(v.model) + (v.variant == Variant.BASE)) % len(pairs)]) for v in scored]
    reference = report.reference.empathy
    if reference:
        series.append(("therapists' answers", [reference.mean_level[m] for m in mechanisms], REFERENCE_COLOUR))
    fig, ax = plt.subplots(figsize=(8, 4))
    _grouped_bars(ax, [m.replace("_", " ") for m in mechanisms], series)
    ax.set_ylim(0, 2)
    ax.set_ylabel("mean level (0 none, 1 weak, 2 strong)")
    ax.set_title("EPITOME mechanisms (automatic scorer)")
    return fig


def draw_similarity(plt, report: ComparisonReport):
    base_e, tuned_e = _by_variant(report, lambda v: v.similarity.embedding if v.similarity else None)
    base_r, tuned_r = _by_variant(report, lambda v: v.similarity.rouge_l if v.similarity else None)
    if all(x is None for x in base_e + tuned_e):
        return None
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.5))
    _grouped_bars(axes[0], _models(report), [("base", base_e, BASE_COLOUR), ("fine-tuned", tuned_e, TUNED_COLOUR)])
    axes[0].set_title("embedding similarity to therapists")
    _grouped_bars(axes[1], _models(report), [("base", base_r, BASE_COLOUR), ("fine-tuned", tuned_r, TUNED_COLOUR)])
    axes[1].set_title("ROUGE-L F to therapists")
    return fig


def draw_speed(plt, report: ComparisonReport):
    rows = [(v.label, s) for v in report.variants for s in v.speed if s.replies]
    if not rows:
        return None
    labels = [f"{label}\n{s.backend}" for label, s in rows]
    fig, axes = plt.subplots(1, 2, figsize=(10, 3.8))
    axes[0].barh(labels, [s.tokens_per_s for _, s in rows], color=TUNED_COLOUR)
    axes[0].set_xlabel("tokens per second (median)")
    axes[1].barh(labels, [s.ttft_ms for _, s in rows], color=BASE_COLOUR)
    axes[1].set_xlabel("time to first token, ms (median)")
    axes[1].set_yticks([])
    fig.suptitle("Reply speed on this machine")
    return fig
