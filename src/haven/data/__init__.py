"""Data: load counselling conversations, clean them, split them by question, describe them.

``load_examples`` → ``clean_examples`` → ``split_by_group`` → ``build_data_card``;
every stage returns data (examples, a report, a split, a card) for the CLI and the
dashboard to render.
"""

from haven.data.card import build_data_card, render_data_card_markdown
from haven.data.clean import (
    CleaningPolicy,
    CleaningReport,
    CleanResult,
    Fix,
    RemovalReason,
    clean_examples,
)
from haven.data.load import (
    LoadedExamples,
    load_counsel_chat,
    load_esconv,
    load_examples,
)
from haven.data.paths import DATA_DIR_ENV, find_data_dir
from haven.data.schema import Example, Message, Role
from haven.data.sources import LICENCES, DataSource, MetaKey, SourceLicence
from haven.data.split import DataSplit, split_by_group
from haven.data.table import TABLE_SUFFIXES, load_table

__all__ = [
    "DATA_DIR_ENV",
    "LICENCES",
    "TABLE_SUFFIXES",
    "CleanResult",
    "CleaningPolicy",
    "CleaningReport",
    "DataSource",
    "DataSplit",
    "Example",
    "Fix",
    "LoadedExamples",
    "Message",
    "MetaKey",
    "RemovalReason",
    "Role",
    "SourceLicence",
    "build_data_card",
    "clean_examples",
    "find_data_dir",
    "load_counsel_chat",
    "load_esconv",
    "load_examples",
    "load_table",
    "render_data_card_markdown",
    "split_by_group",
]
