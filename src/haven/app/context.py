"""The dashboard's per-run context: what the sidebar chose, and the cached shared resources.

Models and the store are process-wide (``st.cache_resource``): a model loads once and
every browser session shares it through :class:`~haven.chat.pool.SharedBackend`. What
belongs to one person (their conversations, metrics, arena round) lives in
``st.session_state`` under the keys of :class:`Key`.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import streamlit as st

from haven.app.lineup import BackendConfig, ModelChoice, open_backend
from haven.chat.backends.base import GenerationOptions
from haven.chat.engine import ChatSession
from haven.chat.pool import SharedBackend
from haven.errors import HavenError
from haven.safety import SafetySettings
from haven.store import ConversationRecord, Store, new_id

BACKEND_SLOTS = 1  # one generation at a time per loaded model; others wait, then hear it is busy
BACKEND_MAX_WAIT_S = 60.0


class Key:
    """Keys of st.session_state and of widgets the tests drive."""

    CHAT = "chat_state"  # this visitor's ChatState
    ARENA = "arena_round"
    LINEUP = "lineup"
    BACKEND = "backend_kind"
    BACKEND_URL = "backend_url"
    LOCALE = "locale"
    SYSTEM_PROMPT = "system_prompt"
    TEMPERATURE = "temperature"
    TOP_P = "top_p"
    MAX_TOKENS = "max_tokens"
    REPETITION = "repetition_penalty"
    SEED = "seed"
    HISTORY = "history_enabled"
    HISTORY_KEEP, HISTORY_SKIP = "history_keep", "history_skip"  # the first visit's choice
    DELETED = "data_deleted"  # set for one run after "Delete my data", to confirm it where it is seen
    SESSION_VOTES = "session_votes"  # arena votes of this window while history is off (never written)
    CONFIRM_DELETE = "confirm_delete"
    DELETE = "delete_data"
    CHAT_INPUT = "chat_message"
    STOP = "stop"
    NEW = "new_conversation"
    ARENA_MESSAGE = "arena_message"
    ARENA_ASK = "arena_ask"
    VOTE_A, VOTE_B, VOTE_TIE = "vote_a", "vote_b", "vote_tie"


@dataclass
class ChatState:
    """One visitor's chat: a session per column, their stored conversations, the reply figures.

    Fetched once per run and then used as a plain object: reading ``st.session_state`` is
    a point where Streamlit stops an interrupted run, and a stopped reply must still be kept.
    """

    group_id: str = field(default_factory=new_id)
    sessions: dict[str, ChatSession] = field(default_factory=dict)  # choice key -> its conversation
    conversations: dict[str, ConversationRecord] = field(default_factory=dict)  # choice key -> stored record
    metrics: list[dict] = field(default_factory=list)  # one row of figures per reply
    crisis: bool = False  # a message of this conversation was assessed high or imminent
    crisis_reply: str = ""  # the latest crisis response, shown once above the columns
    # Held by the run that draws and writes the chat. With Streamlit's fast reruns a click on Stop
    # (or a new message) starts the next run on a new thread while the stopped one is still
    # keeping what was said; the next run waits here, so it draws every column complete.
    writing: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def new_conversation(self) -> None:
        self.sessions.clear()
        self.conversations.clear()
        self.crisis, self.crisis_reply, self.group_id = False, "", new_id()


def chat_state() -> ChatState:
    """This visitor's chat state (created on first use)."""
    return st.session_state.setdefault(Key.CHAT, ChatState())


@dataclass
class Context:
    """What one script run works with."""

    store: Store
    safety: SafetySettings
    config: BackendConfig
    runs: Path
    available: list[ModelChoice]
    selected: list[ModelChoice]
    options: GenerationOptions
    system_prompt: str | None  # the person's edited prompt ("" = none), or None: each model's own
    problems: dict[str, str] = field(default_factory=dict)  # choice key -> why its model did not load

    def prompt_for(self, choice: ModelChoice) -> str | None:
        """The system prompt `choice` answers with (the chat, the arena and the store use the same one)."""
        return system_prompt_of(choice.adapter, self.system_prompt)

    def backend(self, choice: ModelChoice) -> SharedBackend:
        """The shared backend of `choice` (loaded on first use), noting any load problem."""
        config = self.config
        backend, problem = shared_backend(config.kind, config.url, config.n_ctx, config.n_threads,
                                          choice.model, choice.variant, choice.adapter)
        if problem:
            self.problems[choice.key] = problem
        return backend


@lru_cache(maxsize=32)
def system_prompt_of(adapter: str | None, edited: str | None) -> str | None:
    """`edited`, else the adapter's prompt as trained, else Haven's; its run card is read once per process."""
    from haven.train.adapter import chat_system_prompt

    try:
        return chat_system_prompt(adapter, edited)
    except HavenError:  # an adapter that cannot be read answers with Haven's prompt; its backend says why
        return chat_system_prompt(None, edited)


@st.cache_resource(show_spinner="Loading the model (once for every visitor)…", max_entries=16)
def shared_backend(kind: str, url: str | None, n_ctx: int, n_threads: int | None, model: str, variant: str,
                   adapter: str | None) -> tuple[SharedBackend, str | None]:
    """One backend per (backend, model, variant) for the whole process, or a resources-only one."""
    backend, problem = open_backend(ModelChoice(model, variant, adapter), BackendConfig(kind, url, n_ctx, n_threads),
                                    shared_model=transformers_model)
    return SharedBackend(backend, slots=BACKEND_SLOTS, max_wait_s=BACKEND_MAX_WAIT_S), problem


@st.cache_resource(show_spinner="Loading the model with its adapter (once for every visitor)…", max_entries=4)
def transformers_model(model: str, adapter: Path):
    """One transformers model + adapter per process, shared by its base and fine-tuned backends."""
    from haven.chat.backends.transformers_backend import SharedModel

    return SharedModel.load(model, adapter)


@st.cache_resource(show_spinner=False)
def open_store(path: str) -> Store:
    """The SQLite store, one per file per process (it lends a connection to each thread)."""
    return Store(Path(path))
