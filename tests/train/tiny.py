"""Tiny tokenizers and randomly initialised models for the train tests; nothing is downloaded.

The tokenizer is a byte-level BPE trained in milliseconds on the test's own sentences,
so any text encodes, decoding gives the text back exactly, and offsets are character
offsets (what ``haven.data.format`` maps labels with). Each family's named tokens
(bos/eos/pad/unk, as its reference tokenizer spells them) and its template's special
tokens are added whole. Models are built from the family's transformers config at a
few thousand parameters, with the ids of those named tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from haven.models.templates import TEMPLATE_SPECIAL_TOKENS, TEMPLATES

HIDDEN = 64
HEADS = 4
HEAD_DIM = HIDDEN // HEADS
MODEL_SEED = 1234


@dataclass(frozen=True)
class NamedTokens:
    """The bos/eos/pad/unk tokens of a template's reference tokenizer (bos may be absent)."""

    bos: str | None
    eos: str
    pad: str
    unk: str

    def all(self) -> list[str]:
        return [t for t in (self.bos, self.eos, self.pad, self.unk) if t is not None]


# As the reference tokenizers spell them: Qwen2 has no bos; Phi-2 uses one token for all.
NAMED_TOKENS: dict[str, NamedTokens] = {
    "chatml": NamedTokens(bos=None, eos="<|im_end|>", pad="<|endoftext|>", unk="<|endoftext|>"),
    "zephyr": NamedTokens(bos="<s>", eos="</s>", pad="</s>", unk="<unk>"),
    "gemma": NamedTokens(bos="<bos>", eos="<eos>", pad="<pad>", unk="<unk>"),
    "phi3": NamedTokens(bos="<s>", eos="<|endoftext|>", pad="<|endoftext|>", unk="<unk>"),
    "phi2": NamedTokens(bos="<|endoftext|>", eos="<|endoftext|>", pad="<|endoftext|>", unk="<|endoftext|>"),
    "plain": NamedTokens(bos="<bos>", eos="<eos>", pad="<pad>", unk="<unk>"),
}

# Words the templates write around messages, so the tiny vocabulary has merges for them.
TEMPLATE_WORDS = "system user assistant model Instruct: Output: Person: Counsellor:"


def build_tokenizer(template: str, corpus: Iterable[str], vocab_size: int = 400):
    """A byte-level BPE tokenizer with `template`'s chat template and special tokens."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    named = NAMED_TOKENS[template]
    specials = list(dict.fromkeys(named.all() + list(TEMPLATE_SPECIAL_TOKENS[template])))
    bpe = Tokenizer(models.BPE(unk_token=named.unk))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    bpe.train_from_iterator([*corpus, TEMPLATE_WORDS], trainer)
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe, bos_token=named.bos, eos_token=named.eos, pad_token=named.pad, unk_token=named.unk
    )
    tokenizer.chat_template = TEMPLATES[template]
    return tokenizer


def _family_kwargs(architecture: str) -> dict:
    """Per-family settings on top of the shared tiny shape."""
    gemma_like = dict(head_dim=HEAD_DIM, hidden_activation="gelu_pytorch_tanh")
    if architecture == "gemma":
        return gemma_like
    if architecture == "gemma2":
        # Gemma-2's final_logit_softcapping (30 upstream) barely bends the small logits of a
        # random tiny model; a cap of 0.5 makes it decide the loss, so a loss that skipped it
        # could not match the model's own.
        return dict(gemma_like, query_pre_attn_scalar=HEAD_DIM, sliding_window=16, final_logit_softcapping=0.5)
    if architecture == "gemma3_text":
        return dict(gemma_like, query_pre_attn_scalar=HEAD_DIM, sliding_window=16)
    if architecture == "stablelm":
        return dict(use_qkv_bias=True)  # stablelm-2-1.6b has q/k/v biases
    return {}


CONFIG_CLASSES = {
    "llama": "LlamaConfig",
    "gemma": "GemmaConfig",
    "gemma2": "Gemma2Config",
    "gemma3_text": "Gemma3TextConfig",
    "phi3": "Phi3Config",
    "qwen2": "Qwen2Config",
    "stablelm": "StableLmConfig",
    "phi": "PhiConfig",
}


def build_model_config(architecture: str, tokenizer):
    """A two-layer config of `architecture` whose vocabulary and named ids are the tokenizer's."""
    import transformers

    config_class = getattr(transformers, CONFIG_CLASSES[architecture])
    return config_class(
        vocab_size=len(tokenizer),
        hidden_size=HIDDEN,
        intermediate_size=2 * HIDDEN,
        num_hidden_layers=2,
        num_attention_heads=HEADS,
        num_key_value_heads=HEADS // 2,
        max_position_embeddings=512,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        **_family_kwargs(architecture),
    )


def build_model(config, state_dict=None):
    """A causal LM from `config` in eval mode: seeded weights, or `state_dict` when given."""
    import torch
    from transformers import AutoModelForCausalLM

    torch.manual_seed(MODEL_SEED)
    model = AutoModelForCausalLM.from_config(config, attn_implementation="eager")
    if state_dict is not None:
        model.load_state_dict(state_dict)
    return model.eval()
