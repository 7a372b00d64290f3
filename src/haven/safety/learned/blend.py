"""How the learned classifier and the rules decide together.

The rules are explainable, high-precision evidence; the classifier reads meaning the
rules have no pattern for (other words, other languages, slang, context). They are
combined as issue #13 asks:

- where the rules have evidence about the writer, the higher of the two levels wins;
- where they have none, the classifier alone may raise the level;
- the classifier never lowers a rule. The issue allowed it for rules known to be loose, and
  the training half names candidates (the card's ``loose_rules``), but measured on the safety
  table the classifier missed real disclosures those rules caught ("I was raped last
  weekend"), so loose rules are fixed by hand instead ("odd", "OD'd on coffee", cooking cuts);
- where the rules matched risk words and set them aside on purpose (negated, an idiom,
  someone else's story, long ago), their reading of the context stands;
- a message unlike anything the classifier was taught ("hello", emoji) is not raised on
  its word alone (:attr:`RiskScores.supported`) unless it is confident
  (:data:`UNSUPPORTED_CONFIDENT`); on its word alone it needs
  P(high or above) at the card's ``alone`` threshold and reaches ``imminent`` only at
  P(imminent) ≥ :data:`IMMINENT_CONFIDENT` (as everywhere); over distress alone ("I can't take it anymore") it goes past
  ``moderate`` only when confident; over other rule evidence it goes one rung above the
  rules' reading, further only when confident;
- explicit words kept at ``moderate`` by a laughter marker go to ``high`` only when the
  classifier is confident (:data:`CONFIDENT`), and past it only when something says when or how
  ("gonna kms tonight lol" is raised; "I'll kms lol" about a song stays unless the classifier is sure);
- someone else at risk ("my sister tried last week") sets ``other_level``: the person
  gets guidance for helping them and the vetted lines, not a crisis reply about
  themselves;
- earlier turns count too: the conversation keeps the highest level the classifier
  read in any user turn, as it does for the rules.

Every decision carries a ``classifier.*`` evidence item with the probability and the
index of the sentence that drove it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import replace

from haven.data.schema import Message
from haven.safety.learned.model import (
    GE_HIGH,
    GE_IMMINENT,
    GE_MODERATE,
    OTHER_HIGH,
    RiskClassifier,
    RiskScores,
    available_risk_classifier,
    context_text,
    load_risk_classifier,
)
from haven.safety.levels import IDEATION_SIGNALS, Evidence, RiskAssessment, RiskCategory, RiskLevel, Signal, Subject
from haven.safety.text import fold

L = RiskLevel
# Where the rules saw nothing (or only distress), the classifier goes past high (or moderate)
# only when it is at least this sure.
CONFIDENT = 0.9
# Going to imminent needs this P(imminent): out of fold on the training half, 0.9 read 0.60 of the
# imminent crises as imminent (0.1% of the high ones); 0.7 reads 0.82 (0.8% of the high ones, who then
# get the emergency number first, not harm).
IMMINENT_CONFIDENT = 0.7
# With no rule evidence at all the classifier raises only at the card's "alone" threshold of
# P(high or above), chosen out of fold on the training half (see train.choose_alone_threshold).
ALONE_KEY = "alone"
# A message unlike the training messages at high (not supported) is raised on the classifier's word
# alone only at this P(high or above): "the only thing that calms me down anymore is the razor" reads
# 1.00 with no training message near it. Never raising such a message cost 5 of 350 validation crises
# and kept "hello" and emoji where they were; at 0.9 those 5 are read and no false alarm is added.
UNSUPPORTED_CONFIDENT = CONFIDENT
# With no rule evidence of someone else at risk, the "someone else" head alone needs at least an
# even chance, or the message must name someone (a person word or a third-person pronoun): its own
# threshold, about 0.05, raised "You are an evil twin now." to guidance about a loved one.
OTHER_ALONE = 0.5
# Where the message names someone but the rules saw no one else at risk, the head needs this much, not its own
# threshold (0.02): at 0.02 "my flatmate never cleans up and I don't know how to bring it up" and "I think my friend
# is mad at me" got guidance for helping someone at risk (1.6% of the validation split's ordinary messages, 4.6% of
# the fresh set's, uncounted by the false-alarm rate, which reads the writer's own level). Chosen on the training
# half, out of fold (the ensemble, as the thresholds; 3,157 ordinary messages that name someone, 318 someone-else
# crises): the lowest threshold with false alarms ≤ 1% of those ordinary messages. Out of fold, 0.02 raised 2.5% of
# them (recall 0.994), 0.05 1.4% (0.975), 0.10 1.1% (0.965), 0.15 0.8% (0.956), 0.20 0.6% (0.953); rule evidence of
# someone else at risk ("my sister tried last week") needs no threshold. Still over it: "my girlfriend gets grumpy
# when she's hungry" (0.34), "my best friend got a new boyfriend and I barely see her now" (0.38).
OTHER_NAMED = 0.15
_SOMEONE = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|someone|somebody|friend|bestie|bff|bf|gf|mate|buddy|sister|sis|brother|bro|"
    r"mom|mum|mother|mam|dad|father|parents?|son|daughter|kid|child|children|wife|husband|partner|boyfriend|girlfriend|cousin|"
    r"aunt|uncle|grandma|grandpa|nan|nana|granny|grandad|roommate|flatmate|classmate|colleague|coworker|co-worker|boss|teen|"
    r"student|neighbou?r|niece|nephew|fiance|fiancee|ex|"
    r"el|ella|amig[oa]s?|herman[oa]|madre|padre|mama|papa|hij[oa]|novi[oa]|espos[oa]|prim[oa]|compa(?:n|ñ)er[oa]|alguien|"
    r"er|ihm|ihn|freund(?:in)?|schwester|bruder|mutter|vater|sohn|tochter|kumpel|jemand|kollegin|kollege|"
    r"il|elle|lui|ami(?:e)?|pote|soeur|frere|mere|pere|fils|fille|copain|copine|quelqu'un|collegue|"
    r"ele|ela|irma|irmao|mae|pai|filh[oa]|namorad[oa]|alguem|colega)\b"
)


def _rule_evidence(rules: RiskAssessment) -> list[Evidence]:
    """The rules' own evidence about the writer: a category (or distress, which has none), counting, at low or above."""
    return [e for e in rules.evidence
            if e.counts and (e.category is not None or e.signal is Signal.DISTRESS) and e.level >= L.LOW
            and e.signal not in (Signal.MEMORY, Signal.CLASSIFIER)]


def _level_probability(scores: RiskScores) -> float:
    p = scores.probabilities
    return {L.IMMINENT: p[GE_IMMINENT], L.HIGH: p[GE_HIGH], L.MODERATE: p[GE_MODERATE]}.get(scores.level, p[GE_MODERATE])


def _evidence(scores: RiskScores, level: L, subject: Subject, category: RiskCategory | None, why: str) -> Evidence:
    where = f"; sentence {scores.driver + 1} drove it (P={scores.driver_probability:.2f})" if scores.driver is not None else ""
    return Evidence(f"classifier.{subject.value}.{level.value}", "", f"{why}{where}", level, category, Signal.CLASSIFIER, subject)


def _matched(rules: RiskAssessment) -> list[Evidence]:
    """The rules' own matches of risk words (a category), counted or set aside."""
    return [e for e in rules.evidence if e.category is not None and e.signal not in (Signal.MEMORY, Signal.CLASSIFIER)]


def _rules_read_context(rules: RiskAssessment) -> bool:
    """Whether the rules matched risk words and set them aside on purpose (negated, an idiom,
    someone else's story, long ago): the context is what a bag-of-meaning encoder reads worst."""
    matched = _matched(rules)
    set_aside = [e for e in matched if e.discounted or e.subject is not Subject.SELF or e.signal is Signal.PAST]
    return bool(set_aside) and len(set_aside) == len(matched)


def _laughter_without_plan(rules: RiskAssessment, own: list[Evidence]) -> bool:
    """The rules kept explicit words at moderate for a laughter marker, and nothing says when or how."""
    laughed = any("laughter marker" in e.why for e in own)
    planned = any(e.signal in (Signal.TIMING, Signal.PLAN, Signal.MEANS, Signal.PREPARATORY) and e.counts for e in rules.evidence)
    return laughed and not planned


def _ceiling(rules: RiskAssessment, scores: RiskScores, own: list[Evidence]) -> L:
    """How high the classifier may take the writer's level, given what the rules saw."""
    p = scores.probabilities
    if _rules_read_context(rules):
        return rules.level
    if _laughter_without_plan(rules, own):
        # the team labels "i want to kill myself lol" high: a laugh does not make the words safe.
        # Only a confident reading lifts it, and never past high without a when or how.
        return L.HIGH if p[GE_HIGH] >= CONFIDENT else rules.level
    if not own:
        # nothing the rules know: only a message like what it was taught, and only when it is sure
        if p[GE_HIGH] < load_risk_classifier().threshold(ALONE_KEY):
            return rules.level
        if not scores.supported and p[GE_HIGH] < UNSUPPORTED_CONFIDENT:
            return rules.level
        return L.IMMINENT if p[GE_IMMINENT] >= IMMINENT_CONFIDENT else L.HIGH
    if all(e.signal is Signal.DISTRESS for e in own):
        return L.HIGH if p[GE_HIGH] >= CONFIDENT else L.MODERATE  # "I can't take it anymore"
    if any(e.signal in IDEATION_SIGNALS for e in own):
        # the rules named the kind of thought (a passive wish, an act): overruled only when confident
        return L.IMMINENT if p[GE_IMMINENT] >= IMMINENT_CONFIDENT else L.HIGH if p[GE_HIGH] >= CONFIDENT else rules.level
    # the rules found a topic or a modifier: one rung above their reading, more only when confident
    # (a confident P(high) counts even where the reading is imminent but P(imminent) is not confident)
    return L.IMMINENT if p[GE_IMMINENT] >= IMMINENT_CONFIDENT else L.HIGH if p[GE_HIGH] >= CONFIDENT else rules.level.raised()


def _writer_level(rules: RiskAssessment, scores: RiskScores) -> tuple[L, str]:
    """The writer's level and the note explaining what the classifier did to it."""
    own = _rule_evidence(rules)
    level = min(scores.level, _ceiling(rules, scores, own))
    if level <= rules.level:
        return rules.level, ""
    reason = "the rules had no evidence" if not own else f"the rules read {rules.level.value}"
    return level, f"the classifier reads {scores.level.value} (P={_level_probability(scores):.2f}); {reason}"


_PLAN_SIGNALS = frozenset({Signal.TIMING, Signal.PLAN, Signal.MEANS, Signal.REFERENCE, Signal.ATTEMPT_REFERENCE})


def _plan_now(rules: RiskAssessment) -> bool:
    """Whether this message itself names a time, a plan, means at hand or "doing it" (rule modifiers about the writer)."""
    return any(e.signal in _PLAN_SIGNALS and e.counts and e.turn is None for e in rules.evidence)


def _other_level(rules: RiskAssessment, scores: RiskScores, text: str) -> L:
    if not scores.other_at_risk:
        return L.NONE
    matched = _matched(rules)
    if matched and all(e.discounted and not e.discounted.startswith("negated") for e in matched):
        # every risk word was read in an everyday sense or an idiom ("dass sie nicht mehr in der WG leben will"):
        # as for the writer, that reading stands (a negation is left to the head: "he says he can't go on, not
        # like this" is still someone at risk)
        return L.NONE
    named = any(e.subject is Subject.OTHER and e.category is not None for e in rules.evidence)
    p = scores.probabilities[OTHER_HIGH]
    if not named and p < OTHER_ALONE and (p < OTHER_NAMED or not _SOMEONE.search(fold(text))):
        return L.NONE  # the rules saw no one else at risk, and the message names no one or the head is not sure enough
    if RiskCategory.MEDICAL_EMERGENCY in scores.categories:
        return L.IMMINENT  # "my friend took a bunch of pills and isn't answering"
    return L.HIGH


def blend(rules: RiskAssessment, scores: RiskScores, earlier: Sequence[L] = (), text: str = "") -> RiskAssessment:
    """The rules' assessment of a message with the classifier's reading folded in (see the module docstring).

    ``text`` is the message: someone else's crisis needs it to name someone when the rules did not.
    """
    level, why = _writer_level(rules, scores)
    evidence = list(rules.evidence)
    categories = rules.categories
    top = scores.categories[0] if scores.categories else None
    if why:
        evidence.insert(0, _evidence(scores, level, Subject.SELF, top, why))
        if level > rules.level:
            categories = tuple(dict.fromkeys(scores.categories + rules.categories))
        elif level < rules.level:
            categories = scores.categories
    other = _other_level(rules, scores, text)
    if other >= L.HIGH and level < L.HIGH:
        evidence.insert(0, _evidence(scores, other, Subject.OTHER, top,
                                     f"someone the person knows is at {other.value} risk (P={scores.probabilities['other_high']:.2f})"))
        categories = tuple(dict.fromkeys(categories + scores.categories))
    peak_earlier = max(earlier, default=L.NONE)
    if peak_earlier >= L.HIGH and level < L.IMMINENT and _plan_now(rules):
        # the rules' own memory reads ideation earlier and a time, plan or means now as imminent (C-SSRS);
        # the same holds where the earlier ideation was the classifier's ("i've been thinking about ending
        # it" ... "Do you have a plan for when?" ... "yes. tonight")
        level = L.IMMINENT
        evidence.insert(0, Evidence("classifier.memory.plan", "", f"an earlier turn read {peak_earlier.value} and this one "
                                    "names a time, a plan or the means: imminent, as the rules read ideation then a plan",
                                    L.IMMINENT, top or RiskCategory.SUICIDE, Signal.MEMORY))
        categories = tuple(dict.fromkeys(categories + (top or RiskCategory.SUICIDE,)))
    rules_peak_is_earlier = rules.conversation_level > rules.level
    conversation = max(level, peak_earlier, rules.conversation_level if rules_peak_is_earlier or level >= rules.level else level)
    if peak_earlier > max(level, rules.conversation_level):
        evidence.append(Evidence("classifier.memory.peak", "", f"an earlier turn read {peak_earlier.value} to the classifier; "
                                 "the conversation keeps that level so support stays visible", peak_earlier, top, Signal.MEMORY))
    return replace(rules, level=level, conversation_level=conversation, categories=categories,
                   evidence=tuple(evidence), other_level=max(other, rules.other_level), scores=scores)


# Earlier turns' blended levels, remembered: a conversation's earlier turns are read again at every
# new turn, and their level does not change.
_EARLIER: OrderedDict[tuple[str, str, str, str], L] = OrderedDict()
_EARLIER_SIZE = 4_096
_EARLIER_LOCK = threading.Lock()


def _earlier_levels(classifier: RiskClassifier, earlier: Sequence[tuple[Sequence[Message], str, RiskAssessment]]) -> list[L]:
    """Each earlier user turn's level as it was decided then: the classifier blended with that turn's
    rules. (The raw classifier level would lift a turn the blend had held back, such as past self-harm
    the rules read as long ago, to high one turn later.)"""
    out = []
    for history, text, rules in earlier:
        key = (context_text(history, text), text, rules.level.value, rules.other_level.value)
        with _EARLIER_LOCK:
            level = _EARLIER.get(key)
        if level is None:
            level = blend(rules, classifier.score(history, text), (), text).level if any(ch.isalnum() for ch in text) else rules.level
            with _EARLIER_LOCK:
                _EARLIER[key] = level
                while len(_EARLIER) > _EARLIER_SIZE:
                    _EARLIER.popitem(last=False)
        out.append(level)
    return out


def read_meaning(rules: RiskAssessment, history: Sequence[Message], text: str,
                 earlier: Sequence[tuple[Sequence[Message], str, RiskAssessment]] = ()) -> RiskAssessment:
    """Score ``text`` after ``history`` (and the earlier user turns, each with the rules' reading of
    it) and blend with the rules.

    A message with no letter or digit (empty, white space, punctuation, emoji only) is left to
    the rules: there is no meaning for the encoder to read.
    """
    if not any(ch.isalnum() for ch in text):
        return rules
    classifier = available_risk_classifier()
    if classifier is None:
        return rules  # out of memory or files missing: the rules decide alone (logged once)
    scores = classifier.score(history, text)
    earlier_levels = _earlier_levels(classifier, earlier) if earlier else []
    return blend(rules, scores, earlier_levels, text)
