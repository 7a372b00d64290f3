"""A KV cache per conversation for one in-process llama.cpp model, within a memory bound.

One llama.cpp context holds one sequence at a time, while the dashboard's columns, its
concurrent visitors and `haven compare` take turns on the same loaded model. Without
this, turn k of a conversation re-evaluates its whole history whenever another
conversation used the model in between (about 1.8 s for a 300-token conversation on a
2-core machine, issue 16). After each reply the backend saves the context's sequence
(llama.cpp's ``llama_state_seq_get_data``: the KV cells of sequence 0, no logits) keyed
by the token ids it holds; before the next prompt it restores the saved sequence that
shares the longest prefix with it, and llama.cpp evaluates only the rest.

Keying by token ids rather than by a conversation id needs nothing from the callers: a
conversation's next prompt begins with its previous prompt and reply, whoever asks. This
is what llama.cpp's own server does per slot (``--cache-reuse``/prompt cache), here
with a byte budget and least-recently-used eviction instead of a fixed slot count.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Sequence

from haven.errors import ConfigError

DEFAULT_KV_CACHE_MB = 256  # ~35 conversations of 300 tokens for SmolLM2-135M (23 KB of f16 KV per token)


@dataclass(frozen=True)
class SavedSequence:
    """The token ids a context held and its KV cells, as llama.cpp serialised them."""

    tokens: tuple[int, ...]
    state: bytes

    @property
    def nbytes(self) -> int:
        return len(self.state) + 4 * len(self.tokens)


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    """How many leading token ids `a` and `b` share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class ConversationCache:
    """Saved sequences, least recently used first out once their bytes pass `max_bytes`."""

    def __init__(self, max_bytes: int = DEFAULT_KV_CACHE_MB * 2**20):
        if max_bytes < 0:
            raise ConfigError(f"the KV cache bound is {max_bytes} bytes; use 0 (no cache) or more")
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple[int, ...], SavedSequence] = OrderedDict()
        self.nbytes = 0
        self.evictions = 0

    def __len__(self) -> int:
        return len(self._entries)

    def best_match(self, ids: Sequence[int]) -> tuple[SavedSequence | None, int]:
        """The saved sequence sharing the longest prefix with `ids`, and that length (0: none)."""
        best, length = None, 0
        for saved in self._entries.values():
            shared = common_prefix(saved.tokens, ids)
            if shared > length:
                best, length = saved, shared
        if best is not None:
            self._entries.move_to_end(best.tokens)  # used: the last to be evicted
        return best, length

    def put(self, tokens: Sequence[int], state: bytes) -> bool:
        """Keep a sequence (replacing the earlier turns it extends); False when it alone passes the bound."""
        saved = SavedSequence(tuple(tokens), state)
        if not saved.tokens or saved.nbytes > self.max_bytes:
            return False
        for key in [k for k in self._entries if saved.tokens[: len(k)] == k]:
            self._drop(key)  # the same conversation's previous turn: its tokens are a prefix of these
        self._entries[saved.tokens] = saved
        self.nbytes += saved.nbytes
        while self.nbytes > self.max_bytes:
            self._drop(next(iter(self._entries)))
            self.evictions += 1
        return True

    def clear(self) -> None:
        self._entries.clear()
        self.nbytes = 0

    def _drop(self, key: tuple[int, ...]) -> None:
        self.nbytes -= self._entries.pop(key).nbytes
