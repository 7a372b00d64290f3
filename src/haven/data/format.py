"""Chat formatting and label masking: turn a conversation into token ids and labels.

The chat template (the tokenizer's, or Haven's documented fallback from
``haven.models.templates``) is the single source of the format. Labels are masked
(-100) everywhere except the counsellor's replies and the end-of-turn token that
closes each one, so the model learns what to say and when to stop, never to imitate
the person. Spans are found by rendering the conversation prefix by prefix and
mapping character offsets to tokens, which works for every template family.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from haven.data.schema import Example, Message, Role
from haven.errors import ConfigError

IGNORE_INDEX = -100

DEFAULT_SYSTEM_PROMPT = (
    "You are Haven, a warm, supportive listener. Reflect the person's feelings, ask gently, "
    "suggest safe next steps, and point to crisis lines if they may be in danger."
)


@dataclass(frozen=True)
class TokenizedExample:
    """Token ids with labels that carry loss only on reply tokens."""

    input_ids: list[int]
    labels: list[int]
    truncated: bool = False

    @property
    def reply_tokens(self) -> int:
        return sum(label != IGNORE_INDEX for label in self.labels)

    def __len__(self) -> int:
        return len(self.input_ids)


def with_system_prompt(messages: tuple[Message, ...], system_prompt: str | None) -> list[dict[str, str]]:
    """The conversation as template dicts, led by the system prompt unless it has one."""
    dicts = [m.as_dict() for m in messages]
    if system_prompt and (not dicts or dicts[0]["role"] != Role.SYSTEM.value):
        dicts.insert(0, {"role": Role.SYSTEM.value, "content": system_prompt})
    return dicts


def render(tokenizer, messages: list[dict[str, str]], generation_prompt: bool = False) -> str:
    """Render messages through the tokenizer's chat template."""
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=generation_prompt)


def _common_prefix_length(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


_MARKER_PATTERNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _marker_pattern(tokenizer):
    """A regex of the tokenizer's added marker tokens (``<|end|>``, ``<start_of_turn>``...), cached."""
    import re

    # Keyed by the tokenizer object itself, held weakly: an id() can be reused by the next tokenizer
    # once one is freed, which handed one family's markers to another (a flaky label test found it).
    try:
        return _MARKER_PATTERNS[tokenizer]
    except (KeyError, TypeError):
        pass
    markers = sorted((t for t in tokenizer.get_added_vocab() if t.startswith("<") and len(t) > 1), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, markers))) if markers else None
    try:
        _MARKER_PATTERNS[tokenizer] = pattern
    except TypeError:
        pass  # a tokenizer that cannot be held weakly is read each time
    return pattern


def _back_out_of_added_token(tokenizer, text: str, pos: int) -> int:
    """Move `pos` to the start of a marker token it falls inside (e.g. after a shared ``<|``)."""
    pattern = _marker_pattern(tokenizer)
    if pattern is None:
        return pos
    window_start = max(0, pos - 64)
    for match in pattern.finditer(text, window_start, pos + 64):
        if match.start() < pos < match.end():
            return match.start()
    return pos


def reply_spans(tokenizer, messages: list[dict[str, str]]) -> tuple[str, list[tuple[int, int]]]:
    """The rendered text and the character span of each assistant reply, end-of-turn included."""
    full = render(tokenizer, messages)
    spans = []
    for i, message in enumerate(messages):
        if message["role"] != Role.ASSISTANT.value:
            continue
        prefix = render(tokenizer, messages[:i], generation_prompt=True)
        through = render(tokenizer, messages[: i + 1])
        start = _common_prefix_length(prefix, full)
        # Phi-3 closes a finished conversation with EOS, so `through` and `full` can share
        # the first characters of the next turn's marker; never count those as reply.
        end = _back_out_of_added_token(tokenizer, full, _common_prefix_length(through, full))
        # Trailing newlines after the end-of-turn token are layout, not something to learn.
        while end > start and full[end - 1] in "\n ":
            end -= 1
        if end > start:
            spans.append((start, end))
    return full, spans


def _label_tokens(tokenizer, text: str, spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    encoded = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids, offsets = encoded["input_ids"], encoded["offset_mapping"]
    labels = []
    for token, (start, end) in zip(ids, offsets):
        inside = any(s <= start < e or (start == end and s < start <= e) for s, e in spans)
        labels.append(token if inside else IGNORE_INDEX)
    return ids, labels


def _ensure_eos_learned(tokenizer, ids: list[int], labels: list[int]) -> None:
    """Templates without an end-of-turn token (plain text) still must teach stopping."""
    if labels and labels[-1] == IGNORE_INDEX and ids and ids[-1] == tokenizer.eos_token_id:
        labels[-1] = ids[-1]


def _shorten_user_turn(messages: list[dict[str, str]], keep_fraction: float) -> list[dict[str, str]]:
    """Keep the end of the last user message (nearest the reply) at `keep_fraction` of its words."""
    last_user = max(i for i, m in enumerate(messages) if m["role"] == Role.USER.value)
    words = messages[last_user]["content"].split()
    keep = max(8, int(len(words) * keep_fraction))
    shortened = dict(messages[last_user], content="… " + " ".join(words[-keep:]))
    return messages[:last_user] + [shortened] + messages[last_user + 1 :]


def _drop_old_turns(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    """Keep the system prompt, the last user turn and the final reply."""
    system = [m for m in messages[:1] if m["role"] == Role.SYSTEM.value]
    return system + messages[-2:]


def _cut_tokens(values: list[int], labels: list[int], max_length: int) -> list[int]:
    """Last resort: cut prompt tokens from the left, then the reply's tail, keeping the reply's share."""
    first_reply = next((i for i, label in enumerate(labels) if label != IGNORE_INDEX), len(labels))
    reply_len = len(labels) - first_reply
    keep_reply = min(reply_len, max(max_length // 2, max_length - first_reply))
    keep_prompt = max_length - keep_reply
    return values[first_reply - keep_prompt : first_reply] + values[first_reply : first_reply + keep_reply]


def tokenize_example(
    tokenizer, example: Example, *, max_length: int, system_prompt: str | None = DEFAULT_SYSTEM_PROMPT
) -> TokenizedExample:
    """Tokenize one conversation with reply-only labels, fitting `max_length` tokens.

    Truncation policy: older turns go first, then the start of the person's last
    message (its end, nearest the reply, is kept); then the prompt's oldest tokens;
    only then is the reply's tail cut, and the reply always keeps at least half the budget
    (or all of itself).
    """
    if max_length < 16:
        raise ConfigError(f"max_length is {max_length}; it must be at least 16 tokens to hold a reply")
    messages = with_system_prompt(example.messages, system_prompt)
    text, spans = reply_spans(tokenizer, messages)
    ids, labels = _label_tokens(tokenizer, text, spans)
    truncated = False
    if len(ids) > max_length and len(messages) > 3:
        messages, truncated = _drop_old_turns(messages), True
        text, spans = reply_spans(tokenizer, messages)
        ids, labels = _label_tokens(tokenizer, text, spans)
    for _ in range(4):
        if len(ids) <= max_length:
            break
        reply_len = sum(label != IGNORE_INDEX for label in labels)
        prompt_len = len(ids) - reply_len
        prompt_budget = max_length - min(reply_len, max_length // 2)
        if prompt_len <= prompt_budget:
            break
        messages, truncated = _shorten_user_turn(messages, prompt_budget / prompt_len * 0.9), True
        text, spans = reply_spans(tokenizer, messages)
        ids, labels = _label_tokens(tokenizer, text, spans)
    if len(ids) > max_length:
        ids, labels, truncated = _cut_tokens(ids, labels, max_length), _cut_tokens(labels, labels, max_length), True
    _ensure_eos_learned(tokenizer, ids, labels)
    return TokenizedExample(input_ids=ids, labels=labels, truncated=truncated)


def prompt_ids(tokenizer, messages: list[dict[str, str]]) -> list[int]:
    """Token ids of a conversation ending in the generation prompt, ready to generate a reply."""
    text = render(tokenizer, messages, generation_prompt=True)
    return tokenizer(text, add_special_tokens=False)["input_ids"]
