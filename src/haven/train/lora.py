"""LoRA fine-tuning (Hu et al., 2021, arXiv:2106.09685) with PEFT, in a plain loop.

A short, readable loop instead of a general trainer: reply-only loss computed without
full logits, length-grouped batches, gradient accumulation normalised by the number
of reply tokens in the whole step, evaluation every `eval_every` steps with the best
adapter kept, and a checkpoint that `--resume` continues from.
"""

from __future__ import annotations

import json
import logging
import math
import random
import resource
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from haven import __version__
from haven.data.format import DEFAULT_SYSTEM_PROMPT, TokenizedExample, tokenize_example
from haven.data.prepare import PreparedData, prepare_data
from haven.errors import ConfigError
from haven.evaluate.perplexity import PerplexityResult, evaluate_loss
from haven.models.load import LoadedModel, load_model
from haven.models.precision import Precision
from haven.train.adapter import save_adapter
from haven.train.batching import collate, iterate_batches
from haven.train.card import EvalKey, RunCard, memory_estimates_mb
from haven.train.config import TrainConfig
from haven.train.loss import reply_token_loss

log = logging.getLogger(__name__)

CHECKPOINT_DIR = "checkpoint-last"
TRAINER_STATE = "trainer_state.pt"


@dataclass
class TrainEvent:
    """A progress report from the loop, for the CLI's progress bar or the dashboard."""

    phase: str  # "prepare", "evaluate-base", "train", "evaluate", "done"
    step: int = 0
    total: int = 0
    loss: float | None = None
    message: str = ""


ProgressFn = Callable[[TrainEvent], None]


def system_prompt_of(config: TrainConfig) -> str | None:
    """The configured system prompt ("" disables it), defaulting to Haven's."""
    if config.system_prompt is None:
        return DEFAULT_SYSTEM_PROMPT
    return config.system_prompt or None


def tokenize_all(tokenizer, examples, config: TrainConfig) -> list[TokenizedExample]:
    """Tokenize examples, dropping any that end up with no reply token."""
    prompt = system_prompt_of(config)
    out = [tokenize_example(tokenizer, e, max_length=config.max_length, system_prompt=prompt) for e in examples]
    return [t for t in out if t.reply_tokens > 0]


def select_examples(data: PreparedData, config: TrainConfig):
    """The training examples and the held-out examples this config uses."""
    train = list(data.split.train)
    if config.max_train_examples:
        train = train[: config.max_train_examples]
    validation = list(data.split.validation)
    if config.eval_examples:
        validation = validation[: config.eval_examples]
    if not train or not validation:
        raise ConfigError(f"the split left {len(train)} training and {len(validation)} held-out examples; both must be > 0")
    return train, validation


def attach_lora(model, config: TrainConfig, target_modules: tuple[str, ...]):
    """Wrap `model` with fresh LoRA adapters on `target_modules`."""
    import torch
    from peft import LoraConfig, get_peft_model

    torch.manual_seed(config.seed)
    lora = LoraConfig(
        r=config.lora_r,
        lora_alpha=config.lora_alpha,
        lora_dropout=config.lora_dropout,
        target_modules=list(target_modules),
        bias="none",
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, lora)


def count_parameters(model) -> tuple[int, int]:
    """(trainable, total) parameter counts."""
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total


def make_optimizer(model, config: TrainConfig):
    """AdamW on the LoRA weights with linear warm-up then cosine decay to 10%."""
    import torch

    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.learning_rate, weight_decay=config.weight_decay)

    def schedule(step: int) -> float:
        if step < config.warmup_steps:
            return (step + 1) / (config.warmup_steps + 1)
        progress = (step - config.warmup_steps) / max(1, config.max_steps - config.warmup_steps)
        return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(progress, 1.0)))

    return optimizer, torch.optim.lr_scheduler.LambdaLR(optimizer, schedule)


def peak_memory_mb(device: str) -> float:
    """Peak GPU memory allocated, or the process's peak resident memory on a CPU."""
    if device == "cuda":
        import torch

        return round(torch.cuda.max_memory_allocated() / 2**20, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def output_folder(config: TrainConfig) -> Path:
    """Create the output folder, or say clearly why it cannot be written."""
    folder = Path(config.output_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".haven-write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as err:
        raise ConfigError(f"cannot write to --output {folder} ({err.strerror}): choose a writable folder") from err
    return folder


@dataclass
class LoopState:
    """What a checkpoint stores to resume exactly."""

    step: int = 0
    best_step: int = 0
    best_loss: float = float("inf")
    tokens: int = 0
    seconds: float = 0.0
    history: list | None = None


def save_checkpoint(model, optimizer, scheduler, state: LoopState, folder: Path) -> None:
    """Adapter, optimizer, scheduler and loop state, written to a temp folder then swapped in."""
    import torch

    target = folder / CHECKPOINT_DIR
    staging = folder / (CHECKPOINT_DIR + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    save_adapter(model, staging)
    torch.save(
        {"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(), "state": state.__dict__,
         "rng": torch.get_rng_state(), "py_rng": random.getstate()},
        staging / TRAINER_STATE,
    )
    # A readable copy of the loop state, for people and tools that do not load torch files.
    (staging / "trainer_state.json").write_text(json.dumps(state.__dict__, indent=1))
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)


def load_checkpoint(model, optimizer, scheduler, folder: Path) -> LoopState | None:
    """Restore a checkpoint written by `save_checkpoint`, if there is one."""
    import torch
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    target = folder / CHECKPOINT_DIR
    if not (target / TRAINER_STATE).exists():
        return None
    set_peft_model_state_dict(model, load_file(str(target / "adapter_model.safetensors")))
    saved = torch.load(target / TRAINER_STATE, weights_only=False)
    optimizer.load_state_dict(saved["optimizer"])
    scheduler.load_state_dict(saved["scheduler"])
    torch.set_rng_state(saved["rng"])
    random.setstate(saved["py_rng"])
    return LoopState(**saved["state"])


def run_steps(model, loaded: LoadedModel, train_tok, val_tok, config, folder, progress, state, optimizer, scheduler):
    """The optimisation loop from `state.step` to `config.max_steps`."""
    device, pad_id = loaded.device, loaded.tokenizer.pad_token_id
    lengths = [len(t) for t in train_tok]
    batches = iterate_batches(lengths, config.batch_size, config.seed, config.group_by_length,
                              start_batch=state.step * config.grad_accum)
    model.train()
    while state.step < config.max_steps:
        started = time.perf_counter()
        micro = [collate([train_tok[i] for i in next(batches)], pad_id) for _ in range(config.grad_accum)]
        step_tokens = sum(int((b["labels"][:, 1:] != -100).sum()) for b in micro)
        step_loss = 0.0
        for batch in micro:
            batch = {k: v.to(device) for k, v in batch.items()}
            parts = reply_token_loss(model, batch["input_ids"], batch["attention_mask"], batch["labels"])
            (parts.total / max(step_tokens, 1)).backward()
            step_loss += float(parts.total.detach())
            state.tokens += int(batch["attention_mask"].sum())
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        state.step += 1
        state.seconds += time.perf_counter() - started
        entry = {"step": state.step, "train_loss": round(step_loss / max(step_tokens, 1), 4),
                 "lr": scheduler.get_last_lr()[0]}
        progress(TrainEvent("train", state.step, config.max_steps, entry["train_loss"]))
        if state.step % config.eval_every == 0 or state.step == config.max_steps:
            result = evaluate_loss(model, val_tok, pad_id, config.batch_size)
            entry["eval_loss"] = round(result.loss, 4)
            progress(TrainEvent("evaluate", state.step, config.max_steps, result.loss, "held-out loss"))
            if result.loss < state.best_loss:
                state.best_loss, state.best_step = result.loss, state.step
                save_adapter(model, folder / "best")
            model.train()
        state.history.append(entry)
        if state.step % config.eval_every == 0 or state.step == config.max_steps:
            save_checkpoint(model, optimizer, scheduler, state, folder)


def restore_best(model, folder: Path) -> None:
    """Load the best adapter's weights back into the model."""
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    best = folder / "best" / "adapter_model.safetensors"
    if best.exists():
        set_peft_model_state_dict(model, load_file(str(best)))


@dataclass
class TrainResult:
    """The run card, and the trained model still in memory (base + best adapter)."""

    card: RunCard
    model: object
    loaded: LoadedModel


def train_lora(config: TrainConfig, progress: ProgressFn | None = None) -> TrainResult:
    """Fine-tune `config.model` with LoRA and write the adapter and run card to `config.output_dir`."""
    import torch

    progress = progress or (lambda event: None)
    folder = output_folder(config)
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    progress(TrainEvent("prepare", message=f"loading {config.model}"))
    loaded = load_model(config.model, Precision(config.precision))
    data = prepare_data(config.data, seed=config.seed, validation_fraction=config.validation_fraction,
                        accept_noncommercial=config.accept_noncommercial)
    train_ex, val_ex = select_examples(data, config)
    train_tok = tokenize_all(loaded.tokenizer, train_ex, config)
    val_tok = tokenize_all(loaded.tokenizer, val_ex, config)
    progress(TrainEvent("evaluate-base", message="held-out loss of the base model"))
    base = evaluate_loss(loaded.model, val_tok, loaded.tokenizer.pad_token_id, config.batch_size)
    targets = config.target_modules or loaded.spec.target_modules
    model = attach_lora(loaded.model, config, targets)
    optimizer, scheduler = make_optimizer(model, config)
    state = (load_checkpoint(model, optimizer, scheduler, folder) if config.resume else None) or LoopState(history=[])
    if config.resume and state.step:
        progress(TrainEvent("prepare", state.step, config.max_steps, message=f"resumed at step {state.step}"))
    run_steps(model, loaded, train_tok, val_tok, config, folder, progress, state, optimizer, scheduler)
    restore_best(model, folder)
    tuned = evaluate_loss(model, val_tok, loaded.tokenizer.pad_token_id, config.batch_size)
    save_adapter(model, folder)
    card = build_run_card(loaded, model, config, data, base, tuned, state)
    card.save(folder)
    shutil.rmtree(folder / "best", ignore_errors=True)
    progress(TrainEvent("done", state.step, config.max_steps, tuned.loss, str(folder)))
    return TrainResult(card=card, model=model, loaded=loaded)


def build_run_card(loaded, model, config, data, base: PerplexityResult, tuned: PerplexityResult, state: LoopState) -> RunCard:
    """Assemble the run card from everything the run knows."""
    trainable, total = count_parameters(model)
    bytes_per_weight = {Precision.FP32: 4, Precision.BF16: 2, Precision.INT8: 1}.get(loaded.precision, 0.5)
    full_mb, lora_mb = memory_estimates_mb(total, trainable, bytes_per_weight)
    spec = loaded.spec
    return RunCard(
        base_model=spec.name,
        base_model_source=str(loaded.resolved.gguf_path or loaded.resolved.folder or spec.hub_id),
        base_sha256=loaded.resolved.sha256 or "",
        architecture=spec.architecture,
        chat_template=loaded.tokenizer.chat_template,
        system_prompt=system_prompt_of(config),
        config=config.to_dict(),
        precision=loaded.precision.value,
        device=loaded.device,
        world_size=1,
        effective_batch=config.effective_batch,
        trainable_params=trainable,
        total_params=total,
        trainable_pct=round(100 * trainable / total, 4),
        peak_memory_mb=peak_memory_mb(loaded.device),
        full_finetune_memory_mb=full_mb,
        lora_memory_mb=lora_mb,
        train_seconds=round(state.seconds, 1),
        tokens_trained=state.tokens,
        steps=state.step,
        best_step=state.best_step,
        data=data.card,
        eval={
            EvalKey.BASE_LOSS: round(base.loss, 5),
            EvalKey.BASE_PERPLEXITY: round(base.perplexity, 4),
            EvalKey.TUNED_LOSS: round(tuned.loss, 5),
            EvalKey.TUNED_PERPLEXITY: round(tuned.perplexity, 4),
            EvalKey.EXAMPLES: tuned.examples,
            EvalKey.TOKENS: tuned.tokens,
        },
        history=state.history,
        haven_version=__version__,
        created_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
