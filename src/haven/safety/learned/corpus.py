"""Labelled material for the learned safety layer: Haven's own corpus and the outside sets.

- Haven's corpus (``corpora/safety/messages.jsonl`` and ``replies.jsonl`` in the repository,
  written by the team; format in ``corpora/safety/README.md``). Split 80/20 by ``group``
  (a template or hand-written batch), so variants of one template never sit on both sides.
- ``safety/openai-moderation`` (Markov et al. 2022, MIT): ``SH`` = self-harm yes/no; missing
  is unknown and skipped. Split 50/50 by a hash of the text.
- ``safety/cssrs-reddit`` (Gaur et al. 2019, CC BY 4.0): one Columbia-scale label per user
  over all their posts. Split 50/50 by user.
- ``safety/dreaddit`` (Turcan & McKeown 2019, MIT): stress without crisis; the train file
  trains, the test file is held out.
- counsel-chat (MIT): licensed therapists' answers, harmless replies for the reply guard;
  split 50/50 by question.

The validation halves are never used to fit or tune anything (thresholds are chosen on
out-of-fold predictions of the training half).
"""

from __future__ import annotations

import ast
import csv
import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from haven.data.schema import Message, Role
from haven.errors import DataError
from haven.safety.levels import RiskCategory, RiskLevel, Subject


class Split(str, Enum):
    """Which side of a held-out split an example is on."""

    TRAIN = "train"
    VALIDATION = "validation"


class Source(str, Enum):
    """Where a labelled example comes from; each is reported on its own."""

    HAVEN = "haven"
    MODERATION = "openai-moderation"
    CSSRS = "cssrs-reddit"
    DREADDIT = "dreaddit"
    COUNSEL_CHAT = "counsel-chat"


HAVEN_VALIDATION_SHARE = 0.2
OUTSIDE_VALIDATION_SHARE = 0.5
# C-SSRS users labelled at ideation or above are at high risk; "Supportive" users write to help others.
CSSRS_AT_RISK = {"Ideation", "Behavior", "Attempt"}
CSSRS_NOT_AT_RISK = {"Supportive"}


def split_of(key: str, validation_share: float, salt: str = "haven-safety-v1") -> Split:
    """A stable split from a hash of ``key`` (a group, a user, a text)."""
    digest = hashlib.sha256(f"{salt}:{key}".encode("utf-8")).digest()
    return Split.VALIDATION if int.from_bytes(digest[:4], "big") / 2**32 < validation_share else Split.TRAIN


@dataclass(frozen=True)
class LabelledMessage:
    """A person's message with its risk, for training or validating the risk heads."""

    id: str
    text: str
    level: RiskLevel
    source: Source
    split: Split
    history: tuple[Message, ...] = ()
    categories: tuple[RiskCategory, ...] = ()
    subject: Subject = Subject.SELF
    lang: str = "en"
    kind: str = ""
    group: str = ""
    user: str = ""  # cssrs-reddit: the user the post belongs to (labels are per user)
    known: frozenset[str] = field(default_factory=lambda: frozenset({"level", "categories", "subject"}))

    @property
    def self_level(self) -> RiskLevel:
        """The writer's own level (someone else's crisis or a story is not the writer's)."""
        return self.level if self.subject is Subject.SELF else RiskLevel.NONE


@dataclass(frozen=True)
class LabelledReply:
    """A model reply with whether a person may see it."""

    id: str
    reply: str
    harmful: bool
    source: Source
    split: Split
    context: str = ""
    harm: str = "none"
    lang: str = "en"
    kind: str = ""
    group: str = ""  # replies written from one template or one question: kept together in folds and splits


def _jsonl(path: Path) -> Iterator[tuple[int, dict]]:
    if not path.is_file():
        raise DataError(f"no safety corpus at {path}: run `python {path.parent / ('generate_' + path.stem + '.py')}`")
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield number, json.loads(line)
                except json.JSONDecodeError as error:
                    raise DataError(f"{path}:{number}: not JSON ({error.msg}); each line is one object") from error


def _group_of_id(line_id: str) -> str:
    """A message's group when the line leaves it out: its id is ``<group>-<number>`` (generate_messages.py)."""
    head, _, number = line_id.rpartition("-")
    return head if head and number.isdigit() else line_id


def read_haven_messages(path: Path, all_held_out: bool = False) -> list[LabelledMessage]:
    """Haven's own messages (``messages.jsonl``), split by group; with ``all_held_out`` every line is
    validation (``fresh.jsonl``: written by hand to check the layer, never trained on)."""
    out = []
    for number, row in _jsonl(path):
        try:
            history = tuple(Message(Role(t["role"]), t["content"]) for t in row.get("history") or [])
            group = row.get("group") or _group_of_id(row["id"])
            out.append(LabelledMessage(
                id=row["id"], text=row["text"], level=RiskLevel(row["level"]), source=Source.HAVEN,
                split=Split.VALIDATION if all_held_out else split_of(group, HAVEN_VALIDATION_SHARE), history=history,
                categories=tuple(RiskCategory(c) for c in row.get("categories") or []),
                subject=Subject(row.get("subject", "self")), lang=row.get("lang", "en"), kind=row.get("kind", ""),
                group=group,
            ))
        except (KeyError, ValueError) as error:
            raise DataError(f"{path}:{number}: {error}; see corpora/safety/README.md for the fields") from error
    return out


def read_haven_replies(path: Path, all_held_out: bool = False) -> list[LabelledReply]:
    """Haven's own replies (``replies.jsonl``), split by group; with ``all_held_out`` every line is
    validation (``fresh_replies.jsonl``, which training never reads)."""
    out = []
    for number, row in _jsonl(path):
        try:
            group = row.get("group") or row["id"]
            out.append(LabelledReply(
                id=row["id"], reply=row["reply"], harmful=bool(row["harmful"]), source=Source.HAVEN,
                split=Split.VALIDATION if all_held_out else split_of(group, HAVEN_VALIDATION_SHARE), context=row.get("context", ""),
                harm=row.get("harm", "none"), lang=row.get("lang", "en"), kind=row.get("kind", ""), group=group,
            ))
        except (KeyError, ValueError) as error:
            raise DataError(f"{path}:{number}: {error}; see corpora/safety/README.md for the fields") from error
    return out


def read_moderation(folder: Path) -> list[LabelledMessage]:
    """openai-moderation rows with a known ``SH`` label: yes is high (self-harm), no is none."""
    path = folder / "safety" / "openai-moderation" / "samples-1680.jsonl.gz"
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            row = json.loads(line)
            if row.get("SH") not in (0, 1):
                continue
            text = row["prompt"]
            positive = row["SH"] == 1
            out.append(LabelledMessage(
                id=f"moderation-{number}", text=text, level=RiskLevel.HIGH if positive else RiskLevel.NONE,
                source=Source.MODERATION, split=split_of(text, OUTSIDE_VALIDATION_SHARE),
                categories=(RiskCategory.SELF_HARM,) if positive else (), kind="self_harm" if positive else "hard_negative",
                known=frozenset({"level"}),
            ))
    return out


def _posts(cell: str) -> list[str]:
    try:
        posts = ast.literal_eval(cell)
        return [str(p) for p in posts] if isinstance(posts, list) else [cell]
    except (ValueError, SyntaxError):
        return [cell.strip("[]")]


def read_cssrs(folder: Path) -> list[LabelledMessage]:
    """cssrs-reddit posts, each carrying its user's label (ideation+ is high; supportive is none).

    Users labelled "Indicator" are left out: the label says risk factors without ideation,
    which sits between Haven's levels.
    """
    path = folder / "safety" / "cssrs-reddit" / "500_Reddit_users_posts_labels.csv"
    out = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            label = row["Label"]
            if label not in CSSRS_AT_RISK | CSSRS_NOT_AT_RISK:
                continue
            level = RiskLevel.HIGH if label in CSSRS_AT_RISK else RiskLevel.NONE
            split = split_of(row["User"], OUTSIDE_VALIDATION_SHARE)
            for index, post in enumerate(_posts(row["Post"])):
                if post.strip():
                    out.append(LabelledMessage(
                        id=f"{row['User']}-{index}", text=post, level=level, source=Source.CSSRS, split=split,
                        kind=label.lower(), user=row["User"], known=frozenset({"level"}),
                    ))
    return out


def read_dreaddit(folder: Path) -> list[LabelledMessage]:
    """Dreaddit posts (stress or not, never a crisis label): the train file trains, the test file validates."""
    out = []
    for name, column, split in (("dreaddit-train.csv", "post", Split.TRAIN), ("dreaddit-test.csv", "query", Split.VALIDATION)):
        with (folder / "safety" / "dreaddit" / name).open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=1):
                text = row[column].removeprefix("Post:").split(" Question: ")[0].strip()
                out.append(LabelledMessage(
                    id=f"dreaddit-{split.value}-{number}", text=text, level=RiskLevel.LOW, source=Source.DREADDIT,
                    split=split, kind="stress", known=frozenset({"level"}),
                ))
    return out


def read_counsel_chat_answers(folder: Path) -> list[LabelledReply]:
    """Licensed therapists' answers from counsel-chat: harmless replies, split by question.

    Each answer goes through the same text fixes as Haven's training data (glued sentences
    split, links to practices removed): "feel.In" glued by a lost line break reads as a web
    address to the guard, and a therapist's own web site is rightly an unvetted link.
    """
    from haven.data.textfix import split_glued_sentences, strip_urls

    path = folder / "counsel-chat" / "20200325_counsel_chat.csv"
    out, seen = [], set()
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            answer = strip_urls(split_glued_sentences((row.get("answerText") or "").strip())[0])[0].strip()
            if not answer or answer in seen:
                continue
            seen.add(answer)
            question = (row.get("questionText") or row.get("questionTitle") or "").strip()
            out.append(LabelledReply(
                id=f"counsel-chat-{number}", reply=answer, harmful=False, source=Source.COUNSEL_CHAT,
                split=split_of(question, OUTSIDE_VALIDATION_SHARE), context=question, kind="therapist",
                group=f"counsel-chat:{question}",
            ))
    return out
