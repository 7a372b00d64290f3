"""The data card: what a model was trained on, under which licence, and how it was cut.

Every artefact says how it was made (CONVENTIONS.md): the card travels with an
adapter's run card so a reader can see the data's origin and attribution, what
cleaning removed and why, and reproduce the exact split from its seed and
fingerprint. The layout loosely follows "Datasheets for Datasets" (Gebru et al.,
2018, arXiv:1803.09010) and Hugging Face dataset cards.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from haven.data.clean import CleaningReport
from haven.data.sources import LICENCES, DataSource
from haven.data.split import DataSplit

CARD_VERSION = 1
NO_TOPIC = "(none)"
USER_TABLE_LICENCE = "as set by the file's owner: check you may train on it"


def build_data_card(
    source: str | DataSource | Path, clean_report: CleaningReport, split: DataSplit
) -> dict:
    """A JSON-ready description of the training data.

    Args:
        source: the data set name, or the path of a user's table.
        clean_report: what :func:`~haven.data.clean.clean_examples` did.
        split: the split the model was trained and measured on.
    """
    return {
        "card_version": CARD_VERSION,
        **describe_origin(source),
        "cleaning": clean_report.to_dict(),
        "split": {
            "sizes": split.sizes(),
            "seed": split.seed,
            "validation_fraction": split.validation_fraction,
            "fingerprint": split.fingerprint(),
            "grouped_by": "group_id (question or conversation)",
        },
        "topics": count_topics(split),
    }


def describe_origin(source: str | DataSource | Path) -> dict:
    """Name, origin, licence and attribution of a named set or a user's file."""
    name = source.value if isinstance(source, DataSource) else str(source)
    known = {s.value: s for s in LICENCES}
    if name in known:
        licence = LICENCES[known[name]]
        return {
            "source": name,
            "name": licence.name,
            "origin": licence.url,
            "licence": licence.licence,
            "commercial_use": licence.commercial_use,
            "attribution": licence.attribution,
        }
    return {
        "source": DataSource.TABLE.value,
        "name": Path(name).name,
        "origin": name,
        "licence": USER_TABLE_LICENCE,
        "commercial_use": None,
        "attribution": "",
    }


def count_topics(split: DataSplit) -> dict[str, dict[str, int]]:
    """Examples per topic and side, most frequent topic first."""
    train = Counter(example.topic or NO_TOPIC for example in split.train)
    validation = Counter(example.topic or NO_TOPIC for example in split.validation)
    total = train + validation
    return {
        topic: {"train": train[topic], "validation": validation[topic], "total": count}
        for topic, count in sorted(total.items(), key=lambda item: (-item[1], item[0]))
    }


def render_data_card_markdown(card: dict) -> str:
    """The card as Markdown, for a README next to the adapter."""
    lines = [f"# Data card: {card['name']}", ""]
    lines += render_origin(card)
    lines += render_cleaning(card["cleaning"])
    lines += render_split(card["split"])
    lines += ["## Topics", "", "| topic | train | validation |", "|---|---:|---:|"]
    for topic, counts in card["topics"].items():
        cell = topic.replace("|", "\\|")
        lines.append(f"| {cell} | {counts['train']:,} | {counts['validation']:,} |")
    return "\n".join(lines) + "\n"


def render_origin(card: dict) -> list[str]:
    """Origin and licence section."""
    commercial = {True: "allowed", False: "not allowed", None: "unknown"}[card["commercial_use"]]
    lines = [
        "## Origin and licence",
        "",
        f"- Source: `{card['source']}` ({card['origin']})",
        f"- Licence: {card['licence']} (commercial use: {commercial})",
    ]
    if card["attribution"]:
        lines.append(f"- Attribution: {card['attribution']}")
    return [*lines, ""]


def render_cleaning(cleaning: dict) -> list[str]:
    """Cleaning section: counts in and out, removals and fixes."""
    lines = [
        "## Cleaning",
        "",
        f"{cleaning['input_count']:,} examples in, {cleaning['output_count']:,} kept.",
        "",
        "| removed because | examples |",
        "|---|---:|",
    ]
    lines += [f"| {reason} | {count:,} |" for reason, count in cleaning["removed"].items()]
    lines += [
        f"| {reason} (at load) | {n:,} |" for reason, n in cleaning["skipped_at_load"].items()
    ]
    lines += ["", "| repaired | examples |", "|---|---:|"]
    lines += [f"| {fix} | {count:,} |" for fix, count in cleaning["fixes"].items()]
    for reason, samples in cleaning["samples"].items():
        lines += ["", f"Examples removed as {reason}:", *(f"- {s}" for s in samples)]
    return [*lines, ""]


def render_split(split: dict) -> list[str]:
    """Split section: sizes, seed and fingerprint."""
    sizes = split["sizes"]
    return [
        "## Split",
        "",
        f"- Train: {sizes['train']:,} examples in {sizes['train_groups']:,} groups",
        f"- Validation: {sizes['validation']:,} examples in {sizes['validation_groups']:,} groups",
        f"- Grouped by {split['grouped_by']}; fraction {split['validation_fraction']}, "
        f"seed {split['seed']}",
        f"- Fingerprint: `{split['fingerprint']}`",
        "",
    ]
