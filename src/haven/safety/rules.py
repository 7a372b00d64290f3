"""The shape of a rule, and the context cues that adjust what a rule match means.

A rule is a precompiled pattern plus what it means (category, C-SSRS signal, level)
and how context may change it: negation ("I would never kill myself"), idiom ("this
exam is killing me"), someone else's story ("my friend wants to die", "the article
said"), laughter ("kms lol"), and time ("years ago" versus "last night").

All patterns run against text folded by :mod:`haven.safety.text` (lower case, no
accents, no apostrophes inside words: "i'm" is "im", "don't" is "dont").
Every quantifier is bounded so that no pattern can backtrack catastrophically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from haven.safety.levels import RiskCategory, RiskLevel, Signal


class SubjectMode(str, Enum):
    """How a rule decides whose situation it describes."""

    DETECT = "detect"  # look at the nearest subject before the match ("my friend", "i")
    SELF = "self"  # the pattern says "myself"/"me": only a reporting frame changes it
    OTHER = "other"  # the pattern says "himself"/"herself": a friend, or media if framed so
    FIXED = "fixed"  # the pattern fixes both sides ("my stepdad touches me")


@dataclass(frozen=True)
class Rule:
    """One pattern and what it means.

    Attributes:
        id: stable dotted id (``category.signal.name``), written to evidence and audit logs.
        pattern: compiled against folded text.
        level: level when it fires about the person, not negated, not idiom.
        category: the harm it points to; None for modifiers shared by all categories.
        signal: its rung or role on the C-SSRS ladder.
        why: what it means, for a reviewer.
        subject: how to decide whose situation it is.
        negatable: False when negation is part of the phrase ("don't want to live").
        also: further categories it implies (a deep cut is also a medical emergency).
        distant: level when the sentence places it long ago ("years ago"), if different.
        recent: level when it just happened ("last night", "an hour ago"), if different.
        aside: why every match is set aside (discounted): the risk words in an everyday sense the rule
            names ("took all my tablets, as prescribed"), so the rules' reading of the context stands.
    """

    id: str
    pattern: re.Pattern[str]
    level: RiskLevel
    category: RiskCategory | None
    signal: Signal
    why: str
    subject: SubjectMode = SubjectMode.DETECT
    negatable: bool = True
    also: tuple[RiskCategory, ...] = ()
    distant: RiskLevel | None = None
    recent: RiskLevel | None = None
    aside: str = ""


def rule(
    id: str,
    level: RiskLevel,
    category: RiskCategory | None,
    signal: Signal,
    why: str,
    *patterns: str,
    **options: object,
) -> Rule:
    """Build a rule from one or more pattern alternatives (joined with ``|``)."""
    joined = "|".join(f"(?:{p})" for p in patterns)
    return Rule(id, re.compile(joined), level, category, signal, why, **options)  # type: ignore[arg-type]


# --- reusable fragments -------------------------------------------------------------

I_AM = r"(?:im|i am|i m)"
# The start of a message with no word of goodbye, death or an overdose anywhere in it (any of the five
# languages): the rules that set an everyday sense aside (``Rule.aside``) begin with it, so "took all my
# pills with dinner, goodbye" is never set aside.
PLAIN_MESSAGE = (r"^(?![^\n]*\b(?:goodbye|bye|farewell|die|dying|dead|death|kill|suicid\w*|end (?:it|my life)|wake up|overdos\w*|od|"
                 r"adios|morir|muerte|matarme|adieu|mourir|mort|me tuer|tschuss|abschied|sterben|tot|umbringen|morrer|morte|me matar)\b)[^\n]*?")
# The same for German text, where "die" is an article, not a death word.
PLAIN_MESSAGE_DE = PLAIN_MESSAGE.replace("|die|", "|")
# The same where the everyday sense is "ending it with someone" (a break-up): "end it" may be there; "my life", a
# means or "myself" may not.
PLAIN_MESSAGE_END_IT = PLAIN_MESSAGE.replace("|end (?:it|my life)|", "|end my life|pills|tablets|rope|bridge|jump|myself|")
# Games and sports, in the five languages (folded): "beats me at chess" is a game lost, not a blow ("pool" is
# left out: "beats me at the pool" is a place)
GAMES = (r"chess|cards|checkers|draughts|tennis|football|soccer|basketball|badminton|squash|golf|darts|poker|scrabble|"
         r"monopoly|uno|tetris|mario ?kart|fifa|fortnite|video ?games?|games?|ping ?pong|table tennis|arm wrestling|racing|races?|"
         r"ajedrez|tenis|futbol|padel|cartas|damas|videojuegos?|juegos?|partidas?|baloncesto|carreras?|"
         r"echecs|cartes|dames|jeux?|partie|foot|course|"
         r"schach|karten\w*|spiel\w*|fussball|fusball|tischtennis|rennen|"
         r"xadrez|futebol|jogos?|corridas?|domino")
# Every rule that sets an everyday sense aside begins with one of these.
# The same where the everyday sense is an early start ("I don't want to wake up early tomorrow"): "wake up" may be
# there; "ever", "again" or "at all" may not.
PLAIN_MESSAGE_WAKE = PLAIN_MESSAGE.replace("|wake up|", "|ever|again|at all|pills?|tablets?|")
PLAIN_GUARDS = (PLAIN_MESSAGE, PLAIN_MESSAGE_DE, PLAIN_MESSAGE_END_IT, PLAIN_MESSAGE_WAKE)
assert len(set(PLAIN_GUARDS)) == 4
WANT = r"(?:wanna|want(?:ed|ing)? to|need(?:ed)? to|(?:would|id|i would) (?:like|love) to|wish(?:ed)? (?:i could|to)|ready to|deserve to)"
INTENT = (
    r"(?:(?:im|i am|i m) (?:going to|gonna|about to|planning (?:on|to)|ready to|finally going to)|"
    r"ill|i will|i shall|i plan to|i intend to|im gonna|gonna|going to|about to|planning (?:on|to)|"
    r"(?:ive|i have|i) (?:decided|made up my mind) to)"
)
PILLS = (
    r"(?:pills?|tablets?|capsules?|meds|medications?|medicines?|paracetamol|acetaminophen|tylenol|ibuprofen|advil|"
    r"aspirin|sleeping pills|painkillers|antidepressants|xanax|insulin|benadryl|oxy\w*|opioids|prescriptions?)"
)
PERSON_TARGET = (
    r"(?:him|her|them|my (?:\w+ )?(?:mom|mum|mother|dad|father|stepdad|stepfather|stepmom|brother|sister|boss|wife|"
    r"husband|boyfriend|girlfriend|partner|ex|teacher|neighbou?r|roommate|coworker|classmates?|son|daughter|baby|"
    r"kids?|children|family|bully|bullies)|everyone|everybody|people|someone|somebody|"
    r"(?:the )?(?:kids|people|teachers|students|guys) (?:at|in) (?:school|work|class)|"
    # "the kid who's been bullying my son": a person named by what they did
    r"the (?:kid|boy|girl|guy|man|woman|bloke|lad|teacher|bully|person) (?:who|that|whos|thats) (?:\w+ ){0,3}?(?:bull(?:y|ies|ied|ying)|hurt|hit|beat|attack\w*|"
    r"cheat\w*|ra(?:pe|ped)|abus\w*|threaten\w*|harass\w*)\w*)"
)

# --- context cues ---------------------------------------------------------------------

# A negation cue among the last few words before a match (or inside a gapped match).
NEGATION = re.compile(
    r"\b(?:never|not|nor|dont|doesnt|didnt|wont|wouldnt|shouldnt|isnt|arent|wasnt|"
    r"werent|havent|hasnt|aint|no(?! one| reason| point| hope| longer| matter| more| way out)|"
    r"nunca|jamas|jamais|pas|nicht|nie|niemals|kein|keine|nao)\b"
)
# Phrases that contain a cue but do not negate what follows.
NOT_NEGATION = re.compile(
    r"\b(?:cant|cannot|couldnt|wont) (?:stop|help|keep|get (?:rid|over|out)|take|bear|shake|escape|wait)|"
    r"\b(?:not|dont|didnt) (?:sure|know|care|just|only|even know)|\bwhy (?:dont|not|wouldnt|shouldnt)\b|"
    r"\bno (?:matter|idea|joke)\b|\bnot (?:gonna|going to) lie\b|\bnever (?:been|felt|wanted anything|stop)\b|\bnot a day\b|"
    # not surviving is the aim, not a denial: "how high you need to fall to not survive", "high enough that you wouldn't survive"
    r"\b(?:not|wouldnt|wont|couldnt) survive\b"
)
NEGATION_WORDS = 5
# Someone else asked the question ("my therapist asked if I think about suicide"); only a "yes" makes it the person's own.
ASKED_IF = re.compile(r"\b(?:asked|asks|ask|asking) (?:me |us )?(?:if|whether)\b")
SAID_YES = re.compile(r"\b(?:said|answered|told (?:him|her|them)|admitted) (?:yes|yeah|i do|sometimes|that i do)\b")


# Cues that are other words in a language: Portuguese "no" is "in the" ("Estou no alto do prédio e vou
# pular agora" is not negated; Portuguese says "não"). The Portuguese rules also read Spanish, where "no"
# before a pronoun or a verb does negate ("Hace dos años que no me corto").
NOT_A_CUE_IN = {"pt": re.compile(r"no\b(?! (?:me|te|se|lo|la|le|les|nos|os|quiero|voy|puedo|tengo|estoy|soy|hay|aguanto|pienso|lo hice|he)\b)")}


def negation_cue(window: str, lang: str = "") -> str:
    """The first negation cue in ``window`` that is not part of a non-negating phrase, or "" (``lang``: the
    rule's language, whose words that only look like a cue are skipped, see :data:`NOT_A_CUE_IN`)."""
    exempt = [(m.start(), m.end()) for m in NOT_NEGATION.finditer(window)]
    skip = NOT_A_CUE_IN.get(lang)
    for cue in NEGATION.finditer(window):
        if skip is not None and skip.match(window, cue.start()):
            continue
        if not any(s <= cue.start() < e for s, e in exempt):
            return cue.group(0)
    return ""


def rule_language(rule_id: str) -> str:
    """The language a rule is written for, from its id ("suicide.intent.pt_method", "self_harm.behaviour.pt"),
    or "" for the English rules."""
    last = rule_id.rsplit(".", 1)[-1]
    code = last.split("_", 1)[0]
    return code if code in ("es", "de", "fr", "pt") else ""

# The speaker or subject nearest before a match.
FIRST_PERSON = re.compile(r"\b(?:i|im|ive|id|ill|i m|myself|yo|je|jai|ich|eu)\b")
THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|hes|shes|theyre|his|her|their|him|them|himself|herself|themselves|"
    r"(?:my|our|a|his|her) (?:\w+ )?(?:friend|friends|bff|sister|brother|mom|mum|mother|dad|father|son|daughter|"
    r"cousin|partner|boyfriend|girlfriend|husband|wife|roommate|classmate|coworker|colleague|student|client|"
    r"patient|neighbou?r|uncle|aunt|grandma|grandpa|kid|child|teen|niece|nephew)s?|"
    r"(?:mi|mon|ma|mein|meine|meu|minha) (?:amig[oa]|ami|amie|freund|freundin|herman[oa]|irma|irmao|soeur|frere|bruder|schwester)|"
    r"el|ella|il|elle|er|sie|ele|ela)\b"
)
GENERIC_PERSON = re.compile(r"\b(?:people|someone|somebody|anyone|anybody|a person|persons|teens|teenagers|kids|men|women|students|patients|one)\b")

# A clause about a group or an unnamed person ("patients who have attempted suicide", "how to tell if a
# teenager might be suicidal"): what follows is about them, not the writer, even where a rule reads
# the writer only ("I'm a nurse and I want to know how to talk to patients who ...").
ABOUT_GENERIC = re.compile(
    r"\b(?:people|patients|clients|students|pupils|teens|teenagers|kids|children|youths?|callers|residents|veterans|"
    r"survivors|users|members|someone|somebody|anyone|anybody|a (?:person|patient|client|student|pupil|teen|teenager|"
    r"kid|child|young person|caller|colleague))(?: (?:who|that))? (?:\w+ ){0,3}$"
)
# ... unless the writer is one of them ("I'm someone who has attempted", "as a patient who self harms").
WRITER_IS_GENERIC = re.compile(r"\b(?:im|i am|i m|as|being|like me,?|one of (?:the|those))(?: a| an| one of the| one of those)? (?:\w+ )?"
                               r"(?:person|people|someone|somebody|patient|client|student|teen|teenager|kid|survivor|user)s?\b")
MEDIA = re.compile(
    r"\b(?:article|news|report|reports|reported|study|studies|statistics|stats|rates?|research|paper|essay|"
    # a story posted "on her story" (Instagram, Snapchat) is not a story told
    r"novel|book|(?<!on her )(?<!on his )(?<!on their )(?<!on my )(?<!to her )(?<!to his )(?<!to their )story|character|narrator|protagonist|villain|hero|movie|film|show|series|episode|season|"
    r"song|lyrics?|album|poem|play|script|game|documentary|podcast|history|class|lecture|homework|"
    r"headline|journalist|author|writer|actor|actress|singer|rapper|meme|quote|says the|wikipedia|"
    r"shakespeare|hamlet|romeo|juliet|anime|manga|comic|fanfic|fiction|chapter)\b"
)
REPORTING_VERB = re.compile(
    r"\b(?:says|said|say|sings|sang|goes|went|wrote|writes|asks|asked|told (?:me|us|him|her)|tells (?:me|us)|"
    r"texted|posted|tweeted|screams|screamed|yelled|whispers|whispered|shouted|claims|claimed|reads|read)\b|:"
)
FIRST_PERSON_THOUGHT = re.compile(
    r"\b(?:i|im|i m) (?:keep |kept |always |just |sometimes )?(?:think|thinking|thought|tell myself|told myself|"
    r"telling myself|say|said|told \w+|wrote|write|typed|texted|feel|felt|whisper)\b|"
    r"\bmy (?:thoughts|brain|mind|head|inner voice|voice) (?:says|keeps saying|tells me|goes)\b"
)
LAUGHTER = re.compile(r"\b(?:lol|lmao|lmfao|rofl|haha\w*|hehe\w*|jk|xd)\b|[\U0001F602\U0001F923\U0001F606\U0001F605]")

DISTANT_PAST = re.compile(
    r"\b(?:years? ago|(?:a|\d+|two|three|four|five|several|many|a few|a couple of) (?:years|months) ago|"
    r"when i was (?:a kid|little|young|younger|a child|a teen(?:ager)?|in (?:school|high school|college)|\d+)|"
    r"as a (?:kid|child|teen|teenager)|growing up|in (?:high )?school|in college|last year|in (?:19|20)\d\d|"
    r"used to|back then|in the past|a long time ago|long ago|anymore|since i was|recovered|recovery)\b"
)
RECENT = re.compile(
    r"\b(?:just|last night|yesterday|today|tonight|this (?:morning|afternoon|evening)|an hour ago|"
    r"(?:a few|\d+|ten|twenty|thirty) (?:minutes|mins|hours) ago|earlier|right now|again)\b"
)

# Idioms: a rule match overlapping one of these is not about harm.
IDIOMS = re.compile(
    "|".join(
        (
            r"\b(?:die|dying|died|dead|morir(?:me)?|muero|mourir|meurs|sterbe|morrer|morrendo) "
            r"(?:of|from|de|vor) (?:la |el |)(?:embarrassment|shame|laughter|laughing|boredom|cringe|cuteness|jealousy|envy|"
            r"risa|verguenza|hambre|sueno|calor|frio|ganas|aburrimiento|envidia|rire|faim|chaud|envie|honte|"
            r"lachen|hunger|langeweile|scham|rir|fome|sono|saudade)",
            r"\b(?:dying|die) to (?:see|know|try|meet|go|hear|get|eat|watch|read|tell|find out|play)",
            r"\bkill(?:ing|ed|s)? (?:it|time|the (?:\w+ )?(?:process|task|job|app|lights?|engine|server|bug|mood|"
            r"vibe|game|music|pain|noise|conversation)|two birds|my (?:buzz|vibe)|some time)\b",
            r"\b(?:kill|murder|destroy|devour|smash) (?:a |an |some |the |this |that |my )?(?:\w+ )?(?:pizza|burger|"
            r"sandwich|beer|steak|tacos?|coffee|cake|bottle of wine|plate|meal|snack|workout|exam|test|presentation|"
            r"interview|song|set|fries|burrito|kebab|curry|donut|doughnut)\b",
            r"\bkill(?:ed|ing)? myself (?:laughing|with laughter|at the gym|working out|studying|for this)",
            r"\b(?:end|ending|ended) (?:it|things) (?:with|between)\b",
            r"\b(?:cut|cutting|burn(?:ed|t|ing)?) myself (?:while|when|by accident|accidentally|shaving|cooking|"
            r"chopping|on (?:the|a)|with (?:a|the) (?:paper|kitchen|knife while|bread|iron|pan|kettle|stove|oven|curling)|"
            r"making|opening|slicing)",
            r"\b(?:hits?|hit) me (?:up\b|with (?:a|the|some|that) (?:text|joke|question|message|bill|call|idea|fact|truth|news)|like a|hard when)",
            r"\b(?:touch(?:es|ed)?|moved?|hurts?|hurt) me (?:deeply|emotionally|so much when|to the core|every time i (?:hear|see|read))",
            r"\b(?:suicide (?:squad|mission|doors?|sprints?|runs?|drills?|burpees|bomb\w*|king|blonde)|"
            r"(?:social|career|political|commercial|academic|fashion|financial) suicide)\b",
            r"\boverdos\w* on (?:netflix|coffee|caffeine|sugar|chocolate|cute\w*|tv|anime|memes|k-?dramas|cheese|candy)\b",
            r"\bkill(?:ing)? (?:him|her|them|my \w+|you|everyone)(?: \w+){0,4} (?:if|for|when) (?:\w+ ){0,6}?"
            r"(?:eat|ate|eats|eating|spoil\w*|borrow\w*|forget\w*|forgot|late|finish\w*|drink\w*|took|take|touch\w*|"
            r"use|used|using|wear\w*|steal\w*|stole|lose|lost|again|leaves?|snor\w*|chew\w*|texts?|call\w*|tells?|"
            r"told|spoils?|shows? up|cancel\w*|beats? me at|wins?|won)\b",
            r"\bfeel(?:ing)? like dying (?:of|from|laughing)\b",
            r"\bwant(?:ed)? to die (?:of|from) \w+",
            r"\b(?:mort|morte|morts) de (?:rire|fatigue|faim|peur)\b",
            r"\bme (?:muero|mori) (?:de|por) \w+",
        )
    )
)
