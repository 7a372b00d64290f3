"""Every environment variable in :mod:`haven.paths` is honoured by every verb that uses its folder.

Each test sets one variable and checks the verbs (through the CLI where the verb is cheap
to stop early, through the library call the verb makes otherwise) look where it says.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from haven import cli
from haven.errors import DataError

runner = CliRunner()


@pytest.fixture
def captured(monkeypatch):
    """`haven compare` and `haven demo` stopped at the comparison, with what they asked for."""
    seen: dict = {}

    def fake_compare(config, output):
        seen.update(config=config, output=Path(output))

    monkeypatch.setattr(cli, "run_compare", fake_compare)
    return seen


def test_runs_dir_is_honoured_by_compare_demo_train_and_the_dashboard(tmp_path, monkeypatch, captured):
    runs = tmp_path / "my-runs"
    monkeypatch.setenv("HAVEN_RUNS_DIR", str(runs))
    assert runner.invoke(cli.app, ["compare", "--models", "smollm2-135m"]).exit_code == 0
    assert captured["config"].runs == str(runs)

    trained = []
    monkeypatch.setattr(cli, "run_training", lambda config: trained.append(config.output_dir) or _stop())
    result = runner.invoke(cli.app, ["demo", "--models", "smollm2-135m"])
    assert isinstance(result.exception, _Stop) and trained == [str(runs / "smollm2-135m")]
    result = runner.invoke(cli.app, ["train", "--profile", "smoke"])
    assert isinstance(result.exception, _Stop) and trained[-1] == str(runs / "smollm2-135m")

    from haven.evaluate.compare import CompareConfig

    assert CompareConfig().runs == str(runs)  # the library default, as the dashboard's runs_dir()


def test_report_dir_is_honoured_by_compare_and_demo(tmp_path, monkeypatch, captured):
    report = tmp_path / "my-report"
    monkeypatch.setenv("HAVEN_REPORT_DIR", str(report))
    assert runner.invoke(cli.app, ["compare", "--models", "smollm2-135m"]).exit_code == 0
    assert captured["output"] == report
    demos = []
    monkeypatch.setattr("haven.workflow.run_demo", lambda config, **hooks: demos.append(config) or iter(()))  # no steps
    assert runner.invoke(cli.app, ["demo", "--models", "smollm2-135m"]).exit_code == 0
    assert demos[0].output == report


def test_home_holds_the_deployer_safety_file_every_verb_reads(tmp_path, monkeypatch):
    monkeypatch.setenv("HAVEN_HOME", str(tmp_path))
    (tmp_path / "safety.toml").write_text('locale = "GB"\n')
    result = runner.invoke(cli.app, ["chat", "--model", str(tmp_path / "none.gguf"), "--once", "I had a rough day"])
    assert result.exit_code == cli.EXIT_NO_MODEL and "Crisis lines for GB:" in result.stdout
    assessed = runner.invoke(cli.app, ["assess", "I am going to kill myself tonight"])
    assert "116 123" in json.dumps(json.loads(assessed.stdout), ensure_ascii=False)

    from haven.store import default_db_path

    assert default_db_path().parent == tmp_path


def test_cache_dir_holds_converted_models_and_cached_replies(tmp_path, monkeypatch):
    monkeypatch.setenv("HAVEN_CACHE_DIR", str(tmp_path))
    from haven.evaluate.replies import reply_cache_path
    from haven.models.load import converted_dir
    from haven.models.resolve import resolve_model

    assert reply_cache_path("k").is_relative_to(tmp_path)
    monkeypatch.setenv("HAVEN_CACHE_DIR", str(tmp_path / "elsewhere"))
    assert reply_cache_path("k").is_relative_to(tmp_path / "elsewhere")
    monkeypatch.setenv("HAVEN_CACHE_DIR", str(tmp_path))
    assert converted_dir(resolve_model("smollm2-135m")).is_relative_to(tmp_path)


def test_data_dir_is_where_train_evaluate_and_compare_read_the_split(tmp_path, monkeypatch):
    from haven.train.config import TrainConfig
    from haven.train.heldout import prepare_split

    monkeypatch.setenv("HAVEN_DATA_DIR", str(tmp_path / "no-such-folder"))
    with pytest.raises(DataError, match="HAVEN_DATA_DIR=.*no-such-folder is not a folder"):
        prepare_split(TrainConfig())  # the one door to the split for train, evaluate and compare


class _Stop(Exception):
    """Stops a verb once it has shown what it would do."""


def _stop():
    raise _Stop
