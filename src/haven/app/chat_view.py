"""The Chat tab: what Haven is, one message box, one column per model and variant, replies through the guard.

The columns stay in step: every model hears every message. Streamlit stops a run (the
Stop button, a new message, a closed tab) by raising at the next call that draws; the
column being written keeps what it said so far, and the columns that had not started
keep the message with a stopped, empty reply, so the next message reaches every model
with the same history. With fast reruns (Streamlit's default) the next run starts on
another thread at once; it waits on ``ChatState.writing`` until the stopped run has kept
every column's turn, so it never draws a column without the message.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Iterator

import streamlit as st

from haven.app.context import ChatState, Context, Key, chat_state
from haven.app.lineup import ModelChoice
from haven.chat.backends.base import GenerationOptions, Timings
from haven.chat.engine import ChatSession, ChatTurn, EventKind, respond
from haven.safety import RiskAssessment, RiskLevel, SafetySettings, resources_for
from haven.store import ConversationRecord, Store, TurnRecord

CURSOR = "▌"
INTRO = ("Haven is a private place to put into words how you feel. Small language models running on this "
         "computer answer side by side, so you can see how each one listens; nothing leaves this machine.")
NOTICE = ("Haven is not a substitute for professional care, a diagnosis or a crisis service. If you might act on "
          "thoughts of harming yourself or someone else, contact the lines below or your local emergency number now.")
CRISIS_BANNER = "What you wrote sounds really serious, and you deserve support right now. You can reach people who are there for exactly this:"
CRISIS_CAPTION = ("Crisis response: the same for every model, written by Haven from vetted lines for {country}, "
                  "not by a model.")
CRISIS_POINTER = "Haven answered this message with the crisis response above, not with this model."
WAITING = "Waiting: the models answer one after another, so each has the machine's cores to itself."
STOPPED_EARLY = "Stopped before this model answered."
SETTLE_WAIT_S = 30.0  # longest wait for a stopped run to keep its columns' turns (it takes well under a second)
DELETED = "Your data was deleted: no conversation and no vote is left on disk, and this chat was cleared."


@dataclass
class Column:
    """One model's place on screen for the reply being written."""

    choice: ModelChoice
    session: ChatSession
    backend: object  # its shared backend, fetched while drawing: nothing after a stop may call Streamlit
    reply: object  # st.empty placeholder of the reply text
    stats: object  # st.empty placeholder of the figures under it
    shown: list[str] = field(default_factory=list)
    turn: ChatTurn | None = None  # this message's finished turn, once kept
    crisis: bool = False  # this message was assessed a crisis: the panel shows the reply, not the column


def render_chat(context: Context) -> None:
    render_intro(context.safety)
    deleted = st.session_state.pop(Key.DELETED, None)
    if deleted is True:
        st.success(DELETED, icon=":material/delete:")
    elif deleted:  # the reason the deletion could not finish, and what to do
        st.error(deleted)
    if not context.store.history_chosen:
        render_history_choice(context.store)
    if not context.selected:
        st.info("Select at least one model in the sidebar.")
        return
    state = chat_state()
    # A stopped run keeps its columns' turns in a moment; waiting for it keeps every column in step.
    settled = state.writing.acquire(timeout=SETTLE_WAIT_S)
    try:
        render_conversation(context, state)
    finally:
        if settled:
            state.writing.release()


def render_conversation(context: Context, state: ChatState) -> None:
    """The buttons, the message box, the crisis panel and the columns; answers a new message in every column."""
    buttons = st.columns([1, 1, 6])
    if buttons[0].button("New conversation", key=Key.NEW):
        state.new_conversation()
    buttons[1].button("Stop", key=Key.STOP, help="Stops the reply being written; every model keeps your message "
                      "and what was said so far.")
    text = st.chat_input("Type how you feel…", key=Key.CHAT_INPUT)
    panel = st.empty()
    if state.crisis:
        show_crisis_panel(panel, context.safety, state.crisis_reply)
    columns = [_draw_column(context, state, choice, col, text) for choice, col in
               zip(context.selected, st.columns(len(context.selected)))]
    if text:
        answer_in_step(context, state, columns, text, panel)


def render_intro(safety: SafetySettings) -> None:
    """The title, what Haven is, the not-a-substitute notice and the crisis lines, before anything is typed."""
    st.title("Haven", anchor=False)
    st.markdown(INTRO)
    notice, lines = st.columns([5, 1], vertical_alignment="center")
    notice.caption(NOTICE)
    with lines.popover("Crisis lines", icon=":material/emergency:", use_container_width=True):
        st.markdown(resource_lines(safety))


def resource_lines(safety: SafetySettings) -> str:
    return "\n".join(f"- **{r.name}**: {r.instruction} ({r.hours})" for r in resources_for(safety.locale, safety))


def render_history_choice(store: Store) -> None:
    """The first visit's question: keep conversations on this machine or not. Nothing is kept until answered."""
    with st.container(border=True):
        st.markdown("**Should Haven keep your conversations on this computer?** Until you choose, nothing you "
                    "type is written anywhere. Kept conversations stay on this machine only, readable by your "
                    "account alone; you can change this or delete everything in the sidebar's Privacy panel.")
        keep, skip, _ = st.columns([2, 2, 3])
        keep.button("Keep my conversations", key=Key.HISTORY_KEEP, on_click=store.set_history, args=(True,))
        skip.button("Don't keep anything", key=Key.HISTORY_SKIP, on_click=store.set_history, args=(False,), type="primary")


def _draw_column(context: Context, state: ChatState, choice: ModelChoice, col, text: str | None) -> Column:
    prompt = context.prompt_for(choice)
    session = state.sessions.setdefault(choice.key, ChatSession(system_prompt=prompt, settings=context.safety))
    session.system_prompt, session.settings = prompt, context.safety
    with col:
        backend = context.backend(choice)
        st.subheader(choice.title, anchor=False, help=f"{choice.label} · {backend.label}")
        if choice.key in context.problems:
            st.warning(f"This model could not load, so it can only offer crisis resources: {context.problems[choice.key]}")
        for turn in session.turns:
            render_turn(turn)
        reply = stats = None
        if text:
            with st.chat_message("user"):
                st.markdown(text)
            with st.chat_message("assistant"):
                reply, stats = st.empty(), st.empty()
                reply.caption(WAITING)
    return Column(choice, session, backend, reply, stats)


def render_turn(turn: ChatTurn) -> None:
    with st.chat_message("user"):
        st.markdown(turn.user_text)
    with st.chat_message("assistant"):
        st.markdown(shown_reply(turn))
        if not turn.crisis:
            st.caption(turn_figures(turn))


def shown_reply(turn: ChatTurn) -> str:
    """What a column shows for a finished turn: the reply, or a pointer to the crisis panel, or that it was stopped."""
    if turn.crisis:
        return f"*{CRISIS_POINTER}*"
    if turn.timings.cancelled and not turn.timings.reply_tokens:
        return f"*{STOPPED_EARLY}*"
    return turn.reply


def turn_figures(turn: ChatTurn) -> str:
    """The quiet line under a model's reply: when its first words came, how long it took, its speed and length."""
    t = turn.timings
    stopped = " · stopped" if t.cancelled else ""
    if t.cancelled and not t.reply_tokens:
        return "stopped before it began"
    if not t.reply_tokens:
        return f"{turn.words} words{stopped}"
    return (f"first words in {t.ttft_s:.1f} s · done in {t.total_s:.1f} s · {t.tokens_per_s:.0f} tokens/s · "
            f"{turn.words} words{stopped}")


def show_crisis_panel(panel, safety: SafetySettings, reply: str = "") -> None:
    """One crisis panel above the columns: the crisis response (or, before it is written, the lines)."""
    with panel.container():
        st.error(reply or f"{CRISIS_BANNER}\n\n{resource_lines(safety)}", icon=":material/emergency:")
        st.caption(CRISIS_CAPTION.format(country=safety.locale))


def answer_in_step(context: Context, state: ChatState, columns: list[Column], text: str, panel) -> None:
    """Every column answers `text`, one after another; when the run is stopped, every column still keeps it."""
    try:
        for column in columns:  # each model in turn: they share the CPU
            turn = stream_reply(context, state, column, text, panel)
            if turn is not None:  # None: the message was empty, and the engine said so
                column.reply.markdown(shown_reply(turn))
                if not turn.crisis:
                    column.stats.caption(turn_figures(turn))
    finally:
        # Stopped (at any draw, in a reply or between two): the column being written kept its own
        # turn; every column that had not begun hears the message too, with a stopped reply. Nothing
        # here calls Streamlit, which would raise the stop again and leave the other columns behind.
        for column in columns:
            if column.turn is None:
                column.turn = run_quietly(StoppedBackend(column.backend), column.session, text, context.options)
                if column.turn is not None:
                    keep_turn(context, state, column.choice, column.turn)


def run_quietly(backend, session: ChatSession, text: str, options: GenerationOptions,
                cancel: threading.Event | None = None) -> ChatTurn | None:
    """Every event of one guarded turn, drawn nowhere; the finished turn (None for an empty message)."""
    turn = None
    for event in respond(backend, session, text, options, cancel):
        turn = event.turn or turn
    return turn


class StoppedBackend:
    """A backend stopped before it began: the message still passes the assessment and the guard, no model runs."""

    def __init__(self, backend):
        self.backend = backend

    def __getattr__(self, attribute: str):
        return getattr(self.backend, attribute)

    def generate(self, messages: list[dict[str, str]], options: GenerationOptions,
                 cancel: threading.Event | None = None) -> Iterator[str | Timings]:
        yield Timings(cancelled=True)


def stream_reply(context: Context, state: ChatState, column: Column, text: str, panel) -> ChatTurn | None:
    """Run one guarded turn into its column and keep it.

    Interrupted (Streamlit raises at the next call that draws), the reply is cancelled,
    the engine closes the turn with what was said so far, and it is kept without
    touching Streamlit again.
    """
    cancel = threading.Event()
    events = respond(column.backend, column.session, text, context.options, cancel)
    turn = None
    try:
        for event in events:
            turn = event.turn or turn  # before drawing: a stop while drawing the last event must not lose it
            _show_event(event, state, column, panel, context.safety)
    finally:
        if turn is None:  # interrupted
            cancel.set()
            for event in events:
                turn = event.turn or turn
        if turn is not None:
            column.turn = turn
            keep_turn(context, state, column.choice, turn)
    return turn


def _show_event(event, state: ChatState, column: Column, panel, safety: SafetySettings) -> None:
    if event.kind is EventKind.ASSESSMENT:
        column.crisis = is_crisis(event.assessment)
        if column.crisis and not state.crisis:
            state.crisis = True
            show_crisis_panel(panel, safety)
    elif event.kind is EventKind.TEXT:
        column.shown.append(event.text)
        if not column.crisis:
            column.reply.markdown("".join(column.shown) + CURSOR)
    elif event.kind is EventKind.REPLACE:
        column.shown = [event.text]
        column.reply.markdown(event.text)
    elif event.kind is EventKind.NOTICE:
        column.stats.caption(event.text)
    elif event.kind is EventKind.DONE:
        if event.turn.crisis and event.turn.reply != state.crisis_reply:
            state.crisis, state.crisis_reply = True, event.turn.reply
            show_crisis_panel(panel, safety, event.turn.reply)


def is_crisis(assessment: RiskAssessment | None) -> bool:
    """High or imminent risk, the person's or someone else's they worry about: resources go on screen at once."""
    return assessment is not None and (assessment.level >= RiskLevel.HIGH or assessment.about_other)


def keep_turn(context: Context, state: ChatState, choice: ModelChoice, turn: ChatTurn) -> None:
    """Add the reply's figures to this visitor's metrics, and store the turn if history is on."""
    t = turn.timings
    if not (t.cancelled and not t.reply_tokens):  # a reply stopped before it began has no figures to chart
        state.metrics.append({"reply": sum(1 for m in state.metrics if m["model"] == choice.title) + 1,
                              "model": choice.title, "ttft_ms": t.ttft_s * 1000, "latency_s": t.total_s,
                              "tokens_per_s": t.tokens_per_s, "words": turn.words, "crisis": turn.crisis})
    record = state.conversations.setdefault(choice.key, ConversationRecord(
        model=choice.model, variant=choice.variant, backend=turn.backend,
        system_prompt=context.prompt_for(choice), group_id=state.group_id))
    context.store.add_turn(record, TurnRecord.from_turn(record.id, turn))
