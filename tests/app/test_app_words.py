"""What the dashboard says in words: model titles, countries by name, recommendations, charts that read at a glance."""

from __future__ import annotations

import pytest

pytest.importorskip("streamlit", reason="streamlit (the `app` extra) is not installed")

from haven.app.insight_views import live_chart, recommendation_text  # noqa: E402
from haven.app.lineup import ModelChoice, display_name  # noqa: E402
from haven.app.sidebar import COUNTRY_NAMES, country_label, system_country  # noqa: E402
from haven.safety import covered_countries  # noqa: E402

COUNTRIES = sorted(c for c in covered_countries() if len(c) == 2)


def test_columns_read_as_model_names_with_the_technical_id_kept():
    choice = ModelChoice("smollm2-135m", "tuned", "/runs/smollm2-135m")
    assert choice.title == "SmolLM2 135M · fine-tuned" and choice.label == "smollm2-135m · fine-tuned"
    assert display_name("gemma3-270m") == "Gemma 3 270M" and display_name("my-own.gguf") == "my-own.gguf"


def test_the_country_picker_shows_names_so_spain_finds_es():
    assert country_label("ES") == "Spain (ES)" and set(COUNTRIES) <= set(COUNTRY_NAMES)
    assert [c for c in COUNTRIES if "spain" in country_label(c).lower()] == ["ES"]


@pytest.mark.parametrize(("environ", "expected"), [
    ({"LANG": "es_ES.UTF-8"}, "ES"), ({"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "GB"),
    ({"LANG": "ja_JP.UTF-8"}, "US"), ({"LANG": "C.UTF-8"}, "US"), ({}, "US"),
])
def test_the_country_defaults_to_the_systems_locale(environ, expected):
    assert system_country(COUNTRIES, environ) == expected


def test_a_recommendation_reads_as_a_sentence_without_raw_keys():
    from haven.evaluate.recommend import Evidence, Recommendation

    evidence = Evidence(parameters=134_515_008, empathy=1.55, replaced_rate=0.09, tokens_per_s=12.7, ttft_ms=190.1,
                        memory_mb=185.0)
    text = recommendation_text(Recommendation("CPU-only laptop (8 GB RAM)", 4096.0, "smollm2-135m (base)", False, evidence))
    assert "ttft" not in text and "_" not in text
    assert "first words after 0.2 s" in text and "13 tokens a second" in text and "empathy 1.55 of 6" in text
    assert text.index("135M parameters") < text.index("empathy 1.55") < text.index("185 MiB of memory")
    assert (recommendation_text(Recommendation("GPU", 8192.0, None, False, None))
            == "**GPU**: no model compared here met every threshold.")


def test_live_charts_draw_bars_until_a_model_has_two_replies():
    one = [{"reply": 1, "model": m, "ttft_ms": 200.0} for m in ("a · base", "a · fine-tuned")]
    assert live_chart(one, "ttft_ms", "Time to first words", "milliseconds").to_dict()["mark"]["type"] == "bar"
    two = one + [{"reply": 2, "model": "a · base", "ttft_ms": 150.0}]
    spec = live_chart(two, "ttft_ms", "Time to first words", "milliseconds").to_dict()
    assert spec["mark"]["type"] == "line" and spec["encoding"]["y"]["title"] == "milliseconds"
    assert spec["encoding"]["color"]["legend"]["orient"] == "top-right"  # inside the frame, never clipped
