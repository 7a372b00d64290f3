"""Malformed training data: a DataError that names the file and the right line, never a traceback.

Property-based (hypothesis, 1,000 generated files per target) over the user's own
CSV/JSONL tables and the counsel-chat loader. Files are written the way people make
them: by a CSV writer with cells holding commas, quotes, line breaks, emoji and
right-to-left text; with missing columns, blank and short rows, empty cells; saved as
UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, or latin-1. When a row is bad, the error
must name the physical line that row starts on (line breaks inside quoted cells
counted), as an editor shows it.
"""

from __future__ import annotations

import atexit
import csv
import io
import json
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from haven.data import MetaKey, load_counsel_chat, load_table
from haven.data.load import CounselChatColumn
from haven.errors import DataError, HavenError

MANY = settings(max_examples=1000, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
SOME = settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])  # exact-line checks
FOLDER = Path(tempfile.mkdtemp(prefix="haven-fuzz-loaders-"))  # one file rewritten per example, not 1,000
atexit.register(shutil.rmtree, FOLDER, True)
LINE = re.compile(r", line (\d+)\b")
FILE_LEVEL = ("is empty", "holds no rows", "cannot tell the format")

cell_text = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from([",", '"', "\n", "\t", " ", "é", "😢", "ש", "ع", "\u200f"]),
    ),
    max_size=30,
)
good_cell = cell_text.filter(lambda s: s.strip())
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1"])


def write_file(name: str, text: str, encoding: str) -> Path:
    path = FOLDER / name
    path.write_bytes(text.encode(encoding, errors="replace") if encoding == "latin-1" else text.encode(encoding))
    return path


def csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def line_count(text: str) -> int:
    """Lines as the CSV reader and an editor count them (any of \\n, \\r\\n, \\r ends one)."""
    return len(io.StringIO(text, newline=None).readlines())


def named_line(error: DataError, path: Path, lines: int) -> int | None:
    """The line an error names (checked to exist in the file), or None for a whole-file error."""
    message = str(error)
    assert str(path) in message and "Traceback" not in message and "\n" not in message.strip()
    if match := LINE.search(message):
        number = int(match.group(1))
        assert 1 <= number <= max(lines, 1), message
        return number
    assert any(phrase in message for phrase in FILE_LEVEL), message
    return None


# --- any table: only DataError, and the line it names exists ---------------------------------

table_rows = st.lists(st.lists(cell_text, max_size=4), max_size=6)
headers = st.lists(st.sampled_from(["prompt", "response", "messages", "topic", "", "Prompt"]), max_size=4)


@MANY
@given(header=headers, rows=table_rows, encoding=encodings, suffix=st.sampled_from([".csv", ".tsv"]))
def test_any_csv_loads_or_names_a_line(header, rows, encoding, suffix):
    text = csv_text([header] + rows) if suffix == ".csv" else "\n".join("\t".join(r) for r in [header] + rows)
    path = write_file(f"fuzz{suffix}", text, encoding)
    try:
        examples = load_table(path)
    except DataError as error:
        named_line(error, path, line_count(text))
        return
    assert examples and all(e.meta[MetaKey.LINE] >= 2 for e in examples)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | cell_text,
    lambda children: st.lists(children, max_size=3)
    | st.dictionaries(st.sampled_from(["prompt", "response", "messages", "role", "content", "user", "assistant"]), children, max_size=4),
    max_leaves=10,
)
jsonl_lines = st.lists(st.one_of(json_values.map(json.dumps), cell_text, st.just("")), max_size=6)


@MANY
@given(lines=jsonl_lines, encoding=encodings)
def test_any_jsonl_loads_or_names_a_line(lines, encoding):
    text = "\n".join(lines)
    path = write_file("fuzz.jsonl", text, encoding)
    try:
        examples = load_table(path)
    except DataError as error:
        named_line(error, path, text.count("\n") + 1)
        return
    assert examples and all(e.messages[-1].role.value == "assistant" for e in examples)


# --- one bad row among good ones: the error names exactly its line ----------------------------

good_pairs = st.lists(st.tuples(good_cell, good_cell), max_size=5)
bad_pair = st.sampled_from([("", "a reply"), ("a question", ""), ("   ", "a reply"), ("a question", "\t\n")])


@SOME
@given(before=good_pairs, bad=bad_pair, after=good_pairs, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_an_empty_cell_names_the_line_its_row_starts_on(before, bad, after, encoding):
    head = csv_text([["prompt", "response"]] + [list(p) for p in before])
    text = head + csv_text([list(bad)] + [list(p) for p in after])
    path = write_file("pairs.csv", text, encoding)
    with pytest.raises(DataError, match="is empty; fill it in or delete the row") as caught:
        load_table(path)
    assert named_line(caught.value, path, line_count(text)) == line_count(head) + 1


@SOME
@given(before=good_pairs, bad=st.sampled_from(["café", "naïve ½", "Ünïcödé"]), after=good_pairs)
def test_latin1_text_names_the_line_of_the_first_non_ascii_byte(before, bad, after):
    head = csv_text([["prompt", "response"]] + [list(p) for p in before])
    text = head + csv_text([[bad, "ok"]] + [list(p) for p in after])
    path = FOLDER / "latin.csv"  # the good rows in UTF-8, the rest saved by a latin-1 editor
    path.write_bytes(head.encode("utf-8") + text[len(head):].encode("latin-1", errors="replace"))
    with pytest.raises(DataError, match="not valid UTF-8.*iconv") as caught:
        load_table(path)
    assert named_line(caught.value, path, line_count(text)) == line_count(head) + 1


@SOME
@given(pairs=st.lists(st.tuples(good_cell, good_cell), min_size=1, max_size=5), as_jsonl=st.booleans())
def test_utf16_with_a_byte_order_mark_reads_like_utf8(pairs, as_jsonl):
    if as_jsonl:
        text, name = "\n".join(json.dumps({"prompt": p, "response": r}) for p, r in pairs), "u16.jsonl"
    else:
        text, name = csv_text([["prompt", "response"]] + [list(p) for p in pairs]), "u16.csv"
    utf8 = load_table(write_file("u8" + name[3:], text, "utf-8"))
    utf16 = load_table(write_file(name, text, "utf-16"))
    assert [e.messages for e in utf16] == [e.messages for e in utf8]


def test_utf16_without_a_byte_order_mark_is_named(tmp_path):
    path = tmp_path / "nobom.csv"
    path.write_bytes("prompt,response\nq,a\n".encode("utf-16-le"))
    with pytest.raises(DataError, match=r"line 1: holds NUL bytes.*re-save the file as UTF-8"):
        load_table(path)


# --- counsel-chat: a malformed export is named, never a KeyError -----------------------------

counsel_header = st.lists(st.sampled_from(list(CounselChatColumn.REQUIRED) + ["extra"]), min_size=1, max_size=9, unique=True)


@MANY
@given(header=counsel_header, rows=table_rows, full=st.booleans(), encoding=encodings)
def test_counsel_chat_loader_names_a_line_or_loads(header, rows, full, encoding):
    header = list(CounselChatColumn.REQUIRED) if full else header
    text = csv_text([header] + [(row + [""] * len(header))[: len(header)] if full else row for row in rows])
    path = write_file("counsel.csv", text, encoding)
    try:
        examples = load_counsel_chat(path)
    except DataError as error:
        named_line(error, path, line_count(text))
        return
    except HavenError as error:  # pragma: no cover - any other domain error is a wrong kind
        pytest.fail(f"expected DataError, got {type(error).__name__}: {error}")
    assert all(e.messages[0].content and e.messages[1].content for e in examples)
    assert len(examples) + sum(examples.skipped.values()) == sum(1 for row in rows if any(c.strip() for c in row))


def test_counsel_chat_ids_and_counts_in_other_digits_do_not_crash(tmp_path):
    """"²".isdigit() is true but int("²") fails: found by the fuzzing above."""
    header = list(CounselChatColumn.REQUIRED)
    rows = [["²", "Title", "I can't sleep", "sleep", "Try a routine.", "³", "٣", "train"],
            ["10", "Other", "I feel low", "depression", "Tell me more.", "1", "2", "train"]]
    path = tmp_path / "counsel.csv"
    path.write_text(csv_text([header] + rows), encoding="utf-8")
    examples = load_counsel_chat(path)
    assert [e.meta[MetaKey.UPVOTES] for e in examples] == [None, 1] and examples[0].meta[MetaKey.VIEWS] == 3
