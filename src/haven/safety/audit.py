"""An audit trail of assessments that never stores what anyone wrote.

A deployer needs to show that the safety layer ran and what it decided (how many
conversations reached high risk, which rules fire most) without keeping a copy of
people's words. Each line holds a UTC timestamp, the levels, the categories, the
rule ids and, at most, a salted hash of the text. The salt is random per process and
never written, so the hash lets one run count repeats but cannot be reversed or
matched against a list of phrases later.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from haven.errors import ConfigError
from haven.safety.levels import RecordKey, RiskAssessment
from haven.safety.settings import SafetySettings

_SALT = os.urandom(16)
_LOCK = threading.Lock()


class AuditKey:
    """Keys of an audit line."""

    TIME = "ts"
    RULES = "rules"
    TEXT_HASH = "text_hash"


def salted_hash(text: str) -> str:
    """A per-process salted SHA-256 of the text (the salt is never stored)."""
    return hashlib.sha256(_SALT + text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def audit_entry(assessment: RiskAssessment, text: str | None = None) -> dict[str, Any]:
    """The JSON object written for one assessment: no conversation text, no matched phrases."""
    entry: dict[str, Any] = {
        AuditKey.TIME: datetime.now(timezone.utc).isoformat(timespec="seconds"),
        RecordKey.RISK_LEVEL.value: assessment.level.value,
        RecordKey.CONVERSATION_LEVEL.value: assessment.conversation_level.value,
        RecordKey.CATEGORIES.value: [c.value for c in assessment.categories],
        RecordKey.SHOW_RESOURCES.value: assessment.show_resources,
        AuditKey.RULES: list(assessment.rule_ids),
        RecordKey.OTHER_LEVEL.value: assessment.other_level.value,
    }
    if assessment.scores is not None:
        # probabilities and the driving sentence's index, never the sentence itself
        scores = assessment.scores.to_dict()
        entry[RecordKey.CLASSIFIER.value] = {k: scores[k] for k in ("probabilities", "level", "driver_sentence", "driver_probability")}
    if text is not None:
        entry[AuditKey.TEXT_HASH] = salted_hash(text)
    return entry


class AuditLog:
    """Appends one JSON line per assessment to ``path`` (created with its folder if needed)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def record(self, assessment: RiskAssessment, text: str | None = None) -> dict[str, Any]:
        """Append the entry for ``assessment``; ``text`` only feeds the salted hash. Returns the entry."""
        entry = audit_entry(assessment, text)
        line = json.dumps(entry, ensure_ascii=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with _LOCK, self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)
        except OSError as error:
            raise ConfigError(
                f"cannot write the safety audit log at {str(self.path)!r} ({error.strerror}); "
                "choose a writable audit_log_path or set it to None"
            ) from error
        return entry


def record_assessment(assessment: RiskAssessment, settings: SafetySettings, text: str | None = None) -> dict[str, Any] | None:
    """Record ``assessment`` in the settings' audit log; does nothing when it is off."""
    if settings.audit_log_path is None:
        return None
    return AuditLog(settings.audit_log_path).record(assessment, text)
