"""Generate one model variant's replies for the comparison, or take them from the cache.

The cache key holds everything that decides a reply (see :mod:`haven.evaluate.replies`):
the model file's and adapter files' SHA-256, the backend, the prompts, the options,
the system prompt and the locale. A fresh run releases earlier models first and
measures the memory this one adds (:mod:`haven.evaluate.speed`).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from pathlib import Path

from haven.evaluate.replies import ReplyRecord, cache_key, file_sha256, read_cached, run_prompts, write_cached



@dataclass
class GeneratedReplies:
    """A variant's replies and how they were obtained."""

    records: list[ReplyRecord]
    cached: bool
    generation_s: float
    memory_mb: float | None


def adapter_hashes(adapter: Path | None) -> dict[str, str | None]:
    """SHA-256 of the adapter's weight files (PEFT and llama.cpp), if any."""
    from haven.train.adapter import Adapter

    if adapter is None:
        return {}
    return {name: file_sha256(path) for name, path in Adapter.open(adapter).weight_files().items()}


def variant_system_prompt(plan) -> str | None:
    """The adapter's system prompt (both variants of a model get the same one), else Haven's."""
    from haven.train.adapter import chat_system_prompt

    return chat_system_prompt(plan.model_adapter)


def generate_variant_replies(plan, prompts, probes, options, settings, config, backend: str, say) -> GeneratedReplies:
    """Replies to the held-out prompts and the probes, through the guard, cached by what decides them."""
    from haven.models.resolve import resolve_model

    items = [(p.id, p.text) for p in prompts] + [(p.id, p.text) for p in probes]
    system_prompt = variant_system_prompt(plan)
    key = cache_key(model=plan.model, model_sha256=resolve_model(plan.model).sha256,
                    adapter=adapter_hashes(plan.adapter), variant=plan.variant, backend=backend, items=items,
                    options=asdict(options), system_prompt=system_prompt, locale=settings.locale,
                    threads=config.threads)
    if config.use_cache and (hit := read_cached(key)) is not None:
        return GeneratedReplies(hit["records"], True, hit.get("generation_s", 0.0), hit.get("memory_mb"))
    records, seconds, memory = generate_fresh(plan, items, options, settings, backend, system_prompt, say,
                                              threads=config.threads)
    write_cached(key, records, generation_s=seconds, memory_mb=memory)
    return GeneratedReplies(records, False, seconds, memory)


def generate_fresh(plan, items, options, settings, backend: str, system_prompt, say, threads: int | None = None):
    """Load the backend in a clean process state, answer every item, and measure time and memory."""
    from haven.chat.backends.base import BackendSpec, open_backend
    from haven.evaluate.speed import release_models, rss_mb

    release_models()
    before, started = rss_mb(), time.perf_counter()
    say(f"{plan.model} ({plan.variant}, {backend}): loading")
    chat_backend = open_backend(BackendSpec(kind=backend, model=plan.model, adapter=plan.adapter, variant=plan.variant,
                                            n_threads=threads, export_gguf=True))

    def tick(done: int, total: int) -> None:
        say(f"{plan.model} ({plan.variant}, {backend}): reply {done}/{total}")

    records = run_prompts(chat_backend, items, options, system_prompt, settings, tick)
    memory = rss_mb() - before
    chat_backend.close()
    del chat_backend
    release_models()
    return records, round(time.perf_counter() - started, 1), round(memory, 1)
