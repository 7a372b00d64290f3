"""`haven demo`'s workflow (haven.workflow): typed steps, training handed in, nothing printed."""

from __future__ import annotations

import pytest

from haven.errors import ConfigError
from haven.workflow import AdaptersReady, DemoConfig, TrainingStarted, run_demo


def test_a_model_without_an_adapter_is_trained_with_the_profile(tmp_path):
    trained = []

    def train(config):
        trained.append(config)
        return f"card of {config.model}"

    config = DemoConfig(models=("smollm2-135m",), runs=tmp_path / "runs", output=tmp_path / "report", profile="smoke")
    steps = run_demo(config, train=train)
    started = next(steps)
    assert started == TrainingStarted("smollm2-135m", tmp_path / "runs" / "smollm2-135m", "smoke")
    assert not trained, "nothing is trained before the front door has shown the step"
    assert next(steps) == AdaptersReady({"smollm2-135m": "card of smollm2-135m"})
    steps.close()  # the replies and the comparison need real models: not here
    (train_config,) = trained
    assert train_config.model == "smollm2-135m" and train_config.output_dir == str(tmp_path / "runs" / "smollm2-135m")
    assert train_config.profile == "smoke"


def test_the_demo_compares_every_model_on_its_prompts_with_empathy(tmp_path):
    config = DemoConfig(models=("smollm2-135m", "gemma3-270m"), runs=tmp_path, prompts=30)
    compare = config.compare_config()
    assert compare.models == ("smollm2-135m", "gemma3-270m") and compare.runs == str(tmp_path)
    assert compare.heldout_prompts == 30 and compare.accept_epitome_license is True
    assert DemoConfig().prompts == 100


@pytest.mark.parametrize("fields, flag", [({"models": ()}, "--models"), ({"prompts": 0}, "--prompts")])
def test_a_bad_option_names_its_flag(fields, flag):
    with pytest.raises(ConfigError, match=flag):
        DemoConfig(**fields)
