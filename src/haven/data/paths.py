"""Where the shared conversation data lives on this machine.

The data sets are large, carry their own licences and are never copied into the
repository: they sit in a ``shared/data`` folder next to (or above) the checkout.
``HAVEN_DATA_DIR`` points elsewhere when a machine keeps them somewhere else.
"""

from __future__ import annotations

import os
from pathlib import Path

from haven.errors import DataError

DATA_DIR_ENV = "HAVEN_DATA_DIR"
"""Environment variable that names the data folder explicitly."""

SHARED_DATA_PARTS = ("shared", "data")
"""The folder looked for in every ancestor of the starting points."""


def find_data_dir(start: Path | None = None) -> Path:
    """Return the folder holding the shared data sets.

    ``$HAVEN_DATA_DIR`` wins when set. Otherwise the first ``shared/data`` folder
    found walking up from ``start`` (default: the current directory) and then from
    this file's location.

    Raises:
        DataError: the variable names a missing folder, or no folder was found.
    """
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        folder = Path(configured).expanduser()
        if not folder.is_dir():
            raise DataError(
                f"{DATA_DIR_ENV}={configured} is not a folder: point it at the folder "
                "holding counsel-chat/ and esconv/, or unset it"
            )
        return folder
    starts = [Path(start) if start else Path.cwd(), Path(__file__).resolve().parent]
    looked: list[Path] = []
    for origin in starts:
        for ancestor in (origin.resolve(), *origin.resolve().parents):
            candidate = ancestor.joinpath(*SHARED_DATA_PARTS)
            if candidate.is_dir():
                return candidate
            looked.append(candidate)
    raise DataError(
        f"no {'/'.join(SHARED_DATA_PARTS)} folder found above {starts[0]} or {starts[1]} "
        f"(looked in {len(looked)} places, e.g. {looked[0]}): set {DATA_DIR_ENV}=PATH "
        "or pass --data PATH"
    )
