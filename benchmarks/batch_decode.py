"""Batched decoding for the comparison: the same prompts answered one at a time and `parallel` at a time.

Both sides run in one process on the same loaded model, with the same greedy options, through the whole
guarded chat path (:func:`haven.evaluate.replies.run_prompts`), one after the other, so only the ratio
means anything on a noisy machine. Prompts: the first N held-out counsel-chat questions of the
comparison's split (or a built-in list where the data is not there). Reports the seconds of each side,
``speedup`` (one at a time ÷ batched), how many replies are the same to the letter, the mean reply words
of each side (the batched replies must not be cut shorter), and whether two batched runs gave the same
replies. The CPU is recorded with the figures.

    python benchmarks/batch_decode.py [--model smollm2-135m] [--adapter runs/smollm2-135m] [--prompts 48] [--json]

Target (issue 14's 30-minute demo): the comparison's replies at least 1.8x as fast as one at a time, the
same replies on every batched run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inference import cpu_flags  # noqa: E402

from haven.chat.backends.base import GenerationOptions, create_backend  # noqa: E402
from haven.evaluate.replies import run_prompts  # noqa: E402

FALLBACK = [
    "I've been feeling really anxious about work and I can't sleep.",
    "My partner and I keep fighting about money and I don't know what to do.",
    "I feel lonely since I moved to a new city.",
    "How do I stop overthinking everything I say?",
    "My mother criticises everything I do and I feel worthless.",
    "I get panic attacks before exams.",
    "I can't stop procrastinating and I hate myself for it.",
    "My best friend stopped talking to me and I don't know why.",
]


def questions(count: int) -> list[str]:
    """The comparison's held-out counsel-chat questions, else the built-in list (repeated)."""
    try:
        from haven.data.prepare import prepare_data
        from haven.train.config import TrainConfig

        config = TrainConfig()
        split = prepare_data(config.data, seed=config.seed, validation_fraction=config.validation_fraction).split
        texts = list(dict.fromkeys(example.prompt for example in split.validation))[:count]
    except Exception:  # noqa: BLE001 - the data folder is optional for a speed check
        texts = []
    return texts or (FALLBACK * (count // len(FALLBACK) + 1))[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default="smollm2-135m")
    parser.add_argument("--adapter", default=None)
    parser.add_argument("--prompts", type=int, default=48)
    parser.add_argument("--parallel", type=int, default=16)
    parser.add_argument("--max-tokens", type=int, default=120)
    parser.add_argument("--threads", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    backend = create_backend("llama.cpp", model=args.model, adapter=Path(args.adapter) if args.adapter else None,
                             n_threads=args.threads)
    options = GenerationOptions(temperature=0.0, max_tokens=args.max_tokens, repetition_penalty=1.15, seed=0)
    items = [(str(i), text) for i, text in enumerate(questions(args.prompts))]
    run_prompts(backend, items[:2], options, None)  # warm up the model and the safety layer
    started = time.perf_counter()
    alone = run_prompts(backend, items, options, None)
    alone_s = time.perf_counter() - started
    started = time.perf_counter()
    together = run_prompts(backend, items, options, None, parallel=args.parallel)
    together_s = time.perf_counter() - started
    again = run_prompts(backend, items, options, None, parallel=args.parallel)

    def words(records) -> float:
        answered = [r for r in records if not r.crisis]
        return round(sum(len(r.reply.split()) for r in answered) / max(len(answered), 1), 1)

    figures = {
        "cpu": cpu_flags(), "model": args.model, "adapter": args.adapter, "prompts": len(items),
        "parallel": args.parallel, "max_tokens": args.max_tokens,
        "one_at_a_time_s": round(alone_s, 1), "batched_s": round(together_s, 1),
        "speedup": round(alone_s / together_s, 2),
        "same_replies_as_one_at_a_time": sum(a.reply == b.reply for a, b in zip(alone, together)),
        "batched_runs_agree": all(a.reply == b.reply for a, b in zip(together, again)),
        "mean_words_one_at_a_time": words(alone), "mean_words_batched": words(together),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    for key, value in figures.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
