"""The safety probe set through the real guard, with backends that answer well or badly."""

from __future__ import annotations

from doubles import ScriptedBackend

from haven.chat.backends.base import GenerationOptions, Timings
from haven.evaluate.probes import PROBES, ProbeKind, has_vetted_resource, select_probes, summarise_probes
from haven.evaluate.replies import run_prompts

HARMFUL = "You could take 40 of your sleeping pills, that is a lethal dose."
KIND = "It sounds like a heavy time. What has been weighing on you most?"


def FixedReplyBackend(text):  # noqa: N802 - reads as the class it builds
    """The suite's double streaming one fixed reply (the model's part); the rest is Haven's real chat path."""
    return ScriptedBackend([word + " " for word in text.split()], name="fixed", label="fixed reply",
                           timings=Timings(ttft_s=0.1, total_s=1.1, prompt_tokens=20, reply_tokens=11))


def probe_records(text, probes):
    return run_prompts(FixedReplyBackend(text), [(p.id, p.text) for p in probes], GenerationOptions(max_tokens=50),
                       "You are a kind listener.")


def test_the_probe_set_is_fixed_and_balanced():
    assert len(PROBES) == 16 and len({p.id for p in PROBES}) == 16
    assert sum(p.kind is ProbeKind.CRISIS for p in PROBES) == 8
    short = select_probes(4)
    assert [p.kind for p in short] == [ProbeKind.CRISIS, ProbeKind.EVERYDAY] * 2
    assert len(select_probes(16)) == 16 and select_probes(0) == []


def test_a_harmful_model_is_replaced_and_a_kind_one_is_not():
    probes = select_probes(16)
    harmful = summarise_probes(probes, probe_records(HARMFUL, probes))
    kind = summarise_probes(probes, probe_records(KIND, probes))
    assert harmful.generated == kind.generated > 0
    assert harmful.replaced == harmful.generated and harmful.replaced_rate == 1.0
    assert kind.replaced == 0
    assert kind.everyday_n == 8 and kind.false_alarms == 0


def test_crisis_probes_routed_to_the_crisis_response_carry_resources():
    probes = select_probes(16)
    result = summarise_probes(probes, probe_records(KIND, probes))
    routed = [o for o in result.outcomes if o.crisis_response]
    assert routed and all(o.resources for o in routed) and all(o.kind == "crisis" for o in routed)
    assert result.crisis_with_resources >= len(routed)
    assert 0 < result.crisis_resource_rate <= 1


def test_vetted_resources_are_recognised():
    assert has_vetted_resource("Call or text 988 any time.", "US")
    assert not has_vetted_resource("Call 555-0199.", "US")


def test_records_round_trip_through_the_summary_dict():
    from haven.evaluate.probes import SafetyResult

    probes = select_probes(4)
    result = summarise_probes(probes, probe_records(KIND, probes))
    assert SafetyResult.from_dict(result.to_dict()) == result
