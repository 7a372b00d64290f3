"""The terminal a person meets: names suggested, folders named exactly, replies wrapped between words, the catalog whole."""

from __future__ import annotations

import os
import subprocess
import sys

from rich.console import Console
from typer.testing import CliRunner

from haven.cli import WordWrapper, app, models_table, reply_figures
from haven.models.catalog import list_models
from haven.models.resolve import suggest_models

runner = CliRunner()


def test_a_near_miss_model_name_is_answered_with_did_you_mean_and_no_chat():
    result = subprocess.run([sys.executable, "-m", "haven", "chat", "--model", "smollm2", "--once", "hi"],
                            capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "200"})
    assert result.returncode == 2 and "did you mean 'smollm2-135m'?" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr  # no chat was opened, no fallback reply


def test_suggestions_cover_prefixes_and_typos():
    assert suggest_models("smollm2")[0] == "smollm2-135m"
    assert suggest_models("gemma3-207m")[0] == "gemma3-270m"
    assert suggest_models("completely-different") == []


def test_a_missing_adapter_folder_is_named_as_missing(tmp_path):
    missing = tmp_path / "runs" / "nothing-here"
    result = runner.invoke(app, ["chat", "--adapter", str(missing), "--once", "hi"], env={"COLUMNS": "300"})
    assert result.exit_code != 0
    message = str(result.exception)
    assert f"no adapter folder at {missing}" in message and "run_card.json" not in message


def test_streamed_text_breaks_between_words():
    written: list[str] = []
    wrapper = WordWrapper(written.append, width=20, column=7)
    for chunk in ("I hear ", "how heav", "y this fe", "els, and I'm glad", " you said it.\nTake your time."):
        wrapper.feed(chunk)
    wrapper.finish()
    lines = ("haven> " + "".join(written)).split("\n")
    words = "haven> I hear how heavy this feels, and I'm glad you said it. Take your time.".split()
    assert [w for line in lines for w in line.split()] == words  # every word whole, none lost
    assert all(len(line) <= 20 for line in lines), lines


def test_a_line_filled_exactly_still_breaks_before_the_next_word():
    written: list[str] = []
    wrapper = WordWrapper(written.append, width=10)
    wrapper.feed("abcde fghi jk")
    wrapper.finish()
    assert "".join(written) == "abcde fghi\njk"


def test_the_catalog_keeps_every_name_whole_at_80_columns():
    console = Console(width=80, record=True, color_system=None)
    console.print(models_table(list_models(), console.width))
    text = console.export_text()
    assert all(len(line) <= 80 for line in text.splitlines())
    assert all(spec.name in text for spec in list_models())
    assert "…" not in text


def test_a_crisis_reply_is_captioned_as_one_never_with_zero_speed():
    from haven.chat.engine import ChatSession, run_turn
    from haven.chat.fallback import ResourcesOnlyBackend

    turn = run_turn(ResourcesOnlyBackend(), ChatSession(), "I want to kill myself tonight, I have the pills ready.")
    assert reply_figures(turn).startswith("crisis response") and "tok" not in reply_figures(turn)


def test_a_long_steps_progress_in_a_log_is_one_line_per_stage_and_quarter(monkeypatch):
    """`make demo > log`: no live status line there, so the comparison's progress is written as timed lines, each
    stage once and its counter at each quarter (it printed nothing for minutes before)."""
    import io

    from rich.console import Console

    import haven.cli as cli

    log = io.StringIO()
    monkeypatch.setattr(cli, "err_console", Console(file=log, force_terminal=False, width=200))
    with cli.ProgressLine("comparing") as progress:
        progress.update("smollm2-135m (base, llama.cpp): loading")
        for done in range(1, 117):
            progress.update(f"smollm2-135m (base, llama.cpp): reply {done}/116 (16 decoded together)")
        progress.update("smollm2-135m (base): scoring similarity and empathy of 96 replies")
    lines = log.getvalue().splitlines()
    assert [line.split(" ", 1)[1] for line in lines] == [
        "comparing: smollm2-135m (base, llama.cpp): loading",
        "comparing: smollm2-135m (base, llama.cpp): reply 1/116 (16 decoded together)",
        "comparing: smollm2-135m (base, llama.cpp): reply 29/116 (16 decoded together)",
        "comparing: smollm2-135m (base, llama.cpp): reply 58/116 (16 decoded together)",
        "comparing: smollm2-135m (base, llama.cpp): reply 87/116 (16 decoded together)",
        "comparing: smollm2-135m (base, llama.cpp): reply 116/116 (16 decoded together)",
        "comparing: smollm2-135m (base): scoring similarity and empathy of 96 replies",
    ]
