"""End to end: `haven app` served on loopback, driven by a real headless Chromium (Selenium).

It types a message, waits for the streamed replies of the base and fine-tuned columns,
opens the Metrics tab and waits for the charts, then types a crisis message and checks
that the crisis resources appear and every column shows the crisis response (no model
text). Screenshots are saved under the test's tmp folder, and also into
``$HAVEN_TEST_ARTEFACTS`` when it is set (CI uploads that folder).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from app_fixtures import MODEL, needs_llama

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
ARTEFACTS_ENV = "HAVEN_TEST_ARTEFACTS"
MESSAGE = "I feel nervous before my exams."
CRISIS = "I want to kill myself tonight, I have the pills ready."
SERVER_START_S, REPLY_WAIT_S = 90, 150
COLUMNS = 2  # smollm2-135m base and fine-tuned

pytestmark = [
    needs_llama,
    pytest.mark.slow,
    pytest.mark.skipif(not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
                       reason=f"needs Debian's chromium and chromedriver at {CHROMIUM} and {CHROMEDRIVER} (apt-get install chromium chromium-driver)"),
]
selenium = pytest.importorskip("selenium", reason="selenium is not installed (the `dev` extra)")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"`haven app` exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"`haven app` did not answer on {url} within {SERVER_START_S} s")


@pytest.fixture
def server(tmp_path, runs_with_adapter):
    port = free_port()
    env = {**os.environ, "HAVEN_HOME": str(tmp_path / "home"), "HAVEN_RUNS_DIR": str(runs_with_adapter),
           "HAVEN_APP_N_CTX": "512", "HAVEN_APP_THREADS": "1"}
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "haven", "app", "--port", str(port), "--models", MODEL],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def browser():
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1600,1100",
                 "--disable-gpu", "--no-first-run", "--disable-extensions"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def shoot(tmp_path, browser):
    """Save a screenshot under tmp and, if set, under $HAVEN_TEST_ARTEFACTS."""
    folders = [tmp_path / "screenshots"] + ([Path(os.environ[ARTEFACTS_ENV])] if os.environ.get(ARTEFACTS_ENV) else [])

    def save(name: str) -> Path:
        folders[0].mkdir(parents=True, exist_ok=True)
        path = folders[0] / f"dashboard-{name}.png"
        browser.save_screenshot(str(path))
        for folder in folders[1:]:
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, folder / path.name)
        return path

    return save


def until(browser, condition, timeout: float = REPLY_WAIT_S):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout, poll_frequency=0.25).until(lambda driver: condition(driver))


def by_css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def type_message(browser, text: str) -> None:
    from selenium.webdriver.common.keys import Keys

    box = until(browser, lambda d: by_css(d, '[data-testid="stChatInputTextArea"]'))[0]
    box.click()
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def set_max_tokens(browser, tokens: int) -> None:
    from selenium.webdriver.common.keys import Keys

    panel = until(browser, lambda d: [e for e in by_css(d, "summary") if "sampling" in e.text])[0]
    panel.click()
    field = until(browser, lambda d: by_css(d, 'input[aria-label="Max reply tokens"]'))[0]
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(str(tokens), Keys.ENTER)
    until(browser, lambda d: d.find_element("css selector", 'input[aria-label="Max reply tokens"]').get_attribute("value") == str(tokens))
    time.sleep(1.0)  # the rerun that applies it


def figures(browser) -> list[str]:
    return [e.text for e in by_css(browser, '[data-testid="stCaptionContainer"]') if e.text.startswith(("TTFT", "crisis response"))]


def assistant_texts(browser) -> list[list[str]]:
    """The replies shown in each chat column, in order."""
    columns = [c for c in by_css(browser, '[data-testid="stColumn"]') if by_css(c, '[data-testid="stChatMessage"]')]
    return [[m.text for m in by_css(c, '[data-testid="stChatMessage"]')
             if by_css(m, '[data-testid="stChatMessageAvatarAssistant"]')] for c in columns]


def open_tab(browser, title: str) -> None:
    until(browser, lambda d: [t for t in by_css(d, '[role="tab"]') if title in t.text])[0].click()


def test_chat_metrics_and_crisis_in_a_real_browser(server, browser, shoot):
    from haven.safety import resources_for

    browser.get(server)
    until(browser, lambda d: by_css(d, '[data-testid="stChatInputTextArea"]'), SERVER_START_S)
    set_max_tokens(browser, 12)
    type_message(browser, MESSAGE)
    until(browser, lambda d: len([f for f in figures(d) if f.startswith("TTFT")]) == COLUMNS)
    replies = assistant_texts(browser)
    assert len(replies) == COLUMNS and all(len(column) == 1 and column[0].strip() for column in replies)
    shoot("chat")

    open_tab(browser, "Metrics")
    until(browser, lambda d: [c for c in by_css(d, '[data-testid="stVegaLiteChart"]') if c.is_displayed()], 60)
    shoot("metrics")

    open_tab(browser, "Chat")
    type_message(browser, CRISIS)
    until(browser, lambda d: len([f for f in figures(d) if f.startswith("crisis response")]) == COLUMNS)
    alerts = " ".join(a.text for a in by_css(browser, '[data-testid="stAlert"]'))
    first_line = resources_for("US")[0]
    assert first_line.name in alerts
    crisis_replies = [column[-1] for column in assistant_texts(browser)]
    assert len(crisis_replies) == COLUMNS and len(set(crisis_replies)) == 1  # the same crisis response in every column
    assert first_line.name in crisis_replies[0] and "crisis response (no model)" in crisis_replies[0]
    assert not any("▌" in reply for column in assistant_texts(browser) for reply in column)  # nothing half-streamed
    shoot("crisis")
