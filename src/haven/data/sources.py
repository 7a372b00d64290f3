"""Names, licences and metadata keys of the data sets Haven can learn from.

Every copy, derivative or model card that uses a set must carry its attribution
(see ``shared/data/SOURCES.md``), so the licence travels with the name in one
place: the loaders, the data card and the CLI's licence prompt all read it here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Final, Mapping


class DataSource(str, Enum):
    """Data set names accepted by :func:`haven.data.load.load_examples`."""

    COUNSEL_CHAT = "counsel-chat"
    ESCONV = "esconv"
    TABLE = "table"
    """A CSV or JSONL file given by the user."""


class MetaKey:
    """Keys the loaders write into ``Example.meta`` (plain strings, JSON-safe)."""

    FILE: Final = "file"
    LINE: Final = "line"
    ROW: Final = "row"
    QUESTION_ID: Final = "question_id"
    UPVOTES: Final = "upvotes"
    VIEWS: Final = "views"
    ORIGINAL_SPLIT: Final = "original_split"
    EMOTION_TYPE: Final = "emotion_type"
    EXPERIENCE_TYPE: Final = "experience_type"
    SITUATION: Final = "situation"
    STRATEGIES: Final = "strategies"
    """ESConv: one list of strategy labels per assistant turn, in order."""


@dataclass(frozen=True)
class SourceLicence:
    """What a data card must say about where a data set comes from.

    Attributes:
        name: the data set's display name.
        licence: SPDX-style licence name.
        url: where the data and its licence are published.
        attribution: the text to reproduce wherever the data or a derivative is shared.
        commercial_use: whether the licence allows commercial use.
    """

    name: str
    licence: str
    url: str
    attribution: str
    commercial_use: bool


LICENCES: Mapping[DataSource, SourceLicence] = MappingProxyType(
    {
        DataSource.COUNSEL_CHAT: SourceLicence(
            name="Counsel Chat",
            licence="MIT",
            url="https://github.com/nbertagnolli/counsel-chat",
            attribution=(
                "Counsel Chat, Copyright (c) 2020 nbertagnolli, MIT License. "
                "Bertagnolli, N. (2020). Counsel chat: Bootstrapping high-quality "
                "therapy data. Towards Data Science."
            ),
            commercial_use=True,
        ),
        DataSource.ESCONV: SourceLicence(
            name="ESConv (Emotional Support Conversation)",
            licence="CC-BY-NC-4.0",
            url="https://github.com/thu-coai/Emotional-Support-Conversation",
            attribution=(
                "ESConv, Copyright (c) 2021 CoAI Group, Tsinghua University, "
                "CC BY-NC 4.0, for academic research use only. Liu, S. et al. (2021). "
                "Towards Emotional Support Dialog Systems. ACL 2021."
            ),
            commercial_use=False,
        ),
    }
)
"""Licence facts per bundled data set; user tables have none (their owner decides)."""
