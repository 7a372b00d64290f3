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

    config = DemoConfig(models=("smollm2-135m",), runs=tmp_path / "runs", output=tmp_path / "report", profile="smoke",
                        min_empathy=0)
    steps = run_demo(config, train=train)
    started = next(steps)
    assert started == TrainingStarted("smollm2-135m", tmp_path / "runs" / "smollm2-135m", "smoke", 0)
    assert not trained, "nothing is trained before the front door has shown the step"
    assert next(steps) == AdaptersReady({"smollm2-135m": "card of smollm2-135m"})
    steps.close()  # the replies and the comparison need real models: not here
    (train_config,) = trained
    assert train_config.model == "smollm2-135m" and train_config.output_dir == str(tmp_path / "runs" / "smollm2-135m")
    assert train_config.profile == "smoke"
    assert train_config.min_empathy == 0 and not train_config.accept_epitome_license


def test_the_demo_curates_by_the_empathy_scorer_by_default(tmp_path):
    trained = []
    config = DemoConfig(models=("gemma3-270m",), runs=tmp_path, profile="laptop")
    steps = run_demo(config, train=lambda c: trained.append(c) or "card")
    assert next(steps) == TrainingStarted("gemma3-270m", tmp_path / "gemma3-270m", "laptop", 2)
    next(steps)
    steps.close()
    (train_config,) = trained
    assert train_config.min_empathy == 2 and train_config.accept_epitome_license
    assert train_config.answers_per_question == 0, "every answer of a question that passes is kept"
    assert train_config.min_answer_words == 60, "the profile's own curation stays"


def test_the_demo_compares_every_model_on_its_prompts_with_empathy(tmp_path):
    config = DemoConfig(models=("smollm2-135m", "gemma3-270m"), runs=tmp_path, prompts=30)
    compare = config.compare_config()
    assert compare.models == ("smollm2-135m", "gemma3-270m") and compare.runs == str(tmp_path)
    assert compare.heldout_prompts == 30 and compare.accept_epitome_license is True
    assert DemoConfig().prompts == 100


@pytest.mark.parametrize("fields, flag", [({"models": ()}, "--models"), ({"prompts": 0}, "--prompts"),
                                          ({"min_empathy": 7}, "--min-empathy")])
def test_a_bad_option_names_its_flag(fields, flag):
    with pytest.raises(ConfigError, match=flag):
        DemoConfig(**fields)
