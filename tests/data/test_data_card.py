"""The data card: licence, cleaning, split and topics, as JSON and Markdown."""

from __future__ import annotations

import json

from haven.data import (
    LICENCES,
    DataSource,
    build_data_card,
    clean_examples,
    load_counsel_chat,
    load_esconv,
    render_data_card_markdown,
    split_by_group,
)


def card_for(examples, source):
    result = clean_examples(examples)
    split = split_by_group(result.examples, seed=3)
    return build_data_card(source, result.report, split), result, split


def test_counsel_chat_card(fixtures_dir):
    card, result, split = card_for(
        load_counsel_chat(fixtures_dir / "forum_sample.csv"), "counsel-chat"
    )
    json.dumps(card)
    assert card["licence"] == "MIT" and card["commercial_use"] is True
    assert card["attribution"] == LICENCES[DataSource.COUNSEL_CHAT].attribution
    assert card["cleaning"]["input_count"] == 7
    assert card["cleaning"]["skipped_at_load"] == {"empty": 1}
    assert card["cleaning"]["removed"]["duplicate"] == 1
    assert card["cleaning"]["removed"]["promotional"] == 1
    assert card["split"]["seed"] == 3 and card["split"]["fingerprint"] == split.fingerprint()
    assert card["split"]["sizes"] == split.sizes()
    assert sum(t["total"] for t in card["topics"].values()) == result.report.output_count


def test_esconv_card_says_noncommercial(fixtures_dir):
    examples = load_esconv(fixtures_dir / "support_dialogs", accept_noncommercial=True)
    card, _, _ = card_for(examples, DataSource.ESCONV)
    assert card["licence"] == "CC-BY-NC-4.0" and card["commercial_use"] is False
    assert "not allowed" in render_data_card_markdown(card)


def test_user_table_card_has_unknown_licence(tmp_path):
    from haven.data import load_table

    path = tmp_path / "mine.jsonl"
    lines = [
        {"prompt": f"Question {i}?", "response": "A reply that is long enough to keep."}
        for i in range(3)
    ]
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    card, _, _ = card_for(load_table(path), path)
    assert card["source"] == "table" and card["name"] == "mine.jsonl"
    assert card["commercial_use"] is None and "check" in card["licence"]


def test_markdown_has_every_section(fixtures_dir):
    card, _, split = card_for(
        load_counsel_chat(fixtures_dir / "forum_sample.csv"), "counsel-chat"
    )
    markdown = render_data_card_markdown(card)
    for heading in (
        "# Data card: Counsel Chat",
        "## Origin and licence",
        "## Cleaning",
        "## Split",
        "## Topics",
    ):
        assert heading in markdown
    assert split.fingerprint() in markdown
    assert "| duplicate | 1 |" in markdown and "nbertagnolli" in markdown
