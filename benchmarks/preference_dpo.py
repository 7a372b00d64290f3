"""Does preference optimisation help on top of a supervised LoRA adapter? (issue #14)

An experiment, not a training stage: it answers the issue's question "measure whether
preference optimisation helps on top; keep it only if the numbers say so" before any of
it is built into `haven train`.

1. Pairs from the adapter's own training split (its run card names the data, seed, split
   and curation; held-out questions are never touched): for each of ``--pairs`` training
   questions, the curated therapist answer is *chosen* and the base model's own greedy
   reply to the same question (llama.cpp, the base GGUF, Haven's system prompt) is
   *rejected*.
2. DPO (Rafailov et al. 2023) on the LoRA weights, starting from the supervised adapter,
   which is also the frozen reference: ``-log σ(β((log π(y_w) − log π_ref(y_w)) −
   (log π(y_l) − log π_ref(y_l))))`` over the reply tokens, the reference log-probabilities
   computed once before training.
3. The new adapter is written beside the supervised one (``OUTPUT/MODEL``), its run card
   copied with a ``preference`` section, ready for ``haven compare --runs OUTPUT``; the
   comparison's per-question figures of the two runs give the paired difference.

    python benchmarks/preference_dpo.py --run runs/smollm2-135m --output runs-dpo [--pairs 160]
"""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import time
from dataclasses import fields, replace
from pathlib import Path

import torch
import torch.nn.functional as F

from haven.chat.backends.base import GenerationOptions, Timings, create_backend
from haven.data.format import IGNORE_INDEX, tokenize_example, with_system_prompt
from haven.data.schema import Message, Role
from haven.models.load import load_model
from haven.train.config import TrainConfig
from haven.train.heldout import prepare_split, select_examples, system_prompt_of

GENERATED = ("adapter.gguf", "checkpoint-last")


def train_config(run: Path) -> TrainConfig:
    card = json.loads((run / "run_card.json").read_text(encoding="utf-8"))
    known = {f.name for f in fields(TrainConfig)}
    values = {k: v for k, v in card["config"].items() if k in known}
    values["target_modules"] = tuple(values.get("target_modules") or ())
    return TrainConfig(**values)


def question_of(example) -> str:
    return next(m.content for m in reversed(example.messages) if m.role is Role.USER)


def pick_pairs(config: TrainConfig, count: int, seed: int):
    """One curated answer per training question, ``count`` questions in a seeded order."""
    train, _ = select_examples(prepare_split(config), config)
    by_question = {}
    for example in train:
        by_question.setdefault(question_of(example), example)
    chosen = list(by_question.values())
    random.Random(seed).shuffle(chosen)
    return chosen[:count]


def rejected_replies(config: TrainConfig, examples, max_tokens: int) -> list[str]:
    """The base model's own greedy replies (llama.cpp, no adapter) to each example's prompt."""
    backend = create_backend("llama.cpp", model=config.model, n_ctx=2048)
    options = GenerationOptions(temperature=0.0, max_tokens=max_tokens, repetition_penalty=1.15)
    prompt = system_prompt_of(config)
    replies = []
    try:
        for n, example in enumerate(examples, 1):
            messages = with_system_prompt(example.messages[:-1], prompt)
            replies.append("".join(item for item in backend.generate(messages, options) if not isinstance(item, Timings)).strip())
            if n % 20 == 0:
                print(f"  rejected replies: {n}/{len(examples)}", flush=True)
    finally:
        backend.close()
    return replies


def reply_logprob(model, ids: list[int], labels: list[int]) -> torch.Tensor:
    """Sum of log-probabilities of the reply tokens (labels != IGNORE_INDEX) under ``model``."""
    input_ids = torch.tensor([ids])
    target = torch.tensor([labels[1:]])
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits = model(input_ids=input_ids).logits[:, :-1].float()
    mask = target != IGNORE_INDEX
    picked = torch.gather(F.log_softmax(logits, -1), 2, target.clamp(min=0).unsqueeze(-1)).squeeze(-1)
    return (picked * mask).sum()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", type=Path, required=True, help="the supervised adapter folder (RUNS/MODEL)")
    parser.add_argument("--output", type=Path, required=True, help="runs folder for the DPO adapter (OUTPUT/MODEL)")
    parser.add_argument("--pairs", type=int, default=160)
    parser.add_argument("--beta", type=float, default=0.1)
    parser.add_argument("--lr", type=float, default=5e-5)
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--grad-accum", type=int, default=4)
    parser.add_argument("--rejected-tokens", type=int, default=160)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    from peft import PeftModel

    torch.manual_seed(args.seed)
    config = train_config(args.run)
    started = time.perf_counter()
    examples = pick_pairs(config, args.pairs, args.seed)
    print(f"{len(examples)} training questions; generating the base model's replies", flush=True)
    rejected = rejected_replies(config, examples, args.rejected_tokens)
    generated_s = time.perf_counter() - started

    loaded = load_model(config.model, precision="fp32")
    model = PeftModel.from_pretrained(loaded.model, str(args.run), is_trainable=True)
    prompt = system_prompt_of(config)
    pairs = []
    for example, bad in zip(examples, rejected):
        if not bad:
            continue
        worse = replace(example, messages=example.messages[:-1] + (Message(Role.ASSISTANT, bad),))
        w = tokenize_example(loaded.tokenizer, example, max_length=config.max_length, system_prompt=prompt)
        lo = tokenize_example(loaded.tokenizer, worse, max_length=config.max_length, system_prompt=prompt)
        if w.reply_tokens and lo.reply_tokens:
            pairs.append((w, lo))
    model.eval()
    with torch.no_grad():
        reference = [(reply_logprob(model, w.input_ids, w.labels).item(), reply_logprob(model, lo.input_ids, lo.labels).item())
                     for w, lo in pairs]
    print(f"{len(pairs)} pairs; reference log-probabilities done ({time.perf_counter() - started:.0f} s)", flush=True)

    model.train()
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.0)
    order = list(range(len(pairs)))
    history, step = [], 0
    for epoch in range(args.epochs):
        random.Random(args.seed + epoch).shuffle(order)
        for k, i in enumerate(order, 1):
            w, lo = pairs[i]
            ref_w, ref_l = reference[i]
            margin = (reply_logprob(model, w.input_ids, w.labels) - ref_w) - (reply_logprob(model, lo.input_ids, lo.labels) - ref_l)
            loss = -F.logsigmoid(args.beta * margin)
            (loss / args.grad_accum).backward()
            history.append({"loss": loss.item(), "margin": margin.item()})
            if k % args.grad_accum == 0 or k == len(order):
                optimizer.step()
                optimizer.zero_grad()
                step += 1
                recent = history[-args.grad_accum * 5:]
                if step % 5 == 0:
                    print(f"  step {step}: loss {sum(h['loss'] for h in recent) / len(recent):.3f}, "
                          f"reward accuracy {sum(h['margin'] > 0 for h in recent) / len(recent):.2f}", flush=True)
    train_s = time.perf_counter() - started - generated_s

    folder = args.output / config.model
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(args.run, folder, ignore=shutil.ignore_patterns(*GENERATED, "merged-*.gguf"))
    model.save_pretrained(str(folder))
    card = json.loads((folder / "run_card.json").read_text(encoding="utf-8"))
    tail = history[-len(pairs):]
    card["preference"] = {
        "method": "dpo", "beta": args.beta, "learning_rate": args.lr, "epochs": args.epochs, "grad_accum": args.grad_accum,
        "pairs": len(pairs), "chosen": "curated therapist answer (training split)",
        "rejected": f"base model's greedy reply on llama.cpp, {args.rejected_tokens} tokens at most",
        "reference": "the supervised adapter", "steps": step, "seed": args.seed,
        "last_epoch_loss": round(sum(h["loss"] for h in tail) / len(tail), 4),
        "last_epoch_reward_accuracy": round(sum(h["margin"] > 0 for h in tail) / len(tail), 4),
        "generate_seconds": round(generated_s, 1), "train_seconds": round(train_s, 1),
        "not_a_stage": "an experiment (benchmarks/preference_dpo.py); not part of haven train",
    }
    (folder / "run_card.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
    print(json.dumps(card["preference"], indent=2))
    return 0 if math.isfinite(card["preference"]["last_epoch_loss"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
