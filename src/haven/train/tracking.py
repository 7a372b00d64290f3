"""Experiment tracking: a run's metrics to TensorBoard or MLflow, switched by one option.

Off by default (`--tracking none`). TensorBoard event files go to ``OUTPUT/tensorboard``
(`tensorboard --logdir runs`); MLflow logs to whatever `MLFLOW_TRACKING_URI` names
(a local ``mlruns`` folder by default). Only the main process of a distributed run
tracks. The run card stays the record of truth; trackers are for watching and comparing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from haven.deps import require
from haven.errors import ConfigError

NONE, TENSORBOARD, MLFLOW = "none", "tensorboard", "mlflow"
TENSORBOARD_DIR = "tensorboard"


class Tracker(Protocol):
    """Where training metrics go."""

    def log_params(self, params: dict) -> None: ...

    def log_metrics(self, metrics: dict[str, float], step: int) -> None: ...

    def close(self) -> None: ...


class NullTracker:
    """Tracking off: every call does nothing."""

    def log_params(self, params: dict) -> None:
        pass

    def log_metrics(self, metrics: dict[str, float], step: int) -> None:
        pass

    def close(self) -> None:
        pass


class TensorBoardTracker:
    """Scalars per optimizer step, and the resolved config as text."""

    def __init__(self, folder: Path):
        require("tensorboard")
        from torch.utils.tensorboard import SummaryWriter

        self.folder = Path(folder) / TENSORBOARD_DIR
        self.writer = SummaryWriter(log_dir=str(self.folder))

    def log_params(self, params: dict) -> None:
        rows = "\n".join(f"| {key} | {value} |" for key, value in sorted(flatten(params).items()))
        self.writer.add_text("config", "| field | value |\n|---|---|\n" + rows, 0)

    def log_metrics(self, metrics: dict[str, float], step: int) -> None:
        for name, value in metrics.items():
            self.writer.add_scalar(name, value, step)

    def close(self) -> None:
        self.writer.close()


class MlflowTracker:
    """An MLflow run named after the output folder; params flattened, metrics per step."""

    def __init__(self, run_name: str):
        require("mlflow")
        import mlflow

        self.mlflow = mlflow
        self.run = mlflow.start_run(run_name=run_name)

    def log_params(self, params: dict) -> None:
        self.mlflow.log_params({k: str(v)[:500] for k, v in flatten(params).items()})

    def log_metrics(self, metrics: dict[str, float], step: int) -> None:
        self.mlflow.log_metrics(metrics, step=step)

    def close(self) -> None:
        self.mlflow.end_run()


def flatten(params: dict, prefix: str = "") -> dict:
    """Nested dicts as one level of dotted keys (both trackers take flat parameters)."""
    out = {}
    for key, value in params.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = value
    return out


def open_tracker(kind: str, folder: Path, run_name: str, enabled: bool = True) -> Tracker:
    """The tracker `kind` names; a NullTracker when off or on a non-main process."""
    if kind == NONE or not enabled:
        return NullTracker()
    if kind == TENSORBOARD:
        return TensorBoardTracker(folder)
    if kind == MLFLOW:
        return MlflowTracker(run_name)
    raise ConfigError(f"--tracking is {kind!r}; choose {NONE}, {TENSORBOARD} or {MLFLOW}")
