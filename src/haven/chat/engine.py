"""The chat engine: one guarded path from a person's message to a reply.

Every front door (terminal chat, ``--once``, the dashboard, the evaluation) calls
:func:`respond`. It assesses the message in the context of the conversation, answers
high and imminent risk with the crisis response (vetted resources, no model needed),
fits the conversation into the model's context window, streams the model's reply
through :class:`~haven.safety.StreamGuard` so no harmful fragment is shown before it
is checked, and replaces the reply when the guard says so. Nothing reaches a person
any other way. The reply is shown a sentence at a time and ends at a sentence end:
near the token budget the first complete sentence stops the backend, and a reply the
budget still cut is trimmed to its last complete sentence (:mod:`haven.chat.sentences`).
"""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from enum import Enum
from typing import Generator, Iterator

from haven.chat.backends.base import Backend, GenerationOptions, StopEvent, Timings
from haven.chat.sentences import SentenceStop
from haven.data.format import DEFAULT_SYSTEM_PROMPT
from haven.data.schema import Role
from haven.errors import BackendBusyError, BackendTimeoutError, HavenError
from haven.safety import (
    ReplyAction,
    RiskAssessment,
    RiskLevel,
    SafetySettings,
    StreamGuard,
    assess_conversation,
    guard_reply,
    crisis_response,
    gentle_resource_line,
    resources_for,
)

log = logging.getLogger(__name__)

MAX_MESSAGE_CHARS = 4000
_SURROGATE = re.compile("[\ud800-\udfff]")
BUSY_REPLY = (
    "I'm talking with a few other people right now and couldn't answer in time. I'm sorry; please "
    "send your message again in a moment."
)
BACKEND_FAILED_REPLY = (
    "I'm sorry, I couldn't put a reply together just now. I'm still here, and you can try again "
    "in a moment."
)


class EventKind(str, Enum):
    """What a chat event carries."""

    ASSESSMENT = "assessment"  # the risk assessment of the person's message
    NOTICE = "notice"  # something the person should know (turns dropped, message shortened)
    TEXT = "text"  # a piece of the reply, already checked by the guard
    REPLACE = "replace"  # the guard replaced the reply: show `text` instead of what was shown
    DONE = "done"  # the turn is complete; `turn` holds it


@dataclass
class ChatTurn:
    """One exchange, as stored and shown."""

    user_text: str
    reply: str
    assessment: RiskAssessment
    action: str = ReplyAction.ALLOW.value
    reasons: tuple[str, ...] = ()
    timings: Timings = field(default_factory=Timings)
    crisis: bool = False
    notices: list[str] = field(default_factory=list)
    backend: str = ""

    @property
    def words(self) -> int:
        return len(self.reply.split())

    def to_dict(self) -> dict:
        return {
            "backend": self.backend,
            "reply": self.reply,
            "risk_level": self.assessment.level.value,
            "conversation_level": self.assessment.conversation_level.value,
            "categories": [c.value for c in self.assessment.categories],
            "crisis": self.crisis,
            "reply_action": self.action,
            # reason codes only: the detail would repeat the withdrawn text
            "reasons": sorted({reason.split(":", 1)[0] for reason in self.reasons}),
            "notices": self.notices,
            "words": self.words,
            "timings": self.timings.to_dict(),
        }


@dataclass
class ChatEvent:
    """One step of a streamed turn."""

    kind: EventKind
    text: str = ""
    assessment: RiskAssessment | None = None
    turn: ChatTurn | None = None


@dataclass
class ChatSession:
    """A conversation with one backend: its history, system prompt and safety settings."""

    system_prompt: str | None = DEFAULT_SYSTEM_PROMPT
    settings: SafetySettings = field(default_factory=SafetySettings)
    messages: list[dict[str, str]] = field(default_factory=list)
    turns: list[ChatTurn] = field(default_factory=list)

    def prompt_messages(self) -> list[dict[str, str]]:
        system = [{"role": Role.SYSTEM.value, "content": self.system_prompt}] if self.system_prompt else []
        # Lone surrogates (from a --system-prompt with invalid UTF-8, or restored history) stop
        # every tokenizer; they become U+FFFD here, whatever the source of the text.
        return [{**m, "content": encodable(m["content"])} for m in system + self.messages]

    def reset(self) -> None:
        self.messages.clear()
        self.turns.clear()


def encodable(text: str) -> str:
    """`text` with any lone surrogate replaced by U+FFFD, so it encodes as UTF-8."""
    return _SURROGATE.sub("\ufffd", text)


def clean_message(text: str) -> tuple[str, list[str]]:
    """Normalise what a person typed: drop control characters, cap the length."""
    notices = []
    kept = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    kept = unicodedata.normalize("NFC", kept).strip()
    if len(kept) > MAX_MESSAGE_CHARS:
        notices.append(f"Your message was {len(kept):,} characters; I read the first {MAX_MESSAGE_CHARS:,}.")
        kept = kept[:MAX_MESSAGE_CHARS].rstrip()  # stripped again so cleaning twice changes nothing
    return kept, notices


def prompt_budget(backend: Backend, max_tokens: int) -> int:
    """Tokens the prompt may take: the window less the room kept for the reply."""
    return backend.context_length - max_tokens


def fit_context(backend: Backend, messages: list[dict[str, str]], max_tokens: int) -> tuple[list[dict[str, str]], int]:
    """Drop the oldest turns until the prompt plus the reply fits the context window.

    The system prompt and the latest user message are always kept; the safety state
    lives in the session, not in the prompt, so dropping turns never resets it.
    """
    budget = prompt_budget(backend, max_tokens)
    system = [m for m in messages[:1] if m["role"] == Role.SYSTEM.value]
    rest = messages[len(system):]
    dropped = 0
    while len(rest) > 1 and backend.count_tokens(system + rest) > budget:
        rest = rest[2:] if len(rest) > 2 else rest[1:]
        dropped += 1
    return system + rest, dropped


def shorten_to_fit(backend: Backend, messages: list[dict[str, str]], max_tokens: int) -> tuple[list[dict[str, str]], int]:
    """Cut the latest message, when it alone overflows the window, to the longest start that fits.

    Returns the messages and how many characters of the latest message were kept (its
    whole length when nothing was cut). A message of emoji or rare scripts can take
    several tokens a character, so the character cap of :func:`clean_message` does not
    guarantee a fit on a small context.
    """
    budget = prompt_budget(backend, max_tokens)
    last = messages[-1]
    if backend.count_tokens(messages) <= budget:
        return messages, len(last["content"])

    def with_content(n: int) -> list[dict[str, str]]:
        return messages[:-1] + [{**last, "content": last["content"][:n]}]
    low, high = 0, len(last["content"])  # invariant: a start of `low` characters fits (or low == 0)
    while low < high:
        middle = (low + high + 1) // 2
        if backend.count_tokens(with_content(middle)) <= budget:
            low = middle
        else:
            high = middle - 1
    return with_content(low), low


def resource_reminder(settings: SafetySettings) -> str:
    """A short line that keeps the crisis lines in view after a high-risk turn."""
    lines = [f"{r.name}: {r.contact}" for r in resources_for(settings.locale, settings)[:2]]
    return "\n\nI'm still thinking of what you shared earlier. If it gets heavy again: " + "; ".join(lines) + "."


def respond(
    backend: Backend,
    session: ChatSession,
    text: str,
    options: GenerationOptions | None = None,
    cancel: threading.Event | None = None,
) -> Iterator[ChatEvent]:
    """Take the person's message and yield the guarded reply as events; the session is updated."""
    options = options or GenerationOptions()
    message, notices = clean_message(text)
    for notice in notices:
        yield ChatEvent(EventKind.NOTICE, notice)
    if not message:
        yield ChatEvent(EventKind.NOTICE, "Your message was empty. Take your time; type whatever is on your mind.")
        return
    session.messages.append({"role": Role.USER.value, "content": message})
    assessment = assess_conversation(session.messages, session.settings)  # also writes the audit line
    yield ChatEvent(EventKind.ASSESSMENT, assessment=assessment)
    turn = ChatTurn(user_text=message, reply="", assessment=assessment, notices=notices, backend=backend.name)
    if assessment.level >= RiskLevel.HIGH or assessment.about_other:
        # the person's own crisis, or someone else's they are worried about (third-person guidance)
        turn.reply, turn.crisis = crisis_response(assessment, session.settings), True
        yield ChatEvent(EventKind.TEXT, turn.reply)
    else:
        yield from _generate_guarded(backend, session, options, cancel, turn)
    session.messages.append({"role": Role.ASSISTANT.value, "content": turn.reply})
    session.turns.append(turn)
    yield ChatEvent(EventKind.DONE, turn=turn)


def _fit_prompt(backend, session, options, turn: ChatTurn) -> Generator[ChatEvent, None, list | None]:
    """The prompt that fits the window, telling the person what was left out; None when nothing fits."""
    prompt, dropped = fit_context(backend, session.prompt_messages(), options.max_tokens)
    if dropped:
        notice = f"The conversation is longer than {backend.label} can hold; the {dropped} oldest turn(s) were set aside."
        turn.notices.append(notice)
        yield ChatEvent(EventKind.NOTICE, notice)
    prompt, kept = shorten_to_fit(backend, prompt, options.max_tokens)
    if kept < len(turn.user_text):
        notice = f"Your message is longer than {backend.label} can read at once; it read the first {kept:,} characters."
        if not kept:
            notice = (f"A reply of up to {options.max_tokens:,} tokens leaves no room for your message in "
                      f"{backend.label}'s {backend.context_length:,}-token window; lower --max-tokens.")
        turn.notices.append(notice)
        yield ChatEvent(EventKind.NOTICE, notice)
    return prompt if kept else None


def reply_token_counter(backend: Backend):
    """A reply's length in the backend's tokens (its message overhead taken off)."""
    overhead = backend.count_tokens([{"role": Role.ASSISTANT.value, "content": ""}])
    return lambda text: backend.count_tokens([{"role": Role.ASSISTANT.value, "content": text}]) - overhead


def _generate_guarded(backend, session, options, cancel, turn: ChatTurn) -> Iterator[ChatEvent]:
    prompt = yield from _fit_prompt(backend, session, options, turn)
    if prompt is None:
        turn.reply = BACKEND_FAILED_REPLY + (resource_reminder(session.settings) if turn.assessment.show_resources else "")
        yield ChatEvent(EventKind.TEXT, turn.reply)
        return
    guard = StreamGuard(turn.assessment, session.settings, context=turn.user_text)
    sentences, stop = SentenceStop(options.max_tokens, reply_token_counter(backend)), StopEvent(cancel)
    shown = []
    started = time.perf_counter()
    fallback = BACKEND_FAILED_REPLY
    try:
        for item in backend.generate(prompt, options, stop):
            if isinstance(item, Timings):
                turn.timings = item
            elif sentences.done:
                continue  # the tokens a backend makes before it sees the stop
            elif (visible := guard.feed(item)) and (ready := sentences.feed(visible)):
                shown.append(ready)
                yield ChatEvent(EventKind.TEXT, ready)
            if sentences.done and not stop.is_set():
                stop.set()
    except BackendBusyError as err:
        fallback = BUSY_REPLY
        turn.notices.append(str(err))
        yield ChatEvent(EventKind.NOTICE, str(err))
    except HavenError as err:
        turn.notices.append(str(err))
        yield ChatEvent(EventKind.NOTICE, str(err))
        turn.timings = Timings(total_s=time.perf_counter() - started, timed_out=isinstance(err, BackendTimeoutError))
    except Exception as err:  # noqa: BLE001 - a backend's bug must reach the person as a reply, not a traceback
        # The type only: an exception's message may quote the conversation, and logs never hold it.
        log.error("backend %s failed with %s", backend.name, type(err).__name__)
        notice = f"{backend.label} failed unexpectedly ({type(err).__name__}); the conversation is safe, try again"
        turn.notices.append(notice)
        yield ChatEvent(EventKind.NOTICE, notice)
    if sentences.done and not (cancel is not None and cancel.is_set()):
        turn.timings.cancelled = False  # the engine stopped it at a sentence end, not the person
    decision = guard.finish()
    reply = decision.final_reply
    if decision.action is ReplyAction.ALLOW and (cut := sentences.cut(reply)) != reply:
        # The guard judged everything the backend sent; what is shown ends at the last whole
        # sentence in budget, and the classifier reads a shorter text differently: judge that.
        decision = guard_reply(cut, turn.assessment, session.settings, context=turn.user_text)
        reply = decision.final_reply
    final = reply if reply.strip() else fallback
    if turn.timings.timed_out and decision.action is ReplyAction.ALLOW:
        final += "\n\n(I took too long to answer and stopped there. I'm still listening.)"
    if turn.assessment.show_resources and decision.action is ReplyAction.ALLOW:
        final += resource_reminder(session.settings)
    elif decision.action is ReplyAction.ALLOW and (line := gentle_resource_line(turn.assessment, session.settings)):
        final += "\n\n" + line
    turn.reply, turn.action, turn.reasons = final.strip(), decision.action.value, tuple(decision.reasons)
    shown_text = "".join(shown)
    if decision.action is ReplyAction.REPLACE or not final.startswith(shown_text):
        yield ChatEvent(EventKind.REPLACE, final)
    elif len(final) > len(shown_text):
        yield ChatEvent(EventKind.TEXT, final[len(shown_text):])


def run_turn(
    backend: Backend,
    session: ChatSession,
    text: str,
    options: GenerationOptions | None = None,
    cancel: threading.Event | None = None,
) -> ChatTurn | None:
    """One guarded turn without streaming: every event of :func:`respond` consumed, the finished turn returned.

    None when there was nothing to answer (an empty message; the engine said so in a notice).
    """
    turn = None
    for event in respond(backend, session, text, options, cancel):
        turn = event.turn or turn
    return turn
