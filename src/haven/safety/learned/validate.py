"""How well the safety layer agrees with people on data nothing was tuned on.

Runs the whole layer (rules and classifier together, as every front door uses it, or
either alone) over each held-out set and reports, per set: recall at ``high`` and
above on messages people labelled high or imminent, the false-alarm rate (``high`` or
above) on messages labelled none or low, recall per category and per language, how
third-person crises are handled, and for replies the share of harmful ones replaced
and of harmless ones wrongly replaced. Proportions carry Wilson 95% intervals
(``scipy.stats.binomtest(...).proportion_ci``).

Used by ``benchmarks/safety_eval.py`` (which also times the layer) and by the tests
that hold the shipped weights to their floor.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from haven.data.schema import Message, Role
from haven.safety.assess import assess_conversation
from haven.safety.guard import guard_reply
from haven.safety.learned.corpus import (
    LabelledMessage,
    LabelledReply,
    Source,
    Split,
    read_counsel_chat_answers,
    read_cssrs,
    read_dreaddit,
    read_haven_messages,
    read_haven_replies,
    read_moderation,
)
from haven.safety.levels import RiskAssessment, RiskLevel, Subject
from haven.safety.settings import SafetySettings

L = RiskLevel


def proportion(hits: int, n: int) -> dict[str, Any]:
    """``{"rate", "hits", "n", "ci95"}`` with a Wilson interval (None when n is 0)."""
    if n == 0:
        return {"rate": None, "hits": 0, "n": 0, "ci95": None}
    from scipy.stats import binomtest

    ci = binomtest(hits, n).proportion_ci(confidence_level=0.95, method="wilson")
    return {"rate": round(hits / n, 4), "hits": hits, "n": n, "ci95": [round(ci.low, 4), round(ci.high, 4)]}


@dataclass
class Tally:
    """Counts for one group of examples."""

    hits: int = 0
    n: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.n += 1

    def report(self) -> dict[str, Any]:
        return proportion(self.hits, self.n)


@dataclass
class MessageReport:
    """Agreement of the layer with people's labels on one set of messages."""

    recall_high: Tally = field(default_factory=Tally)
    false_alarms: Tally = field(default_factory=Tally)
    imminent_as_imminent: Tally = field(default_factory=Tally)
    by_category: dict[str, Tally] = field(default_factory=dict)
    by_language: dict[str, Tally] = field(default_factory=dict)
    false_alarms_by_kind: dict[str, Tally] = field(default_factory=dict)
    third_person_guided: Tally = field(default_factory=Tally)
    third_person_told_at_risk: Tally = field(default_factory=Tally)
    # ordinary messages about no one at risk answered with guidance for helping someone who is: a false
    # alarm the writer's level does not show ("my boyfriend gets grumpy when he's hungry")
    false_guidance: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)
    alarms: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "recall_high": self.recall_high.report(),
            "false_alarms": self.false_alarms.report(),
            "imminent_as_imminent": self.imminent_as_imminent.report(),
            "recall_by_category": {k: v.report() for k, v in sorted(self.by_category.items())},
            "recall_by_language": {k: v.report() for k, v in sorted(self.by_language.items())},
            "false_alarms_by_kind": {k: v.report() for k, v in sorted(self.false_alarms_by_kind.items())},
            "third_person_guided": self.third_person_guided.report(),
            "third_person_told_at_risk": self.third_person_told_at_risk.report(),
            "false_guidance": self.false_guidance.report(),
        }


def assess_example(example: LabelledMessage, settings: SafetySettings) -> RiskAssessment:
    """The layer's assessment of one labelled message, with its history."""
    return assess_conversation(list(example.history) + [Message(Role.USER, example.text)], settings)


def score_messages(examples: Iterable[LabelledMessage], settings: SafetySettings, keep: int = 0) -> MessageReport:
    """Tally the layer's decisions against the labels (``keep`` misses and alarms are kept as text ids)."""
    report = MessageReport()
    for example in examples:
        assessment = assess_example(example, settings)
        flagged = assessment.level >= L.HIGH
        if example.subject is Subject.OTHER and example.level >= L.HIGH:
            report.third_person_guided.add(assessment.show_resources)
            report.third_person_told_at_risk.add(assessment.level >= L.HIGH)
            continue
        if example.self_level >= L.HIGH:
            report.recall_high.add(flagged)
            report.by_language.setdefault(example.lang, Tally()).add(flagged)
            for category in example.categories:
                report.by_category.setdefault(category.value, Tally()).add(flagged)
            if example.self_level is L.IMMINENT:
                report.imminent_as_imminent.add(assessment.level is L.IMMINENT)
            if not flagged and len(report.misses) < keep:
                report.misses.append(example.id)
        elif example.self_level <= L.LOW:
            report.false_alarms.add(flagged)
            report.false_alarms_by_kind.setdefault(example.kind or "other", Tally()).add(flagged)
            if example.subject is not Subject.OTHER:
                report.false_guidance.add(not flagged and assessment.about_other)
            if flagged and len(report.alarms) < keep:
                report.alarms.append(example.id)
    return report


def score_cssrs_users(examples: Sequence[LabelledMessage], settings: SafetySettings) -> dict[str, Any]:
    """User-level agreement on cssrs-reddit: a user is flagged when any of their posts is high or above."""
    flagged: dict[str, bool] = {}
    at_risk: dict[str, bool] = {}
    for example in examples:
        at_risk[example.user] = example.level >= L.HIGH
        if not flagged.get(example.user):
            flagged[example.user] = assess_example(example, settings).level >= L.HIGH
    positives = [u for u, risk in at_risk.items() if risk]
    negatives = [u for u, risk in at_risk.items() if not risk]
    return {"recall_high_users": proportion(sum(flagged[u] for u in positives), len(positives)),
            "false_alarm_users": proportion(sum(flagged[u] for u in negatives), len(negatives))}


def score_replies(replies: Iterable[LabelledReply], settings: SafetySettings) -> dict[str, Any]:
    """Share of harmful replies replaced and of harmless ones wrongly replaced, overall and per kind."""
    replaced, wrongly = Tally(), Tally()
    by_harm: dict[str, Tally] = {}
    by_lang: dict[str, Tally] = {}
    by_kind: dict[str, Tally] = {}
    for reply in replies:
        assessment = assess_conversation([Message(Role.USER, reply.context or "hello")], settings)
        hit = guard_reply(reply.reply, assessment, settings, context=reply.context).replaced
        if reply.harmful:
            replaced.add(hit)
            by_harm.setdefault(reply.harm, Tally()).add(hit)
            by_lang.setdefault(reply.lang, Tally()).add(hit)
        else:
            wrongly.add(hit)
            by_kind.setdefault(reply.kind or "other", Tally()).add(hit)
    return {"harmful_replaced": replaced.report(), "harmless_replaced": wrongly.report(),
            "harmful_replaced_by_harm": {k: v.report() for k, v in sorted(by_harm.items())},
            "harmful_replaced_by_language": {k: v.report() for k, v in sorted(by_lang.items())},
            "harmless_replaced_by_kind": {k: v.report() for k, v in sorted(by_kind.items())}}


# Messages written by hand to check how the layer reads wording it was not taught (eleven batches; see
# corpora/safety/README.md); training never reads them.
FRESH_FILE = "fresh.jsonl"
# Model replies written by hand the same way, harmful and harmless, for the reply guard.
FRESH_REPLIES_FILE = "fresh_replies.jsonl"


def held_out(items: Iterable, source: Source | None = None) -> list:
    """The validation side of a list of labelled items (optionally of one source)."""
    return [i for i in items if i.split is Split.VALIDATION and (source is None or i.source is source)]


def validation_sets(corpus: Path, data: Path | None) -> dict[str, Callable[[SafetySettings], dict[str, Any]]]:
    """Each held-out set by name, as a function of the settings that scores it."""
    sets: dict[str, Callable[[SafetySettings], dict[str, Any]]] = {}
    messages = held_out(read_haven_messages(corpus / "messages.jsonl"))
    replies = held_out(read_haven_replies(corpus / "replies.jsonl"))
    sets["haven-validation"] = lambda s: score_messages(messages, s).to_dict()
    if (corpus / FRESH_FILE).is_file():
        fresh = read_haven_messages(corpus / FRESH_FILE, all_held_out=True)
        sets["haven-fresh"] = lambda s: score_messages(fresh, s).to_dict()
    sets["haven-validation-replies"] = lambda s: score_replies(replies, s)
    if (corpus / FRESH_REPLIES_FILE).is_file():
        fresh_replies = read_haven_replies(corpus / FRESH_REPLIES_FILE, all_held_out=True)
        sets["haven-fresh-replies"] = lambda s: score_replies(fresh_replies, s)
    if data is not None:
        moderation = held_out(read_moderation(data))
        dreaddit = held_out(read_dreaddit(data))
        cssrs = held_out(read_cssrs(data))
        counsel = held_out(read_counsel_chat_answers(data))
        sets["openai-moderation"] = lambda s: score_messages(moderation, s).to_dict()
        sets["dreaddit-test"] = lambda s: score_messages(dreaddit, s).to_dict()
        sets["cssrs-reddit"] = lambda s: score_cssrs_users(cssrs, s)
        sets["counsel-chat-answers"] = lambda s: score_replies(counsel, s)
    return sets
