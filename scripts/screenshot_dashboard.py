"""Take the README's screenshot of the dashboard's Chat tab: both bundled models, base beside fine-tuned.

It starts `haven app` on a free loopback port with a throwaway data folder, drives
Debian's headless Chromium with Selenium, sends one message, waits until every column
has answered, and saves a PNG. Run it after `make demo` (which trains the adapters):

    .venv/bin/python scripts/screenshot_dashboard.py                # -> docs/images/dashboard-chat.png
    .venv/bin/python scripts/screenshot_dashboard.py --runs runs --output /tmp/chat.png

It refuses to run when a model has no adapter in the runs folder (the screenshot is
meant to show fine-tuned beside base); `--allow-missing-adapters` takes it anyway.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
DEFAULT_MESSAGE = "I've been feeling really anxious about work and I can't sleep."
WINDOW = (1920, 1200)
START_TIMEOUT_S, REPLY_TIMEOUT_S = 120, 600


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=Path, default=Path("runs"), help="Folder with one adapter folder per model.")
    parser.add_argument("--output", type=Path, default=Path("docs/images/dashboard-chat.png"))
    parser.add_argument("--models", default="smollm2-135m,gemma3-270m", help="Comma-separated catalog names.")
    parser.add_argument("--message", default=DEFAULT_MESSAGE)
    parser.add_argument("--max-tokens", type=int, default=60, help="Longest reply in tokens.")
    parser.add_argument("--allow-missing-adapters", action="store_true", help="Take it even where a model has no adapter.")
    return parser.parse_args()


def check_adapters(runs: Path, models: list[str], allow_missing: bool) -> int:
    """The number of columns the page will show; exits when an adapter is missing (unless allowed)."""
    from haven.app.lineup import available_choices

    choices = available_choices(runs, tuple(models))
    missing = [m for m in models if not any(c.model == m and c.variant == "tuned" for c in choices)]
    if missing and not allow_missing:
        sys.exit(f"no adapter in {runs} for {', '.join(missing)}: run `make demo` first (or pass --allow-missing-adapters)")
    return len(choices)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(runs: Path, models: str, home: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, "HAVEN_HOME": str(home), "HAVEN_RUNS_DIR": str(runs.resolve())}
    server = subprocess.Popen([sys.executable, "-m", "haven", "app", "--port", str(port), "--models", models],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline and server.poll() is None:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2):
                return server, url
        except OSError:
            time.sleep(0.5)
    server.kill()
    sys.exit(f"`haven app` did not start on {url}")


def open_browser():
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                 "--hide-scrollbars"):
        options.add_argument(flag)
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)


def wait(driver, condition, timeout: float):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.5).until(lambda d: condition(d))


def css(driver, selector: str):
    return driver.find_elements("css selector", selector)


def set_max_tokens(driver, tokens: int) -> None:
    from selenium.webdriver.common.keys import Keys

    wait(driver, lambda d: [e for e in css(d, "summary") if "sampling" in e.text], 60)[0].click()
    field = wait(driver, lambda d: css(d, 'input[aria-label="Max reply tokens"]'), 30)[0]
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(str(tokens), Keys.ENTER)
    time.sleep(1.5)
    wait(driver, lambda d: [e for e in css(d, "summary") if "sampling" in e.text], 30)[0].click()  # fold it again


def take(url: str, message: str, max_tokens: int, columns: int, output: Path) -> None:
    from selenium.webdriver.common.keys import Keys

    driver = open_browser()
    try:
        driver.get(url)
        wait(driver, lambda d: css(d, '[data-testid="stChatInputTextArea"]'), START_TIMEOUT_S)
        set_max_tokens(driver, max_tokens)
        box = css(driver, '[data-testid="stChatInputTextArea"]')[0]
        box.send_keys(message, Keys.ENTER)
        wait(driver, lambda d: sum(e.text.startswith("TTFT") for e in css(d, '[data-testid="stCaptionContainer"]')) >= columns,
             REPLY_TIMEOUT_S)
        time.sleep(1.0)
        height = driver.execute_script("return document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
        driver.set_window_size(WINDOW[0], max(WINDOW[1], int(height) + 40))
        time.sleep(1.0)
        output.parent.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(output))
    finally:
        driver.quit()


def main() -> None:
    args = parse_args()
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    columns = check_adapters(args.runs, models, args.allow_missing_adapters)
    with tempfile.TemporaryDirectory(prefix="haven-screenshot-") as home:
        server, url = start_server(args.runs, ",".join(models), Path(home))
        try:
            take(url, args.message, args.max_tokens, columns, args.output)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"saved {args.output}")


if __name__ == "__main__":
    main()
