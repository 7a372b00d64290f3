"""Ten visitors at once: each browser session gets its own conversation, and nothing is lost.

Ten AppTest sessions send a message at the same moment from ten threads; the models
are shared (one llama.cpp context per variant, one generation at a time through
SharedBackend), so the visitors queue for them. Every visitor must see their own
message answered in each column, and the store must hold every turn once.
"""

from __future__ import annotations

import threading

import pytest
from app_fixtures import first_run, needs_llama, new_app_test

from haven.app.context import Key
from haven.store import Store, default_db_path

pytestmark = [needs_llama, pytest.mark.slow]
pytest.importorskip("streamlit", reason="streamlit (the `app` extra) is not installed")
VISITORS = 10


def visitor():
    at = first_run(new_app_test())
    at.number_input(key=Key.MAX_TOKENS).set_value(4)  # applied with the message, in one run
    return at


def one_compile_at_a_time(monkeypatch) -> None:
    """Each AppTest has its own script cache, so ten of them compile the page at once; a Streamlit server has one
    cache, whose lock compiles it once. CPython 3.11's AST builder keeps its recursion depth in state shared by
    threads, and parsing from several at once fails now and then with "AST constructor recursion depth mismatch"
    (python/cpython#106905; seen once in CI at the eighteenth landing). The server's one-at-a-time is restored
    here: what this test checks is the sessions, not the compiler."""
    from streamlit.runtime.scriptrunner import script_cache

    lock, add_magic = threading.Lock(), script_cache.magic.add_magic

    def locked(*args, **kwargs):
        with lock:
            return add_magic(*args, **kwargs)

    monkeypatch.setattr(script_cache.magic, "add_magic", locked)


def test_ten_visitors_at_once_each_get_their_own_replies(dashboard_env, monkeypatch):
    monkeypatch.setenv("HAVEN_APP_MODELS", "smollm2-135m")
    one_compile_at_a_time(monkeypatch)
    Store(default_db_path()).set_history(True)  # as if chosen on an earlier visit
    apps = [visitor() for _ in range(VISITORS)]
    failures = []

    def send(index: int) -> None:
        try:
            apps[index].chat_input(key=Key.CHAT_INPUT).set_value(f"Visitor {index}: I feel nervous.").run()
            failures.extend(apps[index].exception)
        except Exception as err:  # noqa: BLE001 - collected and reported below
            failures.append(err)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    for index, at in enumerate(apps):
        chat = at.tabs[0]
        assert [m.markdown[0].value for m in chat.chat_message if m.name == "user"] == [f"Visitor {index}: I feel nervous."] * 2
        assert len([c for c in chat.caption if c.value.startswith("first words in")]) == 2
    turns = Store(default_db_path()).turns()
    assert len(turns) == 2 * VISITORS and len({t.conversation_id for t in turns}) == 2 * VISITORS
    assert sorted({t.user_text for t in turns}) == sorted(f"Visitor {i}: I feel nervous." for i in range(VISITORS))
