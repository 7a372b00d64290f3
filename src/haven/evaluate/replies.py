"""Replies for the comparison, generated the way a person would get them, and cached.

Every prompt goes through :func:`haven.chat.engine.respond`, the one guarded path, in a
fresh conversation with the adapter's system prompt, so the report measures what a
person would see: the crisis response where the assessment calls for it, and the
guard's replacement where the raw reply was unsafe. The records keep which of those
happened, and the backend's timings.

Generation is the slow part of a comparison, so the records are cached under
``cache_dir()/compare/replies/`` keyed by everything that decides them: the model
file's SHA-256, the adapter file's SHA-256, the backend, the prompts, the options,
the system prompt and the safety settings.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

REPLY_CACHE_VERSION = 1


@dataclass
class ReplyRecord:
    """One guarded reply to one prompt.

    Attributes:
        prompt_id: the prompt's id in its set.
        reply: the text the person would see.
        risk_level: the assessment of the prompt (``none`` … ``imminent``).
        crisis: the guard answered with the crisis response; the model was not asked.
        action: the reply guard's action (``allow`` or ``replace``).
        reasons: the guard's reason codes.
        timings: the backend's timings of the reply (``Timings.to_dict()``).
        together: how many conversations the backend could decode at once while making it (1: alone, so its
            timings are one person's; more: batched for throughput, its timings say nothing of one person's speed).
    """

    prompt_id: str
    reply: str
    risk_level: str
    crisis: bool
    action: str
    reasons: list[str] = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    together: int = 1

    @property
    def generated(self) -> bool:
        """Whether the model produced this reply (not the crisis response)."""
        return not self.crisis

    def to_dict(self) -> dict:
        return asdict(self)


def run_prompts(backend, prompts: Sequence[tuple[str, str]], options, system_prompt: str | None,
                settings=None, progress: Callable[[int, int], None] | None = None, parallel: int = 1) -> list[ReplyRecord]:
    """Answer each ``(id, text)`` prompt in its own conversation, through the guard.

    With `parallel` above 1 and a backend that can decode prompts together (its ``batched``: llama.cpp), the
    prompts are decoded `parallel` at a time and each reply then goes through :func:`haven.chat.engine.respond`
    as it would live (see :mod:`haven.chat.backends.llamacpp_batch`); the records say so (``together``).
    """
    from haven.safety import SafetySettings

    settings = settings or SafetySettings()
    batched = getattr(backend, "batched", None)
    if parallel > 1 and batched is not None and len(prompts) > 1:
        with batched(parallel) as many:
            if many is not backend:
                many.prefetch(lambda recorder: [answer_prompt(recorder, pid, text, options, system_prompt, settings)
                                                for pid, text in prompts], progress)
                return [answer_prompt(many, pid, text, options, system_prompt, settings, together=parallel)
                        for pid, text in prompts]
    records = []
    for i, (prompt_id, text) in enumerate(prompts, 1):
        records.append(answer_prompt(backend, prompt_id, text, options, system_prompt, settings))
        if progress:
            progress(i, len(prompts))
    return records


def answer_prompt(backend, prompt_id: str, text: str, options, system_prompt: str | None, settings,
                  together: int = 1) -> ReplyRecord:
    """One prompt answered in a fresh conversation, through the guard, as a record."""
    from haven.chat.engine import ChatSession, run_turn

    session = ChatSession(system_prompt=system_prompt, settings=settings)
    turn = run_turn(backend, session, text, options)
    data = turn.to_dict()
    return ReplyRecord(prompt_id=prompt_id, reply=turn.reply, risk_level=data["risk_level"], crisis=turn.crisis,
                       action=turn.action, reasons=data["reasons"], timings=data["timings"], together=together)


def file_sha256(path: Path | None) -> str | None:
    """SHA-256 of a file, or None for no file."""
    if path is None:
        return None
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def cache_key(**parts) -> str:
    """A stable key over JSON-ready parts."""
    text = json.dumps({"version": REPLY_CACHE_VERSION, **parts}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def reply_cache_path(key: str) -> Path:
    from haven.paths import cache_dir

    return cache_dir() / "compare" / "replies" / f"{key}.json"


def read_cached(key: str) -> dict | None:
    """The cached entry for `key` (records and extras), or None."""
    path = reply_cache_path(key)
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text())
        data["records"] = [ReplyRecord(**r) for r in data["records"]]
        return data
    except (json.JSONDecodeError, TypeError, KeyError):
        return None  # a corrupt or older entry is regenerated


def write_cached(key: str, records: Sequence[ReplyRecord], **extras) -> None:
    """Store records (and extras such as memory figures) under `key`."""
    path = reply_cache_path(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"records": [r.to_dict() for r in records], **extras}, ensure_ascii=False))
    tmp.replace(path)
