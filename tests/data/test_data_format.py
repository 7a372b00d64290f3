"""Chat formatting and label masking on the real SmolLM2 and Gemma-3 tokenizers.

Only the counsellor's reply tokens and the end-of-turn/EOS token may carry loss; the
system prompt and the person's words never do; truncation never removes the reply.
"""

from __future__ import annotations

import pytest

from haven.data.format import IGNORE_INDEX, reply_spans, tokenize_example, with_system_prompt
from haven.data.schema import Example, Message, Role

pytestmark = pytest.mark.slow

USER = "I feel lonely since I moved to a new city and I don't know anyone."
REPLY = "Moving somewhere new can feel very isolating. What did you enjoy doing back home?"


def example(*turns: tuple[Role, str]) -> Example:
    return Example(messages=tuple(Message(r, t) for r, t in turns), group_id="g1", source="test")


@pytest.fixture(scope="module")
def gemma_tokenizer():
    from haven.models.load import load_tokenizer
    from haven.models.resolve import resolve_model

    return load_tokenizer(resolve_model("gemma3-270m"))


def labelled_text(tokenizer, tokenized) -> str:
    return tokenizer.decode([t for t, l in zip(tokenized.input_ids, tokenized.labels) if l != IGNORE_INDEX])


def unlabelled_text(tokenizer, tokenized) -> str:
    return tokenizer.decode([t for t, l in zip(tokenized.input_ids, tokenized.labels) if l == IGNORE_INDEX])


def test_smollm2_only_reply_and_end_of_turn_carry_loss(smollm2_tokenizer):
    tok = smollm2_tokenizer
    out = tokenize_example(tok, example((Role.USER, USER), (Role.ASSISTANT, REPLY)), max_length=512)
    learned = labelled_text(tok, out)
    assert learned.strip() == REPLY + "<|im_end|>"
    assert USER not in learned and "Haven" not in learned
    last_learned = [label for label in out.labels if label != IGNORE_INDEX][-1]
    assert last_learned == tok.convert_tokens_to_ids("<|im_end|>")
    assert "<|im_start|>assistant" in unlabelled_text(tok, out)


def test_gemma_base_uses_the_plain_template_and_learns_eos(gemma_tokenizer):
    tok = gemma_tokenizer
    out = tokenize_example(tok, example((Role.USER, USER), (Role.ASSISTANT, REPLY)), max_length=512)
    text = tok.decode(out.input_ids)
    assert "Person: " + USER in text and "Counsellor:" in text
    assert labelled_text(tok, out).strip() == REPLY + tok.eos_token
    assert [label for label in out.labels if label != IGNORE_INDEX][-1] == tok.eos_token_id


def test_every_assistant_turn_of_a_multi_turn_conversation_is_learned(smollm2_tokenizer):
    tok = smollm2_tokenizer
    conv = example((Role.USER, "Hi."), (Role.ASSISTANT, "Hello, how are you today?"),
                   (Role.USER, USER), (Role.ASSISTANT, REPLY))
    learned = labelled_text(tok, tokenize_example(tok, conv, max_length=512))
    assert "Hello, how are you today?" in learned and REPLY in learned
    assert learned.count("<|im_end|>") == 2 and "Hi." not in learned


def test_truncation_keeps_the_reply_and_the_end_of_the_question(smollm2_tokenizer):
    tok = smollm2_tokenizer
    long_question = " ".join(["I keep going over the same worries again and again."] * 60) + " What should I do?"
    out = tokenize_example(tok, example((Role.USER, long_question), (Role.ASSISTANT, REPLY)), max_length=96)
    assert len(out) <= 96 and out.truncated
    assert labelled_text(tok, out).strip() == REPLY + "<|im_end|>"
    assert "What should I do?" in unlabelled_text(tok, out)


def test_an_overlong_reply_is_cut_but_never_removed(smollm2_tokenizer):
    tok = smollm2_tokenizer
    long_reply = " ".join(["It makes sense that you feel this way."] * 80)
    out = tokenize_example(tok, example((Role.USER, USER), (Role.ASSISTANT, long_reply)), max_length=64)
    assert len(out) == 64
    assert out.reply_tokens >= 32


def test_the_system_prompt_is_added_once(smollm2_tokenizer):
    messages = with_system_prompt((Message(Role.USER, "hi"), Message(Role.ASSISTANT, "hello")), "Be kind.")
    assert [m["role"] for m in messages] == ["system", "user", "assistant"]
    text, spans = reply_spans(smollm2_tokenizer, messages)
    assert text.count("Be kind.") == 1 and len(spans) == 1
    assert text[spans[0][0]:spans[0][1]] == "hello<|im_end|>"


def test_marker_patterns_are_kept_per_tokenizer_not_per_id():
    """The markers a reply's end is backed out of were cached by id(tokenizer); a freed tokenizer's id
    can be reused by the next one, which then read another family's markers (a flaky label test in CI).
    The cache holds each tokenizer weakly, so a freed one leaves it."""
    import gc

    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast

    from haven.data import format as fmt

    def tokenizer(markers):
        fast = PreTrainedTokenizerFast(tokenizer_object=Tokenizer(models.BPE(unk_token="<unk>")), unk_token="<unk>")
        fast.add_special_tokens({"additional_special_tokens": markers})
        return fast

    first = tokenizer(["<start_of_turn>", "<end_of_turn>"])
    assert "<end_of_turn>" in fmt._marker_pattern(first).pattern
    before = len(fmt._MARKER_PATTERNS)
    del first
    gc.collect()
    assert len(fmt._MARKER_PATTERNS) == before - 1
    second = tokenizer(["<|user|>", "<|end|>"])
    pattern = fmt._marker_pattern(second).pattern
    assert "<\\|user\\|>" in pattern and "end_of_turn" not in pattern
