"""The Arena tab: two anonymous replies to one message, a vote, and the ranking the votes make."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import streamlit as st

from haven.app.chat_view import CRISIS_POINTER, is_crisis, show_crisis_panel
from haven.app.context import Context, Key
from haven.app.lineup import ModelChoice
from haven.chat.engine import ChatSession, EventKind, respond
from haven.errors import HavenError
from haven.evaluate.arena import Contestant, Outcome, Vote, pick_pair, rank
from haven.store import VoteRecord

SIDES = ("A", "B")


@dataclass
class ArenaRound:
    """One blind comparison, kept in the visitor's session until they vote."""

    pair: tuple[ModelChoice, ModelChoice]
    message: str
    replies: list[str] = field(default_factory=lambda: ["", ""])
    crisis: bool = False
    outcome: Outcome | None = None


def render_arena(context: Context) -> None:
    st.markdown("Two models answer the same message without their names. Pick the reply that is kinder "
                "and more helpful; the names show after you vote.")
    pool = context.selected if len(set(context.selected)) >= 2 else context.available
    with st.form("arena_form", clear_on_submit=True):
        message = st.text_input("Your message", key=Key.ARENA_MESSAGE)
        asked = st.form_submit_button("Ask two anonymous models", key=Key.ARENA_ASK)
    banner = st.empty()
    if asked and message.strip():
        try:
            pair = pick_pair([Contestant(c.model, c.variant) for c in pool], random.Random())
        except HavenError as err:
            st.warning(str(err))
            return
        by_contestant = {Contestant(c.model, c.variant): c for c in pool}
        current = ArenaRound((by_contestant[pair[0]], by_contestant[pair[1]]), message.strip())
        st.session_state.pop(Key.ARENA, None)
        _play(context, current, banner)
        st.session_state[Key.ARENA] = current  # kept once both replies are complete, never half-written
        _vote_buttons(context, current)
    elif (current := st.session_state.get(Key.ARENA)) is not None:
        _show_round(context, current, banner)
    _ranking(context)


def _play(context: Context, current: ArenaRound, banner) -> None:
    columns = st.columns(2)
    for index, (choice, col) in enumerate(zip(current.pair, columns)):
        with col:
            st.subheader(f"Reply {SIDES[index]}")
            placeholder = st.empty()
        shown = []
        session = ChatSession(system_prompt=context.prompt_for(choice), settings=context.safety)
        for event in respond(context.backend(choice), session, current.message, context.options):
            if event.kind is EventKind.ASSESSMENT and is_crisis(event.assessment):
                current.crisis = True
                show_crisis_panel(banner, context.safety)
            elif event.kind is EventKind.TEXT and not current.crisis:
                shown.append(event.text)
                placeholder.markdown("".join(shown) + "▌")
            elif event.kind is EventKind.REPLACE:
                shown = [event.text]
            elif event.kind is EventKind.DONE:
                current.replies[index] = event.turn.reply
                if event.turn.crisis:
                    show_crisis_panel(banner, context.safety, event.turn.reply)
        placeholder.markdown(_reply_text(current, index))


def _reply_text(current: ArenaRound, index: int) -> str:
    """A side's reply, or (for a crisis message, answered the same on both sides) a pointer to the one panel."""
    return f"*{CRISIS_POINTER}*" if current.crisis else current.replies[index]


def _show_round(context: Context, current: ArenaRound, banner) -> None:
    if current.crisis:
        show_crisis_panel(banner, context.safety, current.replies[0])
    st.markdown(f"**You asked:** {current.message}")
    for index, col in enumerate(st.columns(2)):
        with col:
            name = f" — {current.pair[index].title}" if current.outcome else ""
            st.subheader(f"Reply {SIDES[index]}{name}", anchor=False,
                         help=current.pair[index].label if current.outcome else None)
            st.markdown(_reply_text(current, index))
    if current.outcome is None:
        _vote_buttons(context, current)
    else:
        st.success(f"Thank you: your vote ({_outcome_text(current.outcome)}) is counted.")


def _vote_buttons(context: Context, current: ArenaRound) -> None:
    if current.crisis:
        st.info("These were crisis responses, the same for every model; there is nothing to vote on.")
        return
    if not context.store.history_enabled:
        st.caption("History is off: your vote counts in this window's ranking only and is never written to disk.")
    a, tie, b = st.columns(3)
    clicked = {Outcome.A: a.button("A is better", key=Key.VOTE_A), Outcome.TIE: tie.button("It's a tie", key=Key.VOTE_TIE),
               Outcome.B: b.button("B is better", key=Key.VOTE_B)}
    for outcome, pressed in clicked.items():
        if pressed and current.outcome is None:
            current.outcome = outcome
            first, second = current.pair
            vote = VoteRecord(first.model, first.variant, second.model, second.variant, outcome.value)
            if context.store.add_vote(vote) is None:  # history off: this window remembers it, the disk does not
                st.session_state.setdefault(Key.SESSION_VOTES, []).append(vote)
            st.rerun()


def _outcome_text(outcome: Outcome) -> str:
    return {Outcome.A: "A is better", Outcome.B: "B is better", Outcome.TIE: "a tie"}[outcome]


def _ranking(context: Context) -> None:
    st.subheader("Ranking")
    unsaved = st.session_state.get(Key.SESSION_VOTES, [])
    votes = [Vote.from_row(v) for v in [*context.store.votes(), *unsaved]]
    ratings = rank(votes, [Contestant(c.model, c.variant) for c in context.available])
    st.dataframe([{"rank": i + 1, "model": r.contestant.label, "Elo": round(r.elo), "win rate": f"{r.win_rate:.0%}",
                   "votes": r.votes, "wins": r.wins, "ties": r.ties, "losses": r.losses}
                  for i, r in enumerate(ratings)], hide_index=True)
    kept = f"{len(votes) - len(unsaved)} stored vote(s)" + (f" and {len(unsaved)} from this window (not stored)" if unsaved else "")
    st.caption(f"Elo from {kept}, in the order cast; a tie counts half a win. "
               "Few votes make a shaky ranking: read the vote counts.")
