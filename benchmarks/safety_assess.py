"""Time to assess one message, over the safety suite's cases (issue 3: under 5 ms).

Runs every single-message case of tests/safety/cases.py through ``assess_message``
with the per-message cache cleared before each call, so each timing is a cold,
full assessment. Prints one line, or a JSON object with ``--json``.

    PYTHONPATH=src python3 benchmarks/safety_assess.py [--json] [--rounds 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import time
from pathlib import Path

from haven.safety import assess_message
from haven.safety.assess import analyse_text

TARGET_MS = 5.0
CASES_FILE = Path(__file__).resolve().parents[1] / "tests" / "safety" / "cases.py"


def load_texts() -> list[str]:
    """The message texts of the suite (single messages, replies' contexts and every user turn)."""
    spec = importlib.util.spec_from_file_location("safety_cases", CASES_FILE)
    module = importlib.util.module_from_spec(spec)
    sys.modules["safety_cases"] = module
    spec.loader.exec_module(module)
    texts = [c.text for c in module.ALL_CASES if c.text]
    texts += [t for c in module.ALL_CASES for role, t in c.turns if role == "user"]
    return texts


def measure(texts: list[str], rounds: int) -> list[float]:
    """Milliseconds per cold assessment, for every text in every round."""
    timings = []
    for _ in range(rounds):
        for text in texts:
            analyse_text.cache_clear()
            start = time.perf_counter()
            assess_message(text)
            timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print a JSON object instead of a line")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the cases (default 5)")
    args = parser.parse_args()
    texts = load_texts()
    measure(texts[:20], 1)  # warm up imports and regex caches
    timings = sorted(measure(texts, args.rounds))
    result = {
        "messages": len(texts),
        "rounds": args.rounds,
        "mean_ms": round(statistics.fmean(timings), 3),
        "p95_ms": round(timings[int(0.95 * (len(timings) - 1))], 3),
        "max_ms": round(timings[-1], 3),
        "target_ms": TARGET_MS,
    }
    result["under_target"] = result["p95_ms"] < TARGET_MS
    if args.json:
        print(json.dumps(result))
    else:
        print(f"assess_message: mean {result['mean_ms']} ms, p95 {result['p95_ms']} ms, max {result['max_ms']} ms "
              f"over {len(texts)} messages x {args.rounds} (target < {TARGET_MS} ms)")


if __name__ == "__main__":
    main()
