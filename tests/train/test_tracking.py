"""Experiment tracking: off by default, TensorBoard event files, MLflow behind its extra."""

from __future__ import annotations

import pytest

from haven.deps import is_available
from haven.errors import ConfigError, MissingDependencyError
from haven.train.config import build_config
from haven.train.tracking import TENSORBOARD_DIR, NullTracker, flatten, open_tracker


def test_tracking_is_off_by_default(tmp_path):
    assert build_config("cpu").tracking == "none"
    assert isinstance(open_tracker("none", tmp_path, "run"), NullTracker)
    assert not list(tmp_path.iterdir())


def test_a_non_main_process_never_tracks(tmp_path):
    assert isinstance(open_tracker("tensorboard", tmp_path, "run", enabled=False), NullTracker)
    assert not (tmp_path / TENSORBOARD_DIR).exists()


@pytest.mark.skipif(not is_available("tensorboard"), reason="tensorboard (the `tracking` extra) is not installed")
def test_tensorboard_records_the_scalars(tmp_path):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    tracker = open_tracker("tensorboard", tmp_path, "run")
    tracker.log_params({"lora_r": 8, "data": {"seed": 42}})
    for step, loss in enumerate([3.0, 2.5, 2.2], start=1):
        tracker.log_metrics({"train/loss": loss}, step)
    tracker.close()
    events = EventAccumulator(str(tmp_path / TENSORBOARD_DIR))
    events.Reload()
    assert [(s.step, round(s.value, 3)) for s in events.Scalars("train/loss")] == [(1, 3.0), (2, 2.5), (3, 2.2)]


@pytest.mark.skipif(is_available("mlflow"), reason="mlflow is installed; this checks the message when it is not")
def test_mlflow_without_its_extra_names_it(tmp_path):
    with pytest.raises(MissingDependencyError, match="mlflow"):
        open_tracker("mlflow", tmp_path, "run")


def test_unknown_tracker_is_named(tmp_path):
    with pytest.raises(ConfigError, match="--tracking"):
        open_tracker("wandb", tmp_path, "run")


def test_nested_params_are_flattened():
    assert flatten({"a": 1, "b": {"c": 2, "d": {"e": 3}}}) == {"a": 1, "b.c": 2, "b.d.e": 3}
