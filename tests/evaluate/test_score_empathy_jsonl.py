"""`haven score-empathy`: JSONL replies in, the three mechanism levels and their total out.

The file logic runs against a stand-in scorer (the contract: ``score(texts, contexts)``);
the real scorer's agreement is tested in test_empathy_epitome.py.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from haven.cli import app
from haven.errors import DataError
from haven.evaluate.empathy import EmpathyScore, score_jsonl

FIELDS = ("emotional_reactions", "interpretations", "explorations")


class AskingScorer:
    """Stand-in: explorations 2 when the reply asks, interpretations 1 when a context was given."""

    def __init__(self):
        self.calls = []

    def score(self, texts, contexts=None):
        self.calls.append((list(texts), list(contexts)))
        return [EmpathyScore({"emotional_reactions": 0, "interpretations": int(bool(c)),
                              "explorations": 2 if "?" in t else 0}, {}) for t, c in zip(texts, contexts)]


def write_lines(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + "\n", encoding="utf-8")
    return path


def test_every_record_gets_three_levels_and_a_total(tmp_path):
    source = write_lines(tmp_path / "in.jsonl", [
        {"id": "a", "text": "What has been hardest?", "context": "I can't sleep."},
        {"id": "b", "text": "Drink water."},
    ])
    scorer = AskingScorer()
    assert score_jsonl(source, tmp_path / "out" / "scores.jsonl", scorer) == 2
    rows = [json.loads(line) for line in (tmp_path / "out" / "scores.jsonl").read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert {k: rows[0][k] for k in (*FIELDS, "total")} == {
        "emotional_reactions": 0, "interpretations": 1, "explorations": 2, "total": 3}
    assert rows[1]["total"] == 0 and rows[1]["text"] == "Drink water."
    assert scorer.calls == [(["What has been hardest?", "Drink water."], ["I can't sleep.", None])]


@pytest.mark.parametrize(("record", "message"), [
    ({"reply": "no text field"}, 'line 2: expected a non-empty "text"'),
    ({"text": "ok", "context": 3}, '"context" must be a string'),
])
def test_a_bad_record_names_its_line(tmp_path, record, message):
    source = write_lines(tmp_path / "in.jsonl", [{"text": "fine"}, record])
    with pytest.raises(DataError, match=message):
        score_jsonl(source, tmp_path / "out.jsonl", AskingScorer())
    assert not (tmp_path / "out.jsonl").exists()


def test_the_command_refuses_without_the_licence_and_scores_with_it(tmp_path, monkeypatch):
    source = write_lines(tmp_path / "in.jsonl", [{"text": "How are you feeling now?"}])
    out = tmp_path / "out.jsonl"
    runner = CliRunner()
    refused = runner.invoke(app, ["score-empathy", "--jsonl", str(source), "--output", str(out)])
    assert refused.exit_code != 0 and "--accept-epitome-license" in str(refused.exception or refused.output)
    assert not out.exists()

    import haven.evaluate.empathy as empathy

    monkeypatch.setattr(empathy, "load_or_train_scorer", lambda **kwargs: AskingScorer())
    result = runner.invoke(app, ["score-empathy", "--jsonl", str(source), "--output", str(out),
                                 "--accept-epitome-license"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["explorations"] == 2
