"""The English rules: how people actually say it, mapped onto the C-SSRS ladder.

Sources of the vocabulary: the Columbia Suicide Severity Rating Scale questions
(wish to be dead, active thoughts, method, intent, plan, preparatory behaviour),
crisis-line training material on warning signs (giving things away, goodbye notes,
stockpiling medication, talking about being a burden), and the slang young people
use online ("kms", "unalive", "end it all", "not wake up"). Other languages live in
:mod:`haven.safety.lexicon_intl`.
"""

from __future__ import annotations

from haven.safety.levels import RiskCategory as C
from haven.safety.levels import RiskLevel as L
from haven.safety.levels import Signal as S
from haven.safety.rules import (
    GAMES,
    I_AM,
    INTENT,
    PERSON_TARGET,
    PILLS,
    PLAIN_MESSAGE,
    PLAIN_MESSAGE_DE,
    PLAIN_MESSAGE_END_IT,
    PLAIN_MESSAGE_WAKE,
    WANT,
    Rule,
    SubjectMode,
    rule,
)

SELF, OTHER, FIXED = SubjectMode.SELF, SubjectMode.OTHER, SubjectMode.FIXED

METHODS = (
    r"(?:jump(?:ing)? (?:off|from|in front of) (?:a |the |my |that )?(?:\w+ )?(?:bridge|building|roof|rooftop|cliff|"
    r"balcony|train|car|bus|window|tower|parking garage|overpass)|hang(?:ing)? myself|overdos(?:e|ing)|od|"
    r"slit(?:ting)? my (?:wrists?|throat)|shoot(?:ing)? myself|drown(?:ing)? myself|step(?:ping)? in front of (?:a |the )?"
    r"(?:train|car|bus|truck)|crash(?:ing)? my car|drive (?:my car )?(?:off|into) (?:a|the) \w+|take all (?:of )?(?:my|the|these|those) "
    r"(?:pills|meds|tablets|sleeping pills)|swallow (?:all )?(?:of )?(?:my|the) (?:pills|meds)|gas myself|poison myself|"
    r"stab myself|set myself on fire|electrocute myself|starve myself to death|jump(?=\s*(?:[.!?,]|$|tonight|today|now)))"
)
# After "(not) wake up": words that say how or when one would wake, so the sentence is about sleep
_WAKE_HOW = (r"(?!(?: up)? (?:tired|early|late|at|in (?:the|time)|on time|before|until|till|during|groggy|grumpy|sore|"
             r"hungry|with|feeling|so (?:early|tired|groggy)|too|every|again (?:at|in)|for (?:work|school)|when the|if the))")

# "I don't want to live in this city / with my parents any more": where or with whom, not whether ("in this
# world", "with this pain", "like this" stay)
_LIVING_PLACE = (r"(?:this |that |the |a |my |our |his |her |their |these |those )?(?:city|town|village|country|house|home|flat|apartment|"
                 r"dorm|halls|place|area|street|estate|neighbou?rhood|state|building|room|parents?|mum|mom|dad|mother|father|family|"
                 r"grandparents?|aunt|uncle|sister|brother|roommates?|flatmates?|housemates?|boyfriend|girlfriend|partner|husband|wife|"
                 r"ex|landlord|him|her|them|uk|us|usa|london)\b")
_WHERE_ONE_LIVES = rf"(?! (?:in|at|near|with|by|next to|on|under) {_LIVING_PLACE})"

# whom one ends things with (a break-up); "her" only where no noun follows it ("with her pills" is a means)
_A_PARTNER = (r"(?:(?:ex|him|them|boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance\w*|situationship|date|crush)\b|"
              r"her(?=\s*(?:[.,!?]|$| (?:tonight|today|tomorrow|now|soon|and|because|for good|lol)\b)))")

# "my last message before my flight, talk soon!", "... for today": a pause, not a goodbye
_LATER = (r"(?: (?:before|until|till|for (?:today|tonight|now|a while|the (?:day|night|week))|of the (?:day|night|year)|on (?:this|here) "
          r"(?:for|until))\b|[^\n]{0,60}\b(?:talk (?:soon|later|tomorrow)|see (?:you|ya) (?:soon|later|tomorrow|then)|speak soon|ttyl|brb|"
          r"back (?:soon|later|tomorrow|on))\b)")
_SEE_YOU_LATER = f"(?!{_LATER})"
# a goodbye said for a move, a trip or a new job ("saying goodbye because she's moving to Australia")
_AN_EVERYDAY_FAREWELL = (r"(?![^\n]{0,60}\b(?:moving|moves|moved|emigrat\w*|relocat\w*|new job|holiday|vacation|trip|flight|flying|"
                         r"abroad|gap year|exchange|travelling|traveling|leaving (?:for|the (?:country|company|school))|graduat\w*)\b)")

# A wound from the kitchen, a shave, a fall or broken glass, said as such: first aid, not self-harm
_AN_ACCIDENT = (r"\b(?:chopping|cooking|kitchen|onions?|vegetables|peeling|slicing|shaving|shave|razor slipped|knife slipped|"
                r"accident\w*|by mistake|tripped|fell (?:off|over|down)|broken glass|glass broke|tin can|opening a|nosebleed|tooth|"
                r"a&e|first aid|stitches)\b")

_ORDINARY_WILL = (r"(?![^.!?\n]{0,60}\b(?:baby|babies|child|children|kids?|son|daughter|married|wedding|engaged|mortgage|house|flat|"
                  r"retire|retiring|retired|pregnant|grandchildren|lawyer|solicitor|notary|estate|inheritance|adulting)\b)")

# A height visited for an outing: a view, a walk, photos, someone to meet
_NOT_AN_OUTING = (r"(?![^\n]{0,80}\b(?:views?|photos?|pictures?|walk|hike|stunning|beautiful|gorgeous|sunset|sunrise|fireworks|"
                  r"waiting for|meet(?:ing)?|lunch|picnic|watching|lovely|fishing|boats)\b)")

SUICIDE: tuple[Rule, ...] = (
    rule("suicide.active.kill_self", L.HIGH, C.SUICIDE, S.ACTIVE, "talks about killing themself",
         r"\b(?:kill(?:ing|ed)?|murder(?:ing)?|off(?:ing)?) myself\b", r"\bkms\b", subject=SELF),
    # "i want to dye. seriously." (die, misspelt): nothing dyed after it
    rule("suicide.active.dye_typo", L.HIGH, C.SUICIDE, S.ACTIVE, "'dye' misspelt for 'die'",
         r"\b(?:i )?(?:want|wanna|wish i could|going|gonna|just want) (?:to )?dye\b(?=\s*(?:[.!?,]|$|tonight|today|already|so bad|lol|tbh))"
         r"(?![^\n]{0,60}\b(?:hair|roots|clothes|shirts?|jeans|dress|fabric|eggs|wool|yarn|fringe|bangs|beard|eyebrows|colou?r|purple|pink|blue|"
         r"red|green|black|blonde|henna|bleach)\b)", subject=SELF),
    rule("suicide.active.unalive", L.HIGH, C.SUICIDE, S.ACTIVE, "'unalive' is slang for suicide",
         r"(?<!the word )(?<!the term )(?<!say )(?<!saying )(?<!use )(?<!using )(?<!means )(?<!mean )\bunaliv(?:e|ing|ed)\b"
         r"(?! (?:is|as) (?:a|such a|an|the|just a) (?:\w+ )?(?:word|term|euphemism|slang)\b|(?: mean| instead of| on (?:tiktok|youtube)))"),
    # where or with whom, not whether: "I don't want to live in this city any more"
    rule("suicide.everyday.where_to_live", L.NONE, C.SUICIDE, S.MENTION, "where or with whom they live",
         PLAIN_MESSAGE + r"\b(?:dont|do not|doesnt|does not|didnt|no longer|dont really) (?:want|wanna|wish) (?:to )?live (?:here |there )?(?:anymore |any more )?"
         rf"(?:in|at|near|with|by|next to|on|under) {_LIVING_PLACE}", negatable=False, aside="where or with whom they live, not whether"),
    # "gonna end it all with my ex tonight": a break-up (no word of death, pills or a goodbye anywhere)
    rule("suicide.everyday.breakup", L.NONE, C.SUICIDE, S.MENTION, "ending a relationship",
         PLAIN_MESSAGE_END_IT + r"\bend(?:ing)? (?:it|it all|things|everything) with (?:my )?" + _A_PARTNER, negatable=False, aside="ending a relationship, not a life"),
    # "I've thought about how to tell my boss I'm leaving": a job or a home left, told to the people there
    rule("suicide.everyday.leaving_a_job", L.NONE, C.SUICIDE, S.MENTION, "telling a boss or a landlord they are leaving",
         PLAIN_MESSAGE + r"\b(?:tell|telling|told|tells|let|letting) (?:my |the |our )?(?:boss|manager|team|work|employer|landlord|landlady|"
         r"flatmates?|roommates?|housemates?|coach|teacher|tutor|class|band|club|company|hr) (?:know )?(?:that )?(?:im|i am|i will be|ill be|"
         r"i was) (?:leaving|quitting|moving out|moving on|handing in my notice)\b", negatable=False,
         aside="leaving a job or a home, told to the people there"),
    rule("suicide.everyday.last_message", L.NONE, C.SUICIDE, S.MENTION, "the last message before a pause",
         PLAIN_MESSAGE + rf"\bmy last (?:message|post)\b(?={_LATER})", negatable=False, aside="a pause: they say when they will be back"),
    rule("suicide.active.suicidal", L.HIGH, C.SUICIDE, S.ACTIVE, "says they are suicidal or have suicidal thoughts",
         r"\bsuicidal\b", r"\bsuicide (?:thoughts|ideation|urges|feelings)\b"),
    rule("suicide.active.thinking", L.HIGH, C.SUICIDE, S.ACTIVE, "thinking about suicide (C-SSRS: active thoughts)",
         r"\b(?:think(?:ing)?|thought|considering|consider|contemplating|planning|plan|obsessing) (?:about |of |on )?"
         r"(?:suicide|committing suicide|ending (?:my life|it all)|taking my (?:own )?life|dying)\b(?! (?:prevention|awareness|rates?|statistics|hotlines?|research|in (?:the|a|my) (?:novel|book|story|essay)))"),
    rule("suicide.active.commit", L.HIGH, C.SUICIDE, S.ACTIVE, "wants to commit or attempt suicide",
         rf"\b{WANT} (?:\w+ )?(?:commit|attempt) suicide\b", r"\b(?:committing|attempting) suicide\b",
         r"\b(?:i|ill|i will|gonna|going to) (?:\w+ )?commit suicide\b"),
    rule("suicide.active.want_die", L.HIGH, C.SUICIDE, S.ACTIVE, "says they want to die",
         rf"\b{WANT} (?:just |really |honestly )?(?:die|be dead)\b", r"\bfeel(?:ing)? like dying\b",
         r"\bi (?:just |really )?wanna die\b", r"\bwant death\b"),
    rule("suicide.active.end_life", L.HIGH, C.SUICIDE, S.ACTIVE, "wants to end their life (or 'end it all', 'end things')",
         r"\b(?:end(?:ing)?|take|taking) my (?:own )?life\b", r"\bend(?:ing)? it all\b(?! with (?:my )?" + _A_PARTNER + ")",
         r"\bend(?:ing)? things\b(?! with| between| off)", r"\bend(?:ing)? my existence\b",
         r"\bend(?:ing)? everything\b(?! (?:with|between|off|on a)\b)"),
    rule("suicide.active.not_live", L.HIGH, C.SUICIDE, S.ACTIVE, "says they do not want to live",
         r"\b(?:dont|do not|doesnt|does not|no longer|dont really|didnt) (?:want|wanna|wish) (?:to )?(?:live|be alive|go on living|keep living|stay alive)\b"
         + _WHERE_ONE_LIVES,
         r"\b(?:cant|cannot) (?:go on|keep) living\b", negatable=False),
    rule("suicide.intent.method", L.IMMINENT, C.SUICIDE, S.INTENT, "intends a specific method (C-SSRS: intent with method)",
         rf"\b{INTENT} (?:\w+ ){{0,2}}?{METHODS}\b"),
    # "waiting for my mum to stop calling so I can jump": the purpose is the writer's own, whoever came before it
    rule("suicide.intent.so_i_can", L.IMMINENT, C.SUICIDE, S.INTENT, "does something in order to carry out a method",
         rf"\bso (?:that )?i (?:can|could) (?:\w+ ){{0,2}}?{METHODS}\b", subject=SELF),
    # "came down to the beach to walk into the sea and not come back": at the place now, for the method
    rule("suicide.intent.came_to", L.IMMINENT, C.SUICIDE, S.INTENT, "has gone to a place in order to carry out a method",
         r"\b(?:i )?(?:came|come|drove|walked|went|cycled|got the (?:bus|train)) (?:down |up |out |all the way )?(?:here|(?:to|up to|down to|out to) (?:the |a |this )?(?:\w+ ){0,2}?\w+) "
         rf"to (?:{METHODS}|walk into the (?:sea|ocean|river|lake|water|waves)|die|end it(?! with)|end my life|kill myself)\b(?! (?:of|laughing|from|inside|on this hill))",
         subject=SELF),
    # "walk into the sea and not come back"
    rule("suicide.active.walk_into_water", L.HIGH, C.SUICIDE, S.ACTIVE, "thinks of walking into the water and not coming back",
         r"\bwalk(?:ing)? (?:into|in to|out into) the (?:sea|ocean|river|lake|water|waves|loch)\b"
         r"(?=[^.!?\n]{0,30}\b(?:not (?:come|coming) back|never (?:come|coming) back|keep (?:going|walking)|never stop|not stop)\b)",
         subject=SELF),
    rule("suicide.active.method", L.HIGH, C.SUICIDE, S.ACTIVE, "thinks about or wants a specific method",
         rf"\b(?:{WANT}|thinking (?:about|of)|thought about|considering|imagine|imagining) (?:\w+ )?{METHODS}\b"),
    # "about to take the lot, don't try to stop me": the whole supply, said with a goodbye, a time or a refusal of help
    rule("suicide.intent.take_lot", L.IMMINENT, C.SUICIDE, S.INTENT, "about to take the whole supply",
         rf"\b{INTENT} (?:take|swallow|neck|down) (?:the )?(?:whole )?lot\b(?=[^\n]{{0,40}}\b(?:stop me|save me|goodbye|bye|tonight|right now|now|{PILLS}|sorry|its time)\b)",
         subject=SELF),
    # "I have a plan and I have the means, I just need the courage": C-SSRS plan and means, said outright
    rule("suicide.intent.plan_and_means", L.HIGH, C.SUICIDE, S.INTENT, "has a plan and the means",
         r"\b(?:i )?(?:have|got|ve got) (?:a |the |my )?plan and (?:i )?(?:have |got |ve got )?(?:the )?means\b",
         r"\b(?:i )?(?:have|got|ve got) the means and (?:i )?(?:have |got |ve got )?(?:a |the )?plan\b", subject=SELF),
    rule("suicide.intent.kill_self", L.HIGH, C.SUICIDE, S.INTENT, "states an intention to kill themself",
         rf"\b{INTENT} (?:\w+ ){{0,2}}?(?:kill myself|end my life|take my (?:own )?life|unalive myself)\b",
         rf"\b{INTENT} (?:\w+ ){{0,2}}?end it all\b(?! with (?:my )?" + _A_PARTNER + ")", subject=SELF),
    rule("suicide.passive.no_reason", L.MODERATE, C.SUICIDE, S.PASSIVE, "sees no reason to live (C-SSRS: wish to be dead)",
         r"\bno (?:reason|point) (?:to|in|of) (?:live|living|going on|being alive|being here|staying alive|stay alive)\b",
         r"\bwhats the point (?:of|in) (?:living|life|being alive|going on|me being here|anything)\b",
         r"\blife (?:is not|isnt|aint) worth (?:living|it)\b", r"\bnot worth living\b", r"\bnothing (?:left )?to live for\b",
         negatable=False),
    rule("suicide.passive.tired_living", L.MODERATE, C.SUICIDE, S.PASSIVE, "tired of living",
         # "tired of living in this flat / with my parents" is about where or how one lives
         r"\b(?:tired|sick|exhausted) of (?:living|being alive|existing|life itself)\b"
         r"(?! (?:in|with|at|on|out of|off|under|near|paycheck|here|there|so far|next to|by)\b)", negatable=False),
    rule("suicide.passive.not_exist", L.MODERATE, C.SUICIDE, S.PASSIVE, "does not want to exist or be here any more",
         r"\b(?:dont|do not|no longer) (?:want|wanna|wish) (?:to )?(?:exist|be here (?:anymore|any more|any longer|on this earth|in this world)|be around anymore)\b",
         r"\b(?:want|wish) (?:to )?(?:stop existing|cease to exist|not exist|not be here anymore)\b", negatable=False),
    rule("suicide.passive.wish_dead", L.MODERATE, C.SUICIDE, S.PASSIVE, "wishes they were dead or never born",
         r"\bwish (?:i (?:was|were|could be)|to be) dead\b", r"\bwish i (?:was|were|had) never (?:been )?born\b",
         r"\bwish i (?:could )?(?:just )?(?:die|had died)\b", r"\bhope i die\b",
         # "drove really fast hoping I'd crash": the wish told through what the person did
         r"\b(?:hoping|hoped|praying|prayed|in the hope) (?:that )?(?:i(?:d| would| will)?) (?:just )?(?:crash|die|get (?:hit|killed)|be killed|not survive|not make it|never come back)\b(?! (?:down|out|off|laughing|of (?:laughter|embarrassment|boredom)))",
         negatable=False),
    # "not wake up" is the wish only where nothing says how or when the person would wake ("to not
    # wake up tired", "so I don't wake up at 4am"): since a wish to be dead shows the crisis lines,
    # these would be false alarms
    rule("suicide.passive.not_wake", L.MODERATE, C.SUICIDE, S.PASSIVE, "hopes not to wake up",
         rf"\b(?:want|wish|hope|pray)\w* (?:\w+ ){{0,4}}?(?:never|not|dont|didnt|wont|wouldnt) (?:ever )?wake(?: up)?\b{_WAKE_HOW}",
         rf"\b(?:go to sleep|fall asleep|sleep) (?:\w+ ){{0,2}}?(?:never|not) (?:ever )?wake(?: up)?\b{_WAKE_HOW}",
         rf"\bnot wake up\b{_WAKE_HOW}", rf"\bnever wake up\b{_WAKE_HOW}", r"\bsleep forever\b", negatable=False),
    # "if a bus hit me tomorrow I'd be grateful", "I wouldn't mind if a car ran me over" (C-SSRS: wish to be dead)
    rule("suicide.passive.hit_by", L.MODERATE, C.SUICIDE, S.PASSIVE, "would welcome being killed in an accident",
         r"\bif (?:a |the )?(?:bus|car|train|lorry|truck|van) (?:hit|hits|ran over|runs over|ran me over|runs me over) (?:me\b)?[^.!?\n]{0,30}\b"
         r"(?:grateful|glad|relieved|thankful|happy|wouldnt mind|would not mind|welcome it|be a relief)\b",
         r"\b(?:wouldnt|would not|dont|do not) mind if (?:a |the )?(?:bus|car|train|lorry|truck|van) (?:hit|ran over|ran me over|killed) me\b",
         r"\b(?:hope|wish|pray)\w* (?:a |the )?(?:bus|car|train|lorry|truck|van) (?:hits|hit|runs me over|would hit|kills) me\b",
         negatable=False, subject=SELF),
    rule("suicide.passive.better_off", L.MODERATE, C.SUICIDE, S.PASSIVE, "thinks others would be better off without them",
         r"\b(?:the world|everyone|everybody|people|my (?:family|parents|friends|kids|mum|mom|dad)) (?:would|will|d) (?:\w+ ){0,2}?"
         r"(?:better|lighter|happier|easier|calmer|brighter) (?:off )?without me\b",
         r"\b(?:better off|happier|easier) (?:without me|if i (?:was|were|wasnt|werent|was not|were not|died|was dead|were dead|was gone|disappeared|never existed))\b",
         # "notice if I ..." only with being gone: "nobody would notice if I skipped the meeting" is not
         r"\b(?:nobody|no one|noone) (?:would|will) (?:even )?(?:miss me(?! if i (?:skip|skipped|left|leave|went|go|moved|move|didnt|dont|miss|missed|stayed|stay|quit|wasnt at))|(?:notice|care) if i (?:died|was gone|were gone|was dead|disappeared|vanished|"
         r"wasnt (?:here|around)|was not (?:here|around)|killed myself|didnt wake up|never came back))",
         # "my friends wouldn't even miss me if I died" (stop 35; it holds the earlier "wouldn't notice if I died"):
         # being unmissed, said with the death or the absence
         r"\b(?:wouldnt|would not|wont|will not) (?:even |really |actually )?(?:miss me|notice|care) if i (?:died|was gone|were gone|"
         r"was dead|were dead|disappeared|vanished|killed myself|wasnt (?:here|around)|was not (?:here|around)|never woke up)\b",
         # asked: "do you think anyone would even miss me"; not "would anyone miss me if I skipped the party"
         r"\b(?:(?:would|will|d) (?:anyone|anybody|people|they|my (?:family|friends|parents))|(?:think|wonder|wondering|doubt|sure|if|whether) "
         r"(?:anyone|anybody|people|they|my (?:family|friends|parents)) (?:would|will|d)) (?:even |really |actually |ever )?miss me\b"
         r"(?! if i (?:skip|skipped|left|leave|went|go|moved|move|didnt|dont|miss|missed|stayed|stay|quit|wasnt at))",
         negatable=False, subject=SELF),
    rule("suicide.passive.disappear", L.MODERATE, C.SUICIDE, S.PASSIVE, "wants to disappear for good",
         r"\b(?:want|wanna|wish|like) (?:to |i could )?(?:just )?(?:disappear|vanish|fade away|go away|sleep) "
         r"(?:forever|for good|permanently|and never come back)\b",
         # "never" inside "and never come back" is part of the wish, not a negation of it
         negatable=False),
    rule("suicide.distress.hopeless", L.LOW, None, S.DISTRESS, "hopelessness or feeling a burden (a risk factor, not ideation)",
         rf"\b(?:{I_AM}|feel like|feel) (?:just |such )?(?:a |such a )?burden\b", r"\bhopeless\b", r"\bi give up\b",
         r"\bcant (?:go on|keep going|do this anymore|take (?:it|this) anymore)\b", r"\b(?:no|lost all) hope\b",
         r"\bempty inside\b", r"\bdead inside\b", r"\bwant to disappear\b", negatable=False),
    rule("suicide.past.attempt", L.HIGH, C.SUICIDE, S.PAST, "a suicide attempt (recent: an emergency; long ago: a risk factor)",
         r"\b(?:tried|attempted|try) to (?:kill myself|end my life|commit suicide|take my (?:own )?life|overdose|od)\b",
         # told by the method ("I tried to hang myself yesterday but the belt broke")
         rf"\b(?:tried|attempted) to (?:\w+ )?{METHODS}",
         r"\b(?:my|a) (?:last |previous |first )?suicide attempt\b", r"\battempted suicide\b",
         subject=SELF, distant=L.MODERATE, recent=L.IMMINENT, also=()),
    rule("suicide.attempt.in_progress", L.IMMINENT, C.SUICIDE, S.ATTEMPT, "means are in place right now (noose, gun, on a ledge)",
         r"\b(?:tied|made|tying|making|bought|have) (?:a |the )?noose\b", r"\bnoose is (?:ready|tied|up)\b",
         r"\b(?:rope|noose|belt) (?:is )?(?:around|round) my neck\b", r"\bloaded (?:the|my|a|dads|his) gun\b",
         r"\bgun (?:is )?(?:to|against|in) my (?:head|mouth)\b",
         r"\b(?:im|i am) (?:standing|sitting) on (?:the )?(?:edge|ledge|railing|rail) (?:of )?(?:the |a )?(?:\w+ )?(?:bridge|roof|building|cliff|balcony)?\b",
         # "sitting on the wall of the top level of the car park with my legs over the side"
         r"\b(?:sitting|sat|standing|stood) on (?:the )?(?:edge|ledge|wall|railing|parapet) of (?:the )?(?:top (?:level|floor|deck) of )?(?:the |a )?(?:\w+ )?"
         r"(?:car park|multi ?storey|bridge|roof|building|cliff|balcony|tower block)\b" + _NOT_AN_OUTING
         # now, not an aborted attempt told afterwards ("sat on the edge of the bridge last night for an hour")
         + r"(?![^\n]{0,80}\b(?:last (?:night|week|month|year)|yesterday|ago|for (?:an hour|hours|ages|a while)|deciding|then|but)\b)(?=[^\n]{0,40}\b(?:legs? (?:over|dangling|hanging)|over the (?:side|edge)|jump|let go)\b)",
         # "I'm on the bridge now, it's time"; "I'm texting you from the bridge, the water's really high today, this is
         # it"; not with a view, a walk or someone to meet
         r"\b(?:im|i am) (?:on|at) (?:the|a) (?:bridge|rooftop|roof|ledge|cliff edge|train tracks|tracks)\b" + _NOT_AN_OUTING
         + r"(?=[^.!?\n]{0,40}\b(?:now|jump|end it|tonight|goodbye|done)\b)",
         r"\b(?:im|i am|i m|i)\b (?:\w+ ){0,4}?(?:from|on|at) (?:the|a) (?:bridge|rooftop|roof|ledge|cliff edge|cliffs?|train tracks|tracks|top of the car park)\b" + _NOT_AN_OUTING
         + r"(?=[^\n]{0,80}\b(?:this is it|its time|im done|i am done|goodbye|end it|nobody can stop me|not coming back)\b)",
         # "I'm at the top of the quarry, it's a long way down": a height and the drop, not the view
         r"\b(?:im|i am) (?:on|at|up) (?:the )?(?:top|edge) of (?:the |a |this |that )?(?:\w+ )?(?:quarry|cliff|bridge|building|roof|multi ?storey|car park|parking garage|tower|tower block|dam|viaduct)\b"
         r"(?![^\n]{0,80}\b(?:trail|path|walk|hike|hiking|views?|photos?|pictures?|stunning|beautiful|gorgeous|scenery|sunset|sunrise|climb(?:ing|ed)?|vertigo)\b)(?=[^\n]{0,50}\b(?:long way down|the drop|over the edge|jump|end it|goodbye|its time|nobody can stop me)\b)",
         # "the car's full of fumes, I can feel it working"
         r"\b(?:car|garage)(?: is| s|s)? (?:full of|filling (?:up )?with|filled (?:up )?with) (?:exhaust |the )?(?:fumes|exhaust|carbon monoxide)\b"
         r"(?=[^\n]{0,50}\b(?:working|feel it|sleepy|drowsy|not long|wont be long|goodbye|its time|almost over|nearly over)\b)",
         r"\b(?:im|i am|ive been) (?:standing|sitting|lying|laying|lay|sat|stood) (?:down )?(?:on|in the middle of|between) (?:the )?(?:train |railway |rail )?(?:tracks|rails|railway line|rail line)\b",
         # "sitting on the windowsill of my 9th floor flat with my legs over"
         r"\b(?:sitting|sat|standing|stood|perched) on (?:the|my|our) (?:\w+ )?(?:window ?sill|window ledge|balcony (?:railing|rail|edge|ledge|wall))\b"
         r"(?=[^\n]{0,60}\b(?:legs over|feet over|legs dangling|\d+(?:st|nd|rd|th) floor|floor flat|floors? up|stor(?:e)?y|high up|jump|looking down|long way down)\b)",
         # a car left running in a closed garage, a hose on the exhaust
         r"\b(?:car|engine) (?:is |s )?(?:running|on|going) in (?:the|my|our) (?:garage|shed|lock ?up)\b"
         r"(?=[^.!?\n]{0,40}\b(?:doors? (?:is |are )?(?:shut|closed|down|locked)|sealed|taped|hose)\b)",
         r"\b(?:hose|pipe|tube) (?:from|in|into|on|onto|to) (?:the |my )?(?:car )?exhaust\b",
         subject=SELF),
    # C-SSRS asks whether the person has "started to do anything" to end their life: an aborted attempt
    # ("I stood on the ledge of the multistorey for an hour last night", "sat in the garage with the engine on")
    rule("suicide.preparatory.aborted", L.HIGH, C.SUICIDE, S.PREPARATORY, "started an attempt and stopped (an aborted attempt)",
         r"\b(?:stood|sat|was standing|was sitting|climbed (?:up )?(?:on|onto|over)|got (?:up )?(?:on|onto|over)) (?:on )?(?:the )?(?:ledge|edge|railings?|parapet|rail) "
         r"(?:of|on) (?:the |a |that |our |my )?(?:\w+ )?(?:multi ?storey|car park|parking garage|bridge|roof|rooftop|building|tower block|balcony|overpass|viaduct|flats)\b"
         # with what says it was not the view: how long, when, or what stopped it
         r"(?=[^\n]{0,60}\b(?:for (?:an? (?:hour|while|long time)|ages|hours|\w+ (?:hours|minutes))|last night|all night|(?:almost|nearly) (?:jumped|went over|did it)|"
         r"couldnt (?:do it|jump|go through)|lost my nerve|chickened out|to jump|thinking about jumping|wanting to (?:jump|die|end it)|and cried)\b)",
         r"\b(?:sat|was sitting|sitting|stayed) in (?:the|my|our) (?:car in the )?garage with the (?:engine|car) (?:on|running)\b",
         subject=SELF),
    # a rope and the place to hang it ("got the rope in my backpack, just need to find the right tree"); not a swing or a tent
    rule("suicide.preparatory.rope_place", L.HIGH, C.SUICIDE, S.PREPARATORY, "has a rope and looks for a place to hang it",
         r"^(?![^\n]*\b(?:swing|hammock|tent|tarp|climb\w*|camp\w*|boat|kayak|tyre|tire|dog|horse|washing|clothes ?line|zip ?line|bird ?feeder|lights)\b)"
         r"[^\n]*?\b(?:rope|noose|cord)\b[^.!?\n]{0,60}\b(?:right|strong|sturdy|good|suitable|perfect|high enough) (?:tree|branch|beam|rafter|hook|banister)\b",
         subject=SELF),
    # a gun bought "not for hunting": means, with the everyday reason ruled out by the person
    rule("suicide.preparatory.gun", L.HIGH, C.SUICIDE, S.PREPARATORY, "has bought a gun and says it is not for an everyday use",
         r"\b(?:bought|got|ordered|picked up) (?:a |my |myself a )?(?:gun|pistol|handgun|revolver|rifle|shotgun)\b[^.!?\n]{0,30}[.!,]? ?(?:and )?(?:its |it is |it s )?not (?:for|to go) "
         r"(?:hunting|sport|the range|target practice|protection|self defen[cs]e|shooting (?:targets|clays))\b(?![^.!?\n]{0,30}\b(?:its|it is|but) (?:for|to)\b)",
         subject=SELF, negatable=False),
    rule("suicide.preparatory.note_and_means", L.IMMINENT, C.SUICIDE, S.PREPARATORY, "a note written and the means counted out beside it",
         rf"\b{PILLS} (?:are |all )?(?:counted|lined up|laid out|set out)(?: out)?\b(?=[^\n]{{0,60}}\b(?:note|letter)s?\b)",
         rf"\b(?:the |my )?(?:note|letter)s?\b[^\n]{{0,60}}\b{PILLS} (?:are |all )?(?:counted|lined up|laid out|set out)\b",
         subject=SELF),
    rule("suicide.preparatory.goodbye", L.HIGH, C.SUICIDE, S.PREPARATORY, "a veiled or explicit goodbye (preparatory behaviour)",
         r"\b(?:wrote|written|writing|write|left|leave|leaving|finished|recorded) (?:a |my |some |the )?(?:goodbye|suicide|farewell|final|last) (?:note|notes|letter|letters|message|messages|video)\b",
         r"\b(?:wrote|written|writing|write|sent|sending|send|left|leave|leaving|recorded|recording) (?:a |my |some |the )?(?:goodbye|suicide|farewell) (?:texts?|voice ?notes?|voicemails?|videos)\b",
         r"\b(?:wrote|written|writing) (?:letters|notes) (?:to|for) (?:\w+ ){1,2}(?:to read )?(?:after|when) (?:im|i am|i) (?:gone|dead|die)\b",
         r"\b(?:this is|consider this) (?:my )?(?:goodbye|my last message|the last time (?:youll|you will) hear from me)\b" + _SEE_YOU_LATER,
         r"\bmy last (?:message|post)\b" + _SEE_YOU_LATER, r"\bmy last (?:night alive|day alive|goodbye)\b",
         r"\bsaying (?:my )?goodbyes?\b(?! to (?:my|the|our) (?:old|house|job|school|team|flat|apartment))" + _AN_EVERYDAY_FAREWELL,
         r"\bsaid (?:my )?goodbyes\b", r"\b(?:you|they|youll|you will) (?:wont|will not|will never|never) (?:hear from|see) me again\b",
         r"\bgoodbye (?:forever|world|for good|cruel world)\b",
         # "goodbye everyone" on a last day at work or a move is a farewell, not a veiled goodbye
         r"^(?![^\n]*\b(?:last (?:day|shift|week) (?:at|of|in|before)|(?:my )?(?:shift|job|office|leaving do|work experience|internship)|"
         r"retir\w*|moving (?:to|away|abroad|house)|start (?:uni|university|college|school))\b)[^\n]*?(?P<core>\bgoodbye everyone\b)",
         r"\bthank you for everything[^.!?]{0,20}[.!]? ?(?:goodbye|bye|farewell)\b",
         r"\b(?:put|putting|got|getting) my affairs in order\b",
         r"\bmade arrangements for my (?:cat|dog|pets?|kids|children)\b",
         # "rehomed my cat today, she deserves someone who'll be around"
         r"\b(?:rehom\w*|gave away|giving away|given away|found (?:a )?(?:new )?homes? for) (?:my )?(?:\w+ )?(?:cat|cats|dog|dogs|pets?|rabbit|hamster|bird|horse|kitten|puppy)\b"
         r"(?=[^\n]{0,80}\b(?:(?:someone|somebody|people|an owner|owners|a family) who(?:ll| will| is going to)? (?:be )?(?:around|here|there for (?:her|him|them))|"
         r"(?:wont|will not|wont be) (?:be )?(?:around|here)|after im gone|when im gone|where im going|wont need)\b)",
         # "my body would be found on Monday", "nobody would find me for days": picturing being found dead
         # "left the vet details for whoever finds me": being found, pictured
         r"\b(?:for|to) (?:whoever|whomever|the (?:person|one) who) (?:finds|will find|is going to find|find) (?:me|my body)\b",
         r"\bmy body (?:would|will|wont|might|could|d) (?:not )?be found\b", r"\b(?:find|found|finds|finding) my (?:dead )?body\b",
         r"\b(?:nobody|no one|noone|they|someone) (?:would|will|wouldnt|wont|might|d) (?:\w+ )?find me (?:for (?:days|weeks|ages)|until|dead)\b",
         # "I wrote my will and a note": both at once
         r"\b(?:wrote|written|writing|made|finished|done) (?:a |my )will and (?:a |my |the )?(?:note|letter|goodbyes?)\b",
         r"\btake care of my (?:cat|dog|pets?|kids|children|mom|family) (?:when|after|once) (?:im|i am) gone\b",
         # "left my keys and a letter for my flatmate on the table, for after": a letter for afterwards, nothing after it
         r"\b(?:letters?|notes?|cards?|messages?)\b[^.!?\n]{0,60}?\bfor after(?:wards)?(?=\s*(?:[.!?]|$))",
         subject=SELF),
    rule("suicide.preparatory.winding_up", L.HIGH, C.SUICIDE, S.PREPARATORY, "winding up their affairs for a date (preparatory behaviour)",
         # "cancelled my phone contract, won't be needing it after this week": affairs wound up for a date, no reason given
         r"(?<!havent )(?<!not )(?<!didnt )(?<!never )\b(?:cancel+ed|closed|ended|stopped|quit) (?:my |all my )?(?:\w+ ){0,3}?(?:contract|membership|subscriptions?|account|lease|insurance|everything)\b"
         r"[^.!?\n]{0,60}\b(?:wont|will not|wont be|shant) (?:be )?need(?:ing)? (?:it|them|any of (?:it|them|this)|anything|any more|anymore)\b"
         r"(?! (?:because|cos|as|since|now (?:that|i))\b)(?![^\n]{0,50}\b(?:moving|move|new (?:one|job|phone|flat|house|place)|cheaper|switch\w*|abroad|"
         r"emigrat\w*|warm|summer|student|graduat\w*|retir\w*)\b)",
         # "so my mum isn't left with bills when I'm gone": affairs settled for afterwards
         r"^(?=[^\n]*\b(?:isnt|wont be|arent|is not|will not be|doesnt get|dont get|not) (?:left|stuck) with (?:\w+ ){0,2}?(?:bills|debts?|"
         r"costs|mess|payments|paperwork)\b[^\n]{0,30}\b(?:when|after|once) (?:im|i am) (?:gone|dead)\b)[\s\S]*?(?P<core>\b(?:when|after|once) (?:im|i am) (?:gone|dead)\b)",
         negatable=False, subject=SELF),
    rule("suicide.preparatory.giving_away", L.HIGH, C.SUICIDE, S.PREPARATORY, "giving belongings away (preparatory behaviour)",
         r"\b(?:giv(?:e|ing|en)|gave) away (?:all )?(?:of )?my (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions|clothes|games|books|jewelry|guitar|savings|cat|dog|pets?|money|art|collection)\b(?<!baby clothes)(?<!old clothes)(?![^.!?\n]{0,30}\b(?:charity|goodwill|thrift|donation|donate|shelter|food bank|recycl\w*|yard sale|cousin|niece|nephew|neighbou?r|friend who|sister who|brother who|outgrew|outgrown|no longer fit|dont fit))",
         r"\b(?:giv(?:e|ing|en)|gave) (?:all )?(?:of )?my (?:\w+ ){0,2}?(?:things|stuff|belongings|possessions) (?:away|to)\b",
         # "Sorted out who gets my cat, cancelled my phone contract ... I'm ready."
         r"\b(?:sorted|worked|figured|decided|chosen|picked)(?: out)? who (?:gets|will get|takes|will take|will have|should have|can have) my (?:\w+ ){0,2}?"
         r"(?:cat|dog|pets?|things|stuff|belongings|games|guitar|savings|money)\b(?=[^\n]{0,100}\b(?:im ready|wont need|when im gone|after im gone|"
         r"wont be (?:here|around)|where im going|goodbye)\b)",
         subject=SELF),
    rule("suicide.preparatory.stockpile", L.HIGH, C.SUICIDE, S.PREPARATORY, "stockpiling medication (preparatory behaviour)",
         rf"\b(?:stockpil\w*|hoard\w*|sav(?:e|ing|ed) up|collect(?:ing|ed)|stash(?:ing|ed)?|saving|keeping) (?:up )?(?:all )?(?:of )?(?:my |some )?(?:\w+ )?{PILLS}\b(?! for (?:my|a) (?:trip|holiday|vacation))",
         # the pills first ("I've got my whole prescription saved up"), or held back a few at a time ("keeping back a few
         # tablets every week"); not a week's pills sorted into the organiser, nor a supply for a trip
         rf"\b(?:my|the|a) (?:whole |entire |full |last |next )?(?:\w+ )?{PILLS} (?:all )?(?:saved|stashed|stockpiled|hoarded|put (?:aside|away|by)|set aside|"
         r"squirrell?ed away|kept back|tucked away)(?: up)?\b(?! for (?:my|a|the|this|next) (?:trip|holiday|vacation|travels?|time away|week))",
         rf"\b(?:keeping|kept|putting|put|setting|set|holding|held) (?:back|aside|by) (?:a few |some |a couple of |one or two |all |a |my |the )?(?:of )?(?:my )?(?:\w+ )?{PILLS}\b"
         r"(?! for (?:my|a|the|this|next) (?:trip|holiday|vacation|week)| in (?:a|the|my) (?:pill ?)?(?:organi[sz]er|box|dosette))",
         subject=SELF),
    rule("suicide.preparatory.will", L.HIGH, C.SUICIDE, S.PREPARATORY, "suddenly writing a will (preparatory behaviour)",
         # a will made for a stated everyday reason ("because I just had my first child") is not preparation
         r"\b(?:wrote|written|writing|made|making|finished)(?: out)? (?:a|my) will\b(?=[^.!?\n]{0,40}\b(?:suddenly|just|today|tonight|last night|yesterday|this week|already|just in case)\b)"
         + _ORDINARY_WILL,
         r"\b(?:suddenly|just|today|tonight|yesterday|already) (?:wrote|written|made|finished)(?: out)? (?:a|my) will\b" + _ORDINARY_WILL,
         subject=SELF),
    rule("suicide.means_query.height", L.HIGH, C.SUICIDE, S.MEANS_QUERY, "asks how high a fall must be (lethal means)",
         r"\bhow (?:high|tall|far up|far down|many (?:floors|stories|storeys|meters|metres|feet)(?! of\b)) (?:\w+ ){0,5}?(?:must|should|would|do(?:es)? (?:i|you|one|it|a person) (?:need|have)|has to|have to|is enough|to (?:die|kill|be fatal|be lethal|not survive))\b",
         r"\bhigh enough to (?:die|kill|not survive|be fatal)\b",
         r"\b(?:fall|jump|drop)(?:ing)? (?:from|off) (?:\w+ ){0,4}?(?:kill (?:you|me|someone|a person)|be fatal|be lethal|to die)\b",
         # "how high does a car park need to be for a fall to be fatal"
         r"\bhow (?:high|tall) (?:does|do|would|must|should) (?:\w+ ){1,4}?(?:need to|have to) be\b(?=[^\n]{0,40}\b(?:fatal|lethal|kill|die|not survive)\b)",
         r"\b(?:survive|die from) (?:a )?(?:fall|jump|drop) (?:from|of|off)\b"),
    # A place sought for its drop or its missing barrier ("is there a bridge near here with no fence", "where do
    # people usually jump from"): not for a sport, a view, a vehicle's height barrier
    rule("suicide.means_query.place", L.HIGH, C.SUICIDE, S.MEANS_QUERY, "asks for a place to jump from (lethal means)",
         r"^(?![^\n]*\b(?:diving|dive|climb\w*|abseil\w*|bungee|paraglid\w*|photos?|pictures?|views?|van|lorry|truck|caravan|camper|"
         r"height (?:barrier|restriction|limit)|drone|kite|wedding|swim\w*|fishing|tour|trip|visit\w*|sightseeing)\b)[^\n]*?"
         r"(?P<core>\b(?:which|what|where|is there|are there|any)\b[^.?!\n]{0,40}\b(?:bridges?|cliffs?|car ?parks?|multi ?storeys?|buildings?|roofs?|rooftops?|"
         r"towers?|tower blocks?|dams?|viaducts?|overpass(?:es)?|quarr(?:y|ies))\b[^.?!\n]{0,50}\b(?:(?:no|without|lowest|low|doesnt have|dont have|hasnt got) "
         r"(?:barriers?|fences?|fencing|railings?|walls?|nets?|netting)|(?:high|tall|deep) enough(?=\s*(?:[.?!,]|$| to (?:jump|die|kill|not survive|be sure|end it)\b| from\b| off\b))|"
         r"(?:biggest|highest|longest|tallest) drop|(?:most )?people (?:usually )?jump|to jump (?:from|off)))\b",
         r"\bwhere do (?:most )?people (?:usually |normally |tend to )?(?:jump|go to jump|throw themselves) (?:from|off)\b"
         r"(?![^\n]{0,60}\b(?:swim\w*|summer|diving|dive|bungee|parachut\w*|skydiv\w*|into the (?:lake|river|sea|pool|water))\b)",
         negatable=False),  # "with no fence" is the question, not a negation
    rule("suicide.means_query.dose", L.HIGH, C.SUICIDE, S.MEANS_QUERY, "asks about a lethal dose or amount (lethal means)",
         rf"\bhow (?:many|much) (?:\w+ ){{0,4}}?(?:{PILLS}|mg|milligrams|grams|units) (?:\w+ ){{0,5}}?(?:to die|would kill|will kill|kills?|to kill|is lethal|is fatal|is deadly|to overdose|to od|for an overdose|would be (?:lethal|fatal|deadly)|does it take|are lethal|are fatal|is too much|until you die)\b",
         r"\b(?:lethal|fatal|deadly|toxic|killing) (?:dose|amount|quantity|level)s?\b",
         rf"\bhow (?:many|much) (?:\w+ ){{0,4}}?(?:{PILLS}|mg|milligrams|grams|units) (?:\w+ ){{0,3}}?(?:would|does|will) it take (?:for me )?to (?:die|end it|end my life|sleep forever|overdose|od|be gone|stop breathing)\b",
         r"\bwhich (?:\w+ ){0,2}?(?:medications?|meds|pills|drugs|tablets|medicines|poisons?|chemicals) (?:are|is|would be|can be) (?:the )?(?:most )?(?:deadly|lethal|fatal|dangerous in (?:an )?overdose|toxic|poisonous)\b",
         rf"\b(?:will|would|could|can) (?:\d+|a (?:whole )?(?:bottle|box) of|all (?:of )?(?:my|these)) (?:\w+ )?{PILLS} (?:\w+ ){{0,2}}?(?:kill (?:me|you|someone)|be fatal|be lethal|be enough)\b"),
    rule("suicide.means_query.no_wake", L.HIGH, C.SUICIDE, S.MEANS_QUERY, "asks how much it takes not to wake up (lethal means)",
         rf"\bhow (?:many|much) (?:\w+ ){{0,4}}?(?:{PILLS}|mg|milligrams|grams|units) (?:\w+ ){{0,3}}?(?:would|does|will|do) (?:it|they|i need to) (?:take|need)? ?(?:for me )?to (?:not|never) (?:ever )?wake(?: up)?\b(?! (?:up )?(?:tired|groggy|early|late|at|in the|during|feeling|sleepy|with|so|too|every|in pain|sore|hungry))",
         # the "not" belongs to the outcome asked about, so it negates nothing
         negatable=False),
    rule("suicide.means_query.method", L.HIGH, C.SUICIDE, S.MEANS_QUERY, "asks how to kill themself or for the easiest method",
         r"\bhow (?:to|do i|can i|do you|would i|do people) (?:\w+ )?(?:kill (?:myself|yourself|oneself)|commit suicide|hang (?:myself|yourself)|make a noose|tie a noose|slit (?:my|your) wrists|die painlessly|od|overdose|end (?:my|your) life)\b",
         r"\b(?:easiest|quickest|fastest|painless(?:est)?|best|surest|most effective|least painful|most reliable) (?:way|method|ways|methods) (?:to|of) (?:die|dying|kill (?:myself|yourself|oneself)|suicide|end (?:it|my life|your life|ones life)|commit suicide|go|bleed out|bleed to death|drown)\b",
         r"\b(?:painless|quick|peaceful) (?:suicide|death|way to go)\b",
         # "I've been researching methods for weeks" (not a research-methods course or methods for a project)
         r"\b(?:researching|researched|looking up|looked up|googling|googled|reading up on) (?:suicide |different |painless |lethal )?methods\b"
         r"(?! (?:of|for|to|in|on) (?!suicide|dying|killing|ending|weeks|days|months|hours|ages|years|a while|a long time|so long|the (?:past|last))\w+"
         r"| (?:class|course|module|exam|section|chapter|paper|essay))",
         # "is it quicker to bleed out in warm water", "how long does it take to bleed out"
         r"\b(?:how (?:long|quickly|fast) (?:\w+ ){0,4}?|(?:quicker|faster|easier|better) (?:\w+ ){0,2}?)(?:to )?bleed out\b"),
)

MODIFIERS: tuple[Rule, ...] = (
    rule("modifier.means.possession", L.NONE, None, S.MEANS, "has means at hand (raises any ideation)",
         rf"\b(?:i )?(?:have|got|bought|ordered|found|stole|took|ve got|ve collected|saved|keep) (?:a |the |some |enough |all (?:of )?(?:my |the )?|a (?:whole )?(?:bottle|box|stash|pack|packet) of |my (?:moms|dads|mums|parents|grandmas|grandpas) )?(?:\w+ )?(?:{PILLS}|rope|gun|pistol|rifle|shotgun|firearm|bullets|knife|razors?|blades?|poison|bleach|charcoal|helium)\b",
         r"\b(?:the |my )?(?:pills|rope|noose|gun|knife|razor|blade|tablets)s? (?:is |are )?(?:ready|in my hand|right here|next to me|on my (?:desk|bed|table|lap)|loaded|counted out|lined up)\b",
         subject=SELF),
    rule("modifier.plan", L.LOW, None, S.PLAN, "has a plan, a method or a date (raises any ideation)",
         r"\b(?:i )?(?:have|got|made|ve got|ve made) (?:a |the )?plan\b(?! for (?:the|this|my|our|next|tomorrow|dinner|lunch|the weekend))",
         r"\bi know (?:exactly )?(?:how|when|where) (?:ill|i will|id|i would|im going to|to) do it\b",
         r"\b(?:ive|i have|i) (?:already )?(?:decided|picked|chosen|set) (?:how|when|the date|a date|a day|the day)\b",
         # "I want to stab my coworker, I've thought about where": the how or where worked out
         r"\b(?:ive|i have|i) (?:already )?(?:thought (?:about|through)|worked out|figured out) (?:exactly )?(?:where|how|when)(?: (?:id|i would|ill|i will|to) do it)?(?=\s*(?:[.!?,]|$))",
         r"\bplanned (?:it|everything|how|the date|when)\b", r"\bi know where (?:he|she|they) (?:lives?|sleeps?|works?|walks?(?: home)?|goes|parks?|hangs? out|drinks?|trains?)\b",
         subject=SELF),
    rule("modifier.timing", L.NONE, None, S.TIMING, "names a time soon (raises intent to imminent)",
         r"\b(?:tonight|today|right now|tomorrow|this (?:weekend|week|evening|morning|afternoon)|in (?:an|one|a few|a couple of|\d+) (?:hour|hours|minutes|mins)|"
         r"(?:after|when|once) (?:everyone|my (?:family|parents|wife|husband|kids|roommate)) (?:is|are|goes|go|falls?) (?:asleep|to sleep|to bed|out)|before (?:morning|sunrise|the weekend)|on my birthday|soon|(?:on|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
         r"\b(?:esta noche|ahora mismo|manana|ce soir|aujourdhui|maintenant|demain|heute (?:nacht|abend)|jetzt|morgen|hoje a noite|hoje|agora|amanha)\b",
         negatable=False),
    rule("modifier.reference", L.NONE, None, S.REFERENCE, "refers back to 'doing it' (meaningful after earlier ideation)",
         rf"\b(?:{INTENT}|ready to|finally|decided to|time to) (?:\w+ )?(?:do it|go through with it|end it|finish it|do this|go)\b",
         r"\bits (?:time|tonight|today)\b", r"\btonights the night\b", r"\bim ready\b(?= to go|\.|$)",
         r"\b(?:dont|do not) (?:try (?:to|and) )?(?:stop|save) me\b", subject=SELF),
    rule("modifier.attempt_reference", L.NONE, None, S.ATTEMPT_REFERENCE, "says they already took something (an emergency after ideation)",
         r"\b(?:i )?(?:already|just) (?:took|taken|swallowed|drank) (?:them|it|all of them|the (?:pills|tablets|meds|whole thing|bottle))\b",
         r"\b(?:i )?(?:already )?(?:took|swallowed) them all\b", subject=SELF),
)

SELF_HARM: tuple[Rule, ...] = (
    rule("self_harm.behaviour.myself", L.HIGH, C.SELF_HARM, S.BEHAVIOUR, "hurting themself (cutting, burning, hitting)",
         r"\b(?:cut|cutting|cuts|burn(?:ed|t|ing|s)?|scratch(?:ed|ing|es)?|hit(?:ting|s)?|punch(?:ed|ing|es)?|bit(?:e|ing|es)?|carv(?:e|ed|ing)|hurt(?:ing|s)?|harm(?:ed|ing|s)?|bruis(?:e|ed|ing)|slic(?:e|ed|ing)|slash(?:ed|ing)?) myself\b",
         r"\b(?:i |ive |i have |i ve )?(?:cut|cutting|slit|sliced|slicing) (?:open )?(?:my |a few |some |several |the )?veins?\b",
         subject=SELF, distant=L.LOW),
    rule("self_harm.behaviour.ongoing", L.HIGH, C.SELF_HARM, S.BEHAVIOUR, "self-harm going on now",
         r"\b(?:ive been|been|i|started|keep|still) (?:self[- ]?harming|cutting|burning)(?: again| myself| my (?:arms?|wrists?|legs?|thighs?|skin|stomach))?\b(?! (?:back|down|class|corners|out|off|hair|grass|costs|the|onions|paper|wood|my hair|school|ties|carbs|sugar|calories))",
         r"\bi self[- ]?harm(?:ed)?\b",
         # "I'm a person who self harms", "I'm someone that cuts"
         r"\b(?:im|i am|i m) (?:a |an )?(?:\w+ )?(?:person|someone|somebody|girl|guy|boy|woman|man|teen|teenager|student) "
         r"(?:who|that) (?:self[- ]?harms|cuts (?:myself|herself|himself|themselves)|burns (?:myself|herself|himself)|"
         r"cuts\b(?! (?:corners|hair|costs|class|classes|the|wood|paper|back|down|out|off|it|things|fabric|keys|glass)\b))",
         r"\b(?:relaps(?:e|ed|ing)|slipped up) (?:\w+ ){0,3}?(?:self[- ]?harm|cutting|sh)\b",
         r"\bcut (?:again|last night|today|this morning|deeper)\b",
         r"\b(?:urges?|urge) to (?:cut|self[- ]?harm|hurt myself|burn myself|harm myself)\b",
         r"\bmy (?:fresh |new )?(?:cuts|scars|wounds) (?:are|keep|from|on my)\b",
         # "I cut my wrists last week", "been slicing my arms up": a wrist is almost never cut by chance; an
         # arm or a thigh only where no accident, kitchen or shave is said after it
         r"\b(?:cut|cuts|cutting|slit|slitting|slashed|slashing|sliced|slicing) (?:open )?my wrists?\b"
         r"(?! (?:on|open on|by accident|accidentally|while|when|with a (?:tin|can))\b)",
         r"\b(?:slit|slitting|slashed|slashing|sliced|slicing|carved|carving|carve) (?:up )?my (?:arms?|forearms?|thighs?|legs?|skin|stomach)\b"
         r"(?! (?:on|open on|shaving|while|when|by accident|accidentally|in the (?:kitchen|garden|garage)|with a (?:tin|can)|on a)\b)",
         r"\bcarv(?:e|ed|ing) (?:\w+ ){0,3}?into my (?:skin|arms?|forearms?|thighs?|legs?|stomach|wrists?)\b",
         subject=SELF, distant=L.LOW),
    rule("self_harm.means_query.technique", L.HIGH, C.SELF_HARM, S.MEANS_QUERY, "asks for self-harm technique or how to hide it",
         r"\bhow (?:do i|to|can i|should i) (?:cut|burn|hurt myself|self[- ]?harm)(?: myself)? (?:deeper|without|so (?:no one|nobody)|properly|safely|more|where)\b",
         r"\bhow (?:do i|to|can i|should i) (?:hide|cover(?: up)?|conceal) (?:my )?(?:cuts|scars|self[- ]?harm|marks|wounds|burns)\b",
         r"\b(?:best|sharpest) (?:thing|blade|razor|tool|place) (?:to|for) (?:cut|cutting|self[- ]?harm)\b",
         # "how deep do you have to cut to hit something important": how deep a cut must go, not what is cut
         r"\bhow deep (?:do|would|does|should|can) (?:you|i|one|a person) (?:have to|need to|gotta|got to) cut\b(?! (?:the|a|an|your|my|back|into the|it|them|down)\b)"),
    rule("self_harm.attempt.bleeding", L.IMMINENT, C.SELF_HARM, S.ATTEMPT, "a wound that needs emergency care",
         r"\bcut (?:too )?deep\b(?![^\n]{0,80}" + _AN_ACCIDENT + ")",
         # with no accident said: a cut that will not stop bleeding; one "deeper than usual" that gapes or bleeds
         # ("cut deeper than usual last night, should it still be gaping"); cuts that gape or will not close
         r"^(?![\s\S]*" + _AN_ACCIDENT + r")[\s\S]*?(?P<core>\b(?:it|the cut|my (?:arm|wrist|leg|thigh|cut)) (?:wont|will not|doesnt|does not|isnt|cant) stop(?:ping)? bleeding\b"
         r"|\bcut (?:\w+ ){0,2}?deeper than (?:usual|normal|ever|before|i meant to|i wanted)\b"
         r"(?=[^\n]{0,80}\b(?:gaping|wont close|wont stop|bleeding|stitches|see (?:the )?(?:fat|white|bone))\b)"
         r"|\b(?:my|the|these|those) (?:cuts?|wounds?)(?: (?:on|in) (?:my |the )?\w+)? (?:is |are |still |keeps? )*(?:gaping|wont close)\b)",
         r"\b(?:bleeding|blood) (?:a lot|everywhere|heavily|wont stop|so much|through)\b", r"\bcant stop the bleeding\b",
         also=(C.MEDICAL_EMERGENCY,), negatable=False, subject=SELF),
)

HARM_TO_OTHERS: tuple[Rule, ...] = (
    rule("harm_to_others.intent.target", L.HIGH, C.HARM_TO_OTHERS, S.INTENT, "states an intention to kill or hurt a person",
         rf"\b{INTENT} (?:\w+ )?(?:kill|murder|shoot|stab|strangle|poison|beat up|attack|run over|hurt) {PERSON_TARGET}\b(?! feelings| chances| career| reputation)"),
    rule("harm_to_others.active.want", L.MODERATE, C.HARM_TO_OTHERS, S.ACTIVE, "wants to kill or hurt a person",
         rf"\b(?:{WANT}|thinking (?:about|of)|fantasi[sz]e about|dream about|(?:have )?urges to|feel like) (?:\w+ )?(?:kill(?:ing)?|murder(?:ing)?|shoot(?:ing)?|stab(?:bing)?|strangl(?:e|ing)|poison(?:ing)?|hurt(?:ing)?|beat(?:ing)? up) {PERSON_TARGET}\b(?! feelings| chances| career| reputation)"),
    rule("harm_to_others.intrusive.thoughts", L.HIGH, C.HARM_TO_OTHERS, S.ACTIVE, "thoughts or fear of harming someone, e.g. their baby",
         r"\b(?:thoughts|urges|images) (?:of|about) (?:hurting|killing|harming|drowning|smothering|shaking) (?:my |someone|somebody|people|others|him|her)(?:\w+)?\b",
         r"\b(?:scared|afraid|terrified|worried) (?:that )?i (?:might|will|could|am going to) (?:hurt|kill|harm|snap and hurt) (?:my |someone|somebody|him|her|them|people)\w*\b",
         # "I feel like I'm going to snap and hurt my baby"
         r"\b(?:im|i am|i feel like im|i feel like i am|i think im) (?:going to|gonna|about to) (?:snap|lose it|lose control) and (?:hurt|shake|harm|hit|smother) "
         r"(?:my |the )?(?:baby|babies|newborn|son|daughter|kids?|children|toddler|little one|partner|wife|husband|mum|mom|dad|someone|him|her|them)\b",
         subject=SELF),
    rule("harm_to_others.plan.attack", L.HIGH, C.HARM_TO_OTHERS, S.INTENT, "talks about an attack on a school or workplace",
         r"\bshoot (?:up )?(?:the|my|our|a) (?:school|class|office|workplace|church|mall|mosque|synagogue)\b",
         r"\b(?:bring|take|brought|bringing|taking) (?:a |my |the |my dads |his )?(?:gun|knife|rifle|weapon|bomb) to (?:school|class|work|the office|church)\b",
         r"\bhit ?list\b", r"\bmake (?:them|everyone|all of them) (?:all )?pay\b", r"\b(?:plant|build|make|making|building) a bomb\b",
         r"\b(?:theyll|they will) (?:all )?(?:be sorry|regret it)\b"),
)

ABUSE_ACTORS = (
    r"(?:(?:my|our) (?:\w+ )?(?:step ?dad|step ?father|step ?mom|step ?mother|stepdad|stepfather|stepmom|stepmother|dad|daddy|"
    r"father|mom|mum|mommy|mother|parents?|uncle|aunt|brother|sister|cousin|grand(?:pa|father|ma|mother)|boyfriend|"
    r"girlfriend|husband|wife|partner|ex|coach|teacher|babysitter|pastor|priest|neighbou?r|tutor|foster (?:dad|mom|parent)|"
    r"carer|caregiver|moms boyfriend|mums boyfriend)|he|she|they)"
)

ABUSE: tuple[Rule, ...] = (
    rule("abuse.behaviour.physical", L.HIGH, C.ABUSE, S.BEHAVIOUR, "discloses being hit or hurt by someone",
         rf"\b{ABUSE_ACTORS} (?:\w+ ){{0,3}}?(?:hits|hit|beats|beat|kicks|kicked|slaps|slapped|punches|punched|chokes|choked|strangles|strangled|burns|burned|(?P<push>pushes|pushed)|throws things at|abuses|abused|locks|locked|starves|starved|whips|whipped|belts|smacks|smacked|shoves|shoved) me\b(?(push)(?! (?:to|into) (?:go|do|try|be|work|study|exercise|eat|get|apply|take|join|keep|make|improve|finish|read|practi[cs]e|run|train|learn|write|open|talk|see)\b))(?! up\b| with (?:a|the|some|that) (?:text|joke|question|message|bill|call|idea|fact|truth|news)| like a| (?:\w+ ){{0,2}}?(?:at|in|on) (?:\w+ ){{0,2}}?(?:" + GAMES + r")\b)",
         # "my mum pushes me to study and then hits me when I fail": the act later in the sentence
         rf"\b{ABUSE_ACTORS}\b[^.!?\n]{{0,60}}\b(?:and|then|but) (?:then |also |sometimes |she |he |they )?(?:hits|beats|kicks|slaps|punches|chokes|smacks|shoves) me\b",
         subject=FIXED, distant=L.MODERATE),
    # "my brother always beats me at chess", "mein Freund schlägt mich immer beim Tennis": a game lost, set aside
    rule("abuse.everyday.a_game", L.NONE, C.ABUSE, S.MENTION, "beaten at a game or a sport",
         PLAIN_MESSAGE + r"\b(?:beats?|beat|beating|schlagt|schlaegt|bate|batia|bat|gana|ganha)\b(?: (?!when|if|wenn|als|weil|quand|quando|cuando|si|se)\w+){0,2}? "
         r"(?:at|in|on|beim|im|bei|no|na|em|al|en|a|aux|au|aos) (?:\w+ )?(?:" + GAMES + r")\b", negatable=False,
         aside="beaten at a game or a sport, not hit"),
    rule("abuse.behaviour.sexual", L.HIGH, C.ABUSE, S.BEHAVIOUR, "discloses sexual abuse",
         rf"\b{ABUSE_ACTORS} (?:\w+ ){{0,3}}?(?:touch(?:es|ed|ing)?|rap(?:es|ed|ing)|molest(?:s|ed|ing)?|fondl(?:es|ed|ing)|grop(?:es|ed|ing)|sexually (?:abus|assault)\w*) me\b(?! deeply| emotionally| so much| every time| to the core| on the shoulder)",
         rf"\b{ABUSE_ACTORS} (?:\w+ ){{0,3}}?(?:makes|made|forces|forced) me (?:to )?(?:touch|watch|do (?:things|stuff|sexual)|have sex|undress|send (?:pics|pictures|nudes))\b",
         rf"\b{ABUSE_ACTORS} (?:\w+ ){{0,2}}?(?:comes|came|gets|got) into my (?:room|bed) at night\b"
         r"(?! to (?:say good ?night|tuck me in|kiss me good ?night|check (?:on|that) |wake me|turn off|switch off|bring me|give me|feed|see if))",
         rf"\b{ABUSE_ACTORS} (?:\w+ ){{0,2}}?(?:watches|watched) me (?:shower|change|undress)\b",
         subject=FIXED, distant=L.MODERATE),
    rule("abuse.behaviour.disclosure", L.HIGH, C.ABUSE, S.BEHAVIOUR, "says they are being (or were) abused",
         r"\b(?:i (?:was|got|have been|ve been|am being|keep getting)|im being|been) (?:raped|sexually (?:abused|assaulted)|molested|abused|beaten|assaulted|groomed|trafficked)\b",
         subject=SELF, distant=L.MODERATE),
    rule("abuse.behaviour.secret", L.HIGH, C.ABUSE, S.BEHAVIOUR, "told to keep abuse secret (a grooming sign)",
         r"\b(?:told|tells|makes|made) me (?:to )?(?:not to tell|not tell|never tell|keep (?:it|this) (?:a |our )?secret)\b",
         r"\b(?:its|it is) our (?:little )?secret\b", r"\b(?:he|she|they) (?:said|says) no one (?:will|would) believe me\b",
         subject=FIXED),
    rule("abuse.threat.kill", L.HIGH, C.ABUSE, S.BEHAVIOUR, "someone has threatened to kill or hurt them",
         r"\b(?:threaten(?:ed|s|ing)?|said|says|told me|swore) (?:\w+ ){0,2}?(?:hell|shell|he will|she will|he would|she would|hed|shed|to|they will|theyll|theyd) (?:\w+ )?(?:kill|hurt|hit|beat) me\b",
         r"\b(?:scared|afraid|terrified) (?:that )?(?:hell|shell|he will|she will|he is going to|she is going to|hes going to|shes going to|theyll|they will|my \w+ will|he might|she might) (?:\w+ )?(?:kill|hurt|hit|beat) me\b",
         subject=FIXED),
    rule("abuse.attempt.danger_now", L.IMMINENT, C.ABUSE, S.ATTEMPT, "in danger from someone right now",
         r"\b(?:hes|shes|he is|she is|they are|theyre) (?:outside|at the door|breaking in|coming (?:back|home|for me)|trying to get in|banging on the door)\b(?=[^\n]{0,80}\b(?:kill|hurt|hit|scared|afraid|help|knife|gun)\b)",
         subject=FIXED),
    rule("abuse.distress.afraid_home", L.MODERATE, C.ABUSE, S.DISTRESS, "afraid to go home or of a family member",
         r"\b(?:scared|afraid|terrified) (?:of going|to go) home\b", r"\b(?:scared|afraid|terrified) of my (?:step)?(?:dad|father|mom|mum|mother|husband|boyfriend|partner|uncle)\b",
         subject=SELF),
    rule("abuse.grooming.adult", L.MODERATE, C.ABUSE, S.GROOMING, "an adult asking for pictures, meetings or secrecy",
         r"\b(?:an? )?(?:adult|older (?:man|guy|boy|woman)|grown (?:man|up)|\d\d[- ]?(?:year[- ]old|yo) (?:man|guy|woman)|(?:guy|man|someone|person) (?:online|i met online|from (?:discord|snapchat|instagram|roblox|tiktok|a game)))\b[^.!?\n]{0,60}\b(?:send (?:him |her )?(?:pics|pictures|photos|nudes|videos)|meet (?:up|him|her|in person)|keep (?:it|us|this) (?:a )?secret|not (?:to )?tell (?:my|anyone))\b",
         r"\b(?:wants|asked|asks|keeps asking|told) me (?:to )?send (?:him |her )?(?:nudes|naked (?:pics|pictures|photos)|pics of my body|pictures of my body)\b",
         r"\bmy (?:boyfriend|girlfriend) is (?:2\d|3\d|4\d|an adult)\b",
         subject=FIXED, negatable=False),
    rule("abuse.minor.age", L.NONE, None, S.MINOR, "says they are a child (raises abuse and grooming)",
         r"\b(?:im|i am|i m) (?:only |just )?(?:[5-9]|1[0-7])(?: (?:years?|yrs?) old|yo|y/o| and\b|(?=[.,!?]|$))",
         r"\b(?:im|i am) in (?:[1-9]|1[0-2])(?:st|nd|rd|th) grade\b", r"\b(?:tengo|jai|ich bin|tenho) (?:[5-9]|1[0-7]) (?:anos|ans|jahre)\b",
         negatable=False, subject=FIXED),
)

EATING_DISORDER: tuple[Rule, ...] = (
    rule("eating_disorder.behaviour.purging", L.HIGH, C.EATING_DISORDER, S.BEHAVIOUR, "purging (making themself sick, laxatives)",
         r"\b(?:mak(?:e|es|ing)|made|force[ds]?|forcing) myself (?:to )?(?:throw up|vomit|be sick|sick|puke|purge)\b",
         r"\b(?:ive been |been |i |started |keep |still )purg(?:e|ed|ing)\b", r"\bpurging (?:after|again|every)\b",
         r"\bthrow(?:ing)? up after (?:every |each |i |eating|meals|dinner|lunch|breakfast)\w*",
         r"\b(?:binge|binging|bingeing)(?: and| then|,) ?purg\w*",
         r"\b(?:tak(?:e|ing)|took|using|abusing|use) (?:\w+ )?(?:laxatives|diuretics|diet pills|water pills)(?: \w+){0,3} (?:to )?(?:lose weight|get rid of|after (?:eating|meals|i eat)|compensate|purge)\b",
         r"\bchew(?:ing)? and spit\w*\b", subject=SELF, distant=L.LOW),
    rule("eating_disorder.behaviour.restricting", L.HIGH, C.EATING_DISORDER, S.BEHAVIOUR, "starving or severe restriction",
         r"\b(?:havent|have not|didnt|did not|hasnt|not) eaten (?:anything |a thing |properly |food )?(?:in|for) (?:\d+|two|three|four|five|six|seven|several|a few|many) (?:days|weeks)\b",
         r"\bstarv(?:e|ing|ed) myself\b",
         r"\b(?:only (?:eat|ate|eating|allow myself|let myself eat)|eat(?:ing)? (?:less than|under|below|no more than)) (?:\w+ ){0,2}?\d{2,4} ?(?:calories|cals|kcal)\b",
         # "I'm cutting down to 300 calories": under 600 a day is starvation, not a diet
         r"\b(?:cut(?:ting)?|get(?:ting)?|go(?:ing)?|went|got) (?:it )?(?:down|back) to (?:only |just |like )?(?:[1-5]\d\d|\d\d) ?(?:calories|cals|kcal)\b",
         r"\b(?:restrict(?:ing)?|fasting) (?:\w+ ){0,3}?(?:to lose|until i (?:lose|weigh|reach|am))\b",
         r"\b(?:eat(?:ing)?|ate|having|living on|surviving on|allowing myself) (?:only |just |about |around |like |maybe )?(?:[1-5]\d\d|\d\d) ?(?:calories|cals|kcal) (?:a|per|each) day\b",
         r"\bskip(?:ping)? (?:all |every )?(?:my )?meals (?:to lose|so i can lose|to get thin)\b", r"\brefuse to eat\b",
         # meals skipped and the weight it takes off: "I skip breakfast and lunch now and it's working, I'm down another 3 kilos"
         r"\bskip(?:ping)? (?:my )?(?:breakfast|lunch|dinner|meals)\b(?=[^\n]{0,60}\b(?:its working|it s working|down another|lost (?:another )?\d|losing (?:weight|more)|to lose)\b)",
         negatable=False, subject=SELF, distant=L.LOW),
    rule("eating_disorder.means_query.proana", L.HIGH, C.EATING_DISORDER, S.MEANS_QUERY, "pro-eating-disorder content or coaching",
         r"\bpro[- ]?(?:ana|mia)\b", r"\b(?:thinspo|thinspiration|meanspo|bonespo|ana (?:tips|coach|buddy)|mia tips)\b"),
    rule("eating_disorder.distress.fear_food", L.MODERATE, C.EATING_DISORDER, S.DISTRESS, "fear of eating",
         r"\b(?:scared|afraid|terrified) (?:of eating|to eat)\b", r"\bcount(?:ing)? every calorie\b", subject=SELF),
    rule("eating_disorder.distress.body_image", L.LOW, C.EATING_DISORDER, S.DISTRESS, "body hatred or guilt about eating",
         rf"\b(?:i )?(?:feel|{I_AM}) (?:so |too |really |disgustingly )?(?:fat|disgusting|huge|gross)\b",
         r"\bhate my body\b", r"\bguilty (?:after|for|about) eating\b", r"\b(?:afraid|scared|terrified) of (?:gaining weight|getting fat)\b",
         subject=SELF),
    rule("eating_disorder.modifier.lose_request", L.LOW, C.EATING_DISORDER, S.LOSE_REQUEST, "wants to lose weight or calorie targets",
         r"\b(?:how (?:can|do|should) i|how to|i (?:want|need) to|help me|tips to|ways to) (?:\w+ ){0,2}?(?:lose|drop|shed) (?:\w+ ){0,3}?(?:weight|pounds|lbs|kg|kilos|stone|fat)\b",
         r"\bhow many calories (?:\w+ ){0,3}?to lose\b", r"\b(?:goal weight|lose weight fast)\b",
         r"\bhow (?:to|can i|do i) (?:stop|suppress|ignore) (?:my )?(?:hunger|appetite)\b", subject=SELF),
    rule("eating_disorder.modifier.underweight", L.NONE, C.EATING_DISORDER, S.UNDERWEIGHT, "says they are underweight",
         rf"\b{I_AM} (?:already )?(?:underweight|too thin|skin and bones)\b", r"\bbmi (?:is |of )?(?:1[0-7](?:\.\d)?)\b",
         r"\bmy (?:doctor|parents|friends|mom|mum|dad) (?:says|said|say|think|thinks) (?:im|i am) (?:underweight|too thin|too skinny)\b",
         negatable=False, subject=SELF),
)

# "took all my tablets as prescribed / like the doctor said / as usual": treatment, not an overdose
_TAKEN_AS_PRESCRIBED = (r"(?: \w+){0,5},? (?:as (?:prescribed|directed|instructed|usual|always|normal|the (?:doctor|gp) (?:said|told me)|"
                        r"my (?:doctor|gp|psychiatrist) (?:said|told me))|like (?:the|my) (?:doctor|gp|psychiatrist|pharmacist|nurse) "
                        r"(?:said|says|told me|wants)|(?:on|at the) (?:right )?time|with (?:my )?(?:breakfast|dinner|food|a meal))")

MEDICAL: tuple[Rule, ...] = (
    rule("medical_emergency.as_prescribed.en", L.NONE, C.MEDICAL_EMERGENCY, S.MENTION, "medicine taken as prescribed",
         PLAIN_MESSAGE + rf"\b{PILLS}\b(?={_TAKEN_AS_PRESCRIBED})", negatable=False, aside="taken as prescribed: treatment, not an overdose"),
    rule("medical_emergency.attempt.overdose_taken", L.IMMINENT, C.MEDICAL_EMERGENCY, S.ATTEMPT, "an overdose already taken",
         rf"\b(?:took|taken|swallowed|downed|ate|had) (?:\d{{2,3}}|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred|(?:a|the|my) (?:whole |full |entire )?(?:bottle|box|pack|packet|strip|blister)(?: of)?|a (?:bunch|handful|lot|load|ton) of|too many|loads of|lots of|way too many|so many) (?:\w+ ){{0,3}}?{PILLS}\b",
         # "I've swallowed the whole bottle": a whole container swallowed, the pills left unsaid
         r"\bswallowed (?:the|a|my) (?:whole|full|entire) (?:bottle|box|pack|packet|strip|blister|tub|jar)\b(?! of (?!pills|tablets|meds)\w+)",
         # "emptied the blister packs into my hand and swallowed them": containers emptied, then swallowed
         r"\b(?:emptied|popped|pushed|tipped|poured|shook) (?:out )?(?:all )?(?:of )?(?:the |my |a |both |two |three )?(?:\w+ )?"
         r"(?:blister packs?|blisters?|strips?|bottles?|packets?|packs?|boxes?|tubs?|jars?)\b(?: out)?[^.!?\n]{0,40}?"
         # ("... and took them with wine": taken with a drink or all at once, not "took them with me")
         r"\b(?:and |then )?(?:(?:swallowed|downed|gulped) (?:them|it|the lot|all of them|every one)|took (?:them|it|the lot|all of them|every one) "
         r"(?:all )?(?:with (?:some |a |my )?(?:wine|vodka|whisky|whiskey|beer|gin|rum|alcohol|booze|water)|at once|in one go))\b",
         # "took double my insulin on purpose an hour ago": more than the dose, said to be deliberate
         rf"\b(?:took|taken|injected|had|swallowed) (?:double|triple|twice|three times|extra|way more|loads more|a lot more) (?:of )?(?:my |the )?(?:\w+ )?(?:dose of )?(?:{PILLS}|insulin|dose|meds)\b"
         r"(?=[^\n]{0,30}\b(?:on purpose|deliberately|intentionally|to die|so i (?:dont|wont|would not|wouldnt) wake)\b)",
         rf"\b(?:took|taken|swallowed|downed) all (?:of )?(?:my|the|her|his|mums|moms|dads) (?:\w+ )?{PILLS} (?:at once|in one go|together)\b",
         r"\b(?:i )?(?:just |have |ve |already )?(?:overdosed|took an overdose|taken an overdose)\b(?! on (?:coffee|caffeine|sugar|candy|sweets|chocolate|cake|netflix|tv|memes|anime))",
         # "OD'd" folds to "odd": only "I OD'd", never "that's odd", and not a joke about coffee or sugar
         r"\bi (?:just |have |ve |already )?(?:odd|oded)\b(?! on (?:coffee|caffeine|sugar|candy|sweets|chocolate|cake|netflix|tv|memes|anime|\w+ shows))",
         r"\b(?:drank|swallowed|drunk|ate) (?:some |a bottle of |a cup of )?(?:bleach|antifreeze|poison|weed killer|pesticide|drain cleaner|batteries|a battery|rat poison)\b",
         # "there's a bottle of bleach next to me and I've started drinking it": the poison named, then drunk by the writer
         # (not a question: "what happens if I drank it")
         r"\b(?:bleach|antifreeze|poison|weed killer|pesticide|drain cleaner|rat poison)\b[^.!?\n]{0,60}?(?<!\bif )(?<!\bwhen )\b(?:i ve|i have|ive|im|i am|i m|i)\b "
         r"(?:just |already |now )?(?:started |begun |been )?(?:drinking|swallowing|drank|drunk|swallowed|downed) (?:it|some of it|half of it|the lot|half the bottle)\b",
         subject=SELF, negatable=False),
    rule("medical_emergency.mention.overdose", L.LOW, C.MEDICAL_EMERGENCY, S.MENTION, "mentions overdose",
         r"\boverdos\w*\b"),
)

ABOUT_OTHERS: tuple[Rule, ...] = (
    rule("suicide.other.kill_self", L.MODERATE, C.SUICIDE, S.ACTIVE, "someone else may be suicidal (a concern, not the person's own crisis)",
         r"\b(?:kill(?:s|ing|ed)?|off(?:s|ing)?) (?:himself|herself|themselves|themself)\b",
         r"\b(?:end|take|ending|taking|ends|takes) (?:his|her|their) (?:own )?life\b",
         r"\b(?:wants|want|wanted|wanting) to die\b", r"\b(?:hes|shes|theyre|is|are) (?:being |feeling )?suicidal\b",
         subject=OTHER),
    # "my friend just sent me a photo of a noose": their means, shown to the person
    rule("suicide.other.means_shown", L.IMMINENT, C.SUICIDE, S.ATTEMPT, "someone sent the person their noose, pills or a goodbye",
         r"\b(?:sent|send|showed|show|posted|snapped) (?:me |us )?(?:a |the )?(?:photo|picture|pic|video|snap|image|selfie) (?:of|with) (?:a |the |his |her |their )?(?:noose|rope round (?:his|her|their) neck)\b",
         r"\b(?:rang|called|phoned|texted|messaged|facetimed|voice ?noted) (?:me|us) (?:\w+ ){0,9}?(?:saying|to say|and said|and says) (?:goodbye|bye forever|sorry for everything)\b"
         + _AN_EVERYDAY_FAREWELL,
         # "my best mate just sent me a message saying goodbye and thanks for everything"
         r"\b(?:sent|left|wrote) (?:me|us) (?:a |this |an? \w+ )?(?:message|text|voice ?note|voicemail|dm|snap|letter|note|post) (?:\w+ ){0,3}?(?:saying|to say|that said|that says) "
         r"(?:goodbye|bye forever|sorry for everything|thanks for everything|thank you for everything)\b" + _AN_EVERYDAY_FAREWELL,
         r"\b(?:sent|texted|messaged|posted) (?:me|us) (?:a |his |her |their )?(?:goodbye|suicide|farewell) (?:note|message|text|letter|video)\b",
         # "my best friend posted a goodbye on her story and isn't answering": a goodbye posted, then silence
         r"\b(?:posted|put up|shared|uploaded) (?:a |his |her |their |this |some (?:kind|sort) of )?(?:goodbye|farewell|suicide)(?: (?:post|message|note|letter|video|story))?"
         r"\b(?=(?: (?:on|to) (?:his|her|their) (?:story|stories|insta\w*|snap\w*|tiktok|facebook|page|status|feed|twitter|x))?"
         r"[^\n]{0,60}\b(?:isnt|is not|arent|are not|wont|will not|hasnt|has not|havent|not) (?:answering|picking up|replying|responding|reading|seen|online)\b)",
         subject=OTHER),
    rule("self_harm.other.behaviour", L.MODERATE, C.SELF_HARM, S.BEHAVIOUR, "someone else self-harms",
         r"\b(?:cut|cuts|cutting|burn(?:s|ing)?|hurt(?:s|ing)?|harm(?:s|ing)?) (?:himself|herself|themselves|themself)\b",
         r"\b(?:he|she|they) (?:self[- ]?harms?|has been self[- ]?harming)\b", subject=OTHER),
    rule("abuse.other.behaviour", L.MODERATE, C.ABUSE, S.BEHAVIOUR, "someone else is being abused",
         r"\b(?:his|her|their|my friends|my friend s) (?:\w+ )?(?:step ?dad|stepfather|dad|father|mom|mum|mother|uncle|boyfriend|husband|partner) (?:\w+ ){0,2}?(?:hits|beats|touches|rapes|molests|abuses|chokes) (?:him|her|them)\b",
         subject=OTHER),
)

RETRACTIONS: tuple[Rule, ...] = (
    rule("memory.retraction", L.NONE, None, S.RETRACTION, "takes back what they said (does not lower an earlier high level)",
         r"\b(?:never ?mind|nvm|forget (?:it|what i said|i said anything|about it|that)|(?:i was|im|i am|just) (?:only )?(?:joking|kidding)|jk|"
         r"(?:it was|that was) (?:just )?a joke|you misunderstood|(?:i )?didnt mean (?:it|that)|im (?:fine|ok|okay|good|alright) (?:now|really|honestly|actually)|"
         r"ignore (?:that|what i said|me)|dont worry about (?:it|me)|olvidalo|era broma|laisse tomber|je plaisantais|vergiss es|war nur ein witz|esquece|era brincadeira)\b",
         negatable=False, subject=FIXED),
)

MENTIONS: tuple[Rule, ...] = (
    rule("suicide.mention.topic", L.LOW, C.SUICIDE, S.MENTION, "the topic of suicide is named",
         r"\bsuicid\w*\b", r"\bselbstmord\w*\b", r"\bsuizid\w*\b"),
    rule("self_harm.mention.topic", L.LOW, C.SELF_HARM, S.MENTION, "the topic of self-harm is named",
         r"\bself[- ]?harm\w*\b", r"\bautolesion\w*\b", r"\bautomutil\w*\b", r"\bselbstverletz\w*\b"),
)

# Risk words in an everyday sense the rules can name: each match is set aside (``aside``), so the rules'
# reading (no risk) stands and the classifier alone does not raise the message. Each stops where a crisis
# word follows ("taking one last photo, goodbye").
_NO_CRISIS_AFTER = r"(?![^\n]{0,80}\b(?:goodbye|last (?:photo|time|one)|jump|end it|die|dying|kill|nobody can stop|im ready|its time)\b)"
# ... and in the other four languages (folded): a jump, a last photo or time, a goodbye
_NO_CRISIS_AFTER_INTL = (r"(?![^\n]{0,80}\b(?:goodbye|jump\w*|spring\w*|sprung|salt(?:ar|o|e|are)|saut\w*|pul(?:ar|o|e|arei)|adios|adieu|abschied|tchau|"
                         r"ultim[ao] (?:vez|foto)|letzte\w* (?:mal|foto)|derniere (?:fois|photo)|es hora|il est temps|es ist zeit|"
                         r"chegou a hora|nadie|niemand|personne|ninguem)\b)")
_VIEW_WORDS = (r"views?|photos?|pictures?|selfies?|film(?:ed|ing)?|sunset|sunrise|stunning|beautiful|gorgeous|scenery|fireworks|"
               r"watching (?:the )?(?:boats|birds|ducks|swans|river|sea|waves|stars|match|world go by)")
_PLAIN_MEDICINE = r"^(?![^\n]*\b(?:all|whole|entire|bunch|handful|loads?|lots|alcohol|vodka|wine|beer|drunk|at once|\d{2,})\b)" + PLAIN_MESSAGE[1:]
ORDINARY: tuple[Rule, ...] = (
    rule("suicide.ordinary.height_view", L.NONE, C.SUICIDE, S.MENTION, "a high place for the view or a photo",
         PLAIN_MESSAGE + r"\b(?:stood|sat|standing|sitting|im|i am|i was|we were|were) (?:on|at|up) (?:the )?(?:top|edge|ledge|railings?) of (?:the |a |this |that )?(?:\w+ )?"
         r"(?:quarry|cliff|bridge|building|roof|rooftop|multi ?storey|car park|tower|dam|viaduct|lighthouse|mountain|hill)\b"
         r"(?=[^\n]{0,60}\b(?:views?|photos?|pictures?|selfies?|film(?:ed|ing)?|sunset|sunrise|stunning|beautiful|gorgeous|scenery|fireworks|"
         r"watching (?:the )?(?:boats|birds|ducks|swans|river|sea|waves|stars|match|world go by))\b)"
         + _NO_CRISIS_AFTER,
         # on a bridge or a roof for the view, or waiting for a lift ("I'm on the bridge waiting for the bus"; not a train)
         PLAIN_MESSAGE + r"\b(?:stood|sat|standing|sitting|im|i am|i was|we are|were|we were) (?:on|up on|at) (?:the |a |this |that )?(?:\w+ )?"
         r"(?:bridge|roof|rooftop|roof terrace|viewpoint|lookout|cliffs?|cliff top|clifftop)\b"
         rf"(?=[^\n]{{0,60}}\b(?:{_VIEW_WORDS}|waiting for (?:the |a |my )?(?:bus|tram|taxi|cab|uber|lift|ride|friends?|mate|mum|mom|dad|"
         r"boyfriend|girlfriend|partner|sister|brother))\b)" + _NO_CRISIS_AFTER,
         negatable=False, aside="a high place for the view: not a plan"),
    # on a floor of a car park looking for the car or paying ("standing at the top floor of the multi-storey, can't find my car")
    rule("suicide.ordinary.car_park_errand", L.NONE, C.SUICIDE, S.MENTION, "a car-park floor, looking for the car or paying",
         PLAIN_MESSAGE + r"\b(?:stood|sat|standing|sitting|im|i am|i was|we are|we were|were) (?:on|at|up on|in) (?:the )?(?:top |roof |\w+ )?(?:floor|level|deck) "
         r"(?:of (?:the |a |this |that )?(?:multi ?storey|car park|parking garage)(?: car park)?)?"
         r"(?=[^\n]{0,60}\b(?:(?:cant|can t|cannot|couldnt) find (?:my|the|our) (?:car|van|bike)|looking for (?:my|the|our) (?:car|van)|where i parked|"
         r"parked|ticket machine|pay(?:ing)? (?:for )?(?:the )?parking)\b)" + _NO_CRISIS_AFTER,
         negatable=False, aside="an errand in a car park: not a plan"),
    # the same in Spanish, German, French and Portuguese ("Ich stehe gerade auf der Brücke und mache Fotos vom
    # Sonnenuntergang", "Estou na ponte tirando fotos do pôr do sol")
    rule("suicide.ordinary.height_view_intl", L.NONE, C.SUICIDE, S.MENTION, "a high place for the view or a photo",
         PLAIN_MESSAGE_DE + r"\b(?:estoy|estamos|estaba|ich stehe|ich sitze|ich bin|wir sind|wir stehen|je suis|nous sommes|on est|"
         r"estou|estava)\b (?:\w+ ){0,2}?(?:en|sobre|arriba de|encima de|auf|oben auf|sur|en haut de|au sommet de|na|no|em cima d[aoe]|"
         r"no alto d[aoe]) (?:el |la |lo |der |dem |den |le |les |o |a |os |as )?(?:\w+ )?l?"
         r"(?:puente|azotea|tejado|techo|acantilado|mirador|brucke|dach|dachterrasse|klippe|aussichtsturm|aussichtspunkt|pont|toit|"
         r"falaise|immeuble|belvedere|ponte|telhado|falesia|predio|mirante|cobertura)\b"
         r"(?=[^\n]{0,80}\b(?:fotos?|vistas?|atardecer|amanecer|puesta de sol|paisaje|fuegos artificiales|aussicht|ausblick|sonnenuntergang|"
         r"sonnenaufgang|feuerwerk|blick|photos?|vue|coucher de soleil|lever de soleil|paysage|feux? dartifice|por do sol|nascer do sol|"
         r"paisagem|selfies?|panorama|esperando (?:el|o) (?:bus|autobus|onibus)|warte auf den bus|jattends le bus)\b)"
         + _NO_CRISIS_AFTER_INTL, negatable=False, aside="a high place for the view: not a plan"),
    # everyday amounts: "how much sleep should I be getting at my age" read 0.77 (P high) to the classifier alone,
    # "how much water should I be drinking" 0.79 (eighteenth landing, fresh batch 12); never beside a medicine or a poison
    rule("suicide.ordinary.health_amount", L.NONE, C.SUICIDE, S.MENTION, "how much sleep, water or food a person needs",
         r"^(?![^\n]*\b(?:pills?|tablets?|meds|poison\w*|bleach|alcohol|vodka)\b)" + PLAIN_MESSAGE[1:] +
         r"\bhow (?:much|many) (?:hours of |litres of |liters of |glasses of |cups of |grams of |minutes of )?(?:sleep|water|protein|fib(?:re|er)|exercise|"
         r"steps|caffeine|coffee|screen time|rest|fruit|vegetables|veg|naps?)\b" + _NO_CRISIS_AFTER,
         negatable=False, aside="a question about everyday amounts of sleep, water or food: not a dose"),
    # a pillow or a punchbag for anger, not a wall until the knuckles bleed
    rule("self_harm.ordinary.punch_pillow", L.NONE, C.SELF_HARM, S.MENTION, "punching a pillow or a punchbag to let anger out",
         r"^(?![^\n]*\b(?:bled|bleed\w*|blood|broke|broken|bruis\w*|walls?|myself|again and again|want to do it again)\b)" + PLAIN_MESSAGE[1:]
         + r"\b(?:punch\w*|hit\w*|thump\w*|scream\w* into) (?:the |a |my |into (?:the |a |my )?)?(?:pillows?|cushions?|punch(?:ing)? ?bag|boxing bag|mattress)\b",
         negatable=False, aside="a pillow or a punchbag for anger: a way of coping"),
    # an early start: "i dont want to wake up early tomorrow" (0.77 to the classifier alone)
    rule("suicide.ordinary.wake_early", L.NONE, C.SUICIDE, S.MENTION, "not wanting an early start",
         PLAIN_MESSAGE_WAKE + r"\b(?:dont|do not|never) (?:want to|wanna|feel like) (?:wake up|get up) (?:so |this |that )?(?:early|at \d|before \d|for (?:work|school|college|uni|class)|"
         r"on (?:mondays?|weekends?))\b",
         # the same in German, Spanish, French and Portuguese ("Ich will morgen nicht so früh aufwachen"; French "tôt" folds to
         # "tot", a death word to PLAIN_MESSAGE, so there only "de bonne heure" is set aside)
         PLAIN_MESSAGE_DE + r"\b(?:will|mochte|moechte|mag) (?:\w+ ){0,2}?(?:nicht|nie) (?:so |zu )?(?:fruh|frueh) (?:aufwachen|aufstehen)\b",
         PLAIN_MESSAGE + r"\b(?:no quiero (?:despertarme|levantarme) (?:tan |muy )?temprano|(?:je ne veux pas|jai pas envie de|je veux pas) (?:me reveiller|me lever) "
         r"(?:si |trop |aussi )?(?:tot|de bonne heure)|nao quero (?:acordar|levantar-me|me levantar) (?:tao |muito )?cedo)\b",
         negatable=False, aside="not wanting an early start"),
    # hours, not days, without food: "no he comido en cuatro horas y tengo mucha hambre" (0.89 to the classifier alone)
    rule("eating_disorder.ordinary.hours_not_eaten", L.NONE, C.EATING_DISORDER, S.MENTION, "a few hours without food",
         PLAIN_MESSAGE + r"\b(?:(?:havent|have not|didnt|did not|not) eaten (?:anything )?(?:in|for)|no (?:he comido|como|comi) (?:nada )?(?:en|desde hace)|"
         r"nao (?:comi|como) (?:nada )?(?:ha|em|faz)|(?:rien|pas) mange depuis|seit) (?:\d+|one|two|three|four|five|six|a few|several|una|dos|tres|cuatro|cinco|seis|"
         r"varias|unas|duas|quatro|cinco|seis|umas|deux|trois|quatre|cinq|six|quelques|zwei|drei|vier|funf|sechs|ein paar) (?:hours|horas|heures|stunden)\b",
         negatable=False, aside="a few hours without food: hunger, not restriction"),
    # a bar of chocolate, not a blister pack: "j'ai avalé toute la plaquette de chocolat" read imminent to the classifier
    rule("medical_emergency.ordinary.sweets", L.NONE, C.MEDICAL_EMERGENCY, S.MENTION, "a whole bar or box of sweets eaten",
         r"^(?![^\n]*\b(?:pills?|tablets?|meds|cachets|comprimes|medicaments|comprimidos|pastillas|remedios|tabletten|pillen|alcohol|vodka|wine|beer)\b)"
         + PLAIN_MESSAGE[1:] + r"\b(?:plaquette|tablette|barre|boite|paquet|tableta|barra|caja|paquete|tafel|packung|schachtel|caixa|barra|pacote|bar|box|packet|pack|bag) "
         r"(?:de |of |d )?(?:chocolat|chocolate|schokolade|bonbons|biscuits|gateaux|galletas|caramelos|bombons|bolachas|kekse|sweets|candy|crisps|cookies|haribo)\b",
         negatable=False, aside="a bar or a box of sweets: not an overdose"),
    # practical questions about one's medicine: when to take it, with what, how to keep it; never where the
    # message names a quantity, alcohol or a wish ("should i take all my pills tonight with vodka")
    rule("medical_emergency.ordinary.medicine_question", L.NONE, C.MEDICAL_EMERGENCY, S.MENTION, "a practical question about taking or keeping medicine",
         *(_PLAIN_MEDICINE + p for p in (
             rf"\b(?:should|can|do|must|shall) i (?:\w+ ){{0,3}}?(?:take|have|swallow) (?:my |the |a |an |these |this )?(?:\w+ ){{0,2}}?{PILLS}\b[^.!?\n]{{0,40}}"
             r"\b(?:before|after|with|without|on an empty stomach|at night|in the morning|together|at the same time)\b",
             rf"\bhow long (?:should i |do i |do you |to |must i )?wait (?:\w+ ){{0,4}}?(?:before|after) (?:\w+ ){{0,3}}?(?:taking|having|my|the) (?:my |the )?(?:\w+ )?{PILLS}\b",
             rf"\b{PILLS} (?:\w+ ){{0,3}}?(?:be |is |are )?(?:kept|stored|refrigerated) (?:in (?:the|a) (?:fridge|refrigerator)|cold|at room temperature)\b",
             rf"\b(?:keep|store|kept|stored|leave) (?:my |the |your |her |his )?(?:\w+ ){{0,2}}?{PILLS} (?:\w+ ){{0,2}}?in (?:the|a) (?:fridge|refrigerator)\b")),
         negatable=False, aside="a practical question about one's medicine"),
    # one sleeping tablet for a reason ("took a sleeping pill for the night flight", "Tomei um remédio pra dormir
    # porque tenho voo cedo"): one dose, with why; never with a quantity, alcohol or a word of dying
    rule("medical_emergency.ordinary.one_dose", L.NONE, C.MEDICAL_EMERGENCY, S.MENTION, "one dose of a medicine taken for an everyday reason",
         _PLAIN_MEDICINE + r"\b(?:took|take|taking|tomei|tomo|tome|he tomado|jai pris|je prends|ich habe|ich nehme|nehme)\b (?:\w+ ){0,2}?"
         r"(?:one|a|um|uma|una|un|une|eine|einen|1) (?:\w+ ){0,1}?(?:pill|tablet|sleeping pill|sleeping tablet|painkiller|comprimido|remedio|pastilla|"
         r"somnifere|cachet|comprime|schlaftablette|tablette)\b[^.!?\n]{0,40}\b(?:because|for|so|before|porque|pra|para|pour|parce que|avant|"
         r"weil|wegen|fur|vor|antes)\b" + _NO_CRISIS_AFTER, negatable=False, aside="one dose for an everyday reason"),
    # "my husband pushes me to go to the gym": urging, not violence
    rule("abuse.ordinary.pushes_to", L.NONE, C.ABUSE, S.MENTION, "someone urging the person to do something",
         r"^(?![^\n]*\b(?:hits?|hitting|beats?|beating|kicks?|slaps?|punch\w*|chok\w*|strangl\w*|burn\w*|shov\w*|smack\w*|whip\w*|rap(?:e|es|ed|ing)|"
         r"touch\w*|hurts?|hurting|abus\w*|bruises?|against the wall|down the stairs|locks? me)\b)" + PLAIN_MESSAGE[1:]
         + rf"\b{ABUSE_ACTORS} (?:\w+ ){{0,2}}?(?:pushes|pushed|pushing) me (?:to|into) (?:go|do|try|be|work|study|exercise|eat|get|apply|take|"
         r"join|keep|make|improve|finish|read|practi[cs]e|run|train|learn|write|open|talk|see)\b" + _NO_CRISIS_AFTER, negatable=False,
         subject=FIXED, aside="urging them on, not a push"),
    rule("abuse.ordinary.goodnight", L.NONE, C.ABUSE, S.MENTION, "a parent coming in at night for an everyday reason",
         PLAIN_MESSAGE + rf"\b{ABUSE_ACTORS} (?:\w+ ){{0,2}}?(?:comes|came|gets|got) into my (?:room|bed) at night to (?:say good ?night|tuck me in|kiss me good ?night|check (?:on|that) |"
         r"wake me|turn off|switch off|bring me|give me|feed|see if)" + _NO_CRISIS_AFTER, negatable=False, subject=FIXED,
         aside="an everyday visit at night"),
)

ENGLISH_RULES: tuple[Rule, ...] = (SUICIDE + MODIFIERS + SELF_HARM + HARM_TO_OTHERS + ABUSE + EATING_DISORDER + MEDICAL + ABOUT_OTHERS
                                   + RETRACTIONS + MENTIONS + ORDINARY)
