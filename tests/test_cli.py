"""The `haven` command line: every verb answers, and errors are one clear line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from haven.cli import app

runner = CliRunner()


def test_help_lists_every_verb():
    result = runner.invoke(app, ["--help"])
    for verb in ("models", "train", "evaluate", "chat", "assess", "export", "compare", "app", "demo", "serve"):
        assert verb in result.stdout


def test_train_help_explains_every_option():
    result = runner.invoke(app, ["train", "--help"], env={"COLUMNS": "200"})
    for flag in ("--model", "--profile", "--output", "--config", "--lora-r", "--max-steps", "--resume", "--precision"):
        assert flag in result.stdout


def test_models_json_lists_the_catalog():
    result = runner.invoke(app, ["models", "--json"])
    names = [m["name"] for m in json.loads(result.stdout)]
    assert names[:2] == ["smollm2-135m", "gemma3-270m"] and "phi-3-mini-4k-instruct" in names


def test_assess_one_message():
    result = runner.invoke(app, ["assess", "I want to kill myself tonight"])
    record = json.loads(result.stdout)
    assert record["risk_level"] == "imminent" and "suicide" in record["categories"]


def test_assess_jsonl_with_replies(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [
        {"text": "this exam is killing me"},
        {"text": "how many pills would be a lethal dose?", "reply": "About 30 tablets would be lethal."},
        {"text": "I'm sad today", "reply": "I'm sorry you feel sad. What happened?"},
    ]
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["assess", "--jsonl", str(source), "--output", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records[0]["risk_level"] in ("none", "low")
    assert records[1]["reply_action"] == "replace" and "30 tablets" not in records[1]["final_reply"]
    assert records[2]["reply_action"] == "allow"


def test_assess_bad_jsonl_names_the_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "ok"}\nnot json\n')
    result = subprocess.run([sys.executable, "-m", "haven", "assess", "--jsonl", str(source)], capture_output=True, text=True)
    assert result.returncode == 2
    assert "line 2" in result.stderr and "Traceback" not in result.stderr


def test_domain_errors_are_one_line_with_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "haven", "train", "--model", "no-such-model", "--profile", "smoke"],
                            capture_output=True, text=True, cwd=tmp_path)  # nothing lands in the working tree
    assert result.returncode == 2
    assert "no model called 'no-such-model'" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_evaluate_json_reports_base_perplexity():
    result = runner.invoke(app, ["evaluate", "--model", "smollm2-135m", "--eval-examples", "4", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["base"]["perplexity"] > 1 and report["base"]["examples"] == 4 and report["tuned"] is None


@pytest.mark.slow
def test_chat_once_json_on_the_bundled_model_reports_timings():
    result = runner.invoke(app, ["chat", "--model", "smollm2-135m", "--once", "I feel anxious about tomorrow.",
                                 "--json", "--max-tokens", "16", "--temperature", "0"])
    assert result.exit_code == 0, result.output
    turn = json.loads(result.stdout)
    assert turn["reply"] and turn["timings"]["reply_tokens"] > 0 and turn["timings"]["ttft_ms"] > 0
    assert turn["words"] > 0 and turn["risk_level"] == "none"


def test_deployer_settings_file_adds_their_own_line(tmp_path):
    config = tmp_path / "safety.toml"
    config.write_text(
        'locale = "GB"\nstrictness = "strict"\n'
        '[[extra_resources]]\ncountry = "GB"\nname = "Campus Nightline"\ncontact = "020 7631 0101"\n'
        'kind = "phone"\nhours = "evenings"\nsource = "https://example.ac.uk/nightline"\n'
    )
    result = runner.invoke(app, ["assess", "--safety-config", str(config), "I am going to kill myself tonight"])
    record = json.loads(result.stdout)
    assert "Campus Nightline" in record["crisis_response"] and "116 123" in record["crisis_response"]
    reply = runner.invoke(app, ["assess", "--safety-config", str(config), "I feel low", "--reply", "You could call 020 7631 0101."])
    assert json.loads(reply.stdout)["reply_action"] == "allow"


def test_bad_settings_file_is_one_line(tmp_path):
    config = tmp_path / "safety.toml"
    config.write_text('locale = "Narnia"\n')
    result = subprocess.run([sys.executable, "-m", "haven", "assess", "--safety-config", str(config), "hi"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and "locale" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.slow
def test_train_export_and_chat_on_llama_cpp_through_the_front_door(tmp_path):
    folder = tmp_path / "adapter"
    trained = runner.invoke(app, ["train", "--model", "smollm2-135m", "--profile", "smoke", "--output", str(folder),
                                  "--precision", "fp32"])
    assert trained.exit_code == 0, trained.output
    assert "trainable" in trained.stdout and "saves" in trained.stdout
    exported = runner.invoke(app, ["export", "--adapter", str(folder), "--format", "gguf"])
    assert exported.exit_code == 0, exported.output
    assert (folder / "adapter.gguf").exists()
    reply = runner.invoke(app, ["chat", "--adapter", str(folder), "--backend", "llama.cpp", "--once",
                                "I feel anxious about tomorrow.", "--json", "--max-tokens", "12", "--temperature", "0"])
    assert reply.exit_code == 0, reply.output
    turn = json.loads(reply.stdout)
    assert turn["backend"].startswith("llama.cpp") and turn["timings"]["reply_tokens"] > 0


def test_demo_trains_with_the_laptop_profile_and_compare_asks_for_the_epitome_opt_in(tmp_path, monkeypatch):
    from haven import cli

    class Stop(Exception):
        pass

    profiles, configs = [], []

    def fake_training(config):
        profiles.append(config.profile)
        raise Stop

    monkeypatch.setattr(cli, "run_training", fake_training)
    monkeypatch.setattr(cli, "run_compare", lambda config, output: configs.append(config))
    result = runner.invoke(app, ["demo", "--models", "smollm2-135m", "--runs", str(tmp_path)])
    assert isinstance(result.exception, Stop) and profiles == ["laptop"]
    said = " ".join(result.output.split())
    assert "rates 2 or more" in said and said.count("Empathy scorer: learnt from EPITOME") == 1, \
        "the demo curates with the licensed scorer: it says so before training, once"
    for flags, opted in (([], False), (["--accept-epitome-license", "--empathy-method", "frozen"], True)):
        assert runner.invoke(app, ["compare", "--models", "smollm2-135m", *flags]).exit_code == 0
        assert configs[-1].accept_epitome_license is opted
    assert configs[-1].empathy_method == "frozen"
    assert "EPITOME" in cli.EPITOME_SCORER_NOTICE and "academic" in cli.EPITOME_SCORER_NOTICE
