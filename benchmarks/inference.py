"""Inference speed: Haven's chat path on llama.cpp against llama-cpp-python called directly.

Three sides run with the same threads, context size and prompt token ids, interleaved run
by run (this machine is noisy: only ratios measured side by side in one run mean anything):

* ``raw_base``: llama-cpp-python on the base GGUF file, no adapter;
* ``raw``: llama-cpp-python on the files Haven's backend loaded (the merged model, or the
  base plus the LoRA file), so ``ratio`` and ``added_ttft_ms`` are Haven's own overhead;
* ``raw_same``: llama-cpp-python driving the backend's own loaded model directly (same
  instance, same memory): ``added_ttft_same_instance_ms`` is Haven's overhead with the
  difference between two loaded copies of the model taken out, and ``engine_pre_token_ms``
  is the engine's own work before it asks the backend for tokens (assessment, context fit);
* ``haven``: the whole chat engine (risk assessment, context fitting, template rendering,
  the llama.cpp backend, the streaming guard); with ``--adapter`` it is the fine-tuned chat
  path (``tuned_tokens_per_s``), to be set against ``raw_base_tokens_per_s``.

Then a 10-turn conversation goes through the engine with two other conversations taking a
turn on the same loaded model between each of its turns: ``ttft_turn1_ms`` and
``ttft_turn10_ms`` are its first and tenth times to first token (safety included), which the
per-conversation KV cache keeps flat. The CPU's name and flags are recorded with the figures.
The transformers backend's figures are reported beside them.

    python benchmarks/inference.py [--model smollm2-135m] [--adapter runs/smollm2-135m] [--json]

Targets (issues 4 and 16): Haven keeps >= 90% of the raw tokens per second and adds < 20 ms
to the time to first token; the fine-tuned path keeps >= 90% of the raw base's tokens per
second; the first token at turn 10 comes within 1.2x of turn 1's, and in <= 150 ms for SmolLM2.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from pathlib import Path

from haven.chat.backends.base import GenerationOptions, Timings, create_backend
from haven.chat.engine import ChatSession, respond

OPENING = "I've been feeling really low since my partner left, and I can't focus at work."
LONG_HISTORY = [
    ("I've been feeling really low since my partner left, and I can't focus at work.",
     "I'm sorry you're going through this. A breakup can shake everything, including work. How long has it been?"),
    ("About three weeks. I keep replaying our last conversation and wondering what I did wrong.",
     "Replaying it makes sense; your mind is trying to make sense of a loss. What do you find yourself wishing you had said?"),
    ("That I was trying. I was working so much and I think she felt alone. Now I'm the one who feels alone.",
     "It sounds like you're carrying a lot of guilt alongside the loneliness. Who have you been able to talk to since?"),
    ("Not really anyone. My friends were mostly her friends. I go home and just sit there most evenings.",
     "Those quiet evenings can feel very heavy. What used to help you feel a little more connected, before all this?"),
]
N_CTX = 2048
TURNS = 10
TURN_MESSAGES = [
    "I've been feeling really low since my partner left.",
    "It's been about three weeks now.",
    "I keep replaying our last conversation.",
    "My friends were mostly her friends, so I feel alone.",
    "Evenings are the worst, I just sit at home.",
    "I used to play football on Sundays.",
    "Maybe I could message my old teammate.",
    "I'm worried he'll think it's strange after so long.",
    "Okay, I think I'll try this weekend.",
    "Thank you, this helped me think it through.",
]
OTHER_MESSAGES = [
    "I can't sleep before my exams.",
    "My manager criticised me in front of everyone today.",
    "I feel like nobody listens to me at home.",
]
LAST_MESSAGE = "I used to play football on Sundays, but I stopped last year. Maybe I should try again, I don't know."


class FirstTokenClock:
    """Wraps a backend and notes when its first chunk appears (for the engine's end-to-end TTFT)."""

    def __init__(self, backend):
        self.backend, self.first, self.called = backend, None, None
        self.name, self.label = backend.name, backend.label
        self.capabilities, self.context_length = backend.capabilities, backend.context_length

    def count_tokens(self, messages):
        return self.backend.count_tokens(messages)

    def generate(self, messages, options, cancel=None):
        self.called = self.called or time.perf_counter()
        for item in self.backend.generate(messages, options, cancel):
            if self.first is None and not isinstance(item, Timings):
                self.first = time.perf_counter()
            yield item


def conversation(long: bool) -> tuple[list[dict], str]:
    history = []
    if long:
        for user, assistant in LONG_HISTORY:
            history += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
        return history, LAST_MESSAGE
    return history, OPENING


def prime(llama, prefix: list[int]) -> None:
    """Empty the KV cache, then hold `prefix` in it (the turns a live chat has already evaluated)."""
    llama.reset()
    if prefix:
        llama.eval(prefix)


def run_haven(backend, long: bool, options: GenerationOptions, prefix: list[int] = ()) -> dict:
    history, text = conversation(long)
    session = ChatSession(messages=list(history))
    clock = FirstTokenClock(backend)
    backend.shared.forget_conversations()  # cold: no saved conversation may answer for this one
    prime(backend.shared.llama, list(prefix))
    started = time.perf_counter()
    turn = [e.turn for e in respond(clock, session, text, options) if e.turn][0]
    t = turn.timings
    return {"ttft_ms": (clock.first - started) * 1000 if clock.first else float("nan"),
            "pre_token_ms": (clock.called - started) * 1000 if clock.called else float("nan"),
            "tokens_per_s": t.tokens_per_s, "prompt_tokens": t.prompt_tokens, "reply_tokens": t.reply_tokens,
            "guard_action": turn.action}


def run_raw(llama, ids: list[int], end_ids, max_tokens: int, prefix: list[int] = ()) -> dict:
    prime(llama, list(prefix))
    started = time.perf_counter()
    first, count = None, 0
    for token in llama.generate(ids, temp=0.0, top_k=50, top_p=1.0, min_p=0.0, repeat_penalty=1.0, reset=True):
        if first is None:
            first = time.perf_counter()
        if token in end_ids:
            break
        llama.detokenize([token])
        count += 1
        if count >= max_tokens:
            break
    total = time.perf_counter() - started
    decode = total - (first - started)
    return {"ttft_ms": (first - started) * 1000, "tokens_per_s": (count - 1) / decode if count > 1 else 0.0,
            "prompt_tokens": len(ids), "reply_tokens": count}


def median(runs: list[dict], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 2)


def open_raw(path: Path, lora: Path | None, threads: int):
    from haven.models.gguf import llama_class

    Llama = llama_class()

    return Llama(model_path=str(path), lora_path=str(lora) if lora else None, n_ctx=N_CTX, n_threads=threads,
                 n_threads_batch=threads, verbose=False)


def measure_llamacpp(args, backend) -> dict:
    shared = backend.shared
    raw = open_raw(shared.files.model, shared.files.lora, args.threads)
    raw_base = open_raw(shared.resolved.gguf_path, None, args.threads)
    options = GenerationOptions(temperature=0.0, max_tokens=args.max_tokens, repetition_penalty=1.0)
    results = {"files": {"model": shared.files.model.name, "lora": shared.files.lora.name if shared.files.lora else None,
                         "merged": shared.files.merged}}
    # One untimed turn first: the engine's first call loads what safety needs (seconds, once per process).
    list(respond(backend, ChatSession(), OPENING, options))
    for long in (False, True):
        history, text = conversation(long)
        session_messages = ChatSession(messages=history + [{"role": "user", "content": text}]).prompt_messages()
        ids = backend.prompt_ids(session_messages)
        raw_runs, base_runs, same_runs, haven_runs = [], [], [], []
        for _ in range(args.repeats):  # interleaved, so drift hits every side alike
            base_runs.append(run_raw(raw_base, ids, shared.end_ids, args.max_tokens))
            raw_runs.append(run_raw(raw, ids, shared.end_ids, args.max_tokens))
            shared.forget_conversations()
            same_runs.append(run_raw(shared.llama, ids, shared.end_ids, args.max_tokens))
            haven_runs.append(run_haven(backend, long, options))
        results["long" if long else "short"] = {"prompt_tokens": len(ids), "raw": raw_runs, "raw_base": base_runs,
                                                "raw_same": same_runs, "haven": haven_runs}
        if long:
            # A live chat has already evaluated the earlier turns: only the new message is new.
            earlier = backend.prompt_ids(session_messages[:-1])
            prefix = ids[: next((i for i, (a, b) in enumerate(zip(ids, earlier)) if a != b), min(len(ids), len(earlier)))]
            warm_raw = [run_raw(raw, ids, shared.end_ids, args.max_tokens, prefix) for _ in range(args.repeats)]
            warm_haven = [run_haven(backend, True, options, prefix) for _ in range(args.repeats)]
            results["warm"] = {"new_tokens": len(ids) - len(prefix), "raw": warm_raw, "haven": warm_haven}
    raw.close()
    raw_base.close()
    return results


def measure_turns(backend, args) -> list[dict]:
    """A 10-turn conversation through the engine, two others taking a turn between each of its turns."""
    options = GenerationOptions(temperature=0.0, max_tokens=args.turn_tokens, repetition_penalty=1.0)
    backend.shared.forget_conversations()
    main, others = ChatSession(), [ChatSession(), ChatSession()]
    figures = []
    for k in range(TURNS):
        clock = FirstTokenClock(backend)
        started = time.perf_counter()
        turn = [e.turn for e in respond(clock, main, TURN_MESSAGES[k], options) if e.turn][0]
        figures.append({"turn": k + 1, "ttft_ms": round((clock.first - started) * 1000, 2) if clock.first else None,
                        "prompt_tokens": turn.timings.prompt_tokens})
        for n, other in enumerate(others):  # other people use the same model before this one's next turn
            list(respond(backend, other, OTHER_MESSAGES[(k + n) % len(OTHER_MESSAGES)], options))
    return figures


def cpu_flags() -> dict:
    """The CPU's model name and the vector units llama.cpp and torch can use (Linux /proc/cpuinfo)."""
    try:
        text = Path("/proc/cpuinfo").read_text()
    except OSError:
        return {"model_name": None}
    name = next((line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("model name")), None)
    flags = set(next((line.split(":", 1)[1].split() for line in text.splitlines() if line.startswith("flags")), []))
    from haven.models.gguf import cpu_has_amx

    return {"model_name": name, "logical_cpus": os.cpu_count(),
            **{flag: flag in flags for flag in ("avx2", "avx512f", "avx512_bf16", "amx_bf16", "amx_tile")},
            # both sides of every ratio load through haven.models.gguf.llama_class: no extra buffers on AMX
            "llama_cpp_extra_buffer_types": not cpu_has_amx(text)}


def measure_transformers(args) -> dict:
    backend = create_backend("transformers", model=args.model, adapter=args.adapter if args.adapter and
                             (Path(args.adapter) / "adapter_model.safetensors").exists() else None)
    options = GenerationOptions(temperature=0.0, max_tokens=args.max_tokens)
    runs = []
    for _ in range(max(1, args.repeats // 2)):
        turn = [e.turn for e in respond(backend, ChatSession(), OPENING, options) if e.turn][0]
        runs.append({"ttft_ms": turn.timings.ttft_s * 1000, "tokens_per_s": turn.timings.tokens_per_s})
    return {"ttft_ms": median(runs, "ttft_ms"), "tokens_per_s": median(runs, "tokens_per_s")}


def summarise(args, llama_results: dict, turns: list[dict], transformers: dict | None) -> dict:
    short = llama_results["short"]
    long = llama_results["long"]
    raw_tps = median(short["raw"], "tokens_per_s")
    haven_tps = median(short["haven"], "tokens_per_s")
    base_tps = median(short["raw_base"], "tokens_per_s")
    return {
        "model": args.model,
        "adapter": str(args.adapter) if args.adapter else None,
        "files": llama_results["files"],
        "threads": args.threads,
        "max_tokens": args.max_tokens,
        "repeats": args.repeats,
        "cpu_flags": cpu_flags(),
        "raw_base_tokens_per_s": base_tps,
        "tuned_tokens_per_s": haven_tps if args.adapter else None,
        "tuned_vs_raw_base": round(haven_tps / base_tps, 3) if args.adapter and base_tps else None,
        "ttft_turn1_ms": turns[0]["ttft_ms"],
        "ttft_turn10_ms": turns[-1]["ttft_ms"],
        "turn10_vs_turn1": round(turns[-1]["ttft_ms"] / turns[0]["ttft_ms"], 3),
        "turns": turns,
        "raw_tokens_per_s": raw_tps,
        "haven_tokens_per_s": haven_tps,
        "ratio": round(haven_tps / raw_tps, 3) if raw_tps else None,
        "raw_ttft_ms": median(short["raw"], "ttft_ms"),
        "haven_ttft_ms": median(short["haven"], "ttft_ms"),
        "added_ttft_ms": round(median(short["haven"], "ttft_ms") - median(short["raw"], "ttft_ms"), 2),
        "raw_same_instance_ttft_ms": median(short["raw_same"], "ttft_ms"),
        "added_ttft_same_instance_ms": round(median(short["haven"], "ttft_ms") - median(short["raw_same"], "ttft_ms"), 2),
        "engine_pre_token_ms": median(short["haven"], "pre_token_ms"),
        "long_prompt_tokens": long["prompt_tokens"],
        "long_raw_ttft_ms": median(long["raw"], "ttft_ms"),
        "long_haven_ttft_ms": median(long["haven"], "ttft_ms"),
        "warm_new_tokens": llama_results["warm"]["new_tokens"],
        "warm_raw_ttft_ms": median(llama_results["warm"]["raw"], "ttft_ms"),
        "warm_haven_ttft_ms": median(llama_results["warm"]["haven"], "ttft_ms"),
        "transformers": transformers,
        "targets": {"ratio_min": 0.9, "added_ttft_ms_max": 20, "long_ttft_ms_max": 100, "tuned_vs_raw_base_min": 0.9,
                    "turn10_vs_turn1_max": 1.2, "smollm2_ttft_turn10_ms_max": 150},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="smollm2-135m", help="catalog name or .gguf path")
    parser.add_argument("--adapter", type=Path, default=None, help="adapter folder holding an exported adapter.gguf")
    parser.add_argument("--threads", type=int, default=2, help="threads for both sides")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--turn-tokens", type=int, default=32, help="reply tokens per turn of the 10-turn conversation")
    parser.add_argument("--no-transformers", action="store_true", help="skip the transformers backend's figures")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    backend = create_backend("llama.cpp", model=args.model, adapter=args.adapter, n_threads=args.threads, n_ctx=N_CTX)
    llama_results = measure_llamacpp(args, backend)
    turns = measure_turns(backend, args)
    backend.close()
    transformers = None if args.no_transformers else measure_transformers(args)
    summary = summarise(args, llama_results, turns, transformers)
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(f"{args.model} on llama.cpp, {args.threads} threads, greedy, {args.max_tokens} tokens, median of {args.repeats}")
        print(f"  tokens/s   raw base {summary['raw_base_tokens_per_s']:8.1f}   raw {summary['raw_tokens_per_s']:8.1f}   "
              f"haven {summary['haven_tokens_per_s']:8.1f}   ratio {summary['ratio']:.3f}   ({summary['files']})")
        print(f"  TTFT ms    raw {summary['raw_ttft_ms']:8.1f}   haven {summary['haven_ttft_ms']:8.1f}   added {summary['added_ttft_ms']:+.1f}")
        print(f"  TTFT ms    raw on Haven's own loaded model {summary['raw_same_instance_ttft_ms']:.1f}   "
              f"added {summary['added_ttft_same_instance_ms']:+.1f}   (engine's work before the backend: "
              f"{summary['engine_pre_token_ms']:.1f} ms)")
        print(f"  {summary['long_prompt_tokens']}-token conversation TTFT, cold cache: raw {summary['long_raw_ttft_ms']:.1f} ms, haven {summary['long_haven_ttft_ms']:.1f} ms")
        print(f"  same conversation, earlier turns cached ({summary['warm_new_tokens']} new tokens): raw {summary['warm_raw_ttft_ms']:.1f} ms, haven {summary['warm_haven_ttft_ms']:.1f} ms")
        print(f"  10-turn conversation, two others between its turns: TTFT turn 1 {summary['ttft_turn1_ms']:.1f} ms, "
              f"turn 10 {summary['ttft_turn10_ms']:.1f} ms")
        print(f"  CPU: {summary['cpu_flags']}")
        if transformers:
            print(f"  transformers backend: TTFT {transformers['ttft_ms']:.1f} ms, {transformers['tokens_per_s']:.1f} tokens/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
