"""Packed micro-batches learn exactly what padded ones do, for every catalog architecture.

Packing puts several conversations in one row with position ids restarting at 0 for
each; transformers reads that as a block-diagonal causal mask. If attention leaked
across examples, or a packed example's first token were predicted from the previous
one, the loss and the LoRA gradients would differ from the padded batch's.
"""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

pytestmark = pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")

from tiny import build_model_config, build_tokenizer  # noqa: E402

from haven.data.schema import Example, Message, Role  # noqa: E402
from haven.data.format import IGNORE_INDEX, tokenize_example  # noqa: E402
from haven.models.catalog import CATALOG  # noqa: E402
from haven.train.batching import collate, collate_packed, collate_padded_to, pack_rows  # noqa: E402
from haven.train.config import build_config  # noqa: E402
from haven.train.lora import attach_lora, target_tokens  # noqa: E402
from haven.train.loss import full_logits_loss, reply_token_loss  # noqa: E402

TURNS = (
    ("I can't sleep and I feel alone at night, every night this month.", "That sounds really hard. What keeps you awake?"),
    ("Worry about work, mostly, and about money.", "Work worries can follow us home. Shall we look at one of them together?"),
)
SHORT = (("Hi.", "Hello, I'm here."), ("Thanks.", "Any time."))
ARCHITECTURES = sorted({spec.architecture: name for name, spec in CATALOG.items()}.items())


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Models this small run faster on one thread, and do not fight a busy CPU for a second."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _example(pairs) -> Example:
    messages = tuple(m for user, reply in pairs for m in (Message(Role.USER, user), Message(Role.ASSISTANT, reply)))
    return Example(messages=messages, group_id="g", source="test")


@pytest.fixture(scope="module", params=ARCHITECTURES, ids=[a for a, _ in ARCHITECTURES])
def case(request):
    """A tiny model of the architecture with LoRA, and one long plus two short conversations."""
    architecture, name = request.param
    spec = CATALOG[name]
    corpus = [text for pair in TURNS + SHORT for text in pair]
    tokenizer = build_tokenizer(spec.template, corpus)
    examples = [_example(TURNS + TURNS), _example(SHORT[:1]), _example(SHORT[1:])]
    tokenized = [tokenize_example(tokenizer, e, max_length=512, system_prompt="Be kind.") for e in examples]
    return spec, tokenizer, tokenized


def _lora_model(spec, tokenizer, attention: str):
    from transformers import AutoModelForCausalLM

    torch.manual_seed(7)
    try:
        base = AutoModelForCausalLM.from_config(build_model_config(spec.architecture, tokenizer), attn_implementation=attention)
    except ValueError as err:  # e.g. Gemma-2's logit softcapping has no sdpa kernel in transformers
        pytest.skip(f"{spec.architecture} has no {attention} attention in transformers: {err}"[:200])
    model = attach_lora(base, build_config("smoke", lora_dropout=0.0), spec.target_modules)
    # LoRA B starts at zero; give it weights so the adapter changes the output and gets gradients.
    for name, parameter in model.named_parameters():
        if "lora_B" in name:
            parameter.data.normal_(0, 0.05)
    return model


def _loss_and_grads(model, batch):
    model.zero_grad(set_to_none=True)
    parts = reply_token_loss(model, batch["input_ids"], batch.get("attention_mask"), batch["labels"],
                             position_ids=batch.get("position_ids"))
    parts.total.backward()
    grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
    return float(parts.total.detach()), parts.tokens, grads


@pytest.mark.parametrize("attention", ["eager", "sdpa"])
def test_packed_batch_has_the_padded_batchs_loss_and_gradients(case, attention):
    spec, tokenizer, tokenized = case
    packed = collate_packed(tokenized, tokenizer.pad_token_id)
    assert packed["input_ids"].shape[0] < len(tokenized), "the two short conversations should share a row"
    model = _lora_model(spec, tokenizer, attention)
    model.train()
    padded_loss, padded_tokens, padded_grads = _loss_and_grads(model, collate(tokenized, tokenizer.pad_token_id))
    packed_loss, packed_tokens, packed_grads = _loss_and_grads(model, packed)
    assert packed_tokens == padded_tokens == sum(target_tokens(t) for t in tokenized)
    assert packed_loss == pytest.approx(padded_loss, rel=1e-4)
    for name, grad in padded_grads.items():
        torch.testing.assert_close(packed_grads[name], grad, atol=1e-5, rtol=1e-3)


def test_full_logits_loss_is_the_same_loss(case):
    spec, tokenizer, tokenized = case
    if spec.architecture not in ("llama", "gemma2"):  # plain head, and Gemma-2's soft-capped one
        pytest.skip("the benchmark's baseline loss is checked on llama and gemma2")
    model = _lora_model(spec, tokenizer, "sdpa").eval()
    batch = collate_padded_to(tokenized, tokenizer.pad_token_id, 200)
    assert batch["input_ids"].shape[1] == 200
    with torch.no_grad():
        naive = full_logits_loss(model, batch["input_ids"], batch["attention_mask"], batch["labels"])
        selective = reply_token_loss(model, batch["input_ids"], batch["attention_mask"], batch["labels"])
    assert naive.tokens == selective.tokens
    assert float(naive.total) == pytest.approx(float(selective.total), rel=1e-4)


def test_pack_rows_places_every_example_once_within_capacity():
    lengths = [90, 10, 50, 40, 30, 100, 5, 60]
    rows = pack_rows(lengths, 100)
    assert sorted(i for row in rows for i in row) == list(range(len(lengths)))
    assert all(sum(lengths[i] for i in row) <= 100 for row in rows)
    assert len(rows) == 4  # 385 tokens need at least 4 rows of 100


def test_an_example_longer_than_the_capacity_gets_its_own_row():
    assert pack_rows([30, 150, 20], 100) == [[1], [0, 2]]


def test_packed_rows_restart_positions_and_never_label_a_first_token(case):
    _, tokenizer, tokenized = case
    packed = collate_packed(tokenized, tokenizer.pad_token_id)
    positions, labels = packed["position_ids"], packed["labels"]
    starts = positions == 0
    assert int(starts.sum()) >= len(tokenized)
    assert bool((labels[starts] == IGNORE_INDEX).all())
    assert "attention_mask" not in packed
