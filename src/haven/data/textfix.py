"""Pure text repairs and detectors behind the cleaning policy.

Scraped counselling answers carry the scars of their web pages (see
``shared/data/SOURCES.md``): line breaks lost between sentences ("hang out
with.Seriously"), non-breaking and doubled spaces, links to blogs, and the odd
advertisement for a practice. Each function here does one repair or detection on
a string and returns the result with a count, so the cleaning report can say how
often it fired. No function knows about examples or policies.
"""

from __future__ import annotations

import re
import unicodedata

# --- whitespace -------------------------------------------------------------------

_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff\u00ad]")
# ZWJ/ZWNJ (U+200C/D) are kept: emoji sequences and several scripts need them.
_SPACE_LIKE = re.compile("[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = re.compile("\r\n|[\r\u0085\u2028\u2029]")
_CONTROL = re.compile("[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]")


def normalise_whitespace(text: str) -> str:
    """NFC-normalise; unify line breaks; drop zero-width and control characters;
    turn odd spaces into one plain space; strip lines; allow one blank line at most."""
    text = unicodedata.normalize("NFC", text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", _ZERO_WIDTH.sub("", text))
    text = re.sub(" {2,}", " ", _SPACE_LIKE.sub(" ", text))
    text = re.sub(" *\n *", "\n", text)
    return re.sub("\n{3,}", "\n\n", text).strip()


def collapse_text(text: str) -> str:
    """Case- and spacing-insensitive form used to compare texts (duplicates)."""
    return " ".join(text.split()).casefold()


def count_words(text: str) -> int:
    """Words as whitespace-separated tokens."""
    return len(text.split())


# --- URLs -------------------------------------------------------------------------

_URL_CHARS = r"[^\s<>\"'\[\]{}|\\^`]"
_DOMAIN = r"\b(?i:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|edu|gov|info|io|ca|uk|au|biz)\b"
URL_PATTERN = re.compile(
    rf"(?:https?://|ftp://|(?i:www)\.){_URL_CHARS}+"
    # a bare domain counts as a link only with a path ("nami.org/support-groups");
    # alone ("try indeed.com") it is a name, and stripping it would break the sentence
    rf"|{_DOMAIN}/{_URL_CHARS}+"
)
"""Links that cleaning strips or drops."""
DOMAIN_PATTERN = re.compile(_DOMAIN)
"""Bare domain names; the TLD must be lower case so "with.Us" is not one."""
EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL_TRAILING = re.compile(r"[.,;:!?)\]'\"”’]+$")
# The next sentence glued to a link after a lost line break: ".../breath/Your",
# ".../page.Then", "www.site.com.Then"
_URL_GLUED_WORD = re.compile(r"(?<=[a-z0-9/])\.?[A-Z][a-z]+$")
_DOMAIN_GLUED_WORD = re.compile(r"(?<=\.(?:com|org|net|edu|gov))\.[A-Z][a-z]+$")
_URL_LEAD_IN = re.compile(r"(?:\s*(?:\b(?:here|at|via|on|from)\b|[:\-–—]))+\s*$", re.I)
_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|<\s*>")


def find_urls(text: str) -> list[tuple[int, int]]:
    """Character spans of links, without trailing punctuation or a glued next word."""
    if "/" not in text and "www" not in text.casefold():
        return []  # every link has a scheme, a path or "www": skip the costly scan
    spans = []
    for match in URL_PATTERN.finditer(text):
        url = cut_glued_word(_URL_TRAILING.sub("", match.group()))
        url = _URL_TRAILING.sub("", url)
        if url:
            spans.append((match.start(), match.start() + len(url)))
    return spans


def cut_glued_word(url: str) -> str:
    """Drop a capitalised word glued to the end of a link by a lost line break.

    Only from an all-lower-case path ("/values-clarificationIf"), so that a
    CamelCase path such as "/Some.Page" stays whole.
    """
    path = url.split("//", 1)[-1].partition("/")[2]
    if not path:
        return _DOMAIN_GLUED_WORD.sub("", url)
    tail = _URL_GLUED_WORD.search(url)
    if tail and not any(
        char.isupper() for char in url[: tail.start()].split("//", 1)[-1].partition("/")[2]
    ):
        return url[: tail.start()]
    return url


def strip_urls(text: str) -> tuple[str, int]:
    """Remove links and the lead-in that pointed at them ("read more here: <url>").

    Returns the tidied text and the number of links removed.
    """
    spans = find_urls(text)
    for start, end in reversed(spans):
        before = _URL_LEAD_IN.sub("", text[:start]) if text[:start].strip() else ""
        after = text[end:]
        rest = after.lstrip(" \t")
        if before[-1:].isalnum() and rest[:1].isupper():
            text = before + ". " + rest  # the link ended a sentence
        elif before[-1:].isalnum() and after[:1].isalnum():
            text = before + " " + after
        else:
            text = before + after
    if spans:
        text = _EMPTY_BRACKETS.sub("", text)
        text = re.sub(r"[ \t]+([.,;:!?])", r"\1", text)
        # punctuation pairs left where a link was (". ,", ": ."), but not an ellipsis
        text = re.sub(r"([.!?])[,;:]+(?=\s|$)", r"\1", text)
        text = re.sub(r"[,;:]+([.!?])(?=\s|$)", r"\1", text)
        text = re.sub("[ \t]{2,}", " ", text)
        text = re.sub(" *\n *", "\n", text).strip()
    return text, len(spans)


# --- glued sentences --------------------------------------------------------------

# A sentence end glued to a capitalised next word: "with.Seriously", "okay?Then".
# The character before must be lower case, a digit or a closing mark, so "U.S.A",
# "e.g." and "2.5" never match; "Dr.Smith" becomes "Dr. Smith", which is right.
_GLUED = re.compile(r"(?<=[a-z0-9)\"'”’%])([.!?]+)(?=[A-Z]|[“(][A-Z])")
_KEEP_GLUED = frozenset({"ph.d", "psy.d", "ed.d", "ed.s", "d.min", "th.d"})
"""Degree abbreviations whose capital letter follows the period by design."""


def split_glued_sentences(text: str) -> tuple[str, int]:
    """Insert the lost space between glued sentences, leaving links, e-mail
    addresses, domain names, decimals and degree abbreviations alone.

    Returns the text and the number of spaces inserted.
    """
    pieces, last, count = [], 0, 0
    for match in _GLUED.finditer(text):
        if is_protected_glue(text, match.start(), match.end()):
            continue
        pieces.append(text[last : match.end()] + " ")
        last, count = match.end(), count + 1
    pieces.append(text[last:])
    return "".join(pieces), count


def is_protected_glue(text: str, start: int, end: int) -> bool:
    """Whether the punctuation at ``start:end`` belongs to a link, address, domain
    or degree rather than ending a sentence."""
    token_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start)) + 1
    token_end = min(
        (i for i in (text.find(" ", end), text.find("\n", end)) if i >= 0), default=len(text)
    )
    token, offset = text[token_start:token_end], start - token_start
    spans = [
        *find_urls(token),
        *(m.span() for m in EMAIL_PATTERN.finditer(token)),
        *(m.span() for m in DOMAIN_PATTERN.finditer(token)),
    ]
    if any(span_start <= offset < span_end for span_start, span_end in spans):
        return True
    word = text[token_start:start].lstrip("(")
    return f"{word}.{text[end]}".casefold() in _KEEP_GLUED


# --- promotion --------------------------------------------------------------------

_PROMOTION = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            r"\bi offer\s+(?:a\s+)?(?:free|teletherapy|online|individual|couples?|family|"
            r"counsel+ing|therapy|sessions?|services|coaching|a variety|phone)\b",
            r"\b(?:consultation|appointment|session)s?\s+with\s+me\b",
            r"\b(?:contact|reach|call|e-?mail|text)\s+me\s+(?:at|via|through|by|on)\b",
            r"\b(?:feel free(?: to)?|hesitate to|please|you (?:can|may))\s+"
            r"(?:contact|reach(?: out to)?|call|e-?mail)\s+me\b",
            r"\bmy\s+(?:web\s?site|blog)\b",
            r"\b(?:learn|read|find out) more about me\b",
            r"\bmy (?:office|practice) (?:is located|is in|is at|at|phone|number|hours)\b",
            r"\b(?:call|visit|contact) my office\b",
        )
    )
)
"""First-person advertising phrases, in lower case (matched against casefolded
text: much faster than re.IGNORECASE)."""
# Scanning for the fixed tail first is far faster than one pattern with optional parts.
_PHONE_TAIL = re.compile(r"\d{3}[-.\s]\d{4}(?![\d-])")
_AREA_CODE = re.compile(r"(?<![\d-])\(?(\d{3})\)?[-.\s]?$")
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_HELPLINE_WORDS = re.compile(r"hotline|lifeline|helpline|crisis|emergency|911|988", re.I)


def find_promotion(text: str) -> str | None:
    """The first phrase that advertises the writer's own practice, or None.

    Phrases are first-person ("contact me at", "my website", "I offer teletherapy",
    "a consultation with me") because advice such as "many therapists offer a free
    consultation" is not an advert. Toll-free and crisis-line numbers (988, the
    Suicide Prevention Lifeline) are safety information and never count.
    """
    match = _PROMOTION.search(text.casefold()) or ("@" in text and EMAIL_PATTERN.search(text))
    if match:
        return match.group()
    for tail in _PHONE_TAIL.finditer(text):
        area = _AREA_CODE.search(text, max(0, tail.start() - 6), tail.start())
        if area is None or area.group(1) in _TOLL_FREE:
            continue
        context = text[max(0, area.start() - 80) : area.start()]
        if not _HELPLINE_WORDS.search(context):
            return text[area.start() : tail.end()]
    return None


# --- length -----------------------------------------------------------------------

# A paragraph break ends a sentence too; a single line break does not, because some
# answers are hard-wrapped mid-sentence.
_SENTENCE_END = re.compile(r"[.!?…]+[\"')\]”’]*(?=\s)|\n\n")


def truncate_words(text: str, max_words: int) -> str:
    """Cut ``text`` to at most ``max_words`` words at a sentence end.

    When even the first sentence is longer than the limit, cut at the limit's last
    word and end with an ellipsis rather than return nothing.
    """
    if count_words(text) <= max_words:
        return text
    cut = 0
    for match in _SENTENCE_END.finditer(text):
        if count_words(text[: match.end()]) > max_words:
            break
        cut = match.end()
    if cut and text[:cut].strip():
        return text[:cut].rstrip()
    words = list(re.finditer(r"\S+", text))
    return text[: words[max_words - 1].end()].rstrip(",;:-–— ") + "…"
