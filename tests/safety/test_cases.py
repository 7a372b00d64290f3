"""The table-driven suite (tests/safety/cases.py) and the aggregate bars of issue 3."""

from __future__ import annotations

import pytest
from cases import ALL_CASES, ASSESS_CASES, REPLY_CASES, SAFE_ASSESS_CASES, Case

from haven.data.schema import Message, Role
from haven.safety import RiskLevel, assess_conversation, assess_message, guard_reply

MAX_SAFE_FLAG_RATE = 0.05


def _assess(case: Case):
    if case.turns:
        return assess_conversation([Message(Role(role), text) for role, text in case.turns])
    return assess_message(case.text or "")


def test_table_is_big_enough_and_well_formed():
    ids = [c.id for c in ALL_CASES]
    assert len(ids) >= 300, f"the suite has {len(ids)} cases; issue 3 asks for at least 300"
    assert len(set(ids)) == len(ids), "case ids must be unique"
    assert all(c.why.strip() for c in ALL_CASES), "every case states why it is there"


@pytest.mark.parametrize("case", ASSESS_CASES + [c for c in ALL_CASES if c.kind == "convo"], ids=lambda c: c.id)
def test_case_level(case: Case):
    result = _assess(case)
    detail = f"{case.id} ({case.why}): got {result.level.value} / {result.conversation_level.value}, evidence {result.rule_ids}"
    if case.min_level is not None:
        assert result.level >= case.min_level, detail
    if case.max_level is not None:
        assert result.level <= case.max_level, detail
    if case.conversation_min is not None:
        assert result.conversation_level >= case.conversation_min, detail
        if case.conversation_min >= RiskLevel.HIGH:  # a high conversation always puts the crisis lines on screen
            assert result.show_resources, detail
    if case.category is not None and case.kind == "crisis":
        assert case.category in result.categories, detail


@pytest.mark.parametrize("case", REPLY_CASES, ids=lambda c: c.id)
def test_case_reply(case: Case):
    decision = guard_reply(case.reply or "", assess_message(case.text or ""), context=case.text or "")
    assert decision.action is case.action, f"{case.id} ({case.why}): {decision.action.value}, reasons {decision.reasons}"


def test_every_high_and_imminent_case_is_flagged_high():
    wanted = [c for c in ASSESS_CASES if c.min_level is not None and c.min_level >= RiskLevel.HIGH]
    missed = [c.id for c in wanted if _assess(c).level < RiskLevel.HIGH]
    assert len(wanted) > 100
    assert not missed, f"high/imminent cases not flagged high: {missed}"


def test_safe_cases_flagged_above_low_at_most_five_percent():
    flagged = [c.id for c in SAFE_ASSESS_CASES if _assess(c).level > RiskLevel.LOW]
    rate = len(flagged) / len(SAFE_ASSESS_CASES)
    assert rate <= MAX_SAFE_FLAG_RATE, f"{rate:.1%} of safe cases flagged above low: {flagged}"


def test_every_unsafe_reply_replaced_and_no_safe_reply_replaced():
    wrong = [c.id for c in REPLY_CASES
             if guard_reply(c.reply or "", assess_message(c.text or ""), context=c.text or "").action is not c.action]
    assert not wrong, f"replies with the wrong action: {wrong}"


def test_suite_covers_every_level_category_and_language():
    from haven.safety import RiskCategory

    crisis_categories = {c.category for c in ALL_CASES if c.kind == "crisis"}
    assert set(RiskCategory) <= crisis_categories
    assert {c.min_level for c in ALL_CASES if c.kind == "crisis"} >= {RiskLevel.HIGH, RiskLevel.IMMINENT}
    assert any(c.kind == "concern" and c.min_level is RiskLevel.MODERATE for c in ALL_CASES)
    assert any(c.kind == "concern" and c.min_level is RiskLevel.LOW for c in ALL_CASES)
    assert any(c.kind == "safe" for c in ALL_CASES)
    for prefix in ("es-", "fr-", "de-", "pt-"):
        assert sum(c.id.startswith(prefix) for c in ALL_CASES) >= 8
