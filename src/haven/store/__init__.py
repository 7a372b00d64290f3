"""SQLite storage: conversations with their timings, arena votes and settings.

See :mod:`haven.store.sqlite_store` for how the file is kept safe under many writers
and how "delete my data" leaves no text behind.
"""

from haven.store.records import ConversationRecord, TurnRecord, VoteRecord, new_id
from haven.store.sqlite_store import DB_FILE, SCHEMA_VERSION, SettingKey, Store, default_db_path

__all__ = [
    "DB_FILE",
    "SCHEMA_VERSION",
    "ConversationRecord",
    "SettingKey",
    "Store",
    "TurnRecord",
    "VoteRecord",
    "default_db_path",
    "new_id",
]
