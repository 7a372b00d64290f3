"""Haven's dashboard, run by `haven app` (``streamlit run`` on this file).

Thin by design: the sidebar, and one module per tab, render what the library returns.
"""

from __future__ import annotations

import streamlit as st

from haven.app.arena_view import render_arena
from haven.app.chat_view import render_chat
from haven.app.insight_views import render_metrics, render_models
from haven.app.sidebar import render_sidebar

TABS = ("Chat", "Metrics", "Models", "Arena")


def main() -> None:
    st.set_page_config(page_title="Haven", page_icon="🫶", layout="wide")
    context = render_sidebar()
    chat, metrics, models, arena = st.tabs(TABS)
    with chat:
        render_chat(context)
    with arena:
        render_arena(context)
    with metrics:
        render_metrics(context)
    with models:
        render_models(context)


main()
