"""The transformers backend: a model in PyTorch, with its LoRA adapter switchable.

Base and fine-tuned replies come from one loaded model: the `tuned` variant runs with
the adapter, the `base` variant inside ``disable_adapter()``, so a side-by-side
comparison never loads a model twice. A lock serialises generation per model, since
switching the adapter off is not thread-safe.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from haven.chat.backends.llamacpp_backend import StopScanner
from haven.chat.backends.base import (
    END_OF_TURN_MARKERS,
    Capabilities,
    GenerationOptions,
    Timings,
    Variant,
    register_backend,
    variant_label,
)
from haven.data.format import prompt_ids, render
from haven.errors import BackendError, BackendTimeoutError
from haven.train.adapter import Adapter


@dataclass
class SharedModel:
    """A loaded model (with its adapter if any) shared by the variants that use it."""

    loaded: object  # haven.models.load.LoadedModel
    peft_model: object | None = None
    adapter: Adapter | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    @classmethod
    def load(cls, model: str, adapter: Path | Adapter | None = None, precision: str = "auto") -> "SharedModel":
        from haven.models.load import load_model

        opened = adapter if isinstance(adapter, Adapter) or adapter is None else Adapter.open(adapter)
        loaded = load_model(model, precision)
        peft_model = opened.attach(loaded) if opened else None
        return cls(loaded=loaded, peft_model=peft_model, adapter=opened)

    @property
    def adapter_dir(self) -> Path | None:
        return self.adapter.folder if self.adapter else None


class _StopOnEvent:
    """A transformers StoppingCriteria that ends generation on cancel or timeout."""

    def __init__(self, cancel: threading.Event | None, deadline: float):
        self.cancel, self.deadline, self.timed_out = cancel, deadline, False

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        if time.perf_counter() > self.deadline:
            self.timed_out = True
        stop = self.timed_out or (self.cancel is not None and self.cancel.is_set())
        return torch.full((input_ids.shape[0],), stop, dtype=torch.bool)


@register_backend("transformers")
class TransformersBackend:
    """Generate with transformers, streaming through TextIteratorStreamer."""

    capabilities = Capabilities(streaming=True, adapters=True, token_counting=True)

    def __init__(self, shared: SharedModel | None = None, model: str | None = None, adapter: Path | None = None,
                 variant: str = Variant.TUNED, precision: str = "auto"):
        variant = Variant.parse(variant)
        self.shared = shared or SharedModel.load(model, adapter, precision)
        has_adapter = self.shared.peft_model is not None
        self.variant = variant if has_adapter else Variant.BASE
        spec = self.shared.loaded.spec
        self.name = f"{spec.name}:{self.variant}"
        self.label = variant_label(spec.name, self.variant)
        self.context_length = spec.context_length

    @classmethod
    def from_spec(cls, spec, shared_loader=None) -> "TransformersBackend":
        """Open from a BackendSpec; `shared_loader(model, adapter)` shares one loaded model between variants."""
        model = spec.model_name()
        if shared_loader is not None and spec.adapter is not None:
            return cls(shared=shared_loader(model, spec.adapter), variant=spec.variant)
        return cls(model=model, adapter=spec.adapter, variant=spec.variant, precision=spec.precision)

    def close(self) -> None:
        """Nothing to free here: the model goes with the last reference to its SharedModel."""

    @property
    def tokenizer(self):
        return self.shared.loaded.tokenizer

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        return len(prompt_ids(self.tokenizer, messages))

    def stop_strings(self, options: GenerationOptions) -> tuple[str, ...]:
        """The caller's stop strings plus the template's next-turn text (base models' plain template)."""
        from haven.models.templates import TEMPLATES, template_stop_strings

        template = self.shared.loaded.spec.template
        own = template_stop_strings(template) if self.tokenizer.chat_template == TEMPLATES.get(template) else ()
        return tuple(options.stop) + own

    def render_prompt(self, messages: list[dict[str, str]]) -> str:
        return render(self.tokenizer, messages, generation_prompt=True)

    def _model_context(self):
        import contextlib

        peft_model = self.shared.peft_model
        if peft_model is None:
            return self.shared.loaded.model, contextlib.nullcontext()
        if self.variant == Variant.BASE:
            return peft_model, peft_model.disable_adapter()
        return peft_model, contextlib.nullcontext()

    def generate(self, messages, options: GenerationOptions, cancel: threading.Event | None = None) -> Iterator[str | Timings]:
        import torch
        from transformers import StoppingCriteriaList, TextIteratorStreamer

        ids = prompt_ids(self.tokenizer, messages)
        started = time.perf_counter()
        stopper = _StopOnEvent(cancel, started + options.timeout_s)
        streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True, skip_special_tokens=True, timeout=options.timeout_s)
        kwargs = self._generate_kwargs(ids, options, streamer, StoppingCriteriaList([stopper]))
        errors: list[BaseException] = []
        counter = {"tokens": 0}

        def work():
            model, context = self._model_context()
            try:
                with self.shared.lock, context, torch.inference_mode():
                    if options.seed is not None:
                        torch.manual_seed(options.seed)
                    out = model.generate(**kwargs)
                    counter["tokens"] = int(out.shape[1] - len(ids))
            except BaseException as err:  # noqa: BLE001 - re-raised in the caller's thread
                errors.append(err)
                streamer.end()

        thread = threading.Thread(target=work, daemon=True)
        thread.start()
        timings = Timings(prompt_tokens=len(ids))
        scanner, stopped = StopScanner(self.stop_strings(options)), False
        try:
            for text in streamer:
                if stopped:
                    continue  # generate() stops at the stop string's last token; drain the queue
                text, stopped = scanner.feed(text)
                if text and not timings.ttft_s:
                    timings.ttft_s = time.perf_counter() - started
                if text:
                    yield text
            if not stopped and (tail := scanner.flush()):
                yield tail
        except Exception as err:  # the streamer's queue timed out
            raise BackendTimeoutError(f"no reply within {options.timeout_s:.0f} s from {self.label}") from err
        thread.join()
        if errors:
            from haven.models.memory import is_out_of_memory, out_of_memory_message

            if is_out_of_memory(errors[0]):
                raise BackendError(out_of_memory_message(
                    f"while {self.label} was answering", None,
                    "close other programs, shorten the conversation, or use --backend llama.cpp")) from errors[0]
            raise BackendError(f"{self.label} failed while generating: {errors[0]}") from errors[0]
        timings.total_s = time.perf_counter() - started
        timings.reply_tokens = counter["tokens"]
        timings.cancelled = bool(cancel and cancel.is_set())
        timings.timed_out = stopper.timed_out
        yield timings

    def _generate_kwargs(self, ids, options: GenerationOptions, streamer, stopping) -> dict:
        import torch

        device = self.shared.loaded.device
        tok = self.tokenizer
        kwargs = dict(
            input_ids=torch.tensor([ids], device=device),
            attention_mask=torch.ones((1, len(ids)), dtype=torch.long, device=device),
            max_new_tokens=options.max_tokens,
            streamer=streamer,
            stopping_criteria=stopping,
            pad_token_id=tok.pad_token_id,
            eos_token_id=end_of_turn_ids(tok),
            do_sample=options.temperature > 0,
            repetition_penalty=options.repetition_penalty,
        )
        if stops := self.stop_strings(options):
            kwargs.update(stop_strings=list(stops), tokenizer=tok)
        if options.temperature > 0:
            kwargs.update(temperature=options.temperature, top_p=options.top_p)
        return kwargs


def end_of_turn_ids(tokenizer) -> list[int]:
    """Token ids that end a reply: EOS plus the template's end-of-turn markers."""
    ids = {tokenizer.eos_token_id}
    for marker in END_OF_TURN_MARKERS:
        token_id = tokenizer.convert_tokens_to_ids(marker)
        if isinstance(token_id, int) and token_id != tokenizer.unk_token_id and token_id is not None:
            ids.add(token_id)
    return sorted(i for i in ids if i is not None)
