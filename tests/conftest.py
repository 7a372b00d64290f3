"""Suite-wide settings: no hub, a shared model cache, a private data home.

The converted bundled models are cached under `.cache/` in the repository (ignored by
git) so a second run skips the one-time GGUF de-quantisation; CI starts empty.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("HAVEN_CACHE_DIR", str(ROOT / ".cache" / "haven"))
os.environ["HF_HUB_OFFLINE"] = "1"  # tests never reach a hub
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Each test writes its user data (conversations, audit logs) into a fresh folder, and its
    runs and reports there too: nothing lands in the working tree (``runs/``, ``reports/``)."""
    monkeypatch.setenv("HAVEN_HOME", str(tmp_path_factory.mktemp("haven-home")))
    monkeypatch.setenv("HAVEN_RUNS_DIR", str(tmp_path_factory.mktemp("haven-runs")))
    monkeypatch.setenv("HAVEN_REPORT_DIR", str(tmp_path_factory.mktemp("haven-report")))


@pytest.fixture
def scripted_backend():
    """The suite's one backend test double (tests/doubles.py): call it with the chunks to stream."""
    from doubles import ScriptedBackend

    return ScriptedBackend


@pytest.fixture(scope="session")
def smoke_run(tmp_path_factory):
    """One smoke LoRA run of smollm2-135m (fp32) for the whole session: (adapter folder, TrainResult).

    The folder is ``RUNS/smollm2-135m`` as `haven demo` lays it out (its parent is a runs
    folder). Tests read it, or export ``adapter.gguf`` into it; one that changes anything else
    copies it to its own ``tmp_path`` first.
    """
    from haven.train.config import build_config
    from haven.train.lora import train_lora

    folder = tmp_path_factory.mktemp("smoke-runs") / "smollm2-135m"
    return folder, train_lora(build_config("smoke", model="smollm2-135m", output_dir=str(folder), precision="fp32"))


@pytest.fixture(scope="session")
def smoke_adapter(smoke_run):
    """The session's smoke-trained adapter folder (see `smoke_run`)."""
    return smoke_run[0]


@pytest.fixture(scope="session")
def smollm2():
    """SmolLM2-135M-Instruct from its bundled GGUF, loaded once per session (fp32)."""
    from haven.models.load import load_model

    return load_model("smollm2-135m", precision="fp32")


@pytest.fixture(scope="session")
def smollm2_tokenizer(smollm2):
    return smollm2.tokenizer


# --- privacy: nothing in the suite may reach past this machine ---------------------------------
#
# Every socket connect (and every name lookup, which would send the name to a DNS server) is
# checked: loopback addresses, `localhost` and Unix sockets pass; anything else raises
# NetworkBlockedError and is recorded, and the run fails at the end if anything was recorded,
# even when the code under test swallowed the error. Servers the tests start themselves
# (llama.cpp's server, the dashboard) listen on loopback, so they keep working.

import ipaddress  # noqa: E402 - kept next to the guard it serves
import socket  # noqa: E402

LOCAL_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback"})
BLOCKED_CONNECTIONS: list[str] = []  # "host:port (where)" of every refused attempt


class NetworkBlockedError(ConnectionRefusedError):
    """A test tried to reach a host that is not this machine."""


def is_local_host(host) -> bool:
    """Loopback, unspecified (which Linux connects to this machine) or a local name."""
    if host is None:
        return True
    name = host.decode() if isinstance(host, bytes) else str(host)
    name = name.split("%", 1)[0].strip("[]").lower()  # drop an IPv6 zone and URL brackets
    if name in LOCAL_NAMES or name in ("", socket.gethostname().lower()):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False  # another host name: refusing the lookup keeps the name on this machine
    mapped = getattr(address, "ipv4_mapped", None)
    return (mapped or address).is_loopback or (mapped or address).is_unspecified


def _refuse(target: str) -> None:
    BLOCKED_CONNECTIONS.append(target)
    raise NetworkBlockedError(f"the test suite may not reach {target}: only loopback is allowed")


def _check_address(sock, address) -> None:
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return  # Unix sockets (and netlink, for interface queries) never leave the machine
    if isinstance(address, tuple) and address and not is_local_host(address[0]):
        _refuse(f"{address[0]}:{address[1] if len(address) > 1 else '?'}")


_real_connect, _real_connect_ex = socket.socket.connect, socket.socket.connect_ex
_real_sendto, _real_getaddrinfo = socket.socket.sendto, socket.getaddrinfo


def _guarded_connect(self, address):
    _check_address(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    _check_address(self, address)
    return _real_connect_ex(self, address)


def _guarded_sendto(self, data, *args):
    if args:
        _check_address(self, args[-1])  # sendto(data, address) or sendto(data, flags, address)
    return _real_sendto(self, data, *args)


def _guarded_getaddrinfo(host, port, *args, **kwargs):
    if not is_local_host(host):
        _refuse(f"{host}:{port} (name lookup)")
    return _real_getaddrinfo(host, port, *args, **kwargs)


def install_network_guard() -> None:
    """Route socket connects and name lookups through the loopback check (idempotent)."""
    socket.socket.connect, socket.socket.connect_ex = _guarded_connect, _guarded_connect_ex
    socket.socket.sendto, socket.getaddrinfo = _guarded_sendto, _guarded_getaddrinfo


install_network_guard()


class NetworkGuard:
    """What a test sees of the guard: the refusals so far, and a way to expect one."""

    blocked = BLOCKED_CONNECTIONS
    error = NetworkBlockedError

    @staticmethod
    def forget_since(count: int) -> list[str]:
        """Take back the refusals recorded after the first `count` (a test that caused them on purpose)."""
        taken = BLOCKED_CONNECTIONS[count:]
        del BLOCKED_CONNECTIONS[count:]
        return taken


@pytest.fixture
def network_guard():
    return NetworkGuard


def pytest_sessionfinish(session, exitstatus):
    if BLOCKED_CONNECTIONS and exitstatus == 0:
        session.exitstatus = 1  # a swallowed attempt to leave the machine still fails the run


def pytest_terminal_summary(terminalreporter):
    if BLOCKED_CONNECTIONS:
        terminalreporter.write_sep("=", "network guard: connections refused (only loopback is allowed)", red=True)
        for target in BLOCKED_CONNECTIONS:
            terminalreporter.write_line(target)
