"""Save and load LoRA adapters: the adapter alone, never the base weights.

Loading checks the run card's base-model hash against the base it is applied to, so
an adapter trained on one model is never silently applied to another.
"""

from __future__ import annotations

from pathlib import Path

from haven.errors import AdapterError
from haven.models.load import LoadedModel
from haven.train.card import RunCard, read_run_card

ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"


def save_adapter(model, folder: Path) -> Path:
    """Write the PEFT adapter (weights and config only) into `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(folder), save_embedding_layers=False)
    return folder


def check_adapter_folder(folder: Path) -> RunCard:
    """The run card of a complete adapter folder, or an error naming what is missing."""
    folder = Path(folder)
    if not folder.is_dir():
        raise AdapterError(f"no adapter folder at {folder}: train one with `haven train --output {folder}`")
    for name in (ADAPTER_CONFIG, ADAPTER_WEIGHTS):
        if not (folder / name).exists():
            raise AdapterError(f"{folder} has no {name}: the adapter is incomplete; retrain it")
    return read_run_card(folder)


def attach_adapter(loaded: LoadedModel, folder: Path, adapter_name: str = "default"):
    """Wrap the loaded model with the adapter in `folder` (base hash checked); returns the PeftModel."""
    from peft import PeftModel

    card = check_adapter_folder(folder)
    if loaded.resolved.sha256 and card.base_sha256 and card.base_sha256 != loaded.resolved.sha256:
        raise AdapterError(
            f"adapter {folder} was trained on {card.base_model} (sha256 {card.base_sha256[:12]}…), "
            f"not on {loaded.resolved.name} (sha256 {loaded.resolved.sha256[:12]}…): pass --model {card.base_model}"
        )
    try:
        model = PeftModel.from_pretrained(loaded.model, str(folder), adapter_name=adapter_name)
    except Exception as err:  # noqa: BLE001 - safetensors, PEFT and torch each raise their own types
        raise AdapterError(f"adapter {folder} could not be loaded ({type(err).__name__}: {err}); it may be corrupt") from err
    model.eval()
    return model
