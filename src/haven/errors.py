"""Haven's domain exceptions, in one place.

Library code raises these with a message that states the value, the limit and the
remedy; only the CLI turns them into an exit with one clear line.
"""


class HavenError(Exception):
    """Base class of every error Haven raises on purpose."""


class ConfigError(HavenError, ValueError):
    """A configuration value is out of range or inconsistent."""


class DataError(HavenError, ValueError):
    """Training or evaluation data cannot be read or is malformed (the message names the line)."""


class ModelNotFoundError(HavenError, FileNotFoundError):
    """A model name, folder or file does not resolve to weights on this machine."""


class ModelLoadError(HavenError, RuntimeError):
    """A model was found but cannot be loaded (corrupt file, LFS pointer, no hub, out of memory)."""


class AdapterError(HavenError, RuntimeError):
    """A LoRA adapter is missing, corrupt, or belongs to another base model."""


class MissingDependencyError(HavenError, ImportError):
    """An optional dependency is not installed; the message names the extra to install."""


class BackendError(HavenError, RuntimeError):
    """A chat backend failed to produce a reply (timeout, server error, unreachable URL)."""


class BackendBusyError(BackendError):
    """Every slot of a shared backend stayed busy for longer than the caller would wait."""


class BackendTimeoutError(BackendError):
    """A backend gave no reply (or no next token) within the reply's time limit."""


class AdapterNotExportedError(BackendError, ConfigError):
    """An adapter folder has no ``adapter.gguf`` yet, which llama.cpp needs (`haven export` writes it)."""
