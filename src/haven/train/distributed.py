"""Data-parallel LoRA training through Hugging Face Accelerate.

`accelerate launch --config_file configs/accelerate/ddp.yaml -m haven train ...` starts
one process per device; each builds the same model and the same batch stream (same
seed), takes its own share of every optimizer step's micro-batches, and the prepared
module (DDP, FSDP or DeepSpeed, as the config file says) averages the LoRA gradients.
Each process scales its loss by world_size / (reply tokens of the whole step), so the
averaged gradient is exactly the single-process gradient of the same effective batch.

A plain `haven train` (no WORLD_SIZE in the environment) never imports accelerate.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from haven.errors import ConfigError

WORLD_SIZE_ENV = "WORLD_SIZE"
RANK_ENV = "RANK"
DEEPSPEED = "DEEPSPEED"
SHARDED_STRATEGIES = ("FSDP", DEEPSPEED)


@dataclass
class Distributed:
    """Who this process is in the run: world size, rank, and the Accelerator when there is one."""

    world_size: int = 1
    rank: int = 0
    accelerator: object | None = None

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def active(self) -> bool:
        return self.accelerator is not None

    @property
    def strategy(self) -> str:
        """Accelerate's distributed type (NO, MULTI_CPU, MULTI_GPU, FSDP, DEEPSPEED, ...)."""
        return self.accelerator.distributed_type.value if self.active else "NO"

    def prepare(self, module, optimizer, grad_accum: int = 1):
        """Wrap the loss module and optimizer for the configured strategy (DDP/FSDP/DeepSpeed)."""
        if not self.active:
            return module, optimizer
        if self.strategy == DEEPSPEED and grad_accum > 1:
            raise ConfigError(
                f"--grad-accum is {grad_accum}; DeepSpeed steps after every backward, so use --grad-accum 1 "
                "and grow the effective batch with --batch-size and more processes"
            )
        return self.accelerator.prepare(module, optimizer)

    def backward(self, loss) -> None:
        if self.active:
            self.accelerator.backward(loss)
        else:
            loss.backward()

    def sum(self, values: list[float]) -> list[float]:
        """Element-wise sum of `values` over all processes (the values themselves on one)."""
        if not self.active:
            return values
        import torch

        tensor = torch.tensor(values, dtype=torch.float64, device=self.accelerator.device)
        return [float(v) for v in self.accelerator.reduce(tensor, reduction="sum")]

    def wait(self) -> None:
        """Barrier: every process reaches this point before any goes on."""
        if self.active:
            self.accelerator.wait_for_everyone()

    def unwrap(self, module):
        return self.accelerator.unwrap_model(module) if self.active else module


def distributed_from_environment() -> Distributed:
    """A Distributed for this process: an Accelerator when launched with more than one process."""
    if int(os.environ.get(WORLD_SIZE_ENV, "1")) <= 1:
        return Distributed()
    import torch
    from accelerate import Accelerator

    # Without a GPU, Accelerate runs multi-process only when told it is on the CPU (gloo).
    accelerator = Accelerator(cpu=not torch.cuda.is_available())
    return Distributed(world_size=accelerator.num_processes, rank=accelerator.process_index, accelerator=accelerator)


def process_rank() -> int:
    """This process's rank as the launcher set it (0 when not launched distributed)."""
    return int(os.environ.get(RANK_ENV, "0"))


def shard(items: list, dist: Distributed) -> list:
    """This process's share of `items` (every world_size-th, from its rank)."""
    return items[dist.rank :: dist.world_size]
