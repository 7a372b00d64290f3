"""Risk assessment of a message in the context of its conversation, with no model.

How a level is reached:

1. The message is folded and clipped (:mod:`haven.safety.text`) and every rule of
   :mod:`haven.safety.lexicon` and :mod:`haven.safety.lexicon_intl` runs over it.
2. Each match is read in context: negated ("I would never kill myself"), an idiom
   ("this exam is killing me"), someone else's story ("my friend wants to die": a
   concern worth ``moderate``; news, fiction, lyrics: at most ``low``), laughter
   ("kms lol": at most ``moderate``), long ago or just now.
3. Per category, the C-SSRS ladder combines what is left: ideation with a plan,
   means, timing, preparatory acts or a lethal-means question is ``imminent``.
4. Across turns, what an earlier user turn said combines with the latest one ("I
   want to die" ... "I have the pills here"), and the conversation keeps its peak:
   a later "never mind" does not lower ``conversation_level``.

Assessment is pure and deterministic; per-message analysis is cached, so assessing
a long conversation turn after turn stays cheap.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from haven.data.schema import Message, Role
from haven.safety.levels import (
    IDEATION_SIGNALS,
    MODIFIER_SIGNALS,
    NO_RISK,
    Evidence,
    RiskAssessment,
    RiskCategory,
    RiskLevel,
    Signal,
    Subject,
)
from haven.safety.lexicon import ENGLISH_RULES
from haven.safety.lexicon_intl import INTERNATIONAL_RULES
from haven.safety.rules import (
    DISTANT_PAST,
    FIRST_PERSON,
    FIRST_PERSON_THOUGHT,
    GENERIC_PERSON,
    IDIOMS,
    LAUGHTER,
    MEDIA,
    NEGATION,
    PLAIN_MESSAGE,
    NEGATION_WORDS,
    PILLS,
    SAID_YES,
    ASKED_IF,
    ABOUT_GENERIC,
    WRITER_IS_GENERIC,
    negation_cue,
    rule_language,
    RECENT,
    REPORTING_VERB,
    THIRD_PERSON,
    Rule,
    SubjectMode,
)
from haven.safety.settings import DEFAULT_SETTINGS, SafetySettings
from haven.safety.text import Prepared, fold, prepare

RULES: tuple[Rule, ...] = ENGLISH_RULES + INTERNATIONAL_RULES
MAX_CONTEXT_TURNS = 50
UNDERWEIGHT_BMI = 17.5

L = RiskLevel


@dataclass(frozen=True)
class MessageAnalysis:
    """What the rules found in one message, before settings and conversation apply."""

    evidence: tuple[Evidence, ...]
    clipped: bool

    def has(self, signal: Signal) -> bool:
        """Whether any evidence with this signal counts."""
        return any(e.signal is signal and not e.discounted for e in self.evidence)


# --- reading one match in context -------------------------------------------------------


def _last(pattern: re.Pattern[str], text: str) -> int:
    """End position of the last match of ``pattern`` in ``text`` (-1 if none)."""
    end = -1
    for match in pattern.finditer(text):
        end = match.end()
    return end


def _speaker(region: str, sentence: str) -> Subject | None:
    """Who the region before a match talks about: SELF, OTHER, REPORTED, or None if unclear."""
    first, third, generic = _last(FIRST_PERSON, region), _last(THIRD_PERSON, region), _last(GENERIC_PERSON, region)
    if first < 0 and third < 0 and generic < 0:
        return Subject.REPORTED if MEDIA.search(sentence) else None
    if first > max(third, generic):
        return Subject.SELF
    if generic > third or MEDIA.search(sentence):
        return Subject.REPORTED
    return Subject.OTHER


# Words that put the writer into an act told about someone else ("me and my friend took ...").
_WRITER_TOO = re.compile(r"\b(?:i|im|ive|id|me|my ?self|we|us|our ?selves|yo|je|jai|ich|eu|nous|wir|nosotros)\b")


def _someone_else_did_it(region: str, matched: str, sentence: str) -> bool:
    """Whether an act a SELF rule names ("swallowed a whole bottle of pills") was told of someone else:
    the nearest person before it is a third person ("my friend just ...", "she ..."), and neither
    the region nor the act itself has the writer in it."""
    return (_speaker(region, sentence) is Subject.OTHER and not _WRITER_TOO.search(region)
            and not _WRITER_TOO.search(matched) and not MEDIA.search(sentence))


def _subject(rule: Rule, start: int, prep: Prepared, matched: str = "") -> Subject | None:
    """Whose situation the match at ``start`` (its text ``matched``) describes; None drops the match."""
    if rule.subject is SubjectMode.FIXED:
        return Subject.SELF
    text = prep.text
    quote = prep.quote_around(start)
    if quote:
        region, framed = text[prep.clause_start(quote[0]) : quote[0]], True
    else:
        region = text[prep.clause_start(start) : start]
        framed = bool(REPORTING_VERB.search(region))
    sentence = prep.sentence(start)
    if rule.subject is SubjectMode.SELF:
        if not framed and matched and _someone_else_did_it(region, matched, sentence):
            return Subject.OTHER  # "my friend just swallowed a whole bottle of pills": help them help her
        if not framed and ABOUT_GENERIC.search(region) and not WRITER_IS_GENERIC.search(region):
            return Subject.REPORTED  # "how to talk to patients who have attempted suicide"
        if not framed or FIRST_PERSON_THOUGHT.search(region):
            return Subject.SELF
        return _speaker(region, sentence) or Subject.SELF
    if ASKED_IF.search(region) and not SAID_YES.search(sentence):
        return Subject.REPORTED
    speaker = _speaker(region, sentence)
    if rule.subject is SubjectMode.OTHER:
        if speaker is Subject.SELF:
            return None
        return Subject.REPORTED if speaker is Subject.REPORTED else Subject.OTHER
    if framed and FIRST_PERSON_THOUGHT.search(region):
        return Subject.SELF
    writer_is_one = WRITER_IS_GENERIC.search(region) and not MEDIA.search(sentence)
    if speaker is Subject.REPORTED and writer_is_one:
        return Subject.SELF  # "I'm a person who self harms"
    if speaker is None and ABOUT_GENERIC.search(region) and not writer_is_one:
        return Subject.REPORTED  # "the warning signs that a teenager might be suicidal"
    return speaker or Subject.SELF


def _negation(rule: Rule, match: re.Match[str], prep: Prepared) -> str:
    """The negation cue that cancels this match ("never", "nicht"), or ""."""
    if not rule.negatable:
        return ""
    words = prep.text[prep.clause_start(match.start()) : match.start()].split()[-NEGATION_WORDS:]
    return negation_cue(" ".join(words) + " " + match.group(0), rule_language(rule.id))


def _adjusted_level(rule: Rule, match: re.Match[str], prep: Prepared) -> tuple[L, Signal, str]:
    """Level and signal after time ("years ago", "last night") and laughter, with a note."""
    level, signal, note = rule.level, rule.signal, ""
    if rule.recent is not None or rule.distant is not None:
        sentence = prep.sentence(match.start())
        if rule.recent is not None and RECENT.search(sentence):
            level, note = rule.recent, "recent"
            signal = Signal.ATTEMPT if level is L.IMMINENT else signal
        elif rule.distant is not None and DISTANT_PAST.search(sentence):
            level, signal, note = rule.distant, Signal.PAST, "long ago"
    if signal in (Signal.ACTIVE, Signal.INTENT) and level > L.MODERATE and LAUGHTER.search(prep.sentence(match.start())):
        level, note = L.MODERATE, "laughter marker: likely hyperbole, kept at moderate"
    return level, signal, note


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _read_match(rule: Rule, match: re.Match[str], prep: Prepared, idioms: Sequence[tuple[int, int]]) -> list[Evidence]:
    """Evidence for one match (two items when the rule implies a second category)."""
    # A pattern that looks over the whole message first (``^(?!...)...``) names the phrase itself ``core``:
    # whose words they are is read from where the phrase begins, not from the message's start.
    core = "core" in rule.pattern.groupindex and match.start("core") >= 0
    phrase = match.group("core") if core else match.group(0)
    subject = _subject(rule, match.start("core") if core else match.start(), prep, phrase)
    if subject is None:
        return []
    level, signal, note = _adjusted_level(rule, match, prep)
    why, discounted, other = rule.why, "", L.NONE
    if rule.aside:
        discounted = rule.aside
    elif rule.signal is not Signal.RETRACTION and _overlaps(idioms, match.start(), match.end()):
        discounted = "idiom"
    elif cue := _negation(rule, match, prep):
        discounted = f"negated by '{cue}'"
    if discounted:
        level, why = L.NONE, f"{why}; discounted: {discounted}"
    elif subject is Subject.OTHER:
        other = level  # their risk: the person is guided to help them (RiskAssessment.other_level)
        level, why = min(level, L.MODERATE), f"{why}; about someone else: a concern worth support, not the person's own crisis"
    elif subject is Subject.REPORTED:
        level, why = min(level, L.LOW), f"{why}; reported, fictional or general, not about the person"
    if note:
        why = f"{why} ({note})"
    first = Evidence(rule.id, phrase[:80], why, level, rule.category, signal, subject, None, discounted, other)
    categories = rule.also + ((RiskCategory.MEDICAL_EMERGENCY,) if note == "recent" and level is L.IMMINENT else ())
    return [first] + [replace(first, category=c) for c in dict.fromkeys(categories) if c is not rule.category]


# --- body mass index from stated height and weight ---------------------------------------

_HEIGHT_FT = re.compile(r"\b([4-6]) ?(?:'|ft|foot|feet) ?(\d{1,2})?(?: ?(?:\"|in|inches))?")
_HEIGHT_M = re.compile(r"\b(1[.,]\d{1,2}) ?m\b|\b(1\d\d) ?cm\b")
_WEIGHT = re.compile(r"\b(?:weigh(?:ing)?|im|i am|at|currently|and|only|just)\s+(\d{2,3}(?:\.\d)?) ?(lbs?|pounds|kg|kilos?)\b")


def _bmi(text: str) -> float | None:
    """BMI from a stated height and weight ("5'4 and 95 lbs", "160 cm, 40 kg"), if both are there."""
    weight = _WEIGHT.search(text)
    feet, metres = _HEIGHT_FT.search(text), _HEIGHT_M.search(text)
    if not weight or not (feet or metres):
        return None
    kg = float(weight.group(1)) * (0.4536 if weight.group(2).startswith(("lb", "pound")) else 1.0)
    if metres:
        m = float(metres.group(1).replace(",", ".")) if metres.group(1) else int(metres.group(2)) / 100
    else:
        m = (int(feet.group(1)) * 12 + int(feet.group(2) or 0)) * 0.0254
    bmi = kg / (m * m)
    return bmi if 8 < bmi < 80 else None


# A healthy BMI stated with nothing about losing, a goal or the body ("I'm 5'4 and 120 lbs, is that normal
# for a 15 year old?"): the numbers are set aside, so the classifier alone does not raise them (it read 0.93).
HEALTHY_BMI = 18.5
_AGE = re.compile(r"\b\d{1,2} ?-?(?:years?|yrs?|yo|y/o)(?: old)?\b")
_WEIGHT_WORRY = re.compile(r"\b(?:goal|lose|losing|lost|drop|less|lower|thin\w*|skinny|fat|huge|disgust\w*|gross|starv\w*|purg\w*|"
                           r"fast\w*|restrict\w*|calori\w*|eat\w*|food|meals?|bones?|hate|ugly|bmi|underweight|anorex\w*|bulimi\w*)\b")


def _bmi_evidence(text: str) -> list[Evidence]:
    bmi = _bmi(text)
    if bmi is None:
        return []
    if bmi >= HEALTHY_BMI:
        rest = _AGE.sub(" ", _HEIGHT_M.sub(" ", _HEIGHT_FT.sub(" ", _WEIGHT.sub(" ", text))))
        if re.search(r"\d\d", rest) or _WEIGHT_WORRY.search(text) or not all(re.match(PLAIN_MESSAGE, line) for line in text.split("\n")):
            return []  # another number (a goal?), a word about weight or one of death: the numbers are not set aside
        why = f"stated height and weight give a healthy BMI of about {bmi:.1f}, with nothing about losing weight"
        return [Evidence("eating_disorder.ordinary.healthy_bmi", f"bmi {bmi:.1f}", why, L.NONE, RiskCategory.EATING_DISORDER,
                         Signal.MENTION, discounted="a healthy weight for the height")]
    if bmi >= UNDERWEIGHT_BMI:
        return []
    why = f"stated height and weight give a BMI of about {bmi:.1f}, under {UNDERWEIGHT_BMI}"
    return [Evidence("eating_disorder.modifier.bmi", f"bmi {bmi:.1f}", why, L.NONE, RiskCategory.EATING_DISORDER, Signal.UNDERWEIGHT)]


# --- one message -------------------------------------------------------------------------


def _drop_shadowed(evidence: list[Evidence]) -> list[Evidence]:
    """Drop mentions and weaker matches of a category whose phrase a stronger match already covers.

    Evidence about someone else ranks by the level read for them: "my mate rang me from the car park saying
    goodbye" is their goodbye (imminent), and covers the writer-level match of "saying goodbye" inside it."""
    kept: list[Evidence] = []
    for item in sorted(evidence, key=lambda e: (-max(e.level, e.other_level).rank, e.discounted != "")):
        if any(k.category == item.category and k.matched and (item.matched in k.matched or k.matched in item.matched) for k in kept):
            continue
        kept.append(item)
    return kept


# A sentence of at most this many words that names a time belongs to the sentence before it
_TIME_FRAGMENT_WORDS = 4


def _anchor_timing(evidence: list[Evidence], prep: Prepared, starts: dict[int, int]) -> list[Evidence]:
    """Keep timing words only in a sentence that also holds ideation, a plan, means or 'do it', or in a
    fragment of a few words right after one ("end everything. this weekend")."""
    sentences_with_risk = {
        prep.sentence_start(starts[id(e)]) for e in evidence if e.signal is not Signal.TIMING and not e.discounted and e.signal is not Signal.MENTION
    }

    def anchored(e: Evidence) -> bool:
        start = prep.sentence_start(starts[id(e)])
        if start in sentences_with_risk:
            return True
        fragment = len(prep.sentence(starts[id(e)]).split()) <= _TIME_FRAGMENT_WORDS
        return fragment and start > 0 and prep.sentence_start(start - 1) in sentences_with_risk

    return [e for e in evidence if e.signal is not Signal.TIMING or anchored(e)]


@lru_cache(maxsize=4096)
def analyse_text(text: str) -> MessageAnalysis:
    """Run every rule over one message and read each match in context (cached)."""
    prep = prepare(text)
    idioms = [(m.start(), m.end()) for m in IDIOMS.finditer(prep.text)]
    evidence: list[Evidence] = []
    starts: dict[int, int] = {}
    for rule in RULES:
        for match in rule.pattern.finditer(prep.text):
            for item in _read_match(rule, match, prep, idioms):
                starts[id(item)] = match.start()
                evidence.append(item)
    evidence = _anchor_timing(evidence, prep, starts)
    evidence = _drop_shadowed(evidence) + _bmi_evidence(prep.text)
    return MessageAnalysis(tuple(evidence), prep.clipped)


# A time still to come ("tonight", "tomorrow", "in an hour"), not when something was done ("today" often is)
_SOON_AFTER_NOW = re.compile(r"\b(?:tonight|tomorrow|right now|in (?:an|one|a few|a couple of|\d+) (?:hour|hours|minutes|mins)|before (?:morning|sunrise)|"
                             r"esta noche|manana|ce soir|demain|heute nacht|heute abend|morgen|hoje a noite|amanha)\b")


def _category_level(category: RiskCategory, items: list[Evidence], shared: set[Signal]) -> tuple[L, str]:
    """The C-SSRS combination for one category: its level and, if raised, why."""
    level = max((e.level for e in items), default=L.NONE)
    counting = [e for e in items if e.counts]
    ideation = max((e.level for e in counting if e.signal in IDEATION_SIGNALS), default=L.NONE)
    mods = shared | {e.signal for e in counting if e.signal in MODIFIER_SIGNALS}
    passive = {e.rule_id for e in counting if e.signal in (Signal.PASSIVE, Signal.DISTRESS)}
    raised, why = L.NONE, ""
    attempted = Signal.ATTEMPT_REFERENCE in mods and (ideation >= L.MODERATE or mods & {Signal.PREPARATORY, Signal.MEANS_QUERY})
    if attempted or (ideation >= L.MODERATE and mods & {Signal.PREPARATORY, Signal.MEANS_QUERY}):
        raised, why = L.IMMINENT, "ideation together with preparatory acts, a lethal-means question or an act already done"
    elif ideation >= L.HIGH and mods & {Signal.MEANS, Signal.PLAN, Signal.TIMING, Signal.REFERENCE}:
        raised, why = L.IMMINENT, "active ideation or intent together with a plan, means or timing (C-SSRS)"
    elif ideation >= L.MODERATE and mods & {Signal.MEANS, Signal.PLAN}:
        raised, why = L.HIGH, "a wish to be dead together with means or a plan"
    elif len([e for e in counting if e.signal is Signal.PASSIVE]) and len(passive) >= 2:
        raised, why = L.HIGH, "several signs of a wish to be dead"
    elif any(e.signal is Signal.PASSIVE for e in counting):
        # A wish to be dead is C-SSRS's first rung, and crisis lines want to hear from the person
        # there too: it shows the lines (issue 13: "I want to disappear forever" got none).
        raised, why = L.HIGH, "a wish to be dead: the person should see the crisis lines"
    if category is RiskCategory.EATING_DISORDER and Signal.UNDERWEIGHT in mods and (Signal.LOSE_REQUEST in mods or ideation >= L.LOW):
        raised, why = max(raised, L.HIGH), "wants to lose weight while underweight"
    elif category is RiskCategory.EATING_DISORDER and Signal.UNDERWEIGHT in mods and any(e.signal is Signal.DISTRESS for e in counting):
        # "I'm 5'4 and 84 pounds and I still feel huge": body hatred at a dangerous weight
        raised, why = max(raised, L.HIGH), "hates their body or fears eating while underweight"
    if category is RiskCategory.ABUSE and Signal.MINOR in shared and (ideation >= L.LOW or Signal.GROOMING in {e.signal for e in counting}):
        raised, why = max(raised, L.HIGH), "a child disclosing abuse or grooming"
    return (raised, why) if raised > level else (level, "")


def combine(evidence: Sequence[Evidence]) -> tuple[L, tuple[RiskCategory, ...], list[Evidence]]:
    """Level, categories (most severe first) and any escalation notes for a body of evidence."""
    shared = {e.signal for e in evidence if e.category is None and e.counts}
    by_category: dict[RiskCategory, list[Evidence]] = {}
    for item in evidence:
        if item.category is not None:
            by_category.setdefault(item.category, []).append(item)
    levels: dict[RiskCategory, L] = {}
    notes: list[Evidence] = []
    for category, items in by_category.items():
        levels[category], why = _category_level(category, items, shared)
        if why:
            notes.append(Evidence(f"ladder.{category.value}", "", why, levels[category], category, Signal.MEMORY))
    soon = any(e.signal is Signal.TIMING and e.counts and _SOON_AFTER_NOW.search(e.matched) for e in evidence)
    prepared = [e for e in by_category.get(RiskCategory.SUICIDE, []) if e.counts and e.signal is Signal.PREPARATORY
                and e.level >= L.HIGH and e.rule_id != "suicide.preparatory.will"]
    if prepared and (soon or Signal.REFERENCE in shared) and levels[RiskCategory.SUICIDE] < L.IMMINENT:
        # C-SSRS: preparation with a time still to come or "doing it" ("I'm saying goodbye to everyone tonight")
        levels[RiskCategory.SUICIDE] = L.IMMINENT
        notes.append(Evidence("ladder.suicide", "", "preparatory acts together with a time still to come or 'doing it'",
                              L.IMMINENT, RiskCategory.SUICIDE, Signal.MEMORY))
    if Signal.ATTEMPT_REFERENCE in shared and Signal.MEANS in shared and not levels.get(RiskCategory.MEDICAL_EMERGENCY):
        levels[RiskCategory.MEDICAL_EMERGENCY] = L.IMMINENT
        notes.append(Evidence("ladder.medical_emergency", "", "says they already took the means they mentioned", L.IMMINENT, RiskCategory.MEDICAL_EMERGENCY, Signal.ATTEMPT))
    if levels.get(RiskCategory.SUICIDE, L.NONE) is L.IMMINENT and Signal.ATTEMPT_REFERENCE in shared:
        levels[RiskCategory.MEDICAL_EMERGENCY] = L.IMMINENT
    uncategorised = max((e.level for e in evidence if e.category is None), default=L.NONE)
    level = max([uncategorised, *levels.values()])
    order = list(RiskCategory)
    categories = tuple(sorted((c for c, v in levels.items() if v >= L.LOW), key=lambda c: (-levels[c].rank, order.index(c))))
    return level, categories, notes


def _other_level(evidence: Sequence[Evidence]) -> L:
    """Someone else's risk as the rules read it in one message ("my brother wants to kill himself": high)."""
    return max((e.other_level for e in evidence), default=L.NONE)


def _apply_strictness(level: L, settings: SafetySettings) -> L:
    """Strict settings raise borderline levels (low, moderate) one rung."""
    return level.raised() if settings.strict and L.LOW <= level <= L.MODERATE else level


def assess_message(text: str, settings: SafetySettings | None = None) -> RiskAssessment:
    """Assess one message on its own.

    Args:
        text: what the person wrote (any length; very long text is read in a bounded window).
        settings: strictness and audit log; defaults to ``SafetySettings()``.

    Returns:
        A :class:`RiskAssessment` whose ``level`` and ``conversation_level`` are equal.
    """
    settings = settings or DEFAULT_SETTINGS
    analysis = analyse_text(text if isinstance(text, str) else str(text))
    level, categories, notes = combine(analysis.evidence)
    level = _apply_strictness(level, settings)
    assessment = RiskAssessment(level, level, categories, tuple(notes) + analysis.evidence, analysis.clipped,
                                other_level=_other_level(analysis.evidence))
    if settings.classifier:
        assessment = _read_meaning(assessment, [], text if isinstance(text, str) else str(text))
    _record(assessment, settings, text)
    return assessment


def _read_meaning(assessment: RiskAssessment, history: Sequence[Message], text: str,
                  earlier: Sequence[tuple[Sequence[Message], str, RiskAssessment]] = ()) -> RiskAssessment:
    """The learned layer's reading blended in (imported here: the rules stay usable without it)."""
    from haven.safety.learned.blend import read_meaning

    return read_meaning(assessment, history, text, earlier)


def _record(assessment: RiskAssessment, settings: SafetySettings, text: str) -> None:
    if settings.audit_log_path is not None:
        from haven.safety.audit import record_assessment

        record_assessment(assessment, settings, text)


# --- a conversation ----------------------------------------------------------------------

_ASKS_ABOUT_SUICIDE = re.compile(
    r"suicid|kill(?:ing)? yourself|end(?:ing)? your (?:own )?life|take your (?:own )?life|(?:want|wanting) to die|"
    r"not (?:wanting|want) to (?:live|be alive|be here)|thoughts of (?:dying|death)|better off dead|"
    r"quitarte la vida|acabar con tu vida|dir (?:das|dein) leben (?:zu )?nehmen|mettre fin a tes jours|"
    r"tirar (?:a )?(?:sua )?propria vida|tirar sua vida"
)
_ASKS_ABOUT_SELF_HARM = re.compile(
    r"hurt(?:ing)? yourself|harm(?:ing)? yourself|self[- ]?harm|cutting|hacerte dano|lastimarte|"
    r"dir (?:etwas )?an(?:zu)?tun|dich (?:selbst )?(?:zu )?verletzen|te faire du mal|se machucar|se ferir"
)
# How people answer "do you think about suicide?" with a yes: the word, or how often.
_AFFIRMS = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|yea|ya|i am|i do|i have|maybe|sometimes|kind of|kinda|sort of|a little|honestly yes|i think so|"
    r"si|oui|ouais|ja|jo|sim|often|all the time|every (?:day|night|single day)|most (?:days|nights|of the time)|"
    r"(?:nearly|almost) every (?:day|night)|lately yes|a bit|a lot|constantly|daily|nightly|more than i'?d like|"
    r"(?:more|too) often|pretty much|every now and then|on and off|now and then|"
    r"casi (?:todas las noches|todos los dias|siempre)|todos los dias|todas las noches|a menudo|muchas veces|a veces|siempre|"
    r"(?:fast )?jede(?:n)? (?:nacht|tag)|standig|oft|manchmal|immer wieder|"
    r"(?:presque )?tous les (?:jours|soirs)|(?:presque )?toutes les nuits|souvent|parfois|tout le temps|"
    r"(?:quase )?todas as noites|(?:quase )?todo (?:o )?dia|as vezes|sempre|bastante|o tempo todo)\b"
)
_CONTEXT_SIGNALS = IDEATION_SIGNALS | {Signal.PREPARATORY, Signal.MEANS_QUERY, Signal.MEANS, Signal.PLAN, Signal.UNDERWEIGHT, Signal.MINOR, Signal.GROOMING}
_SILENT_SIGNALS = frozenset({Signal.RETRACTION, Signal.MINOR, Signal.MENTION})


def _as_message(item: Message | dict) -> Message:
    if isinstance(item, Message):
        return item
    return Message(Role(item["role"]), str(item["content"]))


def _short_answer(question: str, answer: str, asks: re.Pattern[str] | None, limit: int) -> tuple[str, str] | None:
    """The folded question and answer when the assistant asked a question (matching ``asks``, if given) and
    the person answered it in at most ``limit`` characters without a negation first; None otherwise."""
    question, answer = fold(question), fold(answer)
    if "?" not in question or len(answer) > limit or NEGATION.match(answer.strip()):
        return None
    if asks is not None and not asks.search(question):
        return None
    return question, answer


def _affirmation(question: str, answer: str) -> list[Evidence]:
    """A short "yes" to the assistant's direct question about suicide or self-harm."""
    folded = _short_answer(question, answer, None, 80)
    if folded is None or not _AFFIRMS.search(folded[1]):
        return []
    question, answer = folded
    if _ASKS_ABOUT_SUICIDE.search(question):
        category = RiskCategory.SUICIDE
    elif _ASKS_ABOUT_SELF_HARM.search(question):
        category = RiskCategory.SELF_HARM
    else:
        return []
    why = "answers yes to a direct question about suicide or self-harm"
    return [Evidence(f"{category.value}.affirmation", answer[:80], why, L.HIGH, category, Signal.AFFIRMATION)]


# The assistant asked when (or about a plan); a short answer that names a time is timing evidence, though
# the answer holds no risk word for the timing to sit beside ("Do you have a plan for when?" "yes. tonight").
_ASKS_WHEN = re.compile(r"\b(?:when|plan(?:ned|ning|s)?|how soon|what time|cuando|plan|wann|quand|quando)\b")
_TIMING_RULE = next(r for r in ENGLISH_RULES if r.id == "modifier.timing")


def _answer_timing(question: str, answer: str) -> list[Evidence]:
    """A time named in a short answer to the assistant's question about when or a plan."""
    folded = _short_answer(question, answer, _ASKS_WHEN, 60)
    match = _TIMING_RULE.pattern.search(folded[1]) if folded else None
    if match is None:
        return []
    return [Evidence(_TIMING_RULE.id, match.group(0), f"{_TIMING_RULE.why}; the answer to the question about when",
                     L.NONE, None, Signal.TIMING)]


# The assistant asked how (C-SSRS: "Have you thought about how you would do it?"); a short answer that
# names a means is a method, though the answer alone holds no word of dying ("the pills in my mum's drawer").
_ASKS_HOW = re.compile(
    r"\b(?:(?:thought|think|thinking) (?:about|of) how|how (?:would|will|were|are|might|could|do) you (?:\w+ ){0,3}?"
    r"(?:do it|doing it|do that|end (?:it|your life|things)|kill yourself|take your (?:own )?life|hurt yourself|go about it)|"
    r"(?:a|any) (?:way|method|means|plan) in mind|what (?:method|way) (?:would|were|are|have) you|"
    r"como (?:lo )?(?:harias|pensabas hacerlo)|has pensado (?:en )?como|"
    r"wie (?:wurdest|wuerdest|willst|wolltest) du (?:es|das)|wie du es (?:machen|tun)|"
    r"comment (?:tu (?:le )?ferais|tu comptes (?:le )?faire|vous (?:le )?feriez)|pense a comment|"
    r"como (?:voce|vc) (?:faria|pensa em fazer)|pensou em como)\b")
_NAMES_MEANS = re.compile(
    rf"\b(?:{PILLS}|overdos\w*|rope|noose|belt|cord|"
    r"bridge|cliff|roof|rooftop|building|car park|multi ?storey|balcony|window|train|tracks|railway|motorway|"
    r"gun|shotgun|rifle|pistol|knife|blade|razor|jump\w*|hang\w*|drown\w*|exhaust|"
    r"pastillas|cuerda|puente|tren|pistola|cuchillo|saltar|tabletten|seil|strick|brucke|bruecke|zug|waffe|messer|springen|"
    r"cachets|comprimes|medicaments|corde|pont|arme|couteau|sauter|comprimidos|remedios|corda|ponte|trem|arma|faca|pular)\b")


def _answer_method(question: str, answer: str) -> list[Evidence]:
    """A means named in a short answer to the assistant's question about how."""
    folded = _short_answer(question, answer, _ASKS_HOW, 80)
    match = _NAMES_MEANS.search(folded[1]) if folded else None
    if match is None:
        return []
    return [Evidence("suicide.plan.answer", match.group(0), "names a means in answer to the question about how (a method, C-SSRS)",
                     L.HIGH, RiskCategory.SUICIDE, Signal.PLAN)]


def _turn_evidence(messages: Sequence[Message], index: int) -> list[Evidence]:
    """The evidence of user turn ``index``, including a "yes" to the assistant's question before it, a means
    named in answer to its question about how, or a time named in answer to its question about when."""
    evidence = list(analyse_text(messages[index].content).evidence)
    previous = next((m for m in reversed(messages[:index]) if m.role is not Role.SYSTEM), None)
    if previous is not None and previous.role is Role.ASSISTANT:
        evidence += _affirmation(previous.content, messages[index].content)
        if not any(e.counts and e.category is not None and e.level >= L.HIGH for e in evidence):
            evidence += _answer_method(previous.content, messages[index].content)
        if not any(e.signal is Signal.TIMING for e in evidence):
            evidence += _answer_timing(previous.content, messages[index].content)
    return evidence


def _turn_level(own: list[Evidence], context: list[Evidence]) -> tuple[L, tuple[RiskCategory, ...], list[Evidence]]:
    """Level of one turn; earlier turns count only when this turn adds to them."""
    level, categories, notes = combine(own)
    speaks = any(not e.discounted and e.signal not in _SILENT_SIGNALS for e in own)
    if not context or not speaks:
        return level, categories, notes
    with_context, context_categories, context_notes = combine(own + context)
    if with_context > max(level, combine(context)[0]):
        used = [e for e in context if e.category in context_categories or e.category is None]
        return with_context, context_categories, context_notes + used
    return level, categories, notes


def assess_conversation(messages: Sequence[Message | dict], settings: SafetySettings | None = None) -> RiskAssessment:
    """Assess the last user message in the context of the whole conversation.

    Earlier user turns combine with the latest one (ideation earlier, means now is
    imminent), a short "yes" to the assistant's question about suicide counts as
    ideation, and the conversation keeps its peak: once any user turn reached
    ``high``, ``conversation_level`` stays at least there and resources stay shown,
    whatever a later "never mind" says.
    """
    settings = settings or DEFAULT_SETTINGS
    messages = [_as_message(m) for m in messages]
    user_turns = [i for i, m in enumerate(messages) if m.role is Role.USER][-MAX_CONTEXT_TURNS:]
    if not user_turns:
        return NO_RISK
    context: list[Evidence] = []
    peak, peak_turn, peak_categories = L.NONE, -1, ()
    turns: list[RiskAssessment] = []  # each user turn as the rules read it, for the classifier's memory
    for index in user_turns:
        own = _turn_evidence(messages, index)
        level, categories, notes = _turn_level(own, context)
        level = _apply_strictness(level, settings)
        turns.append(RiskAssessment(level, level, categories, tuple(notes) + tuple(own), other_level=_other_level(own)))
        if level > peak:
            peak, peak_turn, peak_categories = level, index, categories
        context += [replace(e, turn=index) for e in own if e.counts and e.signal in _CONTEXT_SIGNALS]
    last = user_turns[-1]
    evidence = tuple(notes) + tuple(own)
    if peak > level:
        why = f"turn {peak_turn} reached {peak.value}; the conversation keeps that level so support stays visible"
        if any(e.signal is Signal.RETRACTION for e in own):
            why += " (a later retraction does not reset it; check in gently)"
        evidence += (Evidence("memory.peak", "", why, peak, peak_categories[0] if peak_categories else None, Signal.MEMORY, Subject.SELF, peak_turn),)
        categories = tuple(dict.fromkeys(categories + peak_categories))
    clipped = analyse_text(messages[last].content).clipped
    assessment = RiskAssessment(level, max(level, peak), categories, evidence, clipped, other_level=_other_level(own))
    if settings.classifier:
        earlier = [(messages[:i], messages[i].content, rules) for i, rules in zip(user_turns[:-1], turns)]
        assessment = _read_meaning(assessment, messages[:last], messages[last].content, earlier)
    _record(assessment, settings, messages[last].content)
    return assessment


def assess_texts(texts: Iterable[str], settings: SafetySettings | None = None) -> list[RiskAssessment]:
    """Assess several independent messages (each on its own)."""
    return [assess_message(text, settings) for text in texts]
