"""Which weights answer: the untouched base model or base + LoRA adapter.

The variant is a model-level fact (training makes it, evaluation compares it, chat serves
it), so it lives here, below all of them, with the one label people read for it.
"""

from __future__ import annotations

from enum import Enum


class Variant(str, Enum):
    """The untouched base, or base + adapter (``tuned``); equal to its plain string value."""

    BASE = "base"
    TUNED = "tuned"

    def __str__(self) -> str:
        return self.value

    @property
    def label(self) -> str:
        """The word people read: ``base`` or ``fine-tuned``."""
        return VARIANT_LABELS[self]

    @classmethod
    def parse(cls, value: "str | Variant") -> "Variant":
        """`value` as a Variant, or ConfigError naming the flag and the choices."""
        from haven.errors import ConfigError

        try:
            return cls(value)
        except ValueError:
            raise ConfigError(f"--variant is {value!r}; choose {cls.BASE.value!r} or {cls.TUNED.value!r}") from None


VARIANT_LABELS = {Variant.BASE: "base", Variant.TUNED: "fine-tuned"}


def label_of(variant: "str | Variant") -> str:
    """The word for `variant` (``base``, ``fine-tuned``); an unknown string is shown as it is."""
    try:
        return Variant(variant).label
    except ValueError:
        return str(variant)


def variant_label(model: str, variant: "str | Variant", backend: str | None = None) -> str:
    """``smollm2-135m (fine-tuned)``, or ``smollm2-135m (base, llama.cpp)`` with a backend."""
    words = label_of(variant) + (f", {backend}" if backend else "")
    return f"{model} ({words})"
