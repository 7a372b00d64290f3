"""What a deployer can set about the safety layer, validated in one place.

The same settings object travels through assessment, the reply guard, the crisis
response and the audit log, so the CLI, the dashboard and the evaluation cannot
disagree about the locale or the strictness.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

from haven.errors import ConfigError
from haven.safety.resources import CrisisResource, covered_countries, normalise_locale

Strictness = Literal["standard", "strict"]
STRICTNESS_CHOICES: tuple[str, ...] = get_args(Strictness)
_LOCALE_RE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class SafetySettings:
    """Deployer settings for the safety layer.

    Attributes:
        locale: ISO 3166 country code whose crisis lines are shown (``US``, ``GB``, ``DE``...;
            ``UK`` and ``en_GB`` are accepted). Countries without entries of their own get
            the international directories.
        extra_resources: the deployer's own service (a campus line, a clinic), shown
            with the vetted lines and allowed by the reply guard.
        strictness: ``standard``, or ``strict`` to raise borderline cases (low and
            moderate) one level.
        audit_log_path: JSON-lines file where every assessment is recorded without any
            conversation text; None turns the audit log off.
        classifier: read meaning with the learned layer (:mod:`haven.safety.learned`) beside
            the rules; ``False`` leaves the rules alone (for tests and for comparing the two).
    """

    locale: str = "US"
    extra_resources: tuple[CrisisResource, ...] = ()
    strictness: Strictness = "standard"
    audit_log_path: Path | None = None
    classifier: bool = True

    def __post_init__(self) -> None:
        if not isinstance(self.locale, str):
            raise ConfigError(f"locale is {self.locale!r}; give a two-letter country code such as 'US'")
        locale = normalise_locale(self.locale)
        if not _LOCALE_RE.match(locale):
            raise ConfigError(
                f"locale {self.locale!r} is not a two-letter ISO 3166 country code; "
                f"use one such as {', '.join(covered_countries()[:6])}"
            )
        object.__setattr__(self, "locale", locale)
        extras = tuple(self.extra_resources)
        bad = [e for e in extras if not isinstance(e, CrisisResource)]
        if bad:
            raise ConfigError(
                f"extra_resources holds {type(bad[0]).__name__} {bad[0]!r}; each entry must be a "
                "CrisisResource(country, name, contact, kind, hours, source)"
            )
        object.__setattr__(self, "extra_resources", extras)
        if self.strictness not in STRICTNESS_CHOICES:
            raise ConfigError(f"strictness is {self.strictness!r}; choose one of {', '.join(STRICTNESS_CHOICES)}")
        if self.audit_log_path is not None:
            path = Path(self.audit_log_path)
            if path.is_dir():
                raise ConfigError(f"audit_log_path {str(path)!r} is a directory; give a file path such as {str(path / 'audit.jsonl')!r}")
            object.__setattr__(self, "audit_log_path", path)

    @property
    def strict(self) -> bool:
        """Whether borderline cases are raised one level."""
        return self.strictness == "strict"


DEFAULT_SETTINGS = SafetySettings()


SETTINGS_KEYS = ("locale", "strictness", "audit_log_path", "extra_resources")


def load_safety_settings(path: Path, **overrides) -> SafetySettings:
    """Read a deployer's settings file (TOML or JSON); explicit overrides (not None) win.

    The file holds ``locale``, ``strictness``, ``audit_log_path`` and a list of
    ``extra_resources`` tables with ``country``, ``name``, ``contact``, ``kind``
    (phone, text, web, emergency), ``hours`` and ``source``.
    """
    import json
    import tomllib

    from haven.safety.resources import ResourceKind

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except OSError as err:
        raise ConfigError(f"cannot read safety settings {path}: {err.strerror}") from err
    except (ValueError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"safety settings {path} are not valid {path.suffix[1:] or 'JSON'}: {err}") from err
    unknown = sorted(set(data) - set(SETTINGS_KEYS))
    if unknown:
        raise ConfigError(f"safety settings {path} have unknown keys {unknown}; known: {list(SETTINGS_KEYS)}")
    extras = []
    for i, entry in enumerate(data.get("extra_resources", []), 1):
        try:
            extras.append(CrisisResource(**{**entry, "kind": ResourceKind(entry.get("kind", "phone"))}))
        except (TypeError, ValueError) as err:
            raise ConfigError(f"safety settings {path}: extra_resources entry {i} is invalid ({err})") from err
    values = {k: v for k, v in data.items() if k != "extra_resources"}
    values["extra_resources"] = tuple(extras)
    values.update({k: v for k, v in overrides.items() if v is not None})
    return SafetySettings(**values)
