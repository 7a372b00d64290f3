"""Chat templates of the model families Haven knows, as Jinja strings.

The tokenizer's own template is the single source whenever it has one (hub models
and chat-tuned GGUF files carry it). These copies exist for two cases: a tokenizer
that lost its template (some GGUF conversions, tiny test tokenizers built from a
config) and base models that never had one, which get `PLAIN_TEMPLATE`, documented
below. Each copy follows the template published with the model's tokenizer_config.json.
"""

from __future__ import annotations

# ChatML: Qwen2/Qwen1.5 chat, SmolLM2-Instruct, StableLM-2-chat.
CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

# Zephyr style, used by TinyLlama-1.1B-Chat-v1.0.
ZEPHYR_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'user' %}{{ '<|user|>\n' + message['content'] + eos_token + '\n' }}"
    "{% elif message['role'] == 'system' %}{{ '<|system|>\n' + message['content'] + eos_token + '\n' }}"
    "{% elif message['role'] == 'assistant' %}{{ '<|assistant|>\n' + message['content'] + eos_token + '\n' }}"
    "{% endif %}"
    "{% if loop.last and add_generation_prompt %}{{ '<|assistant|>' + '\n' }}{% endif %}"
    "{% endfor %}"
)

# Gemma / Gemma-2 instruction-tuned: no system role; a system message is folded into
# the first user turn, as Gemma's own documentation recommends.
GEMMA_TEMPLATE = (
    "{{ bos_token }}"
    "{% if messages[0]['role'] == 'system' %}"
    "{% set first_user_prefix = messages[0]['content'] + '\n\n' %}{% set loop_messages = messages[1:] %}"
    "{% else %}{% set first_user_prefix = '' %}{% set loop_messages = messages %}{% endif %}"
    "{% for message in loop_messages %}"
    "{% if message['role'] == 'assistant' %}{% set role = 'model' %}{% else %}{% set role = message['role'] %}{% endif %}"
    "{{ '<start_of_turn>' + role + '\n' + (first_user_prefix if loop.first else '') + message['content'] | trim + '<end_of_turn>\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<start_of_turn>model\n' }}{% endif %}"
)

# Phi-3-mini-4k-instruct.
PHI3_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ '<|system|>\n' + message['content'] + '<|end|>\n' }}"
    "{% elif message['role'] == 'user' %}{{ '<|user|>\n' + message['content'] + '<|end|>\n' }}"
    "{% elif message['role'] == 'assistant' %}{{ '<|assistant|>\n' + message['content'] + '<|end|>\n' }}"
    "{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% else %}{{ eos_token }}{% endif %}"
)

# Phi-2 has no chat template; Microsoft's model card documents the "Instruct:/Output:"
# QA format, which this renders, ending each reply with the EOS token.
PHI2_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ message['content'] + '\n' }}"
    "{% elif message['role'] == 'user' %}{{ 'Instruct: ' + message['content'] + '\n' }}"
    "{% elif message['role'] == 'assistant' %}{{ 'Output: ' + message['content'] + eos_token + '\n' }}"
    "{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ 'Output:' }}{% endif %}"
)

# Haven's documented plain template for base (not chat-tuned) models such as
# Gemma-3-270M: the system text, then "Person:" / "Counsellor:" turns, each reply
# closed by the EOS token so the model learns where a reply ends.
PLAIN_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ message['content'] + '\n\n' }}"
    "{% elif message['role'] == 'user' %}{{ 'Person: ' + message['content'] + '\n' }}"
    "{% elif message['role'] == 'assistant' %}{{ 'Counsellor: ' + message['content'] + eos_token + '\n' }}"
    "{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{ 'Counsellor:' }}{% endif %}"
)

TEMPLATES: dict[str, str] = {
    "chatml": CHATML_TEMPLATE,
    "zephyr": ZEPHYR_TEMPLATE,
    "gemma": GEMMA_TEMPLATE,
    "phi3": PHI3_TEMPLATE,
    "phi2": PHI2_TEMPLATE,
    "plain": PLAIN_TEMPLATE,
}

# Special tokens each template needs in the vocabulary (used to build tiny test tokenizers).
TEMPLATE_SPECIAL_TOKENS: dict[str, tuple[str, ...]] = {
    "chatml": ("<|im_start|>", "<|im_end|>"),
    "zephyr": ("<|user|>", "<|assistant|>", "<|system|>"),
    "gemma": ("<start_of_turn>", "<end_of_turn>"),
    "phi3": ("<|system|>", "<|user|>", "<|assistant|>", "<|end|>"),
    "phi2": (),
    "plain": (),
}


# Text that starts the next turn in templates without an end-of-turn token: a base model
# that keeps writing past its reply ("... Person: I'm really tired") is cut there.
TEMPLATE_STOP_STRINGS: dict[str, tuple[str, ...]] = {
    "plain": ("\nPerson:",),
    "phi2": ("\nInstruct:",),
}


def template_stop_strings(template: str) -> tuple[str, ...]:
    """Stop strings a reply rendered with `template` needs besides its end-of-turn tokens."""
    return TEMPLATE_STOP_STRINGS.get(template, ())
