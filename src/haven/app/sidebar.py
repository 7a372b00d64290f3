"""The sidebar: crisis resources (always one click away), the lineup, backend, prompt, sampling, privacy."""

from __future__ import annotations

import os
import re

import streamlit as st

from haven.app.context import Context, Key, chat_state, open_store
from haven.app.lineup import BACKEND_KINDS, DEFAULT_BACKEND, BackendConfig, ModelChoice, available_choices
from haven.chat.backends.base import GenerationOptions, needs_url
from haven.chat.deployer import deployer_settings
from haven.data.format import DEFAULT_SYSTEM_PROMPT
from haven.errors import HavenError
from haven.models.variant import Variant
from haven.paths import runs_dir
from haven.safety import SafetySettings, covered_countries, resources_for
from haven.store import Store, default_db_path

DEFAULT_LOCALE = "US"  # when the system's locale names no country Haven has lines for
# The countries of the vetted crisis table, by name, so "Spain" finds ES in the picker.
COUNTRY_NAMES = {
    "AR": "Argentina", "AT": "Austria", "AU": "Australia", "BR": "Brazil", "CA": "Canada", "CH": "Switzerland",
    "DE": "Germany", "ES": "Spain", "FR": "France", "GB": "United Kingdom", "IE": "Ireland", "IN": "India",
    "MX": "Mexico", "NZ": "New Zealand", "PT": "Portugal", "US": "United States",
}
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX order of precedence
_LOCALE_COUNTRY = re.compile(r"^[a-z]{2,3}_([A-Z]{2})\b")


def render_sidebar() -> Context:
    """Draw the sidebar and return what it chose."""
    store = open_store(str(default_db_path()))
    bar = st.sidebar
    countries = _locales()
    locale = bar.selectbox("Your country (for crisis lines)", countries, key=Key.LOCALE,
                           index=countries.index(system_country(countries)), format_func=country_label,
                           help="Type a country's name or code; the crisis lines follow it.")
    safety = _safety_settings(locale)
    render_resources(bar, safety, expanded=chat_state().crisis)
    runs = runs_dir()
    available = available_choices(runs)
    selected = _lineup(bar, available)
    kind = bar.radio("Backend", BACKEND_KINDS, index=BACKEND_KINDS.index(DEFAULT_BACKEND), key=Key.BACKEND,
                     horizontal=True, help="llama.cpp runs the 4-bit GGUF files (fastest on a CPU).")
    url = bar.text_input("Server URL", key=Key.BACKEND_URL, placeholder="http://127.0.0.1:8080/v1") if needs_url(kind) else None
    options, prompt = _generation_panel(bar)
    _privacy_panel(bar, store)
    return Context(store=store, safety=safety, config=BackendConfig.from_env(kind, url), runs=runs,
                   available=available, selected=selected, options=options, system_prompt=prompt)


def render_resources(where, safety: SafetySettings, expanded: bool) -> None:
    """The locale's vetted crisis lines, in an expander that opens itself after a crisis message."""
    with where.expander("Crisis resources", expanded=expanded, icon=":material/emergency:"):
        st.markdown("If you are in danger or thinking about ending your life, please reach out now:")
        st.markdown("\n".join(f"- {r.display()}" for r in resources_for(safety.locale, safety)))


def _locales() -> list[str]:
    return sorted((c for c in covered_countries() if len(c) == 2), key=country_label)


def country_label(code: str) -> str:
    """``Spain (ES)``: the picker searches what it shows, so both the name and the code find it."""
    return f"{COUNTRY_NAMES[code]} ({code})" if code in COUNTRY_NAMES else code


def system_country(countries: list[str], environ=None) -> str:
    """The country of the system's locale (``es_ES.UTF-8`` -> ``ES``) when Haven has lines for it, else US."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        if value := environ.get(variable):
            match = _LOCALE_COUNTRY.match(value)
            if match and match.group(1) in countries:
                return match.group(1)
            if match:
                break
    return DEFAULT_LOCALE


def _safety_settings(locale: str) -> SafetySettings:
    """The deployer's safety.toml (if any) with the chosen locale on top."""
    return deployer_settings(locale=locale)


def _lineup(bar, available: list[ModelChoice]) -> list[ModelChoice]:
    by_label = {c.label: c for c in available}
    chosen = bar.multiselect("Models", list(by_label), default=list(by_label), key=Key.LINEUP,
                             format_func=lambda label: by_label[label].title if label in by_label else label,
                             help="Each model and variant answers in its own column; base beside fine-tuned.")
    if len(available) == sum(1 for c in available if c.variant == Variant.BASE):
        bar.caption("No fine-tuned adapter found in the runs folder: run `make demo` or `haven train`.")
    return [by_label[label] for label in chosen if label in by_label]


def _generation_panel(bar) -> tuple[GenerationOptions, str | None]:
    with bar.expander("System prompt and sampling"):
        prompt = st.text_area("System prompt", value=DEFAULT_SYSTEM_PROMPT, key=Key.SYSTEM_PROMPT, height=120)
        temperature = st.slider("Temperature (0 = greedy)", 0.0, 2.0, 0.7, 0.05, key=Key.TEMPERATURE)
        top_p = st.slider("Top-p", 0.05, 1.0, 0.9, 0.05, key=Key.TOP_P)
        max_tokens = st.number_input("Max reply tokens", 1, 1024, 200, key=Key.MAX_TOKENS)
        repetition = st.slider("Repetition penalty", 1.0, 2.0, 1.15, 0.05, key=Key.REPETITION)
        seed = st.number_input("Seed (-1 = random)", -1, 2**31 - 1, -1, key=Key.SEED)
    options = GenerationOptions(temperature=temperature, top_p=top_p, max_tokens=int(max_tokens),
                                repetition_penalty=repetition, seed=None if seed < 0 else int(seed))
    # Left as it is, each model answers with its own prompt (its adapter's, as trained); edited, with the person's.
    return options, None if prompt.strip() == DEFAULT_SYSTEM_PROMPT.strip() else prompt.strip()


def _privacy_panel(bar, store: Store) -> None:
    with bar.expander("Privacy"):
        # The stored setting is the truth, whichever window changed it last.
        st.session_state[Key.HISTORY] = store.history_enabled
        st.toggle("Keep conversation history", key=Key.HISTORY, on_change=_save_history, args=(store,),
                  help="Off (until you turn it on): nothing you type, no reply and no vote is written to disk.")
        st.caption(f"Stored on this machine only, in {store.path}.")
        confirm = st.checkbox("I want to delete every stored conversation and vote", key=Key.CONFIRM_DELETE)
        st.button("Delete my data", key=Key.DELETE, disabled=not confirm, type="primary", on_click=_delete_data, args=(store,))
        if st.session_state.get(Key.DELETED) is True:
            st.success("Deleted: no conversation or vote is left on disk.")


def _delete_data(store: Store) -> None:
    """Delete every stored conversation and vote, forget this window's chat, and say so where it is seen.

    A callback, so it runs before the page is drawn: the chat is cleared and the confirmation
    box unticked in the same run, and the Chat tab confirms at its top (``Key.DELETED``).
    """
    try:
        store.delete_all_data()
    except HavenError as err:  # the rows are gone but the file could not be compacted: say what to do
        st.session_state[Key.DELETED] = str(err)
        return
    for key in (Key.CHAT, Key.ARENA, Key.SESSION_VOTES):
        st.session_state.pop(key, None)
    st.session_state[Key.CONFIRM_DELETE] = False
    st.session_state[Key.DELETED] = True
    st.toast("Your data was deleted.", icon=":material/delete:")


def _save_history(store: Store) -> None:
    store.set_history(bool(st.session_state[Key.HISTORY]))
