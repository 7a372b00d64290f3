"""The vetted table of crisis contact points, by country, each with its source.

Haven never invents a phone number. Crisis replies list only entries from this
table (plus the deployer's own ``SafetySettings.extra_resources``), and the reply
guard replaces any generated reply that names a number or a link not found here.

Each entry records the page where the service documents itself. The numbers were
chosen because they are long-standing national services (988 in the US and Canada,
Samaritans 116 123 in the UK and Ireland, Lifeline 13 11 14 in Australia, ...);
re-check the sources before a release. Countries not in the table get the
international directories (Find A Helpline, IASP, Befrienders Worldwide).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

from haven.errors import ConfigError
from haven.safety.levels import RiskCategory

if TYPE_CHECKING:
    from haven.safety.settings import SafetySettings

INTERNATIONAL = "INTL"
_COUNTRY_RE = re.compile(r"^(?:[A-Z]{2}|INTL)$")


class ResourceKind(str, Enum):
    """How a contact point is reached."""

    PHONE = "phone"
    TEXT = "text"
    WEB = "web"  # chat or directory at a URL
    EMERGENCY = "emergency"  # the country's emergency number


@dataclass(frozen=True)
class CrisisResource:
    """One vetted contact point.

    Attributes:
        country: ISO 3166 alpha-2 code (``GB``, not ``UK``), or ``INTL`` for directories.
        name: the service's own name.
        contact: the number, short code or URL exactly as a person would dial or open it.
        kind: phone, text, web or emergency.
        hours: when it answers, e.g. ``24/7``.
        source: the page where the service documents this contact.
        how: how to use it, in one phrase (``text HOME to 741741``); derived when empty.
        topics: categories it specialises in; empty means a general crisis line.
    """

    country: str
    name: str
    contact: str
    kind: ResourceKind
    hours: str
    source: str
    how: str = ""
    topics: tuple[RiskCategory, ...] = ()

    def __post_init__(self) -> None:
        if not _COUNTRY_RE.match(self.country):
            raise ConfigError(
                f"CrisisResource.country is {self.country!r}; expected an ISO 3166 alpha-2 code "
                "in capitals such as 'US' or 'GB', or 'INTL'"
            )
        if not self.name.strip() or not self.contact.strip():
            raise ConfigError(f"CrisisResource for {self.country} needs a name and a contact; got {self.name!r}, {self.contact!r}")
        if not isinstance(self.kind, ResourceKind):
            raise ConfigError(f"CrisisResource.kind is {self.kind!r}; use one of {[k.value for k in ResourceKind]}")
        if not self.source.startswith(("https://", "http://")):
            raise ConfigError(
                f"CrisisResource {self.name!r} has source {self.source!r}; every entry needs the URL "
                "of the page where the service documents this contact"
            )

    @property
    def instruction(self) -> str:
        """How to reach it, e.g. ``call 116 123`` or ``chat at https://988lifeline.org``."""
        if self.how:
            return self.how
        if self.kind is ResourceKind.WEB:
            return f"visit {self.contact}"
        if self.kind is ResourceKind.TEXT:
            return f"text {self.contact}"
        return f"call {self.contact}"

    def display(self) -> str:
        """One line for a crisis reply: name, how to reach it, hours."""
        return f"{self.name}: {self.instruction} ({self.hours})"


_G, _SH, _AB, _ED, _MED, _HO = (
    (),
    (RiskCategory.SELF_HARM,),
    (RiskCategory.ABUSE,),
    (RiskCategory.EATING_DISORDER,),
    (RiskCategory.MEDICAL_EMERGENCY,),
    (RiskCategory.HARM_TO_OTHERS,),
)
_P, _T, _W, _E = ResourceKind.PHONE, ResourceKind.TEXT, ResourceKind.WEB, ResourceKind.EMERGENCY
_ALL_DAY = "24/7"


def _r(country: str, name: str, contact: str, kind: ResourceKind, hours: str, source: str, how: str = "", topics: tuple = _G) -> CrisisResource:
    return CrisisResource(country, name, contact, kind, hours, source, how, tuple(topics))


# Order matters: general crisis lines first, then specialised ones, then emergency.
RESOURCES: tuple[CrisisResource, ...] = (
    # United States
    _r("US", "988 Suicide & Crisis Lifeline", "988", _P, _ALL_DAY, "https://988lifeline.org/", "call or text 988"),
    _r("US", "988 Lifeline chat", "https://988lifeline.org/chat", _W, _ALL_DAY, "https://988lifeline.org/chat/", "chat at https://988lifeline.org/chat"),
    _r("US", "Crisis Text Line", "741741", _T, _ALL_DAY, "https://www.crisistextline.org/", "text HOME to 741741"),
    _r("US", "988 Lifeline (former number, still routed)", "1-800-273-8255", _P, _ALL_DAY, "https://988lifeline.org/current-events/the-lifeline-and-988/", "call 1-800-273-8255"),
    _r("US", "Childhelp National Child Abuse Hotline", "1-800-422-4453", _P, _ALL_DAY, "https://www.childhelphotline.org/", topics=_AB),
    _r("US", "National Domestic Violence Hotline", "1-800-799-7233", _P, _ALL_DAY, "https://www.thehotline.org/", topics=_AB),
    _r("US", "RAINN National Sexual Assault Hotline", "1-800-656-4673", _P, _ALL_DAY, "https://www.rainn.org/", topics=_AB),
    _r("US", "The Trevor Project (LGBTQ+ young people)", "1-866-488-7386", _P, _ALL_DAY, "https://www.thetrevorproject.org/get-help/"),
    _r("US", "Poison Help line", "1-800-222-1222", _P, _ALL_DAY, "https://www.poison.org/", topics=_MED),
    _r("US", "Emergency services", "911", _E, _ALL_DAY, "https://www.911.gov/"),
    # United Kingdom
    _r("GB", "Samaritans", "116 123", _P, _ALL_DAY, "https://www.samaritans.org/how-we-can-help/contact-samaritan/", "call 116 123 (free)"),
    _r("GB", "Samaritans email", "jo@samaritans.org", _W, "replies within days", "https://www.samaritans.org/how-we-can-help/contact-samaritan/", "email jo@samaritans.org"),
    _r("GB", "Shout", "85258", _T, _ALL_DAY, "https://giveusashout.org/", "text SHOUT to 85258"),
    _r("GB", "PAPYRUS HOPELINE247 (under 35s)", "0800 068 4141", _P, _ALL_DAY, "https://www.papyrus-uk.org/hopeline247/"),
    _r("GB", "Childline (under 19s)", "0800 1111", _P, _ALL_DAY, "https://www.childline.org.uk/get-support/contacting-childline/", topics=_AB),
    _r("GB", "National Domestic Abuse Helpline", "0808 2000 247", _P, _ALL_DAY, "https://www.nationaldahelpline.org.uk/", topics=_AB),
    _r("GB", "Beat eating disorder helpline (England)", "0808 801 0677", _P, "see website for hours", "https://www.beateatingdisorders.org.uk/support-services/helplines/", topics=_ED),
    _r("GB", "NHS 111", "111", _P, _ALL_DAY, "https://111.nhs.uk/", "call 111 for urgent medical help", topics=_MED),
    _r("GB", "Emergency services", "999", _E, _ALL_DAY, "https://www.gov.uk/guidance/999-and-112-the-uks-national-emergency-numbers"),
    # Ireland
    _r("IE", "Samaritans Ireland", "116 123", _P, _ALL_DAY, "https://www.samaritans.org/ireland/how-we-can-help/contact-samaritan/", "call 116 123 (free)"),
    _r("IE", "Pieta", "1800 247 247", _P, _ALL_DAY, "https://www.pieta.ie/"),
    _r("IE", "Text About It (50808)", "50808", _T, _ALL_DAY, "https://text50808.ie/", "text HELLO to 50808"),
    _r("IE", "Childline (ISPCC)", "1800 66 66 66", _P, _ALL_DAY, "https://www.childline.ie/", topics=_AB),
    _r("IE", "Emergency services", "112", _E, _ALL_DAY, "https://www.gov.ie/en/publication/emergency-call-answering-service/", "call 112 or 999"),
    _r("IE", "Emergency services (999)", "999", _E, _ALL_DAY, "https://www.gov.ie/en/publication/emergency-call-answering-service/"),
    # Canada
    _r("CA", "9-8-8 Suicide Crisis Helpline", "988", _P, _ALL_DAY, "https://988.ca/", "call or text 988"),
    _r("CA", "Kids Help Phone", "1-800-668-6868", _P, _ALL_DAY, "https://kidshelpphone.ca/", "call 1-800-668-6868 or text CONNECT to 686868"),
    _r("CA", "Kids Help Phone (text)", "686868", _T, _ALL_DAY, "https://kidshelpphone.ca/", "text CONNECT to 686868"),
    _r("CA", "Emergency services", "911", _E, _ALL_DAY, "https://www.canada.ca/en/services/health/health-emergencies.html"),
    # Australia
    _r("AU", "Lifeline Australia", "13 11 14", _P, _ALL_DAY, "https://www.lifeline.org.au/"),
    _r("AU", "Lifeline Australia (text)", "0477 13 11 14", _T, _ALL_DAY, "https://www.lifeline.org.au/crisis-text/", "text 0477 13 11 14"),
    _r("AU", "Suicide Call Back Service", "1300 659 467", _P, _ALL_DAY, "https://www.suicidecallbackservice.org.au/"),
    _r("AU", "Beyond Blue", "1300 22 4636", _P, _ALL_DAY, "https://www.beyondblue.org.au/get-support"),
    _r("AU", "Kids Helpline (5 to 25)", "1800 55 1800", _P, _ALL_DAY, "https://kidshelpline.com.au/", topics=_AB),
    _r("AU", "1800RESPECT", "1800 737 732", _P, _ALL_DAY, "https://www.1800respect.org.au/", topics=_AB),
    _r("AU", "Butterfly National Helpline (eating disorders)", "1800 33 4673", _P, "8am to midnight AEST", "https://butterfly.org.au/get-support/helpline/", topics=_ED),
    _r("AU", "Emergency services", "000", _E, _ALL_DAY, "https://www.triplezero.gov.au/"),
    # New Zealand
    _r("NZ", "1737 Need to talk?", "1737", _P, _ALL_DAY, "https://1737.org.nz/", "call or text 1737"),
    _r("NZ", "Lifeline Aotearoa", "0800 543 354", _P, _ALL_DAY, "https://www.lifeline.org.nz/"),
    _r("NZ", "Suicide Crisis Helpline", "0508 828 865", _P, _ALL_DAY, "https://www.lifeline.org.nz/services/suicide-crisis-helpline/"),
    _r("NZ", "Youthline", "0800 376 633", _P, _ALL_DAY, "https://www.youthline.co.nz/"),
    _r("NZ", "Emergency services", "111", _E, _ALL_DAY, "https://www.police.govt.nz/contact-us/emergency-111"),
    # Spain
    _r("ES", "Línea 024 de atención a la conducta suicida", "024", _P, _ALL_DAY, "https://www.sanidad.gob.es/linea024/", "call 024"),
    _r("ES", "Teléfono de la Esperanza", "717 003 717", _P, _ALL_DAY, "https://telefonodelaesperanza.org/"),
    _r("ES", "Fundación ANAR (children and teenagers)", "900 20 20 10", _P, _ALL_DAY, "https://www.anar.org/", topics=_AB),
    _r("ES", "016 (gender-based violence)", "016", _P, _ALL_DAY, "https://violenciagenero.igualdad.gob.es/informacionUtil/recursos/telefono016/", topics=_AB),
    _r("ES", "Emergencias", "112", _E, _ALL_DAY, "https://www.112.es/"),
    # Mexico
    _r("MX", "Línea de la Vida", "800 911 2000", _P, _ALL_DAY, "https://www.gob.mx/salud/conadic/acciones-y-programas/centro-de-atencion-ciudadana-contra-las-adicciones-134381"),
    _r("MX", "Emergencias", "911", _E, _ALL_DAY, "https://www.gob.mx/911"),
    # Argentina
    _r("AR", "Centro de Asistencia al Suicida", "135", _P, _ALL_DAY, "https://www.asistenciaalsuicida.org.ar/", "call 135 (Buenos Aires, free) or (011) 5275-1135"),
    _r("AR", "Centro de Asistencia al Suicida (national)", "(011) 5275-1135", _P, _ALL_DAY, "https://www.asistenciaalsuicida.org.ar/"),
    _r("AR", "Línea 144 (gender-based violence)", "144", _P, _ALL_DAY, "https://www.argentina.gob.ar/generos/linea-144", topics=_AB),
    _r("AR", "Emergencias", "911", _E, _ALL_DAY, "https://www.argentina.gob.ar/seguridad/911"),
    # France
    _r("FR", "3114 Numéro national de prévention du suicide", "3114", _P, _ALL_DAY, "https://3114.fr/", "call 3114"),
    _r("FR", "SOS Amitié", "09 72 39 40 50", _P, _ALL_DAY, "https://www.sos-amitie.com/"),
    _r("FR", "Allô Enfance en Danger", "119", _P, _ALL_DAY, "https://www.allo119.gouv.fr/", topics=_AB),
    _r("FR", "Violences Femmes Info", "3919", _P, _ALL_DAY, "https://arretonslesviolences.gouv.fr/", topics=_AB),
    _r("FR", "Urgences (numéro européen)", "112", _E, _ALL_DAY, "https://www.interieur.gouv.fr/"),
    # Germany
    _r("DE", "TelefonSeelsorge", "0800 111 0 111", _P, _ALL_DAY, "https://www.telefonseelsorge.de/"),
    _r("DE", "TelefonSeelsorge", "0800 111 0 222", _P, _ALL_DAY, "https://www.telefonseelsorge.de/"),
    _r("DE", "TelefonSeelsorge", "116 123", _P, _ALL_DAY, "https://www.telefonseelsorge.de/"),
    _r("DE", "Nummer gegen Kummer (Kinder- und Jugendtelefon)", "116 111", _P, "Mon to Sat afternoons", "https://www.nummergegenkummer.de/", topics=_AB),
    _r("DE", "Hilfetelefon Gewalt gegen Frauen", "116 016", _P, _ALL_DAY, "https://www.hilfetelefon.de/", topics=_AB),
    _r("DE", "Notruf", "112", _E, _ALL_DAY, "https://www.112.de/"),
    # Austria
    _r("AT", "TelefonSeelsorge Österreich", "142", _P, _ALL_DAY, "https://www.telefonseelsorge.at/"),
    _r("AT", "Rat auf Draht (Kinder und Jugendliche)", "147", _P, _ALL_DAY, "https://www.rataufdraht.at/", topics=_AB),
    _r("AT", "Notruf", "112", _E, _ALL_DAY, "https://www.oesterreich.gv.at/themen/gesundheit_und_notfaelle/notrufnummern.html", "call 112 or 144 (ambulance)"),
    _r("AT", "Rettung (ambulance)", "144", _E, _ALL_DAY, "https://www.oesterreich.gv.at/themen/gesundheit_und_notfaelle/notrufnummern.html"),
    # Switzerland
    _r("CH", "Die Dargebotene Hand / La Main Tendue", "143", _P, _ALL_DAY, "https://www.143.ch/"),
    _r("CH", "Pro Juventute (children and young people)", "147", _P, _ALL_DAY, "https://www.147.ch/", topics=_AB),
    _r("CH", "Notruf", "112", _E, _ALL_DAY, "https://www.ch.ch/en/safety-and-justice/emergency-numbers/", "call 112 or 144 (ambulance)"),
    _r("CH", "Sanitätsnotruf (ambulance)", "144", _E, _ALL_DAY, "https://www.ch.ch/en/safety-and-justice/emergency-numbers/"),
    # Brazil
    _r("BR", "CVV — Centro de Valorização da Vida", "188", _P, _ALL_DAY, "https://cvv.org.br/", "call 188"),
    _r("BR", "Disque 100 (direitos humanos, abuso de crianças)", "100", _P, _ALL_DAY, "https://www.gov.br/mdh/pt-br/disque100", topics=_AB),
    _r("BR", "Central de Atendimento à Mulher", "180", _P, _ALL_DAY, "https://www.gov.br/mulheres/pt-br/ligue180", topics=_AB),
    _r("BR", "SAMU", "192", _E, _ALL_DAY, "https://www.gov.br/saude/pt-br/composicao/saes/samu-192"),
    # Portugal
    _r("PT", "SOS Voz Amiga", "213 544 545", _P, "see website for hours", "https://www.sosvozamiga.org/"),
    _r("PT", "SNS 24", "808 24 24 24", _P, _ALL_DAY, "https://www.sns24.gov.pt/", "call 808 24 24 24 (health line, psychological support)"),
    _r("PT", "SOS Criança", "116 111", _P, "see website for hours", "https://iacrianca.pt/", topics=_AB),
    _r("PT", "Emergência", "112", _E, _ALL_DAY, "https://www.112.pt/"),
    # India
    _r("IN", "Tele-MANAS", "14416", _P, _ALL_DAY, "https://telemanas.mohfw.gov.in/", "call 14416 or 1-800-891-4416"),
    _r("IN", "Tele-MANAS (toll-free)", "1-800-891-4416", _P, _ALL_DAY, "https://telemanas.mohfw.gov.in/"),
    _r("IN", "AASRA", "+91-9820466726", _P, _ALL_DAY, "http://www.aasra.info/helpline.html"),
    _r("IN", "Childline", "1098", _P, _ALL_DAY, "https://www.childlineindia.org/", topics=_AB),
    _r("IN", "Emergency", "112", _E, _ALL_DAY, "https://112.gov.in/"),
    # International fallback
    _r(INTERNATIONAL, "Find A Helpline (free, confidential lines worldwide)", "https://findahelpline.com", _W, "directory", "https://findahelpline.com/", "visit https://findahelpline.com"),
    _r(INTERNATIONAL, "IASP crisis centres directory", "https://www.iasp.info/crisis-centres-helplines/", _W, "directory", "https://www.iasp.info/crisis-centres-helplines/"),
    _r(INTERNATIONAL, "Befrienders Worldwide", "https://www.befrienders.org", _W, "directory", "https://www.befrienders.org/", "visit https://www.befrienders.org"),
)

_ALIASES = {"UK": "GB"}


def normalise_locale(locale: str) -> str:
    """``'gb'`` -> ``'GB'``; ``'UK'`` -> ``'GB'``; ``'en_GB'`` / ``'en-GB'`` -> ``'GB'``."""
    code = locale.strip().replace("-", "_").split("_")[-1].upper()
    return _ALIASES.get(code, code)


def resources_for(locale: str, settings: SafetySettings | None = None) -> list[CrisisResource]:
    """The contact points to show for a locale: its own, the deployer's, then the directories.

    Unknown countries get the deployer's extras and the international directories.
    """
    country = normalise_locale(locale)
    own = [r for r in RESOURCES if r.country == country]
    extras = list(settings.extra_resources) if settings else []
    fallback = [r for r in RESOURCES if r.country == INTERNATIONAL]
    return own + extras + fallback


def covered_countries() -> tuple[str, ...]:
    """The ISO codes with entries of their own (not counting the directories)."""
    return tuple(dict.fromkeys(r.country for r in RESOURCES if r.country != INTERNATIONAL))


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _host(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().lower())
    host = host.split("/")[0].split("@")[-1].split(":")[0]
    return host[4:] if host.startswith("www.") else host


@dataclass(frozen=True)
class VettedContacts:
    """The digits and web hosts a reply may name, for the guard's contact check."""

    numbers: frozenset[str]
    hosts: frozenset[str]

    def allows_number(self, digits: str) -> bool:
        """Whether these digits are a vetted number (also with a country or trunk prefix)."""
        if digits in self.numbers:
            return True
        # "1-800-..." written as "800-...", or "+44 ..." forms of a vetted national number
        return any(
            len(digits) >= 7 and (number.endswith(digits) or digits.endswith(number.lstrip("0")))
            for number in self.numbers
            if len(number) >= 7
        )

    def allows_host(self, host: str) -> bool:
        """Whether a web host (or a sub-domain of one) belongs to a vetted service."""
        host = _host(host)
        return any(host == h or host.endswith("." + h) for h in self.hosts)


def vetted_contacts(settings: SafetySettings | None = None) -> VettedContacts:
    """Every number and host in the table, plus the deployer's extra resources."""
    return _vetted_contacts(tuple(settings.extra_resources) if settings else ())


@lru_cache(maxsize=64)
def _vetted_contacts(extras: tuple[CrisisResource, ...]) -> VettedContacts:
    # built once per set of extra resources: the guard asks at every sentence of every reply
    entries = RESOURCES + extras
    numbers, hosts = set(), set()
    for entry in entries:
        for text in (entry.contact, entry.how):
            for url in re.findall(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?|\S+@[\w.-]+", text.lower()):
                if not re.fullmatch(r"[\d.]+", url):
                    hosts.add(_host(url))
            for number in re.findall(r"\+?\(?\d[\d\s().-]*\d", text):
                numbers.add(_digits(number))
        hosts.add(_host(entry.source))
    return VettedContacts(frozenset(n for n in numbers if len(n) >= 2), frozenset(hosts))
