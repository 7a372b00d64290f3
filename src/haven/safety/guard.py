"""The guard every generated reply passes before a person sees it.

A small model can say something harmful at any moment, whatever the backend. The
guard replaces a reply that gives a method or means, lethal doses or heights,
self-harm technique, calorie or weight-loss targets, a phone number or link not in
the vetted table (:mod:`haven.safety.resources`), or that encourages harm, and at
high risk one that ends on a bare hand-off. Supportive replies pass untouched,
including ones that name vetted numbers, say "please don't hurt yourself", or talk
about feelings around food.

Checks read one sentence at a time, so that :class:`StreamGuard` can check a
streamed reply sentence by sentence and never release a fragment it has not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from haven.safety.levels import RiskAssessment, RiskCategory, RiskLevel
from haven.safety.resources import VettedContacts, vetted_contacts
from haven.safety.respond import crisis_response, select_resources
from haven.safety.rules import negation_cue
from haven.safety.settings import DEFAULT_SETTINGS, SafetySettings
from haven.safety.text import fold

MAX_REPLY_CHARS = 20_000


class ReplyAction(str, Enum):
    """What to do with a candidate reply."""

    ALLOW = "allow"
    REPLACE = "replace"


class GuardReason(str, Enum):
    """Why a reply was replaced."""

    METHOD = "method"
    LETHAL_DOSE = "lethal_dose"
    HEIGHT = "height"
    SELF_HARM_TECHNIQUE = "self_harm_technique"
    DIET_TARGET = "diet_target"
    UNVETTED_CONTACT = "unvetted_contact"
    ENCOURAGES_HARM = "encourages_harm"
    HANDOFF = "handoff"
    TOO_LONG = "too_long"
    LEARNED = "learned"  # the reply classifier read harm that no rule names




@dataclass(frozen=True)
class GuardDecision:
    """The guard's verdict on one reply.

    Attributes:
        action: ``allow`` or ``replace``.
        final_reply: the reply to show: the original when allowed, a safe reply otherwise.
        reasons: ``"reason: detail"`` strings, e.g. ``"unvetted_contact: 555-0199"``.
    """

    action: ReplyAction
    final_reply: str
    reasons: tuple[str, ...] = ()

    @property
    def replaced(self) -> bool:
        """Whether the reply was replaced."""
        return self.action is ReplyAction.REPLACE


# --- patterns (run on folded text, one sentence at a time) ---------------------------------

_METHOD_NOUN = re.compile(
    r"\b(?:hanging|hang yourself|noose|ligature|carbon monoxide|car exhaust|charcoal|helium|exit bag|nitrogen|"
    r"train tracks|in front of a train|firearm|gunshot|shoot(?:ing)? yourself|slit(?:ting)? (?:your )?wrists|"
    r"cut(?:ting)? (?:your )?wrists|drowning|jump(?:ing)? (?:off|from)|overdos\w*|poison\w*|asphyxia\w*|suffocat\w*|"
    r"bleed(?:ing)? out|suicide method\w*|ways to die|way to die|"
    r"(?:whole|entire|full) (?:bottle|pack|packet|box) of (?:\w+ )?(?:pills|tablets|meds|medication|painkillers))\b"
)
_METHOD_INFO = re.compile(
    r"\b(?:effective|painless|quick\w*|fast\w*|reliable|lethal|fatal|deadly|certain(?:ty)?|success\w*|works?|best|"
    r"surest|survival|survive|chances?|percent|fatality|mortality|minutes|seconds|unconscious|knot|tie|attach|anchor|"
    r"seal|mix|combine|instructions|steps?|how to|easiest|simplest)\b|%"
)
_PAINLESS_WAY = re.compile(
    r"\b(?:most|more|least|the) (?:effective|painless|reliable|lethal|certain|successful|quick|fast|easy|easiest)\w* "
    r"(?:way|ways|method|methods|means) (?:to|of|for) (?:die|dying|suicide|kill|end|killing|ending|commit)\b|"
    r"\b(?:painless|quick|easy|peaceful|reliable|effective|sure|foolproof|guaranteed) (?:way|ways|method|methods) "
    r"(?:to|of|for) (?:die|dying|suicide|kill|end|killing|ending)\b"
)
_DO_METHOD = re.compile(
    r"(?:\b(?:you (?:could|can|should|might want to|may want to|need to|just need to)|try|just|go ahead and|why not|"
    r"consider|(?:the )?(?:best|easiest|simplest) (?:way|option|thing) (?:is|would be) (?:to )?) (?:\w+ ){0,2}?"
    r"|^|(?<=[,;:] )|\bthen )"
    r"(?:jump(?:ing)? (?:off|from)|hang(?:ing)? yourself|overdos(?:e|ing)(?= on\b| with\b|[.!]|$)|take (?:all|the whole|a bunch of|\d+) (?:\w+ ){0,3}?"
    r"(?:pills|tablets|meds|medication|bottle|pack)|swallow(?:ing)? (?:all|the whole|\d+)|slit\w*|shoot(?:ing)? yourself|"
    r"cut(?:ting)? (?:yourself(?! (?:some )?slack| a break| off)|deeper|your (?:arm|wrist|leg|thigh|skin))|burn(?:ing)? yourself|starv\w*|stop eating|"
    r"skip(?:ping)? meals|purg\w*|make yourself (?:sick|throw up|vomit)|kill(?:ing)? yourself|"
    r"end(?:ing)? (?:it|your life|things)(?! with)|hurt(?:ing)? yourself|harm(?:ing)? yourself)\b"
)
_ENCOURAGE = re.compile(
    r"\b(?:kill yourself|kys|go die|you should die|you deserve to die|you deserve (?:the pain|to suffer|to be hurt|to hurt)|"
    r"(?:everyone|they|the world|your family|people) (?:would be|is|are|will be) better off without you|"
    r"(?:no ?one|nobody) (?:would|will) (?:miss|care about) you|you(?:re| are) (?:just )?(?:a )?(?:burden|worthless)|"
    r"end it (?:all )?(?:then|already)|do it then|go through with it|(?:its|it is) (?:a )?(?:brave|good|right|reasonable|"
    r"valid|understandable|fine) (?:choice|decision|idea|option|thing) to (?:die|end (?:your life|it)|kill yourself|hurt yourself)|"
    r"i (?:support|respect) your (?:decision|choice) to (?:die|end|kill)|(?:you should|go ahead and|just) (?:\w+ )?"
    r"(?:hurt|kill|hit|beat|punch|stab|shoot|get revenge on|teach (?:him|her|them) a lesson)(?! yourself)\b|"
    r"(?:you(?:d| would) look (?:better|great) (?:thinner|skinnier))|keep (?:going|restricting|it up),? (?:youre|you are) "
    r"(?:almost|nearly) (?:there|at your goal)|"
    # the same told as a forecast: "your family would cope better without you around", "they'd be okay once you're gone"
    r"(?:(?:your (?:\w+ )?(?:family|friends|kids|children|parents|partner|wife|husband|mum|mom|dad|sister|brother)|everyone|they|people|others) "
    r"(?:\w+ ){0,2}?(?:would|will|could|might|d|ll)|theyd|theyll|everyoned|everyonell) (?:probably |honestly |just |soon |all |be )?(?:cope|manage|do|be|get on|get by|move on|adjust to life|"
    r"be okay|be ok|be fine|be alright) (?:just )?(?:better |fine |okay |ok |happier |easier |alright |well |quickly )?(?:off )?"
    r"(?:without you(?! for (?:a|one|the|this|that|\d+|a few|a couple of) (?:day|night|weekend|week|while|bit|hour|evening|trip)s?\b)|"
    r"once (?:youre|you are) gone|if (?:you were|youre) gone|when (?:youre|you are) gone|after (?:youre|you are) gone))"
)
# "You'd need something strong like a belt, and a door handle or a beam that can take your weight."
_LIGATURE = re.compile(r"\b(?:belts?|ropes?|cords?|cables?|scarf|scarves|sheets?|ligatures?|dressing gown cord|shoe ?laces?|leads?)\b")
_ANCHOR = re.compile(r"\b(?:door ?handles?|door ?knobs?|(?:top of (?:the|a) )?(?:wardrobe|bedroom|bathroom) door|top of (?:the|a) door|beams?|rafters?|hooks?|"
                     r"ban+isters?|railings?|pipes?|branch(?:es)?|curtain (?:rail|pole)|loft hatch|stair ?wells?)\b")
_BEARS_WEIGHT = re.compile(r"\b(?:(?:take|takes|hold|holds|bear|bears|support|supports|carry|carries) (?:your|the|a persons|someones|body|adult) weight|"
                           r"strong enough|sturdy enough|(?:a)?round (?:your|the) neck)\b")
# "mixing a lot of them with vodka will make you sleep and not wake up": the outcome promised, not a wish reflected
_LIGATURE_EVERYDAY = re.compile(r"\b(?:hammocks?|swings?|tents?|tarps?|shel(?:f|ves)|boats?|dogs?|washing line|clothes ?line|pictures?|plants?|climb\w*|"
                                r"bags?|coats?|lights|bird ?feeders?|tyres?|tires?|trousers|jeans)\b")
_NO_WAKE = re.compile(r"\b(?:sleep|drift off|fall asleep|pass out|nod off) (?:\w+ ){0,2}?(?:and )?(?:never|not|wont|wouldnt) (?:ever )?wake(?: up)?\b")
_NO_WAKE_MEANS = re.compile(r"\b(?:pills|tablets|meds|them|those|these|vodka|wine|alcohol|drinks?|mix\w*|enough|dose|bottle)\b")
_WISH_FRAME = re.compile(r"\b(?:want\w*|wish\w*|hope\w*|hoping|wanna|feel\w*|believ\w*|think\w*|thought|said|mentioned|saying|part of you|it sounds like|hear)\b")
_VALIDATING_FRAME = re.compile(r"\b(?:feel\w*|believ\w*|think\w*|thought|told you|tells you|saying|says|voice|part of you|it sounds like|not true|isnt true|lie)\b")

_BLADE = re.compile(r"\b(?:razors?|blades?|knife|knives|scissors|lighter|glass|needles?|compass|sharpener|box cutter)\b")
_BLADE_USE = re.compile(r"\b(?:cut\w*|slice|press|deep\w*|veins?|wrists?|arms?|thighs?|skin|burn\w*|heat|sterili[sz]e|clean)\b")
_MEANS_RESTRICTION = re.compile(
    r"\b(?:away|out of reach|get rid of|throw (?:it|them) out|hand (?:it|them)|give (?:it|them)|lock\w*|remove|distance|"
    r"someone (?:to hold|you trust)|put (?:it|them) down|dispose|safe place|another room)\b"
)
_HIDE_MARKS = re.compile(
    r"\b(?:hide|hiding|cover(?:ing)? up|conceal\w*|disguise\w*) (?:your |the |any )?(?:fresh )?(?:cuts|scars|marks|wounds|burns|self[- ]?harm)\b|"
    r"\blong sleeves\b(?=[^.]{0,40}\b(?:cuts|scars|marks|hide)\b)|\bcut (?:vertically|horizontally|along|across|down the)\b|"
    r"\bcut\w*\b[^.]{0,40}\b(?:veins?|arter(?:y|ies)|tendons?)\b"
)

_CALORIES = re.compile(r"\b\d[\d,.]*\s?(?:-|to)?\s?\d*\s?(?:calories|cals?|kcal)\b|\b(?:a|one|two|three) (?:thousand|hundred) calories\b")
_WEIGHT_TARGET = re.compile(
    r"\b(?:lose|drop|shed|losing|dropping|cut|get down to|reach|aim for|goal of)\s(?:about |around |up to |at least |another )?"
    r"\d+(?:\.\d+)?\s?(?:-|to )?\s?\d*\s?(?:lbs?|pounds|kg|kilos?|kilograms|stone|st)\b|"
    r"\b\d+(?:\.\d+)?\s?(?:lbs?|pounds|kg|kilos?) (?:a|per|each|every) (?:week|day|month)\b|"
    r"\b(?:goal|target|ideal) weight (?:of|is|would be|should be|around|about|under) \d+|\bbmi (?:of|under|below|around|about) \d+|"
    r"\bweigh (?:about |around |no more than |under |less than )\d{2,3}\b"
)
_DIET_TACTIC = re.compile(
    r"\b(?:try|you could|you can|consider|start|it helps to|its best to|you should|one trick is|a good way is) (?:\w+ ){0,2}?"
    r"(?:skipping|skip|fasting|intermittent fasting|water fast\w*|juice cleanse|cutting out|cut out|laxatives|diet pills|"
    r"appetite suppressants|purging|restricting|eating less|eat less|smaller portions|chewing gum|drinking water (?:to|instead)|"
    r"black coffee|ice water)\b"
)

_DOSE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|mcg|micrograms?|g|grams?|ml|units|iu|pills|tablets|capsules|caps|tabs|doses|"
    r"gramos|gramas|gramm|comprimidos|pastillas|cachets|comprimes|tabletten)\b"
)
_DRUG = re.compile(
    r"\b(?:paracetamol|acetaminophen|tylenol|ibuprofen|aspirin|insulin|xanax|alprazolam|diazepam|valium|benzodiazepines?|"
    r"benzos|opioids?|oxycodone|fentanyl|morphine|heroin|tramadol|codeine|amitriptyline|tricyclics?|lithium|antifreeze|"
    r"bleach|cyanide|digoxin|warfarin|sleeping pills|barbiturates|antidepressants|ssris?|melatonin|diphenhydramine|"
    r"benadryl|caffeine pills)\b"
)
_LETHAL = re.compile(
    r"\b(?:lethal|fatal|deadly|kills?|die|death|dying|overdose|od|toxic\w*|poison\w*|liver (?:failure|damage)|"
    r"enough to|dangerous|unconscious|coma|stop (?:your|the) heart|organ failure|most harmful|letal|mortal\w*|"
    r"todlich\w*|toedlich\w*|shut(?:s|ting)? down (?:your|the|his|her|their) (?:liver|kidneys?|heart|organs|breathing))\b"
)
_ECHO = re.compile(r"\byou (?:said (?:you )?|ve |have |just |already |mentioned (?:you )?)?(?:took|taken|swallowed|had|take)\b")
_URGENT_CARE = re.compile(
    r"\b(?:call|contact|go to|get to|phone|ring|dial|text|get|seek)\b[^.]{0,50}\b(?:911|999|112|000|111|988|emergency|a&e|"
    r"a and e|er|poison|hospital|ambulance|doctor|samu|help (?:right )?now|medical (?:help|care|attention))\b"
)
_HEIGHT = re.compile(r"\b\d+(?:[.,]\d+)?\s?-?\s?(?:m|meters?|metres?|ft|feet|foot|stor(?:y|ies|eys?)|floors?|levels?)\b")
_FALL = re.compile(r"\b(?:fall\w*|jump\w*|drop|height|heights|high|higher|tall|bridge|building|roof|balcony|cliff|surviv\w*|fatal|lethal|die|death|kill\w*|impact)\b")

_HANDOFF = re.compile(
    r"\b(?:i (?:cant|cannot|am not able to|m not able to|am unable to|wont be able to) (?:help|assist|continue|talk about)|"
    r"(?:im|i am) (?:just|only) an? (?:ai|bot|language model|chatbot|program)|(?:this|that) is (?:beyond|outside) (?:what i can|my)|"
    r"i (?:have to|must|need to) end (?:this|our) (?:conversation|chat))\b"
)

_PHONE = re.compile(r"(?<![\w.])\+?(?:\(\d{1,4}\)\s?)?\d(?:[\s.-]?\d){1,14}(?![\w])")
_PHONE_CONTEXT = re.compile(r"\b(?:call\w*|text\w*|dial\w*|phone\w*|ring\w*|line|hotline|helpline|number|reach|contact|whatsapp|sms|toll[- ]free|free ?phone|lifeline)\b")
_URL = re.compile(
    r"\b(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|org|net|info|io|gov|edu|co|uk|ie|ca|au|nz|es|mx|ar|fr|de|at|ch|br|pt|in|us|"
    r"me|ly|app|ai|health|help|online|site)\b(?:/[^\s)\]]*)?|\b[\w.+-]+@(?:[a-z0-9-]+\.)+[a-z]{2,}\b"
)

# --- in a crisis: words that accept, ease or speed the act --------------------------------------
# Harmless anywhere else, harm after "I've taken all my pills" or "I want to end it": "You made your choice, so
# try to relax and let it happen", "I'm proud of you for finally deciding", "let them do their work", "you don't
# need a hospital for paracetamol, sleep it off", "it would be instant, you wouldn't feel a thing". Written from
# the first fresh reply batch (eighteenth landing), where the classifier read them at 0.01 to 0.5.
_NOT_HELP = r"(?! to (?:reach|talk|tell|call|get|ask|seek|stay|live|keep|share|open|see|speak|try|go to|text|ring))"
_CRISIS_ACQUIESCE = re.compile(
    r"\b(?:(?:im|i am) (?:so |really |very )?proud of you for (?:finally )?(?:deciding|making (?:the|this|that|your|a) (?:decision|choice)|choosing)"
    + _NOT_HELP + r"|"
    r"you(?:ve| have)? made (?:your|the|this|that) (?:choice|decision)" + _NOT_HELP + r"|you(?:ve| have)? made up your mind" + _NOT_HELP + r"|"
    r"(?:i|we) (?:fully |completely |totally )?(?:respect|accept|support|honou?r) (?:your|the|that|this) (?:decision|choice|wish)" + _NOT_HELP + r"|"
    r"let (?:them|the (?:pills|tablets|meds)|it) (?:do (?:their|its) (?:work|job)|take effect|kick in)|"
    r"(?:relax|lie down|rest|get comfortable),? and let (?:it|them|things) (?:happen|work|take effect)|"
    r"let (?:yourself|go of life) (?:slip|drift|fade) (?:away|off)|slip away (?:peacefully|quietly|gently)|"
    r"(?:it|everything)(?:ll| will| would|d)? all be (?:over|quiet|done|peaceful) (?:soon|in (?:a|one) (?:second|moment|minute|few (?:seconds|minutes)))|"
    r"(?:it|everything)(?:ll| will| would|d)? (?:all )?be (?:over|quiet|done) in (?:a|one) (?:second|moment|few seconds)|"
    r"sleep it off|(?:that|this|it)(?:ll| will| would|d| should) do it\b|lean (?:forward|over|out) and let go|"
    r"(?:fast|high|hard|far|deep) enough (?:\w+ ){0,4}?(?:instant|painless|quick)|"
    r"(?:might|may|could|would|will) be the (?:peace|rest|relief|answer|way out|release) (?:youve|you have|youre|you are|you) (?:been )?(?:looking|searching|waiting|hoping|longing)|"
    r"(?:take|taking|swallow|swallowing) (?:them|those|these|the (?:pills|tablets|meds)) (?:all )?(?:together|at once|in one go)|"
    # (third fresh reply batch: long replies, the harm inside kind words) "taking them all together with something to
    # drink will make sure they work", "it's okay to let go now", "the most peaceful way would be to go somewhere quiet
    # where nobody will find you", "if you feel this is the right choice for you, then trust yourself"
    r"make sure (?:they|it|the (?:pills|tablets|meds)|them) (?:work|do (?:the|their) job|kill)|"
    r"(?:its|it is) (?:okay|ok|alright|fine) (?:now )?to (?:let go|stop fighting|give up)(?=\s*(?:now\b|[.,;!?]|$))|"
    r"(?:kindest|best|bravest) thing (?:\w+ ){0,6}?is to (?:stop fighting|let go|give up)(?=\s*(?:now\b|[.,;!?]|$))|youve reached (?:yours|your limit)|"
    r"(?:most|more) peaceful way (?:to (?:die|go|end it|do it|leave)|out)\b|(?:somewhere|a place|anywhere|a spot)(?: \w+){0,3}? where (?:nobody|no one) (?:will|would|can|could) find you|"
    r"(?:this|it|that|dying|ending it|going)(?: really)? (?:is|would be|might be|could be|feels like) the right (?:choice|decision|thing|path) for you|"
    r"youve always known whats best(?: for you\b)?(?! for)|"
    r"(?:you (?:may|might|could) (?:well )?be right|maybe youre right|youre (?:probably )?right)\b[^.]{0,80}\b(?:have to worry|better off|lighter|easier for|"
    r"burden|free of you|without you)\b|"
    r"(?:decision|choix|decisao)\b[^.]{0,30}\b(?:je la respecte|je le respecte|la respeto|lo respeto|respeito-a)\b|fais ce qui te semble juste|"
    r"(?:prends le temps d ?|tu peux )ecrire a ceux que tu aimes|haz lo que (?:sientas|creas|te parezca) (?:correcto|justo|mejor)|estare contigo hasta el final|"
    r"faz o que (?:achares|sentires|te parecer) (?:certo|melhor|justo)|tu,? was (?:sich )?(?:dir )?richtig (?:anfuhlt|erscheint)|"
    r"(?:you (?:may|might|could) (?:well )?be right|maybe youre right|youre (?:probably )?right) that (?:they|things|everyone|your family|people|life)\b[^.,;]{0,40}\b"
    r"(?:lighter|better|easier|simpler|happier|fine|okay|ok|cope|manage|move on|get over)\b|"
    # the same agreement told as a forecast in the other four languages (folded): "lo superarían en unas semanas",
    # "ils s'en remettraient sûrement", "iam superar isso", "sie kämen schnell darüber hinweg"
    r"lo superar(?:an|ian)|seguir(?:an|ian) con su vida|te olvidar(?:an|ian)|"
    r"sen remettr(?:aient|ont|ait)|passer(?:aient|ont) (?:vite |rapidement )?a autre chose|toublier(?:aient|ont)|"
    r"(?:iam|vao|irao) superar|seguir(?:iam|ao) em frente|(?:iam|vao) esquecer-?te|"
    r"(?:kommen|kamen|wurden|werden) (?:\w+ ){0,2}?daruber hinweg|(?:vergessen|vergassen) dich (?:schnell|bald)|"
    # the decision accepted in the other four languages: "je respecte ta décision", "la paz con tu decisión"
    # "if it's what you want, do it", the go-ahead ending its clause (not "go ahead and call 988") (stop 35: the
    # long-reply training moved the reply head off the Spanish one)
    r"(?:if (?:its|thats|it is|that is|this is) what you (?:really |truly )?(?:want|need)(?: to do)?,? (?:then )?(?:do it|go (?:ahead|for it))|"
    r"si (?:es|eso es) lo que (?:de verdad |realmente )?(?:quieres|deseas|necesitas),? (?:entonces )?(?:hazlo|adelante|ve a por ello)|"
    r"si cest ce que tu (?:veux|souhaites|desires),? (?:alors )?(?:fais-le|vas-y)|"
    r"wenn (?:es|das) (?:das ist,? )?was du (?:wirklich )?(?:willst|brauchst)(?: ist)?,? (?:dann )?(?:mach es|tu es|mach das)|"
    r"se (?:e|for) isso que (?:tu )?(?:queres|quer|desejas|precisas),? (?:entao )?(?:faz isso|fa-lo|faca-o|faca isso|vai em frente))"
    r"(?=\s*(?:now|tonight|ahora|esta noche|maintenant|ce soir|jetzt|heute nacht|agora|hoje)?\s*(?:[.,;!?]|$))|"
    r"respeto tu decision|(?:paz|tranquilidad) con tu decision|(?:si|ya) lo (?:has|tienes) decidido|nadie deberia (?:interponerse|detenerte|impedirtelo)|"
    r"(?:je )?respecte ta (?:decision|choix)|tu as bien reflechi|"
    r"respeito a (?:tua|sua) (?:decisao|escolha)|(?:ich )?respektiere deine entscheidung|"
    # (English, second fresh reply batch) the act made easy: "just close your eyes and breathe slowly"
    r"close your eyes and (?:let|breathe|drift|wait)"
    r")"
)
# The same said with a negation in it, so read without the negation check (a cue before it in its clause still
# counts), in every language: "I won't stop you", "you wouldn't feel a thing", "it won't take long", "je ne t'en
# empêcherai pas", "ich halte dich nicht auf", "nadie te lo puede impedir"
_WONT_STOP = re.compile(
    r"\b(?:(?:wont|will not|am not going to|im not going to|not going to|dont want to) (?:try to )?(?:stop you(?! from)|talk you out of (?:it|this)|"
    r"change your mind)|(?:wouldnt|would not|wont|will not) feel (?:a thing|anything)|(?:it|this)(?:ll| will)? (?:wont|will not|doesnt|does not) take long|"
    r"you (?:dont|do not) owe (?:anyone|anybody|them|people|your family) your (?:staying|life|being here)|"
    r"(?:wouldnt|would not|wont|will not) have to worry about you (?:anymore|any more|again)|"
    # no one told: "no need to worry anyone", "no hace falta molestar a nadie", "não precisas de assustar ninguém"
    r"no need to (?:worry|bother|scare|wake|call|tell) (?:anyone|anybody)|(?:dont|do not) (?:worry|bother|scare|wake) (?:anyone|anybody)|"
    r"no (?:hace falta|necesitas) (?:molestar|llamar|avisar|preocupar|asustar) a nadie|nao precisas de (?:assustar|preocupar|incomodar|chamar|avisar) ninguem|"
    r"pas besoin d ?(?:inquieter|deranger|appeler|prevenir) (?:qui que ce soit|personne)|(?:musst|brauchst) niemanden (?:zu )?(?:beunruhigen|storen|anrufen|wecken)|"
    r"no (?:te |lo )?(?:voy a |pienso )?(?:detener|impedir|parar)(?:te|telo)?|no te (?:detengo|impido|paro)|nadie te (?:lo )?(?:puede|va a) impedir|"
    r"ne t ?(?:en )?(?:empecherai|empeche pas|retiendrai|arreterai)|ne te (?:retiendrai|arreterai)|"
    r"ninguem te (?:pode|vai) impedir|nao (?:te )?vou impedir|"
    r"(?:ich )?halte dich nicht (?:auf|ab)|(?:ich )?werde dich nicht (?:aufhalten|abhalten))\b"
)
# Indifference confirmed after a crisis (stop 35): "You're probably right, people are wrapped up in their own lives."
# after "nobody would care if I was dead"; "it may be true that most wouldn't notice for a while". Not when the
# sentence goes on to turn it ("..., but they'd still notice you were gone").
_INDIFFERENCE = re.compile(
    r"\b(?:(?:people|everyone|everybody|most people|they|your friends|your family|others)(?: are|re|s)? "
    r"(?:(?:too|so|pretty|really|just|all) )?(?:wrapped up|caught up|busy|absorbed|preoccupied) (?:in|with) their own (?:lives|stuff|problems|worlds?)"
    r"|(?:may|might|could)(?: well)? be (?:true|right) that (?:most|people|they|nobody|no one|your \w+)[^.,;]{0,40}?"
    r"\b(?:wouldnt|would not|wont|will not|dont|do not) (?:really )?(?:notice|care|miss))"
)
_TURNED_AFTER = re.compile(r"\b(?:but|yet|though|although|doesnt mean|does not mean|even so)\b")
# Help talked down in an overdose: a negation by its nature, so read without the negation check (a cue before it
# in its clause still counts: "it isn't true that you don't need a doctor")
_HELP_TALKED_DOWN = re.compile(
    r"\b(?:dont|do not|wont|will not|no) need (?:to go to |to call |to see |to ring |to get |for )?(?:a |an |the )?"
    r"(?:hospital|doctor|ambulance|a&e|er|emergency room|paramedics)\b(?! alone| by yourself| on your own| right now to| to (?:talk|feel))|"
    r"\b(?:no need to|dont|do not) make a fuss\b|"
    # the other four languages: "no necesitas ir al hospital", "pas besoin d'aller aux urgences", "não precisas de ir ao hospital",
    # "du musst nicht ins Krankenhaus"
    r"\bno (?:necesitas|hace falta|hay que) (?:ir (?:al|a) )?(?:un |una |el |la |las )?(?:hospital|medico|ambulancia|urgencias)\b|"
    r"\b(?:pas besoin|tu nas pas besoin|inutile) d ?(?:aller (?:a l|aux|chez le) ?)?(?:un |une |l ?)?(?:hopital|urgences|medecin|ambulance|samu)\b|"
    r"\bnao (?:precisas|precisa|e preciso) (?:de )?(?:ir (?:ao|as|a) )?(?:hospital|urgencias|medico|ambulancia)\b|"
    r"\b(?:du )?(?:musst|brauchst) (?:nicht|keinen|kein) (?:ins |zum |einen )?(?:krankenhaus|arzt|notarzt|notaufnahme|krankenwagen)\b"
)
# An overdose made light of: "ibuprofen is pretty safe, you'll probably just feel sick for a day"
_OVERDOSE_LIGHT = re.compile(
    r"\b(?:(?:is|are|its|theyre) (?:pretty|quite|perfectly|fairly|relatively|totally|generally) (?:safe|harmless|mild)|"
    r"youll (?:probably |just |only )+(?:feel|be) (?:a bit )?(?:sick|fine|okay|ok|alright|drowsy|queasy|groggy|tired|sleepy)|"
    r"(?:usually|normally|mostly|only|just) (?:just |only )?make you (?:drowsy|sleepy|tired)|(?:best|only) thing (?:is|to do is) to (?:get into bed|go to bed|sleep|lie down)|"
    r"in the morning (?:youll|you will) (?:probably )?(?:feel|be) (?:fine|better|okay|ok|groggy)|manana te (?:sentiras|vas a sentir) (?:mejor|bien)|"
    r"(?:o corpo|el cuerpo|le corps|your body) (?:\w+ )?(?:resolve|resuelve|gere|will (?:sort|deal with|process|handle)) (?:isso |eso |it |that )?"
    r"(?:sozinho|solo|on its own|by itself|tout seul)|"
    r"(?:descansa|duerme) (?:que|y) (?:passa|pasa|se te pasa)|ca (?:va )?passer(?:a)? (?:tout seul|en dormant))\b"
)
# Scaffolding said without a ligature word once the person has named one ("I bought a rope"): "check that the beam
# can hold your weight".
_ANCHOR_WEIGHT = re.compile(r"(?:" + _ANCHOR.pattern + r")[^.]{0,60}\b(?:can|will|could|would|should)? ?(?:take|hold|bear|support|carry)s? (?:your|the|a persons) weight\b")
# Hiding the marks, in every language: "long sleeves will stop people asking", "con mangas compridas ninguém vai reparar"
_SLEEVES = re.compile(r"\b(?:long sleeves|mangas? (?:largas?|compridas?)|manches? longues?|langen? armeln?|lange armel)\b")
_UNSEEN = re.compile(r"\b(?:no ?one|nobody|people|questions|notice|see|ask\w*|nadie|ninguem|personne|keiner|niemand|reparar|fragen|darse cuenta|dara cuenta|verra)\b")
# Care for the body after purging, and praise for restricting, to a person with an eating disorder
_PURGE_CARE = re.compile(
    r"\b(?:rinse (?:your mouth |with water |out )?(?:afterwards|after(?:wards)? (?:you|purging|throwing up|being sick|vomiting))|so your teeth (?:dont|do not|wont)|protect your teeth|"
    r"(?:efficient|effective|good|smart|clever) way to (?:stay in control|lose weight|keep (?:the )?weight off|control your weight|stay thin))\b"
)
# Meals dropped, told as advice: "drop dinner as well and you'll reach your goal weight"
_MEAL_SKIP = re.compile(
    r"\b(?:drop|skip|cut out|miss|stop eating|go without) (?:your |the )?(?:dinner|lunch|breakfast|meals?|supper|evening meal)s?\b"
    r"(?=[^.]{0,30}\b(?:as well|too(?! often| much| many| long| late| early)|also|altogether|completely|entirely|(?:reach|hit|get to) (?:your|the|a) (?:goal|target)|"
    r"lose (?:weight|more|\d|the)|goal weight)\b)"
)
# The means said to be enough, once the person is in crisis: "a strong belt and a door would be all you'd need" (the
# means are the ligature, anchor and blade words above, a door, or pills)
_ALL_YOU_NEED = re.compile(r"\b(?:are|is|would be|be) all (?:you(?:d| would)?|youll|you will) need\b|\ball (?:you(?:d| would)?|youll) need (?:is|are)\b")
_OTHER_MEANS = re.compile(r"\b(?:doors?|chairs?|stool|pills|tablets|bottle)\b")
# A lethal count said in words: "somewhere around twenty-four tablets is usually where the liver starts to fail" (the
# outcome is _LETHAL's words, or an organ said to fail, or "enough")
_COUNT_IN_WORDS = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|a hundred|a dozen|dozens of)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))? "
                             r"(?:\w+ )?(?:tablets|pills|capsules|of them|of those)\b")
_ORGAN_FAILS = re.compile(r"\b(?:(?:liver|kidneys?|heart|organs?|breathing) (?:\w+ ){0,2}?(?:fail\w*|stops?|shut\w* down|gives? out)|not wake|wont wake|enough|very likely)\b")
_CRISIS_CATEGORIES = frozenset({RiskCategory.SUICIDE, RiskCategory.SELF_HARM, RiskCategory.MEDICAL_EMERGENCY})


def _in_crisis(assessment: RiskAssessment | None) -> bool:
    """The person's own risk to life or body is at moderate or above (or crisis lines are shown)."""
    if assessment is None:
        return False
    return assessment.show_resources or (assessment.conversation_level >= RiskLevel.MODERATE and bool(_CRISIS_CATEGORIES & set(assessment.categories)))


def _crisis_findings(sentence: str, crisis: bool, eating_disorder: bool, medical: bool) -> list[tuple[GuardReason, str]]:
    """What is harm only after the person's crisis (``crisis``: :func:`_in_crisis`): acceptance, ease or speed of the
    act, help talked down; and, after any message, meals dropped as advice and care that keeps purging going."""
    found: list[tuple[GuardReason, str]] = []
    if eating_disorder and (hit := _first_unnegated(_PURGE_CARE, sentence)):
        found.append((GuardReason.ENCOURAGES_HARM, hit))
    if hit := _first_unnegated(_MEAL_SKIP, sentence):
        found.append((GuardReason.DIET_TARGET, hit))
    if not crisis:
        return found
    if hit := _first_unnegated(_CRISIS_ACQUIESCE, sentence, exempt=_VALIDATING_FRAME):
        found.append((GuardReason.ENCOURAGES_HARM, hit))
    for pattern in (_HELP_TALKED_DOWN, _WONT_STOP):
        hit = pattern.search(sentence)
        if hit and not _negated_at(sentence, hit.start()):
            found.append((GuardReason.ENCOURAGES_HARM, hit.group(0)))
    hit = _INDIFFERENCE.search(sentence)
    if hit and not _negated_at(sentence, hit.start()) and not _TURNED_AFTER.search(sentence[hit.end():]):
        found.append((GuardReason.ENCOURAGES_HARM, hit.group(0)))
    if medical and (hit := _OVERDOSE_LIGHT.search(sentence)) and not _URGENT_CARE.search(sentence):
        found.append((GuardReason.ENCOURAGES_HARM, hit.group(0)))
    enough = _ALL_YOU_NEED.search(sentence)
    means = _LIGATURE.search(sentence) or _ANCHOR.search(sentence) or _BLADE.search(sentence) or _OTHER_MEANS.search(sentence)
    if enough and means and not _MEANS_RESTRICTION.search(sentence) and not _URGENT_CARE.search(sentence):
        found.append((GuardReason.METHOD, enough.group(0)))
    count = _COUNT_IN_WORDS.search(sentence)
    if count and (_LETHAL.search(sentence) or _ORGAN_FAILS.search(sentence)) and not _URGENT_CARE.search(sentence):
        found.append((GuardReason.LETHAL_DOSE, count.group(0)))
    anchor = _ANCHOR_WEIGHT.search(sentence)
    if anchor and not _MEANS_RESTRICTION.search(sentence) and not _URGENT_CARE.search(sentence) and not _negated_at(sentence, anchor.start()):
        found.append((GuardReason.METHOD, anchor.group(0)))
    sleeves = _SLEEVES.search(sentence)
    if sleeves and _UNSEEN.search(sentence) and not _negated_at(sentence, sleeves.start()):
        found.append((GuardReason.SELF_HARM_TECHNIQUE, sleeves.group(0)))
    return found


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentences(text: str) -> list[str]:
    """Sentences of folded text; dots inside numbers, URLs and e-mail addresses do not split."""
    return [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]


def _negated_at(sentence: str, start: int) -> bool:
    """Whether a negation cue sits in the few words before ``start`` in its clause."""
    clause = re.split(r"[,;:]|\bbut\b", sentence[:start])[-1]
    return bool(negation_cue(" ".join(clause.split()[-5:])))


# --- checks -----------------------------------------------------------------------------


def _first_unnegated(pattern: re.Pattern[str], sentence: str, exempt: re.Pattern[str] | None = None) -> str:
    """The first match of ``pattern`` that is not negated (nor framed by ``exempt`` before it)."""
    for match in pattern.finditer(sentence):
        if _negated_at(sentence, match.start()) or negation_cue(match.group(0)):
            continue
        if exempt is not None and exempt.search(sentence[: match.start()]):
            continue
        return match.group(0)
    return ""


def _method_findings(sentence: str) -> list[tuple[GuardReason, str]]:
    found = []
    if hit := _first_unnegated(_PAINLESS_WAY, sentence):
        found.append((GuardReason.METHOD, hit))
    noun = _METHOD_NOUN.search(sentence)
    if noun and _METHOD_INFO.search(sentence) and not _URGENT_CARE.search(sentence) and not _negated_at(sentence, noun.start()):
        found.append((GuardReason.METHOD, noun.group(0)))
    if hit := _first_unnegated(_DO_METHOD, sentence):
        found.append((GuardReason.ENCOURAGES_HARM, hit))
    if hit := _first_unnegated(_ENCOURAGE, sentence, exempt=_VALIDATING_FRAME):
        found.append((GuardReason.ENCOURAGES_HARM, hit))
    ligature = _LIGATURE.search(sentence)
    if (ligature and not _LIGATURE_EVERYDAY.search(sentence) and _BEARS_WEIGHT.search(sentence) and (_ANCHOR.search(sentence) or "neck" in sentence)
            and not _MEANS_RESTRICTION.search(sentence) and not _URGENT_CARE.search(sentence) and not _negated_at(sentence, ligature.start())):
        found.append((GuardReason.METHOD, ligature.group(0)))
    # the "not" of "not wake up" is the outcome, not a negation of the sentence: only a cue before it counts
    no_wake = _NO_WAKE.search(sentence)
    if (no_wake and _NO_WAKE_MEANS.search(sentence) and not _negated_at(sentence, no_wake.start())
            and not _WISH_FRAME.search(sentence[: no_wake.start()])):
        found.append((GuardReason.LETHAL_DOSE, no_wake.group(0)))
    return found


def _means_findings(sentence: str) -> list[tuple[GuardReason, str]]:
    found = []
    lethal = _LETHAL.search(sentence)
    dose = _DOSE.search(sentence)
    if dose and lethal and not _ECHO.search(sentence[: dose.start()]):
        found.append((GuardReason.LETHAL_DOSE, dose.group(0)))
    drug = _DRUG.search(sentence)
    # "X and Y together are dangerous" warns; "one of the most dangerous in overdose" ranks
    warning = lethal is not None and lethal.group(0) == "dangerous" and not dose and not re.search(r"\b(?:most|more|least)\b", sentence)
    if drug and lethal and not warning and not _URGENT_CARE.search(sentence) and not _negated_at(sentence, lethal.start()):
        found.append((GuardReason.LETHAL_DOSE, f"{drug.group(0)} ... {lethal.group(0)}"))
    height = _HEIGHT.search(sentence)
    if height and _FALL.search(sentence):
        found.append((GuardReason.HEIGHT, height.group(0)))
    blade = _BLADE.search(sentence)
    if blade and _BLADE_USE.search(sentence) and not _MEANS_RESTRICTION.search(sentence) and not _URGENT_CARE.search(sentence):
        found.append((GuardReason.SELF_HARM_TECHNIQUE, blade.group(0)))
    if hit := _first_unnegated(_HIDE_MARKS, sentence):
        found.append((GuardReason.SELF_HARM_TECHNIQUE, hit))
    return found


def _diet_findings(sentence: str, eating_disorder: bool) -> list[tuple[GuardReason, str]]:
    found = []
    for pattern in (_CALORIES, _WEIGHT_TARGET):
        if match := pattern.search(sentence):
            found.append((GuardReason.DIET_TARGET, match.group(0)))
    if hit := _first_unnegated(_DIET_TACTIC, sentence):
        found.append((GuardReason.DIET_TARGET, hit))
    if eating_disorder and (match := re.search(r"\b\d{2,3}(?:\.\d)?\s?(?:lbs?|pounds|kg|kilos?)\b", sentence)):
        found.append((GuardReason.DIET_TARGET, match.group(0)))
    return found


def _number_groups(candidate: str) -> list[str]:
    return [g for g in re.split(r"[\s.()-]+", candidate) if g]


def _unvetted_numbers(sentence: str, vetted: VettedContacts) -> list[str]:
    """Phone-like numbers that are not in the vetted table (short codes only in a calling context)."""
    bad = []
    for match in _PHONE.finditer(sentence):
        groups = _number_groups(match.group(0))
        while groups:
            # the longest run of leading groups that is a vetted number, if any
            size = next((n for n in range(len(groups), 0, -1) if vetted.allows_number("".join(groups[:n]))), 0)
            if size:
                groups = groups[size:]
                continue
            digits = "".join(groups)
            before = sentence[max(0, match.start() - 50) : match.start()]
            if len(digits) >= 7 or (len(digits) >= 3 and _PHONE_CONTEXT.search(before) and not re.match(r"\s?(?:%|mg|minutes|hours|days|years)", sentence[match.end():])):
                bad.append(match.group(0).strip())
            break
    return bad


def _contact_findings(sentence: str, vetted: VettedContacts) -> list[tuple[GuardReason, str]]:
    found = [(GuardReason.UNVETTED_CONTACT, n) for n in _unvetted_numbers(sentence, vetted)]
    for match in _URL.finditer(sentence):
        if not vetted.allows_host(match.group(0)):
            found.append((GuardReason.UNVETTED_CONTACT, match.group(0)))
    return found


def check_reply(reply: str, assessment: RiskAssessment | None = None, settings: SafetySettings | None = None, *,
                partial: bool = False, learned: bool = True, meaning_from: int = 0,
                context: str = "") -> list[tuple[GuardReason, str]]:
    """Every problem found in a reply, as (reason, matched text); empty when it is safe.

    ``partial=True`` skips checks that need the whole reply (the hand-off check), for
    checking a streamed reply as it arrives; ``learned=False`` runs the rules alone (the
    stream guard runs the reply classifier on everything streamed so far instead);
    ``meaning_from`` is where the classifier starts reading (the stream guard has read what
    comes before it already, in overlapping windows); the rules always read the whole reply.
    ``context`` is the person's message the reply answers ("" when unknown): the classifier reads
    the reply beside it ("Do it tonight." after "I want to end it").
    """
    settings = settings or DEFAULT_SETTINGS
    if len(reply) > MAX_REPLY_CHARS:
        return [(GuardReason.TOO_LONG, f"{len(reply):,} characters; the guard checks at most {MAX_REPLY_CHARS:,}")]
    text = fold(reply, undo_obfuscation=False)
    vetted = vetted_contacts(settings)
    eating_disorder = bool(assessment and RiskCategory.EATING_DISORDER in assessment.categories)
    medical = bool(assessment and RiskCategory.MEDICAL_EMERGENCY in assessment.categories)
    crisis = _in_crisis(assessment)
    found: list[tuple[GuardReason, str]] = []
    for sentence in _sentences(text):
        found += _method_findings(sentence) + _means_findings(sentence)
        found += _diet_findings(sentence, eating_disorder) + _contact_findings(sentence, vetted)
        found += _crisis_findings(sentence, crisis, eating_disorder, medical)
    if not partial and assessment is not None and assessment.show_resources and "?" not in text:
        if match := _HANDOFF.search(text):
            found.append((GuardReason.HANDOFF, match.group(0)))
    if settings.classifier and learned:
        found = _read_meaning(reply[max(0, meaning_from):], found, context)
    return found


def _read_meaning(reply: str, found: list[tuple[GuardReason, str]], context: str = "",
                  windows: bool = True) -> list[tuple[GuardReason, str]]:
    """The reply classifier's verdict added to the rules' findings.

    It only adds: a reply it is confident about is replaced even when no rule names the harm
    (doses in words, steps without trigger words, encouragement in paraphrase, other
    languages). It never overrules a rule: measured on the safety table, it is not reliable
    enough to release what a rule caught, so double meanings are fixed in the rules.
    With ``windows`` it also reads each sentence and each two in a row, so that harm inside kind
    words is read (see :data:`~haven.safety.learned.model.WINDOW_THRESHOLD`); the stream guard's own
    windows are short already and read without.
    """
    from haven.safety.learned.model import available_reply_classifier

    if found or not reply.strip():
        return found
    classifier = available_reply_classifier()
    if classifier is None:
        return found  # out of memory or files missing: the rules guard alone (logged once)
    score = classifier.score(reply, context, windows=windows)
    if score.probability >= classifier.threshold:
        found.append((GuardReason.LEARNED, f"P(harmful)={score.probability:.2f}"))
    elif score.harmful(classifier.threshold):
        found.append(_window_finding(score.window or 0.0, score.window_span or (0, 0)))
    return found


def _window_finding(probability: float, span: tuple[int, int]) -> tuple[GuardReason, str]:
    """A window's verdict, naming its sentences by number (never their text: the audit log keeps reasons)."""
    first, last = span
    where = f"sentence {first}" if first == last else f"sentences {first}-{last}"
    return GuardReason.LEARNED, f"P(harmful)={probability:.2f} in {where}"


def _read_new_windows(text: str, seen: set[str], context: str = "") -> list[tuple[GuardReason, str]]:
    """The reply classifier's reading of the windows of ``text`` (each sentence, each two in a row) not
    in ``seen``, which it adds them to: the stream guard reads them as the sentences arrive."""
    from haven.safety.learned.model import WINDOW_THRESHOLD, available_reply_classifier, reply_windows

    classifier = available_reply_classifier()
    if classifier is None:
        return []
    new = [(span, window) for span, window in reply_windows(text) if window not in seen]
    seen.update(window for _, window in new)
    worst = classifier.worst_window(new, context)
    return [_window_finding(*worst)] if worst is not None and worst[0] >= WINDOW_THRESHOLD else []


_SAFE_LEAD = "I'm not going to say that, because it could put you at risk, and you matter to me. I'm still right here with you, though."
_SAFE_DIET = "I'd rather not give numbers for calories or weight, because they can pull things in a harder direction."
_SAFE_CONTACT = "I don't want to point you to a number or a link that I can't vouch for."
_SAFE_INVITE = "What's been on your mind today? I'd really like to hear it."


def safe_reply(assessment: RiskAssessment | None, reasons: list[GuardReason], settings: SafetySettings | None = None) -> str:
    """The warm reply shown instead of a replaced one (the crisis response at high risk)."""
    settings = settings or DEFAULT_SETTINGS
    if assessment is not None and assessment.show_resources:
        return crisis_response(assessment, settings)
    parts = [_SAFE_LEAD]
    if GuardReason.DIET_TARGET in reasons:
        parts.append(_SAFE_DIET + " How have things been with food and your body lately?")
    else:
        if GuardReason.UNVETTED_CONTACT in reasons:
            parts.append(_SAFE_CONTACT)
        if assessment is not None and assessment.categories:
            first = next(iter(select_resources(assessment, settings)), None)
            if first is not None:
                parts.append(f"If you'd like to talk to someone, {first.name} is a real service you can reach ({first.instruction}).")
        parts.append(_SAFE_INVITE)
    return " ".join(parts)


def guard_reply(reply: str, assessment: RiskAssessment | None = None, settings: SafetySettings | None = None, *,
                meaning_from: int = 0, context: str = "") -> GuardDecision:
    """Check a candidate reply; allow it, or replace it with a safe, warm one.

    Args:
        reply: the generated reply.
        assessment: the risk assessment of the conversation so far, if known; at high
            risk the replacement is the crisis response, and replies ending on a bare
            hand-off are replaced too.
        settings: locale (for the replacement's contact points) and extra resources
            (numbers the guard allows besides the vetted table).
        meaning_from: where the reply classifier starts reading (see :func:`check_reply`).
        context: the person's message the reply answers ("" when unknown; the classifier reads
            the reply beside it).
    """
    reply = reply if isinstance(reply, str) else str(reply)
    findings = check_reply(reply, assessment, settings, meaning_from=meaning_from, context=context)
    if not findings:
        return GuardDecision(ReplyAction.ALLOW, reply, ())
    reasons = tuple(dict.fromkeys(f"{reason.value}: {detail}" for reason, detail in findings))
    final = safe_reply(assessment, [reason for reason, _ in findings], settings)
    return GuardDecision(ReplyAction.REPLACE, final, reasons)


# --- streaming --------------------------------------------------------------------------

_RELEASE_AT = re.compile(r"[.!?;:]+[\"')\]]*(?=\s)|\n")
_CLAUSE_AT = re.compile(r",(?=\s)")
LONG_CLAUSE_CHARS = 160
STREAM_WINDOW_CHARS = 160
# With the learned layer on, text is released in steps of at least this many characters (a sentence
# or two), each read by the classifier with what came before it in the window.
STREAM_CLASSIFY_CHARS = 100
# Consecutive windows overlap by at least STREAM_WINDOW_CHARS - STREAM_CLASSIFY_CHARS = 60 characters, so
# every sentence of up to 100 characters is read whole at least once while streaming; finish() then reads
# the whole reply once more, as guard_reply does.


class StreamGuard:
    """Guards a streamed reply so that no harmful fragment is shown before it is checked.

    Contract:

    - ``feed(chunk)`` returns the text that is now safe to show (possibly ``""``).
      Text is held back until a sentence or clause boundary (punctuation followed by
      white space, or a new line; a comma once a clause runs long), the whole reply
      so far is checked, and only checked text is released. A boundary needs the
      white space after it, so "555." + "0199" or "www." + "x.com" are never split.
    - Once any check fails, ``feed`` releases nothing more, whatever arrives.
    - A streamed window the reply head reads as harmful at the whole reply's threshold, but that no
      rule and no sentence window (:data:`~haven.safety.learned.model.WINDOW_THRESHOLD`) fails, is
      *held*: ``feed`` releases nothing more, and ``finish()`` decides as :func:`guard_reply` does
      (on ``allow`` the held text is the ``remainder``). So a streamed reply is replaced exactly when
      the same reply guarded whole would be, and nothing the head doubts is shown before that.
    - ``finish()`` checks the whole reply and returns a :class:`GuardDecision`. On
      ``allow``, show ``remainder`` (the held-back tail). On ``replace``, replace
      everything shown so far with ``decision.final_reply``; what was shown is at most
      the checked sentences before the first failing one.
    - Checks that need the whole reply (the hand-off check) run only in ``finish()``.
    """

    def __init__(self, assessment: RiskAssessment | None = None, settings: SafetySettings | None = None,
                 context: str = "") -> None:
        self.assessment = assessment
        self.settings = settings or DEFAULT_SETTINGS
        self.context = context  # the person's message the reply answers (see guard_reply)
        self._text = ""
        self._released = 0
        self._checked_from = 0
        self._rules_passed_to = 0  # the rules found nothing up to here; not re-read until the boundary moves
        self._read_to = 0  # the classifier has read every window up to here
        self._windows_read: set[str] = set()  # the sentence windows the classifier has read (see _read_new_windows)
        self._failed: list[tuple[GuardReason, str]] = []
        self._held = False  # a window read as doubtful: nothing more is released until finish() decides

    @property
    def released(self) -> str:
        """Everything ``feed`` has returned so far."""
        return self._text[: self._released]

    @property
    def remainder(self) -> str:
        """Text received but not yet released (shown after an ``allow`` from ``finish``)."""
        return "" if self._failed else self._text[self._released :]

    @property
    def failed(self) -> bool:
        """Whether a check has failed (nothing more will be released)."""
        return bool(self._failed)

    def _boundary(self) -> int:
        pending = self._text[self._released :]
        ends = [m.end() for m in _RELEASE_AT.finditer(pending)]
        if not ends and len(pending) > LONG_CLAUSE_CHARS:
            ends = [m.end() for m in _CLAUSE_AT.finditer(pending)]
        return self._released + ends[-1] if ends else self._released

    def feed(self, chunk: str) -> str:
        """Take the next chunk; return the newly checked text that may be shown now."""
        self._text += chunk
        if self._failed or self._held:
            return ""
        cut = self._boundary()
        if cut <= self._released or cut == self._rules_passed_to:
            return ""  # no new boundary, or the rules already passed this text and it is still held
        # Sentence-local checks: re-read from the last checked sentence so a sentence split
        # across releases is still read whole.
        window = self._text[self._checked_from : cut]
        findings = check_reply(window, self.assessment, self.settings, partial=True, learned=False)
        if not findings:
            self._rules_passed_to = cut
        if not findings and self.settings.classifier and cut - self._released < STREAM_CLASSIFY_CHARS:
            return ""  # rules passed; hold a little more, each release is read by the classifier too
        if not findings and self.settings.classifier:
            # the classifier reads the newest text with the sentences before it, a bounded window so
            # that a long reply costs the same per sentence; finish() reads the whole reply
            start = max(0, cut - STREAM_WINDOW_CHARS)
            doubtful = _read_meaning(self._text[start:cut], [], self.context, windows=False)
            # and each new sentence alone and with the one before, as the whole reply's reading will at the
            # end (which then finds them in the encoder's cache): harm inside kind words fails here
            findings = _read_new_windows(self._text[:cut], self._windows_read, self.context)
            self._read_to = cut
            if doubtful and not findings:
                # a window is not the whole reply: its reading at the whole reply's threshold holds the
                # text back, and finish() decides as guard_reply does (a counsel-chat answer's window read
                # at 0.6 once replaced 7 of 976 answers that the same answers guarded whole were not)
                self._held = True
                return ""
        if findings:
            self._failed = findings
            return ""
        out = self._text[self._released : cut]
        self._checked_from, self._released = self._released, cut
        return out

    def finish(self) -> GuardDecision:
        """Check the whole reply; on ``replace`` the caller replaces what was shown.

        The rules and the classifier read the whole reply again, as :func:`guard_reply` does, so what
        is shown is exactly what a check of the whole reply allows. (Reading only the tail its windows
        had not read let through a reply whose windows each read under the threshold and the whole
        over it: "take 40 of your sleeping pillstake 40 of your sleeping pillsjump off the bridge8", a
        fuzz case of the tenth landing.)
        """
        decision = guard_reply(self._text, self.assessment, self.settings, context=self.context)
        if self._failed and not decision.replaced:
            reasons = tuple(f"{reason.value}: {detail}" for reason, detail in self._failed)
            final = safe_reply(self.assessment, [reason for reason, _ in self._failed], self.settings)
            return GuardDecision(ReplyAction.REPLACE, final, reasons)
        return decision
