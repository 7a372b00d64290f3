"""Loaders: counsel-chat rows, ESConv conversations, and the load_examples front door."""

from __future__ import annotations

import json
import shutil

import pytest

from haven.data import (
    LICENCES,
    DataSource,
    MetaKey,
    RemovalReason,
    Role,
    load_counsel_chat,
    load_esconv,
    load_examples,
)
from haven.errors import DataError

# --- counsel-chat on the hand-written sample -------------------------------------


@pytest.fixture
def sample(fixtures_dir):
    return load_counsel_chat(fixtures_dir / "forum_sample.csv")


def by_row(examples, row):
    return next(e for e in examples if e.meta[MetaKey.ROW] == row)


def test_one_example_per_answered_row_and_empty_answers_counted(sample):
    assert len(sample) == 7
    assert sample.skipped == {RemovalReason.EMPTY.value: 1}
    assert all(e.source == DataSource.COUNSEL_CHAT.value for e in sample)


def test_user_turn_is_title_blank_line_text(sample):
    first = by_row(sample, 1)
    assert [m.role for m in first.messages] == [Role.USER, Role.ASSISTANT]
    assert first.prompt == (
        "Can I change how I feel about myself?\n\nI feel worthless most days and I barely sleep."
    )
    assert first.response.startswith("If everyone around you")


def test_title_dropped_when_the_text_repeats_it(sample):
    assert by_row(sample, 4).prompt == "Is it normal to cry in therapy? I cry every session."


def test_meta_keeps_row_votes_views_and_original_split(sample):
    example = by_row(sample, 5)
    assert example.topic == "anxiety"
    assert example.meta[MetaKey.UPVOTES] == 4 and example.meta[MetaKey.VIEWS] == 40
    assert example.meta[MetaKey.ORIGINAL_SPLIT] == "val"
    assert example.meta[MetaKey.QUESTION_ID] == "1"
    assert example.meta[MetaKey.LINE] == 6  # row 4's answer is on line 5 only; row 5 starts at 6


def test_same_question_under_another_id_shares_the_group(sample):
    # rows 1-3 ask the same question; row 3 files it under questionID 5
    assert {by_row(sample, row).group_id for row in (1, 2, 3)} == {"counsel-chat:0"}


def test_same_id_for_different_questions_shares_the_group(sample):
    assert by_row(sample, 4).group_id == by_row(sample, 5).group_id == "counsel-chat:1"


def test_folder_path_finds_the_file(tmp_path, fixtures_dir):
    shutil.copy(fixtures_dir / "forum_sample.csv", tmp_path / "20200325_counsel_chat.csv")
    assert len(load_counsel_chat(tmp_path)) == 7


def test_missing_file_says_how_to_point_at_it(tmp_path):
    with pytest.raises(DataError, match="no 20200325_counsel_chat.csv at .*--data PATH"):
        load_counsel_chat(tmp_path)


def test_missing_column_lists_the_columns_found(tmp_path):
    path = tmp_path / "counsel.csv"
    path.write_text("questionID,questionTitle,answerText\n1,t,a\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"line 1: missing columns \['questionText'"):
        load_counsel_chat(path)


# --- counsel-chat, the real file -------------------------------------------------


def test_real_counsel_chat_loads_every_row(real_counsel_chat):
    assert len(real_counsel_chat) == 2129
    assert real_counsel_chat.skipped == {}
    assert len({e.topic for e in real_counsel_chat}) == 31
    assert len({e.meta[MetaKey.QUESTION_ID] for e in real_counsel_chat}) == 815


# --- ESConv on the hand-written sample -------------------------------------------


@pytest.fixture
def esconv_sample(fixtures_dir):
    return load_esconv(fixtures_dir / "support_dialogs", accept_noncommercial=True)


def test_esconv_needs_the_noncommercial_opt_in(fixtures_dir):
    with pytest.raises(DataError) as caught:
        load_esconv(fixtures_dir / "support_dialogs")
    message = str(caught.value)
    assert "CC-BY-NC-4.0" in message and "academic" in message
    assert "--accept-noncommercial" in message


def test_esconv_merges_turns_drops_leading_greeting_and_trailing_seeker(esconv_sample):
    first = esconv_sample[0]
    assert [(m.role, m.content) for m in first.messages] == [
        (Role.USER, "Hi. I lost my job."),
        (Role.ASSISTANT, "I'm sorry to hear that. How long ago did it happen?"),
        (Role.USER, "A week ago."),
        (Role.ASSISTANT, "That sounds really hard, losing a job is a big shock."),
    ]


def test_esconv_strategies_align_with_assistant_turns(esconv_sample):
    first = esconv_sample[0]
    assert first.meta[MetaKey.STRATEGIES] == [
        ["Reflection of feelings", "Question"],
        ["Affirmation and Reassurance"],
    ]


def test_esconv_group_topic_and_meta(esconv_sample):
    first = esconv_sample[0]
    assert first.group_id == "esconv:train:1"
    assert first.topic == "job crisis"
    assert first.meta[MetaKey.EMOTION_TYPE] == "anxiety"
    assert first.meta[MetaKey.SITUATION] == "I lost my job last week."
    assert esconv_sample[-1].group_id == "esconv:test:1"


def test_esconv_conversation_without_a_reply_is_skipped_and_counted(esconv_sample):
    assert len(esconv_sample) == 3
    assert esconv_sample.skipped == {RemovalReason.EMPTY.value: 1}


def test_esconv_unknown_speaker_names_the_line(tmp_path):
    line = {"dialog": [{"speaker": "usr", "text": "hi"}, {"speaker": "bot", "text": "hello"}]}
    path = tmp_path / "train.jsonl"
    path.write_text("\n" + json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"train.jsonl, line 2: turn 2 needs 'speaker'"):
        load_esconv(path, accept_noncommercial=True)


def test_esconv_folder_without_the_split_files(tmp_path):
    with pytest.raises(DataError, match=r"lacks \['train.jsonl', 'valid.jsonl', 'test.jsonl'\]"):
        load_esconv(tmp_path, accept_noncommercial=True)


# --- ESConv, the real files ------------------------------------------------------


def test_real_esconv_shape(real_esconv):
    assert len(real_esconv) + sum(real_esconv.skipped.values()) == 1300
    assert len(real_esconv) == 1300
    for example in real_esconv:
        roles = [m.role for m in example.messages]
        assert roles[0] is Role.USER and roles[-1] is Role.ASSISTANT
        assert all(a is not b for a, b in zip(roles, roles[1:])), example.group_id
        replies = roles.count(Role.ASSISTANT)
        assert len(example.meta[MetaKey.STRATEGIES]) == replies


# --- load_examples and the licences ----------------------------------------------


def test_load_examples_dispatches_names_and_paths(fixtures_dir, tmp_path):
    csv_path = fixtures_dir / "forum_sample.csv"
    assert len(load_examples("counsel-chat", path=csv_path)) == 7
    assert (
        len(
            load_examples(
                DataSource.ESCONV, path=fixtures_dir / "support_dialogs", accept_noncommercial=True
            )
        )
        == 3
    )
    table = tmp_path / "mine.csv"
    table.write_text("q,a\nHow do I relax?,Try slow breathing for a minute.\n", encoding="utf-8")
    loaded = load_examples(str(table), prompt_column="q", response_column="a")
    assert loaded[0].response == "Try slow breathing for a minute."
    assert len(load_examples("table", path=table, prompt_column="q", response_column="a")) == 1


def test_load_examples_esconv_still_needs_the_opt_in(fixtures_dir):
    with pytest.raises(DataError, match="--accept-noncommercial"):
        load_examples("esconv", path=fixtures_dir / "support_dialogs")


def test_load_examples_unknown_name(tmp_path):
    with pytest.raises(
        DataError, match="no data set or file called 'reddit'.*counsel-chat, esconv"
    ):
        load_examples("reddit")


def test_load_examples_rejects_column_options_for_named_sets(fixtures_dir):
    with pytest.raises(DataError, match="apply to tables"):
        load_examples("counsel-chat", path=fixtures_dir, prompt_column="q")
    with pytest.raises(DataError, match="unknown column options"):
        load_examples("x.csv", prompt_col="q")


def test_licences_name_each_bundled_set():
    assert LICENCES[DataSource.COUNSEL_CHAT].licence == "MIT"
    assert LICENCES[DataSource.ESCONV].commercial_use is False
    assert all(licence.attribution and licence.url for licence in LICENCES.values())
