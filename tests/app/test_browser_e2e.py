"""End to end: `haven app` served on loopback, driven by a real headless Chromium (Selenium).

It walks a person's first ten minutes: the first visit (what Haven is, the notice, the
crisis lines one click away, the history question, nothing written before the answer),
a message answered in the base and fine-tuned columns, the Metrics tab, a reply stopped
half-way (every column keeps the message, and the next message reaches both), a crisis
message (one crisis panel, no model text, no "0 tok/s"), and "Delete my data" (a visible
confirmation, no word left on disk). Screenshots are saved under the test's tmp folder,
and also into ``$HAVEN_TEST_ARTEFACTS`` when it is set (CI uploads that folder).
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
MESSAGE = "I feel nervous before my exams. Could you tell me at length how people cope with that?"
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
def home(tmp_path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def server(tmp_path, home, runs_with_adapter):
    port = free_port()
    env = {**os.environ, "HAVEN_HOME": str(home), "HAVEN_RUNS_DIR": str(runs_with_adapter),
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
    """Wait for `condition`; an element redrawn while it was read is read again at the next poll."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, timeout, poll_frequency=0.25, ignored_exceptions=(StaleElementReferenceException,)
                         ).until(lambda driver: condition(driver))


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

    if not [f for f in by_css(browser, 'input[aria-label="Max reply tokens"]') if f.is_displayed()]:  # the panel is closed
        until(browser, lambda d: [e for e in by_css(d, "summary") if "sampling" in e.text])[0].click()
    field = until(browser, lambda d: [f for f in by_css(d, 'input[aria-label="Max reply tokens"]') if f.is_displayed()])[0]
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys(str(tokens), Keys.ENTER)
    until(browser, lambda d: d.find_element("css selector", 'input[aria-label="Max reply tokens"]').get_attribute("value") == str(tokens))
    time.sleep(1.0)  # the rerun that applies it


def figures(browser) -> list[str]:
    return [e.text for e in by_css(browser, '[data-testid="stCaptionContainer"]') if e.text.startswith("first words in")]


def captions(browser) -> list[str]:
    return [e.text for e in by_css(browser, '[data-testid="stCaptionContainer"]')]


def messages(browser, avatar: str) -> list[list[str]]:
    """The messages with `avatar` (``Assistant`` or ``User``) in each chat column, in order."""
    columns = [c for c in by_css(browser, '[data-testid="stColumn"]') if by_css(c, '[data-testid="stChatMessage"]')]
    return [[by_css(m, '[data-testid="stMarkdownContainer"]')[0].text for m in by_css(c, '[data-testid="stChatMessage"]')
             if by_css(m, f'[data-testid="stChatMessageAvatar{avatar}"]') and by_css(m, '[data-testid="stMarkdownContainer"]')]
            for c in columns]


def assistant_texts(browser) -> list[list[str]]:
    return messages(browser, "Assistant")


def button(browser, text: str):
    """The visible button whose label ends with `text` (its icons are lines of their own)."""
    from selenium.common.exceptions import TimeoutException

    try:
        return until(browser, lambda d: [b for b in by_css(d, "button") if text in b.text.split("\n") and b.is_displayed()], 30)[0]
    except TimeoutException:
        shown = [b.text for b in by_css(browser, "button") if b.is_displayed()]
        raise AssertionError(f"no visible button {text!r}; the visible ones: {shown}") from None


def page_text(browser) -> str:
    return by_css(browser, '[data-testid="stMain"]')[0].text


def settled(browser) -> bool:
    """No reply is being written or waited for."""
    from haven.app.chat_view import CURSOR, WAITING

    return not any(CURSOR in t for column in assistant_texts(browser) for t in column) and WAITING not in captions(browser)


def show_latest(browser) -> None:
    """Scroll the newest chat message into view, for the screenshot."""
    latest = by_css(browser, '[data-testid="stChatMessage"]')
    if latest:
        browser.execute_script("arguments[0].scrollIntoView({block: 'end'})", latest[-1])
        time.sleep(0.3)


def stored_bytes(home: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(home.glob("haven.sqlite3*")))


def open_tab(browser, title: str) -> None:
    until(browser, lambda d: [t for t in by_css(d, '[role="tab"]') if title in t.text])[0].click()


def first_visit(browser, home: Path, shoot) -> None:
    """What Haven is, the notice and the crisis lines before typing; nothing is written before the history answer."""
    from haven.app.chat_view import NOTICE
    from haven.safety import resources_for

    until(browser, lambda d: "Should Haven keep your conversations" in page_text(d), SERVER_START_S)
    text = page_text(browser)
    assert "Haven" in by_css(browser, "h1")[0].text and NOTICE in text
    shoot("first-visit")
    button(browser, "Crisis lines").click()
    until(browser, lambda d: resources_for("US")[0].name in d.find_element("tag name", "body").text, 10)
    shoot("crisis-lines-one-click-away")
    button(browser, "Crisis lines").click()  # closes it again
    type_message(browser, "Wobbegong: I feel a bit lost.")
    until(browser, lambda d: len(figures(d)) == COLUMNS and settled(d))
    assert b"Wobbegong" not in stored_bytes(home)  # history is off until the person answers
    button(browser, "Keep my conversations").click()
    until(browser, lambda d: "Should Haven keep your conversations" not in page_text(d), 30)


def stop_keeps_columns_in_step(browser, shoot) -> None:
    """Stop clicked as soon as the message is on screen: wherever it lands (in a reply, between two, or
    after the last), every column keeps the message and a reply, and the next message reaches both."""
    set_max_tokens(browser, 120)
    type_message(browser, MESSAGE)
    until(browser, lambda d: any(column[-1:] == [MESSAGE] for column in messages(d, "User")))
    button(browser, "Stop").click()
    try:
        until(browser, lambda d: settled(d) and all(column[-1:] == [MESSAGE] for column in messages(d, "User")), 60)
    except Exception:
        shoot("stop-failed")
        raise AssertionError(f"after Stop: users {messages(browser, 'User')}, replies {assistant_texts(browser)}, "
                             f"captions {captions(browser)}") from None
    time.sleep(1.0)  # let the rerun that Stop asked for draw everything
    assert all(column[-1] == MESSAGE for column in messages(browser, "User"))
    stopped = [column[-1] for column in assistant_texts(browser)]
    assert len(stopped) == COLUMNS and all(reply.strip() for reply in stopped), stopped
    show_latest(browser)
    shoot("stopped")
    set_max_tokens(browser, 12)
    before = [len(column) for column in assistant_texts(browser)]
    type_message(browser, "Thank you for listening.")
    until(browser, lambda d: settled(d) and [len(column) for column in assistant_texts(d)] == [n + 1 for n in before])
    users = messages(browser, "User")
    assert all(column[-2:] == [MESSAGE, "Thank you for listening."] for column in users), users
    show_latest(browser)
    shoot("after-stop")


def crisis_panel(browser, shoot) -> None:
    from haven.app.chat_view import CRISIS_POINTER
    from haven.safety import resources_for

    type_message(browser, CRISIS)
    until(browser, lambda d: settled(d) and all(CRISIS_POINTER in column[-1] for column in assistant_texts(d) if column))
    line = resources_for("US")[0].name
    panels = [a for a in by_css(browser, '[data-testid="stMain"] [data-testid="stAlert"]') if line in a.text]
    assert len(panels) == 1  # one panel spanning the columns, not one per column
    assert not any(line in column[-1] for column in assistant_texts(browser))
    assert any(c.startswith("Crisis response: the same for every model") for c in captions(browser))
    assert not any("tok/s" in c or "tokens/s" in c for c in captions(browser) if "crisis" in c.lower())
    shoot("crisis")


def delete_my_data(browser, home: Path, shoot) -> None:
    from haven.app.chat_view import DELETED

    assert MESSAGE.encode() in stored_bytes(home)
    assert home.stat().st_mode & 0o777 == 0o700
    assert {p.stat().st_mode & 0o777 for p in home.glob("haven.sqlite3*")} == {0o600}
    until(browser, lambda d: [e for e in by_css(d, "summary") if "Privacy" in e.text], 10)[0].click()
    until(browser, lambda d: [e for e in by_css(d, '[data-testid="stCheckbox"] label') if "delete every" in e.text], 10)[0].click()
    until(browser, lambda d: button(d, "Delete my data").is_enabled(), 10)
    button(browser, "Delete my data").click()
    until(browser, lambda d: DELETED in page_text(d), 30)
    confirm = [c for c in by_css(browser, '[data-testid="stCheckbox"]') if "delete every" in c.text]
    assert confirm and not by_css(confirm[0], "input")[0].is_selected()  # unticked again
    assert MESSAGE.encode() not in stored_bytes(home)
    browser.execute_script("window.scrollTo(0, 0)")
    shoot("deleted")


def test_a_persons_first_ten_minutes_in_a_real_browser(server, home, browser, shoot):
    browser.get(server)
    until(browser, lambda d: by_css(d, '[data-testid="stChatInputTextArea"]'), SERVER_START_S)
    set_max_tokens(browser, 12)
    first_visit(browser, home, shoot)

    type_message(browser, "I feel nervous about tomorrow.")
    until(browser, lambda d: settled(d) and len(figures(d)) == 2 * COLUMNS)
    shoot("chat")
    open_tab(browser, "Metrics")
    until(browser, lambda d: [c for c in by_css(d, '[data-testid="stVegaLiteChart"]') if c.is_displayed()], 60)
    shoot("metrics")
    open_tab(browser, "Chat")

    try:
        stop_keeps_columns_in_step(browser, shoot)
        crisis_panel(browser, shoot)
        delete_my_data(browser, home, shoot)
    except BaseException:
        shoot("failed")  # what the page showed when a step failed
        raise
