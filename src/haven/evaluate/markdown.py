"""``report.md``: the comparison as a document a builder can read top to bottom.

Verdicts and the recommendation come first (what the comparison is for), then the
table, the charts, how each measure was made and its limits, the safety probes, the
replies side by side, and the model and data cards.
"""

from __future__ import annotations

from haven.evaluate.report import ComparisonReport, VariantResult

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
        f"{machine.get('cpu', '?')} ({machine.get('cores', '?')} cores). Models: {', '.join(cfg['models'])}; "
        f"{len(report.prompts)} held-out questions, {len(report.probes)} safety probes, replies by {cfg['backend']}"
        + (f" ({cfg['threads']} thread(s))" if cfg.get("threads") else "")
        + (f"; load average at the start {machine['load_average'][0]:.1f}" if machine.get("load_average") else "") + ".",
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
    return [*lines, *(f"- {v['text']}" for v in report.verdicts), ""]


def render_recommendations(report: ComparisonReport) -> list[str]:
    t = report.thresholds
    lines = [
        "## Recommendation", "",
        f"The smallest model that meets every threshold: empathy ≥ {t['min_empathy_share']:.0%} of the therapists' "
        f"answers' score ({_num(t.get('min_empathy'))} of 6), guard replaced ≤ "
        f"{t['max_replaced_rate']:.0%} of generated probe replies, ≥ {t['min_tokens_per_s']} tokens/s, first token ≤ "
        f"{t['max_ttft_ms']:.0f} ms, and fits the memory.", "",
        "| hardware | recommended | evidence | caveats |", "|---|---|---|---|",
    ]
    for r in report.recommendations:
        ev = r["evidence"]
        evidence = (f"{ev['parameters'] / 1e6:,.0f}M params, empathy {_num(ev['empathy'])}, replaced "
                    f"{_num(ev['replaced_rate'], '{:.0%}')}, {_num(ev['tokens_per_s'], '{:.1f}')} tok/s, TTFT "
                    f"{_num(ev['ttft_ms'], '{:.0f}')} ms, {_num(ev['memory_mb'], '{:,.0f}')} MiB") if ev else DASH
        choice = (r["choice"] or "none meets the thresholds") + (" (provisional)" if r["provisional"] else "")
        lines.append(f"| {r['hardware']} | {choice} | {evidence} | {_cell('; '.join(r['caveats']) or DASH)} |")
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
    ref = (report.reference or {}).get("empathy")
    if ref:
        levels = " / ".join(f"{x:.2f}" for x in ref["mean_level"].values())
        lines.append(f"| therapists' answers (reference) | | | | {ref['mean_total']:.2f} | {levels} | 1.00 | 1.00 | | | | | |")
    return [*lines, "", "ER, IP, EX: emotional reactions, interpretations, explorations (EPITOME). Speed and memory: "
            "the generating backend on this machine.", ""]


def table_row(v: VariantResult) -> str:
    emp, sim, safety = v.empathy, v.similarity, v.safety
    speed = v.speed[0] if v.speed else {}
    levels = " / ".join(f"{x:.2f}" for x in emp["mean_level"].values()) if emp else DASH
    replaced = f"{safety['replaced']}/{safety['generated']}" if safety else DASH
    crisis = f"{safety['crisis_with_resources']}/{safety['crisis_n']}" if safety else DASH
    return (f"| {v.label} | {_num(v.trainable_params, '{:,}')} | {_num(v.peak_train_memory_mb, '{:,.0f} MiB')} | "
            f"{_num(v.perplexity)} | {_num(emp['mean_total'] if emp else None)} | {levels} | "
            f"{_num(sim['embedding'] if sim else None, '{:.3f}')} | {_num(sim['rouge_l'] if sim else None, '{:.3f}')} | "
            f"{replaced} | {crisis} | {_num(speed.get('tokens_per_s'), '{:.1f}')} | "
            f"{_num(speed.get('ttft_ms'), '{:.0f} ms')} | {_num(speed.get('memory_mb'), '{:,.0f} MiB')} |")


def render_charts(report: ComparisonReport) -> list[str]:
    if not report.charts:
        return []
    return ["## Charts", "", *(f"![{name.removesuffix('.png')}]({name})" for name in report.charts), ""]


def render_empathy_method(report: ComparisonReport) -> list[str]:
    from haven.evaluate.empathy import STRONG_MIN, WEAK_MIN

    lines = [
        "## How empathy is scored", "",
        "Replies are rated on EPITOME's three mechanisms (Sharma et al., EMNLP 2020): emotional reactions (warmth, "
        "compassion), interpretations (showing understanding of what the person feels), explorations (inviting them "
        "to say more). The scorer learns from ESConv's supporter utterances (Liu et al., ACL 2021), whose support "
        "strategies map onto the mechanisms:", "",
        "| ESConv strategy | mechanism | why |", "|---|---|---|",
        *(f"| {s} | {m['mechanism'] or 'none'} | {m['why']} |" for s, m in report.mapping.items()), "",
        "A logistic regression on the bundled MiniLM sentence embeddings (plus a question-mark flag) predicts one of "
        "the four classes for each sentence of a reply; a mechanism's probability for the reply is its highest "
        f"sentence probability, and its level is **strong** at ≥ {STRONG_MIN}, **weak** at ≥ {WEAK_MIN}, else "
        "**none** (probability bands, not EPITOME's human-rated explicitness). The reply's score is the sum of the "
        "three levels, 0–6. The therapists' own answers are scored the same way as a reference point.", "",
    ]
    s = report.scorer
    if s is None:
        return [*lines, f"**Empathy {report.scorer_note}**", ""]
    lines += [
        f"**Agreement with held-out labels**: {s['accuracy']:.1%} (Wilson 95% CI {s['ci_low']:.1%}–{s['ci_high']:.1%}) "
        f"on {s['n']:,} utterances of ESConv's test conversations (never seen in training; {s['train_n']:,} training "
        f"utterances); Cohen's kappa {s['kappa']:.2f}; always guessing the most frequent class scores "
        f"{s['majority_baseline']:.1%}. Haven claims at least {s['claimed_floor']:.0%} and its tests check it.", "",
        "| class | precision | recall | held-out support |", "|---|---:|---:|---:|",
        *(f"| {name} | {c['precision']:.2f} | {c['recall']:.2f} | {c['support']} |" for name, c in s["per_class"].items()),
        "",
        f"Scorer licence: {report.scorer_note}.", "",
        "Limits: the labels are crowd workers' strategies on short chat turns (15 words at the median), mapped by "
        "hand onto EPITOME's mechanisms, so they are noisy (one strategy per utterance, while a sentence may enact "
        "two); counselling answers are longer and more formal than ESConv turns (domain shift); emotional reactions "
        "have the lowest recall, so the score under-counts warmth; English only; any question counts as an "
        "exploration, caring or not, and a reply that echoes the person's own words and questions (as the base "
        "Gemma, which writes both sides of the dialogue, often does) scores as interpretation and exploration. Use "
        "it to compare models measured alike, and read the replies below, not as an absolute rating.", "",
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
    for probe in report.probes:
        cells = []
        for v in scored:
            o = next(o for o in v.safety["outcomes"] if o["probe_id"] == probe["id"])
            marks = [m for m, on in (("crisis", o["crisis_response"]), ("replaced", o["replaced"]),
                                     ("resources", o["resources"])) if on]
            cells.append(", ".join(marks) or "answered")
        risk = scored[0].safety["outcomes"][[p["id"] for p in report.probes].index(probe["id"])]["risk_level"]
        lines.append(f"| {_cell(probe['text'], 80)} | {probe['kind']} | {risk} | " + " | ".join(cells) + " |")
    missed = [o["probe_id"] for o in scored[0].safety["outcomes"] if o["kind"] == "crisis" and not o["resources"]]
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
            lines.append(f"| {v.label} | {s['backend']} | {s['replies']} | {s['tokens_per_s']:.1f} | {s['ttft_ms']:.0f} ms | "
                         f"{s['reply_tokens']:.0f} | {_num(s['memory_mb'], '{:,.0f} MiB')} | {'yes' if s['cached'] else 'no'} |")
    return [*lines, ""]


def render_side_by_side(report: ComparisonReport) -> list[str]:
    count = report.config.get("side_by_side", 5)
    lines = ["## Replies side by side", "",
             f"The first {count} held-out questions; every model answered the same question in a fresh conversation.", ""]
    for i, prompt in enumerate(report.prompts[:count], 1):
        lines += [f"### {i}. {_cell(prompt['topic'] or 'question', 80)}", "", f"> **Person:** {_cell(prompt['text'])}", "",
                  f"> **A therapist:** {_cell(prompt['references'][0])}", ""]
        for v in report.variants:
            emp = v.reply_empathy.get(prompt["id"])
            score = f" *(empathy {emp['total']}/6)*" if emp else ""
            lines += [f"**{v.label}**{score}: {_cell(v.replies.get(prompt['id'], ''))}", ""]
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
