"""Reply-token loss without materialising the full logits tensor.

A causal LM head turns every position into a vocabulary-sized row of logits; with
Gemma's 262k-token vocabulary a batch of 8×512 positions would need 4 GiB in fp32.
Only reply tokens carry loss, so Haven runs the decoder, keeps the hidden states of
the positions whose next token is labelled, and applies the head to those alone, in
chunks. The result equals the usual shifted cross-entropy over labelled tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

from haven.data.format import IGNORE_INDEX


@dataclass
class LossParts:
    """Summed token loss and the number of tokens it covers (mean = total / tokens)."""

    total: object  # a scalar tensor (keeps the graph when training)
    tokens: int


def causal_lm_of(model):
    """The underlying *ForCausalLM module, through a PEFT wrapper if there is one."""
    return model.get_base_model() if hasattr(model, "get_base_model") else model


def reply_token_loss(model, input_ids, attention_mask, labels, chunk_tokens: int = 512, position_ids=None) -> LossParts:
    """Sum of cross-entropy over labelled next tokens, computed chunk by chunk.

    Packed rows (see ``haven.train.batching.collate_packed``) pass `position_ids` and no
    `attention_mask`. No key/value cache is built: nothing here generates.
    """
    import torch
    import torch.nn.functional as F

    causal = causal_lm_of(model)
    decoder = getattr(causal, causal.base_model_prefix)
    hidden = decoder(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                     use_cache=False).last_hidden_state
    targets = labels[:, 1:]
    keep = targets != IGNORE_INDEX
    selected = hidden[:, :-1][keep]
    wanted = targets[keep]
    head = causal.get_output_embeddings()
    softcap = getattr(causal.config, "final_logit_softcapping", None)
    total = hidden.new_zeros((), dtype=torch.float32)
    for start in range(0, selected.shape[0], chunk_tokens):
        logits = head(selected[start : start + chunk_tokens]).float()
        if softcap:
            logits = torch.tanh(logits / softcap) * softcap
        total = total + F.cross_entropy(logits, wanted[start : start + chunk_tokens], reduction="sum")
    return LossParts(total=total, tokens=int(wanted.numel()))


def full_logits_loss(model, input_ids, attention_mask, labels, position_ids=None) -> LossParts:
    """The textbook loss: logits for every position and the whole vocabulary, then cross-entropy.

    Same value as `reply_token_loss`; kept as the naive baseline the training benchmark
    measures Haven's path against.
    """
    import torch.nn.functional as F

    logits = model(input_ids=input_ids, attention_mask=attention_mask, position_ids=position_ids,
                   use_cache=False).logits.float()
    targets = labels[:, 1:]
    total = F.cross_entropy(logits[:, :-1].reshape(-1, logits.shape[-1]), targets.reshape(-1),
                            ignore_index=IGNORE_INDEX, reduction="sum")
    return LossParts(total=total, tokens=int((targets != IGNORE_INDEX).sum()))
