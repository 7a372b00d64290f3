"""The llama.cpp backend: the bundled 4-bit GGUF files on a CPU, with the LoRA adapter.

llama.cpp (through llama-cpp-python, the ``gguf`` extra) is the fastest way to run
these models on a laptop CPU. Three things keep its replies faithful to training:

* the prompt is rendered with the same chat template the adapter was trained on (the
  GGUF's own ``tokenizer.chat_template`` for chat-tuned models, Haven's documented
  fallback from :mod:`haven.models.templates` otherwise), the way transformers'
  ``apply_chat_template`` renders it;
* replies end at the same end-of-turn tokens as the transformers backend;
* the adapter is the llama.cpp LoRA GGUF that ``haven export --adapter DIR --format gguf``
  writes beside the PEFT adapter (the format of llama.cpp's ``convert_lora_to_gguf.py``).

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
)
from haven.deps import require
from haven.errors import AdapterError, BackendError, ConfigError, ModelLoadError
from haven.models.memory import available_memory_bytes, gguf_runtime_bytes, is_out_of_memory, out_of_memory_message
from haven.models.resolve import ResolvedModel, resolve_model
from haven.models.templates import TEMPLATES

BACKEND_NAME = "llama.cpp"
ADAPTER_GGUF = "adapter.gguf"  # the llama.cpp LoRA file `haven export --format gguf` writes
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


def find_adapter_gguf(adapter: Path) -> Path:
    """The llama.cpp LoRA file inside an adapter folder, or an error saying how to make it."""
    folder = Path(adapter)
    if not folder.is_dir():
        raise AdapterError(f"no adapter folder at {folder}: train one with `haven train --output {folder}`")
    path = folder / ADAPTER_GGUF
    if not path.is_file():
        raise BackendError(
            f"{folder} has no {ADAPTER_GGUF}, which llama.cpp needs: run "
            f"`haven export --adapter {folder} --format gguf` first, or use --backend transformers"
        )
    return path


def check_lora_gguf(path: Path, resolved: ResolvedModel) -> None:
    """Refuse a file that is not a LoRA GGUF for this base before llama.cpp sees it.

    llama-cpp-python (0.3.x) checks llama.cpp's result against ``None`` while a failed
    load returns a NULL pointer, so a corrupt file would be ignored without a word and
    the base model would answer as if it were the fine-tuned one.
    """
    from haven.export import read_lora_gguf

    fix = f"re-export it with `haven export --adapter {path.parent} --format gguf`"
    try:
        lora = read_lora_gguf(path)
    except Exception as err:  # noqa: BLE001 - gguf-py raises ValueError, KeyError, struct errors...
        raise AdapterError(f"{path} is not a readable GGUF file ({type(err).__name__}: {err}): {fix}") from err
    if (lora.gguf_type, lora.adapter_type) != ("adapter", "lora") or not lora.tensors:
        found = f"type {lora.gguf_type or '?'}/{lora.adapter_type or '?'}, {len(lora.tensors)} tensors"
        raise AdapterError(f"{path} is not a llama.cpp LoRA adapter ({found}): {fix}")
    if lora.base_sha256 and resolved.sha256 and lora.base_sha256 != resolved.sha256:
        raise AdapterError(
            f"{path} was exported for another base file (sha256 {lora.base_sha256[:12]}…), not {resolved.name} "
            f"(sha256 {resolved.sha256[:12]}…): {fix}"
        )


def check_adapter_base(adapter: Path, resolved: ResolvedModel) -> None:
    """Refuse an adapter whose run card names another base file than `resolved`."""
    from haven.train.card import RUN_CARD, read_run_card

    if not (Path(adapter) / RUN_CARD).exists():
        return
    card = read_run_card(adapter)
    if card.base_sha256 and resolved.sha256 and card.base_sha256 != resolved.sha256:
        raise AdapterError(
            f"adapter {adapter} was trained on {card.base_model} (sha256 {card.base_sha256[:12]}…), "
            f"not on {resolved.name} (sha256 {resolved.sha256[:12]}…): pass --model {card.base_model}"
        )


@dataclass
class SharedLlama:
    """One loaded GGUF model (with its LoRA, if any) and what rendering a prompt needs."""

    llama: object  # llama_cpp.Llama
    resolved: ResolvedModel
    lora_path: Path | None
    template: str
    bos_text: str
    eos_text: str
    end_ids: frozenset[int]
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, resolved: ResolvedModel, lora_path: Path | None, n_ctx: int, n_threads: int) -> "SharedLlama":
        llama = _open_llama(resolved, lora_path, n_ctx, n_threads)
        return cls(
            llama=llama,
            resolved=resolved,
            lora_path=lora_path,
            template=_template_for(llama, resolved),
            bos_text=_special_text(llama, llama.token_bos()),
            eos_text=_special_text(llama, llama.token_eos()),
            end_ids=_end_of_turn_ids(llama),
        )


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


def shared_llama(resolved: ResolvedModel, lora_path: Path | None, n_ctx: int, n_threads: int) -> SharedLlama:
    """The loaded model for this file and LoRA, loading it on first use."""
    key = (str(resolved.gguf_path), str(lora_path) if lora_path else None, n_ctx, n_threads)
    with _LOADED_LOCK:
        if key not in _LOADED:
            _LOADED[key] = SharedLlama.load(resolved, lora_path, n_ctx, n_threads)
        return _LOADED[key]


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


def _open_llama(resolved: ResolvedModel, lora_path: Path | None, n_ctx: int, n_threads: int):
    require("llama_cpp")
    from llama_cpp import Llama

    route_native_logs()
    try:
        return Llama(
            model_path=str(resolved.gguf_path),
            lora_path=str(lora_path) if lora_path else None,
            n_ctx=n_ctx,
            n_threads=n_threads,
            n_threads_batch=n_threads,
            verbose=False,
        )
    except (ValueError, RuntimeError, MemoryError) as err:
        if memory_ran_out(err, resolved, n_ctx):
            raise ModelLoadError(out_of_memory_message(
                f"loading {resolved.gguf_path.name} with llama.cpp (n_ctx {n_ctx:,})",
                gguf_runtime_bytes(resolved.gguf_path, n_ctx),
                "close other programs, or use a smaller model or context")) from err
        if lora_path and "LoRA" in str(err):
            raise AdapterError(
                f"llama.cpp could not apply {lora_path} to {resolved.gguf_path.name} ({err}): "
                "re-export it for this base with `haven export --format gguf`"
            ) from err
        raise ModelLoadError(f"llama.cpp could not load {resolved.gguf_path} ({err}): the file may be corrupt") from err


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
                 n_threads: int | None = None, precision: str = "auto"):
        del precision  # the GGUF file's own quantisation is what runs
        if variant not in (Variant.BASE, Variant.TUNED):
            raise ConfigError(f"--variant is {variant!r}; choose {Variant.BASE!r} or {Variant.TUNED!r}")
        if n_ctx < 64:
            raise ConfigError(f"n_ctx is {n_ctx}; it must be at least 64 tokens to hold a conversation")
        resolved = resolve_gguf(model)
        self.variant = variant if adapter else Variant.BASE
        lora_path = self._lora_path(adapter, resolved)
        n_ctx = min(n_ctx, resolved.spec.context_length)
        self.shared = shared_llama(resolved, lora_path, n_ctx, n_threads or os.cpu_count() or 1)
        self.context_length = self.shared.llama.n_ctx()
        name = resolved.spec.name
        self.name = f"{BACKEND_NAME}:{name}:{self.variant}"
        self.label = f"{name} ({'fine-tuned' if self.variant == Variant.TUNED else 'base'}, llama.cpp)"

    def _lora_path(self, adapter: Path | None, resolved: ResolvedModel) -> Path | None:
        if adapter is None:
            return None
        path = find_adapter_gguf(adapter)  # checked for both variants: a wrong folder is an error either way
        check_adapter_base(adapter, resolved)
        check_lora_gguf(path, resolved)
        return path if self.variant == Variant.TUNED else None

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
                yield from self._stream(ids, options, cancel, timings, started)
        timings.total_s = time.perf_counter() - started
        timings.cancelled = bool(cancel and cancel.is_set())
        yield timings

    def _stream(
        self, ids: list[int], options: GenerationOptions, cancel: threading.Event | None, timings: Timings, started: float
    ) -> Iterator[str]:
        """Sample token by token, checking cancel, deadline, end-of-turn and stop strings between tokens."""
        llama, end_ids = self.shared.llama, self.shared.end_ids
        limit, deadline = min(options.max_tokens, self.context_length - len(ids)), started + options.timeout_s
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        scanner, stopped = StopScanner(self.stop_strings(options)), False
        llama.set_seed(options.seed if options.seed is not None else random.randrange(2**31))
        tokens = llama.generate(ids, temp=options.temperature, top_p=options.top_p, top_k=TOP_K, min_p=0.0,
                                repeat_penalty=options.repetition_penalty, reset=True)
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


def resolve_gguf(model: str) -> ResolvedModel:
    resolved = resolve_model(model)
    if resolved.gguf_path is None:
        raise ModelLoadError(
            f"--model {model} is not a GGUF file, which the llama.cpp backend needs: pass a bundled model "
            "(smollm2-135m, gemma3-270m) or a .gguf path, or use --backend transformers"
        )
    return resolved
