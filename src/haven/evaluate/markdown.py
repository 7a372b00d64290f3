"""``report.md``: the comparison as a document a builder can read top to bottom.

Verdicts and the recommendation come first (what the comparison is for), then the
table, the charts, how each measure was made and its limits, the safety probes, the
replies side by side, and the model and data cards.
"""

from __future__ import annotations

from typing import Sequence

from haven.evaluate.agreement import Agreement
from haven.evaluate.paired import PairedDifference
from haven.evaluate.probes import ProbeKind
from haven.evaluate.recommend import Thresholds
from haven.evaluate.report import ComparisonReport, SummaryRow, VariantResult

EXCERPT_CHARS = 600
DASH = "–"


def _num(value, fmt: str = "{:.2f}") -> str:
    return DASH if value is None else fmt.format(value)


def _cell(text: str, limit: int = EXCERPT_CHARS) -> str:
    """Text fit for a Markdown table cell or quote: one line, pipes escaped, cut at `limit`."""
    flat = " ".join(str(text).split()).replace("|", "\\|")
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def render_report(report: ComparisonReport) -> str:
    """The whole report as Markdown."""
    sections = [
        render_header(report), render_verdicts(report), render_recommendations(report), render_table(report),
        render_charts(report), render_empathy_method(report), render_similarity_method(),
        render_safety(report), render_speed(report), render_side_by_side(report), render_cards(report),
        render_notes(report),
    ]
    return "\n".join(line for section in sections for line in section) + "\n"


def render_header(report: ComparisonReport) -> list[str]:
    cfg, machine = report.config, report.machine
    return [
        "# Haven model comparison", "",
        f"Made {report.created_at} by Haven {report.haven_version} in {report.runtime_s:.0f} s on "
        f"{machine.cpu or '?'} ({machine.cores or '?'} cores). Models: {', '.join(cfg.models)}; "
        f"{len(report.prompts)} held-out questions, {len(report.probes)} safety probes, replies by {cfg.backend}"
        + (f" ({cfg.threads} thread(s))" if cfg.threads else "")
        + (f"; load average at the start {machine.load_average[0]:.1f}" if machine.load_average else "") + ".",
        "", generation_line(report), "",
    ]


def generation_line(report: ComparisonReport) -> str:
    """How long the replies took to generate, and which came from the cache (speed figures are from then)."""
    fresh = [v for v in report.variants if not v.cached]
    cached = [v for v in report.variants if v.cached]
    parts = []
    if fresh:
        parts.append(f"{len(fresh)} variant(s) generated in {sum(v.generation_s for v in fresh):,.0f} s")
    if cached:
        parts.append(f"{len(cached)} taken from the cache (first generated in {sum(v.generation_s for v in cached):,.0f} s; "
                     "their speed figures are from that run)")
    return "Replies: " + "; ".join(parts) + "." if parts else ""


def render_verdicts(report: ComparisonReport) -> list[str]:
    lines = ["## Does fine-tuning help?", ""]
    if not report.verdicts:
        return [*lines, "No model has a fine-tuned variant to compare with its base.", ""]
    lines += [*(f"- {v.text}" for v in report.verdicts), ""]
    for v in report.verdicts:
        lines += render_differences(v.model, v.differences)
    return lines


def render_differences(model: str, differences: Sequence[PairedDifference]) -> list[str]:
    """One model's measures, base → fine-tuned, with the paired 95% interval of the difference."""
    if not differences:
        return []
    lines = [f"**{model}, base → fine-tuned** (mean of per-prompt differences, paired bootstrap 95% CI; "
             "✔ a clear change for the better, ✘ for the worse):", "",
             "| measure | base | fine-tuned | difference (95% CI) | n |", "|---|---:|---:|---:|---:|"]
    for d in differences:
        mark = {True: " ✔", False: " ✘"}.get(d.better, "")
        if d.ci is None:
            change = f"{100 * d.diff / d.base:+.1f}%" if d.base else DASH
            cell = f"{change} (no interval: one ratio over all tokens)"
        else:
            cell = f"{d.diff:+.3f} ({d.ci[0]:+.3f} to {d.ci[1]:+.3f}){mark}"
        lines.append(f"| {d.label} | {_num(d.base, '{:.3f}')} | {_num(d.tuned, '{:.3f}')} | {cell} | {d.n} |")
    return [*lines, ""]


def render_recommendations(report: ComparisonReport) -> list[str]:
    t = report.thresholds or Thresholds().applied()
    lines = [
        "## Recommendation", "",
        f"The smallest model that meets every threshold: empathy ≥ {t.min_empathy_share:.0%} of the therapists' "
        f"answers' score ({_num(t.min_empathy)} of 6), guard replaced ≤ "
        f"{t.max_replaced_rate:.0%} of generated probe replies, ≥ {t.min_tokens_per_s} tokens/s, first token ≤ "
        f"{t.max_ttft_ms:.0f} ms, and fits the memory (a fine-tuned variant is its base's size; between the same size, "
        "the higher empathy score wins).", "",
        "| hardware | recommended | evidence | caveats |", "|---|---|---|---|",
    ]
    for r in report.recommendations:
        ev = r.evidence
        evidence = (f"{ev.parameters / 1e6:,.0f}M params, empathy {_num(ev.empathy)}, replaced "
                    f"{_num(ev.replaced_rate, '{:.0%}')}, {_num(ev.tokens_per_s, '{:.1f}')} tok/s, TTFT "
                    f"{_num(ev.ttft_ms, '{:.0f}')} ms, {_num(ev.memory_mb, '{:,.0f}')} MiB") if ev else DASH
        choice = (r.choice or "none meets the thresholds") + (" (provisional)" if r.provisional else "")
        lines.append(f"| {r.hardware} | {choice} | {evidence} | {_cell('; '.join(r.caveats) or DASH)} |")
    return [*lines, ""]


def render_table(report: ComparisonReport) -> list[str]:
    lines = [
        "## The comparison", "",
        "| model | trainable LoRA params | peak train memory | held-out perplexity | empathy (0–6) | ER / IP / EX "
        "(0–2) | embedding sim. | ROUGE-L | guard replaced | crisis → resources | tok/s | TTFT | memory loaded |",
        "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for v in report.variants:
        lines.append(table_row(v))
    ref = report.reference.empathy
    if ref:
        levels = " / ".join(f"{x:.2f}" for x in ref.mean_level.values())
        lines.append(f"| therapists' answers (reference) | | | | {ref.mean_total:.2f} | {levels} | 1.00 | 1.00 | | | | | |")
    return [*lines, "", "ER, IP, EX: emotional reactions, interpretations, explorations (EPITOME). Speed and memory: "
            "the generating backend on this machine.", ""]


def table_row(v: VariantResult) -> str:
    row, emp = SummaryRow.of(v), v.empathy
    levels = " / ".join(f"{x:.2f}" for x in emp.mean_level.values()) if emp else DASH
    replaced = f"{row.replaced}/{row.generated}" if v.safety else DASH
    crisis = f"{row.crisis_with_resources}/{row.crisis_n}" if v.safety else DASH
    return (f"| {v.label} | {_num(v.trainable_params, '{:,}')} | {_num(v.peak_train_memory_mb, '{:,.0f} MiB')} | "
            f"{_num(row.perplexity)} | {_num(row.empathy)} | {levels} | "
            f"{_num(row.similarity, '{:.3f}')} | {_num(row.rouge_l, '{:.3f}')} | "
            f"{replaced} | {crisis} | {_num(row.tokens_per_s, '{:.1f}')} | "
            f"{_num(row.ttft_ms, '{:.0f} ms')} | {_num(row.memory_mb, '{:,.0f} MiB')} |")


def render_charts(report: ComparisonReport) -> list[str]:
    if not report.charts:
        return []
    return ["## Charts", "", *(f"![{name.removesuffix('.png')}]({name})" for name in report.charts), ""]


MECHANISM_NAMES = {"emotional_reactions": "emotional reactions", "interpretations": "interpretations",
                   "explorations": "explorations"}


def _reads_reply_alone(config: dict) -> bool:
    """Whether the scorer was trained on replies alone (``context_dropout`` 1), so it never reads the question."""
    return config.get("method") == "finetune" and config.get("context_dropout", 0) >= 1


def _scorer_method(config: dict) -> str:
    """What the scorer is and what it reads, from its training config."""
    if config.get("method") != "finetune":
        return "a logistic regression per mechanism on frozen MiniLM embeddings of the reply and the question"
    reads = ("the reply alone (the question is not read)" if _reads_reply_alone(config)
             else "the reply and the question as one sentence pair")
    rationales = (", with a token head per mechanism trained on the passages EPITOME's annotators marked"
                  if config.get("rationale_weight") else "")
    return f"the bundled MiniLM encoder fine-tuned end to end with three 3-way heads{rationales}; it reads {reads}"


def render_empathy_method(report: ComparisonReport) -> list[str]:
    """How empathy is scored, from the scorer's own card: its data, split, thresholds and agreement with people."""
    lines = [
        "## How empathy is scored", "",
        "Replies are rated on EPITOME's three mechanisms (Sharma et al., EMNLP 2020), each none (0), weak (1) or "
        "strong (2): emotional reactions (warmth, compassion), interpretations (showing understanding of what the "
        "person feels), explorations (inviting them to say more); the reply's score is their sum, 0–6. The scorer "
        "learns EPITOME's own human ratings of Reddit support replies; the therapists' own answers are scored the "
        "same way as a reference point.", "",
    ]
    s = report.scorer
    if s is None:
        return [*lines, f"**Empathy {report.scorer_note}**", ""]
    method = _scorer_method(s.config or {})
    lines += [
        f"**The scorer** ({s.name}, version {s.version}): {method}. EPITOME is split by seeker post "
        f"(seed {s.split_seed}; {s.replies_in('train')} / {s.replies_in('validation')} / "
        f"{s.replies_in('test')} replies for train / validation / test, fingerprint `{s.split_fingerprint}`); "
        "per-level thresholds were tuned on validation; the test split tunes nothing (it gives the figures below, "
        "though earlier scorer versions were compared on it too, so EPITOME's part kept outside this project is the "
        "clean check).", "",
    ]
    if s.test:
        lines += (agreement_table(s.test, "reading the reply alone", None) if _reads_reply_alone(s.config or {})
                  else agreement_table(s.test, "with the seeker's post", s.test_without_context))
    lines += [
        f"Scorer licence: {report.scorer_note}.", "",
        "Limits: EPITOME's replies are Reddit peer support, shorter and less formal than counselling answers "
        "(domain shift); the weak levels are rare, so their F1 is noisy (see the intervals); English only. Use the "
        "score to compare models measured alike, with the paired intervals above, and read the replies below.", "",
    ]
    return lines


def agreement_table(test: Agreement, how: str, alone: Agreement | None) -> list[str]:
    """Per-mechanism accuracy and macro-F1 (95% CI) against people, the majority baseline, and the total's Spearman."""
    def ci(pair) -> str:
        return f"{pair[0]:.2f}–{pair[1]:.2f}"

    lines = [
        f"**Agreement with people on EPITOME's held-out test split** ({test.n} replies, scored {how}; "
        "macro-F1 is the mean F1 of the three levels, 95% bootstrap interval):", "",
        "| mechanism | accuracy | always the commonest level | macro-F1 (95% CI) | majority macro-F1 |"
        + (" macro-F1 without the post |" if alone else ""),
        "|---|---:|---:|---:|---:|" + ("---:|" if alone else ""),
    ]
    for m, r in test.mechanisms.items():
        extra = f" {alone.mechanisms[m].macro_f1:.2f} |" if alone and m in alone.mechanisms else ""
        lines.append(f"| {MECHANISM_NAMES.get(m, m)} | {r.accuracy:.2f} | {r.majority_accuracy:.2f} | "
                     f"{r.macro_f1:.2f} ({ci(r.macro_f1_ci)}) | {r.majority_macro_f1:.2f} |{extra}")
    lines += [
        "", f"Mean macro-F1 {test.mean_macro_f1:.2f} ({ci(test.mean_macro_f1_ci)}); Spearman correlation of the "
        f"0–6 total with the human total {test.total_spearman:.2f} ({ci(test.total_spearman_ci)}). For "
        "comparison, the published RoBERTa classifiers reach macro-F1 0.75 / 0.70 / 0.64 (Sharma et al. 2020).", "",
    ]
    return lines


def render_similarity_method() -> list[str]:
    return [
        "## How reference similarity is measured", "",
        "Each reply is compared with every therapist's answer to the same held-out question and the best match is "
        "kept: cosine similarity of MiniLM sentence embeddings (meaning), and ROUGE-L F-measure (longest common "
        "word subsequence; lower-cased word tokens, no stemming) for comparison with published figures. Therapists' "
        "answers are long (140 words at the median) while replies stop at the token limit, which caps ROUGE-L's "
        "recall for every model alike.", "",
    ]


def render_safety(report: ComparisonReport) -> list[str]:
    scored = [v for v in report.variants if v.safety]
    if not scored:
        return []
    lines = [
        "## Safety probes", "",
        "Each probe went through the guarded chat path in a fresh conversation. *replaced*: the guard withdrew the "
        "model's raw reply; *crisis*: the assessment answered with the crisis response (the model was not asked); "
        "*resources*: the reply named a vetted crisis contact. Crisis routing is the guard's, the same for every model.", "",
        "| probe | kind | risk | " + " | ".join(v.label for v in scored) + " |",
        "|---|---|---|" + "---|" * len(scored),
    ]
    for index, probe in enumerate(report.probes):
        cells = []
        for v in scored:
            o = next(o for o in v.safety.outcomes if o.probe_id == probe.id)
            marks = [m for m, on in (("crisis", o.crisis_response), ("replaced", o.replaced),
                                     ("resources", o.resources)) if on]
            cells.append(", ".join(marks) or "answered")
        risk = scored[0].safety.outcomes[index].risk_level
        lines.append(f"| {_cell(probe.text, 80)} | {ProbeKind(probe.kind).value} | {risk} | " + " | ".join(cells) + " |")
    missed = [o.probe_id for o in scored[0].safety.outcomes if o.kind == ProbeKind.CRISIS and not o.resources]
    if missed:
        lines += ["", f"**Crisis probes that got no crisis resources** (for every model, since the assessment rated "
                      f"them below high risk): {', '.join(missed)}. This is a gap in the safety layer to fix before "
                      "deployment, not a property of any model."]
    return [*lines, ""]


def render_speed(report: ComparisonReport) -> list[str]:
    lines = ["## Speed and cost", "",
             "Medians over the generated replies; memory is the resident memory the loaded model added.", "",
             "| model | backend | replies | tokens/s | time to first token | mean reply tokens | memory loaded | from cache |",
             "|---|---|---:|---:|---:|---:|---:|---|"]
    for v in report.variants:
        for s in v.speed:
            lines.append(f"| {v.label} | {s.backend} | {s.replies} | {s.tokens_per_s:.1f} | {s.ttft_ms:.0f} ms | "
                         f"{s.reply_tokens:.0f} | {_num(s.memory_mb, '{:,.0f} MiB')} | {'yes' if s.cached else 'no'} |")
    return [*lines, ""]


def render_side_by_side(report: ComparisonReport) -> list[str]:
    count = report.config.side_by_side
    lines = ["## Replies side by side", "",
             f"The first {count} held-out questions; every model answered the same question in a fresh conversation.", ""]
    for i, prompt in enumerate(report.prompts[:count], 1):
        lines += [f"### {i}. {_cell(prompt.topic or 'question', 80)}", "", f"> **Person:** {_cell(prompt.text)}", "",
                  f"> **A therapist:** {_cell(prompt.references[0])}", ""]
        for v in report.variants:
            emp = v.reply_empathy.get(prompt.id)
            score = f" *(empathy {emp.total}/6)*" if emp else ""
            lines += [f"**{v.label}**{score}: {_cell(v.replies.get(prompt.id, ''))}", ""]
    return lines


def render_cards(report: ComparisonReport) -> list[str]:
    from haven.evaluate.cards import render_data_card, render_model_card

    lines = ["## Model cards", ""]
    for card in report.model_cards:
        lines += render_model_card(card)
    if report.data_card:
        lines += ["## Data card", "", *render_data_card(report.data_card)]
    return lines


def render_notes(report: ComparisonReport) -> list[str]:
    if not report.notes:
        return []
    return ["## Notes", "", *(f"- {n}" for n in report.notes), ""]
