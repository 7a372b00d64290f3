"""A KV cache per conversation: the bound and its eviction, and turn k evaluating only its new tokens.

The llama.cpp tests count the tokens llama.cpp is asked to evaluate (never time), with
another conversation using the same loaded model between two turns of the first.
"""

from __future__ import annotations

import pytest

from haven.chat.backends.base import GenerationOptions, create_backend
from haven.chat.backends.kv_cache import ConversationCache, common_prefix
from haven.deps import is_llama_cpp_available
from haven.errors import ConfigError

needs_llama = pytest.mark.skipif(
    not is_llama_cpp_available(), reason="llama-cpp-python (the `gguf` extra) is not installed"
)
GREEDY = GenerationOptions(temperature=0.0, max_tokens=12)


def test_common_prefix_counts_leading_agreement():
    assert common_prefix([1, 2, 3], [1, 2, 4, 5]) == 2
    assert common_prefix([], [1]) == 0
    assert common_prefix([1, 2], [1, 2, 3]) == 2


def test_best_match_is_the_longest_shared_prefix():
    cache = ConversationCache(max_bytes=10_000)
    cache.put([1, 2, 3], b"a")
    cache.put([1, 5, 6, 7], b"b")
    saved, length = cache.best_match([1, 5, 6, 9])
    assert (saved.state, length) == (b"b", 3)
    assert cache.best_match([9, 9]) == (None, 0)


def test_a_later_turn_replaces_its_conversations_earlier_one():
    cache = ConversationCache(max_bytes=10_000)
    cache.put([1, 2], b"turn1")
    cache.put([1, 2, 3, 4], b"turn2")
    assert len(cache) == 1 and cache.best_match([1, 2, 3, 4, 5])[0].state == b"turn2"


def test_the_bound_evicts_the_least_recently_used():
    entry = 100 + 4 * 2  # state bytes + 4 bytes per token id
    cache = ConversationCache(max_bytes=2 * entry)
    cache.put([1, 1], b"x" * 100)
    cache.put([2, 2], b"y" * 100)
    cache.best_match([1, 1, 7])  # conversation 1 is used again: 2 is now the oldest
    cache.put([3, 3], b"z" * 100)
    assert cache.nbytes <= cache.max_bytes and cache.evictions == 1
    assert cache.best_match([2, 2])[0] is None and cache.best_match([1, 1])[0] is not None


def test_a_state_larger_than_the_bound_is_not_kept_and_a_negative_bound_is_refused():
    assert not ConversationCache(max_bytes=10).put([1], b"x" * 100)
    with pytest.raises(ConfigError, match="KV cache bound"):
        ConversationCache(max_bytes=-1)


def conversation(opening: str, turns: int) -> list[dict[str, str]]:
    messages = [{"role": "user", "content": opening}]
    for k in range(1, turns):
        messages += [{"role": "assistant", "content": "PLACEHOLDER"}, {"role": "user", "content": f"And then {k}?"}]
    return messages


def reply_to(backend, messages) -> tuple[str, list[int]]:
    """The reply, and the token counts llama.cpp was asked to evaluate (the prompt's first)."""
    llama = backend.shared.llama
    counts, real_eval = [], llama.eval
    llama.eval = lambda tokens: (counts.append(len(tokens)), real_eval(tokens))[1]
    try:
        text = "".join(c for c in backend.generate(messages, GREEDY) if isinstance(c, str))
    finally:
        del llama.eval  # the class's method again
    return text, counts


def two_turns_with_another_between(backend) -> tuple[list[int], list[int]]:
    """Conversation A turn 1, conversation B turn 1, A turn 2: (A's turn-2 prompt ids, what it evaluated)."""
    a = [{"role": "user", "content": "I feel nervous before my exams."}]
    reply_a, _ = reply_to(backend, a)
    reply_to(backend, [{"role": "user", "content": "My friend stopped talking to me."}])
    a += [{"role": "assistant", "content": reply_a}, {"role": "user", "content": "What could I try tonight?"}]
    ids = backend.prompt_ids(a)
    _, counts = reply_to(backend, a)
    return ids, counts


@needs_llama
@pytest.mark.slow
def test_turn_two_evaluates_only_its_new_tokens_after_another_conversation():
    backend = create_backend("llama.cpp", model="smollm2-135m", n_ctx=384, n_threads=1)
    try:
        backend.shared.forget_conversations()
        first_prompt = backend.prompt_ids([{"role": "user", "content": "I feel nervous before my exams."}])
        ids, counts = two_turns_with_another_between(backend)
        new_tokens = len(ids) - len(first_prompt)  # A's reply and the new message, at most
        assert counts[0] <= new_tokens < len(ids)
        assert all(c == 1 for c in counts[1:])  # then one token at a time
        assert len(backend.shared.cache) == 2  # A's turn 2 replaced its turn 1; B's is kept
    finally:
        backend.close()


@needs_llama
@pytest.mark.slow
def test_without_room_to_save_a_turn_re_evaluates_the_whole_prompt():
    backend = create_backend("llama.cpp", model="smollm2-135m", n_ctx=320, n_threads=1, kv_cache_mb=0.001)
    try:
        first_prompt = backend.prompt_ids([{"role": "user", "content": "I feel nervous before my exams."}])
        ids, counts = two_turns_with_another_between(backend)
        # Only the system prompt both conversations open with is still in the context: A's turn 1 is evaluated again.
        assert counts[0] > len(ids) - len(first_prompt) and len(backend.shared.cache) == 0
    finally:
        backend.close()
