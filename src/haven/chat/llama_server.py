"""``python -m haven.chat.llama_server ARGS``: llama-cpp-python's OpenAI-compatible server, opened safely.

The same arguments as ``python -m llama_cpp.server``; the models are loaded through
:func:`haven.models.gguf.llama_class` first (on a CPU with AMX, without ggml's extra buffer
types, whose first decode crashes there), so `haven serve` runs on every CPU that `haven chat` does.
"""

from __future__ import annotations


def main() -> None:
    from haven.models.gguf import llama_class

    llama_class()
    from llama_cpp.server.__main__ import main as serve

    serve()


if __name__ == "__main__":
    main()
