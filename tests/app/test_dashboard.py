"""The dashboard driven through Streamlit's testing API, on llama.cpp with a real LoRA adapter.

Replies are greedy and 8 tokens long; the models load once per test process (the
dashboard caches them), so each test costs a few seconds on a 2-core machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixtures import MODEL, first_run, needs_llama, new_app_test

from haven.app.context import Key
from haven.paths import haven_home
from haven.store import Store, default_db_path

pytestmark = [needs_llama, pytest.mark.slow]
pytest.importorskip("streamlit", reason="streamlit (the `app` extra) is not installed")
BASE, TUNED = f"{MODEL} · base", f"{MODEL} · fine-tuned"
BASE_TITLE, TUNED_TITLE = "SmolLM2 135M · base", "SmolLM2 135M · fine-tuned"  # what the column headers read
MESSAGE = "I feel nervous before my exams."

CRISIS = "I want to kill myself tonight, I have the pills ready."


@pytest.fixture
def fresh(dashboard_env):
    """The dashboard as a first-time visitor sees it, with smollm2-135m base and fine-tuned, greedy, 8-token replies."""
    at = first_run(new_app_test())
    at.multiselect(key=Key.LINEUP).set_value([BASE, TUNED])
    at.number_input(key=Key.MAX_TOKENS).set_value(8)
    at.slider(key=Key.TEMPERATURE).set_value(0.0)
    return at.run()


@pytest.fixture
def app(fresh):
    """The dashboard after the visitor chose to keep their conversations."""
    fresh.button(key=Key.HISTORY_KEEP).click().run()
    assert Store(default_db_path()).history_enabled
    return fresh


def send(at, text: str):
    at.chat_input(key=Key.CHAT_INPUT).set_value(text)
    at.run()
    assert not at.exception, at.exception
    return at


def chat_columns(at) -> dict[str, list[str]]:
    """Column title -> the texts of its assistant messages, in the Chat tab."""
    chat_tab = at.tabs[0]
    found = {}
    for column in chat_tab.columns:
        titles = [s.value for s in column.subheader]
        if titles:
            found[titles[0]] = [m.markdown[0].value for m in column.chat_message if m.name == "assistant"]
    return found


def user_messages(at) -> dict[str, list[str]]:
    """Column title -> the person's messages shown in it."""
    return {s.value: [m.markdown[0].value for m in column.chat_message if m.name == "user"]
            for column in at.tabs[0].columns for s in column.subheader[:1]}


def test_a_first_visit_says_what_haven_is_and_keeps_nothing_until_asked(fresh):
    from haven.app.chat_view import NOTICE

    chat = fresh.tabs[0]
    assert chat.title[0].value == "Haven" and "not a substitute" in NOTICE
    assert NOTICE in [c.value for c in chat.caption]
    assert any("988" in m.value for m in chat.markdown)  # the crisis lines, one click away (a popover)
    assert fresh.button(key=Key.HISTORY_KEEP) and fresh.button(key=Key.HISTORY_SKIP)
    assert fresh.toggle(key=Key.HISTORY).value is False
    send(fresh, f"{CRISIS} Bluegrebe")
    store = Store(default_db_path())
    assert store.turns() == [] and not store.history_chosen
    assert b"Bluegrebe" not in stored_bytes(haven_home())
    fresh.button(key=Key.HISTORY_SKIP).click().run()
    assert Store(default_db_path()).history_chosen and Key.HISTORY_SKIP not in [b.key for b in fresh.button]


def stored_bytes(home: Path) -> bytes:
    """Every byte of the database, its WAL and shared-memory files."""
    return b"".join(p.read_bytes() for p in sorted(home.glob("haven.sqlite3*")))


def test_a_message_gets_one_streamed_reply_per_model_and_variant(app):
    send(app, MESSAGE)
    columns = chat_columns(app)
    assert set(columns) == {BASE_TITLE, TUNED_TITLE}
    assert all(len(replies) == 1 and replies[0].strip() for replies in columns.values())
    figures = [c.value for c in app.tabs[0].caption if c.value.startswith("first words in")]
    assert len(figures) == 2 and all("tokens/s" in f and "words" in f for f in figures)
    turns = Store(default_db_path()).turns()
    assert sorted(t.user_text for t in turns) == [MESSAGE, MESSAGE]
    assert all(t.reply_tokens > 0 and t.ttft_s > 0 for t in turns)


def test_history_is_kept_per_model_and_new_conversation_clears_it(app):
    send(app, MESSAGE)
    send(app, "Thank you.")
    assert all(len(replies) == 2 for replies in chat_columns(app).values())
    app.button(key=Key.NEW).click().run()
    assert all(replies == [] for replies in chat_columns(app).values())


def test_the_fine_tuned_column_runs_the_adapter(app):
    send(app, MESSAGE)
    hovers = [s.proto.help for s in app.tabs[0].subheader if "llama.cpp" in s.proto.help]
    assert hovers == [f"{BASE} · {MODEL} (base, llama.cpp)", f"{TUNED} · {MODEL} (fine-tuned, llama.cpp)"]
    store = Store(default_db_path())
    assert {c.variant for c in store.conversations()} == {"base", "tuned"}


def test_a_crisis_message_shows_one_crisis_panel_and_no_model_text(app):
    from haven.app.chat_view import CRISIS_POINTER
    from haven.chat.engine import ChatSession, respond
    from haven.chat.fallback import ResourcesOnlyBackend

    send(app, CRISIS)
    expected = [e for e in respond(ResourcesOnlyBackend(), ChatSession(), CRISIS)][-1].turn.reply
    panels = app.tabs[0].error
    assert [p.value for p in panels] == [expected] and "988" in expected  # once, above the columns
    assert any(c.value.startswith("Crisis response: the same for every model") for c in app.tabs[0].caption)
    assert all(replies == [f"*{CRISIS_POINTER}*"] for replies in chat_columns(app).values())
    assert not [c.value for c in app.tabs[0].caption if "tok" in c.value or " ms" in c.value]
    assert all(t.crisis and t.reply_tokens == 0 for t in Store(default_db_path()).turns())
    app.run()
    assert app.sidebar.expander[0].proto.expanded  # the sidebar's resources open themselves too
    assert [p.value for p in app.tabs[0].error] == [expected]  # still one panel after a rerun


def test_someone_worried_about_another_person_gets_one_third_person_panel(app):
    send(app, "My friend told me she wants to kill herself and I don't know what to do.")
    panels = [p.value for p in app.tabs[0].error]
    assert len(panels) == 1 and "someone you care about" in panels[0]


@pytest.mark.parametrize("stop_at", ["text", "done"], ids=["mid-reply", "between-columns"])  # EventKind values
def test_stop_keeps_every_column_in_step(app, monkeypatch, stop_at):
    """A run stopped in the first column's reply, or just after it: both columns keep the message; the next reaches both."""
    from streamlit.runtime.scriptrunner_utils.exceptions import StopException

    from haven.app import chat_view

    real, seen = chat_view._show_event, []

    def stop_once(event, *args):
        seen.append(event.kind.value)
        if seen.count(stop_at) == 1 and event.kind.value == stop_at:
            raise StopException()  # what Streamlit raises at the next draw once Stop is clicked
        return real(event, *args)

    monkeypatch.setattr(chat_view, "_show_event", stop_once)
    app.chat_input(key=Key.CHAT_INPUT).set_value(MESSAGE).run()
    monkeypatch.setattr(chat_view, "_show_event", real)
    app.run()  # the rerun the Stop button makes
    assert user_messages(app) == {BASE_TITLE: [MESSAGE], TUNED_TITLE: [MESSAGE]}
    stopped = chat_columns(app)
    assert stopped[BASE_TITLE][0].strip() and stopped[TUNED_TITLE] == [f"*{chat_view.STOPPED_EARLY}*"]
    assert "stopped before it began" in [c.value for c in app.tabs[0].caption]
    send(app, "Thank you.")
    assert user_messages(app) == {title: [MESSAGE, "Thank you."] for title in (BASE_TITLE, TUNED_TITLE)}
    assert all(len(replies) == 2 and replies[1].strip() for replies in chat_columns(app).values())
    sessions = [app.session_state[Key.CHAT].sessions[f"{MODEL}:{variant}"] for variant in ("base", "tuned")]
    assert [[m["content"] for m in s.messages if m["role"] == "user"] for s in sessions] == [[MESSAGE, "Thank you."]] * 2


def test_metrics_tab_charts_the_replies_and_shows_run_card_results(app):
    send(app, MESSAGE)
    metrics = app.tabs[1]
    assert len(metrics.get("vega_lite_chart")) == 5  # four live charts and the training curves
    stored, runs = (table.value for table in metrics.dataframe)
    assert sorted(stored["variant"]) == ["base", "tuned"] and list(stored["replies"]) == [1, 1]
    assert list(runs["perplexity base"]) == ["20.09"] and list(runs["perplexity fine-tuned"]) == ["18.17"]


def test_metrics_tab_shows_the_comparison_report(app, tmp_path, monkeypatch):
    import json

    from haven.evaluate.compare import CompareConfig
    from haven.evaluate.empathy import EmpathySummary
    from haven.evaluate.probes import SafetyResult
    from haven.evaluate.recommend import Evidence, Recommendation
    from haven.evaluate.report import COMPARISON_JSON, ComparisonReport, VariantResult, Verdict
    from haven.evaluate.similarity import SimilarityResult
    from haven.evaluate.speed import Machine, SpeedResult

    base = VariantResult(
        label=f"{MODEL} (base)", model=MODEL, variant="base", adapter=None, parameters=134_515_008, perplexity=30.95,
        empathy=EmpathySummary(mean_total=1.55, mean_level={}, level_counts={}, n=20),
        similarity=SimilarityResult(embedding=0.605, rouge_l=0.136, per_prompt_embedding=[], per_prompt_rouge_l=[], n=20),
        safety=SafetyResult(generated=11, replaced=1, replaced_rate=0.09, crisis_n=8, crisis_with_resources=8,
                            crisis_resource_rate=1.0, everyday_n=8, false_alarms=0, outcomes=[]),
        speed=(SpeedResult("llama.cpp", replies=20, tokens_per_s=12.7, ttft_ms=1511.6, reply_tokens=80.0, memory_mb=185.0),))
    verdict = Verdict(model=MODEL, perplexity_base=30.95, perplexity_tuned=28.0, beats_perplexity=True, empathy_base=None,
                      empathy_tuned=None, empathy_diff_ci=None, beats_empathy=None,
                      text="the fine-tuned model beats its base on perplexity")
    report = ComparisonReport(
        created_at="2026-11-28T00:00:00+00:00", haven_version="0.1.0", config=CompareConfig(models=(MODEL,)),
        machine=Machine(), prompts=[], probes=[], variants=[base], verdicts=[verdict],
        recommendations=[Recommendation("CPU-only laptop (8 GB RAM)", 4096.0, f"{MODEL} (base)", False,
                                        Evidence(parameters=134_515_008, empathy=1.55, replaced_rate=None,
                                                 tokens_per_s=12.7, ttft_ms=None, memory_mb=None),
                                        caveats=("only bundled models",))])
    (tmp_path / COMPARISON_JSON).write_text(json.dumps(report.to_dict()))
    monkeypatch.setenv("HAVEN_REPORT_DIR", str(tmp_path))
    metrics = app.run().tabs[1]
    table = metrics.dataframe[-1].value
    assert list(table["model"]) == [f"{MODEL} (base)"] and list(table["empathy (0-6)"]) == [1.55]
    assert list(table["crisis probes with resources"]) == ["8/8"]
    text = " ".join(m.value for m in metrics.markdown)
    assert "beats its base on perplexity" in text and "CPU-only laptop" in text and "empathy 1.55" in text


def test_arena_vote_is_stored_and_ranked(app):
    app.text_input(key=Key.ARENA_MESSAGE).set_value(MESSAGE)
    app.button(key=Key.ARENA_ASK).click().run()
    assert [s.value for s in app.tabs[3].subheader][:2] == ["Reply A", "Reply B"]
    app.button(key=Key.VOTE_TIE).click().run()
    votes = Store(default_db_path()).votes()
    assert len(votes) == 1 and votes[0].outcome == "tie"
    assert {(votes[0].a_variant, votes[0].b_variant)} <= {("base", "tuned"), ("tuned", "base")}
    ranking = app.tabs[3].dataframe[0].value
    assert sorted(ranking["votes"]) == [0, 1, 1] and "vote (a tie) is counted" in app.success[0].value


def test_delete_my_data_leaves_no_conversation_text_on_disk(app):
    marker = "Zanzibarquux"
    send(app, f"My cat {marker} is unwell and I am worried.")
    home = haven_home()
    assert marker.encode() in stored_bytes(home)
    app.checkbox(key=Key.CONFIRM_DELETE).check()
    app.run()
    app.button(key=Key.DELETE).click().run()
    assert not app.exception
    store = Store(default_db_path())
    assert store.turns() == [] and store.conversations() == [] and store.integrity_check() == "ok"
    assert marker.encode() not in stored_bytes(home)
    assert all(replies == [] for replies in chat_columns(app).values())
    from haven.app.chat_view import DELETED

    assert DELETED in [s.value for s in app.tabs[0].success]  # said at the top of the chat, where it is seen


def test_history_off_stores_nothing(app):
    app.toggle(key=Key.HISTORY).set_value(False).run()
    marker = "Quokkablue"
    send(app, f"{marker}: I feel a bit low today.")
    app.text_input(key=Key.ARENA_MESSAGE).set_value(MESSAGE)
    app.button(key=Key.ARENA_ASK).click().run()
    app.button(key=Key.VOTE_A).click().run()
    store = Store(default_db_path())
    assert store.turns() == [] and store.votes() == [] and not store.history_enabled
    assert marker.encode() not in stored_bytes(haven_home())
    ranking = app.tabs[3].dataframe[0].value  # the arena still ranks this window's vote, from memory
    assert sorted(ranking["votes"]) == [0, 1, 1]


def test_a_backend_that_cannot_load_still_answers_with_resources(app):
    app.radio(key=Key.BACKEND).set_value("openai").run()  # no server URL given
    send(app, CRISIS)
    assert app.tabs[0].warning and "could not load" in app.tabs[0].warning[-1].value
    assert app.tabs[0].error and "988" in app.tabs[0].error[0].value


def test_history_off_in_one_window_holds_in_another_already_open(app):
    other = first_run(new_app_test())
    other.multiselect(key=Key.LINEUP).set_value([BASE])
    other.number_input(key=Key.MAX_TOKENS).set_value(4)
    other.run()  # its toggle is drawn "on"
    app.toggle(key=Key.HISTORY).set_value(False).run()
    other.chat_input(key=Key.CHAT_INPUT).set_value(MESSAGE).run()
    store = Store(default_db_path())
    assert store.turns() == [] and not store.history_enabled and other.toggle(key=Key.HISTORY).value is False
