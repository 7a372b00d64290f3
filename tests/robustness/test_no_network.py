"""Privacy: nothing leaves the machine, and no log or audit line carries what a person wrote.

The suite-wide guard in ``tests/conftest.py`` refuses every connect and name lookup that
is not loopback; here it is shown to fire (so the rest of the suite passing means
nothing tried to leave) and to let the suite's own loopback servers and Unix sockets
through. Then a chat turn is run with every logger at DEBUG and an audit log on, and
the person's words appear in neither.
"""

from __future__ import annotations

import http.client
import http.server
import json
import logging
import socket
import threading
import urllib.request

import pytest

from doubles import ScriptedBackend

from haven.chat.backends.base import GenerationOptions
from haven.chat.backends.openai_backend import OpenAIBackend
from haven.chat.engine import ChatSession, EventKind, respond
from haven.errors import BackendError
from haven.safety import SafetySettings, assess_conversation, assess_message

# TEST-NET-3 (RFC 5737): documentation addresses, never routed; a real connect would hang, not leak.
OUTSIDE = ("203.0.113.7", 80)
# Words no rule id or log template contains: finding one means a person's text leaked.
SECRET_WORDS = ("Quillfeather", "Marrowdale", "stepfather", "want to take an")
SECRET_MESSAGES = [
    "My stepfather Quillfeather hurts me and I live in Marrowdale",
    "I want to take an overdose tonight",
    "Quillfeather says nobody would miss me",
]


def test_a_connect_to_another_host_is_refused_and_recorded(network_guard):
    before = len(network_guard.blocked)
    with socket.socket() as sock, pytest.raises(network_guard.error, match="only loopback"):
        sock.connect(OUTSIDE)
    with socket.socket() as sock, pytest.raises(network_guard.error):
        sock.connect_ex(OUTSIDE)
    with socket.socket(socket.AF_INET6) as sock, pytest.raises(network_guard.error):
        sock.connect(("2001:db8::1", 443))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock, pytest.raises(network_guard.error):
        sock.sendto(b"x", ("192.0.2.1", 53))
    refused = network_guard.forget_since(before)
    assert refused == ["203.0.113.7:80", "203.0.113.7:80", "2001:db8::1:443", "192.0.2.1:53"]


def test_name_lookups_and_urls_for_other_hosts_are_refused(network_guard):
    before = len(network_guard.blocked)
    with pytest.raises(network_guard.error):
        socket.create_connection(("example.org", 443), timeout=1)
    with pytest.raises(OSError):  # urllib wraps the refusal in URLError, an OSError
        urllib.request.urlopen("http://huggingface.co/", timeout=1)
    refused = network_guard.forget_since(before)
    assert refused == ["example.org:443 (name lookup)", "huggingface.co:80 (name lookup)"]


def test_a_backend_url_elsewhere_never_connects(network_guard):
    before = len(network_guard.blocked)
    backend = OpenAIBackend("http://203.0.113.7:8080/v1")
    with pytest.raises(BackendError, match="no server at http://203.0.113.7:8080/v1"):
        list(backend.generate([{"role": "user", "content": "hello"}], GenerationOptions(timeout_s=2)))
    refused = network_guard.forget_since(before)
    assert refused and all(target.startswith("203.0.113.7:8080") for target in refused)


class EchoHandler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - the http.server hook name
        body = b"still here"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_loopback_servers_still_answer(host, network_guard):
    before = len(network_guard.blocked)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), EchoHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        conn = http.client.HTTPConnection(host, server.server_address[1], timeout=5)
        conn.request("GET", "/")
        assert conn.getresponse().read() == b"still here"
        conn.close()
    finally:
        server.shutdown()
        server.server_close()
    assert len(network_guard.blocked) == before


def test_unix_sockets_and_ipv6_loopback_pass(tmp_path, network_guard):
    before = len(network_guard.blocked)
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"
    path = str(tmp_path / "s.sock")
    with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
        server.bind(path)
        server.listen(1)
        client.connect(path)
    if socket.has_ipv6:
        with socket.socket(socket.AF_INET6) as sock:
            assert sock.connect_ex(("::1", 9)) != 0  # nothing listens on port 9: refused by the OS, not the guard
    assert len(network_guard.blocked) == before


# --- logs and audit records carry no conversation text ---------------------------------------


def EchoingBackend():  # noqa: N802 - reads as the class it builds
    """The suite's double replying with the person's own words (the worst case for a leak)."""
    return ScriptedBackend(echo=True, name="echo", label="echo test backend")


def test_a_chat_turn_logs_no_conversation_text(tmp_path, caplog):
    audit = tmp_path / "audit.jsonl"
    session = ChatSession(settings=SafetySettings(audit_log_path=audit))
    with caplog.at_level(logging.DEBUG):
        for message in SECRET_MESSAGES:
            events = list(respond(EchoingBackend(), session, message, GenerationOptions()))
            assert events[-1].kind is EventKind.DONE
    logged = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    written = audit.read_text()
    assert len(written.splitlines()) == len(SECRET_MESSAGES)
    for word in SECRET_WORDS:
        assert word.lower() not in logged.lower(), word
        assert word.lower() not in written.lower(), word


def test_audit_records_hold_levels_and_rules_only(tmp_path):
    settings = SafetySettings(audit_log_path=tmp_path / "a.jsonl")
    for message in SECRET_MESSAGES:
        assess_message(message, settings)
    assess_conversation([{"role": "user", "content": m} for m in SECRET_MESSAGES], settings)
    for line in (tmp_path / "a.jsonl").read_text().splitlines():
        entry = json.loads(line)
        assert set(entry) <= {"ts", "risk_level", "conversation_level", "categories", "show_resources", "rules", "text_hash",
                              "other_level", "classifier"}
        assert all(isinstance(rule, str) and " " not in rule for rule in entry["rules"])  # ids, not phrases
        # the learned layer's part: numbers and a sentence index, never a phrase
        classifier = entry.get("classifier") or {}
        assert set(classifier) <= {"probabilities", "level", "driver_sentence", "driver_probability"}
        assert all(isinstance(p, float) for p in classifier.get("probabilities", {}).values())
