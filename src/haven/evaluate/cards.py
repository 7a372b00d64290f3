"""Model cards and the data card, for the comparison report.

Model cards follow Mitchell et al. (2019, "Model Cards for Model Reporting",
arXiv:1810.03993) in brief: details (architecture, parameters, licence, source),
intended use, limits, and bias and safety notes. The facts come from the catalog
(:mod:`haven.models.catalog`) and, for a fine-tuned model, from its run card; the data
card is the one every run card carries (:mod:`haven.data.card`), rendered the same
way as beside an adapter.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

SAFETY_NOTE = (
    "Not a therapist and not a crisis service. Every reply passes Haven's guard: messages at high or "
    "imminent risk get the crisis response with vetted lines, and replies giving means, doses, self-harm "
    "technique, diet targets or unvetted numbers are replaced."
)
BIAS_NOTE = (
    "Pre-training on web text carries its social biases. The fine-tuning data are answers from a US "
    "counselling forum (counsel-chat): American idiom, services and norms, topics skewed towards "
    "depression, anxiety and relationships, and the views of the therapists who chose to post."
)


@dataclass(frozen=True)
class FineTuning:
    """How a model's adapter was made, from its run card."""

    method: str
    rank: int | None
    alpha: float | None
    target_modules: list[str] | None
    steps: int
    trainable_params: int
    trainable_pct: float
    data: str | None
    precision: str | None
    device: str | None


@dataclass(frozen=True)
class ModelCard:
    """What a reader should know about one model in the comparison."""

    name: str
    hub_id: str | None
    architecture: str
    parameters: int
    context_length: int
    licence: str
    chat_tuned: bool
    quantisation: str | None
    intended_use: str
    limits: str
    bias_notes: str
    safety_notes: str
    fine_tuning: FineTuning | None  # LoRA rank, alpha, steps, trainable params, data; None without an adapter
    weights_mb: float | None = None  # the weights file's size as llama.cpp maps it (the dashboard shows it)
    run: object | None = None  # the adapter's run results (haven.app.results.RunResult), when one was trained
    data_card: dict | None = None  # the training data's card, when one was trained

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "ModelCard":
        names = {f.name for f in fields(cls)}
        tuning = data.get("fine_tuning")
        return cls(**{**{k: v for k, v in data.items() if k in names},
                      "fine_tuning": FineTuning(**tuning) if tuning else None})


def quantisation_of(gguf_file: str | None) -> str | None:
    """The quantisation type named in a GGUF file name (``...Q4_1.gguf`` → ``Q4_1``)."""
    if not gguf_file:
        return None
    stem = gguf_file.rsplit(".", 1)[0]
    for part in reversed(stem.replace("-", ".").split(".")):
        if part.upper().startswith(("Q", "F16", "F32", "BF16")) and any(ch.isdigit() for ch in part):
            return part.upper()
    return None


def build_model_card(name: str, run_card=None) -> ModelCard:
    """The card of a catalog model, with its fine-tuning facts when a run card is given."""
    from haven.models.catalog import get_spec

    spec = get_spec(name)
    tuning = None
    if run_card is not None:
        cfg = run_card.config
        tuning = FineTuning(
            method="LoRA", rank=cfg.get("lora_r"), alpha=cfg.get("lora_alpha"),
            target_modules=cfg.get("target_modules"), steps=run_card.steps,
            trainable_params=run_card.trainable_params, trainable_pct=run_card.trainable_pct,
            data=run_card.data.get("source"), precision=run_card.precision, device=run_card.device,
        )
    return ModelCard(
        name=spec.name, hub_id=spec.hub_id, architecture=spec.architecture, parameters=spec.parameters,
        context_length=spec.context_length, licence=spec.licence, chat_tuned=spec.chat_tuned,
        quantisation=quantisation_of(spec.gguf_file), intended_use=spec.intended_use, limits=spec.limits,
        bias_notes=BIAS_NOTE, safety_notes=SAFETY_NOTE, fine_tuning=tuning,
    )


def render_model_card(card: ModelCard) -> list[str]:
    """Markdown lines for one model card."""
    lines = [
        f"### {card.name}", "",
        f"- Upstream: {card.hub_id or 'local'}; architecture `{card.architecture}`, "
        f"{card.parameters / 1e6:,.0f}M parameters, context {card.context_length:,} tokens"
        + (f", served as {card.quantisation} GGUF" if card.quantisation else ""),
        f"- Licence: {card.licence}; {'chat-tuned' if card.chat_tuned else 'base model (not chat-tuned)'}",
        f"- Intended use: {card.intended_use}",
        f"- Limits: {card.limits}",
        f"- Bias: {card.bias_notes}",
        f"- Safety: {card.safety_notes}",
    ]
    tuning = card.fine_tuning
    if tuning:
        lines.append(
            f"- Fine-tuning: {tuning.method} r={tuning.rank}, alpha={tuning.alpha} on "
            f"{', '.join(tuning.target_modules or [])}; {tuning.steps} steps, "
            f"{tuning.trainable_params:,} trainable parameters ({tuning.trainable_pct:.2f}%), "
            f"data `{tuning.data}`, {tuning.precision} on {tuning.device}"
        )
    else:
        lines.append("- Fine-tuning: none found (train one with `haven train`)")
    return [*lines, ""]


def render_data_card(card: dict) -> list[str]:
    """Markdown lines for the data card a run card carries."""
    from haven.data.card import render_cleaning, render_origin, render_split

    lines = [f"### {card['name']}", ""]
    for section in (render_origin(card), render_cleaning(card["cleaning"]), render_split(card["split"])):
        lines += [line.replace("## ", "#### ", 1) if line.startswith("## ") else line for line in section]
    return lines
