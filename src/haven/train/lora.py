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
import os
import random
import resource
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from haven import __version__
from haven.data.format import IGNORE_INDEX, TokenizedExample
from haven.errors import ConfigError
from haven.models.load import LoadedModel, load_model
from haven.models.precision import Precision, bf16_autocast_default
from haven.train.adapter import ADAPTER_WEIGHTS, save_adapter
from haven.train.batching import collate, collate_packed, iterate_batches
from haven.train.card import EvalKey, RunCard, memory_estimates_mb
from haven.train.config import TrainConfig
from haven.train.distributed import SHARDED_STRATEGIES, Distributed, distributed_from_environment, shard
from haven.train.heldout import (  # noqa: F401 - select_examples, tokenize_all, system_prompt_of: public here too
    PerplexityResult,
    evaluate_loss,
    prepare_split,
    select_examples,
    system_prompt_of,
    tokenize_all,
)
from haven.train.loss import causal_lm_of, reply_token_loss
from haven.train.tracking import open_tracker

log = logging.getLogger(__name__)

CHECKPOINT_DIR = "checkpoint-last"
TRAINER_STATE = "trainer_state.pt"
TRAIN_PREFIX, EVAL_PREFIX = "train/", "eval/"


@dataclass
class TrainEvent:
    """A progress report from the loop, for the CLI's progress bar or the dashboard."""

    phase: str  # "prepare", "evaluate-base", "train", "evaluate", "done"
    step: int = 0
    total: int = 0
    loss: float | None = None
    message: str = ""


ProgressFn = Callable[[TrainEvent], None]


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


def prepare_base(loaded: LoadedModel, config: TrainConfig):
    """Get the frozen base ready for LoRA: k-bit preparation (QLoRA) and gradient checkpointing.

    For 8-bit and 4-bit bases PEFT's `prepare_model_for_kbit_training` keeps layer norms in
    fp32 and makes the input embeddings' output require gradients, as QLoRA (Dettmers et
    al., 2023, arXiv:2305.14314) does; checkpointing then trades recomputation for memory.
    """
    model = loaded.model
    checkpointing = {"use_reentrant": False}
    if loaded.precision in (Precision.INT8, Precision.NF4):
        from peft import prepare_model_for_kbit_training

        return prepare_model_for_kbit_training(model, use_gradient_checkpointing=config.gradient_checkpointing,
                                               gradient_checkpointing_kwargs=checkpointing)
    if config.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs=checkpointing)
    return model


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
        probe = folder / f".haven-write-test-{os.getpid()}"
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
    set_peft_model_state_dict(model, load_file(str(target / ADAPTER_WEIGHTS)))
    saved = torch.load(target / TRAINER_STATE, weights_only=False)
    optimizer.load_state_dict(saved["optimizer"])
    scheduler.load_state_dict(saved["scheduler"])
    torch.set_rng_state(saved["rng"])
    random.setstate(saved["py_rng"])
    return LoopState(**saved["state"])


def use_bf16_autocast(config: TrainConfig, loaded: LoadedModel) -> bool:
    """Whether micro-batches run under bf16 autocast (`auto`: fp32 weights on a CPU with native bf16)."""
    if config.autocast == "off":
        return False
    if config.autocast == "bf16":
        return True
    return bf16_autocast_default(loaded.device, loaded.precision)


def idle_cores(cores: int) -> int:
    """Cores not already busy (by the 1-minute load average), at least 1 and at most `cores`."""
    try:
        busy = os.getloadavg()[0]
    except OSError:
        return cores
    return max(1, min(cores, round(cores - busy)))


def apply_threads(config: TrainConfig) -> int:
    """Set torch's intra-op threads: the config's count, or (0) torch's default of one per physical core.

    On a CPU shared with other work, OpenMP threads that outnumber the free cores wait
    on each other at every barrier (the training benchmark measured one thread running
    several times faster than two on a busy 2-core machine): pass ``--threads`` there.
    The default does not guess from the load average, which still counts a run that
    has just finished in this same process (`make demo` trains two models in a row).
    """
    import torch

    threads = config.threads or torch.get_num_threads()
    torch.set_num_threads(threads)
    return threads


def collate_micro(examples: list[TokenizedExample], pad_id: int, packing: bool) -> dict:
    """A micro-batch as tensors: packed rows, or right-padded rows when packing is off."""
    return collate_packed(examples, pad_id) if packing else collate(examples, pad_id)


def reply_loss_module(model):
    """`model` inside a module whose forward is the summed reply-token loss.

    DDP, FSDP and DeepSpeed synchronise through the forward of the module they wrap, so
    the loss (which calls the decoder directly to skip the full logits) lives in one.
    """
    import torch

    class ReplyLoss(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.model = inner
            # FSDP's transformer auto-wrap reads the decoder-layer class names from here.
            self._no_split_modules = getattr(causal_lm_of(inner), "_no_split_modules", None)

        def forward(self, input_ids, labels, attention_mask=None, position_ids=None):
            return reply_token_loss(self.model, input_ids, attention_mask, labels, position_ids=position_ids).total

    return ReplyLoss(model)


def micro_batch_loss(loss_module, batch: dict, device, autocast: bool = False):
    """Summed reply-token loss (a scalar tensor) of one collated micro-batch."""
    import contextlib

    import torch

    device = torch.device(device)
    batch = {k: v.to(device) for k, v in batch.items()}
    context = torch.autocast(device_type=device.type, dtype=torch.bfloat16) if autocast else contextlib.nullcontext()
    with context:
        return loss_module(**batch)


def target_tokens(example: TokenizedExample) -> int:
    """Tokens the shifted loss predicts: labelled positions after the first (nothing predicts the first)."""
    return example.reply_tokens - (example.labels[0] != IGNORE_INDEX)


def train_step(loss_module, micro: list[list[TokenizedExample]], pad_id: int, config: TrainConfig, device,
               autocast: bool = False, dist: Distributed | None = None, step_tokens: int = 0) -> tuple[float, int]:
    """Forward and backward over this process's micro-batches of one optimizer step.

    Each loss is divided by the reply tokens of the whole step (`step_tokens`, over every
    process; by default those of `micro`) and multiplied by the world size, which the
    gradient averaging across processes divides out again. Returns (this process's share
    of the step's mean loss, real tokens seen); the caller steps the optimizer.
    """
    dist = dist or Distributed()
    step_tokens = max(step_tokens or sum(target_tokens(e) for batch in micro for e in batch), 1)
    step_loss, seen = 0.0, 0
    for examples in micro:
        loss = micro_batch_loss(loss_module, collate_micro(examples, pad_id, config.packing), device, autocast)
        dist.backward(loss * (dist.world_size / step_tokens))
        step_loss += float(loss.detach())
        seen += sum(len(e) for e in examples)
    return step_loss / step_tokens, seen


def evaluate_sharded(loss_module, examples, pad_id: int, batch_size: int, device, dist: Distributed) -> PerplexityResult:
    """Held-out loss with the examples split across processes and the sums reduced over them."""
    import torch

    order = sorted(shard(examples, dist), key=len)
    total, tokens = 0.0, 0
    was_training = loss_module.training
    loss_module.eval()
    with torch.no_grad():
        for start in range(0, len(order), batch_size):
            chunk = order[start : start + batch_size]
            total += float(micro_batch_loss(loss_module, collate(chunk, pad_id), device))
            tokens += sum(target_tokens(e) for e in chunk)
    loss_module.train(was_training)
    total, tokens = dist.sum([total, float(tokens)])
    return PerplexityResult.from_sums(total, tokens, len(examples))


@dataclass
class Run:
    """What the loop works with: the model and its (prepared) loss module, the optimiser, where to write."""

    model: object
    loss_module: object
    loaded: LoadedModel
    config: TrainConfig
    folder: Path
    optimizer: object
    scheduler: object
    dist: Distributed
    tracker: object
    progress: ProgressFn

    @property
    def device(self):
        return self.dist.accelerator.device if self.dist.active else self.loaded.device

    @property
    def pad_id(self) -> int:
        return self.loaded.tokenizer.pad_token_id

    def evaluate(self, examples) -> PerplexityResult:
        if not self.dist.active:
            return evaluate_loss(self.model, examples, self.pad_id, self.config.batch_size)
        return evaluate_sharded(self.loss_module, examples, self.pad_id, self.config.batch_size, self.device, self.dist)

    def save_adapter(self, folder: Path) -> None:
        """Write the adapter from the main process (gathering sharded weights first when sharded)."""
        if not self.dist.active:
            save_adapter(self.model, folder)
            return
        state = self.dist.accelerator.get_state_dict(self.loss_module)  # every process takes part
        if self.dist.is_main:
            weights = {key.removeprefix("model."): value for key, value in state.items()}
            Path(folder).mkdir(parents=True, exist_ok=True)
            self.model.save_pretrained(str(folder), state_dict=weights, save_embedding_layers=False)
        self.dist.wait()


def step_micro_batches(batches, train_tok, config: TrainConfig, dist: Distributed):
    """The step's micro-batches over all processes, and this process's share of them."""
    every = [[train_tok[i] for i in next(batches)] for _ in range(config.grad_accum * dist.world_size)]
    return every, shard(every, dist)


def evaluate_and_keep_best(run: Run, val_tok, state: LoopState, entry: dict) -> PerplexityResult:
    """Held-out loss now; the adapter is kept in `best/` when it is the lowest so far."""
    result = run.evaluate(val_tok)
    entry["eval_loss"] = round(result.loss, 4)
    run.progress(TrainEvent("evaluate", state.step, run.config.max_steps, result.loss, "held-out loss"))
    if result.loss < state.best_loss:
        state.best_loss, state.best_step = result.loss, state.step
        run.save_adapter(run.folder / "best")
    run.loss_module.train()
    return result


def tracked_metrics(entry: dict) -> dict[str, float]:
    """A history entry under the trackers' names (train/loss, train/lr, eval/loss)."""
    metrics = {TRAIN_PREFIX + "loss": entry["train_loss"], TRAIN_PREFIX + "lr": entry["lr"]}
    if "eval_loss" in entry:
        metrics[EVAL_PREFIX + "loss"] = entry["eval_loss"]
    return metrics


def run_steps(run: Run, train_tok, val_tok, state: LoopState) -> PerplexityResult | None:
    """The optimisation loop from `state.step` to `config.max_steps`; returns the last evaluation."""
    config, dist = run.config, run.dist
    autocast = use_bf16_autocast(config, run.loaded)
    batches = iterate_batches([len(t) for t in train_tok], config.batch_size, config.seed, config.group_by_length,
                              start_batch=state.step * config.grad_accum * dist.world_size)
    run.loss_module.train()
    last = None
    while state.step < config.max_steps:
        started = time.perf_counter()
        every, mine = step_micro_batches(batches, train_tok, config, dist)
        step_tokens = sum(target_tokens(e) for batch in every for e in batch)
        loss, seen = train_step(run.loss_module, mine, run.pad_id, config, run.device, autocast, dist, step_tokens)
        loss, seen = dist.sum([loss, float(seen)])
        run.optimizer.step()
        run.scheduler.step()
        run.optimizer.zero_grad(set_to_none=True)
        state.step += 1
        state.tokens += int(seen)
        state.seconds += time.perf_counter() - started
        entry = {"step": state.step, "train_loss": round(loss, 4), "lr": run.scheduler.get_last_lr()[0]}
        run.progress(TrainEvent("train", state.step, config.max_steps, entry["train_loss"]))
        checkpoint = state.step % config.eval_every == 0 or state.step == config.max_steps
        if checkpoint:
            last = evaluate_and_keep_best(run, val_tok, state, entry)
        state.history.append(entry)
        run.tracker.log_metrics(tracked_metrics(entry), state.step)
        if checkpoint and dist.is_main:
            save_checkpoint(run.model, run.optimizer, run.scheduler, state, run.folder)
        dist.wait()
    return last


def restore_best(model, folder: Path) -> None:
    """Load the best adapter's weights back into the model."""
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    best = folder / "best" / ADAPTER_WEIGHTS
    if best.exists():
        set_peft_model_state_dict(model, load_file(str(best)))


@dataclass
class TrainResult:
    """The run card, and the trained model still in memory (base + best adapter)."""

    card: RunCard
    model: object
    loaded: LoadedModel


def load_inputs(config: TrainConfig, progress: ProgressFn, empathy=None):
    """The model, the prepared data and the tokenized training and held-out examples (`empathy`: see
    :func:`haven.train.heldout.select_examples`)."""
    progress(TrainEvent("prepare", message=f"loading {config.model}"))
    loaded = load_model(config.model, Precision(config.precision))
    data = prepare_split(config)
    if config.min_empathy:
        progress(TrainEvent("prepare", message=f"scoring answers' empathy (keeping totals >= {config.min_empathy})"))
    train_ex, val_ex = select_examples(data, config, empathy)
    return loaded, data, tokenize_all(loaded.tokenizer, train_ex, config), tokenize_all(loaded.tokenizer, val_ex, config)


def start_run(config: TrainConfig, loaded: LoadedModel, folder: Path, dist: Distributed, progress: ProgressFn) -> Run:
    """LoRA on the prepared base, the optimiser, the loss module prepared for the strategy, the tracker."""
    targets = config.target_modules or loaded.spec.target_modules
    model = attach_lora(prepare_base(loaded, config), config, targets)
    optimizer, scheduler = make_optimizer(model, config)
    loss_module, optimizer = dist.prepare(reply_loss_module(model), optimizer, config.grad_accum)
    tracker = open_tracker(config.tracking, folder, folder.name, enabled=dist.is_main)
    tracker.log_params(config.to_dict() | {"world_size": dist.world_size})
    return Run(model, loss_module, loaded, config, folder, optimizer, scheduler, dist, tracker, progress)


def train_lora(config: TrainConfig, progress: ProgressFn | None = None, empathy=None) -> TrainResult:
    """Fine-tune `config.model` with LoRA and write the adapter and run card to `config.output_dir`.

    `empathy` scores answers for ``config.min_empathy`` (:data:`haven.data.curate.EmpathyTotals`; the
    caller builds it with :func:`haven.evaluate.empathy.curation_scorer`, training does not load scorers).

    Under `accelerate launch` (or torchrun) with several processes this is one
    data-parallel worker; only the main process reports progress and writes files.
    """
    import torch

    dist = distributed_from_environment()
    if config.resume and dist.strategy in SHARDED_STRATEGIES:
        raise ConfigError(f"--resume is not supported under {dist.strategy} (its optimizer state is sharded); "
                          "use DDP (configs/accelerate/ddp.yaml) or start a fresh run")
    progress = (progress or (lambda event: None)) if dist.is_main else (lambda event: None)
    folder = output_folder(config)
    apply_threads(config)
    random.seed(config.seed)
    torch.manual_seed(config.seed)
    loaded, data, train_tok, val_tok = load_inputs(config, progress, empathy)
    progress(TrainEvent("evaluate-base", message="held-out loss of the base model"))
    base_loss = reply_loss_module(loaded.model)
    base = (evaluate_sharded(base_loss, val_tok, loaded.tokenizer.pad_token_id, config.batch_size, loaded.device, dist)
            if dist.active else evaluate_loss(loaded.model, val_tok, loaded.tokenizer.pad_token_id, config.batch_size))
    run = start_run(config, loaded, folder, dist, progress)
    state = (load_checkpoint(run.model, run.optimizer, run.scheduler, folder) if config.resume else None) or LoopState(history=[])
    if config.resume and state.step:
        progress(TrainEvent("prepare", state.step, config.max_steps, message=f"resumed at step {state.step}"))
    last = run_steps(run, train_tok, val_tok, state)
    if last is not None and state.best_step == state.step:
        tuned = last  # the last step is the best: its evaluation is the final one
    else:
        restore_best(run.model, folder)
        tuned = run.evaluate(val_tok)
    run.save_adapter(folder)
    card = build_run_card(loaded, run.model, config, data, base, tuned, state, dist.world_size)
    if dist.is_main:
        card.save(folder)
        shutil.rmtree(folder / "best", ignore_errors=True)
    run.tracker.log_metrics({EVAL_PREFIX + k: v for k, v in card.eval.items()}, state.step)
    run.tracker.close()
    progress(TrainEvent("done", state.step, config.max_steps, tuned.loss, str(folder)))
    return TrainResult(card=card, model=run.model, loaded=loaded)


def build_run_card(loaded, model, config, data, base: PerplexityResult, tuned: PerplexityResult, state: LoopState,
                   world_size: int = 1) -> RunCard:
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
        compute_dtype="bf16" if use_bf16_autocast(config, loaded) or loaded.precision is Precision.BF16 else "fp32",
        device=loaded.device,
        world_size=world_size,
        effective_batch=config.effective_batch * world_size,
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
