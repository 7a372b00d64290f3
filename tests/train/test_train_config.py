"""Training configuration: profiles, overrides, config files and clear validation errors."""

from __future__ import annotations

import json

import pytest

from haven.errors import ConfigError
from haven.train.config import PROFILES, TrainConfig, build_config, config_from_dict


def test_reference_profile_is_the_plan():
    cfg = build_config("reference")
    assert (cfg.lora_r, cfg.lora_alpha, cfg.lora_dropout) == (8, 16, 0.05)
    assert (cfg.max_steps, cfg.batch_size, cfg.grad_accum, cfg.learning_rate) == (1000, 8, 4, 3e-4)
    assert cfg.eval_every == 200 and cfg.validation_fraction == 0.1 and cfg.effective_batch == 32


def test_cpu_and_smoke_profiles_are_shorter():
    assert build_config("cpu").max_steps < 100
    assert build_config("smoke").max_steps <= 2
    assert set(PROFILES) == {"reference", "laptop", "cpu", "gpu", "smoke"}


def test_laptop_profile_trains_on_curated_answers_with_bf16_where_the_cpu_has_it():
    cfg = build_config("laptop")
    assert cfg.autocast == "auto" and cfg.max_steps * cfg.effective_batch * cfg.max_length >= 150_000
    assert (cfg.min_answer_words, cfg.max_answer_words) == (60, 150)
    assert cfg.drop_referral_only and cfg.prefer_reflective and cfg.answers_per_question >= 1
    assert config_from_dict(cfg.to_dict()) == cfg, "every curation choice is in the run card's config"


@pytest.mark.parametrize("values,flag", [({"min_upvotes": -1}, "--min-upvotes"),
                                         ({"min_answer_words": 60, "max_answer_words": 20}, "--max-answer-words")])
def test_curation_fields_name_the_flag(values, flag):
    with pytest.raises(ConfigError, match=flag):
        TrainConfig(**values)


def test_gpu_profile_is_the_plan_in_qlora():
    cfg = build_config("gpu")
    assert (cfg.precision, cfg.gradient_checkpointing, cfg.max_steps, cfg.effective_batch) == ("nf4", True, 1000, 32)


@pytest.mark.parametrize("field,value,flag", [("threads", -1, "--threads"), ("autocast", "fp16", "--autocast"),
                                              ("tracking", "wandb", "--tracking")])
def test_new_switches_name_the_flag(field, value, flag):
    with pytest.raises(ConfigError, match=flag):
        TrainConfig(**{field: value})


def test_overrides_win_over_file_which_wins_over_profile(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"lora_r": 16, "max_steps": 50}))
    cfg = build_config("cpu", path, max_steps=7, batch_size=None)
    assert (cfg.lora_r, cfg.max_steps, cfg.batch_size) == (16, 7, PROFILES["cpu"]["batch_size"])


def test_toml_config_file(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('lora_alpha = 32\ntarget_modules = ["q_proj", "v_proj"]\n')
    cfg = build_config("smoke", path)
    assert cfg.lora_alpha == 32 and cfg.target_modules == ("q_proj", "v_proj")


def test_unknown_field_in_file_is_named(tmp_path):
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"lora_rank": 4}))
    with pytest.raises(ConfigError, match="lora_rank"):
        build_config("cpu", path)


@pytest.mark.parametrize("field,value,flag", [
    ("lora_r", 0, "--lora-r"), ("lora_dropout", 1.5, "--lora-dropout"), ("max_steps", 0, "--max-steps"),
    ("learning_rate", 3.0, "--learning-rate"), ("validation_fraction", 1.0, "--validation-fraction"),
    ("precision", "fp8", "--precision"), ("max_length", 8, "--max-length"),
])
def test_invalid_values_name_the_flag(field, value, flag):
    with pytest.raises(ConfigError, match=flag):
        TrainConfig(**{field: value})


def test_round_trip_through_a_run_card_dict():
    cfg = build_config("smoke", target_modules=("q_proj",))
    assert config_from_dict(cfg.to_dict()) == cfg
