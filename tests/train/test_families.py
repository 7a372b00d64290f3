"""Every catalog model's family, end to end on a tiny random model: template, labels, LoRA, loss, adapter.

Issue 2 asks that fine-tuning work for each reference architecture (llama, gemma,
gemma2, phi3, qwen2, stablelm, phi) and the bundled gemma3_text. The cases are the
catalog entries themselves, so a model added to the catalog is tested with its own
architecture, template and target modules. Each builds a two-layer model from the
family's transformers config and a byte-level tokenizer holding the family's special
tokens (see ``tiny.py``); nothing is downloaded.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

# PEFT still calls the old name inside transformers 5; nothing Haven can act on.
pytestmark = pytest.mark.filterwarnings("ignore:`is_gradient_checkpointing` is deprecated:FutureWarning")

from tiny import build_model, build_model_config, build_tokenizer  # noqa: E402

from haven.data.format import IGNORE_INDEX, TokenizedExample, render, tokenize_example, with_system_prompt  # noqa: E402
from haven.data.schema import Example, Message, Role  # noqa: E402
from haven.models.catalog import CATALOG, ModelSpec  # noqa: E402
from haven.models.templates import TEMPLATE_SPECIAL_TOKENS  # noqa: E402
from haven.train.adapter import ADAPTER_CONFIG, ADAPTER_WEIGHTS, save_adapter  # noqa: E402
from haven.train.batching import collate  # noqa: E402
from haven.train.config import build_config  # noqa: E402
from haven.train.lora import attach_lora  # noqa: E402
from haven.train.loss import reply_token_loss  # noqa: E402

SYSTEM = "Be kind."
FIRST_USER = "I can't sleep and I feel alone at night."
FIRST_REPLY = "That sounds really hard. What keeps you awake?"
SECOND_USER = "Worry about work, mostly."
SECOND_REPLY = "Work worries can follow us home. Shall we look at one of them together?"
MAX_LENGTH = 256
LEARNING_RATE = 1e-2

CONVERSATIONS = (
    Example(
        messages=(Message(Role.USER, FIRST_USER), Message(Role.ASSISTANT, FIRST_REPLY)),
        group_id="g1",
        source="test",
    ),
    Example(
        messages=(
            Message(Role.USER, FIRST_USER),
            Message(Role.ASSISTANT, FIRST_REPLY),
            Message(Role.USER, SECOND_USER),
            Message(Role.ASSISTANT, SECOND_REPLY),
        ),
        group_id="g2",
        source="test",
    ),
)
CORPUS = (SYSTEM, FIRST_USER, FIRST_REPLY, SECOND_USER, SECOND_REPLY)

# What each template must write: turn markers, the system prompt's place, the generation prompt.
MARKERS: dict[str, tuple[str, ...]] = {
    "chatml": ("<|im_start|>system\nBe kind.<|im_end|>\n", "<|im_start|>user\n", "<|im_start|>assistant\n"),
    "zephyr": ("<|system|>\nBe kind.</s>\n", "<|user|>\n", "<|assistant|>\n"),
    "gemma": ("<bos><start_of_turn>user\nBe kind.\n\n", "<start_of_turn>model\n", "<end_of_turn>\n"),
    "phi3": ("<|system|>\nBe kind.<|end|>\n", "<|user|>\n", "<|assistant|>\n"),
    "phi2": ("Be kind.\nInstruct: ", "\nOutput: "),
    "plain": ("<bos>Be kind.\n\nPerson: ", "\nCounsellor: "),
}
GENERATION_PROMPTS = {
    "chatml": "<|im_start|>assistant\n",
    "zephyr": "<|assistant|>\n",
    "gemma": "<start_of_turn>model\n",
    "phi3": "<|assistant|>\n",
    "phi2": "Output:",
    "plain": "Counsellor:",
}
# The token that closes a reply; templates without one close it with the eos token.
END_OF_TURN = {"chatml": "<|im_end|>", "gemma": "<end_of_turn>", "phi3": "<|end|>"}
# Phi-3's template ends the whole conversation with eos after the last "<|end|>\n", and that
# tail is labelled with the last reply (upstream's generation config stops on both tokens).
LAST_REPLY_TAIL = {"phi3": "\n<|endoftext|>"}

# Known bugs in src, as {(test, catalog name): reason}; strict, so a fix turns the case red until removed.
KNOWN_BUGS: dict[tuple[str, str], str] = {
}


@pytest.fixture(scope="module", autouse=True)
def one_thread():
    """Models this small run faster on one thread, and do not fight a busy CPU for a second."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(autouse=True)
def known_bug(request):
    """Mark a (test, catalog entry) pair listed in KNOWN_BUGS as a strict expected failure."""
    callspec = getattr(request.node, "callspec", None)
    case = callspec.params.get("family") if callspec else None
    reason = KNOWN_BUGS.get((request.node.originalname, case))
    if reason:
        request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


@dataclass
class Family:
    """The shared pieces of one catalog entry's case."""

    spec: ModelSpec
    tokenizer: object
    model_config: object
    tokenized: list[TokenizedExample]
    batch: dict

    @property
    def end_of_turn(self) -> str:
        return END_OF_TURN.get(self.spec.template, self.tokenizer.eos_token)


@dataclass
class Trained:
    """A LoRA model after one optimizer step, with what it looked like before."""

    model: object
    base_state: dict
    lora_before: dict
    loss_before: float
    loss_after: float
    step_loss: float


@pytest.fixture(scope="module", params=list(CATALOG), ids=list(CATALOG))
def family(request) -> Family:
    spec = CATALOG[request.param]
    tokenizer = build_tokenizer(spec.template, CORPUS)
    tokenized = [tokenize_example(tokenizer, e, max_length=MAX_LENGTH, system_prompt=SYSTEM) for e in CONVERSATIONS]
    return Family(
        spec=spec,
        tokenizer=tokenizer,
        model_config=build_model_config(spec.architecture, tokenizer),
        tokenized=tokenized,
        batch=collate(tokenized, tokenizer.pad_token_id),
    )


def _labelled_runs(tokenizer, example: TokenizedExample) -> list[str]:
    """The decoded text of each contiguous run of labelled tokens."""
    runs, current = [], []
    for token, label in zip(example.input_ids, example.labels):
        if label != IGNORE_INDEX:
            assert label == token, "a label must be the token itself"
            current.append(token)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [tokenizer.decode(run) for run in runs]


def _eval_loss(model, batch) -> float:
    model.eval()
    with torch.no_grad():
        parts = reply_token_loss(model, batch["input_ids"], batch["attention_mask"], batch["labels"])
    return float(parts.total) / parts.tokens


@pytest.fixture(scope="module")
def trained(family: Family) -> Trained:
    base = build_model(family.model_config)
    base_state = {k: v.clone() for k, v in base.state_dict().items()}
    model = attach_lora(base, build_config("smoke"), family.spec.target_modules)
    lora_before = {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
    loss_before = _eval_loss(model, family.batch)
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=LEARNING_RATE)
    batch = family.batch
    parts = reply_token_loss(model, batch["input_ids"], batch["attention_mask"], batch["labels"])
    (parts.total / parts.tokens).backward()
    optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return Trained(
        model=model,
        base_state=base_state,
        lora_before=lora_before,
        loss_before=loss_before,
        loss_after=_eval_loss(model, batch),
        step_loss=float(parts.total.detach()) / parts.tokens,
    )


def test_catalog_architecture_is_the_config_model_type(family: Family):
    assert family.model_config.model_type == family.spec.architecture


def test_tiny_tokenizer_keeps_special_tokens_whole(family: Family):
    tokenizer = family.tokenizer
    for token in {*tokenizer.all_special_tokens, *TEMPLATE_SPECIAL_TOKENS[family.spec.template]}:
        assert len(tokenizer(token, add_special_tokens=False)["input_ids"]) == 1, token
    text = render(tokenizer, with_system_prompt(CONVERSATIONS[1].messages, SYSTEM))
    assert tokenizer.decode(tokenizer(text, add_special_tokens=False)["input_ids"]) == text


def test_template_renders_family_markers(family: Family):
    template, tokenizer = family.spec.template, family.tokenizer
    messages = with_system_prompt(CONVERSATIONS[1].messages, SYSTEM)
    text = render(tokenizer, messages)
    for marker in MARKERS[template]:
        assert marker in text, f"{template} should write {marker!r}:\n{text}"
    for reply in (FIRST_REPLY, SECOND_REPLY):
        assert reply + family.end_of_turn in text
    if template == "gemma":
        assert "<start_of_turn>system" not in text  # Gemma has no system role
    assert render(tokenizer, messages[:-1], generation_prompt=True).endswith(GENERATION_PROMPTS[template])


def test_labels_cover_replies_and_end_of_turn_only(family: Family):
    tokenizer, template = family.tokenizer, family.spec.template
    replies_per_example = ((FIRST_REPLY,), (FIRST_REPLY, SECOND_REPLY))
    for example, replies in zip(family.tokenized, replies_per_example):
        assert not example.truncated and len(example.labels) == len(example.input_ids)
        runs = _labelled_runs(tokenizer, example)
        assert len(runs) == len(replies), runs
        for i, (run, reply) in enumerate(zip(runs, replies)):
            tail = LAST_REPLY_TAIL.get(template, "") if i == len(replies) - 1 else ""
            # Plain-text templates ("Output: ", "Counsellor: ") label the space before the reply.
            assert run.lstrip(" ") == reply + family.end_of_turn + tail, run
            for prompt_text in (SYSTEM, FIRST_USER, SECOND_USER):
                assert prompt_text not in run
        if tokenizer.bos_token and render(tokenizer, [{"role": "user", "content": "x"}]).startswith(tokenizer.bos_token):
            assert example.input_ids[0] == tokenizer.bos_token_id and example.input_ids[1] != tokenizer.bos_token_id


def test_lora_adapts_every_catalog_target_module(family: Family, trained: Trained):
    model, targets = trained.model, family.spec.target_modules
    adapted = [name for name, module in model.named_modules() if hasattr(module, "lora_A")]
    assert {name.rsplit(".", 1)[-1] for name in adapted} == set(targets)
    assert len(adapted) == family.model_config.num_hidden_layers * len(targets)
    params = dict(model.named_parameters())
    assert params and all(p.requires_grad == (".lora_" in name) for name, p in params.items())
    assert any(p.requires_grad for p in params.values())


def test_reply_loss_equals_the_models_own_loss(family: Family, trained: Trained):
    batch = family.batch
    tokens = int((batch["labels"][:, 1:] != IGNORE_INDEX).sum())
    assert (batch["attention_mask"] == 0).any(), "the batch should hold padding, so masking is exercised"
    base = build_model(family.model_config, trained.base_state)
    for model in (base, trained.model):  # the plain model, and through PEFT with trained LoRA
        model.eval()
        with torch.no_grad():
            parts = reply_token_loss(model, batch["input_ids"], batch["attention_mask"], batch["labels"])
            own = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"], labels=batch["labels"]).loss
        assert parts.tokens == tokens
        assert torch.isfinite(parts.total)
        torch.testing.assert_close(parts.total, own * tokens, rtol=1e-4, atol=0)
    softcap = getattr(family.model_config, "final_logit_softcapping", None)
    if softcap:
        base.config.final_logit_softcapping = None  # without the cap the loss must differ, or the check is toothless
        with torch.no_grad():
            uncapped = reply_token_loss(base, batch["input_ids"], batch["attention_mask"], batch["labels"])
        assert abs(float(uncapped.total) - float(own * tokens)) > 1e-2 * float(own * tokens)


def test_one_step_trains_lora(family: Family, trained: Trained):
    assert torch.isfinite(torch.tensor(trained.step_loss))
    params = dict(trained.model.named_parameters())
    changed_b = [n for n, before in trained.lora_before.items() if ".lora_B." in n and not torch.equal(before, params[n])]
    assert changed_b and len(changed_b) == sum(".lora_B." in n for n in trained.lora_before)
    assert trained.loss_after < trained.loss_before


def test_adapter_round_trips(family: Family, trained: Trained, tmp_path):
    from peft import PeftModel

    folder = save_adapter(trained.model, tmp_path / "adapter")
    assert (folder / ADAPTER_CONFIG).exists() and (folder / ADAPTER_WEIGHTS).exists()
    saved = json.loads((folder / ADAPTER_CONFIG).read_text())
    assert set(saved["target_modules"]) == set(family.spec.target_modules)
    from safetensors.torch import load_file

    assert all(".lora_" in key for key in load_file(str(folder / ADAPTER_WEIGHTS))), "only adapter weights are saved"

    ids, mask = family.batch["input_ids"], family.batch["attention_mask"]
    fresh = build_model(family.model_config, trained.base_state)
    with torch.no_grad():
        base_logits = fresh(input_ids=ids, attention_mask=mask).logits
    reloaded = PeftModel.from_pretrained(fresh, str(folder)).eval()
    trained.model.eval()
    with torch.no_grad():
        want = trained.model(input_ids=ids, attention_mask=mask).logits
        got = reloaded(input_ids=ids, attention_mask=mask).logits
    assert torch.allclose(got, want, atol=1e-5)
    assert not torch.allclose(base_logits, want, atol=1e-5), "the adapter should change the model"
