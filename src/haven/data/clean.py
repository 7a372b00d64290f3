"""Cleaning that a reader of the counselling data would insist on, and its report.

A model learns whatever its replies contain: repeated answers weigh double, glued
sentences teach it to glue, links and adverts teach it to send people elsewhere,
and very long answers are cut off mid-thought by the context window. The policy
names each rule, :func:`clean_examples` applies them in a fixed order and returns
the kept examples with a :class:`CleaningReport` that says what was removed, why,
and what was repaired, so the data card can show it.

Order per example: duplicate check (on the raw text, normalised) → whitespace →
promotion → links → glued sentences → empty → over-long → too short.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from typing import Callable, Iterable, Literal, get_args

from haven.data import textfix
from haven.data.schema import Example, Message, Role
from haven.data.sources import MetaKey
from haven.errors import ConfigError

UrlPolicy = Literal["strip", "drop"]
OverlongPolicy = Literal["truncate", "drop"]
SAMPLES_PER_REASON = 3
SAMPLE_CHARS = 120


class RemovalReason(str, Enum):
    """Why an example was left out."""

    DUPLICATE = "duplicate"
    EMPTY = "empty"
    PROMOTIONAL = "promotional"
    URL = "url"
    OVERLONG = "overlong"
    TOO_SHORT = "too_short"


class Fix(str, Enum):
    """Repairs applied to kept examples (counted once per example)."""

    GLUED_SENTENCES = "glued_sentences_split"
    WHITESPACE = "whitespace_normalised"
    URLS = "urls_stripped"
    TRUNCATED = "truncated"
    SHORT_ENDING_TRIMMED = "short_ending_trimmed"
    """A multi-turn conversation ended on a too-short reply ("Bye!") and was cut
    back to its last reply long enough to keep."""


@dataclass
class CleaningPolicy:
    """Which cleaning rules run, and their limits.

    Attributes:
        drop_duplicates: drop an example whose messages repeat an earlier one's
            (same question and answer, ignoring case, spacing and topic).
        fix_glued_sentences: put back the space lost between sentences
            ("with.Seriously" → "with. Seriously"); links, decimals and "e.g." stay.
        normalise_whitespace: non-breaking and zero-width spaces, doubled spaces,
            ``\\r\\n``, trailing spaces and runs of blank lines become plain text.
        url_policy: ``strip`` removes links from replies and tidies the sentence;
            ``drop`` leaves out any example whose reply has a link.
        drop_promotional: leave out replies that advertise the writer's practice
            ("contact me at", "my website", a local phone number, an e-mail).
        max_response_words: longest reply kept, in words; None for no limit.
        overlong_policy: ``truncate`` cuts a longer reply at the last sentence end
            within the limit (never to nothing); ``drop`` leaves the example out.
        min_response_words: shortest final reply kept, in words (0 keeps all). A
            multi-turn conversation is cut back to its last reply that long;
            one with no such reply is left out.
    """

    drop_duplicates: bool = True
    fix_glued_sentences: bool = True
    normalise_whitespace: bool = True
    url_policy: UrlPolicy = "strip"
    drop_promotional: bool = True
    max_response_words: int | None = 300
    overlong_policy: OverlongPolicy = "truncate"
    min_response_words: int = 5

    def __post_init__(self) -> None:
        if self.url_policy not in get_args(UrlPolicy):
            raise ConfigError(
                f"url_policy={self.url_policy!r}; use one of {get_args(UrlPolicy)} "
                "(--url-policy)"
            )
        if self.overlong_policy not in get_args(OverlongPolicy):
            raise ConfigError(
                f"overlong_policy={self.overlong_policy!r}; use one of "
                f"{get_args(OverlongPolicy)} (--overlong-policy)"
            )
        if self.min_response_words < 0:
            raise ConfigError(
                f"min_response_words={self.min_response_words}; use 0 or more "
                "(--min-response-words)"
            )
        limit = self.max_response_words
        if limit is not None and limit < max(1, self.min_response_words):
            raise ConfigError(
                f"max_response_words={self.max_response_words} is below "
                f"min_response_words={self.min_response_words} (or 1); raise "
                "--max-response-words or lower --min-response-words"
            )


@dataclass
class CleaningReport:
    """What cleaning did, for the data card and the CLI.

    Attributes:
        input_count: examples given to :func:`clean_examples`.
        output_count: examples kept.
        removed: examples left out, per :class:`RemovalReason` value.
        fixes: kept examples changed by each :class:`Fix`, per value.
        samples: up to three ``"group: evidence"`` lines per removal reason.
        skipped_at_load: rows the loader skipped before cleaning, per reason.
        policy: the policy that ran, as a mapping.
    """

    input_count: int = 0
    output_count: int = 0
    removed: dict[str, int] = field(default_factory=lambda: {r.value: 0 for r in RemovalReason})
    fixes: dict[str, int] = field(default_factory=lambda: {f.value: 0 for f in Fix})
    samples: dict[str, list[str]] = field(default_factory=dict)
    skipped_at_load: dict[str, int] = field(default_factory=dict)
    policy: dict = field(default_factory=dict)

    def record_removal(self, reason: RemovalReason, example: Example, evidence: str) -> None:
        """Count one removal and keep a short sample of the first few."""
        self.removed[reason.value] += 1
        samples = self.samples.setdefault(reason.value, [])
        if len(samples) < SAMPLES_PER_REASON:
            snippet = " ".join(evidence.split())
            if len(snippet) > SAMPLE_CHARS:
                snippet = snippet[: SAMPLE_CHARS - 1] + "…"
            samples.append(f"{describe_example(example)}: {snippet}")

    def to_dict(self) -> dict:
        """A JSON-ready copy."""
        return asdict(self)


def describe_example(example: Example) -> str:
    """Where an example came from, for report samples: group id and line if known."""
    line = example.meta.get(MetaKey.LINE)
    return f"{example.group_id} (line {line})" if line is not None else example.group_id


@dataclass
class CleanResult:
    """Kept examples and the report on what happened to the rest."""

    examples: list[Example]
    report: CleaningReport


@dataclass
class Outcome:
    """One example after cleaning: the new example, or why it was removed."""

    example: Example | None
    reason: RemovalReason | None = None
    evidence: str = ""
    fixes: set[Fix] = field(default_factory=set)


def clean_examples(
    examples: Iterable[Example], policy: CleaningPolicy | None = None
) -> CleanResult:
    """Apply ``policy`` (default :class:`CleaningPolicy`) to every example, in order."""
    policy = policy or CleaningPolicy()
    examples = list(examples) if not isinstance(examples, list) else examples
    report = CleaningReport(
        input_count=len(examples),
        skipped_at_load=dict(getattr(examples, "skipped", {})),
        policy=asdict(policy),
    )
    kept: list[Example] = []
    seen: dict[tuple, Example] = {}
    for example in examples:
        key = duplicate_key(example)
        if policy.drop_duplicates and key in seen:
            first = describe_example(seen[key])
            report.record_removal(RemovalReason.DUPLICATE, example, f"repeats {first}")
            continue
        seen.setdefault(key, example)
        outcome = clean_example(example, policy)
        if outcome.example is None:
            report.record_removal(outcome.reason, example, outcome.evidence)
            continue
        kept.append(outcome.example)
        for fix in outcome.fixes:
            report.fixes[fix.value] += 1
    report.output_count = len(kept)
    return CleanResult(examples=kept, report=report)


def duplicate_key(example: Example) -> tuple:
    """Messages compared without case or spacing; topic and group do not count."""
    return tuple((m.role.value, textfix.collapse_text(m.content)) for m in example.messages)


def clean_example(example: Example, policy: CleaningPolicy) -> Outcome:
    """Repair one example's texts, or say why it must go."""
    fixes: set[Fix] = set()
    messages = list(example.messages)
    if policy.normalise_whitespace:
        messages = apply_fix(messages, textfix.normalise_whitespace, Fix.WHITESPACE, fixes)
    replies = [m.content for m in messages if m.role is Role.ASSISTANT]
    if policy.drop_promotional:
        advert = next(filter(None, map(textfix.find_promotion, replies)), None)
        if advert:
            return Outcome(None, RemovalReason.PROMOTIONAL, f"“{advert}”")
    messages, dropped = handle_urls(messages, policy, fixes)
    if dropped is not None:
        return dropped
    if policy.fix_glued_sentences:
        messages = apply_fix(messages, split_glued, Fix.GLUED_SENTENCES, fixes)
    empty = next((m for m in messages if not m.content.strip()), None)
    if empty is not None:
        return Outcome(None, RemovalReason.EMPTY, f"empty {empty.role.value} message")
    if not messages or messages[-1].role is not Role.ASSISTANT:
        return Outcome(None, RemovalReason.EMPTY, "no assistant reply at the end")
    return check_length(example, messages, policy, fixes)


def apply_fix(
    messages: list[Message],
    fix_text: Callable[[str], str],
    fix: Fix,
    fixes: set[Fix],
    roles: tuple[Role, ...] = tuple(Role),
) -> list[Message]:
    """Run ``fix_text`` over the messages of ``roles``; note ``fix`` if anything changed."""
    fixed = [Message(m.role, fix_text(m.content)) if m.role in roles else m for m in messages]
    if fixed != messages:
        fixes.add(fix)
    return fixed


def handle_urls(
    messages: list[Message], policy: CleaningPolicy, fixes: set[Fix]
) -> tuple[list[Message], Outcome | None]:
    """Strip reply links (``strip``), or say the example must go (``drop``)."""
    replies = [m.content for m in messages if m.role is Role.ASSISTANT]
    links = [reply[start:end] for reply in replies for start, end in textfix.find_urls(reply)]
    if not links:
        return messages, None
    if policy.url_policy == "drop":
        return messages, Outcome(None, RemovalReason.URL, links[0])
    return apply_fix(messages, strip_links, Fix.URLS, fixes, (Role.ASSISTANT,)), None


def split_glued(text: str) -> str:
    """:func:`textfix.split_glued_sentences` without the count."""
    return textfix.split_glued_sentences(text)[0]


def strip_links(text: str) -> str:
    """:func:`textfix.strip_urls` without the count."""
    return textfix.strip_urls(text)[0]


def check_length(
    example: Example, messages: list[Message], policy: CleaningPolicy, fixes: set[Fix]
) -> Outcome:
    """Over-long replies → truncated or removed; then a too-short final reply → removed."""
    limit = policy.max_response_words
    if limit is not None:
        longest = max(textfix.count_words(m.content) for m in messages if m.role is Role.ASSISTANT)
        if longest > limit and policy.overlong_policy == "drop":
            return Outcome(None, RemovalReason.OVERLONG, f"{longest} words > {limit}")
        if longest > limit:
            messages = apply_fix(
                messages,
                lambda text: textfix.truncate_words(text, limit),
                Fix.TRUNCATED,
                fixes,
                (Role.ASSISTANT,),
            )
    final_words = textfix.count_words(messages[-1].content)
    if final_words < policy.min_response_words:
        keep = last_long_reply(messages, policy.min_response_words)
        if keep is None:
            return Outcome(
                None, RemovalReason.TOO_SHORT, f"{final_words} word(s): {messages[-1].content}"
            )
        messages = messages[: keep + 1]
        fixes.add(Fix.SHORT_ENDING_TRIMMED)
        example = replace(example, meta=align_strategies(example.meta, messages))
    return Outcome(replace(example, messages=tuple(messages)), fixes=fixes)


def last_long_reply(messages: list[Message], min_words: int) -> int | None:
    """Index of the last assistant reply of ``min_words`` or more that follows a user
    turn, or None."""
    for index in range(len(messages) - 1, 0, -1):
        message = messages[index]
        if message.role is Role.ASSISTANT and textfix.count_words(message.content) >= min_words:
            has_user = any(m.role is Role.USER for m in messages[:index])
            return index if has_user else None
    return None


def align_strategies(meta: dict, messages: list[Message]) -> dict:
    """Cut per-reply metadata (ESConv strategies) to the replies that remain."""
    strategies = meta.get(MetaKey.STRATEGIES)
    if not isinstance(strategies, list):
        return meta
    replies = sum(1 for m in messages if m.role is Role.ASSISTANT)
    return {**meta, MetaKey.STRATEGIES: strategies[:replies]}
