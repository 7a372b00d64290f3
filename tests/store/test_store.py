"""The SQLite store: records round-trip, history off, delete leaves no text, many writers, a killed writer."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from haven.chat.engine import ChatSession, respond
from haven.chat.fallback import ResourcesOnlyBackend
from haven.errors import ConfigError
from haven.store import SCHEMA_VERSION, ConversationRecord, Store, TurnRecord, VoteRecord, default_db_path

SECRET = "Marmalade-Lighthouse-4711"


@pytest.fixture
def store(tmp_path) -> Store:
    """A store whose person chose to keep history."""
    opened = Store(tmp_path / "haven.sqlite3")
    opened.set_history(True)
    yield opened
    opened.close()


def conversation() -> ConversationRecord:
    return ConversationRecord(model="smollm2-135m", variant="tuned", backend="llama.cpp:smollm2-135m:tuned", group_id="g")


def file_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))


def test_default_file_is_under_the_users_data_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("HAVEN_HOME", str(tmp_path / "home"))
    assert default_db_path() == tmp_path / "home" / "haven.sqlite3"
    Store().close()
    assert default_db_path().exists()


def test_history_is_off_until_the_person_chooses(tmp_path):
    fresh = Store(tmp_path / "fresh" / "haven.sqlite3")
    assert not fresh.history_enabled and not fresh.history_chosen
    record = conversation()
    assert fresh.add_turn(record, TurnRecord(record.id, SECRET, "reply")) is None
    assert fresh.add_vote(VoteRecord("a", "base", "b", "tuned", "a")) is None
    assert SECRET.encode() not in file_bytes(fresh.path)
    fresh.set_history(False)
    assert fresh.history_chosen and not fresh.history_enabled
    fresh.set_history(True)
    assert fresh.history_chosen and fresh.history_enabled
    fresh.close()


def test_the_data_folder_and_every_database_file_are_private_to_the_user(tmp_path):
    home = tmp_path / "new" / "haven"
    private = Store(home / "haven.sqlite3")
    private.set_history(True)
    record = conversation()
    private.add_turn(record, TurnRecord(record.id, SECRET, "reply"))
    files = sorted(home.glob("haven.sqlite3*"))
    assert {p.name for p in files} >= {"haven.sqlite3", "haven.sqlite3-wal", "haven.sqlite3-shm"}
    assert home.stat().st_mode & 0o777 == 0o700
    assert {p.name: p.stat().st_mode & 0o777 for p in files} == {p.name: 0o600 for p in files}
    private.close()


def test_files_an_older_haven_left_readable_are_narrowed(tmp_path):
    Store(tmp_path / "haven.sqlite3").close()
    for path in tmp_path.glob("haven.sqlite3*"):
        path.chmod(0o644)
    Store(tmp_path / "haven.sqlite3").close()
    assert {p.stat().st_mode & 0o777 for p in tmp_path.glob("haven.sqlite3*")} == {0o600}


def test_a_folder_that_cannot_be_created_is_named(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ConfigError, match="cannot create the data file .*HAVEN_HOME"):
        Store(tmp_path / "file" / "haven.sqlite3")


def test_turns_from_the_engine_round_trip_in_order(store):
    session, record = ChatSession(), conversation()
    for text in ("Hello there", "I can't sleep"):
        turn = [e for e in respond(ResourcesOnlyBackend(), session, text)][-1].turn
        store.add_turn(record, TurnRecord.from_turn(record.id, turn))
    turns = store.turns(record.id)
    assert [(t.index, t.user_text) for t in turns] == [(0, "Hello there"), (1, "I can't sleep")]
    assert turns[0].reply == session.turns[0].reply and turns[0].words == session.turns[0].words
    assert store.conversations() == [record]


def test_votes_and_settings_round_trip(store):
    saved = store.add_vote(VoteRecord("a", "base", "b", "tuned", "tie"))
    assert saved.id == 1 and store.votes() == [saved]
    store.set_setting("locale", "GB")
    assert store.get_setting("locale") == "GB" and store.get_setting("missing", 3) == 3


def test_the_file_is_in_wal_mode_with_a_schema_version(store):
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.schema_version() == SCHEMA_VERSION


def test_a_file_of_another_schema_version_is_refused(tmp_path):
    Store(tmp_path / "db").close()
    with sqlite3.connect(tmp_path / "db") as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(ConfigError, match="schema version 99"):
        Store(tmp_path / "db")


def test_a_file_that_is_not_a_database_is_named(tmp_path):
    (tmp_path / "db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(ConfigError, match="not a usable SQLite database"):
        Store(tmp_path / "db")


def test_history_off_stores_nothing_and_stays_off(store):
    store.set_history(False)
    record = conversation()
    assert store.add_turn(record, TurnRecord(record.id, SECRET, "reply")) is None
    assert store.save_conversation(record, [TurnRecord(record.id, SECRET, "reply")]) is False
    assert store.add_vote(VoteRecord("a", "base", "b", "tuned", "a")) is None
    assert store.turns() == [] and store.conversations() == [] and store.votes() == []
    assert SECRET.encode() not in file_bytes(store.path)
    assert Store(store.path).history_enabled is False


def test_delete_my_data_leaves_no_conversation_text_in_the_files(store):
    record = conversation()
    for i in range(50):  # enough rows to span several pages
        store.add_turn(record, TurnRecord(record.id, f"{SECRET} message {i}", f"reply to {SECRET} {i}"))
    store.add_vote(VoteRecord("a", "base", "b", "tuned", "a"))
    store.set_history(True)
    assert SECRET.encode() in file_bytes(store.path)
    store.delete_all_data()
    assert SECRET.encode() not in file_bytes(store.path)
    assert store.turns() == [] and store.votes() == [] and store.conversations() == []
    assert store.integrity_check() == "ok" and store.get_setting("history_enabled") is True


def test_a_failed_write_rolls_back_the_whole_conversation(store):
    record = conversation()
    bad = TurnRecord(record.id, "second", None)  # reply NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        store.save_conversation(record, [TurnRecord(record.id, "first", "ok"), bad])
    assert store.conversations() == [] and store.turns() == []


def test_threads_writing_at_once_lose_nothing(store):
    records = [conversation() for _ in range(8)]

    def write(record):
        for i in range(15):
            store.add_turn(record, TurnRecord(record.id, f"t{i}", f"r{i}"))
            store.add_vote(VoteRecord("a", "base", "b", "tuned", "a"))

    threads = [threading.Thread(target=write, args=(r,)) for r in records]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for record in records:
        assert [t.index for t in store.turns(record.id)] == list(range(15))
    assert len(store.votes()) == 8 * 15 and store.integrity_check() == "ok"


WRITER = """
import sys
from haven.store import ConversationRecord, Store, TurnRecord
store = Store(sys.argv[1])
for n in range(int(sys.argv[2])):
    record = ConversationRecord(model="m", variant="base", backend="b")
    turns = [TurnRecord(record.id, f"{record.id} question {i} " + "x" * 2000, f"{record.id} answer {i}") for i in range(5)]
    store.save_conversation(record, turns)
    print(record.id, flush=True)  # printed only once the transaction committed
"""


def start_writer(path: Path, conversations: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(conversations)], stdout=subprocess.PIPE, text=True)


def assert_intact(store: Store, ids: list[str]) -> None:
    for conversation_id in ids:
        turns = store.turns(conversation_id)
        assert [t.user_text.split(" ")[:3] for t in turns] == [[conversation_id, "question", str(i)] for i in range(5)]
        assert all(t.reply == f"{conversation_id} answer {t.index}" for t in turns)


def test_processes_writing_at_once_lose_nothing(store):
    writers = [start_writer(store.path, 15) for _ in range(3)]
    ids = [line.strip() for w in writers for line in w.communicate(timeout=120)[0].splitlines()]
    assert all(w.returncode == 0 for w in writers) and len(ids) == 45
    assert len(store.conversations()) == 45
    assert_intact(store, ids)


def test_a_writer_killed_mid_write_leaves_a_sound_file_with_every_commit(store):
    writer = start_writer(store.path, 100_000)
    committed = [writer.stdout.readline().strip() for _ in range(20)]
    os.kill(writer.pid, signal.SIGKILL)  # while it is writing the next conversation
    rest, _ = writer.communicate(timeout=30)
    committed += [line.strip() for line in rest.splitlines() if line.strip()]
    assert writer.returncode == -signal.SIGKILL
    reopened = Store(store.path)
    assert reopened.integrity_check() == "ok"
    stored = {c.id for c in reopened.conversations()}
    assert set(committed) <= stored and len(stored) - len(committed) <= 1  # at most one commit not yet reported
    assert_intact(reopened, sorted(stored))
    reopened.close()
