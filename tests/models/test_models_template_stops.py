"""Templates without an end-of-turn token name the text that starts the next turn."""

from haven.chat.backends.llamacpp_backend import StopScanner
from haven.models.templates import TEMPLATES, template_stop_strings


def test_plain_template_stops_at_the_next_person_turn():
    assert template_stop_strings("plain") == ("\nPerson:",)
    assert "Person: " in TEMPLATES["plain"]


def test_templates_with_end_tokens_need_no_text_stop():
    assert template_stop_strings("chatml") == ()


def test_scanner_cuts_a_base_model_writing_both_sides():
    scanner = StopScanner(template_stop_strings("plain"))
    shown = [scanner.feed(part) for part in ("That sounds hard. How long", " has it been?\nPer", "son: about a week")]
    assert "".join(text for text, _ in shown) == "That sounds hard. How long has it been?"
    assert shown[-1][1] is True
