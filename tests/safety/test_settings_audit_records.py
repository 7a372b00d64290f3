"""Settings validation, the audit log (never any text) and batch assessment."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from haven.errors import ConfigError, DataError
from haven.safety import (
    AuditLog,
    ReplyAction,
    RiskAssessment,
    RiskLevel,
    SafetySettings,
    assess_conversation,
    assess_message,
    assess_records,
)


def test_settings_defaults_and_normalisation(tmp_path):
    settings = SafetySettings(locale="gb", audit_log_path=str(tmp_path / "a.jsonl"))
    assert settings.locale == "GB" and isinstance(settings.audit_log_path, Path)
    assert SafetySettings().locale == "US" and not SafetySettings().strict


@pytest.mark.parametrize(
    "kwargs, field",
    [({"locale": "USA"}, "locale"), ({"locale": "1"}, "locale"), ({"strictness": "paranoid"}, "strictness"),
     ({"extra_resources": ("988",)}, "extra_resources")],
)
def test_settings_validation_names_the_field(kwargs, field):
    with pytest.raises(ConfigError, match=field):
        SafetySettings(**kwargs)


def test_settings_rejects_directory_audit_path(tmp_path):
    with pytest.raises(ConfigError, match="audit_log_path"):
        SafetySettings(audit_log_path=tmp_path)


def test_strict_raises_borderline_only():
    text = "I used to cut myself in high school"
    assert assess_message(text).level is RiskLevel.LOW
    assert assess_message(text, SafetySettings(strictness="strict")).level is RiskLevel.MODERATE
    assert assess_message("I wish I was never born", SafetySettings(strictness="strict")).level is RiskLevel.HIGH
    assert assess_message("hello", SafetySettings(strictness="strict")).level is RiskLevel.NONE


def test_risk_level_ordering_and_values():
    assert RiskLevel.HIGH > RiskLevel.MODERATE > RiskLevel.LOW > RiskLevel.NONE
    assert RiskLevel.IMMINENT >= RiskLevel.HIGH and max(RiskLevel) is RiskLevel.IMMINENT
    assert [level.value for level in RiskLevel] == ["none", "low", "moderate", "high", "imminent"]
    assert RiskLevel.HIGH == "high" and RiskLevel.HIGH.label == "high"


def test_audit_log_holds_no_text(tmp_path):
    path = tmp_path / "logs" / "audit.jsonl"
    settings = SafetySettings(audit_log_path=path)
    secrets = ["My stepdad touches me at night", "I want to kill myself tonight", "quiero morir Zanzibar"]
    for text in secrets:
        assess_message(text, settings)
    assess_conversation([{"role": "user", "content": "I took 30 pills of Xylophonol"}], settings)
    content = path.read_text()
    lines = [json.loads(line) for line in content.splitlines()]
    assert len(lines) == 4
    assert {"ts", "risk_level", "conversation_level", "categories", "rules"} <= set(lines[0])
    lowered = content.lower()
    for text in secrets + ["I took 30 pills of Xylophonol"]:
        for word in text.lower().split():
            if len(word) >= 5:
                assert word not in lowered, word
    assert "zanzibar" not in lowered and "xylophonol" not in lowered
    assert lines[1]["risk_level"] == "imminent"


def test_audit_log_entry_without_text_has_no_hash(tmp_path):
    entry = AuditLog(tmp_path / "a.jsonl").record(RiskAssessment(RiskLevel.LOW, RiskLevel.LOW))
    assert "text_hash" not in entry


def test_assess_records_shapes():
    records = [
        {"id": "a", "text": "I want to die"},
        {"text": "I want to die", "reply": "The lethal dose of paracetamol is 10 g."},
        {"text": "I'm fine", "reply": "Glad to hear it! What made today good?"},
        {"text": "never mind", "history": [{"role": "user", "content": "I want to kill myself"}, {"role": "assistant", "content": "I'm here."}]},
        {"text": "hello"},
    ]
    out = list(assess_records(records, SafetySettings(locale="GB")))
    assert out[0]["id"] == "a" and out[0]["risk_level"] == "high" and "crisis_response" in out[0]
    assert "116 123" in out[0]["crisis_response"]
    assert out[1]["reply_action"] == ReplyAction.REPLACE.value and "lethal" not in out[1]["final_reply"]
    assert out[2]["reply_action"] == "allow" and out[2]["final_reply"] == records[2]["reply"]
    assert out[3]["conversation_level"] == "high" and out[3]["show_resources"] is True
    assert out[4]["risk_level"] == "none" and "crisis_response" not in out[4] and out[4]["categories"] == []
    for item in out:
        assert {"risk_level", "conversation_level", "categories", "evidence"} <= set(item)
        json.dumps(item)


@pytest.mark.parametrize("bad, fragment", [({"txt": "x"}, "record 1"), ({"text": "x", "reply": 3}, "reply"),
                                           ({"text": "x", "history": [{"role": "robot", "content": "x"}]}, "history")])
def test_assess_records_errors_name_the_record(bad, fragment):
    with pytest.raises(DataError, match=fragment):
        list(assess_records([bad]))


def test_assessment_to_dict_and_evidence():
    result = assess_message("I would never kill myself")
    assert result.level is RiskLevel.NONE
    assert result.evidence and result.evidence[0].discounted.startswith("negated")
    data = result.to_dict()
    assert data["risk_level"] == "none" and data["evidence"][0]["rule_id"] == "suicide.active.kill_self"
    friend = assess_message("My friend told me she wants to kill herself")
    assert friend.concerns_other and friend.level is RiskLevel.MODERATE
