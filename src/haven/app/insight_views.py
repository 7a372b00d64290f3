"""The Metrics and Models tabs: live reply figures, run-card results, model cards."""

from __future__ import annotations

import re

import streamlit as st

from haven.app.context import Context, chat_state
from haven.app.lineup import find_adapters
from haven.app.results import (ModelCard, RunResult, comparison_rows, model_card, read_comparison, read_run_results,
                               summarise_replies)
from haven.paths import report_dir

LIVE_CHARTS = (("ttft_ms", "Time to first token (ms)"), ("latency_s", "Total latency (s)"),
               ("tokens_per_s", "Tokens per second"), ("words", "Reply length (words)"))


def render_metrics(context: Context) -> None:
    st.subheader("This conversation, reply by reply")
    rows = [r for r in chat_state().metrics if not r["crisis"]]
    if rows:
        charts = st.columns(2)
        for index, (column, title) in enumerate(LIVE_CHARTS):
            with charts[index % 2]:
                st.altair_chart(line_chart(rows, "reply", column, "model", title))
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
        st.markdown(f"- {verdict.get('text', '')}")
    for rec in report.recommendations:
        choice = rec.get("choice") or "no model met every threshold"
        evidence = rec.get("evidence") or {}
        figures = ", ".join(f"{key.replace('_', ' ')} {value:g}" for key, value in evidence.items()
                            if isinstance(value, (int, float)) and key != "parameters")
        st.markdown(f"**{rec.get('hardware')}**: {choice}" + (f" ({figures})" if figures else "") + ".")
        for caveat in rec.get("caveats") or []:
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
        st.altair_chart(line_chart(curves, "step", "loss", "curve", "Training curves (reply-token loss by step)"))


def line_chart(rows: list[dict], x: str, y: str, color: str, title: str):
    """Lines with a point on every value, so a first reply already shows."""
    import altair as alt
    import pandas as pd

    return (alt.Chart(pd.DataFrame(rows), title=title).mark_line(point=True)
            .encode(x=alt.X(f"{x}:O", title=x), y=alt.Y(f"{y}:Q", title=y.replace("_", " ")),
                    color=alt.Color(f"{color}:N", title=None, legend=alt.Legend(orient="bottom")),
                    tooltip=[color, x, y]).properties(height=170))


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
