"""The recommendation: the smallest model meeting every threshold, per hardware class."""

from __future__ import annotations

from haven.evaluate.recommend import Candidate, Device, HardwareClass, Thresholds, check_candidate, recommend

LAPTOP = HardwareClass("laptop", Device.CPU, 4096.0)
SMALL_GPU = HardwareClass("small GPU", Device.GPU, 1024.0)
BIG_GPU = HardwareClass("big GPU", Device.GPU, 16384.0)
THRESHOLDS = Thresholds(min_empathy_share=0.75, max_replaced_rate=0.125, min_tokens_per_s=8.0, max_ttft_ms=3000.0)
THERAPISTS = 8 / 3  # the therapists' score: the empathy bar is 0.75 × 8/3 = 2.0


def candidate(label, params, empathy=3.0, replaced=0.0, tps=20.0, ttft=500.0, memory=300.0):
    return Candidate(label=label, model=label, variant="tuned", parameters=params, empathy=empathy,
                     replaced_rate=replaced, tokens_per_s=tps, ttft_ms=ttft, cpu_memory_mb=memory)


def test_smallest_passing_model_wins():
    small, large = candidate("small", 100_000_000), candidate("large", 300_000_000)
    (rec,) = recommend([large, small], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice == "small" and not rec.provisional
    assert rec.evidence.parameters == 100_000_000 and rec.evidence.memory_mb == 300.0


def test_a_model_missing_a_threshold_is_passed_over():
    cold = candidate("small-cold", 100_000_000, empathy=1.0)
    unsafe = candidate("small-unsafe", 110_000_000, replaced=0.5)
    slow = candidate("small-slow", 120_000_000, tps=3.0)
    good = candidate("large-good", 300_000_000)
    (rec,) = recommend([cold, unsafe, slow, good], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice == "large-good"
    assert rec.checks["small-cold"]["empathy"] is False
    assert rec.checks["small-unsafe"]["safety"] is False
    assert rec.checks["small-slow"]["speed"] is False


def test_memory_decides_per_hardware_class():
    big = candidate("big", 2_000_000_000, memory=6000.0)  # ~5.1 GB at fp16 on a GPU
    recs = recommend([big], THRESHOLDS, [LAPTOP, SMALL_GPU, BIG_GPU], THERAPISTS)
    assert [r.choice for r in recs] == [None, None, "big"]
    assert "closest: big (misses fits_memory)" in recs[0].caveats[-1]
    assert any("not measured" in c for c in recs[2].caveats)  # GPU speed is an assumption, said so


def test_unmeasured_criteria_make_the_choice_provisional():
    unscored = candidate("unscored", 100_000_000, empathy=None)
    assert check_candidate(unscored, LAPTOP, THRESHOLDS, 2.0)["empathy"] is None
    (rec,) = recommend([unscored], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice == "unscored" and rec.provisional
    assert "provisional: empathy not measured" in rec.caveats


def test_ties_on_size_go_to_the_more_empathic():
    a, b = candidate("a", 100_000_000, empathy=2.5), candidate("b", 100_000_000, empathy=3.5)
    (rec,) = recommend([a, b], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice == "b"


def test_a_fine_tuned_variant_is_the_size_of_its_base():
    # SmolLM2's LoRA adds 2.4M parameters; merged for serving, it is the same size as its base, so the
    # scores decide between them (the base used to win every tie by those 2.4M)
    base = candidate("smollm2 (base)", 134_515_008, empathy=2.1)
    tuned = Candidate(label="smollm2 (fine-tuned)", model="smollm2", variant="fine-tuned",
                      parameters=134_515_008 + 2_442_240, adapter_parameters=2_442_240, empathy=2.3,
                      replaced_rate=0.0, tokens_per_s=20.0, ttft_ms=500.0, cpu_memory_mb=300.0)
    assert tuned.size == base.size
    (rec,) = recommend([base, tuned], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice == "smollm2 (fine-tuned)"
    colder = Candidate(**{**tuned.__dict__, "empathy": 2.05})
    (rec,) = recommend([base, colder], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice == "smollm2 (base)"
    smaller = candidate("smaller", 100_000_000, empathy=2.0)
    (rec,) = recommend([base, tuned, smaller], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice == "smaller", "a smaller model that passes still wins on size"


def test_nothing_passes_gives_no_choice_and_says_why():
    (rec,) = recommend([candidate("x", 100_000_000, empathy=0.5, tps=1.0)], THRESHOLDS, [LAPTOP], THERAPISTS)
    assert rec.choice is None and rec.evidence is None and rec.to_dict()["evidence"] == {}
    assert "misses empathy, speed" in rec.caveats[-1]


def test_the_empathy_bar_is_relative_to_the_therapists():
    assert THRESHOLDS.empathy_floor(2.0) == 1.5 and THRESHOLDS.empathy_floor(None) is None
    warm = candidate("warm", 100_000_000, empathy=1.6)
    (rec,) = recommend([warm], THRESHOLDS, [LAPTOP], reference_empathy=2.0)
    assert rec.choice == "warm"
    (rec,) = recommend([warm], THRESHOLDS, [LAPTOP], reference_empathy=2.4)  # bar 1.8
    assert rec.choice is None and rec.checks["warm"]["empathy"] is False
    (rec,) = recommend([warm], THRESHOLDS, [LAPTOP])  # no therapists' score: not measured
    assert rec.choice == "warm" and rec.provisional
    assert THRESHOLDS.to_dict(2.0)["min_empathy"] == 1.5
