"""load_table: a user's CSV/TSV/JSONL, the happy paths and every malformed case."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haven.data import MetaKey, Role, load_table
from haven.errors import DataError


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def jsonl(*objects) -> str:
    return "".join(json.dumps(obj) + "\n" for obj in objects)


def chat(*turns):
    return [{"role": role, "content": content} for role, content in turns]


# --- happy paths -----------------------------------------------------------------


def test_csv_prompt_response(tmp_path):
    path = write(
        tmp_path, "pairs.csv", 'prompt,response\nI feel low.,"That sounds hard, tell me more."\n'
    )
    [example] = load_table(path)
    assert example.prompt == "I feel low."
    assert example.response == "That sounds hard, tell me more."
    assert example.meta == {MetaKey.FILE: "pairs.csv", MetaKey.LINE: 2}


def test_identical_questions_share_a_group_ignoring_case_and_spacing(tmp_path):
    path = write(
        tmp_path,
        "pairs.csv",
        "prompt,response\nI feel low.,Answer one.\n"
        " i  FEEL low. ,Answer two.\nOther?,Answer three.\n",
    )
    first, second, third = load_table(path)
    assert first.group_id == second.group_id != third.group_id
    assert first.group_id.startswith("table:")


def test_tsv_and_custom_column_names(tmp_path):
    path = write(tmp_path, "pairs.tsv", "question\tanswer\nWhy, though?\tBecause, sometimes.\n")
    [example] = load_table(path, prompt_column="question", response_column="answer")
    assert example.response == "Because, sometimes."


def test_csv_messages_column_holds_json(tmp_path):
    messages = json.dumps(chat(("system", "Be kind."), ("user", "Hi"), ("assistant", "Hello.")))
    path = write(tmp_path, "chats.csv", "messages\n" + '"' + messages.replace('"', '""') + '"\n')
    [example] = load_table(path)
    assert [m.role for m in example.messages] == [Role.SYSTEM, Role.USER, Role.ASSISTANT]


def test_jsonl_pairs_and_messages_with_blank_lines(tmp_path):
    content = (
        jsonl({"prompt": "Q1", "response": "A1"})
        + "\n   \n"
        + jsonl(
            {
                "messages": chat(
                    ("user", "Q2"), ("assistant", "A2"), ("user", "Q3"), ("assistant", "A3")
                )
            }
        )
    )
    first, second = load_table(write(tmp_path, "data.jsonl", content))
    assert first.meta[MetaKey.LINE] == 1 and second.meta[MetaKey.LINE] == 4
    assert second.prompt == "Q3" and second.response == "A3"


def test_group_column(tmp_path):
    content = jsonl(
        {"prompt": "Q1", "response": "A1", "thread": 7},
        {"prompt": "Q2", "response": "A2", "thread": 7},
    )
    first, second = load_table(write(tmp_path, "d.json-lines", content), group_column="thread")
    assert first.group_id == second.group_id == "table:7"


def test_utf8_bom_is_accepted(tmp_path):
    path = write(tmp_path, "bom.csv", b"\xef\xbb\xbfprompt,response\nq,a\n")
    assert load_table(path)[0].prompt == "q"


# --- malformed input: every error names the file and the line --------------------

MALFORMED = [
    pytest.param(
        "a.csv",
        "question,answer\nq,a\n",
        r"line 1: found columns \['answer', 'question'\]",
        id="csv-missing-columns",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"prompt": "q", "response": "a"}, {"prompt": "q", "reply": "a"}),
        r"line 2: found columns \['prompt', 'reply'\]",
        id="jsonl-missing-key",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"prompt": "q", "response": "a"}) + '{"prompt": "q",\n',
        r"line 2: invalid JSON",
        id="invalid-json",
    ),
    pytest.param(
        "a.jsonl",
        b'{"prompt": "q", "response": "a"}\n{"prompt": "caf\xe9", "response": "a"}\n',
        r"line 2: not valid UTF-8",
        id="invalid-utf8",
    ),
    pytest.param(
        "a.csv",
        b"prompt,response\nok,fine\n\xff\xfe,x\n",
        r"line 3: not valid UTF-8",
        id="invalid-utf8-csv",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"messages": chat(("user", "q"), ("counsellor", "a"))}),
        r"line 1: message 2 has role 'counsellor'",
        id="wrong-role",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"messages": chat(("user", "q"), ("assistant", "a"), ("user", "and?"))}),
        r"line 1: the conversation ends with a user turn",
        id="ends-with-user",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"messages": chat(("assistant", "hello"), ("user", "q"), ("assistant", "a"))}),
        r"line 1: the conversation must start with a user turn",
        id="starts-with-assistant",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"messages": chat(("user", "q"), ("system", "s"), ("assistant", "a"))}),
        r"line 1: a system message may only come first",
        id="system-in-the-middle",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"messages": []}),
        r"line 1: messages must be a non-empty list",
        id="empty-messages",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"messages": [{"role": "user"}]}),
        r"line 1: message 1 must be an object",
        id="message-without-content",
    ),
    pytest.param(
        "a.jsonl",
        jsonl({"prompt": "q", "response": 42}),
        r"line 1: response must be text, got int",
        id="number-not-text",
    ),
    pytest.param(
        "a.jsonl",
        '{"prompt": "\\ud800", "response": "a"}\n',
        r"line 1: prompt holds an unpaired surrogate",
        id="lone-surrogate",
    ),
    pytest.param(
        "a.jsonl", "[1, 2]\n", r"line 1: expected a JSON object, got list", id="not-an-object"
    ),
    pytest.param(
        "a.csv", "prompt,response\nq,a\nq2,\n", r"line 3: response is empty", id="empty-cell"
    ),
    pytest.param(
        "a.csv",
        "prompt,response\nq,a,extra\n",
        r"line 2: 3 cells where the header has 2",
        id="too-many-cells",
    ),
    pytest.param(
        "a.csv",
        'prompt,response\nq,"never closed\nmore\n',
        r"line 2: malformed CSV: unexpected end of data \(read through line 3\)",
        id="unclosed-quote",
    ),
    pytest.param(
        "a.csv", 'prompt,response\nq,"stray"quote\n', r"line 2: malformed CSV", id="stray-quote"
    ),
    pytest.param(
        "a.csv",
        'messages\n"[{""role"": ""user"", ""content"": ""q""}"\n',
        r"line 2: invalid JSON",
        id="csv-messages-invalid-json",
    ),
]


@pytest.mark.parametrize("name, content, message", MALFORMED)
def test_malformed_input_names_the_line(tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(DataError, match=message) as caught:
        load_table(path)
    assert str(path) in str(caught.value)


def test_empty_group_cell_names_the_line(tmp_path):
    path = write(tmp_path, "g.csv", "prompt,response,thread\nq,a,1\nq2,a2,\n")
    with pytest.raises(DataError, match=r"line 3: group column 'thread' is empty"):
        load_table(path, group_column="thread")


@pytest.mark.parametrize("content", ["", "  \n\n", "\ufeff"])
def test_empty_file(tmp_path, content):
    with pytest.raises(DataError, match="is empty"):
        load_table(write(tmp_path, "empty.jsonl", content))


def test_header_only(tmp_path):
    with pytest.raises(DataError, match="holds no rows"):
        load_table(write(tmp_path, "h.csv", "prompt,response\n"))


def test_unknown_suffix_and_missing_file(tmp_path):
    with pytest.raises(DataError, match=r"suffix '.xlsx'; rename it to one of .csv"):
        load_table(write(tmp_path, "data.xlsx", "x"))
    with pytest.raises(DataError, match="cannot read .*nothing.csv"):
        load_table(tmp_path / "nothing.csv")


def test_missing_group_column(tmp_path):
    path = write(tmp_path, "g.csv", "prompt,response\nq,a\n")
    with pytest.raises(DataError, match=r"line 1: group column 'thread' not among"):
        load_table(path, group_column="thread")


# --- fuzzing: whatever the bytes, only DataError ---------------------------------

SUFFIXES = [".jsonl", ".csv", ".tsv"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["prompt", "response", "messages", "role", "content", "user", "assistant"]),
        children,
        max_size=4,
    ),
    max_leaves=12,
)


def load_bytes(suffix: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            examples = load_table(path)
        except DataError:
            return
        assert examples and all(e.messages[-1].role is Role.ASSISTANT for e in examples)


@settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(suffix=st.sampled_from(SUFFIXES), data=st.binary(max_size=300))
def test_arbitrary_bytes_raise_only_data_error(suffix, data):
    load_bytes(suffix, data)


@settings(
    max_examples=75, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(suffix=st.sampled_from(SUFFIXES), lines=st.lists(json_values, max_size=4))
def test_json_shaped_lines_raise_only_data_error(suffix, lines):
    header = "prompt,response,messages\n" if suffix != ".jsonl" else ""
    load_bytes(suffix, (header + "\n".join(json.dumps(value) for value in lines)).encode("utf-8"))
