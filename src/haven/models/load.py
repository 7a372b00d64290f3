"""Load a tokenizer and model for training, evaluation or chat.

GGUF files are de-quantised by transformers, which is slow the first time (Gemma's
tokenizer conversion alone takes about 40 s on a 2-core CPU), so the converted
model and tokenizer are saved once under the cache, keyed by the GGUF file's
SHA-256, and loaded from there afterwards.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from haven.deps import require
from haven.errors import ModelLoadError, ModelNotFoundError
from haven.models.memory import RUNTIME_OVERHEAD, is_out_of_memory, out_of_memory_message, weights_bytes
from haven.models.precision import Precision, choose_precision, quantization_config, torch_dtype
from haven.models.resolve import ResolvedModel, resolve_model
from haven.models.templates import TEMPLATES
from haven.paths import cache_dir

log = logging.getLogger(__name__)

CONVERTED_MARKER = "haven-model.ok"
TOKENIZER_MARKER = "haven-tokenizer.ok"
BYTES_PER_WEIGHT = {Precision.FP32: 4.0, Precision.BF16: 2.0, Precision.INT8: 1.0, Precision.NF4: 0.5}
FP32_BYTES = BYTES_PER_WEIGHT[Precision.FP32]


@dataclass
class LoadedModel:
    """A model and tokenizer ready to use, with how they were loaded."""

    model: object
    tokenizer: object
    resolved: ResolvedModel
    precision: Precision
    device: str

    @property
    def spec(self):
        return self.resolved.spec


def converted_dir(resolved: ResolvedModel) -> Path:
    """Where the de-quantised copy of a GGUF model is cached."""
    return cache_dir() / "converted" / resolved.sha256[:16]


def ensure_converted(resolved: ResolvedModel, with_model: bool = True) -> Path:
    """De-quantise a GGUF model into the cache once; return the checkpoint folder.

    The tokenizer and the weights are converted (and marked done) separately, so a
    caller that needs only the tokenizer does not pay for the weights.
    """
    target = converted_dir(resolved)
    target.mkdir(parents=True, exist_ok=True)
    require("transformers")
    folder, name = str(resolved.gguf_path.parent), resolved.gguf_path.name
    if not (target / TOKENIZER_MARKER).exists():
        from transformers import AutoTokenizer

        log.info("converting the tokenizer of %s from GGUF once (cached at %s)", name, target)
        tokenizer = _convert(lambda: AutoTokenizer.from_pretrained(folder, gguf_file=name), resolved)
        tokenizer.save_pretrained(target)
        (target / TOKENIZER_MARKER).write_text(resolved.sha256)
    if with_model and not (target / CONVERTED_MARKER).exists():
        from transformers import AutoModelForCausalLM

        log.info("de-quantising %s from GGUF once (cached at %s)", name, target)
        model = _convert(lambda: AutoModelForCausalLM.from_pretrained(folder, gguf_file=name, dtype="float32"), resolved)
        # The GGUF weights are fully de-quantised here; drop the GGUF quantizer marker so the
        # plain checkpoint can be saved and later loaded without the slow conversion.
        if (quantizer := getattr(model, "hf_quantizer", None)) is not None:
            quantizer.remove_quantization_config(model)
        model.save_pretrained(target)
        (target / CONVERTED_MARKER).write_text(resolved.sha256)
    return target


def _convert(load, resolved: ResolvedModel):
    try:
        return load()
    except (ValueError, OSError, KeyError, RuntimeError, MemoryError) as err:
        if is_out_of_memory(err):
            needed = weights_bytes(resolved.spec.parameters, FP32_BYTES) or resolved.gguf_path.stat().st_size * 8
            raise ModelLoadError(out_of_memory_message(
                f"de-quantising {resolved.gguf_path.name}", needed,
                "close other programs, or serve the GGUF as it is with --backend llama.cpp")) from err
        raise ModelLoadError(f"could not convert {resolved.gguf_path} from GGUF ({err}): the file may be corrupt") from err


def checkpoint_location(resolved: ResolvedModel, with_model: bool = True) -> str:
    """A folder or hub id that ``from_pretrained`` can take."""
    if resolved.gguf_path is not None:
        return str(ensure_converted(resolved, with_model))
    if resolved.folder is not None:
        return str(resolved.folder)
    return resolved.spec.hub_id


def _hub_error(resolved: ResolvedModel, err: Exception) -> ModelLoadError:
    hub_id = resolved.spec.hub_id
    return ModelLoadError(
        f"could not load {hub_id} from the Hugging Face hub ({type(err).__name__}): this machine cannot reach it. "
        f"On a machine with internet run `huggingface-cli download {hub_id} --local-dir DIR`, copy DIR here "
        "and pass --model DIR"
    )


def load_tokenizer(resolved: ResolvedModel):
    """The tokenizer, with a pad token and the chat template Haven uses for this model."""
    require("transformers")
    from transformers import AutoTokenizer

    location = checkpoint_location(resolved, with_model=False)
    try:
        tokenizer = AutoTokenizer.from_pretrained(location)
    except OSError as err:
        if resolved.is_hub:
            raise _hub_error(resolved, err) from err
        raise ModelLoadError(f"could not load the tokenizer from {location}: {err}") from err
    apply_haven_template(tokenizer, resolved.spec)
    return tokenizer


def apply_haven_template(tokenizer, spec) -> None:
    """Use the model's own chat template; base models and template-less tokenizers get ours."""
    if not spec.chat_tuned or not getattr(tokenizer, "chat_template", None):
        tokenizer.chat_template = TEMPLATES[spec.template]
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token


def _memory_error(resolved: ResolvedModel, chosen: Precision, location: str) -> ModelLoadError:
    """Out of memory loading weights: needed (from the parameter count or the files) vs available."""
    per_weight = BYTES_PER_WEIGHT.get(chosen, FP32_BYTES)
    if resolved.spec.parameters:
        needed = weights_bytes(resolved.spec.parameters, per_weight)
    else:  # a local folder: its weight files, as stored
        files = list(Path(location).glob("*.safetensors")) + list(Path(location).glob("*.bin"))
        needed = int(sum(f.stat().st_size for f in files) * RUNTIME_OVERHEAD) or None
    fix = "close other programs, try a smaller model, or --precision nf4 on a CUDA GPU"
    if chosen is Precision.FP32:
        fix = "close other programs, try a smaller model, or --backend llama.cpp (4-bit GGUF)"
    return ModelLoadError(out_of_memory_message(f"loading {resolved.name} at {chosen.value}", needed, fix))


def load_model(model: str | Path | ResolvedModel, precision: Precision | str = Precision.AUTO) -> LoadedModel:
    """Load tokenizer and weights at the precision chosen for this machine."""
    require("torch")
    import torch
    from transformers import AutoModelForCausalLM

    resolved = model if isinstance(model, ResolvedModel) else resolve_model(model)
    chosen = choose_precision(precision)
    tokenizer = load_tokenizer(resolved)
    location = checkpoint_location(resolved)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    kwargs = {"dtype": torch_dtype(chosen)}
    if (quant := quantization_config(chosen)) is not None:
        kwargs.update(quantization_config=quant, device_map="auto")
    try:
        weights = AutoModelForCausalLM.from_pretrained(location, **kwargs)
        if quant is None:
            weights.to(device)
    except (OSError, RuntimeError, MemoryError) as err:
        if is_out_of_memory(err):
            raise _memory_error(resolved, chosen, location) from err
        if isinstance(err, OSError):
            if resolved.is_hub:
                raise _hub_error(resolved, err) from err
            raise ModelNotFoundError(f"no loadable weights in {location}: {err}") from err
        raise
    weights.eval()
    return LoadedModel(model=weights, tokenizer=tokenizer, resolved=resolved, precision=chosen, device=device)
