"""Core rules in Spanish, French, German and Portuguese.

These cover the phrases a person in crisis is most likely to type in their own
language: wanting to die or to kill themself, not wanting to live, self-harm, an
overdose taken, a goodbye. They are matched against folded text (no accents: "não"
is "nao", "möchte" is "mochte", "j'ai" is "jai"). Negation cues for these languages
("no", "ne ... pas", "nicht", "não") are in :mod:`haven.safety.rules`.
"""

from __future__ import annotations

from haven.safety.levels import RiskCategory as C
from haven.safety.levels import RiskLevel as L
from haven.safety.levels import Signal as S
from haven.safety.rules import GAMES, PLAIN_MESSAGE, PLAIN_MESSAGE_DE, Rule, SubjectMode, rule

SELF = SubjectMode.SELF

# Medicines named in an overdose ("toda la caja de ibuprofeno", "eine ganze Packung Ibuprofen"), folded:
# names shared by the four languages, then each language's words for kinds of pills.
_DRUGS = (r"ibuprofen[oe]?|paracetamol|acetaminofen[oe]?|aspirin[ae]?|tylenol|nurofen|sertralin[ae]?|fluoxetin[ae]?|"
          r"citalopram|escitalopram|diazepam|clonazepam|lorazepam|alprazolam|xanax|valium|rivotril|tramadol|code[i]n[ae]?|"
          r"oxycodon[ae]?|morphin[ae]?|morfina|insulin[ae]?|lithium|litio|quetiapin[ae]?|zolpidem|dipirona|metamizol")
_DRUGS_ES = _DRUGS + r"|pastillas|pildoras|tabletas|medicamentos|capsulas|somniferos|antidepresivos|calmantes|analgesicos|ansioliticos"
_DRUGS_FR = _DRUGS + r"|cachets|comprimes|medicaments|pilules|gelules|somniferes|antidepresseurs|calmants|anxiolytiques|antidouleurs|doliprane"
_DRUGS_DE = _DRUGS + (r"|tabletten|pillen|medikamente|kapseln|schlaftabletten|antidepressiva|schmerzmittel|schmerztabletten|"
                      r"beruhigungsmittel|beruhigungstabletten")
_DRUGS_PT = _DRUGS + r"|comprimidos|remedios|pilulas|capsulas|calmantes|antidepressivos|analgesicos|soniferos"

# An overdose rule stops where the pills were taken "as prescribed / as the doctor said / as always" (within
# five words): "I remembered my tablets" is treatment, not an overdose.
_TAKEN_AS_PRESCRIBED_ES = r"(?: \w+){0,5},? (?:como (?:me (?:lo )?)?(?:indico|indicaron|receto|recetaron|mando|mandaron|dijo|dijeron)|como siempre|como cada|segun (?:la )?receta)"
_TAKEN_AS_PRESCRIBED_FR = r"(?: \w+){0,5},? (?:comme (?:prevu|prescrit|dhabitude|d habitude|tous les|chaque|le medecin|la medecin|mon medecin)|selon (?:lordonnance|l ordonnance|la prescription))"
_TAKEN_AS_PRESCRIBED_DE = r"(?: \w+){0,5},? (?:wie (?:verschrieben|verordnet|immer|jeden|vom arzt|der arzt|die arztin|besprochen)|laut (?:rezept|arzt))"
_TAKEN_AS_PRESCRIBED_PT = r"(?: \w+){0,5},? (?:como (?:prescrito|receitado|sempre|todo dia|todos os dias|o medico|a medica)|conforme (?:a )?receita)"
_AS_PRESCRIBED_ES = f"(?!{_TAKEN_AS_PRESCRIBED_ES})"
_AS_PRESCRIBED_FR = f"(?!{_TAKEN_AS_PRESCRIBED_FR})"
_AS_PRESCRIBED_DE = f"(?!{_TAKEN_AS_PRESCRIBED_DE})"
_AS_PRESCRIBED_PT = f"(?!{_TAKEN_AS_PRESCRIBED_PT})"


def _as_prescribed(lang: str, drugs: str, words: str) -> Rule:
    """Medicine named and taken "as prescribed / as the doctor said / as always": the words of an overdose set
    aside, so the rules' reading (no risk) stands and the classifier alone does not raise it ("ich habe heute
    alle meine Tabletten genommen, wie verschrieben" read high to the classifier)."""
    return rule(f"medical_emergency.as_prescribed.{lang}", L.NONE, C.MEDICAL_EMERGENCY, S.MENTION,
                "medicine taken as prescribed", PLAIN_MESSAGE + rf"\b(?:{drugs})\b(?={words})", negatable=False,
                aside="taken as prescribed: treatment, not an overdose")


# "no quiero vivir más en esta casa", "je ne veux plus vivre dans cet appart", "ich will nicht mehr in dieser
# Wohnung leben", "não quero mais viver com meus pais": where or with whom, not whether ("en este mundo",
# "dans ce monde", "neste mundo" stay). The not-live rules stop there, and these set the words aside so
# the classifier alone does not raise them.
_WHERE_ES_WORDS = (r"(?:en|con|cerca de) (?:est[ae]s? |es[ae]s? |mi |mis |la |el |los |las |un |una )?(?:casa|ciudad|pais|piso|barrio|pueblo|"
                   r"apartamento|departamento|residencia|edificio|padres|familia|madre|padre|mama|papa|novio|novia|pareja|ex|companer[oa]s?|"
                   r"abuel[oa]s?|tios?|el|ella|ellos)\b")
_WHERE_FR_WORDS = (r"(?:dans|avec|chez|a|en|pres de) (?:cet |cette |ce |mon |ma |mes |la |le |les |un |une |l )?(?:appartement|appart|ville|maison|"
                   r"pays|quartier|immeuble|residence|parents|mere|pere|famille|copain|copine|coloc\w*|lui|elle|eux|france|paris|campagne)\b")
_WHERE_PT_WORDS = (r"(?:nesta|nessa|neste|nesse|naquela|naquele|em|na|no|com|perto d[aoe]) ?(?:minha |meu |meus |minhas |a |o |os |as |uma |um )?"
                   r"(?:casa|cidade|pais|apartamento|ape|bairro|predio|pais|familia|mae|pai|namorad[oa]|marido|esposa|ex|avos?|tios?|ele|ela|eles)\b")
_WHERE_ES = f"(?! (?:mas )?{_WHERE_ES_WORDS})"
_WHERE_FR = f"(?! (?:ici )?{_WHERE_FR_WORDS})"
_WHERE_PT = f"(?! (?:aqui )?{_WHERE_PT_WORDS})"


# "j'ai envie d'en finir avec ce projet / mes examens": done with a task or a thing, not with life
# ("en finir avec la vie / ma vie / tout / moi" stays)
_FINISH_A_TASK_FR = (r"(?! avec (?:ce|cet|cette|ces|mon|ma|mes|le|la|les|un|une|son|sa|ses|notre|nos|votre|vos) "
                     r"(?!vie\b|souffrance\b|douleur\b)\w+)")

# A game lost, not a blow: "mein Freund schlägt mich immer beim Tennis", "meu pai me bate no xadrez"
# (right after the verb, at most two words between, none of them "when": "wenn er beim Fußball verliert" is a blow)
_A_GAME = (r"(?!(?: (?!wenn|als|weil|quand|quando|cuando|si|se)\w+){0,2}? (?:beim|im|bei|no|na|em|aos|aux|au|a|en|in) (?:\w+ )?"
           rf"(?:{GAMES})\b)")


def _where_to_live(lang: str, words: str) -> Rule:
    """Not wanting to live in a place or with someone: the words of "not wanting to live" set aside."""
    return rule(f"suicide.everyday.{lang}_where_to_live", L.NONE, C.SUICIDE, S.MENTION, "where or with whom they live",
                (PLAIN_MESSAGE_DE if lang == "de" else PLAIN_MESSAGE) + words, negatable=False, aside="where or with whom they live, not whether")


SPANISH: tuple[Rule, ...] = (
    rule("suicide.active.es_want_die", L.HIGH, C.SUICIDE, S.ACTIVE, "Spanish: wants to die or to kill themself",
         r"\bme quiero (?:morir|matar|suicidar)\b", r"\bquiero (?:morirme|morir|matarme|suicidarme)\b",
         r"\b(?:pienso en|estoy pensando en|pensando en|ganas de) (?:matarme|suicidarme|quitarme la vida|morirme|morir)\b",
         r"\bquitarme la vida\b", r"\bacabar con mi vida\b", r"\bpensamientos suicidas\b", r"\bsuicidarme\b", r"\bmatarme\b"),
    rule("suicide.intent.es_method", L.IMMINENT, C.SUICIDE, S.INTENT, "Spanish: intends a method",
         r"\b(?:voy a|me voy a) (?:tirarme|lanzarme|ahorcarme|tomarme todas|cortarme las venas)\b", subject=SELF),
    rule("suicide.attempt.es_on_tracks", L.IMMINENT, C.SUICIDE, S.ATTEMPT, "Spanish: on the railway tracks now",
         r"\bestoy (?:parad[oa] |sentad[oa] |tumbad[oa] |acostad[oa] |de pie )?(?:en (?:medio de )?las vias|sobre las vias)\b", subject=SELF),
    rule("suicide.intent.es_kill_self", L.HIGH, C.SUICIDE, S.INTENT, "Spanish: states an intention to kill themself",
         r"\bme voy a (?:matar|suicidar)\b", r"\bvoy a (?:matarme|suicidarme|quitarme la vida)\b", subject=SELF),
    rule("suicide.active.es_not_live", L.HIGH, C.SUICIDE, S.ACTIVE, "Spanish: does not want to live",
         r"\b(?:ya )?no quiero (?:seguir )?(?:vivir|estar viva?)\b" + _WHERE_ES, r"\bya no quiero estar aqui\b",
         r"\b(?:ya )?no quiero (?:seguir|continuar) viviendo\b" + _WHERE_ES, negatable=False),
    _where_to_live("es", r"\b(?:ya )?no quiero (?:seguir |continuar )?(?:vivir|viviendo) (?:mas )?(?:aqui |alli )?" + _WHERE_ES_WORDS),
    rule("suicide.passive.es_wish_dead", L.MODERATE, C.SUICIDE, S.PASSIVE, "Spanish: wish to be dead / better off without me",
         r"\bojala (?:no despertar|no despierte|estuviera muert[oa]|me muriera)\b", r"\bestarian mejor sin mi\b",
         r"\bdesaparecer para siempre\b", r"\bno (?:tengo|hay) (?:razon|razones|motivos?) para vivir\b", negatable=False),
    rule("suicide.other.es_jump", L.HIGH, C.SUICIDE, S.INTENT, "Spanish: someone else says they will jump",
         r"\b(?:que )?se (?:va|iba) a (?:tirar|lanzar|aventar) (?:de|del|desde|por) (?:un |una |el |la |lo )?(?:alto del? |la azotea del? )?(?:puente|edificio|balcon|ventana|azotea|acantilado|techo|tren|metro|vias)\b",
         r"\b(?:que )?(?:se quiere|quiere) (?:tirar|lanzar)(?:se)? (?:de|del|desde|por) (?:un |una |el |la )?(?:puente|edificio|balcon|ventana|azotea|acantilado|techo)\b",
         subject=SubjectMode.OTHER),
    rule("suicide.preparatory.es_goodbye", L.HIGH, C.SUICIDE, S.PREPARATORY, "Spanish: goodbye letter, giving things away",
         r"\b(?:carta|cartas|nota) de despedida\b", r"\bregalando (?:todas )?mis cosas\b",
         # "he estado guardando pastillas para cuando me decida": a stockpile
         r"\b(?:guardando|juntando|acumulando|ahorrando|escondiendo) (?:mis |las |unas |todas (?:mis|las) )?(?:\w+ )?(?:" + _DRUGS_ES + r")\b"
         r"(?! (?:para|por) (?:el|la|mi|un|una) (?:viaje|vacaciones|farmacia|botiquin))", subject=SELF),
    rule("self_harm.behaviour.es", L.HIGH, C.SELF_HARM, S.BEHAVIOUR, "Spanish: self-harm",
         r"\bme (?:corto|corte|he cortado|quemo|lastimo|hago dano)\b(?! (?:con (?:un |una |el |la )?(?:papel|hoja de papel)|sin querer|por accidente|cocinando|pelando|afeitandome|"
         r"(?:yo mism[oa] )?(?:el (?:pelo|cabello|flequillo|dedo)|las (?:unas|puntas)|la (?:barba|flequillo)|o (?:cabelo|dedo)|a (?:franja|barba)|as unhas)|"
         r"(?:\w+ )?(?:siempre|sempre|cada vez|toda vez) (?:que|cuando|quando) (?:uso|cocino|cozinho|corto|pelo|descasco)))",
         r"(?<!sin )\b(?:cortarme|lastimarme|hacerme dano)\b(?! (?:con (?:el|un|la|una) (?:cuchillo|papel|abrelatas|rallador|mandolina) (?:al|cocinando|pelando)|cocinando|sin querer))", subject=SELF),
    rule("medical_emergency.attempt.es_overdose", L.IMMINENT, C.MEDICAL_EMERGENCY, S.ATTEMPT, "Spanish: overdose taken",
         r"\b(?:me )?(?:tome|he tomado|trague|me trague) (?:\d{2,3}|todas (?:las|mis)|un (?:frasco|bote|blister|monton) de|muchas) (?:\w+ )?(?:" + _DRUGS_ES + r")\b" + _AS_PRESCRIBED_ES,
         # a whole container of a named medicine: "me tomé toda la caja de ibuprofeno"
         r"\b(?:(?:me )?(?:tome|trague)|(?:me )?he (?:tomado|tragado)|acabo de (?:tomar|tragar)(?:me)?) (?:toda la (?:caja|tira|cajita)|todo el (?:frasco|bote|blister|paquete)|"
         r"(?:una|la) caja entera|(?:un|el) (?:frasco|bote|blister) entero|todos (?:los|mis)|todas (?:las|mis)) (?:de )?(?:mis |los |las )?(?:\w+ )?(?:" + _DRUGS_ES + r")\b" + _AS_PRESCRIBED_ES,
         r"\b(?:tome|me tome) una sobredosis\b", negatable=False, subject=SELF),
    rule("abuse.behaviour.es", L.HIGH, C.ABUSE, S.BEHAVIOUR, "Spanish: discloses abuse",
         r"\b(?:mi|el|ella) (?:\w+ )?(?:padrastro|papa|padre|tio|novio|esposo|pareja|madre|mama|madrastra)? ?(?:me pega|me golpea|me toca|me viola|me manosea|abusa de mi)\b",
         subject=SubjectMode.FIXED),
)

FRENCH: tuple[Rule, ...] = (
    rule("suicide.active.fr_want_die", L.HIGH, C.SUICIDE, S.ACTIVE, "French: wants to die or to kill themself",
         r"\bje (?:ne )?veux (?:pas )?mourir\b", r"\benvie de mourir\b", r"\b(?:me )?suicider\b", r"\b(?:je veux|jai envie de|je pense a) me tuer\b",
         r"\bme foutre en lair\b", r"\bmettre fin a (?:mes jours|ma vie)\b", r"\b(?:idees|pensees) (?:suicidaires|noires)\b",
         r"\b(?:je veux|je vais|envie d) en finir\b(?! avec (?:ce|cette|ces|le|les|mon|ma|mes) (?!vie))"),
    rule("suicide.intent.fr_kill_self", L.HIGH, C.SUICIDE, S.INTENT, "French: states an intention to kill themself",
         r"\bje vais me (?:tuer|suicider)\b", subject=SELF),
    rule("suicide.intent.fr_method", L.IMMINENT, C.SUICIDE, S.INTENT, "French: intends a method",
         r"\bje vais (?:sauter|me jeter|me pendre|avaler tous? (?:mes|les))\b", subject=SELF),
    # someone else says they will jump ("ma soeur dit qu'elle va sauter du pont"): whose words decides the subject
    rule("suicide.other.fr_jump", L.HIGH, C.SUICIDE, S.INTENT, "French: someone else says they will jump",
         r"\b(?:il|elle|quil|quelle) (?:va|veut|allait|voulait) (?:\w+ ){0,2}?(?:sauter|se jeter) (?:du|de la|dun|d un|dune|d une|par la|sous (?:le|un)) "
         r"(?:haut (?:du|de la) )?(?:pont|toit|immeuble|fenetre|balcon|falaise|viaduc|train|metro)\b", subject=SubjectMode.OTHER),
    rule("suicide.attempt.fr_on_tracks", L.IMMINENT, C.SUICIDE, S.ATTEMPT, "French: on the railway tracks now",
         # "je suis sur les rails" alone is also "I'm on track": a posture is needed there
         r"\bje suis (?:assise?|allongee?|couchee?|debout) (?:sur|entre) les rails\b", r"\bje suis (?:assise? |allongee? |couchee? |debout )?sur la voie ferree\b",
         subject=SELF),
    rule("suicide.active.fr_not_live", L.HIGH, C.SUICIDE, S.ACTIVE, "French: does not want to live",
         r"\bje ne veux plus vivre\b" + _WHERE_FR, r"\bje nai plus envie de vivre\b" + _WHERE_FR,
         r"\b(?:envie|besoin) d ?en finir\b" + _FINISH_A_TASK_FR, r"\b(?:je vais|je veux) en finir\b" + _FINISH_A_TASK_FR, r"\ben finir avec (?:la vie|ma vie|tout)\b", negatable=False),
    _where_to_live("fr", r"\bje (?:ne veux plus|nai plus envie de) (?:vivre|habiter) (?:ici )?" + _WHERE_FR_WORDS),
    rule("suicide.passive.fr_wish_dead", L.MODERATE, C.SUICIDE, S.PASSIVE, "French: tired of living, better off without me",
         r"\bmarre de (?:la vie|vivre)\b(?! (?:ici|avec|chez|dans|a|en)\b)", r"\b(?:seraient|serait) mieux sans moi\b", r"\bne (?:plus|jamais) me reveiller\b",
         negatable=False),
    rule("suicide.preparatory.fr_goodbye", L.HIGH, C.SUICIDE, S.PREPARATORY, "French: goodbye letter",
         r"\blettres? dadieu\b", r"\bjai donne toutes mes affaires\b", subject=SELF),
    rule("self_harm.behaviour.fr", L.HIGH, C.SELF_HARM, S.BEHAVIOUR, "French: self-harm",
         # "je me coupe"/"je me brûle" by accident (cooking, ironing, shaving) is not self-harm
         r"\bje me (?:scarifie|coupe|brule|mutile)\b(?![^.!?\n]{0,40}\b(?:en (?:cuisinant|repassant|me rasant|bricolant)|avec (?:le|la|un|une) (?:fer|four|casserole|poele|couteau de cuisine|rasoir)|"
         r"par accident|accidentellement|sans (?:faire expres|le vouloir)|maladroite?|au (?:four|soleil)|le doigt|les doigts|"
         # one's own hair, fringe or nails ("je me coupe les cheveux moi-même")
         r"(?:moi ?meme )?(?:les cheveux|la frange|les ongles|la barbe|les pointes))\b)",
         r"\bme (?:scarifier|faire du mal|couper les veines)\b",
         # "me couper c'est la seule chose qui m'apaise"
         r"\bme (?:couper|bruler)\b(?=[^.!?\n]{0,12}\b(?:c ?est|est) (?:la seule|le seul|ce qui)\b)", r"\bme (?:couper|scarifier|bruler) (?:me )?(?:soulage|apaise|calme|aide)\b",
         subject=SELF),
    rule("medical_emergency.attempt.fr_overdose", L.IMMINENT, C.MEDICAL_EMERGENCY, S.ATTEMPT, "French: overdose taken",
         r"\bjai (?:pris|avale) (?:\d{2,3}|toute (?:la|une) (?:boite|plaquette)(?: de)?|tous mes|toutes mes|beaucoup de|trop de) (?:\w+ )?(?:" + _DRUGS_FR + r")\b" + _AS_PRESCRIBED_FR,
         r"\b(?:jai (?:pris|avale)|je viens d ?(?:prendre|avaler)) (?:toute (?:la|une|ma) (?:boite|plaquette)|tout le (?:flacon|tube)|(?:la|une) boite entiere|tous mes|toutes mes) "
         r"(?:de |d )?(?:\w+ )?(?:" + _DRUGS_FR + r")\b" + _AS_PRESCRIBED_FR,
         r"\bjai fait une (?:surdose|overdose)\b", negatable=False, subject=SELF),
    rule("abuse.behaviour.fr", L.HIGH, C.ABUSE, S.BEHAVIOUR, "French: discloses abuse",
         r"\b(?:il|elle|mon (?:beau-?pere|pere|oncle|copain|mari)|ma (?:mere|belle-mere)) me (?:frappe|bat|touche|viole|tape)\b" + _A_GAME,
         subject=SubjectMode.FIXED),
)

GERMAN: tuple[Rule, ...] = (
    rule("suicide.active.de_want_die", L.HIGH, C.SUICIDE, S.ACTIVE, "German: wants to die or to kill themself",
         r"\bich (?:will|mochte|moechte|mochte|wurde gern|wuerde gern) (?:\w+ ){0,2}?sterben\b",
         r"\b(?:ich (?:\w+ ){0,3}?|will |werde |mochte |moechte )mich (?:\w+ ){0,2}?(?:umbringen|toten|toeten|erhangen|aufhangen)\b",
         r"\bmir das leben (?:zu )?nehmen\b", r"\b(?:selbstmord|suizid)gedanken\b", r"\bsuizidal\b",
         r"\b(?:selbstmord|suizid) (?:begehen|machen)\b"),
    rule("suicide.active.de_not_live", L.HIGH, C.SUICIDE, S.ACTIVE, "German: does not want to live any more",
         r"\b(?:will|mochte|moechte|kann) nicht mehr leben\b", r"\bkeine lust mehr zu leben\b", negatable=False),
    _where_to_live("de", r"\b(?:will|mochte|moechte|kann) (?:\w+ )?nicht mehr (?:hier |dort |da )?(?:in|bei|mit|neben|an) (?:\w+ ){1,3}?(?:leben|wohnen)\b"
                    # the subordinate clause, verb last: "dass sie nicht mehr in der WG leben will"
                    r"|\bnicht mehr (?:hier |dort |da )?(?:in|bei|mit|neben|an) (?:\w+ ){1,3}?(?:leben|wohnen) (?:will|mochte|moechte|kann|mag)\b"),
    rule("suicide.passive.de_wish_dead", L.MODERATE, C.SUICIDE, S.PASSIVE, "German: wish to be dead, better off without me",
         r"\bwunschte?,? ich (?:ware|waere) tot\b", r"\bbesser (?:dran )?ohne mich\b", r"\bnicht mehr aufwachen\b",
         r"\bkeinen sinn mehr\b", negatable=False),
    rule("suicide.other.de_jump", L.HIGH, C.SUICIDE, S.INTENT, "German: someone else says they will jump",
         r"\b(?:er|sie|dass er|dass sie) (?:will|wollte|wird|geht|mochte) (?:\w+ ){0,4}?(?:(?:von|vom) (?:der |dem |einer |einem )?(?:\w+ )?"
         r"(?:brucke|bruecke|dach|hochhaus|klippe|balkon|parkhaus|fenster) springen|vor (?:den|einen) zug (?:springen|werfen))\b",
         r"\b(?:mein|meine) (?:bruder|schwester|freund|freundin|sohn|tochter|vater|mutter|mann|frau|kumpel) (?:will|wollte|wird|geht|mochte) (?:\w+ ){0,4}?"
         r"(?:(?:von|vom) (?:der |dem |einer |einem )?(?:\w+ )?(?:brucke|bruecke|dach|hochhaus|klippe|balkon|parkhaus|fenster) springen|"
         r"vor (?:den|einen) zug (?:springen|werfen))\b", subject=SubjectMode.OTHER),
    rule("suicide.intent.de_method", L.IMMINENT, C.SUICIDE, S.INTENT, "German: intends a method",
         r"\bich werde (?:springen|mich erhangen|alle tabletten nehmen)\b",
         # "Nach der Arbeit werde ich von der Brücke springen", "werde ich alle meine Tabletten nehmen"
         r"\b(?:ich werde|werde ich|ich will|will ich|ich gehe|gehe ich) (?:\w+ ){0,5}?(?:(?:von|vom) (?:der |dem |einer |einem )?(?:\w+ )?"
         r"(?:brucke|bruecke|dach|hochhaus|klippe|balkon|parkhaus|fenster) springen|vor (?:den|einen) zug (?:springen|werfen|legen)|"
         r"alle (?:meine )?(?:\w+ )?(?:" + _DRUGS_DE + r") (?:nehmen|schlucken))\b",
         # "Ich stehe auf der Brücke und springe gleich": a height, then jumping now (not "springe gleich unter die Dusche")
         r"\b(?:brucke|bruecke|dach|hochhaus|klippe|balkon|parkhaus|gelander|gelaender)\b[^.!?\n]{0,40}\bspringe (?:ich )?(?:gleich|jetzt|sofort)\b", subject=SELF),
    rule("suicide.attempt.de_on_tracks", L.IMMINENT, C.SUICIDE, S.ATTEMPT, "German: on the railway tracks now",
         r"\bich (?:steh|stehe|sitz|sitze|lieg|liege|bin) (?:\w+ ){0,2}?(?:auf den (?:gleisen|schienen)|im gleisbett)\b", subject=SELF),
    rule("suicide.preparatory.de_goodbye", L.HIGH, C.SUICIDE, S.PREPARATORY, "German: goodbye letter",
         r"\babschiedsbrief\w*\b", subject=SELF),
    # "ich habe seit Wochen Tabletten gehortet"; not a travel kit ("für die Reiseapotheke gesammelt")
    rule("suicide.preparatory.de_stockpile", L.HIGH, C.SUICIDE, S.PREPARATORY, "German: stockpiling medication",
         r"\b(?:" + _DRUGS_DE + r") (?:\w+ ){0,2}?(?:gehortet|gesammelt|gebunkert|aufgespart|zur seite gelegt|beiseite ?gelegt|versteckt)\b"
         r"(?! (?:fur|fuer) (?:die|den|meine|unsere|das) (?:reise|urlaub|reiseapotheke|hausapotheke))",
         r"\b(?:ich )?(?:horte|sammle|bunkere) (?:\w+ ){0,3}?(?:" + _DRUGS_DE + r")\b(?! (?:fur|fuer) (?:die|den|meine|unsere|das) (?:reise|urlaub|reiseapotheke|hausapotheke))",
         subject=SELF),
    # "keiner würde mich vermissen, wenn ich weg wäre"; not leaving a party early
    rule("suicide.passive.de_missed", L.MODERATE, C.SUICIDE, S.PASSIVE, "German: nobody would miss them",
         r"\b(?:keiner|niemand|keine sau) (?:wurde|wuerde|wird) mich (?:\w+ )?vermissen\b(?![^.!?\n]{0,12}\bwenn ich (?:\w+ ){0,3}?(?:party|feier|treffen|kurs|training|fruher|frueher|"
         r"abend|essen|konzert|urlaub|umziehe|wegziehe)\b)", negatable=False, subject=SELF),
    rule("self_harm.behaviour.de", L.HIGH, C.SELF_HARM, S.BEHAVIOUR, "German: self-harm",
         r"\bich ritze mich\b", r"\bmich (?:ritzen|verletzen|selbst verletzen)\b", r"\britze mich\b", r"\bgeritzt\b",
         # "das Ritzen ist das Einzige, was mir noch hilft"; not engraving ("das Ritzen in Glas")
         r"\bdas ritzen\b(?! (?:von|in|auf|der|des|im) (?:glas|holz|stein|metall|leder|ton|kupfer))",
         # "Ich schneide mich jeden Abend mit einer Rasierklinge"; not "beim Kochen geschnitten"
         r"\b(?:ich )?(?:schneide|verletze|verbrenne) mich\b(?![^.!?\n]{0,30}\b(?:beim (?:kochen|rasieren|schnitzen|basteln)|aus versehen|am papier|versehentlich)\b)",
         r"\b(?:ich )?schneide mir (?:in )?(?:die |den |meine |meinen )?(?:arme?|handgelenke?|beine?|oberschenkel|haut)\b",
         subject=SELF),
    # "Ich habe mir einen Strick gekauft und weiß auch schon wo": a noose, or a rope with the place
    rule("suicide.preparatory.de_rope", L.HIGH, C.SUICIDE, S.PREPARATORY, "German: has got a noose or a rope for it",
         r"\b(?:ich )?(?:habe|hab) (?:mir )?(?:einen |den |ein )?strick (?:gekauft|besorgt|geknupft|geknotet|gemacht|vorbereitet)\b",
         r"\b(?:ich )?(?:habe|hab) (?:mir )?(?:ein |das )?seil (?:gekauft|besorgt|geknupft|geknotet)\b(?=[^\n]{0,60}\b(?:weiss (?:auch )?(?:schon )?wo|baum|balken|haken|dachboden|nicht mehr|ende|schluss)\b)",
         subject=SELF),
    rule("medical_emergency.attempt.de_overdose", L.IMMINENT, C.MEDICAL_EMERGENCY, S.ATTEMPT, "German: overdose taken",
         r"\b(?:\d{2,3}|alle|eine ganze packung|zu viele|viele) (?:\w+ )?(?:" + _DRUGS_DE + r") (?:\w+ ){0,2}?(?:genommen|geschluckt)\b" + _AS_PRESCRIBED_DE,
         # "eine ganze Packung Ibuprofen geschluckt", "alle meine Schlaftabletten genommen"
         r"\b(?:ich hab(?:e)?|hab(?:e)? ich|hab) (?:\w+ ){0,3}?(?:eine ganze (?:packung|schachtel|dose|flasche)|die ganze (?:packung|schachtel|dose|flasche)|alle(?: meine)?) "
         r"(?:\w+ )?(?:" + _DRUGS_DE + r") (?:\w+ ){0,2}?(?:genommen|geschluckt|eingenommen|eingeworfen)\b" + _AS_PRESCRIBED_DE,
         r"\b(?:eine )?uberdosis genommen\b", negatable=False, subject=SELF),
    rule("abuse.behaviour.de", L.HIGH, C.ABUSE, S.BEHAVIOUR, "German: discloses abuse",
         r"\b(?:er|sie|mein (?:stiefvater|vater|onkel|freund|mann)|meine (?:mutter|stiefmutter)) (?:schlagt|schlaegt|beruhrt|missbraucht|vergewaltigt|verprugelt) mich\b" + _A_GAME,
         subject=SubjectMode.FIXED),
)

PORTUGUESE: tuple[Rule, ...] = (
    rule("suicide.active.pt_want_die", L.HIGH, C.SUICIDE, S.ACTIVE, "Portuguese: wants to die or to kill themself",
         r"\bquero morrer\b", r"\b(?:quero|penso em|pensando em|vontade de|ideia de) (?:me matar|me suicidar|suicidar me|morrer)\b",
         r"\bme suicidar\b", r"\btirar (?:a )?minha (?:propria )?vida\b", r"\bacabar com (?:a )?minha vida\b",
         r"\bpensamentos suicidas\b"),
    rule("suicide.intent.pt_kill_self", L.HIGH, C.SUICIDE, S.INTENT, "Portuguese: states an intention to kill themself",
         r"\bvou me (?:matar|suicidar)\b", subject=SELF),
    rule("suicide.intent.pt_method", L.IMMINENT, C.SUICIDE, S.INTENT, "Portuguese: intends a method",
         r"\bvou (?:pular|me jogar|me enforcar|tomar todos os (?:remedios|comprimidos))\b", subject=SELF),
    rule("suicide.other.pt_jump", L.HIGH, C.SUICIDE, S.INTENT, "Portuguese: someone else says they will jump",
         r"\b(?:ele|ela|que) (?:vai|quer|ia|queria) (?:\w+ ){0,2}?(?:pular|se jogar|saltar) (?:do|da|de (?:um|uma)|de cima d[oa]|pela) "
         r"(?:\w+ )?(?:ponte|predio|janela|sacada|varanda|telhado|penhasco|viaduto|trem)\b", subject=SubjectMode.OTHER),
    rule("suicide.attempt.pt_on_tracks", L.IMMINENT, C.SUICIDE, S.ATTEMPT, "Portuguese: on the railway tracks now",
         r"\bestou (?:deitad[oa] |sentad[oa] |parad[oa] |em pe )?(?:na linha do trem|nos trilhos|na linha ferrea)\b", subject=SELF),
    rule("suicide.active.pt_not_live", L.HIGH, C.SUICIDE, S.ACTIVE, "Portuguese: does not want to live",
         r"\bnao quero mais viver\b" + _WHERE_PT, r"\bnao aguento mais viver\b" + _WHERE_PT, r"\bnao quero (?:mais )?estar viva?\b", negatable=False),
    _where_to_live("pt", r"\bnao (?:quero|aguento) mais (?:viver|morar) (?:aqui )?" + _WHERE_PT_WORDS),
    rule("suicide.passive.pt_wish_dead", L.MODERATE, C.SUICIDE, S.PASSIVE, "Portuguese: better off without me, disappear forever",
         r"\bestariam melhor sem mim\b", r"\bqueria nao acordar\b", r"\bsumir para sempre\b", negatable=False),
    rule("suicide.preparatory.pt_goodbye", L.HIGH, C.SUICIDE, S.PREPARATORY, "Portuguese: goodbye letter",
         r"\bcartas? de despedida\b", subject=SELF),
    rule("self_harm.behaviour.pt", L.HIGH, C.SELF_HARM, S.BEHAVIOUR, "Portuguese: self-harm",
         r"(?<!sem )\b(?:me (?:corto|cortei|machuco|machuquei)|me cortar|me machucar|me ferir)\b(?! (?:com (?:o |a |um |uma )?(?:papel|folha|faca (?:cozinhando|de cozinha))|sem querer|por acidente|cozinhando|descascando|fazendo a barba|"
         r"(?:eu mesm[oa] |yo mism[oa] )?(?:o (?:cabelo|dedo)|a (?:franja|barba)|as unhas|el (?:pelo|cabello|flequillo|dedo)|las (?:unas|puntas)|la barba)|"
         r"(?:\w+ )?(?:sempre|siempre|toda vez|cada vez) (?:que|quando|cuando) (?:uso|cozinho|cocino|corto|descasco|pelo)))", subject=SELF),
    rule("medical_emergency.attempt.pt_overdose", L.IMMINENT, C.MEDICAL_EMERGENCY, S.ATTEMPT, "Portuguese: overdose taken",
         r"\b(?:tomei|engoli) (?:\d{2,3}|todos os|todas as|uma cartela(?: de)?|muitos|muitas|uma caixa(?: de)?) (?:\w+ )?(?:" + _DRUGS_PT + r")\b" + _AS_PRESCRIBED_PT,
         r"\b(?:tomei|engoli) (?:a caixa (?:toda|inteira)|a cartela (?:toda|inteira)|o frasco (?:todo|inteiro)|uma caixa inteira|uma cartela inteira|"
         r"todos os meus|todas as minhas) (?:de )?(?:\w+ )?(?:" + _DRUGS_PT + r")\b" + _AS_PRESCRIBED_PT,
         r"\btomei uma overdose\b",
         # "tomei comprimidos a mais e estou a ficar tonta"
         r"\b(?:tomei|engoli) (?:\w+ )?(?:" + _DRUGS_PT + r") (?:a mais|demais|de mais|em excesso)\b" + _AS_PRESCRIBED_PT, negatable=False, subject=SELF),
    # on a window ledge with the floor said: "estou no parapeito da janela do sétimo andar"; not watering the plants
    rule("suicide.attempt.pt_es_ledge", L.IMMINENT, C.SUICIDE, S.ATTEMPT, "Portuguese or Spanish: on a ledge high up",
         r"\b(?:estou|estoy) (?:sentad[oa] |em pe |de pe |de pie |parad[oa] )?(?:no|na|en el|en la) (?:parapeito|beiral|borda|peitoril|alfeizar|cornisa|pretil) "
         r"(?:da|de|do|del|de la) (?:janela|varanda|predio|telhado|terraco|ventana|balcon|edificio|azotea)\b"
         r"(?=[^\n]{0,30}\b(?:\d+o?|primeiro|segundo|terceiro|quarto|quinto|sexto|setimo|oitavo|nono|decimo|ultimo|primer|tercer|cuarto|"
         r"septimo|octavo|noveno) (?:andar|piso)\b)(?![^\n]*\b(?:regar|limpar|limpiar|plantas|gato|fumar|fumando|foto|fotos|pintar|consertar|arreglar)\b)",
         negatable=False, subject=SELF),
    rule("abuse.behaviour.pt", L.HIGH, C.ABUSE, S.BEHAVIOUR, "Portuguese: discloses abuse",
         r"\b(?:ele|ela|meu (?:padrasto|pai|tio|namorado|marido)|minha (?:mae|madrasta)) (?:me bate|me toca|abusa de mim|me estupr\w+)\b" + _A_GAME,
         subject=SubjectMode.FIXED),
)

def _an_accident(lang: str, words: str) -> Rule:
    """A cut or a burn said to come from cooking, shaving or a slip: first aid, not self-harm. The words are set
    aside, so the classifier alone does not raise them ("je me suis coupé en cuisinant" read 0.86 to it)."""
    return rule(f"self_harm.everyday.{lang}_accident", L.NONE, C.SELF_HARM, S.MENTION, "a cut or burn by accident",
                (PLAIN_MESSAGE_DE if lang == "de" else PLAIN_MESSAGE) + words, negatable=False,
                aside="an accident (cooking, shaving, a slip): first aid, not self-harm")


ACCIDENTS: tuple[Rule, ...] = (
    _an_accident("es", r"\bme (?:corte|queme|he cortado|he quemado|corto|quemo) (?:\w+ ){0,4}?(?:cocinando|cortando|pelando|"
                       r"(?:que|cuando) (?:pelo|cocino|corto|uso el cuchillo)|"
                       r"afeitandome|planchando|con (?:el|un|una|la|mi) (?:cuchillo|horno|sarten|plancha|cuchilla|vidrio|lata)|"
                       r"sin querer|por accidente)\b"),
    _an_accident("fr", r"\b(?:je me suis|me suis|je me) (?:coupee?|brulee?|coupe|brule) (?:\w+ ){0,4}?(?:en (?:cuisinant|coupant|"
                       r"epluchant|repassant|me rasant|bricolant|jardinant)|avec (?:le|un|une|la|mon|ma) (?:couteau|rasoir|fer|"
                       r"four|casserole|poele|verre|boite de conserve)|par accident|accidentellement|sans faire expres)\b"),
    _an_accident("de", r"\b(?:ich habe mich|hab mich|habe mich) (?:\w+ ){0,4}?(?:beim (?:kochen|schneiden|schalen|schaelen|"
                       r"rasieren|basteln|bugeln|buegeln)|mit dem (?:kuchenmesser|kuechenmesser|messer|bugeleisen|buegeleisen)|"
                       r"aus versehen|versehentlich) (?:\w+ ){0,3}?(?:geschnitten|verbrannt)\b"),
    _an_accident("pt", r"\b(?:eu )?me (?:cortei|queimei|corto|queimo) (?:\w+ ){0,4}?(?:cozinhando|cortando|descascando|"
                       r"(?:que|quando) (?:descasco|cozinho|corto|uso a faca)|"
                       r"fazendo a barba|passando roupa|com (?:a|o|uma|um) (?:faca|forno|ferro|panela|lamina|vidro|lata)|"
                       r"sem querer|por acidente)\b"),
)

AS_PRESCRIBED: tuple[Rule, ...] = (
    _as_prescribed("es", _DRUGS_ES, _TAKEN_AS_PRESCRIBED_ES), _as_prescribed("fr", _DRUGS_FR, _TAKEN_AS_PRESCRIBED_FR),
    _as_prescribed("de", _DRUGS_DE, _TAKEN_AS_PRESCRIBED_DE), _as_prescribed("pt", _DRUGS_PT, _TAKEN_AS_PRESCRIBED_PT),
)

INTERNATIONAL_RULES: tuple[Rule, ...] = SPANISH + FRENCH + GERMAN + PORTUGUESE + AS_PRESCRIBED + ACCIDENTS
