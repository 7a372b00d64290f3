"""The Chat tab: one message box, one column per model and variant, replies streamed through the guard."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import streamlit as st

from haven.app.context import ChatState, Context, Key, chat_state
from haven.app.lineup import ModelChoice
from haven.chat.engine import ChatSession, ChatTurn, EventKind, respond
from haven.safety import RiskAssessment, RiskLevel, SafetySettings, resources_for
from haven.store import ConversationRecord, TurnRecord

CURSOR = "▌"
CRISIS_BANNER = "What you wrote sounds really serious, and you deserve support right now. You can reach people who are there for exactly this:"


@dataclass
class Column:
    """One model's place on screen for the reply being written."""

    choice: ModelChoice
    session: ChatSession
    reply: object  # st.empty placeholder of the reply text
    stats: object  # st.empty placeholder of the figures under it
    shown: list[str] = field(default_factory=list)


def render_chat(context: Context) -> None:
    if not context.selected:
        st.info("Select at least one model in the sidebar.")
        return
    state = chat_state()
    buttons = st.columns([1, 1, 6])
    if buttons[0].button("New conversation", key=Key.NEW):
        state.new_conversation()
    buttons[1].button("Stop", key=Key.STOP, help="Stops the reply being written; what was said so far is kept.")
    text = st.chat_input("Type how you feel…", key=Key.CHAT_INPUT)
    banner = st.empty()
    if state.crisis:
        show_crisis_banner(banner, context.safety)
    columns = [_draw_column(context, state, choice, col, text) for choice, col in
               zip(context.selected, st.columns(len(context.selected)))]
    if not text:
        return
    for column in columns:  # each model in turn: they share the CPU
        turn = stream_reply(context, state, column, text, banner)
        if turn is not None:  # None: the message was empty, and the engine said so
            column.reply.markdown(turn.reply)
            column.stats.caption(turn_figures(turn))


def _draw_column(context: Context, state: ChatState, choice: ModelChoice, col, text: str | None) -> Column:
    session = state.sessions.setdefault(choice.key, ChatSession(system_prompt=context.system_prompt, settings=context.safety))
    session.system_prompt, session.settings = context.system_prompt, context.safety
    with col:
        backend = context.backend(choice)
        st.subheader(choice.label)
        st.caption(backend.label)
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
    return Column(choice, session, reply, stats)


def render_turn(turn: ChatTurn) -> None:
    with st.chat_message("user"):
        st.markdown(turn.user_text)
    with st.chat_message("assistant"):
        st.markdown(turn.reply)
        st.caption(turn_figures(turn))


def turn_figures(turn: ChatTurn) -> str:
    """The figures under every reply: time to first token, latency, speed, length."""
    t = turn.timings
    if turn.crisis:
        return f"crisis response (no model) · {turn.words} words"
    stopped = " · stopped" if t.cancelled else ""
    return (f"TTFT {t.ttft_s * 1000:,.0f} ms · total {t.total_s:.2f} s · {t.tokens_per_s:.1f} tok/s · "
            f"{turn.words} words{stopped}")


def show_crisis_banner(banner, safety: SafetySettings) -> None:
    lines = "\n".join(f"- **{r.name}**: {r.instruction} ({r.hours})" for r in resources_for(safety.locale, safety))
    banner.error(f"{CRISIS_BANNER}\n\n{lines}", icon=":material/emergency:")


def stream_reply(context: Context, state: ChatState, column: Column, text: str, banner) -> ChatTurn | None:
    """Run one guarded turn into its column and keep it.

    Streamlit interrupts a run (the Stop button, a new message, a closed tab) by raising
    at the next call that draws; the reply is then cancelled, the engine closes the turn
    with what was said so far, and it is kept, without touching Streamlit again.
    """
    cancel = threading.Event()
    events = respond(context.backend(column.choice), column.session, text, context.options, cancel)
    turn = None
    try:
        for event in events:
            turn = _show_event(event, state, column, banner, context.safety) or turn
    finally:
        if turn is None:  # interrupted
            cancel.set()
            for event in events:
                turn = event.turn or turn
        if turn is not None:
            keep_turn(context, state, column.choice, turn)
    return turn


def _show_event(event, state: ChatState, column: Column, banner, safety: SafetySettings) -> ChatTurn | None:
    if event.kind is EventKind.ASSESSMENT:
        if is_crisis(event.assessment):
            state.crisis = True
            show_crisis_banner(banner, safety)
    elif event.kind is EventKind.TEXT:
        column.shown.append(event.text)
        column.reply.markdown("".join(column.shown) + CURSOR)
    elif event.kind is EventKind.REPLACE:
        column.shown = [event.text]
        column.reply.markdown(event.text)
    elif event.kind is EventKind.NOTICE:
        column.stats.caption(event.text)
    elif event.kind is EventKind.DONE:
        return event.turn
    return None


def is_crisis(assessment: RiskAssessment | None) -> bool:
    """High or imminent risk: resources go on screen at once, whatever the models say."""
    return assessment is not None and assessment.level >= RiskLevel.HIGH


def keep_turn(context: Context, state: ChatState, choice: ModelChoice, turn: ChatTurn) -> None:
    """Add the reply's figures to this visitor's metrics, and store the turn if history is on."""
    t = turn.timings
    state.metrics.append({"reply": sum(1 for m in state.metrics if m["model"] == choice.label) + 1,
                          "model": choice.label, "ttft_ms": t.ttft_s * 1000, "latency_s": t.total_s,
                          "tokens_per_s": t.tokens_per_s, "words": turn.words, "crisis": turn.crisis})
    record = state.conversations.setdefault(choice.key, ConversationRecord(
        model=choice.model, variant=choice.variant, backend=turn.backend,
        system_prompt=context.system_prompt, group_id=state.group_id))
    context.store.add_turn(record, TurnRecord.from_turn(record.id, turn))
