"""The vetted resource table, and the guard's number and link checks against it."""

from __future__ import annotations

import pytest

from haven.errors import ConfigError
from haven.safety import (
    RESOURCES,
    CrisisResource,
    ReplyAction,
    ResourceKind,
    SafetySettings,
    assess_message,
    covered_countries,
    crisis_response,
    guard_reply,
    resources_for,
)

REQUIRED = {"US", "GB", "IE", "CA", "AU", "NZ", "ES", "MX", "AR", "FR", "DE", "AT", "CH", "BR", "PT", "IN"}
EXTRA = CrisisResource("US", "Campus Care Line", "+1 617 555 0142", ResourceKind.PHONE, "24/7", "https://campus.example.edu/care")


def test_every_entry_has_a_source_and_contact():
    for entry in RESOURCES:
        assert entry.source.startswith(("https://", "http://")), entry
        assert entry.contact and entry.name and entry.hours


def test_table_covers_required_countries_with_a_line_and_an_emergency_number():
    assert REQUIRED <= set(covered_countries())
    for country in REQUIRED:
        entries = [r for r in RESOURCES if r.country == country]
        assert any(r.kind is ResourceKind.EMERGENCY for r in entries), country
        assert any(r.kind is not ResourceKind.EMERGENCY and not r.topics for r in entries), country


def test_known_numbers_are_present():
    contacts = {(r.country, r.contact) for r in RESOURCES}
    for pair in [("US", "988"), ("CA", "988"), ("GB", "116 123"), ("IE", "116 123"), ("AU", "13 11 14"), ("NZ", "1737"),
                 ("ES", "024"), ("FR", "3114"), ("DE", "0800 111 0 111"), ("DE", "0800 111 0 222"), ("AT", "142"),
                 ("CH", "143"), ("BR", "188"), ("US", "911"), ("GB", "999"), ("AU", "000")]:
        assert pair in contacts, pair


def test_unknown_locale_gets_international_fallback():
    entries = resources_for("JP")
    assert entries and all(r.country == "INTL" for r in entries)
    assert resources_for("uk")[0].country == "GB"
    assert resources_for("en_GB")[0].country == "GB"


def test_extras_listed_and_allowed_by_guard():
    settings = SafetySettings(extra_resources=(EXTRA,))
    assert EXTRA in resources_for("US", settings)
    reply = "You can also call the Campus Care Line at +1 617 555 0142. What's on your mind?"
    assert guard_reply(reply, settings=settings).action is ReplyAction.ALLOW
    assert guard_reply(reply).action is ReplyAction.REPLACE


@pytest.mark.parametrize("entry", [r for r in RESOURCES], ids=lambda r: f"{r.country}-{r.contact}")
def test_guard_allows_every_vetted_contact(entry):
    reply = f"You can reach {entry.name}: {entry.instruction}. I'm here too. How are you feeling?"
    assert guard_reply(reply).action is ReplyAction.ALLOW, guard_reply(reply).reasons


@pytest.mark.parametrize("invented", ["1-800-555-0199", "0800 123 4567", "+44 20 7946 0958", "call 4321", "www.crisis-help-now.org", "https://befrienders.example.com"])
def test_guard_replaces_invented_contacts(invented):
    reply = f"Please reach out: call {invented} any time."
    assert guard_reply(reply).action is ReplyAction.REPLACE


@pytest.mark.parametrize("locale", sorted(REQUIRED) + ["JP"])
def test_crisis_response_is_vetted_warm_and_keeps_talking(locale):
    settings = SafetySettings(locale=locale)
    for text in ("I want to kill myself", "I took 30 pills and I want to die"):
        assessment = assess_message(text, settings)
        reply = crisis_response(assessment, settings)
        assert guard_reply(reply, assessment, settings).action is ReplyAction.ALLOW, locale
        assert reply.rstrip().endswith("?"), "never ends on a hand-off"
        assert "findahelpline.com" in reply
        if assessment.level.value == "imminent":
            # a plan, means or an act under way: the emergency number comes before anything else
            first = reply.split("\n\n")[0]
            assert "now" in first and "call" in first.lower()
        else:
            assert reply.startswith(("I'm", "Thank you"))


def test_resource_validation_names_the_field():
    with pytest.raises(ConfigError, match="source"):
        CrisisResource("US", "X", "123", ResourceKind.PHONE, "24/7", "not a url")
    with pytest.raises(ConfigError, match="country"):
        CrisisResource("USA", "X", "123", ResourceKind.PHONE, "24/7", "https://x.org")
