"""Generate one model variant's replies for the comparison, or take them from the cache.

The cache key holds everything that decides a reply (see :mod:`haven.evaluate.replies`):
the model file's and adapter files' SHA-256, the backend, the prompts, the options,
the system prompt and the locale. A fresh run releases earlier models first and
measures the memory this one adds (:mod:`haven.evaluate.speed`).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from haven.evaluate.replies import ReplyRecord, cache_key, file_sha256, read_cached, run_prompts, write_cached



# Prompts answered alone (one at a time) for the speed figures when the rest are decoded together
SPEED_ALONE = 4


@dataclass
class GeneratedReplies:
    """A variant's replies and how they were obtained.

    ``speed_records``: replies made alone, one at a time, for the speed figures (when the replies themselves
    were decoded together, their timings say nothing of one person's speed); empty when ``records`` were
    made alone.
    """

    records: list[ReplyRecord]
    cached: bool
    generation_s: float
    memory_mb: float | None
    speed_records: list[ReplyRecord] = field(default_factory=list)

    @property
    def timed(self) -> list[ReplyRecord]:
        """The replies whose timings are one person's: those made alone."""
        return self.speed_records or [r for r in self.records if r.together == 1]


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
                    threads=config.threads, parallel=config.parallel)
    if config.use_cache and (hit := read_cached(key)) is not None:
        return GeneratedReplies(hit["records"], True, hit.get("generation_s", 0.0), hit.get("memory_mb"),
                                [ReplyRecord(**r) for r in hit.get("speed_records", [])])
    entry = generate_fresh(plan, items, options, settings, backend, system_prompt, say, threads=config.threads,
                           parallel=config.parallel)
    write_cached(key, entry.records, generation_s=entry.generation_s, memory_mb=entry.memory_mb,
                 speed_records=[r.to_dict() for r in entry.speed_records])
    return entry


def generate_fresh(plan, items, options, settings, backend: str, system_prompt, say, threads: int | None = None,
                   parallel: int = 1) -> GeneratedReplies:
    """Load the backend in a clean process state, answer every item, and measure time and memory.

    With `parallel` above 1 the first items are answered alone until :data:`SPEED_ALONE` replies were generated
    (their timings and the memory then are the speed figures), and then every item is decoded `parallel` at a time.
    """
    from haven.chat.backends.base import BackendSpec, open_backend
    from haven.evaluate.speed import release_models, rss_mb

    release_models()
    before, started = rss_mb(), time.perf_counter()
    say(f"{plan.model} ({plan.variant}, {backend}): loading")
    chat_backend = open_backend(BackendSpec(kind=backend, model=plan.model, adapter=plan.adapter, variant=plan.variant,
                                            n_threads=threads, export_gguf=True))

    def tick(done: int, total: int) -> None:
        say(f"{plan.model} ({plan.variant}, {backend}): reply {done}/{total}"
            + (f" ({parallel} decoded together)" if parallel > 1 else ""))

    alone: list[ReplyRecord] = []
    if not hasattr(chat_backend, "batched"):
        parallel = 1  # a backend that cannot decode prompts together answers them one at a time
    if parallel > 1:
        say(f"{plan.model} ({plan.variant}, {backend}): {SPEED_ALONE} replies alone, for the speed figures")
        for item in items:  # a crisis prompt is answered without the model: it is not timed
            alone += run_prompts(chat_backend, [item], options, system_prompt, settings)
            if sum(r.generated for r in alone) >= SPEED_ALONE:
                break
    memory = rss_mb() - before
    records = run_prompts(chat_backend, items, options, system_prompt, settings, tick, parallel=parallel)
    if parallel <= 1:
        memory = rss_mb() - before
    chat_backend.close()
    del chat_backend
    release_models()
    return GeneratedReplies(records, False, round(time.perf_counter() - started, 1), round(memory, 1), alone)
