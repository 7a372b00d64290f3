"""Turn the counselling data sets on disk into :class:`~haven.data.schema.Example` lists.

Each loader knows one format's quirks (see ``shared/data/SOURCES.md``) and returns
the same shape, so cleaning, splitting and chat formatting never ask where a
conversation came from. Formats:

- counsel-chat: https://github.com/nbertagnolli/counsel-chat (CSV, one answer a row).
- ESConv: https://github.com/thu-coai/Emotional-Support-Conversation (JSON Lines,
  one multi-turn conversation a line; Liu et al., ACL 2021, arXiv:2106.01144).
- a user's own CSV/JSONL: :func:`haven.data.table.load_table`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from haven.data.clean import RemovalReason
from haven.data.textfix import collapse_text
from haven.data.paths import find_data_dir
from haven.data.schema import Example, Message, Role
from haven.data.sources import LICENCES, DataSource, MetaKey, SourceLicence
from haven.data.table import iter_csv_records, iter_jsonl_records, load_table, read_table_text
from haven.errors import DataError

__all__ = [
    "DataSource",
    "LICENCES",
    "LoadedExamples",
    "MetaKey",
    "SourceLicence",
    "load_counsel_chat",
    "load_esconv",
    "load_examples",
    "load_table",
]

COUNSEL_CHAT_DIR = "counsel-chat"
COUNSEL_CHAT_FILE = "20200325_counsel_chat.csv"
ESCONV_DIR = "esconv"
ESCONV_FILES = ("train.jsonl", "valid.jsonl", "test.jsonl")
ESCONV_SPEAKERS = {"usr": Role.USER, "sys": Role.ASSISTANT}
"""ESConv speaker codes: ``usr`` is the help-seeker, ``sys`` the supporter."""
TABLE_COLUMN_OPTIONS = frozenset(
    {"prompt_column", "response_column", "messages_column", "group_column"}
)


class CounselChatColumn:
    """Column names of ``20200325_counsel_chat.csv``."""

    QUESTION_ID = "questionID"
    TITLE = "questionTitle"
    TEXT = "questionText"
    TOPIC = "topic"
    ANSWER = "answerText"
    UPVOTES = "upvotes"
    VIEWS = "views"
    SPLIT = "split"

    REQUIRED = (QUESTION_ID, TITLE, TEXT, TOPIC, ANSWER, UPVOTES, VIEWS, SPLIT)


class LoadedExamples(list):
    """A ``list[Example]`` that also counts what the loader skipped, by reason.

    ``skipped`` maps a :class:`RemovalReason` value to a count; the cleaning report
    carries it forward so the data card accounts for every input row.
    """

    def __init__(self, examples: Iterable[Example] = (), skipped: dict[str, int] | None = None):
        super().__init__(examples)
        self.skipped: dict[str, int] = dict(skipped or {})


def load_examples(
    source: str | DataSource,
    *,
    path: Path | None = None,
    accept_noncommercial: bool = False,
    **columns: str | None,
) -> list[Example]:
    """Load a named data set (``counsel-chat``, ``esconv``) or a CSV/JSONL file.

    Args:
        source: a :class:`DataSource` name, or the path of a user's table.
        path: where a named data set lives (default: under :func:`find_data_dir`);
            for ``table`` the file itself.
        accept_noncommercial: opt in to ESConv's CC BY-NC 4.0 licence.
        columns: ``prompt_column``, ``response_column``, ``messages_column``,
            ``group_column`` for a table.
    """
    unknown = sorted(set(columns) - TABLE_COLUMN_OPTIONS)
    if unknown:
        raise DataError(f"unknown column options {unknown}; use {sorted(TABLE_COLUMN_OPTIONS)}")
    name = source.value if isinstance(source, DataSource) else str(source)
    if name in (DataSource.COUNSEL_CHAT.value, DataSource.ESCONV.value) and columns:
        raise DataError(f"column options {sorted(columns)} apply to tables, not to {name}")
    if name == DataSource.COUNSEL_CHAT.value:
        return load_counsel_chat(path)
    if name == DataSource.ESCONV.value:
        return load_esconv(path, accept_noncommercial=accept_noncommercial)
    if name == DataSource.TABLE.value and path is None:
        raise DataError("source 'table' needs the file: pass --data PATH")
    if name != DataSource.TABLE.value and path is not None:
        raise DataError(f"got both a file ({name}) and path={path}: give the file once")
    table = Path(path) if name == DataSource.TABLE.value else Path(name)
    if not table.is_file():
        names = ", ".join(s.value for s in DataSource if s is not DataSource.TABLE)
        raise DataError(f"no data set or file called {name!r}: use {names}, or a CSV/JSONL path")
    return load_table(table, **columns)


# --- counsel-chat -----------------------------------------------------------------


def load_counsel_chat(path: Path | None = None) -> LoadedExamples:
    """One single-turn example per answer in the counsel-chat CSV.

    The user turn is the question's title, a blank line and its text (the title
    alone is dropped when the text already contains it); the assistant turn is the
    therapist's answer. Rows with no answer or no question are skipped and counted.

    ``questionID`` in this file is not a key: the same number names different
    questions under different topics, and the same question appears under several
    numbers. Rows that share a question id *or* the same question text therefore
    form one group, named ``counsel-chat:<smallest question id>``, so a split by
    group never puts one question on both sides.

    Args:
        path: the CSV file or the folder holding it
            (default ``find_data_dir()/counsel-chat/20200325_counsel_chat.csv``).
    """
    csv_path = resolve_file(path, COUNSEL_CHAT_DIR, COUNSEL_CHAT_FILE)
    rows = read_counsel_chat_rows(csv_path)
    group_ids = group_counsel_chat_questions([row for _, row in rows])
    examples, skipped = LoadedExamples(), Counter()
    for number, ((line, row), group_id) in enumerate(zip(rows, group_ids), start=1):
        example = build_counsel_chat_example(row, group_id, row_number=number, line=line)
        if example is None:
            skipped[RemovalReason.EMPTY.value] += 1
        else:
            examples.append(example)
    examples.skipped = dict(skipped)
    return examples


def resolve_file(path: Path | None, folder: str, file_name: str) -> Path:
    """The given file, ``file_name`` inside the given folder, or the default location."""
    target = find_data_dir() / folder / file_name if path is None else Path(path)
    if target.is_dir():
        target = target / file_name
    if not target.is_file():
        raise DataError(
            f"no {file_name} at {target}: pass --data PATH to the file or its folder, "
            "or set HAVEN_DATA_DIR"
        )
    return target


def read_counsel_chat_rows(csv_path: Path) -> list[tuple[int, dict]]:
    """``(line, row)`` pairs, after checking the header has every needed column."""

    def check_header(line: int, names: list[str]) -> None:
        missing = [name for name in CounselChatColumn.REQUIRED if name not in names]
        if missing:
            raise DataError(
                f"{csv_path}, line {line}: missing columns {missing} (found {names}); "
                "is this the 2020-03-25 counsel-chat export?"
            )

    return list(iter_csv_records(csv_path, read_table_text(csv_path), ",", check_header))


def group_counsel_chat_questions(rows: list[dict]) -> list[str]:
    """Group id per row: rows linked by question id or question text share one."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    keys = [
        (
            "id:" + row[CounselChatColumn.QUESTION_ID].strip(),
            "text:" + collapse_text(compose_question(row)),
        )
        for row in rows
    ]
    for id_key, text_key in keys:
        if text_key != "text:":  # rows with no question are skipped; never link them
            parent[find(id_key)] = find(text_key)
    labels: dict[str, str] = {}
    for id_key, _ in sorted(keys, key=lambda pair: natural_key(pair[0])):
        labels.setdefault(find(id_key), id_key.removeprefix("id:"))
    return [f"{DataSource.COUNSEL_CHAT.value}:{labels[find(id_key)]}" for id_key, _ in keys]


def build_counsel_chat_example(
    row: dict, group_id: str, *, row_number: int, line: int
) -> Example | None:
    """The example for one CSV row, or None when the question or answer is empty."""
    question, answer = compose_question(row), row[CounselChatColumn.ANSWER].strip()
    if not question or not answer:
        return None
    return Example(
        messages=(Message(Role.USER, question), Message(Role.ASSISTANT, answer)),
        group_id=group_id,
        source=DataSource.COUNSEL_CHAT.value,
        topic=row[CounselChatColumn.TOPIC].strip() or None,
        meta={
            MetaKey.ROW: row_number,
            MetaKey.LINE: line,
            MetaKey.QUESTION_ID: row[CounselChatColumn.QUESTION_ID].strip(),
            MetaKey.UPVOTES: parse_count(row[CounselChatColumn.UPVOTES]),
            MetaKey.VIEWS: parse_count(row[CounselChatColumn.VIEWS]),
            MetaKey.ORIGINAL_SPLIT: row[CounselChatColumn.SPLIT].strip() or None,
        },
    )


def compose_question(row: dict) -> str:
    """Title, blank line, text; just the text when it already repeats the title."""
    title = row[CounselChatColumn.TITLE].strip()
    text = row[CounselChatColumn.TEXT].strip()
    if not title or collapse_text(title) in collapse_text(text):
        return text
    if not text:
        return title
    return f"{title}\n\n{text}"


def natural_key(text: str) -> tuple[int, int | str]:
    """Sort numeric ids numerically (2 before 10), others after them as text."""
    value = text.removeprefix("id:")
    # isdecimal, not isdigit: "²" is a digit that int() refuses
    return (0, int(value)) if value.isdecimal() else (1, value)


def parse_count(value: str | None) -> int | None:
    """An integer count from a CSV cell, or None when blank or not a number."""
    text = (value or "").strip()
    return int(text) if text.isdecimal() else None


# --- ESConv -----------------------------------------------------------------------


@dataclass
class MergedTurn:
    """Consecutive ESConv turns by one speaker, joined."""

    role: Role
    texts: list[str] = field(default_factory=list)
    strategies: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.texts)


def load_esconv(path: Path | None = None, *, accept_noncommercial: bool = False) -> LoadedExamples:
    """One multi-turn example per ESConv conversation (opt-in: CC BY-NC 4.0).

    Consecutive turns by the same speaker are merged (texts joined with a space,
    strategy labels kept in order); supporter turns before the seeker first speaks
    are dropped, and seeker turns after the last supporter reply are trimmed, so
    each conversation starts with the user and ends on a reply to learn.
    ``meta["strategies"]`` holds one label list per assistant turn.

    Args:
        path: the ESConv folder (train/valid/test.jsonl) or one of its files
            (default ``find_data_dir()/esconv``).
        accept_noncommercial: must be True: the licence allows academic,
            non-commercial use only.
    """
    if not accept_noncommercial:
        licence = LICENCES[DataSource.ESCONV]
        raise DataError(
            f"ESConv is licensed {licence.licence} for academic research use only, so a "
            "model trained on it may not be used commercially; to use it anyway pass "
            "--accept-noncommercial (accept_noncommercial=True)"
        )
    examples, skipped = LoadedExamples(), Counter()
    for file in resolve_esconv_files(path):
        for line, record in iter_jsonl_records(file, read_table_text(file)):
            example = build_esconv_example(file, line, record)
            if example is None:
                skipped[RemovalReason.EMPTY.value] += 1
            else:
                examples.append(example)
    examples.skipped = dict(skipped)
    return examples


def resolve_esconv_files(path: Path | None) -> list[Path]:
    """The JSONL files to read: one given file, or the three splits of a folder."""
    folder = find_data_dir() / ESCONV_DIR if path is None else Path(path)
    if folder.is_file():
        return [folder]
    files = [folder / name for name in ESCONV_FILES]
    missing = [file.name for file in files if not file.is_file()]
    if missing:
        raise DataError(
            f"ESConv folder {folder} lacks {missing}: pass --data PATH to a folder with "
            f"{', '.join(ESCONV_FILES)}, or set HAVEN_DATA_DIR"
        )
    return files


def build_esconv_example(file: Path, line: int, record: dict) -> Example | None:
    """The example for one conversation, or None if no reply follows the seeker."""
    turns = trim_esconv_turns(merge_esconv_turns(file, line, record.get("dialog")))
    if not turns:
        return None
    return Example(
        messages=tuple(Message(turn.role, turn.text) for turn in turns),
        group_id=f"{DataSource.ESCONV.value}:{file.stem}:{line}",
        source=DataSource.ESCONV.value,
        topic=optional_text(record.get("problem_type")),
        meta={
            MetaKey.FILE: file.name,
            MetaKey.LINE: line,
            MetaKey.ORIGINAL_SPLIT: file.stem,
            MetaKey.EMOTION_TYPE: optional_text(record.get("emotion_type")),
            MetaKey.EXPERIENCE_TYPE: optional_text(record.get("experience_type")),
            MetaKey.SITUATION: optional_text(record.get("situation")),
            MetaKey.STRATEGIES: [turn.strategies for turn in turns if turn.role is Role.ASSISTANT],
        },
    )


def merge_esconv_turns(file: Path, line: int, dialog: object) -> list[MergedTurn]:
    """Validate the dialog list and merge consecutive turns by the same speaker."""
    if not isinstance(dialog, list):
        raise DataError(f"{file}, line {line}: 'dialog' must be a list of turns; is this ESConv?")
    merged: list[MergedTurn] = []
    for index, turn in enumerate(dialog, start=1):
        speaker = turn.get("speaker") if isinstance(turn, dict) else None
        text = turn.get("text") if isinstance(turn, dict) else None
        if speaker not in ESCONV_SPEAKERS or not isinstance(text, str):
            raise DataError(
                f"{file}, line {line}: turn {index} needs 'speaker' in "
                f"{sorted(ESCONV_SPEAKERS)} and a 'text' string"
            )
        if not text.strip():
            continue
        role = ESCONV_SPEAKERS[speaker]
        if not merged or merged[-1].role is not role:
            merged.append(MergedTurn(role))
        merged[-1].texts.append(text.strip())
        if role is Role.ASSISTANT and isinstance(turn.get("strategy"), str):
            merged[-1].strategies.append(turn["strategy"])
    return merged


def trim_esconv_turns(turns: list[MergedTurn]) -> list[MergedTurn]:
    """Drop supporter turns before the seeker speaks and seeker turns after the last reply."""
    start = next((i for i, turn in enumerate(turns) if turn.role is Role.USER), len(turns))
    end = max((i + 1 for i, turn in enumerate(turns) if turn.role is Role.ASSISTANT), default=0)
    return turns[start:end] if end > start else []


def optional_text(value: object) -> str | None:
    """A stripped string, or None for anything blank or not text."""
    return value.strip() or None if isinstance(value, str) else None
