"""Text preparation for the rules: one normal form, a bounded window, clause edges.

People type "I’m", "im", "I'M", "k!ll mys3lf", "quiero morirrrr" and "möchte"; the
rules are written once against a folded form (lower case, accents removed,
apostrophes inside words dropped, leetspeak inside words undone, letters repeated
three times or more collapsed). Long inputs are clipped to a bounded window that
always keeps the start and the end, plus the passages around trigger words in the
middle, so that assessment time stays bounded whatever is pasted in.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

HEAD_CHARS = 1500
TAIL_CHARS = 1500
MIDDLE_WINDOW = 150
MIDDLE_HITS = 6

_QUOTES = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u00b4": "'", "`": "'", "\u02bc": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
        "\uff02": '"', "\u2033": '"',
    }
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
_LEET_WORD = re.compile(r"\b[a-z]+[013457@$!][a-z013457@$!]*[a-z]\b|\b[a-z][013457@$!]+[a-z]+\b")
_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
# Words censored with "*" or "#" ("k*ll myself", "su**ide", "d#e"): restored where exactly one risk word fits
# (each run of marks inside a word stands for one or two letters). Other masked words ("f**k") stay as typed.
_CENSORED = re.compile(r"(?<![a-z*#])[a-z]*(?:[*#]+[a-z]+)+")
_CENSORABLE = ("kill", "killing", "killed", "kms", "die", "dying", "dead", "death", "suicide", "suicidal", "myself", "unalive",
               "overdose", "overdosed", "cut", "cutting", "hang", "hanging", "noose", "rope", "jump", "pills",
               "selfharm", "starve", "starving", "purge", "rape", "raped", "abuse", "matarme", "morir", "suicidarme", "mourir",
               "suicider", "sterben", "umbringen", "morrer", "suicidar")
_ELONGATED = re.compile(r"([a-z])\1{2,}")
_SPACES = re.compile(r"[ \t\r\f\v]+")
# Words worth reading in the middle of a very long message.
_TRIGGER = re.compile(
    r"kill|die|dying|dead|suicid|unaliv|kms|overdos|pills|hurt|harm|cut|bleed|end it|end my|"
    r"goodbye|noose|jump|bridge|starv|purg|throw up|calori|touch|hits? me|rape|abuse|"
    r"morir|matar|mourir|tuer|sterben|umbring|morrer"
)


def _uncensor(match: re.Match[str]) -> str:
    """A censored word (see ``_CENSORED``) as the one risk word it fits, else as typed."""
    word = match.group(0)
    if not any(ch.isalpha() for ch in word) or len(word) < 3:
        return word
    shape = re.compile("".join("[a-z]{1,2}" if part[0] in "*#" else re.escape(part)
                               for part in re.findall(r"[*#]+|[^*#]+", word)) + r"\Z")
    fits = [w for w in _CENSORABLE if shape.match(w)]
    return fits[0] if len(fits) == 1 else word


@dataclass(frozen=True)
class Prepared:
    """A message folded for matching, with its clause and sentence edges."""

    text: str
    clipped: bool
    sentence_starts: tuple[int, ...]
    clause_starts: tuple[int, ...]
    quotes: tuple[tuple[int, int], ...]

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding ``pos``."""
        return self.sentence_starts[bisect.bisect_right(self.sentence_starts, pos) - 1]

    def sentence_end(self, pos: int) -> int:
        """End of the sentence holding ``pos``."""
        i = bisect.bisect_right(self.sentence_starts, pos)
        return self.sentence_starts[i] if i < len(self.sentence_starts) else len(self.text)

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding ``pos`` (clauses also break at commas and "but")."""
        return self.clause_starts[bisect.bisect_right(self.clause_starts, pos) - 1]

    def quote_around(self, pos: int) -> tuple[int, int] | None:
        """The quoted span holding ``pos``, if any."""
        for start, end in self.quotes:
            if start <= pos < end:
                return start, end
        return None

    def sentence(self, pos: int) -> str:
        """The sentence holding ``pos``."""
        return self.text[self.sentence_start(pos) : self.sentence_end(pos)]


def clip(text: str) -> tuple[str, bool]:
    """The start, the end and the trigger passages of a long text; short texts unchanged."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text, False
    head, middle, tail = text[:HEAD_CHARS], text[HEAD_CHARS:-TAIL_CHARS], text[-TAIL_CHARS:]
    pieces = [head]
    for count, match in enumerate(_TRIGGER.finditer(middle.lower())):
        if count >= MIDDLE_HITS:
            break
        lo, hi = max(0, match.start() - MIDDLE_WINDOW), match.end() + MIDDLE_WINDOW
        pieces.append(middle[lo:hi])
    pieces.append(tail)
    return "\n".join(pieces), True


# Invisible format characters (Unicode category Cf: zero-width space and joiners, soft hyphen, word
# joiner, direction marks, byte-order mark) typed inside words to get past filters: "dr\u200bown".
_INVISIBLE = re.compile("[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u180e\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000e0001-\U000e007f]")


def drop_invisible(text: str) -> str:
    """``text`` without invisible format characters (what :func:`fold` also drops)."""
    return _INVISIBLE.sub("", text)


_ASCII_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")  # category Cc in ASCII, but the new line


def fold(text: str, *, undo_obfuscation: bool = True) -> str:
    """Lower case, accents and marks removed, quotes unified, apostrophes in words dropped.

    ``undo_obfuscation`` also undoes leetspeak inside words and collapses letters
    repeated three times or more ("k1ll", "diiiie"); the reply guard turns it off so
    that addresses such as ``www.`` stay intact.
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    if text.isascii():  # the same result without reading each character: ASCII has no marks or format characters
        text = _ASCII_CONTROL.sub(" ", text)
    else:
        text = unicodedata.normalize("NFKD", text)
        text = "".join(
            ch if ch == "\n" else " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
            for ch in text
            if unicodedata.category(ch) not in ("Mn", "Cf")
        )
    text = _INNER_APOSTROPHE.sub("", text)
    if undo_obfuscation:
        text = _CENSORED.sub(_uncensor, text)
        text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
        text = _ELONGATED.sub(r"\1", text)
    return _SPACES.sub(" ", text)


_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s|$)\s*|\n+\s*|;\s*")
_CLAUSE_END = re.compile(r",\s*|\s(?:but|however|pero|mais|aber|though|although)\s|\s-+\s")
_QUOTE_SPAN = re.compile(r'"[^"\n]{1,400}"')


def prepare(raw: str) -> Prepared:
    """Fold and clip a message and find its sentence, clause and quote edges."""
    text, clipped = clip(raw)
    text = fold(text)
    sentence_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text) if m.end() < len(text)]
    clause_starts = sorted(set(sentence_starts + [m.end() for m in _CLAUSE_END.finditer(text)]))
    quotes = tuple((m.start(), m.end()) for m in _QUOTE_SPAN.finditer(text))
    return Prepared(text, clipped, tuple(sorted(set(sentence_starts))), tuple(clause_starts), quotes)
