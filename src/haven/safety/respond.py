"""What Haven says at high risk, and what it says instead of a harmful reply.

The crisis response follows what crisis lines teach: lead with care, not with a
form; give real, vetted contact points for where the person is (never a number
Haven made up); at imminent risk, say plainly to contact emergency services now;
and then keep the door open: the reply always ends by inviting the person to keep
talking, never on a hand-off.
"""

from __future__ import annotations

from haven.safety.levels import RiskAssessment, RiskCategory, RiskLevel
from haven.safety.resources import INTERNATIONAL, CrisisResource, ResourceKind, resources_for
from haven.safety.settings import DEFAULT_SETTINGS, SafetySettings

MAX_GENERAL_LINES = 3
MAX_TOPIC_LINES = 2

_CARE = {
    RiskCategory.SUICIDE: "I'm really glad you told me. It sounds like you're carrying something very heavy right now, "
    "and you don't have to carry it alone.",
    RiskCategory.SELF_HARM: "Thank you for telling me. You deserve care, not more pain, and I'm glad you reached out.",
    RiskCategory.ABUSE: "Thank you for trusting me with this. What is happening to you is not your fault, "
    "and you deserve to be safe.",
    RiskCategory.EATING_DISORDER: "Thank you for telling me how things are with food. You deserve care and "
    "nourishment, and I'm worried about how hard this has become.",
    RiskCategory.HARM_TO_OTHERS: "Thank you for saying this out loud. It sounds like things feel overwhelming, "
    "and I want to help you and everyone around you stay safe.",
    RiskCategory.MEDICAL_EMERGENCY: "I'm really worried about your safety right now, and I'm glad you told me.",
}
_DEFAULT_CARE = "I'm really glad you told me, and I'm here with you."
_INVITE = "I'm here, and I'm not going anywhere. Would you tell me a little more about what's happening right now?"
_INVITE_MEDICAL = "Once you've called, I'm still here with you. Can you tell me where you are and whether someone is with you?"


def _emergency(resources: list[CrisisResource]) -> CrisisResource | None:
    return next((r for r in resources if r.kind is ResourceKind.EMERGENCY), None)


def _urgent_line(assessment: RiskAssessment, resources: list[CrisisResource]) -> str:
    """The "contact emergency services now" sentence at imminent risk."""
    emergency = _emergency(resources)
    number = f"call {emergency.contact}" if emergency else "call your local emergency number"
    if RiskCategory.MEDICAL_EMERGENCY in assessment.categories:
        return (f"Please {number} now or go to the nearest emergency department, even if you feel okay; "
                "tell them what you took and how much.")
    return f"Your safety matters most right now: please {number} now, and if you can, don't stay alone."


def select_resources(assessment: RiskAssessment, settings: SafetySettings) -> list[CrisisResource]:
    """The lines worth listing: general ones, those for the categories, the deployer's, the directories."""
    every = resources_for(settings.locale, settings)
    own = [r for r in every if r.country == settings.locale and r.kind is not ResourceKind.EMERGENCY]
    general = [r for r in own if not r.topics][:MAX_GENERAL_LINES]
    topical = [r for r in own if set(r.topics) & set(assessment.categories)][:MAX_TOPIC_LINES]
    extras = list(settings.extra_resources)
    fallback = [r for r in every if r.country == INTERNATIONAL][:1]
    chosen = general + topical + extras + fallback
    return list(dict.fromkeys(chosen))


def _lines_block(assessment: RiskAssessment, settings: SafetySettings, intro: str) -> str:
    lines = "\n".join(f"- {r.display()}" for r in select_resources(assessment, settings))
    return f"{intro}\n{lines}"


def crisis_response(assessment: RiskAssessment, settings: SafetySettings | None = None) -> str:
    """A warm reply with vetted contact points, ending with an invitation to keep talking.

    At ``imminent`` it opens with the emergency number (a plan with a time or means at
    hand, or an act under way, needs that before anything else), then care, then the
    lines; at ``high`` care comes first, then the lines. When the crisis is someone
    else's (:attr:`RiskAssessment.about_other`) it is :func:`third_person_response`.
    Below ``high`` it stays a gentle check-in with one line.
    """
    settings = settings or DEFAULT_SETTINGS
    if assessment.about_other:
        return third_person_response(assessment, settings)
    lead = _CARE.get(assessment.categories[0], _DEFAULT_CARE) if assessment.categories else _DEFAULT_CARE
    resources = resources_for(settings.locale, settings)
    imminent = assessment.level is RiskLevel.IMMINENT or assessment.conversation_level is RiskLevel.IMMINENT
    parts = [_urgent_line(assessment, resources), lead] if imminent else [lead]
    if assessment.show_resources:
        intro = "Besides emergency services, these people are there for exactly this, day and night:" if imminent else \
            "There are people who are there for exactly this, and you can reach them now:"
        parts.append(_lines_block(assessment, settings, intro))
    else:
        first = next((r for r in select_resources(assessment, settings)), None)
        if first is not None:
            parts.append(f"If things get heavier, {first.name} is there too ({first.instruction}).")
    medical = RiskCategory.MEDICAL_EMERGENCY in assessment.categories and assessment.level is RiskLevel.IMMINENT
    parts.append(_INVITE_MEDICAL if medical else _INVITE)
    return "\n\n".join(parts)


_OTHER_LEAD = ("It sounds like you're really worried about someone you care about, and it's good that you're "
               "reaching out for them.")
_OTHER_STEPS = ("What helps most right now: stay with them, or make sure someone is with them; ask them directly "
                "whether they are thinking about suicide (asking does not put the idea in their head); listen "
                "without judging; move pills, blades, weapons or anything else they could use out of reach; and "
                "offer to call a line together with them.")
_OTHER_INVITE = "You don't have to handle this alone either. How are you holding up, and what's happening with them right now?"


def third_person_response(assessment: RiskAssessment, settings: SafetySettings | None = None) -> str:
    """Guidance for a person worried about someone else at risk, with the same vetted lines.

    The person is not told that they are in danger: they are helped to support the
    other person (stay with them, ask directly, remove means, call a line together),
    and at ``imminent`` (an overdose taken, no answer) told to call emergency services now.
    """
    settings = settings or DEFAULT_SETTINGS
    resources = resources_for(settings.locale, settings)
    parts = []
    if assessment.other_level is RiskLevel.IMMINENT:
        emergency = _emergency(resources)
        number = f"call {emergency.contact}" if emergency else "call your local emergency number"
        parts.append(f"If they may have taken something or are in danger right now, please {number} now, "
                     "tell them what you know, and stay with them or send someone to them.")
    parts += [_OTHER_LEAD, _OTHER_STEPS,
              _lines_block(assessment, settings, "These lines help people in crisis and the people worried about them; you can call with them or for advice yourself:"),
              _OTHER_INVITE]
    return "\n\n".join(parts)


# Passive ideation and self-harm below "high" get the model's reply plus one gentle line,
# as crisis services advise: the way to help stays in view without ending the conversation.
GENTLE_LINE_CATEGORIES = (RiskCategory.SUICIDE, RiskCategory.SELF_HARM)


def gentle_resource_line(assessment: RiskAssessment, settings: SafetySettings | None = None) -> str:
    """One vetted line to add under a reply to a message at moderate suicide or self-harm risk, else "".

    It follows the message's own level, not the conversation's, so it is not repeated under
    every later reply of a conversation that once touched these thoughts.
    """
    settings = settings or DEFAULT_SETTINGS
    if assessment.show_resources or assessment.level < RiskLevel.MODERATE:
        return ""
    if not any(c in GENTLE_LINE_CATEGORIES for c in assessment.categories):
        return ""
    first = next(iter(select_resources(assessment, settings)), None)
    return f"If things get heavier, {first.name} is there too ({first.instruction})." if first else ""
