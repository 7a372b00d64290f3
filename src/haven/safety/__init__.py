"""Risk assessment and the reply guard: pure functions, no model, no network.

Every front door (CLI, dashboard, evaluation) and every chat backend goes through
the same three calls::

    assessment = assess_conversation(messages, settings)   # what the person said
    decision = guard_reply(reply, assessment, settings)     # what the model said
    if assessment.show_resources: crisis_response(assessment, settings)

See :mod:`haven.safety.assess` for how levels are reached (a C-SSRS ladder over
rules and lexicons in English, Spanish, French, German and Portuguese),
:mod:`haven.safety.guard` for the reply checks and :class:`StreamGuard`, and
:mod:`haven.safety.resources` for the vetted crisis lines.
"""

from haven.safety.assess import analyse_text, assess_conversation, assess_message
from haven.safety.audit import AuditLog, audit_entry, record_assessment
from haven.safety.guard import GuardDecision, GuardReason, ReplyAction, StreamGuard, check_reply, guard_reply, safe_reply
from haven.safety.levels import Evidence, RecordKey, RiskAssessment, RiskCategory, RiskLevel, Signal, Subject
from haven.safety.records import assess_record, assess_records
from haven.safety.resources import (
    RESOURCES,
    CrisisResource,
    ResourceKind,
    covered_countries,
    resources_for,
    vetted_contacts,
)
from haven.safety.respond import crisis_response, gentle_resource_line, third_person_response
from haven.safety.settings import SafetySettings

__all__ = [
    "RESOURCES",
    "AuditLog",
    "CrisisResource",
    "Evidence",
    "GuardDecision",
    "GuardReason",
    "RecordKey",
    "ReplyAction",
    "ResourceKind",
    "RiskAssessment",
    "RiskCategory",
    "RiskLevel",
    "SafetySettings",
    "Signal",
    "StreamGuard",
    "Subject",
    "analyse_text",
    "assess_conversation",
    "assess_message",
    "assess_record",
    "assess_records",
    "audit_entry",
    "check_reply",
    "covered_countries",
    "crisis_response",
    "third_person_response",
    "gentle_resource_line",
    "guard_reply",
    "record_assessment",
    "resources_for",
    "safe_reply",
    "vetted_contacts",
]
