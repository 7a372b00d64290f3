"""The Metrics and Models tabs: live reply figures, run-card results, model cards."""

from __future__ import annotations

import re

import streamlit as st

from haven.app.context import Context, chat_state
from haven.app.lineup import find_adapters
from haven.app.results import (ModelCard, RunResult, comparison_rows, model_card, read_comparison, read_run_results,
                               summarise_replies)
from haven.evaluate.recommend import Evidence, Recommendation
from haven.paths import report_dir

# (figure, chart title, unit on its axis)
LIVE_CHARTS = (("ttft_ms", "Time to first words", "milliseconds"), ("latency_s", "Time to the whole reply", "seconds"),
               ("tokens_per_s", "Speed", "tokens per second"), ("words", "Reply length", "words"))
CHART_HEIGHT = 190


def render_metrics(context: Context) -> None:
    st.subheader("This conversation, reply by reply")
    rows = [r for r in chat_state().metrics if not r["crisis"]]
    if rows:
        charts = st.columns(2)
        for index, (column, title, unit) in enumerate(LIVE_CHARTS):
            with charts[index % 2]:
                st.altair_chart(live_chart(rows, column, title, unit))
        st.caption("Crisis responses are left out: Haven writes them, no model does.")
    else:
        st.info("Send a message in the Chat tab: each model's time to first token, latency, speed and reply length appear here.")
    render_stored_summary(context)
    render_run_results(read_run_results(context.runs))
    render_comparison(read_comparison(report_dir()))


def render_comparison(report) -> None:
    """The comparison report's table and recommendation (``haven compare``, the end of ``make demo``)."""
    st.subheader("Comparison report (empathy, similarity, safety probes, speed)")
    if report is None:
        st.info(f"No comparison report in {report_dir()} yet: `make demo` or `haven compare` writes one.")
        return
    st.dataframe(comparison_rows(report), hide_index=True)
    for verdict in report.verdicts:
        st.markdown(f"- {verdict.text}")
    for rec in report.recommendations:
        st.markdown(recommendation_text(rec))
        for caveat in rec.caveats:
            st.caption(caveat)
    st.caption(f"Report written {report.created_at}; full text in {report_dir() / 'report.md'}.")


def render_stored_summary(context: Context) -> None:
    """Medians over every stored conversation (all windows, all days), when history is kept."""
    summary = summarise_replies(context.store.conversations(), context.store.turns())
    if not summary:
        return
    st.subheader("Every stored reply, by model (medians)")
    st.dataframe([{"model": s.model, "variant": s.variant, "replies": s.replies, "TTFT (ms)": round(s.ttft_ms),
                   "latency (s)": round(s.latency_s, 2), "tokens/s": round(s.tokens_per_s, 1), "words": s.words,
                   "stopped": s.stopped} for s in summary], hide_index=True)


def render_run_results(results: list[RunResult]) -> None:
    st.subheader("Fine-tuning results (from the run cards)")
    if not results:
        st.info("No run cards yet: `make demo` or `haven train` writes one beside each adapter.")
        return
    st.dataframe([_result_row(r) for r in results], hide_index=True)
    curves = [{"step": e["step"], "loss": e[kind], "curve": f"{r.model} {kind.replace('_', ' ')}"}
              for r in results for e in r.curve for kind in ("train_loss", "eval_loss") if e.get(kind) is not None]
    if curves:
        st.altair_chart(line_chart(curves, "step", "loss", "curve", "Training curves", x_title="training step",
                                   y_title="loss on reply tokens (lower is better)"))
        if max(len(r.curve) for r in results) < 5:
            st.caption("Few logged steps: a short run (e.g. the smoke profile) draws a short curve.")


def live_chart(rows: list[dict], figure: str, title: str, unit: str):
    """One figure per reply: a line per model once a model has answered twice, bars until then."""
    import altair as alt
    import pandas as pd

    replies = max(sum(1 for r in rows if r["model"] == model) for model in {r["model"] for r in rows})
    if replies >= 2:
        return line_chart(rows, "reply", figure, "model", title, x_title="reply", y_title=unit)
    return (alt.Chart(pd.DataFrame(rows), title=title).mark_bar()
            .encode(x=alt.X("model:N", title=None, axis=alt.Axis(labelAngle=0, labelLimit=200)),
                    y=alt.Y(f"{figure}:Q", title=unit), color=alt.Color("model:N", legend=None),
                    tooltip=["model", alt.Tooltip(f"{figure}:Q", title=unit, format=",.1f")])
            .properties(height=CHART_HEIGHT))


def line_chart(rows: list[dict], x: str, y: str, color: str, title: str, x_title: str | None = None,
               y_title: str | None = None):
    """Lines with a point on every value; the legend inside the frame, the y axis fitted to the values."""
    import altair as alt
    import pandas as pd

    legend = alt.Legend(orient="top-right", title=None, fillColor="white", padding=4, labelLimit=260)
    return (alt.Chart(pd.DataFrame(rows), title=title).mark_line(point=True)
            .encode(x=alt.X(f"{x}:O", title=x_title or x, axis=alt.Axis(labelAngle=0)),
                    y=alt.Y(f"{y}:Q", title=y_title or y.replace("_", " "), scale=alt.Scale(zero=False, nice=True)),
                    color=alt.Color(f"{color}:N", legend=legend),
                    tooltip=[color, x, alt.Tooltip(f"{y}:Q", format=",.3g")]).properties(height=CHART_HEIGHT))


def evidence_words(evidence: Evidence) -> list[str]:
    """Each measured figure of a recommendation's evidence as words, in the evidence's order."""
    figures = (
        (evidence.parameters, lambda v: f"{v / 1e6:,.0f}M parameters"),
        (evidence.empathy, lambda v: f"empathy {v:.2f} of 6"),
        (evidence.replaced_rate, lambda v: f"the safety guard replaced {v:.0%} of its replies"),
        (evidence.tokens_per_s, lambda v: f"{v:,.0f} tokens a second"),
        (evidence.ttft_ms, lambda v: f"first words after {v / 1000:,.1f} s"),
        (evidence.memory_mb, lambda v: f"{v:,.0f} MiB of memory"),
    )
    return [say(value) for value, say in figures if isinstance(value, (int, float))]


def recommendation_text(rec: Recommendation) -> str:
    """One recommendation as a sentence: ``**CPU-only laptop**: smollm2-135m (base), with empathy 1.55 of 6, …``."""
    if not rec.choice:
        return f"**{rec.hardware}**: no model compared here met every threshold."
    words = evidence_words(rec.evidence) if rec.evidence else []
    provisional = " (provisional: not every figure was measured)" if rec.provisional else ""
    return f"**{rec.hardware}**: {rec.choice}{provisional}" + (f", with {', '.join(words)}" if words else "") + "."


def _result_row(r: RunResult) -> dict:
    change = r.perplexity_change_pct
    return {
        "model": r.model, "trainable LoRA params": f"{r.trainable_params:,}", "share": f"{r.trainable_pct:.2f}%",
        "perplexity base": _fmt(r.base_perplexity), "perplexity fine-tuned": _fmt(r.tuned_perplexity),
        "change": "—" if change is None else f"{change:+.1f}%", "peak train memory": f"{r.peak_memory_mb:,.0f} MiB",
        "LoRA vs full memory (est.)": f"{r.lora_memory_mb:,.0f} vs {r.full_finetune_memory_mb:,.0f} MiB",
        "steps": r.steps, "train time": f"{r.train_seconds:,.0f} s", "folder": str(r.folder),
    }


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def render_models(context: Context) -> None:
    adapters = find_adapters(context.runs)
    for name in dict.fromkeys(c.model for c in context.available):
        render_model_card(model_card(name, adapters.get(name)))


def render_model_card(card: ModelCard) -> None:
    from haven.data.card import render_data_card_markdown

    with st.expander(f"{card.name}: {card.parameters / 1e6:,.0f}M parameters, {card.licence}", expanded=True):
        facts = {"architecture": card.architecture, "parameters": f"{card.parameters:,}",
                 "context length": f"{card.context_length:,} tokens", "licence": card.licence,
                 "chat-tuned": "yes" if card.chat_tuned else "no (base model)",
                 "memory when loaded (weights, llama.cpp)": "—" if card.weights_mb is None else f"{card.weights_mb:,.0f} MiB"}
        if card.run is not None:
            facts["trainable LoRA params"] = f"{card.run.trainable_params:,} ({card.run.trainable_pct:.2f}% of {card.run.total_params:,})"
            facts["training memory (peak)"] = f"{card.run.peak_memory_mb:,.0f} MiB"
        st.table([{"fact": key, "value": value} for key, value in facts.items()])
        st.markdown(f"**Intended use.** {card.intended_use}\n\n**Known limits.** {card.limits}")
        if card.data_card:
            try:
                # One level down: the card's headings sit inside the model's expander.
                st.markdown(re.sub(r"(?m)^#", "###", render_data_card_markdown(card.data_card)))
            except (KeyError, TypeError):
                st.json(card.data_card)
        elif card.run is None:
            st.caption("No adapter trained yet, so no training data card.")
        else:
            st.caption("This adapter's run card carries no data card.")
