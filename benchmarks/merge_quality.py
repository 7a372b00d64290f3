"""Merging the LoRA into its base: does each quantisation keep the adapter's effect, and how fast is it?

For one adapter folder, side by side in one run and on the same llama.cpp build:

* the base GGUF alone, the base with the LoRA file (``adapter.gguf``, applied at run time),
  and the base merged with the adapter at each ``--quantization`` (written to a temporary
  folder with :func:`haven.export.merge_and_export`, the adapter's own cache untouched);
* held-out perplexity on the split the run card names (reply tokens, as training scores
  them), and its change against the LoRA file's: the target is within 2%;
* next-token logits on the held-out prompts: their correlation with the LoRA file's, and the
  correlation of the adapter's effect (logits minus the base's) with the LoRA file's effect;
* greedy decoding speed (tokens/s) of each file, interleaved run by run;
* with ``--empathy N --accept-epitome-license``: greedy replies of the LoRA file and of each
  merged file to N held-out questions, scored by the EPITOME empathy scorer, as the paired
  difference merged − LoRA with its 95% interval (the effect must leave the empathy score
  unchanged), and the share of replies that are word for word the LoRA file's.

    python benchmarks/merge_quality.py --adapter runs/smollm2-135m [--quantization Q8_0 Q5_K_M Q4_K_M]
                                       [--empathy 100 --accept-epitome-license] [--json]

K-quants work on 256-wide blocks; SmolLM2-135M (576) and Gemma-3-270M (640) have rows that
are not, so llama.cpp's quantiser writes its documented fallback type for those tensors.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_QUANTIZATIONS = ("Q8_0", "Q6_K", "Q5_K_M", "Q4_K_M")
log = logging.getLogger("merge_quality")
PERPLEXITY_GAP_MAX_PCT = 2.0


def heldout(adapter, examples: int):
    from haven.models.load import load_tokenizer
    from haven.models.resolve import resolve_model
    from haven.train.config import TrainConfig, config_from_dict
    from haven.train.heldout import heldout_examples

    config = config_from_dict(adapter.card.config) if adapter.card else TrainConfig()
    resolved = resolve_model(adapter.base_model)
    return resolved, heldout_examples(load_tokenizer(resolved), config).examples[:examples]


def logits_and_perplexity(model: Path, lora: Path | None, examples, threads: int):
    """Next-token logits at each example's first reply position, and held-out perplexity."""
    import numpy as np

    from haven.evaluate.perplexity_llamacpp import example_loss
    from haven.models.gguf import llama_class
    from haven.train.heldout import PerplexityResult

    Llama = llama_class()

    n_ctx = max(len(e) for e in examples) + 8
    llama = Llama(model_path=str(model), lora_path=str(lora) if lora else None, logits_all=True, n_ctx=n_ctx,
                  n_batch=n_ctx, n_threads=threads, n_threads_batch=threads, verbose=False)
    total, tokens, firsts = 0.0, 0, []
    try:
        for example in examples:
            llama.reset()
            llama.eval(example.input_ids)
            scores = llama.scores[: len(example)]
            loss, count = example_loss(scores, example)
            total, tokens = total + loss, tokens + count
            first = next(i for i, label in enumerate(example.labels[1:]) if label != -100)
            firsts.append(np.array(scores[first], dtype=np.float64))
    finally:
        llama.close()
    return firsts, PerplexityResult.from_sums(total, tokens, len(examples)).perplexity


def decode_speed(model: Path, lora: Path | None, prompt: list[int], threads: int, tokens: int) -> float:
    from haven.models.gguf import llama_class

    Llama = llama_class()

    llama = Llama(model_path=str(model), lora_path=str(lora) if lora else None, n_ctx=512, n_threads=threads,
                  n_threads_batch=threads, verbose=False)
    try:
        llama.reset()
        llama.eval(prompt)
        started = time.perf_counter()
        for _ in range(tokens):
            llama.eval([int(llama.scores[llama.n_tokens - 1].argmax())])
        return tokens / (time.perf_counter() - started)
    finally:
        llama.close()


def heldout_questions(adapter, n: int) -> list[tuple[str, list[int]]]:
    """The first `n` held-out questions of the run's split: (the person's words, the prompt's token ids)."""
    from dataclasses import replace

    from haven.data.format import tokenize_example
    from haven.data.schema import Role
    from haven.models.load import load_tokenizer
    from haven.models.resolve import resolve_model
    from haven.train.config import TrainConfig, config_from_dict
    from haven.train.heldout import prepare_split, select_examples, system_prompt_of

    # every held-out question (the held-out split is never curated, so no empathy scorer is needed here)
    config = replace(config_from_dict(adapter.card.config) if adapter.card else TrainConfig(), eval_examples=0, min_empathy=0)
    tokenizer = load_tokenizer(resolve_model(adapter.base_model))
    _, validation = select_examples(prepare_split(config), config)
    out = []
    for example in validation:
        tokens = tokenize_example(tokenizer, example, max_length=config.max_length, system_prompt=system_prompt_of(config))
        first = next((i for i, label in enumerate(tokens.labels) if label != -100), None)
        if first:
            out.append((" ".join(m.content for m in example.messages if m.role is Role.USER), list(tokens.input_ids[:first])))
        if len(out) == n:
            break
    return out


def greedy_replies(model: Path, lora: Path | None, prompts: list[list[int]], threads: int, max_tokens: int) -> list[str]:
    """Each prompt's greedy reply (no repetition penalty), up to the end of the turn or `max_tokens`."""
    from haven.chat.backends.llamacpp_backend import _end_of_turn_ids
    from haven.models.gguf import llama_class

    Llama = llama_class()

    llama = Llama(model_path=str(model), lora_path=str(lora) if lora else None, n_ctx=max(map(len, prompts)) + max_tokens + 8,
                  n_threads=threads, n_threads_batch=threads, verbose=False)
    ends, replies = _end_of_turn_ids(llama), []
    try:
        for ids in prompts:
            out = []
            for token in llama.generate(ids, temp=0.0, top_k=1, repeat_penalty=1.0, reset=True):
                if token in ends or len(out) >= max_tokens:
                    break
                out.append(token)
            replies.append(llama.detokenize(out).decode("utf-8", errors="replace").strip())
    finally:
        llama.close()
    return replies


def empathy_check(adapter, files: dict, args) -> dict:
    """Merged − LoRA empathy totals on the same held-out questions (paired), and identical-reply shares."""
    from haven.evaluate.empathy import load_or_train_scorer
    from haven.evaluate.paired import paired

    questions = heldout_questions(adapter, args.empathy)
    scorer = load_or_train_scorer(accept_epitome_license=args.accept_epitome_license)
    totals, replies = {}, {}
    for name, (m, l) in files.items():
        if name == "base":
            continue
        replies[name] = greedy_replies(m, l, [ids for _, ids in questions], args.threads, args.reply_tokens)
        scores = scorer.score(replies[name], [q for q, _ in questions])
        totals[name] = {str(i): s.total for i, s in enumerate(scores)}
        log.info("%s: %d replies, empathy %.3f", name, len(scores), sum(totals[name].values()) / max(len(scores), 1))
    out = {}
    for name in totals:
        if name == "lora":
            continue
        diff = paired("empathy_total", totals["lora"], totals[name])
        out[name] = {"lora_empathy": diff.base, "merged_empathy": diff.tuned, "diff": diff.diff, "ci": list(diff.ci),
                     "n": diff.n, "unchanged": not diff.clear,
                     "identical_replies": round(sum(a == b for a, b in zip(replies["lora"], replies[name])) / len(questions), 3)}
    return out


def corr(a, b) -> float:
    import numpy as np

    return float(np.corrcoef(a, b)[0, 1])


def measure(args) -> dict:
    from haven.export import merge_and_export
    from haven.train.adapter import Adapter

    adapter = Adapter.open(args.adapter)
    lora = adapter.ensure_gguf()
    resolved, examples = heldout(adapter, args.examples)
    log.info("%d held-out examples of %s", len(examples), resolved.name)
    with tempfile.TemporaryDirectory(prefix="haven-merge-") as tmp:
        files = {"base": (resolved.gguf_path, None), "lora": (resolved.gguf_path, lora)}
        merge_s = {}
        for q in args.quantization:
            started = time.perf_counter()
            files[f"merged-{q}"] = (merge_and_export(adapter, Path(tmp) / f"merged-{q}.gguf", q, n_threads=args.threads), None)
            merge_s[q] = round(time.perf_counter() - started, 1)
            log.info("merged at %s in %.1f s", q, merge_s[q])
        quality = {}
        for name, (m, l) in files.items():
            quality[name] = logits_and_perplexity(m, l, examples, args.threads)
            log.info("%s: perplexity %.4f", name, quality[name][1])
        speeds = {name: [] for name in files}
        for _ in range(args.repeats):  # interleaved, so the machine's drift hits every file alike
            for name, (m, l) in files.items():
                speeds[name].append(decode_speed(m, l, examples[0].input_ids[:64], args.threads, args.decode_tokens))
        sizes = {name: m.stat().st_size for name, (m, _) in files.items()}
        empathy = empathy_check(adapter, files, args) if args.empathy else None
    result = summarise(args, resolved.name, quality, speeds, sizes, merge_s, len(examples))
    if empathy:
        for name, row in empathy.items():
            result["files"][name]["empathy_vs_lora"] = row
    return result


def summarise(args, model: str, quality: dict, speeds: dict, sizes: dict, merge_s: dict, n_examples: int) -> dict:
    base_logits, base_ppl = quality["base"]
    lora_logits, lora_ppl = quality["lora"]
    rows = {}
    for name, (logits, ppl) in quality.items():
        rows[name] = {
            "perplexity": round(ppl, 4),
            "perplexity_vs_lora_pct": round(100 * (ppl - lora_ppl) / lora_ppl, 3),
            "logits_corr_vs_lora": round(statistics.mean(corr(a, b) for a, b in zip(logits, lora_logits)), 5),
            "effect_corr_vs_lora": None if name == "base" else round(statistics.mean(
                corr(a - o, b - o) for a, b, o in zip(logits, lora_logits, base_logits)), 4),
            "tokens_per_s": round(statistics.median(speeds[name]), 1),
            "file_mb": round(sizes[name] / 2**20, 1),
        }
        if name.startswith("merged-"):
            rows[name]["merge_s"] = merge_s[name.removeprefix("merged-")]
            rows[name]["keeps_effect"] = abs(rows[name]["perplexity_vs_lora_pct"]) <= PERPLEXITY_GAP_MAX_PCT
    return {"model": model, "adapter": str(args.adapter), "threads": args.threads, "examples": n_examples,
            "repeats": args.repeats, "decode_tokens": args.decode_tokens,
            "adapter_effect_ppl_pct": round(100 * (lora_ppl - base_ppl) / base_ppl, 3), "files": rows,
            "target": {"perplexity_vs_lora_pct_max": PERPLEXITY_GAP_MAX_PCT}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--adapter", type=Path, required=True, help="a trained adapter folder (PEFT weights and run card)")
    parser.add_argument("--quantization", nargs="+", default=list(DEFAULT_QUANTIZATIONS))
    parser.add_argument("--examples", type=int, default=24, help="held-out examples scored")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--decode-tokens", type=int, default=48)
    parser.add_argument("--empathy", type=int, default=0, help="held-out questions answered by each file for the empathy check (0: skip)")
    parser.add_argument("--reply-tokens", type=int, default=120, help="longest reply in the empathy check")
    parser.add_argument("--accept-epitome-license", action="store_true",
                        help="score empathy with the scorer learnt from EPITOME (academic, non-commercial licence)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    summary = measure(args)
    if args.json:
        print(json.dumps(summary, indent=2))
        return 0
    print(f"{summary['model']}: adapter moves held-out perplexity by {summary['adapter_effect_ppl_pct']:+.2f}% "
          f"({summary['examples']} examples, {args.threads} threads)")
    for name, row in summary["files"].items():
        print(f"  {name:16s} ppl {row['perplexity']:9.4f} ({row['perplexity_vs_lora_pct']:+6.2f}% vs LoRA)  "
              f"logits r {row['logits_corr_vs_lora']:.4f}  effect r {row['effect_corr_vs_lora'] or float('nan'):.3f}  "
              f"{row['tokens_per_s']:6.1f} tok/s  {row['file_mb']:6.1f} MB")
        if e := row.get("empathy_vs_lora"):
            print(f"  {'':16s} empathy {e['lora_empathy']:.3f} -> {e['merged_empathy']:.3f} ({e['diff']:+.3f}, 95% CI "
                  f"{e['ci'][0]:+.3f} to {e['ci'][1]:+.3f}, n={e['n']}); identical replies {e['identical_replies']:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
