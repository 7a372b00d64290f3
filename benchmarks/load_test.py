"""Many users at once: simultaneous conversations through the guarded chat engine, on loopback.

Each conversation is one thread with its own ChatSession, all started together and all
sharing one loaded model the way the dashboard shares it: the bundled SmolLM2 on
llama.cpp behind a SharedBackend (one slot; the others queue), and the same model
served by llama-cpp-python's OpenAI-compatible server on 127.0.0.1, reached through
the OpenAI backend. A recording wrapper notes what the model generated for which
prompt, so the run can check that no reply reached the wrong person: every session's
history holds only its own messages, every prompt the model saw came from a single
conversation, and each stored reply is what the model said to that prompt.

    python benchmarks/load_test.py [--backend llama.cpp|openai|both] [--conversations 10]
                                   [--turns 3] [--max-tokens 32] [--threads 2] [--json]

Reports, per backend: errors, turn latency (message sent -> reply complete) and the time
to first visible text (queueing included) as p50/p90/p99, and turns per second. The
tests (tests/robustness/test_load_concurrent.py) run a smaller bounded version and assert
correctness only; timings belong here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Iterator

from haven.chat.backends.base import GenerationOptions, Timings, create_backend
from haven.chat.engine import BUSY_REPLY, ChatSession, ChatTurn, EventKind, respond
from haven.chat.pool import SharedBackend
from haven.chat.serve import ServerConfig, running_server

NAMES = ["Ada", "Bo", "Cai", "Dee", "Eli", "Fen", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lia", "Mo", "Nia", "Oto", "Pia"]
TOPICS = ["my exams", "a new job", "my sister", "moving house", "my football team", "a long week",
          "my garden", "learning piano", "my dog", "a trip", "cooking", "my neighbours", "a film", "the rain"]
PERCENTILES = (50, 90, 99)


def message_for(conversation: int, turn: int) -> str:
    """A distinct, everyday (no-risk) message, so every reply comes from the model."""
    name, topic = NAMES[conversation % len(NAMES)], TOPICS[(conversation + turn) % len(TOPICS)]
    return f"Hi, I'm {name} (chat {conversation}, message {turn}). I keep thinking about {topic}."


class RecordingBackend:
    """Passes everything to a backend and notes, per call, the prompt and the text it generated."""

    def __init__(self, backend):
        self.backend = backend
        self.calls: list[tuple[list[dict[str, str]], str]] = []
        self._lock = threading.Lock()

    def __getattr__(self, attribute: str):
        return getattr(self.backend, attribute)

    def count_tokens(self, messages):
        return self.backend.count_tokens(messages)

    def generate(self, messages, options, cancel=None) -> Iterator[str | Timings]:
        pieces = []
        for item in self.backend.generate(messages, options, cancel):
            if not isinstance(item, Timings):
                pieces.append(item)
            yield item
        with self._lock:
            self.calls.append(([dict(m) for m in messages], "".join(pieces)))


@dataclass
class ConversationResult:
    """One simulated person: what they sent, their session, and how long each turn took."""

    index: int
    sent: list[str] = field(default_factory=list)
    session: ChatSession = field(default_factory=ChatSession)
    latencies_s: list[float] = field(default_factory=list)
    first_text_s: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class LoadResult:
    """Every conversation of one run, the model's record, and the run's wall time."""

    label: str
    conversations: list[ConversationResult]
    calls: list[tuple[list[dict[str, str]], str]]
    wall_s: float

    @property
    def turns(self) -> list[ChatTurn]:
        return [turn for c in self.conversations for turn in c.session.turns]

    @property
    def errors(self) -> list[str]:
        return [f"conversation {c.index}: {e}" for c in self.conversations for e in c.errors]


def converse(backend, result: ConversationResult, turns: int, options: GenerationOptions, start: threading.Barrier) -> None:
    """Send `turns` messages one after another, timing each; errors are recorded, never raised."""
    start.wait()
    for turn in range(turns):
        text = message_for(result.index, turn)
        result.sent.append(text)
        began, first = time.perf_counter(), None
        try:
            for event in respond(backend, result.session, text, options):
                if event.kind is EventKind.TEXT and first is None:
                    first = time.perf_counter() - began
                if event.kind is EventKind.DONE and (event.turn.notices or event.turn.reply == BUSY_REPLY):
                    result.errors.extend(event.turn.notices or ["busy"])
        except Exception as err:  # noqa: BLE001 - a load test counts failures instead of stopping
            result.errors.append(f"{type(err).__name__}: {err}")
        result.latencies_s.append(time.perf_counter() - began)
        result.first_text_s.append(first if first is not None else math.nan)


def run_load(backend, label: str, conversations: int = 10, turns: int = 2,
             options: GenerationOptions | None = None) -> LoadResult:
    """Drive `conversations` simultaneous threads through the engine on one shared backend."""
    options = options or GenerationOptions(temperature=0.0, max_tokens=16)
    recorder = RecordingBackend(backend)
    results = [ConversationResult(i) for i in range(conversations)]
    start = threading.Barrier(conversations)
    threads = [threading.Thread(target=converse, args=(recorder, r, turns, options, start)) for r in results]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return LoadResult(label, results, recorder.calls, time.perf_counter() - began)


def _same_words(reply: str, said: str) -> bool:
    """Whether the shown reply is what the model said: its start, or (a reply cut at the token limit is
    trimmed to its last whole sentence, chat/sentences.py) a start of what it said."""
    reply, said = reply.strip(), said.strip()
    return bool(reply) and (reply.startswith(said[:40]) or said.startswith(reply))


def isolation_problems(result: LoadResult) -> list[str]:
    """Every way a reply or a message ended up in the wrong conversation (empty when none did)."""
    problems = []
    owner = {text: c.index for c in result.conversations for text in c.sent}
    generated = {prompt[-1]["content"]: text for prompt, text in result.calls}
    for c in result.conversations:
        users = [m["content"] for m in c.session.messages if m["role"] == "user"]
        if users != c.sent:
            problems.append(f"conversation {c.index} holds user messages {users}, sent {c.sent}")
        for turn in c.session.turns:
            said = generated.get(turn.user_text)
            if said is None:
                problems.append(f"conversation {c.index}: the model never saw {turn.user_text!r}")
            elif turn.action == "allow" and not _same_words(turn.reply, said):
                problems.append(f"conversation {c.index}: reply {turn.reply[:60]!r} is not what the model said to it")
    for prompt, _ in result.calls:
        owners = {owner.get(m["content"], -1) for m in prompt if m["role"] == "user"}
        if len(owners) != 1 or -1 in owners:
            problems.append(f"a prompt mixed messages of conversations {sorted(owners)}")
    return problems


def percentiles(values: list[float]) -> dict[str, float]:
    """p50/p90/p99 in milliseconds (nearest rank), NaNs left out."""
    ordered = sorted(v for v in values if not math.isnan(v))
    if not ordered:
        return {f"p{p}": math.nan for p in PERCENTILES}
    return {f"p{p}": round(1000 * ordered[min(len(ordered) - 1, math.ceil(p / 100 * len(ordered)) - 1)], 1)
            for p in PERCENTILES}


def summarise(result: LoadResult) -> dict:
    latencies = [v for c in result.conversations for v in c.latencies_s]
    first = [v for c in result.conversations for v in c.first_text_s]
    return {
        "backend": result.label,
        "conversations": len(result.conversations),
        "turns": len(result.turns),
        "errors": len(result.errors),
        "error_messages": result.errors[:10],
        "mixed_up": len(problems := isolation_problems(result)),
        "mixed_up_examples": problems[:5],
        "turn_latency_ms": percentiles(latencies),
        "first_text_ms": percentiles(first),
        "wall_s": round(result.wall_s, 2),
        "turns_per_s": round(len(result.turns) / result.wall_s, 2) if result.wall_s else 0.0,
        # what the model generated per turn: a side that cuts replies short is not faster (llama-cpp-python's
        # server did, by default, whenever a second request arrived; `haven serve` turns that off)
        "generated_chars_mean": round(sum(len(text) for _, text in result.calls) / max(len(result.calls), 1), 1),
    }


# --- the OpenAI-compatible server on loopback ---------------------------------------------------


def llama_server(model: str, threads: int, n_ctx: int = 2048):
    """llama.cpp's OpenAI-compatible server for `model` on a free loopback port (Haven's `haven serve`)."""
    return running_server(ServerConfig(model=model, port=0, n_ctx=n_ctx, n_threads=threads))


def shared_llamacpp(model: str, threads: int, n_ctx: int = 2048, max_wait_s: float = 300.0) -> SharedBackend:
    """The bundled model on llama.cpp, one slot shared by every conversation."""
    return SharedBackend(create_backend("llama.cpp", model=model, n_ctx=n_ctx, n_threads=threads), slots=1, max_wait_s=max_wait_s)


def warm_up(backend, options: GenerationOptions) -> None:
    """One untimed turn: the process loads what safety needs once (seconds), and neither side of
    the comparison should count it (the in-process side ran first and used to pay it alone)."""
    list(respond(backend, ChatSession(), "Hello, I had a long day.", options))


def measure(args) -> list[dict]:
    options = GenerationOptions(temperature=0.0, max_tokens=args.max_tokens, timeout_s=args.timeout)
    reports = []
    if args.backend in ("llama.cpp", "both"):
        backend = shared_llamacpp(args.model, args.threads)
        warm_up(backend, options)
        reports.append(summarise(run_load(backend, "llama.cpp (shared, 1 slot)", args.conversations, args.turns, options)))
    if args.backend in ("openai", "both"):
        with llama_server(args.model, args.threads) as url:
            backend = create_backend("openai", base_url=url, context_length=2048)
            warm_up(backend, options)
            reports.append(summarise(run_load(backend, "openai -> llama_cpp.server", args.conversations, args.turns, options)))
    if len(reports) == 2:
        in_process, served = reports
        reports.append({"backend": "in-process / server", "turn_latency_p50_ratio": round(
            in_process["turn_latency_ms"]["p50"] / served["turn_latency_ms"]["p50"], 3),
            "generated_chars_ratio": round(in_process["generated_chars_mean"] / max(served["generated_chars_mean"], 1e-9), 3)})
    return reports


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["llama.cpp", "openai", "both"], default="both")
    parser.add_argument("--model", default="smollm2-135m", help="catalog name or .gguf path")
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--turns", type=int, default=3, help="messages each conversation sends, one after another")
    parser.add_argument("--max-tokens", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300.0, help="timeout_s of each reply")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    reports = measure(args)
    if args.json:
        print(json.dumps({"settings": vars(args), "results": reports}, indent=2))
    else:
        for r in reports:
            if "turn_latency_p50_ratio" in r:
                print(f"in-process / server: median turn latency {r['turn_latency_p50_ratio']}x "
                      f"(target <= 1.2), generated text {r['generated_chars_ratio']}x")
                continue
            lat, first = r["turn_latency_ms"], r["first_text_ms"]
            print(f"{r['backend']}: {r['conversations']} conversations, {r['turns']} turns, {r['errors']} errors, "
                  f"{r['mixed_up']} mixed-up replies, {r['turns_per_s']} turns/s ({r['wall_s']} s)")
            print(f"  turn latency ms   p50 {lat['p50']:>8}  p90 {lat['p90']:>8}  p99 {lat['p99']:>8}")
            print(f"  first text ms     p50 {first['p50']:>8}  p90 {first['p90']:>8}  p99 {first['p99']:>8}")
            print(f"  generated per turn {r['generated_chars_mean']} characters")
    return 1 if any(r.get("errors") or r.get("mixed_up") for r in reports) else 0


if __name__ == "__main__":
    sys.exit(main())
