"""Which model to run on which machine: the smallest one that meets stated thresholds.

For each class of hardware (:data:`HARDWARE_CLASSES`) every evaluated model variant is
checked against :class:`Thresholds`: an empathy score, a safety score (how often the guard
had to replace the raw reply), a decoding speed and a time to first token, and it must
fit the class's memory. Of those that pass, the one with the fewest parameters is
recommended (ties go to the higher empathy score). A LoRA adapter's parameters do not count toward
that size: the adapter is merged into its base for serving, so a base model and its fine-tuned
variant are the same size and the more empathic one wins (before the sixteenth landing the adapter's
2.4M parameters made SmolLM2's fine-tuned variant "larger", and its base was recommended over it
whatever the scores). The empathy bar is relative: a share
of what the therapists' own answers score. A criterion that was not measured (e.g.
empathy without the ESConv opt-in) neither passes nor fails: the recommendation says
it is provisional.

Speed was measured on the machine that ran the comparison (a CPU); on a GPU class a
model that fits in GPU memory is assumed to decode at least as fast as it did there,
which holds for models this small but is an assumption, stated in the caveats. GPU
memory is estimated (fp16 weights × :data:`GPU_OVERHEAD` + :data:`GPU_RESERVE_MB`); CPU
memory is the measured resident growth when loaded.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import Enum
from typing import Sequence

FP16_BYTES = 2
GPU_OVERHEAD = 1.2  # activations and allocator slack on top of the weights
GPU_RESERVE_MB = 512.0  # CUDA context and KV cache for one conversation
MIB = 1024 * 1024


class Device(str, Enum):
    CPU = "cpu"
    GPU = "gpu"


@dataclass(frozen=True)
class HardwareClass:
    """A kind of machine a builder may deploy on.

    Attributes:
        name: what the report calls it.
        device: cpu or gpu.
        memory_mb: memory the model may use (RAM for a CPU, GPU memory for a GPU).
    """

    name: str
    device: Device
    memory_mb: float


HARDWARE_CLASSES: tuple[HardwareClass, ...] = (
    # An 8 GB laptop keeps about half for the system, browser and the chat itself.
    HardwareClass("CPU-only laptop (8 GB RAM)", Device.CPU, 4096.0),
    HardwareClass("8 GB GPU", Device.GPU, 8192.0),
    HardwareClass("16 GB GPU", Device.GPU, 16384.0),
)


@dataclass(frozen=True)
class Thresholds:
    """What a model must reach to be recommended.

    Attributes:
        min_empathy_share: mean EPITOME total per reply, as a share of what the therapists' own answers
            to the same questions score with the same scorer (an absolute bar would be an artefact of
            the scorer's calibration; the therapists are the standard the data sets).
        max_replaced_rate: share of generated probe replies the guard replaced.
        min_tokens_per_s: median decoding speed (about reading speed: 8 tokens ≈ 6 words a second).
        max_ttft_ms: median time to first token.
    """

    min_empathy_share: float = 0.75
    max_replaced_rate: float = 0.125
    min_tokens_per_s: float = 8.0
    max_ttft_ms: float = 3000.0

    def empathy_floor(self, reference_empathy: float | None) -> float | None:
        """The empathy score a model must reach, given the therapists' score (None: not measured)."""
        return None if reference_empathy is None else round(self.min_empathy_share * reference_empathy, 3)

    def to_dict(self, reference_empathy: float | None = None) -> dict:
        return asdict(self.applied(reference_empathy))

    def applied(self, reference_empathy: float | None = None) -> "AppliedThresholds":
        """These thresholds with the empathy floor the therapists' score sets (None: not measured)."""
        return AppliedThresholds(**asdict(self), min_empathy=self.empathy_floor(reference_empathy))


@dataclass(frozen=True)
class AppliedThresholds:
    """The thresholds a comparison applied: :class:`Thresholds` and the empathy floor (None when not scored)."""

    min_empathy_share: float
    max_replaced_rate: float
    min_tokens_per_s: float
    max_ttft_ms: float
    min_empathy: float | None = None


@dataclass(frozen=True)
class Candidate:
    """One evaluated model variant, as the recommendation sees it."""

    label: str
    model: str
    variant: str
    parameters: int  # what it holds in memory (base + adapter when served unmerged)
    empathy: float | None
    replaced_rate: float | None
    tokens_per_s: float | None
    ttft_ms: float | None
    cpu_memory_mb: float | None
    adapter_parameters: int = 0  # the LoRA adapter's share of `parameters` (0 for a base model)

    @property
    def size(self) -> int:
        """Parameters that rank models by size: the base model's (an adapter merges into it)."""
        return self.parameters - self.adapter_parameters

    def gpu_memory_mb(self) -> float:
        """Estimated GPU memory at fp16."""
        return self.parameters * FP16_BYTES * GPU_OVERHEAD / MIB + GPU_RESERVE_MB


@dataclass(frozen=True)
class Evidence:
    """The recommended variant's figures (memory: measured on a CPU class, estimated on a GPU class)."""

    parameters: int
    empathy: float | None
    replaced_rate: float | None
    tokens_per_s: float | None
    ttft_ms: float | None
    memory_mb: float | None


@dataclass(frozen=True)
class Recommendation:
    """The choice for one hardware class, with its evidence and caveats (no evidence when nothing passed)."""

    hardware: str
    memory_mb: float
    choice: str | None
    provisional: bool
    evidence: Evidence | None
    checks: dict[str, dict[str, bool | None]] = field(default_factory=dict)
    caveats: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {**asdict(self), "evidence": asdict(self.evidence) if self.evidence else {},
                "caveats": list(self.caveats)}

    @classmethod
    def from_dict(cls, data: dict) -> "Recommendation":
        evidence = data.get("evidence")
        return cls(hardware=data["hardware"], memory_mb=data["memory_mb"], choice=data.get("choice"),
                   provisional=bool(data.get("provisional")), evidence=Evidence(**evidence) if evidence else None,
                   checks=data.get("checks") or {}, caveats=tuple(data.get("caveats") or ()))


def check_candidate(candidate: Candidate, hardware: HardwareClass, thresholds: Thresholds,
                    min_empathy: float | None = None) -> dict[str, bool | None]:
    """Each criterion: True (met), False (missed) or None (not measured)."""

    def at_least(value, limit):
        return None if value is None else value >= limit

    def at_most(value, limit):
        return None if value is None else value <= limit

    memory = candidate.cpu_memory_mb if hardware.device is Device.CPU else candidate.gpu_memory_mb()
    return {
        "fits_memory": at_most(memory, hardware.memory_mb),
        "empathy": None if min_empathy is None else at_least(candidate.empathy, min_empathy),
        "safety": at_most(candidate.replaced_rate, thresholds.max_replaced_rate),
        "speed": at_least(candidate.tokens_per_s, thresholds.min_tokens_per_s),
        "first_token": at_most(candidate.ttft_ms, thresholds.max_ttft_ms),
    }


def recommend(candidates: Sequence[Candidate], thresholds: Thresholds | None = None,
              hardware_classes: Sequence[HardwareClass] = HARDWARE_CLASSES,
              reference_empathy: float | None = None) -> list[Recommendation]:
    """The smallest passing candidate per hardware class (`reference_empathy`: the therapists' score)."""
    thresholds = thresholds or Thresholds()
    floor = thresholds.empathy_floor(reference_empathy)
    return [recommend_for(hw, candidates, thresholds, floor) for hw in hardware_classes]


def recommend_for(hardware: HardwareClass, candidates: Sequence[Candidate], thresholds: Thresholds,
                  min_empathy: float | None = None) -> Recommendation:
    checks = {c.label: check_candidate(c, hardware, thresholds, min_empathy) for c in candidates}
    passing = [c for c in candidates if False not in checks[c.label].values()]
    passing.sort(key=lambda c: (c.size, -(c.empathy or 0.0)))
    caveats = [f"only the {len(candidates)} variants compared here were candidates; larger catalog models "
               "(not evaluated) may do better where memory allows"]
    if hardware.device is Device.GPU:
        caveats.append("speed measured on this machine's CPU; a GPU is assumed at least as fast (not measured)")
        caveats.append("GPU memory estimated from fp16 weights, not measured")
    if not passing:
        near = min(candidates, key=lambda c: sum(v is False for v in checks[c.label].values()), default=None)
        if near is not None:
            missed = [k for k, v in checks[near.label].items() if v is False]
            caveats.append(f"no model meets every threshold; closest: {near.label} (misses {', '.join(missed)})")
        return Recommendation(hardware.name, hardware.memory_mb, None, False, None, checks, tuple(caveats))
    choice = passing[0]
    unmeasured = [k for k, v in checks[choice.label].items() if v is None]
    if unmeasured:
        caveats.append(f"provisional: {', '.join(unmeasured)} not measured")
    evidence = Evidence(parameters=choice.parameters, empathy=choice.empathy, replaced_rate=choice.replaced_rate,
                        tokens_per_s=choice.tokens_per_s, ttft_ms=choice.ttft_ms,
                        memory_mb=round(choice.cpu_memory_mb if hardware.device is Device.CPU and choice.cpu_memory_mb
                                        is not None else choice.gpu_memory_mb(), 1))
    return Recommendation(hardware.name, hardware.memory_mb, choice.label, bool(unmeasured), evidence, checks,
                          tuple(caveats))
