"""EPITOME's human empathy labels, joined per reply and split by seeker post.

EPITOME (Sharma, Miner, Atkins & Althoff, EMNLP 2020, "A Computational Approach to
Understanding Empathy Expressed in Text-Based Mental Health Support", arXiv:2009.08441;
https://github.com/behavioral-data/Empathy-Mental-Health) rates Reddit support replies
on three mechanisms, 0 none / 1 weak / 2 strong, one CSV per mechanism
(``sp_id, rp_id, seeker_post, response_post, level, rationales``).

Quirks handled here (measured on the shared copy, see ``shared/data/SOURCES.md``):

* the three files hold the same replies; they are joined on ``rp_id``;
* 45 replies appear more than once in a file (46 extra rows, same seeker post); the
  copies are merged, and the few whose copies disagree (18 labels over the three files)
  keep the lower level (:func:`statistics.median_low`: the conservative reading);
* the same reply's text differs between files by whitespace only; texts are kept with
  runs of spaces collapsed;
* labels are skewed (explorations is "none" for ~84% of replies), so the split is by
  seeker post (``sp_id``), never by row, and the scorer reports macro-F1.

The licence is academic and non-commercial: nothing here runs unless the caller opted in
(:func:`check_epitome_opt_in`), like ESConv.
"""

from __future__ import annotations

import csv
import hashlib
import random
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Final

from haven.data.sources import SourceLicence
from haven.errors import DataError

EPITOME_DIR: Final = "epitome"
MECHANISM_FILES: Final = {
    "emotional_reactions": "emotional-reactions-reddit.csv",
    "interpretations": "interpretations-reddit.csv",
    "explorations": "explorations-reddit.csv",
}
"""Mechanism name (as :class:`haven.evaluate.empathy.Mechanism` spells it) → its EPITOME file."""

EPITOME_LICENCE: Final = SourceLicence(
    name="EPITOME (Empathy in Text-based Mental Health Support)",
    licence="EPITOME academic licence (non-commercial research only)",
    url="https://github.com/behavioral-data/Empathy-Mental-Health",
    attribution=(
        "EPITOME, Copyright 2019-2020 University of Washington, Behavioral Data Science Group; "
        "non-profit academic research use only. Sharma, A., Miner, A. S., Atkins, D. C. & Althoff, T. "
        "(2020). A Computational Approach to Understanding Empathy Expressed in Text-Based Mental Health "
        "Support. EMNLP 2020."
    ),
    commercial_use=False,
)


@dataclass(frozen=True)
class EmpathyPair:
    """One seeker post, one reply and the reply's three human levels (0/1/2)."""

    sp_id: str
    rp_id: str
    seeker_post: str
    response_post: str
    levels: dict[str, int]
    # per mechanism, the passages of the reply the annotators marked as carrying that mechanism
    # (EPITOME's ``rationales`` column; empty at level 0)
    rationales: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.levels.values())


@dataclass(frozen=True)
class EpitomeSplit:
    """Replies split by seeker post into train, validation (tuning) and test (untouched)."""

    train: list[EmpathyPair]
    validation: list[EmpathyPair]
    test: list[EmpathyPair]
    seed: int
    fractions: tuple[float, float, float]

    def card(self) -> dict:
        """Sizes, seed and a fingerprint of which seeker posts went where."""
        parts = {"train": self.train, "validation": self.validation, "test": self.test}
        digest = hashlib.sha256()
        for name, pairs in parts.items():
            digest.update(f"{name}:{','.join(sorted({p.sp_id for p in pairs}))};".encode())
        return {"by": "sp_id (seeker post)", "seed": self.seed, "fractions": list(self.fractions),
                "replies": {k: len(v) for k, v in parts.items()},
                "seeker_posts": {k: len({p.sp_id for p in v}) for k, v in parts.items()},
                "fingerprint": digest.hexdigest()[:16]}


def check_epitome_opt_in(accept_epitome_license: bool) -> None:
    """Refuse to touch EPITOME unless the caller accepted its non-commercial licence."""
    if not accept_epitome_license:
        raise DataError(
            f"the empathy scorer learns from EPITOME, licensed for non-profit academic research only "
            f"({EPITOME_LICENCE.url}); pass --accept-epitome-license (accept_epitome_license=True) to train "
            "and use it for non-commercial evaluation, or leave the empathy score out"
        )


def epitome_folder(data_dir: str | Path | None = None) -> Path:
    """The folder with EPITOME's three CSVs (default: the shared data folder's ``epitome/``)."""
    from haven.data.paths import find_data_dir

    folder = Path(data_dir) if data_dir else find_data_dir() / EPITOME_DIR
    missing = [name for name in MECHANISM_FILES.values() if not (folder / name).is_file()]
    if missing:
        raise DataError(f"no {', '.join(missing)} in {folder}: the empathy scorer needs EPITOME's three "
                        "mechanism files (set HAVEN_DATA_DIR to the folder holding epitome/)")
    return folder


def data_files(folder: Path) -> list[Path]:
    """The three mechanism files, in :data:`MECHANISM_FILES` order."""
    return [folder / name for name in MECHANISM_FILES.values()]


def read_mechanism_file(file: Path) -> dict[str, tuple[str, str, str, list[int], list[str]]]:
    """``rp_id → (sp_id, seeker_post, response_post, levels of every copy, rationale passages)`` for one file.

    The ``rationales`` column holds the marked passages separated by ``|``; white space is
    collapsed as in the reply, so each passage can be found in it.
    """
    rows: dict[str, tuple[str, str, str, list[int], list[str]]] = {}
    with file.open(encoding="utf-8", newline="") as handle:
        for line, record in enumerate(csv.DictReader(handle), start=2):
            try:
                level = int(record["level"])
            except (KeyError, TypeError, ValueError):
                raise DataError(f"{file}:{line}: level {record.get('level')!r} is not 0, 1 or 2") from None
            if level not in (0, 1, 2):
                raise DataError(f"{file}:{line}: level {level} is not 0, 1 or 2")
            key = record["rp_id"]
            passages = [" ".join(x.split()) for x in (record.get("rationales") or "").split("|")]
            passages = [x for x in passages if x]
            if key in rows:
                rows[key][3].append(level)
                rows[key][4].extend(x for x in passages if x not in rows[key][4])
            else:
                rows[key] = (record["sp_id"], " ".join(record["seeker_post"].split()),
                             " ".join(record["response_post"].split()), [level], passages)
    return rows


def load_epitome(folder: Path) -> list[EmpathyPair]:
    """Every reply with all three mechanism levels, joined on ``rp_id`` (file order of the first)."""
    tables = {mechanism: read_mechanism_file(folder / name) for mechanism, name in MECHANISM_FILES.items()}
    first = next(iter(tables.values()))
    pairs = []
    for rp_id, (sp_id, seeker, reply, *_) in first.items():
        if not all(rp_id in table for table in tables.values()):
            raise DataError(f"reply {rp_id} is missing from one of the mechanism files in {folder}")
        levels = {m: statistics.median_low(table[rp_id][3]) for m, table in tables.items()}
        rationales = {m: tuple(table[rp_id][4]) for m, table in tables.items()}
        pairs.append(EmpathyPair(sp_id, rp_id, seeker, reply, levels, rationales))
    return pairs


def split_by_seeker_post(pairs: list[EmpathyPair], seed: int = 13,
                         fractions: tuple[float, float, float] = (0.7, 0.15, 0.15)) -> EpitomeSplit:
    """Shuffle the seeker posts with `seed` and cut them by `fractions`; every reply follows its post."""
    if abs(sum(fractions) - 1) > 1e-6 or min(fractions) <= 0:
        raise DataError(f"split fractions {fractions} must be positive and sum to 1")
    posts = sorted({p.sp_id for p in pairs})
    random.Random(seed).shuffle(posts)
    cut1 = round(fractions[0] * len(posts))
    cut2 = cut1 + round(fractions[1] * len(posts))
    where = {sp: 0 if i < cut1 else 1 if i < cut2 else 2 for i, sp in enumerate(posts)}
    parts: list[list[EmpathyPair]] = [[], [], []]
    for pair in pairs:
        parts[where[pair.sp_id]].append(pair)
    return EpitomeSplit(*parts, seed=seed, fractions=tuple(fractions))


def describe_data(folder: Path, pairs: list[EmpathyPair]) -> dict:
    """The data card: where it came from, its licence, file hashes and label counts."""
    counts = {m: {str(k): sum(p.levels[m] == k for p in pairs) for k in (0, 1, 2)} for m in MECHANISM_FILES}
    return {"source": asdict(EPITOME_LICENCE), "folder": str(folder),
            "files": {f.name: hashlib.sha256(f.read_bytes()).hexdigest()[:16] for f in data_files(folder)},
            "replies": len(pairs), "seeker_posts": len({p.sp_id for p in pairs}), "level_counts": counts,
            "duplicates": "replies listed twice are merged; disagreeing copies keep the lower level"}
