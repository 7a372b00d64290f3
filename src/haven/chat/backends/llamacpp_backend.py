"""The llama.cpp backend: the bundled 4-bit GGUF files on a CPU, with the LoRA adapter.

llama.cpp (through llama-cpp-python, the ``gguf`` extra) is the fastest way to run
these models on a laptop CPU. Three things keep its replies faithful to training:

* the prompt is rendered with the same chat template the adapter was trained on (the
  GGUF's own ``tokenizer.chat_template`` for chat-tuned models, Haven's documented
  fallback from :mod:`haven.models.templates` otherwise), the way transformers'
  ``apply_chat_template`` renders it;
* replies end at the same end-of-turn tokens as the transformers backend;
* the adapter is merged into the base and cached beside it (``merged-Q8_0.gguf``,
  :meth:`haven.train.adapter.Adapter.ensure_merged_gguf`), so the fine-tuned model runs at
  the base's speed; a folder without the PEFT weights is served with the llama.cpp LoRA GGUF
  that ``haven export --adapter DIR --format gguf`` writes (the format of llama.cpp's
  ``convert_lora_to_gguf.py``), which costs about 15% of the decoding speed.

Each conversation keeps its KV cache (:mod:`haven.chat.backends.kv_cache`): turn k
evaluates only its new tokens, even when other conversations used the model in between.

Generation is a token loop over ``Llama.generate``, so the time to first token is taken
when the first token is sampled, and a cancel or timeout stops between two tokens.
"""

from __future__ import annotations

import atexit
import codecs
import logging
import os
import random
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from haven.chat.backends.base import (
    END_OF_TURN_MARKERS,
    Capabilities,
    GenerationOptions,
    Timings,
    Variant,
    register_backend,
    variant_label,
)
from haven.chat.backends.kv_cache import DEFAULT_KV_CACHE_MB, ConversationCache, common_prefix
from haven.chat.backends.llamacpp_batch import DEFAULT_SLOTS
from haven.errors import AdapterError, BackendError, ConfigError, ModelLoadError
from haven.models.memory import available_memory_bytes, gguf_runtime_bytes, is_out_of_memory, out_of_memory_message
from haven.models.resolve import ResolvedModel, resolve_model
from haven.models.templates import TEMPLATES
from haven.train.adapter import Adapter

BACKEND_NAME = "llama.cpp"
CHAT_TEMPLATE_KEY = "tokenizer.chat_template"  # GGUF metadata key of the chat template
# transformers samples with top-k 50 by default; the same here keeps both backends alike.
TOP_K = 50


def render_prompt(template: str, messages: list[dict[str, str]], bos_token: str, eos_token: str) -> str:
    """Render `messages` with a chat template, ending in the generation prompt."""
    return _compile_template(template).render(
        messages=messages, bos_token=bos_token, eos_token=eos_token, add_generation_prompt=True
    )


@lru_cache(maxsize=8)
def _compile_template(template: str):
    # The same Jinja settings transformers' apply_chat_template uses, so both render alike.
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    def raise_exception(message):
        raise jinja2.exceptions.TemplateError(message)

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[jinja2.ext.loopcontrols])
    env.globals.update(raise_exception=raise_exception, strftime_now=lambda fmt: time.strftime(fmt))
    return env.from_string(template)


@dataclass(frozen=True)
class ModelFiles:
    """What llama.cpp loads: the model file (the base, or the base merged with the adapter) and a LoRA file."""

    model: Path
    lora: Path | None = None
    merged: bool = False


@dataclass
class SharedLlama:
    """One loaded GGUF model (with its LoRA, if any), what rendering a prompt needs, and its conversations' KV."""

    llama: object  # llama_cpp.Llama
    resolved: ResolvedModel  # the base: catalog entry, template, hash
    files: ModelFiles
    template: str
    bos_text: str
    eos_text: str
    end_ids: frozenset[int]
    cache: ConversationCache = field(default_factory=ConversationCache)
    lock: threading.Lock = field(default_factory=threading.Lock)
    users: int = 0  # open backends using this model; the last close() frees it

    @property
    def lora_path(self) -> Path | None:
        return self.files.lora

    @classmethod
    def load(cls, resolved: ResolvedModel, files: ModelFiles, n_ctx: int, n_threads: int,
             kv_cache_mb: float = DEFAULT_KV_CACHE_MB) -> "SharedLlama":
        llama = _open_llama(resolved, files, n_ctx, n_threads)
        return cls(
            llama=llama,
            resolved=resolved,
            files=files,
            template=_template_for(llama, resolved),
            bos_text=_special_text(llama, llama.token_bos()),
            eos_text=_special_text(llama, llama.token_eos()),
            end_ids=_end_of_turn_ids(llama),
            cache=ConversationCache(int(kv_cache_mb * 2**20)),
        )

    def restore_conversation(self, ids: list[int]) -> int:
        """Put the saved sequence sharing most of `ids` into the context when it beats what is there; the shared length."""
        llama = self.llama
        live = common_prefix(llama.input_ids[: llama.n_tokens].tolist(), ids)
        saved, length = self.cache.best_match(ids)
        if saved is None or length <= live:
            return live
        load_sequence(llama, saved.tokens, saved.state)
        return length

    def remember_conversation(self) -> None:
        """Save what the context holds now (a prompt and its reply) for that conversation's next turn."""
        llama = self.llama
        if llama.n_tokens and self.cache.max_bytes:
            self.cache.put(llama.input_ids[: llama.n_tokens].tolist(), save_sequence(llama))

    def forget_conversations(self) -> None:
        """Drop every saved conversation and empty the context (benchmarks measure a cold start with it)."""
        self.cache.clear()
        self.llama.reset()


def save_sequence(llama) -> bytes:
    """The KV cells of the context's sequence 0, serialised by llama.cpp (no logits: a fraction of ``save_state``)."""
    import ctypes

    import llama_cpp

    size = llama_cpp.llama_state_seq_get_size(llama.ctx, 0)
    buffer = (ctypes.c_uint8 * size)()
    written = llama_cpp.llama_state_seq_get_data(llama.ctx, buffer, size, 0)
    return ctypes.string_at(buffer, written)


def load_sequence(llama, tokens: tuple[int, ...], state: bytes) -> None:
    """Replace the context's sequence 0 with a saved one that holds `tokens`."""
    import ctypes

    import llama_cpp

    llama.reset()
    llama_cpp.llama_memory_seq_rm(llama_cpp.llama_get_memory(llama.ctx), 0, -1, -1)
    buffer = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
    if llama_cpp.llama_state_seq_set_data(llama.ctx, buffer, len(state), 0) != len(state):
        llama.reset()  # a failed restore leaves the context empty: the prompt is evaluated in full
        return
    llama.input_ids[: len(tokens)] = tokens
    llama.n_tokens = len(tokens)


# The backend's own resource: a GGUF model is loaded once per process per
# (file, LoRA, context size, threads), however many backends or variants use it.
_LOADED: dict[tuple, SharedLlama] = {}
_LOADED_LOCK = threading.Lock()


@atexit.register
def close_loaded_models() -> None:
    """Free llama.cpp models before interpreter shutdown, when their C library is still there."""
    with _LOADED_LOCK:
        for shared in _LOADED.values():
            shared.llama.close()
        _LOADED.clear()


def shared_llama(resolved: ResolvedModel, files: ModelFiles, n_ctx: int, n_threads: int,
                 kv_cache_mb: float = DEFAULT_KV_CACHE_MB) -> SharedLlama:
    """The loaded model for these files, loading it on first use (the first loader sets the KV cache bound)."""
    key = (str(files.model), str(files.lora) if files.lora else None, n_ctx, n_threads)
    with _LOADED_LOCK:
        if key not in _LOADED:
            _LOADED[key] = SharedLlama.load(resolved, files, n_ctx, n_threads, kv_cache_mb)
        _LOADED[key].users += 1
        return _LOADED[key]


def release_shared_llama(shared: SharedLlama) -> None:
    """One user fewer; the last one frees the model (its memory returns at once, not at exit)."""
    with _LOADED_LOCK:
        shared.users -= 1
        if shared.users > 0:
            return
        for key, loaded in list(_LOADED.items()):
            if loaded is shared:
                del _LOADED[key]
    with shared.lock:  # never under a reply being generated
        shared.llama.close()


# ggml's log levels (ggml.h): llama-cpp-python 0.3.x maps them from an older enum, so its
# own filter prints warnings such as "using full-size SWA cache" into a person's chat.
GGML_LOG_ERROR, GGML_LOG_CONT = 4, 5
_native_log = logging.getLogger("haven.llama_cpp")
_log_state: dict[str, object] = {}


def route_native_logs() -> None:
    """Send llama.cpp's native log to the ``haven.llama_cpp`` logger: errors as errors, the rest as debug."""
    if "callback" in _log_state:
        return
    import ctypes

    import llama_cpp

    @llama_cpp.llama_log_callback
    def callback(level: int, text: bytes, user_data) -> None:
        if level != GGML_LOG_CONT:
            _log_state["level"] = logging.ERROR if level == GGML_LOG_ERROR else logging.DEBUG
        _native_log.log(_log_state.get("level", logging.DEBUG), "%s", text.decode("utf-8", errors="replace").rstrip())

    llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
    _log_state["callback"] = callback  # ctypes frees a callback nobody references


def _open_llama(resolved: ResolvedModel, files: ModelFiles, n_ctx: int, n_threads: int):
    from haven.models.gguf import llama_class

    Llama = llama_class()
    route_native_logs()
    lora_path = files.lora
    try:
        return Llama(
            model_path=str(files.model),
            lora_path=str(lora_path) if lora_path else None,
            n_ctx=n_ctx,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            verbose=False,
        )
    except (ValueError, RuntimeError, MemoryError) as err:
        if memory_ran_out(err, resolved, n_ctx):
            raise ModelLoadError(out_of_memory_message(
                f"loading {files.model.name} with llama.cpp (n_ctx {n_ctx:,})",
                gguf_runtime_bytes(resolved.gguf_path, n_ctx),
                "close other programs, or use a smaller model or context")) from err
        if lora_path and "LoRA" in str(err):
            raise AdapterError(
                f"llama.cpp could not apply {lora_path} to {resolved.gguf_path.name} ({err}): "
                "re-export it for this base with `haven export --format gguf`"
            ) from err
        raise ModelLoadError(f"llama.cpp could not load {files.model} ({err}): the file may be corrupt") from err


def memory_ran_out(error: BaseException, resolved: ResolvedModel, n_ctx: int) -> bool:
    """Whether a llama.cpp load failure was memory: said so, or more needed than is available.

    llama.cpp reports an allocation failure only on its own log, and llama-cpp-python
    raises a bare "Failed to load model" either way, so the figures decide.
    """
    if is_out_of_memory(error):
        return True
    available = available_memory_bytes()
    return available is not None and gguf_runtime_bytes(resolved.gguf_path, n_ctx) > available


def _template_for(llama, resolved: ResolvedModel) -> str:
    """The template training used: the GGUF's own for chat-tuned models, else Haven's fallback."""
    own = llama.metadata.get(CHAT_TEMPLATE_KEY)
    if resolved.spec.chat_tuned and own:
        return own
    return TEMPLATES[resolved.spec.template]


def _special_text(llama, token_id: int) -> str:
    if token_id < 0:
        return ""
    return llama.detokenize([token_id], special=True).decode("utf-8", errors="replace")


def _end_of_turn_ids(llama) -> frozenset[int]:
    """EOS plus the template markers that are single tokens in this vocabulary."""
    ids = {llama.token_eos()}
    for marker in END_OF_TURN_MARKERS:
        pieces = llama.tokenize(marker.encode("utf-8"), add_bos=False, special=True)
        if len(pieces) == 1:
            ids.add(pieces[0])
    return frozenset(i for i in ids if i >= 0)


class StopScanner:
    """Cuts the reply at the first stop string, holding back text that may begin one."""

    def __init__(self, stops: tuple[str, ...]):
        self.stops = tuple(s for s in stops if s)
        self.held = ""

    def feed(self, text: str) -> tuple[str, bool]:
        """The text safe to show now, and whether a stop string was reached."""
        self.held += text
        hits = [self.held.find(s) for s in self.stops if s in self.held]
        if hits:
            visible, self.held = self.held[: min(hits)], ""
            return visible, True
        keep = self._partial_stop_length()
        cut = len(self.held) - keep
        visible, self.held = self.held[:cut], self.held[cut:]
        return visible, False

    def flush(self) -> str:
        """What was held back, once the reply ended without a stop string."""
        rest, self.held = self.held, ""
        return rest

    def _partial_stop_length(self) -> int:
        longest = 0
        for stop in self.stops:
            for k in range(min(len(stop) - 1, len(self.held)), longest, -1):
                if self.held.endswith(stop[:k]):
                    longest = k
                    break
        return longest


@register_backend(BACKEND_NAME)
class LlamaCppBackend:
    """Generate with llama.cpp from a GGUF file, with the exported LoRA adapter applied."""

    capabilities = Capabilities(streaming=True, adapters=False, token_counting=True)

    def __init__(self, model: str, adapter: Path | None = None, variant: str = Variant.TUNED, n_ctx: int = 2048,
                 n_threads: int | None = None, precision: str = "auto", merge: bool = True,
                 kv_cache_mb: float = DEFAULT_KV_CACHE_MB):
        """Load (or share) the model; with `merge` the tuned variant runs the base merged with its adapter.

        `kv_cache_mb` bounds the saved conversations' KV cells (0: no per-conversation cache).
        """
        del precision  # the GGUF file's own quantisation is what runs
        variant = Variant.parse(variant)
        if n_ctx < 64:
            raise ConfigError(f"n_ctx is {n_ctx}; it must be at least 64 tokens to hold a conversation")
        resolved = resolve_gguf(model)
        self.variant = variant if adapter else Variant.BASE
        files = model_files(adapter, resolved, self.variant, merge)
        n_ctx = min(n_ctx, resolved.spec.context_length)
        self.shared = shared_llama(resolved, files, n_ctx, n_threads or os.cpu_count() or 1, kv_cache_mb)
        self.context_length = self.shared.llama.n_ctx()
        name = resolved.spec.name
        self.name = f"{BACKEND_NAME}:{name}:{self.variant}"
        self.label = variant_label(name, self.variant, BACKEND_NAME)

    @classmethod
    def from_spec(cls, spec, shared_loader=None) -> "LlamaCppBackend":
        """Open from a BackendSpec; with `spec.export_gguf` a missing ``adapter.gguf`` is exported first."""
        del shared_loader  # llama.cpp models are shared per process by file, LoRA, context and threads
        adapter = spec.adapter
        if adapter is not None and spec.export_gguf:
            if spec.variant is Variant.BASE:
                adapter = None  # the base needs no LoRA file
            else:
                cls.prepare(spec)
        sizes = {"n_ctx": spec.n_ctx} if spec.n_ctx else {}
        return cls(model=spec.model_name(), adapter=adapter, variant=spec.variant, n_threads=spec.n_threads, **sizes)

    @classmethod
    def prepare(cls, spec) -> None:
        """Export the adapter's ``adapter.gguf`` (and merge it into its base) when `spec` allows it and they are missing."""
        if spec.adapter is not None and spec.export_gguf and spec.variant is Variant.TUNED:
            adapter = Adapter.open(spec.adapter)
            adapter.ensure_gguf()  # kept for multi-LoRA servers and folders without the PEFT weights
            merged_model_file(adapter)

    release_loaded = staticmethod(close_loaded_models)

    def close(self) -> None:
        """Release this backend's hold on its model; the last user frees it."""
        if getattr(self, "_closed", False):
            return
        self._closed = True
        release_shared_llama(self.shared)

    @contextmanager
    def batched(self, slots: int = DEFAULT_SLOTS) -> Iterator[object]:
        """This backend decoding prompts `slots` at a time (:mod:`.llamacpp_batch`): a backend with ``prefetch``.

        Yields this one itself where it cannot batch (a separate LoRA file, or one slot): it then answers one at a time.
        """
        from haven.chat.backends.llamacpp_batch import BatchDecoder, BatchedLlamaCpp

        if slots <= 1 or self.shared.files.lora is not None:
            yield self
            return
        with BatchDecoder(self.shared, slots) as decoder:
            yield BatchedLlamaCpp(self, decoder)

    def render_prompt(self, messages: list[dict[str, str]]) -> str:
        """The prompt text, exactly as training rendered it, ending in the generation prompt."""
        shared = self.shared
        return render_prompt(shared.template, messages, shared.bos_text, shared.eos_text)

    def prompt_ids(self, messages: list[dict[str, str]]) -> list[int]:
        # The template writes BOS itself where the model wants one, as in training.
        # "replace": a lone surrogate (what surrogateescape makes of invalid UTF-8 in an argument
        # such as --system-prompt) would otherwise stop the chat with a UnicodeEncodeError.
        prompt = self.render_prompt(messages).encode("utf-8", errors="replace")
        return self.shared.llama.tokenize(prompt, add_bos=False, special=True)

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        return len(self.prompt_ids(messages))

    def stop_strings(self, options: GenerationOptions) -> tuple[str, ...]:
        from haven.models.templates import template_stop_strings

        own = template_stop_strings(self.shared.resolved.spec.template) if self.shared.template == TEMPLATES.get(
            self.shared.resolved.spec.template) else ()
        eos = (self.shared.eos_text,) if self.shared.eos_text else ()
        return tuple(options.stop) + own + END_OF_TURN_MARKERS + eos

    def generate(
        self, messages: list[dict[str, str]], options: GenerationOptions, cancel: threading.Event | None = None
    ) -> Iterator[str | Timings]:
        started = time.perf_counter()
        ids = self.prompt_ids(messages)
        room = self.context_length - len(ids)
        if room < 1:
            raise BackendError(
                f"prompt is {len(ids):,} tokens; {self.label} holds {self.context_length:,} with this n_ctx: "
                "shorten the conversation or load the backend with a larger n_ctx"
            )
        timings = Timings(prompt_tokens=len(ids))
        with self.shared.lock:
            if not (cancel and cancel.is_set()):
                self.shared.restore_conversation(ids)
                try:
                    yield from self._stream(ids, options, cancel, timings, started)
                except GeneratorExit:  # the caller stopped reading: the context is still whole
                    self.shared.remember_conversation()
                    raise
                self.shared.remember_conversation()
        timings.total_s = time.perf_counter() - started
        timings.cancelled = bool(cancel and cancel.is_set())
        yield timings

    def _stream(
        self, ids: list[int], options: GenerationOptions, cancel: threading.Event | None, timings: Timings, started: float
    ) -> Iterator[str]:
        """Sample token by token from the shared context (its lock held by the caller)."""
        llama = self.shared.llama
        llama.set_seed(options.seed if options.seed is not None else random.randrange(2**31))
        tokens = llama.generate(ids, temp=options.temperature, top_p=options.top_p, top_k=TOP_K, min_p=0.0,
                                repeat_penalty=options.repetition_penalty, reset=True)
        yield from self.stream_tokens(tokens, ids, options, cancel, timings, started)

    def stream_tokens(
        self, tokens: Iterator[int], ids: list[int], options: GenerationOptions, cancel: threading.Event | None,
        timings: Timings, started: float,
    ) -> Iterator[str]:
        """The reply's text from its tokens, checking cancel, deadline, end-of-turn and stop strings between tokens.

        `tokens` come from the shared context (:meth:`_stream`) or from a batch (:mod:`.llamacpp_batch`); closing
        them when the reply ends frees what they hold.
        """
        llama, end_ids = self.shared.llama, self.shared.end_ids
        limit, deadline = min(options.max_tokens, self.context_length - len(ids)), started + options.timeout_s
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        scanner, stopped = StopScanner(self.stop_strings(options)), False
        try:
            for token in _checked(tokens, self.label):
                timings.ttft_s = timings.ttft_s or time.perf_counter() - started
                if token in end_ids or (cancel and cancel.is_set()):
                    break
                timings.reply_tokens += 1
                text, stopped = scanner.feed(decoder.decode(llama.detokenize([token])))
                if text:
                    yield text
                timings.timed_out = time.perf_counter() > deadline
                if stopped or timings.timed_out or timings.reply_tokens >= limit:
                    break
        finally:
            tokens.close()
        if not stopped and (tail := scanner.feed(decoder.decode(b"", final=True))[0] + scanner.flush()):
            yield tail


def _checked(tokens: Iterator[int], label: str) -> Iterator[int]:
    """llama.cpp's tokens, with its failures (a failed decode, memory) as one clear BackendError."""
    try:
        yield from tokens
    except (RuntimeError, MemoryError) as err:
        if is_out_of_memory(err):
            raise BackendError(out_of_memory_message(
                f"while {label} was answering", None, "close other programs or shorten the conversation")) from err
        raise BackendError(f"{label} failed while generating ({err}): try again, or start a new conversation") from err


def model_files(adapter: Path | None, resolved: ResolvedModel, variant: Variant = Variant.TUNED,
                merge: bool = True) -> ModelFiles:
    """The fastest files that keep the adapter's effect: the merged model, else the base plus the LoRA file.

    The in-process backend and `haven serve` both load what this returns, so both answer alike.
    """
    if adapter is None:
        return ModelFiles(resolved.gguf_path)
    opened = open_adapter_for_llama(adapter)
    if merge and variant == Variant.TUNED:
        merged = merged_model_file(opened, resolved)
        if merged is not None:
            return ModelFiles(merged, merged=True)
    lora = checked_lora_gguf(opened, resolved)  # checked for both variants: a wrong folder is an error either way
    return ModelFiles(resolved.gguf_path, lora if variant == Variant.TUNED else None)


def open_adapter_for_llama(folder: Path) -> Adapter:
    """The folder as a full adapter (it can be merged), else as one holding only ``adapter.gguf``."""
    try:
        return Adapter.open(folder)
    except AdapterError:
        return Adapter.open(folder, gguf_only=True)


def merged_model_file(adapter: Adapter, resolved: ResolvedModel | None = None) -> Path | None:
    """The base merged with `adapter` (cached in its folder, merged on first use), or None where it cannot be made.

    None (logged) means the LoRA file serves it: a folder without the PEFT weights, or a
    base type gguf-py cannot de-quantise. A base of another hash is an error, never a fallback.
    """
    if resolved is not None:
        adapter.check_base(resolved.name, resolved.sha256)
    cached = adapter.merged_gguf()
    if cached is not None or adapter.card is None or not adapter.peft_weights.is_file():
        return cached
    try:
        logging.getLogger(__name__).info("merging %s into its base once (cached as %s)", adapter.folder, adapter.merged_gguf_path().name)
        return adapter.ensure_merged_gguf(base_gguf=resolved.gguf_path if resolved else None)
    except (AdapterError, ModelLoadError, ConfigError) as err:
        logging.getLogger(__name__).warning("serving %s with its LoRA file, not merged: %s", adapter.folder, err)
        return None


def checked_lora_gguf(adapter: Path | Adapter, resolved: ResolvedModel) -> Path:
    """The adapter's ``adapter.gguf``, checked against its run card's base and against `resolved`."""
    adapter = adapter if isinstance(adapter, Adapter) else Adapter.open(adapter, gguf_only=True)
    adapter.check_base(resolved.name, resolved.sha256)
    return adapter.checked_gguf(resolved.name, resolved.sha256)


def resolve_gguf(model: str) -> ResolvedModel:
    resolved = resolve_model(model)
    if resolved.gguf_path is None:
        raise ModelLoadError(
            f"--model {model} is not a GGUF file, which the llama.cpp backend needs: pass a bundled model "
            "(smollm2-135m, gemma3-270m) or a .gguf path, or use --backend transformers"
        )
    return resolved
