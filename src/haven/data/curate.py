"""Which therapist answers a model learns from: the ones that teach care, at the length the chat needs.

Raw counsel-chat answers teach advice: trained on all of them, the bundled models learn the
therapists' words (held-out perplexity falls) while their empathy score falls (issue 14).
So the training examples are curated, each rule a :class:`~haven.train.config.TrainConfig`
field recorded in the run card, and each drop counted in the run card's data section:

* **upvotes**: counsel-chat's readers' votes (``min_upvotes``), and the tie-break when ranking;
* **length**: the chat asks for 60–150 words, so answers outside ``min_answer_words`` to
  ``max_answer_words`` teach the wrong length;
* **advertising and referral-only answers** (``drop_referral_only``): "call my office for a
  free consultation", or "you should see a counselor" and nothing else, engage with no one;
* **reflect and ask** (``prefer_reflective``, ``answers_per_question``): among a question's
  answers, those that name the person's feeling ("it sounds like you feel…") and invite them
  to say more (a question) come first, then the most upvoted; the best
  ``answers_per_question`` are kept.

* **the empathy scorer** (``min_empathy``, opt-in with EPITOME's licence): answers the
  EPITOME scorer (trained on human empathy labels, ``haven.evaluate``) rates at least this
  total; the caller passes the scoring function (this room does not load models), and the
  higher-rated answers of a question come first.

Only training examples are curated: the held-out split (perplexity, the comparison's
questions and references) stays whole, so figures remain comparable across configs.
The cues are surface phrases, documented below. Without ``min_empathy`` they select data
and do not score replies (the comparison's EPITOME empathy score is then an independent
check); with it, the empathy score selected the data and the independent checks are the
similarity to the therapists, ROUGE-L and perplexity (the report says which).
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass

from haven.data.schema import Example, Role
from haven.errors import ConfigError

UPVOTES = "upvotes"

# An answer that sells or points elsewhere: contact details, the practice, a consultation.
ADVERTISING = re.compile(
    r"https?://|www\.|\b[\w.+-]+@[\w-]+\.\w+|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\bmy (?:office|practice|website|"
    r"web site|book|blog|clinic)\b|\b(?:free|initial) (?:consultation|session)\b|\b(?:call|contact|email|e-mail) "
    r"(?:me|my office|us)\b|\bi (?:offer|specialize|specialise) in\b|\bschedule an? (?:appointment|session)\b",
    re.IGNORECASE)
# "Go and see a professional": fine as part of an answer, not as the whole of it.
REFERRAL = re.compile(
    r"\b(?:see|seek|find|consult|talk to|speak (?:to|with)|reach out to|work with|contact)\s+(?:out\s+)?"
    r"(?:a|an|your|some)?\s*(?:licensed |qualified |local |good )?(?:therapist|counsel+or|professional|psychologist|"
    r"psychiatrist|doctor|clinician|mental health)", re.IGNORECASE)
# Naming what the person feels or lives through (EPITOME's interpretations; Rogers' reflection of feeling).
REFLECTION = re.compile(
    r"\b(?:it |that )?(?:sounds|seems) (?:like|as if|as though|really|very|so)\b|\bi (?:hear|can hear|sense|can "
    r"sense|understand|can understand|imagine|can imagine)\b|\byou(?:'re| are)? (?:feel|feeling|felt)\b|\bmust "
    r"(?:be|feel|have been)\b|\b(?:understandable|makes sense|so sorry|i'm sorry|i am sorry)\b", re.IGNORECASE)


@dataclass(frozen=True)
class CurationPolicy:
    """The curation rules (the TrainConfig fields of the same names; 0 or False: rule off)."""

    min_upvotes: int = 0
    min_answer_words: int = 0
    max_answer_words: int = 0
    drop_referral_only: bool = False
    prefer_reflective: bool = False
    answers_per_question: int = 0
    min_empathy: int = 0

    @property
    def active(self) -> bool:
        return self != CurationPolicy()

    @classmethod
    def of(cls, config) -> "CurationPolicy":
        """The policy a TrainConfig (or anything with these fields) names."""
        return cls(**{name: getattr(config, name) for name in cls.__dataclass_fields__})


# Scores answers read with their questions: (answers, questions) -> empathy totals (0-6), in order.
EmpathyTotals = Callable[[Sequence[str], Sequence[str]], Sequence[int]]


def question_of(example: Example) -> str:
    """What the person wrote (every user turn of the example)."""
    return " ".join(m.content for m in example.messages if m.role is Role.USER)


def answer_of(example: Example) -> str:
    """The final assistant reply of an example."""
    return next((m.content for m in reversed(example.messages) if m.role is Role.ASSISTANT), "")


def is_advertising_or_referral_only(answer: str) -> bool:
    """Contact details or self-promotion anywhere, or a referral with no reflection and no question."""
    if ADVERTISING.search(answer):
        return True
    return bool(REFERRAL.search(answer)) and not REFLECTION.search(answer) and "?" not in answer


def care_rank(example: Example) -> tuple[int, int, int]:
    """Higher is better: reflects a feeling, asks a question, upvotes."""
    answer = answer_of(example)
    return (int(bool(REFLECTION.search(answer))), int("?" in answer), int(example.meta.get(UPVOTES) or 0))


def drop_reason(example: Example, policy: CurationPolicy) -> str | None:
    """Why one example is dropped (None: kept)."""
    answer = answer_of(example)
    words = len(answer.split())
    if int(example.meta.get(UPVOTES) or 0) < policy.min_upvotes:
        return "below min_upvotes"
    if policy.min_answer_words and words < policy.min_answer_words:
        return "shorter than min_answer_words"
    if policy.max_answer_words and words > policy.max_answer_words:
        return "longer than max_answer_words"
    if policy.drop_referral_only and is_advertising_or_referral_only(answer):
        return "advertising or referral only"
    return None


def curate_examples(examples: list[Example], policy: CurationPolicy,
                    empathy: EmpathyTotals | None = None) -> tuple[list[Example], dict]:
    """The examples that pass `policy`, best first within each question (questions keep their order); a report.

    `empathy` scores answers for ``policy.min_empathy`` (required then; see :data:`EmpathyTotals`).
    """
    if not policy.active:
        return list(examples), {"policy": asdict(policy), "kept": len(examples), "dropped": {}}
    if policy.min_empathy and empathy is None:
        raise ConfigError(f"min_empathy is {policy.min_empathy} but no empathy scorer was given: train through "
                          "`haven train` / `haven demo` with --accept-epitome-license, or set --min-empathy 0")
    dropped: Counter = Counter()
    passed = []
    for example in examples:
        reason = drop_reason(example, policy)
        if reason:
            dropped[reason] += 1
        else:
            passed.append(example)
    totals: dict[int, int] = {}
    if policy.min_empathy:
        scores = list(empathy([answer_of(e) for e in passed], [question_of(e) for e in passed]))
        totals = {id(e): int(t) for e, t in zip(passed, scores)}
        dropped["below min_empathy"] = sum(t < policy.min_empathy for t in totals.values())
        passed = [e for e in passed if totals[id(e)] >= policy.min_empathy]
    groups: OrderedDict[str, list[Example]] = OrderedDict()
    for example in passed:
        groups.setdefault(example.group_id, []).append(example)
    kept = []
    for answers in groups.values():
        if policy.prefer_reflective:
            answers = sorted(answers, key=lambda e: (totals.get(id(e), 0), *care_rank(e)), reverse=True)
        if policy.answers_per_question:
            dropped["beyond answers_per_question"] += max(0, len(answers) - policy.answers_per_question)
            answers = answers[: policy.answers_per_question]
        kept += answers
    words = sorted(len(answer_of(e).split()) for e in kept)
    return kept, {
        "policy": asdict(policy), "before": len(examples), "kept": len(kept), "questions": len(groups),
        "dropped": dict(dropped), "median_answer_words": words[len(words) // 2] if words else None,
        "reflect_share": round(sum(care_rank(e)[0] for e in kept) / len(kept), 3) if kept else None,
        "ask_share": round(sum(care_rank(e)[1] for e in kept) / len(kept), 3) if kept else None,
        "mean_empathy_total": round(sum(totals[id(e)] for e in kept) / len(kept), 3) if totals and kept else None,
        "signals": ("upvotes, answer length, advertising/referral phrases, reflection phrases and questions "
                    "(haven.data.curate)" + (f", and the EPITOME empathy total (at least {policy.min_empathy}): the "
                    "empathy score selected the data, so the independent checks are similarity to the therapists, "
                    "ROUGE-L and perplexity" if policy.min_empathy else
                    "; the EPITOME empathy score is not used, so it stays an independent check")),
    }
