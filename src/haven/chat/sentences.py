"""Replies that end where a sentence ends, on every backend.

A model stops at its token budget wherever it is, often mid-word ("you could try to"),
and a person then reads a reply that breaks off. Two things prevent it, both here so
every backend and every front door share them (the engine, :mod:`haven.chat.engine`,
is their one caller; the evaluation reads :func:`ends_mid_sentence` to count cut replies):

* **stop near the budget at a sentence end**: :class:`SentenceStop` watches the reply
  as it streams; once it has used :data:`NEAR_BUDGET_SHARE` of the token budget, the
  first complete sentence ends the generation (the engine then cancels the backend);
* **trim what is left unfinished**: :func:`trim_to_sentence` cuts a reply that still
  ends mid-sentence back to its last complete sentence, and :class:`SentenceStop` never
  releases a sentence's text to the screen before the sentence is complete, so nothing
  shown is taken back.

A sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quote or bracket),
followed by white space or the end of the text, unless the word before is a common
abbreviation (``Dr.``, ``e.g.``) or a number (``1.`` in a list). A line break ends a
line of a list but not a sentence.
"""

from __future__ import annotations

import re
from typing import Callable

NEAR_BUDGET_SHARE = 0.8  # of max_tokens: past it, the next sentence end stops the reply
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "approx",
                           "no", "jr", "sr", "u.s", "a.m", "p.m"})
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each complete sentence of `text` (see the module docstring for what ends one)."""
    ends = []
    for match in _END.finditer(text):
        if match.group().startswith(".") and len(match.group().rstrip("\"'”’)]")) == 1:
            word = _WORD_BEFORE.search(text, 0, match.start())
            token = word.group(1).lower() if word else ""
            if not token or token.isdigit() or token in ABBREVIATIONS:
                continue
        ends.append(match.end())
    return ends


def last_sentence_end(text: str) -> int:
    """Offset just after the last complete sentence (0 when there is none)."""
    ends = sentence_ends(text)
    return ends[-1] if ends else 0


def ends_mid_sentence(text: str) -> bool:
    """Whether `text` stops inside a sentence (an empty text does not)."""
    stripped = text.rstrip()
    return bool(stripped) and last_sentence_end(stripped) != len(stripped)


def trim_to_sentence(text: str) -> str:
    """`text` cut back to its last complete sentence; unchanged when it ends one or has none to fall back on."""
    stripped = text.rstrip()
    end = last_sentence_end(stripped)
    return stripped[:end] if end else stripped


class SentenceStop:
    """Releases a streamed reply a sentence at a time and says when to stop near the token budget.

    ``feed(chunk)`` returns the text now safe to show (whole sentences only); ``done`` turns
    true once the reply has used ``share`` of ``max_tokens`` and a sentence has just
    ended; ``cut(reply)`` gives the finished reply as it should read. ``count`` gives a
    text's length in the model's tokens; it is called only when a sentence ends.
    """

    def __init__(self, max_tokens: int, count: Callable[[str], int], share: float = NEAR_BUDGET_SHARE) -> None:
        self.threshold = max(1, int(max_tokens * share))
        self.count = count
        self.text = ""
        self.released = 0
        self.done = False

    def feed(self, chunk: str) -> str:
        """Take the next piece of the reply; the complete sentences not yet released."""
        if self.done:
            return ""
        self.text += chunk
        # Fed the guard's released text, which ends only where white space follows the punctuation
        # ("3." + "5" or "www." + "x.com" are never split), so an end at the very end is final.
        end = last_sentence_end(self.text)
        if end <= self.released:
            return ""
        out, self.released = self.text[self.released:end], end
        if self.count(self.text[:end]) >= self.threshold:
            self.done = True
        return out

    def cut(self, reply: str) -> str:
        """The finished `reply` as it should read: cut where the stream stopped, else trimmed to its last sentence."""
        kept = self.text[: self.released]
        if self.done and reply.startswith(kept):
            return kept
        return trim_to_sentence(reply)
