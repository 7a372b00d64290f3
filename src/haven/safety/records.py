"""Batch assessment for ``haven assess --jsonl``: one JSON object in, one out.

Each input record is ``{"text": ..., "reply": optional, "history": optional}``;
``history`` is a list of ``{"role", "content"}`` turns before ``text``. Each output
has the assessment (``risk_level``, ``conversation_level``, ``categories``,
``evidence``), the guard's verdict when a reply was given (``reply_action``,
``final_reply``), and the crisis response when no reply was given and the risk is
high. :func:`read_records` reads a JSONL file of them (naming the line of a bad one); the
CLI only calls these and writes lines.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from haven.data.schema import Message, Role
from haven.errors import DataError
from haven.safety.assess import assess_conversation, assess_message
from haven.safety.guard import guard_reply
from haven.safety.levels import RecordKey
from haven.safety.respond import crisis_response
from haven.safety.settings import DEFAULT_SETTINGS, SafetySettings

TEXT, REPLY, HISTORY = "text", "reply", "history"


def _history(record: dict[str, Any], number: int) -> list[Message]:
    turns = record.get(HISTORY) or []
    if not isinstance(turns, list):
        raise DataError(f"record {number}: 'history' is {type(turns).__name__}; give a list of {{'role', 'content'}} objects")
    messages = []
    for position, turn in enumerate(turns):
        try:
            messages.append(Message(Role(turn["role"]), str(turn["content"])))
        except (TypeError, KeyError, ValueError) as error:
            roles = ", ".join(r.value for r in Role)
            raise DataError(
                f"record {number}: history[{position}] is {turn!r}; each turn needs 'role' ({roles}) and 'content'"
            ) from error
    return messages


def assess_record(record: dict[str, Any], settings: SafetySettings | None = None, number: int = 1) -> dict[str, Any]:
    """Assess one record (see the module docstring); ``number`` names it in errors."""
    settings = settings or DEFAULT_SETTINGS
    if not isinstance(record, dict) or not isinstance(record.get(TEXT), str):
        raise DataError(f"record {number}: expected an object with a string 'text'; got {str(record)[:80]!r}")
    history = _history(record, number)
    if history:
        assessment = assess_conversation(history + [Message(Role.USER, record[TEXT])], settings)
    else:
        assessment = assess_message(record[TEXT], settings)
    out: dict[str, Any] = {RecordKey.ID.value: record[RecordKey.ID.value]} if RecordKey.ID.value in record else {}
    out.update(assessment.to_dict())
    reply = record.get(REPLY)
    if reply is not None:
        if not isinstance(reply, str):
            raise DataError(f"record {number}: 'reply' is {type(reply).__name__}; give the candidate reply as a string")
        decision = guard_reply(reply, assessment, settings, context=record[TEXT])
        out[RecordKey.REPLY_ACTION.value] = decision.action.value
        out[RecordKey.FINAL_REPLY.value] = decision.final_reply
        out[RecordKey.REPLY_REASONS.value] = list(decision.reasons)
    elif assessment.show_resources:
        out[RecordKey.CRISIS_RESPONSE.value] = crisis_response(assessment, settings)
    return out


def assess_records(records: Iterable[dict[str, Any]], settings: SafetySettings | None = None) -> Iterator[dict[str, Any]]:
    """Assess each record lazily, in order (see the module docstring for the shapes)."""
    for number, record in enumerate(records, start=1):
        yield assess_record(record, settings, number)


def message_record(text: str, reply: str | None = None) -> dict[str, Any]:
    """The record of one message given on the command line (and a candidate reply to guard)."""
    return {TEXT: text, **({REPLY: reply} if reply is not None else {})}


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """Yield the records of a JSONL file, naming the line of any bad one."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise DataError(f"cannot read {path}: {err.strerror}") from err
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise DataError(f"{path} line {number}: not valid JSON ({err.msg})") from err
            if not isinstance(record, dict) or not isinstance(record.get(TEXT), str):
                raise DataError(f'{path} line {number}: expected an object with a "text" string')
            yield record
