"""The house's rooms import one way, and the shared concepts each have one home.

Every ``haven`` import in the package is read from the source (function-level imports
included, ``if TYPE_CHECKING:`` blocks left out), and each package is given its stage:
a module may import its own stage or a lower one, never a higher one, so there are no
circles between packages. The comparison (``evaluate/compare.py``) sends every prompt
through the guarded chat path, as a person would see it, so ``chat`` sits below
``evaluate``; ``export`` is a format converter on ``models`` that training's adapter calls.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "haven"

# The base modules every room may use: errors, optional dependencies, the user's folders.
SHARED = {"errors", "deps", "paths", "__init__", "__main__"}
STAGE = {
    "data": 0, "safety": 1, "store": 1, "models": 2, "export": 3, "train": 4,
    "chat": 5, "evaluate": 6, "workflow": 7, "app": 8, "cli": 8,
}


def room_of(module: str) -> str:
    return module.split(".")[0]


def haven_imports(path: Path) -> list[tuple[int, str]]:
    """(line, imported haven module) for every import in `path` outside `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(child) for body in node.body for child in ast.walk(body))
    found = []
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("haven.") and node.level == 0:
            found.append((node.lineno, node.module.removeprefix("haven.")))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name.removeprefix("haven.")) for a in node.names if a.name.startswith("haven.")]
    return found


def modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_room_has_a_stage():
    rooms = {room_of(str(p.relative_to(SRC).with_suffix("")).replace("/", ".")) for p in modules()}
    assert rooms - SHARED <= set(STAGE), rooms - SHARED - set(STAGE)


def test_no_room_imports_a_higher_one():
    upward = []
    for path in modules():
        room = room_of(str(path.relative_to(SRC).with_suffix("")).replace("/", "."))
        if room in SHARED:
            continue
        for line, target in haven_imports(path):
            other = room_of(target)
            if other in SHARED or other == room:
                continue
            if STAGE[other] > STAGE[room]:
                upward.append(f"{path.relative_to(SRC)}:{line} imports haven.{target}")
    assert not upward, "imports from a lower room to a higher one:\n" + "\n".join(upward)


# `x == "llama.cpp"`, `kind != OPENAI`, `backend == BACKEND_NAME`: a branch on which backend it is
BACKEND_NAME_BRANCH = re.compile(
    r"""[!=]=\s*(["'](llama\.cpp|transformers|openai)["']|LLAMA_CPP\b|TRANSFORMERS\b|OPENAI\b|BACKEND_NAME\b)""")


def test_no_backend_name_branches_outside_the_backends():
    found = [f"{p.relative_to(SRC)}:{n}: {line.strip()}" for p in modules() if "backends" not in p.parts
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if BACKEND_NAME_BRANCH.search(line)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("needle, home", [
    ('"adapter.gguf"', "train/adapter.py"),
    ('"adapter_model.safetensors"', "train/adapter.py"),
    ("sys.modules[", None),
    ('"within" in', None),
])
def test_each_concept_is_written_once(needle, home):
    where = [str(p.relative_to(SRC)) for p in modules() if needle in p.read_text(encoding="utf-8")]
    assert where == ([home] if home else []), where
