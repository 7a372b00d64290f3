"""Haven's dashboard: a thin Streamlit front door over the library (`haven app`).

The script is :mod:`haven.app.dashboard`; :mod:`haven.app.lineup` and
:mod:`haven.app.results` hold the plain-Python parts it renders. Models load once per
process and are shared between browser sessions through
:class:`haven.chat.pool.SharedBackend`; every reply goes through
:func:`haven.chat.engine.respond`, the guarded path.
"""

from __future__ import annotations

import sys
from pathlib import Path

APP_SCRIPT = Path(__file__).with_name("dashboard.py")
DEFAULT_PORT = 8501
DEFAULT_ADDRESS = "127.0.0.1"  # loopback: the dashboard is for this machine unless a deployer says otherwise
# Streamlit options for serving Haven: no usage statistics (privacy), no browser tab opened by the
# server, no file watcher (it polls the package folder for nothing in a deployment), and no
# developer toolbar ("Deploy", rerun) in front of the person talking.
SERVE_FLAGS: tuple[str, ...] = (
    "--browser.gatherUsageStats=false",
    "--server.headless=true",
    "--server.fileWatcherType=none",
    "--global.developmentMode=false",
    "--client.toolbarMode=minimal",
)
PRIVATE_ENV = {"STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}


def streamlit_command(port: int = DEFAULT_PORT, address: str = DEFAULT_ADDRESS) -> list[str]:
    """The command line that serves the dashboard with the private settings."""
    return [sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT), f"--server.port={port}",
            f"--server.address={address}", *SERVE_FLAGS]
