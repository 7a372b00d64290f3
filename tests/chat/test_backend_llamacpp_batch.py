"""Batched decoding on the bundled SmolLM2 GGUF: the same replies every run, every reply through the engine.

One thread and a small context, as the other llama.cpp tests, to stay light on a 2-core machine.
"""

from __future__ import annotations

import pytest

from haven.chat.backends.base import GenerationOptions, create_backend
from haven.chat.backends.llamacpp_batch import Asked, BatchDecoder, BatchedLlamaCpp
from haven.deps import is_llama_cpp_available
from haven.errors import BackendError, ConfigError
from haven.evaluate.replies import run_prompts

needs_llama = pytest.mark.skipif(
    not is_llama_cpp_available(), reason="llama-cpp-python (the `gguf` extra) is not installed"
)
GREEDY = GenerationOptions(temperature=0.0, max_tokens=24, seed=0)
PROMPTS = [
    ("p1", "I feel nervous before my exams."),
    ("p2", "My flatmate never cleans up and I don't know how to bring it up."),
    ("crisis", "I'm going to kill myself tonight, I have the pills ready."),
    ("p3", "I've been lonely since I moved to a new city."),
    ("p4", "How do I stop overthinking what I said at work?"),
]


@pytest.fixture(scope="module")
def backend():
    return create_backend("llama.cpp", model="smollm2-135m", n_ctx=512, n_threads=1)


@needs_llama
@pytest.mark.slow
def test_batched_replies_are_the_same_every_run_and_come_back_in_order(backend):
    first = run_prompts(backend, PROMPTS, GREEDY, None, parallel=3)
    second = run_prompts(backend, PROMPTS, GREEDY, None, parallel=3)
    assert [r.prompt_id for r in first] == [p for p, _ in PROMPTS]
    assert [r.reply for r in first] == [r.reply for r in second]
    assert all(r.together == 3 for r in first)
    answered = [r for r in first if not r.crisis]
    assert len(answered) == 4 and all(r.reply.strip() for r in answered)
    assert all(0 < r.timings["reply_tokens"] <= GREEDY.max_tokens for r in answered)


@needs_llama
@pytest.mark.slow
def test_a_crisis_is_answered_by_the_crisis_response_and_the_model_is_not_asked(backend):
    with backend.batched(4) as many:
        asked = []
        many.prefetch(lambda recorder: [asked.append(r) for r in run_prompts(recorder, PROMPTS, GREEDY, None)])
        assert len(many._ready) == 4  # the crisis prompt never reached the model
    crisis = next(r for r in asked if r.prompt_id == "crisis")
    assert crisis.crisis


@needs_llama
@pytest.mark.slow
def test_the_decoder_keeps_to_each_limit_and_ends_at_the_end_of_turn(backend):
    ids = [backend.prompt_ids([{"role": "user", "content": text}]) for _, text in PROMPTS[:2]]
    with BatchDecoder(backend.shared, 2, n_ctx=1024) as decoder:
        sampler = lambda: decoder.sampler(GREEDY, 50, 0)  # noqa: E731
        short, longer = decoder.decode([Asked(ids[0], sampler(), 3), Asked(ids[1], sampler(), 40)])
        cut = decoder.decode([Asked(ids[1], sampler(), 40, stops=(backend.shared.llama.detokenize(longer[2:3]),))])[0]
    assert len(short) == 3
    assert len(longer) <= 40 and (len(longer) == 40 or longer[-1] in backend.shared.end_ids)
    assert len(cut) <= 3  # a stop string ends the sequence where it is made


@needs_llama
@pytest.mark.slow
def test_a_prompt_too_long_for_its_cells_is_refused_with_the_numbers(backend):
    with BatchDecoder(backend.shared, 2, n_ctx=256) as decoder:
        with pytest.raises(BackendError, match="need 700 tokens; a sequence of the batch context holds 85"):
            decoder.decode([Asked([1] * 600, decoder.sampler(GREEDY, 50, 0), 100)])


@needs_llama
@pytest.mark.slow
def test_a_prompt_not_prefetched_is_answered_live(backend):
    with backend.batched(2) as many:
        assert isinstance(many, BatchedLlamaCpp)
        live = run_prompts(many, PROMPTS[:1], GREEDY, None)
    alone = run_prompts(backend, PROMPTS[:1], GREEDY, None)
    assert live[0].reply == alone[0].reply


@needs_llama
def test_one_slot_means_one_at_a_time(backend):
    with backend.batched(1) as same:
        assert same is backend


def test_slots_out_of_range_are_refused():
    from haven.evaluate.compare import CompareConfig

    with pytest.raises(ConfigError, match="--parallel is 0; choose 1"):
        CompareConfig(parallel=0)
