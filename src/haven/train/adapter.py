"""The adapter folder: opened once into an :class:`Adapter`, the only code that knows its layout.

A Haven adapter folder holds the PEFT adapter alone (never the base weights), its run
card (how it was made, :mod:`haven.train.card`), and, once exported, the llama.cpp LoRA
file ``adapter.gguf``. Callers open the folder once and ask the object: its base model
and that base's SHA-256 (checked before the adapter is applied to any base), its system
prompt, its PEFT files, and its GGUF (exported on demand with :meth:`Adapter.ensure_gguf`).
Like litgpt's ``Config.from_file``: nothing else joins paths into the folder or re-reads
its card.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from haven.errors import AdapterError, AdapterNotExportedError
from haven.train.card import RUN_CARD, RunCard, read_run_card

ADAPTER_WEIGHTS = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"
ADAPTER_GGUF = "adapter.gguf"  # the llama.cpp LoRA file `haven export --format gguf` writes
WEIGHT_FILES = (ADAPTER_WEIGHTS, ADAPTER_GGUF)  # what decides an adapter's replies (hashed by reply caches)
# The base with the adapter merged in (`haven export --format merged`, or the llama.cpp backend on
# first use): one model file, so the LoRA costs nothing per token. A cache, rebuilt from the weights.
MERGED_GGUF = "merged-{quantization}.gguf"
# Q8_0 keeps the adapter's effect (held-out perplexity and logits measured in
# benchmarks/merge_quality.py); 4-bit re-quantisation rounds part of it away.
MERGED_QUANTIZATION = "Q8_0"


def save_adapter(model, folder: Path) -> Path:
    """Write the PEFT adapter (weights and config only) into `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(folder), save_embedding_layers=False)
    return folder


def base_mismatch(what: str, card_model: str, card_sha256: str | None, other: str, other_sha256: str | None,
                  remedy: str) -> AdapterError | None:
    """The one wording of "this was made for another base file", or None when the hashes agree (or one is unknown)."""
    if not card_sha256 or not other_sha256 or card_sha256 == other_sha256:
        return None
    return AdapterError(f"{what} was trained on {card_model} (sha256 {card_sha256[:12]}…), "
                        f"not on {other} (sha256 {other_sha256[:12]}…): {remedy}")


@dataclass(frozen=True)
class Adapter:
    """A complete adapter folder and its run card, read once.

    Attributes:
        folder: the adapter folder.
        card: its run card (``run_card.json``); None only for a folder opened for llama.cpp
            that holds an exported ``adapter.gguf`` without one (nothing to check it against).
    """

    folder: Path
    card: RunCard | None

    @classmethod
    def open(cls, folder: Path | str, gguf_only: bool = False) -> "Adapter":
        """Open an adapter folder, or raise AdapterError naming what is missing and how to fix it.

        With `gguf_only` (llama.cpp, which applies only ``adapter.gguf``) the PEFT files
        are not needed, the GGUF is, and a folder without a run card is accepted.
        """
        folder = require_folder(folder)
        if gguf_only:
            adapter = cls(folder, read_run_card(folder) if (folder / RUN_CARD).exists() else None)
            adapter.require_gguf()
            return adapter
        for name in (ADAPTER_CONFIG, ADAPTER_WEIGHTS):
            if not (folder / name).exists():
                raise AdapterError(f"{folder} has no {name}: the adapter is incomplete; retrain it")
        return cls(folder, read_run_card(folder))

    @staticmethod
    def card_files(runs: Path) -> list[Path]:
        """The run cards of the adapter folders directly under `runs` (``runs/NAME``), sorted."""
        return sorted(Path(runs).glob(f"*/{RUN_CARD}"))

    @property
    def base_model(self) -> str | None:
        """The base model the adapter was trained on (catalog name, folder or .gguf path)."""
        return self.card.base_model if self.card else None

    @property
    def base_sha256(self) -> str | None:
        return self.card.base_sha256 if self.card else None

    @property
    def system_prompt(self) -> str | None:
        """The system prompt training used (None: the model's template has none, or no run card)."""
        return self.card.system_prompt if self.card else None

    @property
    def peft_weights(self) -> Path:
        return self.folder / ADAPTER_WEIGHTS

    @property
    def peft_config(self) -> Path:
        return self.folder / ADAPTER_CONFIG

    @property
    def gguf_path(self) -> Path:
        """Where the llama.cpp LoRA file is (or will be, once exported)."""
        return self.folder / ADAPTER_GGUF

    def merged_gguf_path(self, quantization: str = MERGED_QUANTIZATION) -> Path:
        """Where the base merged with this adapter, quantised to `quantization`, is (or will be) cached."""
        return self.folder / MERGED_GGUF.format(quantization=quantization)

    def merged_gguf(self, quantization: str = MERGED_QUANTIZATION) -> Path | None:
        """The cached merged model, or None when it is missing or older than the adapter's weights."""
        path = self.merged_gguf_path(quantization)
        if not path.is_file():
            return None
        weights = [p for p in (self.peft_weights, self.gguf_path) if p.is_file()]
        stale = any(p.stat().st_mtime > path.stat().st_mtime for p in weights)
        return None if stale else path

    def ensure_merged_gguf(self, quantization: str = MERGED_QUANTIZATION, base_gguf: Path | None = None) -> Path:
        """The base merged with this adapter (llama.cpp runs it at the base's speed), merged once and cached.

        Needs the PEFT weights; the run card's base hash is checked against `base_gguf` (default:
        the base the card names) before anything is written.
        """
        cached = self.merged_gguf(quantization)
        if cached is not None:
            return cached
        from haven.export.gguf_merge import merge_and_export

        return merge_and_export(self, self.merged_gguf_path(quantization), quantization, base_gguf)

    def weight_files(self) -> dict[str, Path]:
        """The files that decide the adapter's replies and exist, by name."""
        return {name: self.folder / name for name in WEIGHT_FILES if (self.folder / name).exists()}

    def check_base(self, name: str, sha256: str | None, remedy: str | None = None) -> None:
        """Refuse a base file other than the one the run card names (the one base-hash check)."""
        error = base_mismatch(f"adapter {self.folder}", self.base_model, self.base_sha256, name, sha256,
                              remedy or f"pass --model {self.base_model}")
        if error is not None:
            raise error

    def require_gguf(self) -> Path:
        """The exported ``adapter.gguf``, or an error saying how to export it."""
        if not self.gguf_path.is_file():
            raise AdapterNotExportedError(
                f"{self.folder} has no {ADAPTER_GGUF}, which llama.cpp needs: run "
                f"`haven export --adapter {self.folder} --format gguf` first, or use --backend transformers"
            )
        return self.gguf_path

    def ensure_gguf(self) -> Path:
        """The llama.cpp LoRA file, exported once (the way `haven demo` does) if it is missing."""
        if self.gguf_path.is_file():
            return self.gguf_path
        from haven.export.gguf_lora import export_lora_gguf

        return export_lora_gguf(self)

    def checked_gguf(self, base_name: str, base_sha256: str | None) -> Path:
        """``adapter.gguf`` checked to be a llama.cpp LoRA for this base before llama.cpp sees it.

        llama-cpp-python (0.3.x) checks llama.cpp's result against ``None`` while a failed
        load returns a NULL pointer, so a corrupt file would be ignored without a word and
        the base model would answer as if it were the fine-tuned one.
        """
        from haven.models.gguf import read_lora_gguf

        path = self.require_gguf()
        fix = f"re-export it with `haven export --adapter {self.folder} --format gguf`"
        try:
            lora = read_lora_gguf(path)
        except Exception as err:  # noqa: BLE001 - gguf-py raises ValueError, KeyError, struct errors...
            raise AdapterError(f"{path} is not a readable GGUF file ({type(err).__name__}: {err}): {fix}") from err
        if (lora.gguf_type, lora.adapter_type) != ("adapter", "lora") or not lora.tensors:
            found = f"type {lora.gguf_type or '?'}/{lora.adapter_type or '?'}, {len(lora.tensors)} tensors"
            raise AdapterError(f"{path} is not a llama.cpp LoRA adapter ({found}): {fix}")
        if lora.base_sha256 and base_sha256 and lora.base_sha256 != base_sha256:
            raise AdapterError(
                f"{path} was exported for another base file (sha256 {lora.base_sha256[:12]}…), not {base_name} "
                f"(sha256 {base_sha256[:12]}…): {fix}"
            )
        return path

    def attach(self, loaded, adapter_name: str = "default"):
        """Wrap a loaded model (``haven.models.load.LoadedModel``) with this adapter, base hash checked; the PeftModel."""
        from peft import PeftModel

        self.check_base(loaded.resolved.name, loaded.resolved.sha256)
        try:
            model = PeftModel.from_pretrained(loaded.model, str(self.folder), adapter_name=adapter_name)
        except Exception as err:  # noqa: BLE001 - safetensors, PEFT and torch each raise their own types
            raise AdapterError(f"adapter {self.folder} could not be loaded ({type(err).__name__}: {err}); "
                               "it may be corrupt") from err
        model.eval()
        return model


def require_folder(folder: Path | str) -> Path:
    """`folder` as a Path, or AdapterError when there is no folder there at all (not "a folder without a card")."""
    folder = Path(folder)
    if not folder.is_dir():
        what = "a file, not an adapter folder" if folder.exists() else "no adapter folder"
        raise AdapterError(f"{what} at {folder}: pass the folder `haven train` wrote (runs/NAME), "
                           f"or train one with `haven train --output {folder}`")
    return folder


def chat_system_prompt(adapter: Adapter | Path | str | None, explicit: str | None = None) -> str | None:
    """The system prompt a chat uses: the one given, else the adapter's (as trained; None: none), else Haven's."""
    from haven.data.format import DEFAULT_SYSTEM_PROMPT

    if explicit is not None:
        return explicit
    if adapter is None:
        return DEFAULT_SYSTEM_PROMPT
    # Only the run card is needed: a folder served by llama.cpp may hold adapter.gguf without the PEFT files.
    card = adapter.card if isinstance(adapter, Adapter) else read_run_card(require_folder(adapter))
    return card.system_prompt if card is not None else DEFAULT_SYSTEM_PROMPT


def open_adapter(folder: Path | str | None) -> Adapter | None:
    """``Adapter.open(folder)``, or None when no folder was given."""
    return Adapter.open(folder) if folder is not None else None


def attach_adapter(loaded, folder: Path, adapter_name: str = "default"):
    """Wrap the loaded model with the adapter in `folder` (base hash checked); returns the PeftModel."""
    return Adapter.open(folder).attach(loaded, adapter_name)
