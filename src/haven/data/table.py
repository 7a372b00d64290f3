"""Read a user's own conversations from a CSV/TSV or JSON Lines file.

Builders bring their own data as a table with ``prompt``/``response`` columns or a
``messages`` column holding a chat list (``[{"role", "content"}, ...]``, the shape
chat templates take). People make these files by hand, so every defect is reported
as a :class:`~haven.errors.DataError` that names the file, the line and the fix,
never as a traceback. JSON Lines: https://jsonlines.org/.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
from dataclasses import dataclass
from enum import Enum
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

from haven.data.schema import Example, Message, Role
from haven.data.sources import DataSource, MetaKey
from haven.data.textfix import collapse_text
from haven.errors import DataError


class TableFormat(str, Enum):
    """File formats :func:`load_table` reads."""

    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"


TABLE_SUFFIXES: dict[str, TableFormat] = {
    ".csv": TableFormat.CSV,
    ".tsv": TableFormat.TSV,
    ".jsonl": TableFormat.JSONL,
    ".json-lines": TableFormat.JSONL,
    ".ndjson": TableFormat.JSONL,
}
"""File name suffix (lower case) to format."""

# UTF-32 first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_DELIMITERS = {TableFormat.CSV: ",", TableFormat.TSV: "\t"}
_ROLES = {role.value for role in Role}
GROUP_HASH_CHARS = 16
"""Hex digits of the SHA-256 kept when the group id is a hash of the question."""


class Layout(str, Enum):
    """How a table spells its conversations."""

    PAIR = "prompt/response"
    MESSAGES = "messages"


@dataclass(frozen=True)
class TableColumns:
    """Column (or JSON key) names to read.

    Attributes:
        prompt: the person's message, with ``response``.
        response: the counsellor's reply, with ``prompt``.
        messages: a chat list of ``{"role", "content"}``; used when present.
        group: optional column whose value groups rows for the split; by default
            rows with the same first user message form a group.
    """

    prompt: str = "prompt"
    response: str = "response"
    messages: str = "messages"
    group: str | None = None


Record = dict[str, object]


def load_table(
    path: Path,
    *,
    prompt_column: str = "prompt",
    response_column: str = "response",
    messages_column: str = "messages",
    group_column: str | None = None,
) -> list[Example]:
    """Load one conversation per row of a CSV/TSV or JSONL file.

    Blank lines (and CSV rows whose cells are all blank) are skipped; every other
    row must be a complete conversation that ends with an assistant turn. Rows with
    the same first user message share a group unless ``group_column`` is given.

    Raises:
        DataError: unknown suffix, unreadable or empty file, invalid UTF-8 or JSON,
            missing columns, wrong roles or empty texts; the message names the line.
    """
    path = Path(path)
    table_format = detect_table_format(path)
    text = read_table_text(path)
    columns = TableColumns(prompt_column, response_column, messages_column, group_column)
    if table_format is TableFormat.JSONL:
        records = iter_jsonl_records(path, text)
    else:
        check_header = partial(choose_layout, path, columns=columns)
        records = iter_csv_records(path, text, _DELIMITERS[table_format], check_header)
    examples = [build_table_example(path, line, record, columns) for line, record in records]
    if not examples:
        raise DataError(f"{path} holds no rows, only blank lines or a header: add conversations")
    return examples


def detect_table_format(path: Path) -> TableFormat:
    """Pick the format from the file name's suffix."""
    table_format = TABLE_SUFFIXES.get(path.suffix.lower())
    if table_format is None:
        raise DataError(
            f"{path}: cannot tell the format from the suffix {path.suffix or '(none)'!r}; "
            f"rename it to one of {', '.join(TABLE_SUFFIXES)}"
        )
    return table_format


def read_table_text(path: Path) -> str:
    """Read the whole file as UTF-8, or as UTF-16/32 when it opens with that byte-order mark.

    Spreadsheet programs save "Unicode text" as UTF-16 with a byte-order mark; the mark
    makes the encoding certain, so such files are read as they are.
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DataError(f"cannot read {path}: {error.strerror or error}; check the path") from error
    encoding = next((name for mark, name in _BYTE_ORDER_MARKS if data.startswith(mark)), "utf-8-sig")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].decode(encoding, errors="replace").count("\n") + 1
        label = "UTF-8" if encoding == "utf-8-sig" else encoding.upper()
        raise DataError(
            f"{path}, line {line}: not valid {label} ({error.reason} at byte {error.start}); "
            "re-save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`"
        ) from error
    if (nul := text.find("\x00")) >= 0:
        raise DataError(
            f"{path}, line {text.count(chr(10), 0, nul) + 1}: holds NUL bytes, as UTF-16 text without a "
            "byte-order mark does; re-save the file as UTF-8"
        )
    if not text.strip():
        raise DataError(f"{path} is empty: add a header row and conversations")
    return text


def iter_jsonl_records(path: Path, text: str) -> Iterator[tuple[int, Record]]:
    """Yield ``(line number, object)`` for each non-blank line of a JSONL text."""
    # split("\n"), not splitlines(): the latter also breaks on \x0b, \x1c or U+2028
    # inside a line, and the line numbers would no longer match the editor's.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        value = parse_json(path, number, line)
        if not isinstance(value, dict):
            raise DataError(
                f"{path}, line {number}: expected a JSON object, got {type(value).__name__}; "
                'write one {"prompt": ..., "response": ...} or {"messages": [...]} per line'
            )
        yield number, value


def iter_csv_records(
    path: Path, text: str, delimiter: str, check_header: Callable[[int, list[str]], object]
) -> Iterator[tuple[int, Record]]:
    """Yield ``(first line number, row as a mapping)`` for each non-blank CSV row.

    ``check_header(line, names)`` sees the header first and raises if it lacks a
    needed column. Quoting is strict: a stray or unclosed quote is an error.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    header: list[str] | None = None
    last_line = 0
    while (row := read_csv_row(path, reader, last_line + 1)) is not None:
        first_line, last_line = last_line + 1, reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if header is None:
            header = [cell.strip() for cell in row]
            check_header(first_line, header)
            continue
        if len(row) != len(header):
            raise DataError(
                f"{path}, line {first_line}: {len(row)} cells where the header has "
                f"{len(header)}; quote cells that contain {delimiter!r} or line breaks"
            )
        yield first_line, dict(zip(header, row))


def read_csv_row(path: Path, reader, first_line: int) -> list[str] | None:
    """The next row, or None at the end; csv errors become DataError at ``first_line``."""
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as error:
        through = f" (read through line {reader.line_num})" if reader.line_num > first_line else ""
        raise DataError(
            f"{path}, line {first_line}: malformed CSV: {error}{through}; check the quotes "
            'on that line: close every quoted cell and double quotes inside one ("")'
        ) from error


def parse_json(path: Path, line: int, text: str) -> object:
    """Parse one JSON document, reporting errors at ``line``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        problem = f"{error.msg} at column {error.colno}"
    except RecursionError:
        problem = "nested too deeply"
    raise DataError(f"{path}, line {line}: invalid JSON ({problem}); fix or remove that line")


def choose_layout(path: Path, line: int, found: list[str], *, columns: TableColumns) -> Layout:
    """Decide between a messages column and prompt/response columns."""
    if columns.messages in found:
        layout = Layout.MESSAGES
    elif columns.prompt in found and columns.response in found:
        layout = Layout.PAIR
    else:
        raise DataError(
            f"{path}, line {line}: found columns {sorted(found)}, but need "
            f"{columns.messages!r}, or {columns.prompt!r} and {columns.response!r}; "
            "rename the columns or pass --prompt-column/--response-column/--messages-column"
        )
    if columns.group is not None and columns.group not in found:
        raise DataError(
            f"{path}, line {line}: group column {columns.group!r} not among {sorted(found)}; "
            "fix --group-column or leave it out"
        )
    return layout


def build_table_example(path: Path, line: int, record: Record, columns: TableColumns) -> Example:
    """Turn one row into an :class:`Example`, validating roles and texts."""
    layout = choose_layout(path, line, list(record), columns=columns)
    if layout is Layout.MESSAGES:
        messages = read_message_list(path, line, record[columns.messages])
    else:
        prompt = require_text(path, line, record[columns.prompt], columns.prompt)
        response = require_text(path, line, record[columns.response], columns.response)
        messages = (Message(Role.USER, prompt), Message(Role.ASSISTANT, response))
    check_conversation(path, line, messages)
    return Example(
        messages=messages,
        group_id=make_table_group_id(path, line, record, columns, messages),
        source=DataSource.TABLE.value,
        meta={MetaKey.FILE: path.name, MetaKey.LINE: line},
    )


def read_message_list(path: Path, line: int, value: object) -> tuple[Message, ...]:
    """Validate a ``[{"role", "content"}, ...]`` list (or its JSON text in a CSV cell)."""
    if isinstance(value, str):
        value = parse_json(path, line, value)
    if not isinstance(value, list) or not value:
        raise DataError(
            f"{path}, line {line}: messages must be a non-empty list of "
            '{"role", "content"} objects; got ' + type(value).__name__
        )
    return tuple(read_message(path, line, index, item) for index, item in enumerate(value))


def read_message(path: Path, line: int, index: int, item: object) -> Message:
    """Validate one ``{"role", "content"}`` object."""
    if not isinstance(item, dict) or "role" not in item or "content" not in item:
        raise DataError(
            f"{path}, line {line}: message {index + 1} must be an object with "
            '"role" and "content"'
        )
    role = item["role"]
    if not isinstance(role, str) or role not in _ROLES:
        raise DataError(
            f"{path}, line {line}: message {index + 1} has role {role!r}; "
            f"use one of {sorted(_ROLES)}"
        )
    content = require_text(path, line, item["content"], f"message {index + 1} content")
    return Message(Role(role), content)


def require_text(path: Path, line: int, value: object, field: str) -> str:
    """Return ``value`` if it is non-blank, encodable text."""
    if not isinstance(value, str):
        raise DataError(
            f"{path}, line {line}: {field} must be text, got {type(value).__name__}; "
            "quote it as a JSON string"
        )
    if not value.strip():
        raise DataError(f"{path}, line {line}: {field} is empty; fill it in or delete the row")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise DataError(
            f"{path}, line {line}: {field} holds an unpaired surrogate "
            f"({value[error.start]!r}); escape only complete characters"
        ) from error
    return value


def check_conversation(path: Path, line: int, messages: tuple[Message, ...]) -> None:
    """A conversation is: optional system message, a user turn first, an assistant turn last."""
    turns = [message for message in messages if message.role is not Role.SYSTEM]
    if any(message.role is Role.SYSTEM for message in messages[1:]):
        raise DataError(
            f"{path}, line {line}: a system message may only come first; move or drop it"
        )
    if not turns or turns[0].role is not Role.USER:
        raise DataError(
            f"{path}, line {line}: the conversation must start with a user turn "
            "(after an optional system message)"
        )
    if turns[-1].role is not Role.ASSISTANT:
        raise DataError(
            f"{path}, line {line}: the conversation ends with a {turns[-1].role.value} turn; "
            "it must end with the assistant reply to learn"
        )


def make_table_group_id(
    path: Path, line: int, record: Record, columns: TableColumns, messages: tuple[Message, ...]
) -> str:
    """The group column's value, or a hash of the first user message."""
    if columns.group is not None:
        value = record[columns.group]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        group = require_text(path, line, value, f"group column {columns.group!r}")
        return f"{DataSource.TABLE.value}:{group.strip()}"
    first_user = next(message.content for message in messages if message.role is Role.USER)
    return f"{DataSource.TABLE.value}:{hash_question(first_user)}"


def hash_question(text: str) -> str:
    """Short SHA-256 of a question, ignoring case and spacing."""
    return hashlib.sha256(collapse_text(text).encode("utf-8")).hexdigest()[:GROUP_HASH_CHARS]
