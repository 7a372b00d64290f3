"""Batched decoding for the llama.cpp backend: many prompts answered in one pass, for evaluation.

On a CPU one llama.cpp decode step of a small model costs little more for sixteen sequences
than for one: the weights are read once per step either way. Measured on a 2-core AMD EPYC
(AVX-512, 2026-12-02): SmolLM2 Q8_0 decodes about 120 tokens/s alone and about 340 with sixteen
sequences, Gemma 3 270M about 80 and 210; through the whole guarded path
(``benchmarks/batch_decode.py``, 48 questions) 2.25x and 1.99x as fast as one at a time. The
comparison answers 116 prompts per variant, so it asks for its replies this way
(:func:`haven.evaluate.replies.run_prompts` with ``parallel``).

How, without changing what a person would see:

1. every prompt goes through :func:`haven.chat.engine.respond` once with the backend *recording*:
   the engine decides, as always, whether the model is asked at all (a crisis is answered by the
   crisis response) and with which messages; the recorded prompt's reply is thrown away;
2. :class:`BatchDecoder` decodes the recorded prompts together, in waves of `slots` sequences in a
   second llama.cpp context on the loaded model (the weights are shared, the KV cache is its own),
   each with its own sampler built exactly as ``Llama.generate`` builds it, until its end-of-turn
   token or its token limit;
3. every prompt goes through ``respond`` again with the backend *replaying* those tokens: the stop
   strings, the sentence stop, the guard and the crisis lines act on them as on live tokens.

The waves are fixed by the prompts' order and nothing waits on a clock, so the same prompts give
the same replies on every run. They are not always the replies of the one-at-a-time path: llama.cpp
adds up a batch in another order than one sequence, and greedy decoding follows the last-digit
differences where two tokens are nearly tied (on 48 counsel-chat questions about one reply in five
was the same to the letter; the rest part after a common opening). Base and fine-tuned are both
answered this way, so the comparison stays like for like.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass
from typing import Callable, Iterator

from haven.errors import BackendError, ConfigError

log = logging.getLogger(__name__)

DEFAULT_SLOTS = 16  # sequences decoded together; 16 gave 2.7-2.8x the tokens/s of one on 2 cores
BATCH_TOKENS = 512  # tokens one llama_decode call takes (a long prompt is fed in chunks of this)
MAX_SLOTS = 64
# A sequence stops this many tokens after its first sentence end past the engine's near-budget share
# (:class:`haven.chat.sentences.SentenceStop` stops there), so the replay has every token the engine reads.
MARGIN_TOKENS = 12
_SENTENCE_MARKS = (b".", b"!", b"?", "…".encode(), "。".encode())
CELLS_PER_SLOT = 1024  # KV cells per sequence (about 23 KB each for SmolLM2 in f16, 18 KB for Gemma 3 270M)


@dataclass(frozen=True)
class Asked:
    """One prompt to decode, and where its sequence may end.

    Attributes:
        ids: the prompt's tokens.
        sampler: its own sampler (:meth:`BatchDecoder.sampler`).
        limit: most tokens to make.
        near: from this many tokens, stop :data:`MARGIN_TOKENS` after a sentence mark (0: never), where the
            engine's sentence stop acts.
        stops: stop strings (UTF-8): the sequence ends where one is made, as the engine's stop scanner ends it.
    """

    ids: list[int]
    sampler: object
    limit: int
    near: int = 0
    stops: tuple[bytes, ...] = ()

    @property
    def cells(self) -> int:
        return len(self.ids) + self.limit


class BatchDecoder:
    """A second llama.cpp context on a loaded model that decodes up to `slots` sequences per step."""

    def __init__(self, shared, slots: int = DEFAULT_SLOTS, n_ctx: int | None = None) -> None:
        import llama_cpp

        if not 1 <= slots <= MAX_SLOTS:
            raise ConfigError(f"batch slots is {slots}; choose 1 to {MAX_SLOTS}")
        if shared.files.lora is not None:
            raise BackendError("batched decoding runs merged or base GGUF files, not a separate LoRA file: "
                               "merge the adapter (haven export) or answer one prompt at a time")
        llama = shared.llama
        self.shared, self.slots, self._native = shared, slots, llama_cpp
        # each sequence's own cells: a counsel-sized prompt and reply fit; a longer one is answered alone
        self.n_ctx = n_ctx or (slots + 1) * CELLS_PER_SLOT
        self.cells = self.n_ctx // (slots + 1)  # each sequence has its own cells (the KV cache is not unified)
        params = llama_cpp.llama_context_default_params()
        params.n_ctx = self.n_ctx
        params.n_batch = params.n_ubatch = BATCH_TOKENS
        params.n_seq_max = slots + 1  # one more: the prompts' shared opening, evaluated once and copied
        params.kv_unified = False  # each sequence its own cells: attention reads only its own
        params.n_threads = params.n_threads_batch = llama.context_params.n_threads
        self.ctx = llama_cpp.llama_init_from_model(llama.model, params)
        if not self.ctx:
            raise BackendError(f"llama.cpp could not open a batch context of {self.n_ctx:,} tokens for {slots} "
                               "sequences: lower the slots or close other programs")
        self.memory = llama_cpp.llama_get_memory(self.ctx)
        self.batch = llama_cpp.llama_batch_init(BATCH_TOKENS, 0, 1)
        self._pieces: dict[int, bytes] = {}

    def close(self) -> None:
        if self.ctx is not None:
            self._native.llama_batch_free(self.batch)
            self._native.llama_free(self.ctx)
            self.ctx = None

    def __enter__(self) -> "BatchDecoder":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def sampler(self, options, top_k: int, seed: int):
        """A sampler for one sequence, built as ``Llama.generate`` builds it (penalties, then greedy or top-k/p)."""
        llama = self.shared.llama
        llama.set_seed(seed)
        return llama._init_sampler(top_k=top_k, top_p=options.top_p, min_p=0.0, temp=options.temperature,
                                   repeat_penalty=options.repetition_penalty)

    def decode(self, prompts: list[Asked], progress: Callable[[int, int], None] | None = None) -> list[list[int]]:
        """The tokens of each prompt: up to `slots` sequences decoded per step, the next prompt taking a slot as
        soon as one ends (see :class:`Asked` for where)."""
        for asked in prompts:
            if asked.cells > self.cells:
                raise BackendError(f"prompt and reply need {asked.cells:,} tokens; a sequence of the batch context "
                                   f"holds {self.cells:,}: shorten the prompt, lower max_tokens or answer it alone")
        shared = self._shared_opening([asked.ids for asked in prompts])
        made: list[list[int]] = [[] for _ in prompts]
        text = [b"" for _ in prompts]
        stop_at = [asked.limit for asked in prompts]
        waiting, free = deque(range(len(prompts))), list(range(self.slots - 1, -1, -1))
        running: dict[int, int] = {}  # sequence id -> prompt index
        position, finished = {}, 0

        def take(k: int, index: int) -> None:
            token = self._native.llama_sampler_sample(prompts[k].sampler.sampler, self.ctx, index)
            made[k].append(token)
            text[k] += self._piece(token)
            stop_at[k] = min(stop_at[k], self._stop_after(prompts[k], made[k], text[k]))

        try:
            while waiting or running:
                while waiting and free:  # in the prompts' order: the same prompts always run alike
                    k, seq = waiting.popleft(), free.pop()
                    take(k, self._prefill(prompts[k].ids, seq, shared))
                    running[seq], position[seq] = k, len(prompts[k].ids)
                for seq, k in list(running.items()):
                    if len(made[k]) >= stop_at[k] or made[k][-1] in self.shared.end_ids:
                        del running[seq]
                        self._native.llama_memory_seq_rm(self.memory, seq, -1, -1)
                        free.append(seq)
                        finished += 1
                        if progress:
                            progress(finished, len(prompts))
                if running:
                    order = sorted(running)
                    self._decode([(made[running[seq]][-1], position[seq], seq, True) for seq in order])
                    for index, seq in enumerate(order):
                        position[seq] += 1
                        take(running[seq], index)
        finally:
            self._native.llama_memory_clear(self.memory, True)
        return made

    def _stop_after(self, asked: Asked, made: list[int], text: bytes) -> int:
        """Where a sequence may stop, given its tokens so far (a large number: not yet known)."""
        if any(stop in text[-(len(stop) + 32):] for stop in asked.stops):
            return len(made)  # the engine's stop scanner ends the reply here
        if asked.near and len(made) >= asked.near and any(mark in text[-8:] for mark in _SENTENCE_MARKS):
            return len(made) + MARGIN_TOKENS
        return 1 << 30

    def _piece(self, token: int) -> bytes:
        if (piece := self._pieces.get(token)) is None:
            piece = self._pieces[token] = self.shared.llama.detokenize([token])
        return piece

    def _shared_opening(self, prompts: list[list[int]]) -> int:
        """Evaluate the tokens every prompt opens with (template and system prompt) once, into the spare
        sequence; how many there are (at least one token of each prompt is always left to evaluate)."""
        if len(prompts) < 2:
            return 0
        first, length = prompts[0], min(len(ids) for ids in prompts) - 1
        for ids in prompts[1:]:
            length = next((i for i in range(length) if ids[i] != first[i]), length)
        if length > 0:
            self._evaluate(first[:length], self.slots, 0, logits=False)
        return max(length, 0)

    def _prefill(self, ids: list[int], seq: int, shared: int) -> int:
        """Put a prompt into sequence `seq`: its shared opening copied, the rest evaluated; the batch index of
        its last token's logits."""
        if shared:
            self._native.llama_memory_seq_cp(self.memory, self.slots, seq, -1, -1)  # the whole opening (llama.cpp copies streams whole)
        return self._evaluate(ids[shared:], seq, shared, logits=True)

    def _evaluate(self, ids: list[int], seq: int, start: int, logits: bool) -> int:
        """Evaluate `ids` at positions from `start` in chunks; the batch index of the last token's logits."""
        index = 0
        for begin in range(0, len(ids), BATCH_TOKENS):
            chunk = ids[begin:begin + BATCH_TOKENS]
            last = begin + len(chunk) == len(ids)
            self._decode([(t, start + begin + i, seq, logits and last and i == len(chunk) - 1) for i, t in enumerate(chunk)])
            index = len(chunk) - 1
        return index

    def _decode(self, entries: list[tuple[int, int, int, bool]]) -> None:
        """One llama_decode of (token, position, sequence, wants logits) entries."""
        batch = self.batch
        batch.n_tokens = len(entries)
        for i, (token, pos, seq, logits) in enumerate(entries):
            batch.token[i], batch.pos[i], batch.n_seq_id[i], batch.logits[i] = token, pos, 1, logits
            batch.seq_id[i][0] = seq
        if (code := self._native.llama_decode(self.ctx, batch)) != 0:
            raise BackendError(f"llama.cpp's batched decode failed (code {code}): try again, or answer one at a time")


class BatchedLlamaCpp:
    """The llama.cpp backend recording prompts, decoding them together, then replaying their tokens.

    In every other respect (template, token counting, stop strings, labels) it is the backend itself.
    """

    def __init__(self, backend, decoder: BatchDecoder) -> None:
        self._backend, self.decoder = backend, decoder
        self._recording: list[tuple[list[int], object]] | None = None
        self._ready: dict[tuple, list[int]] = {}

    def __getattr__(self, name: str):
        return getattr(self._backend, name)

    def prefetch(self, ask: Callable[[object], None], progress: Callable[[int, int], None] | None = None) -> None:
        """Run `ask` (which sends prompts through the engine to this backend) recording the prompts, then
        decode them all together; the next :meth:`generate` of each replays its tokens."""
        from haven.chat.backends.llamacpp_backend import TOP_K
        from haven.chat.sentences import NEAR_BUDGET_SHARE

        self._recording = []
        try:
            ask(self)
        finally:
            recorded, self._recording = self._recording, None
        prompts = []
        for ids, options in recorded:
            seed = options.seed if options.seed is not None else 0
            limit = min(options.max_tokens, self._backend.context_length - len(ids))
            if len(ids) + limit > self.decoder.cells:
                continue  # too long for a sequence of the batch: answered alone when it comes
            near = max(1, int(options.max_tokens * NEAR_BUDGET_SHARE))  # where the engine's sentence stop may act
            stops = tuple(stop.encode() for stop in self._backend.stop_strings(options) if stop)
            prompts.append((ids, options, Asked(ids, self.decoder.sampler(options, TOP_K, seed), limit, near, stops)))
        made = self.decoder.decode([asked for _, _, asked in prompts], progress)
        for (ids, options, _), tokens in zip(prompts, made):
            self._ready[_key(ids, options)] = tokens

    def generate(self, messages, options, cancel=None) -> Iterator:
        from haven.chat.backends.base import Timings

        backend = self._backend
        ids = backend.prompt_ids(messages)
        if self._recording is not None:
            self._recording.append((ids, options))
            return
        tokens = self._ready.pop(_key(ids, options), None)
        if tokens is None:  # not prefetched: answered alone
            yield from backend.generate(messages, options, cancel)
            return
        started = time.perf_counter()
        timings = Timings(prompt_tokens=len(ids))
        yield from backend.stream_tokens((t for t in tokens), ids, options, cancel, timings, started)
        timings.total_s = time.perf_counter() - started
        yield timings


def _key(ids: list[int], options) -> tuple:
    return tuple(ids), options.temperature, options.top_p, options.max_tokens, options.repetition_penalty, options.seed
