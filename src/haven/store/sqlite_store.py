"""Conversations, arena votes and settings in one SQLite file under the user's data directory.

Many browser sessions write at once (one Streamlit process, one thread per session),
and a crash must not cost a conversation that was already saved, so the file is kept
the way SQLite's documentation recommends for that (https://sqlite.org/wal.html):

* WAL journal with ``synchronous=FULL``: readers never block the writer, and a commit
  that returned survives a killed process;
* a busy timeout, so two writers queue instead of failing with "database is locked";
* one connection per thread, and every write in one ``BEGIN IMMEDIATE`` transaction;
* ``secure_delete=ON``: deleted rows are overwritten with zeros, and "delete my data"
  then vacuums and truncates the WAL, so no conversation text stays in the files.

With history off the store keeps nothing but that setting, and history is off until the
person chooses (:attr:`Store.history_chosen`): the first message, which may be the
hardest one, is never written before they could say no. The data folder is created
``0700`` and the database files ``0600`` (SQLite gives its ``-wal`` and ``-shm`` files the
database file's mode), so other accounts on the machine cannot read a conversation.
"""

from __future__ import annotations

import json
import os
import queue
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Iterator

from haven.errors import ConfigError, HavenError
from haven.paths import haven_home
from haven.store.records import ConversationRecord, TurnRecord, VoteRecord

DB_FILE = "haven.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 10_000
FOLDER_MODE = 0o700  # the data folder: only its owner may list or enter it
FILE_MODE = 0o600  # the database and its -wal / -shm files: only its owner may read them
SIDE_FILES = ("-wal", "-shm", "-journal")


class SettingKey:
    """Keys of the settings table."""

    HISTORY_ENABLED = "history_enabled"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY, model TEXT NOT NULL, variant TEXT NOT NULL, backend TEXT NOT NULL,
    system_prompt TEXT, group_id TEXT NOT NULL, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    user_text TEXT NOT NULL, reply TEXT NOT NULL, risk_level TEXT NOT NULL, crisis INTEGER NOT NULL,
    reply_action TEXT NOT NULL, ttft_s REAL NOT NULL, total_s REAL NOT NULL, prompt_tokens INTEGER NOT NULL,
    reply_tokens INTEGER NOT NULL, tokens_per_s REAL NOT NULL, words INTEGER NOT NULL,
    cancelled INTEGER NOT NULL, timed_out INTEGER NOT NULL, idx INTEGER NOT NULL, created_at REAL NOT NULL,
    PRIMARY KEY (conversation_id, idx));
CREATE TABLE IF NOT EXISTS votes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, a_model TEXT NOT NULL, a_variant TEXT NOT NULL,
    b_model TEXT NOT NULL, b_variant TEXT NOT NULL, outcome TEXT NOT NULL, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
_TURN_COLUMNS = [f.name for f in fields(TurnRecord)]
_TURN_SQL_COLUMNS = ", ".join("idx" if c == "index" else c for c in _TURN_COLUMNS)
_CONVERSATION_COLUMNS = "id, model, variant, backend, system_prompt, group_id, created_at"
_VOTE_COLUMNS = "a_model, a_variant, b_model, b_variant, outcome, id, created_at"


def create_private_file(path: Path) -> None:
    """Create `path`'s folder (``0700``, when Haven makes it) and the file itself ``0600``.

    A folder that already exists keeps its mode (it may be one the person chose, such as
    their home); the database files are narrowed to ``0600`` whatever they were.
    """
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(parents=True, mode=FOLDER_MODE)
            folder.chmod(FOLDER_MODE)  # mkdir's mode passes through the umask; this does not
        os.close(os.open(path, os.O_CREAT | os.O_RDWR, FILE_MODE))
        for file in (path, *(path.with_name(path.name + suffix) for suffix in SIDE_FILES)):
            if file.exists() and file.stat().st_mode & 0o777 != FILE_MODE:
                file.chmod(FILE_MODE)
    except OSError as err:
        raise ConfigError(f"cannot create the data file {path} ({err.strerror}): set HAVEN_HOME to a writable folder") from err


def default_db_path() -> Path:
    """``$HAVEN_HOME/haven.sqlite3`` (``~/.local/share/haven`` by default)."""
    return haven_home() / DB_FILE


class Store:
    """The SQLite store; safe to share between threads (each gets its own connection)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else default_db_path()
        create_private_file(self.path)
        # Idle connections wait here; a thread borrows one for a read or a write. Streamlit runs
        # every rerun on a fresh thread, so thread-local connections would pile up unclosed.
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._all: list[sqlite3.Connection] = []
        self._all_lock = threading.Lock()
        with self._write() as conn:
            for statement in _SCHEMA.strip().split(";\n"):
                conn.execute(statement)
            if conn.execute("SELECT COUNT(*) FROM schema_version").fetchone()[0] == 0:
                conn.execute("INSERT INTO schema_version VALUES (?)", (SCHEMA_VERSION,))
        found = self.schema_version()
        if found != SCHEMA_VERSION:
            raise ConfigError(f"{self.path} has schema version {found}; this Haven reads version {SCHEMA_VERSION}: upgrade Haven or move the file aside")

    # --- connections ---------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """Borrow a connection: only one thread uses it at a time."""
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = self._open()
        try:
            yield conn
        finally:
            self._idle.put(conn)

    def _open(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as err:
            raise ConfigError(f"{self.path} is not a usable SQLite database ({err}): move it aside and Haven starts a new one") from err
        with self._all_lock:
            self._all.append(conn)
        return conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back on any error."""
        with self._connection() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def _read(self, sql: str, args: tuple = ()) -> list[tuple]:
        with self._connection() as conn:
            return conn.execute(sql, args).fetchall()

    def close(self) -> None:
        """Close every connection this store opened (call once no thread uses it)."""
        with self._all_lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._idle = queue.SimpleQueue()

    def schema_version(self) -> int:
        rows = self._read("SELECT version FROM schema_version")
        return int(rows[0][0]) if rows else 0

    # --- settings ------------------------------------------------------------------

    def get_setting(self, key: str, default=None):
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value) -> None:
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))

    @property
    def history_enabled(self) -> bool:
        """Whether conversations and votes are kept: off until the person turns it on."""
        return bool(self.get_setting(SettingKey.HISTORY_ENABLED, False))

    @property
    def history_chosen(self) -> bool:
        """Whether the person has said yes or no to keeping history (the dashboard asks until then)."""
        return self.get_setting(SettingKey.HISTORY_ENABLED) is not None

    def set_history(self, enabled: bool) -> None:
        """Turn history on or off; turning it off keeps what is stored (delete it with delete_all_data)."""
        self.set_setting(SettingKey.HISTORY_ENABLED, bool(enabled))

    # --- conversations -------------------------------------------------------------

    def add_turn(self, conversation: ConversationRecord, turn: TurnRecord) -> TurnRecord | None:
        """Append a turn (creating its conversation on first use) in one transaction; None with history off."""
        if not self.history_enabled:
            return None
        with self._write() as conn:
            self._insert_conversation(conn, conversation)
            return self._insert_turn(conn, conversation.id, turn)

    def save_conversation(self, conversation: ConversationRecord, turns: list[TurnRecord]) -> bool:
        """Store a whole conversation at once (all turns or none); False with history off."""
        if not self.history_enabled:
            return False
        with self._write() as conn:
            self._insert_conversation(conn, conversation)
            for turn in turns:
                self._insert_turn(conn, conversation.id, turn)
        return True

    @staticmethod
    def _insert_conversation(conn: sqlite3.Connection, c: ConversationRecord) -> None:
        conn.execute(f"INSERT OR IGNORE INTO conversations ({_CONVERSATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     (c.id, c.model, c.variant, c.backend, c.system_prompt, c.group_id, c.created_at))

    @staticmethod
    def _insert_turn(conn: sqlite3.Connection, conversation_id: str, turn: TurnRecord) -> TurnRecord:
        index = conn.execute("SELECT COALESCE(MAX(idx) + 1, 0) FROM turns WHERE conversation_id = ?",
                             (conversation_id,)).fetchone()[0]
        values = {**{f: getattr(turn, f) for f in _TURN_COLUMNS}, "conversation_id": conversation_id, "index": index}
        placeholders = ", ".join("?" for _ in _TURN_COLUMNS)
        conn.execute(f"INSERT INTO turns ({_TURN_SQL_COLUMNS}) VALUES ({placeholders})", [values[c] for c in _TURN_COLUMNS])
        return TurnRecord(**values)

    def conversations(self) -> list[ConversationRecord]:
        rows = self._read(f"SELECT {_CONVERSATION_COLUMNS} FROM conversations ORDER BY created_at, id")
        return [ConversationRecord(id=r[0], model=r[1], variant=r[2], backend=r[3], system_prompt=r[4], group_id=r[5],
                                   created_at=r[6]) for r in rows]

    def turns(self, conversation_id: str | None = None) -> list[TurnRecord]:
        """The turns of one conversation in order, or of all conversations."""
        sql = f"SELECT {_TURN_SQL_COLUMNS} FROM turns"
        args: tuple = ()
        if conversation_id is not None:
            sql, args = sql + " WHERE conversation_id = ?", (conversation_id,)
        rows = self._read(sql + " ORDER BY created_at, conversation_id, idx", args)
        bools = {"crisis", "cancelled", "timed_out"}
        return [TurnRecord(**{c: bool(v) if c in bools else v for c, v in zip(_TURN_COLUMNS, row)}) for row in rows]

    # --- votes ---------------------------------------------------------------------

    def add_vote(self, vote: VoteRecord) -> VoteRecord | None:
        """Keep an arena vote; None with history off."""
        if not self.history_enabled:
            return None
        with self._write() as conn:
            cursor = conn.execute("INSERT INTO votes (a_model, a_variant, b_model, b_variant, outcome, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)",
                                  (vote.a_model, vote.a_variant, vote.b_model, vote.b_variant, vote.outcome, vote.created_at))
            row_id = cursor.lastrowid
        return VoteRecord(**{**{f.name: getattr(vote, f.name) for f in fields(VoteRecord)}, "id": row_id})

    def votes(self) -> list[VoteRecord]:
        rows = self._read(f"SELECT {_VOTE_COLUMNS} FROM votes ORDER BY id")
        return [VoteRecord(*row) for row in rows]

    # --- integrity and deletion ----------------------------------------------------

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check``: ``ok`` for a sound file."""
        return "; ".join(row[0] for row in self._read("PRAGMA integrity_check"))

    def delete_all_data(self) -> None:
        """Remove every conversation, turn and vote, and leave no trace of their text in the files.

        The settings are kept (so "history off" stays off). The rows are deleted with
        ``secure_delete`` on, then the file is vacuumed and the WAL checkpointed and
        truncated to zero bytes.
        """
        with self._write() as conn:
            for table in ("turns", "conversations", "votes"):
                conn.execute(f"DELETE FROM {table}")
        try:
            with self._connection() as conn:
                conn.execute("VACUUM")
                busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        except sqlite3.OperationalError as err:
            raise HavenError(f"the data was deleted, but {self.path} could not be compacted ({err}): close other Haven windows and delete again") from err
        if busy:
            raise HavenError(f"the data was deleted, but another Haven process is reading {self.path}: close it and delete again to compact the file")
