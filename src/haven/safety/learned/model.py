"""Linear heads on sentence embeddings: the learned risk classifier and the learned reply guard.

Both are logistic regressions (one sigmoid per head) on the multilingual encoder's
vectors (:mod:`haven.safety.learned.encoder`), trained by :mod:`haven.safety.learned.train`
on Haven's own labelled corpus (``corpora/safety/``) and the outside sets of
``../shared/data/safety/``. The weights, the thresholds and the evidence for them
(data card, held-out agreement, why each threshold) ship together in
``haven/safety/learned/weights/``, like a run card beside an adapter.

Risk heads read a message together with its recent context: the features are the
message's vector and the vector of the last few turns with the message
(:func:`context_text`). Ordinal heads give P(level ≥ moderate / high / imminent) for
the writer; ``other_high`` is someone else the writer knows at high risk; one head
per category. The reply head gives P(harmful) for a reply or part of one.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from haven.data.schema import Message, Role
from haven.errors import ConfigError
from haven.safety.learned.encoder import Encoder, load_encoder, once
from haven.safety.levels import RiskCategory, RiskLevel

log = logging.getLogger(__name__)

WEIGHTS = "weights"
RISK_FILE, REPLY_FILE, CARD_FILE, SUPPORT_FILE = "risk.npz", "reply.npz", "card.json", "support.npz"
REPLY_SUPPORT_FILE = "reply_support.npz"
# The level heads are an ensemble: the network's probability averaged with the similarity-weighted
# vote of the NEIGHBOURS nearest training messages. The classifier raises a level on its own only
# for a message that lies near what it was taught: the nearest training message labelled high or
# above is at least SUPPORT_MIN_SIMILARITY similar (cosine), and the neighbours' vote says high.
SUPPORT_MIN_SIMILARITY = 0.55
# A message of several sentences is read by its most alarming sentence when that sentence alone reads
# high or above at least this surely (and is supported); otherwise by the whole message.
SENTENCE_CONFIDENT = 0.75
# ... and only when the whole message already leans that way: on 600 Dreaddit training posts (stress
# without crisis) the sentences read at 0.9 or more out of their post ("For the life of me, I can't
# think of what it might have been.") had whole-post P(high) of at most 0.15; with this floor no
# sentence raised any of the 600, at 0.9 or at 0.75 (0.75 chosen on the validation split's long posts).
SENTENCE_WHOLE_FLOOR = 0.2
NEIGHBOURS = 10
VOTE_SHARPNESS = 10.0

GE_MODERATE, GE_HIGH, GE_IMMINENT, OTHER_HIGH = "ge_moderate", "ge_high", "ge_imminent", "other_high"
LEVEL_HEADS = (GE_MODERATE, GE_HIGH, GE_IMMINENT)
CATEGORY_HEADS = tuple(c.value for c in RiskCategory)
RISK_HEADS = LEVEL_HEADS + (OTHER_HIGH,) + CATEGORY_HEADS
HARMFUL = "harmful"
REPLY_HEADS = (HARMFUL,)

CONTEXT_USER_TURNS = 3
# The reply head reads the reply beside the person's last message (its last REPLY_CONTEXT_CHARS):
# "Do it tonight." is harm after "I want to end it" and harmless after "should I call my sister?".
REPLY_CONTEXT_CHARS = 400
_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")
MAX_SENTENCES = 12
# A reply of two sentences or more is also read by windows: each sentence alone and each two in a
# row, beside the person's message (stop 35). Its kind sentences no longer outweigh the one that harms
# ("I'm glad you told me. If you do decide, make sure it's loaded. I'm here for you."). A window replaces
# the reply only at this surer ensemble P, because a sentence out of its reply can read worse than the
# reply does: on the validation split's replies, counsel-chat's held-out answers and the first three
# fresh reply batches (all seen while choosing it) 0.9 replaced no more harmless replies than the whole
# reading alone, where 0.8 replaced 4 of 976 counsel-chat answers and 0.58 (the whole reply's) 23.
WINDOW_THRESHOLD = 0.9
MAX_WINDOW_SENTENCES = 24  # the first 24 sentences are read by windows (about 400 words); the whole reply always


@dataclass(frozen=True)
class LinearHeads:
    """Sigmoid heads over a feature vector, with an optional ReLU hidden layer shared by the heads.

    ``p = sigmoid(h @ weights + bias)`` with ``h = relu(x @ hidden_weights + hidden_bias)``, or
    ``h = x`` when there is no hidden layer (plain logistic regression). One column per head.
    """

    names: tuple[str, ...]
    weights: np.ndarray
    bias: np.ndarray
    thresholds: dict[str, float] = field(default_factory=dict)
    hidden_weights: np.ndarray | None = None
    hidden_bias: np.ndarray | None = None

    @property
    def features(self) -> int:
        """How many input features the heads read."""
        return (self.hidden_weights if self.hidden_weights is not None else self.weights).shape[0]

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        """``(n, heads)`` probabilities for ``(n, features)`` inputs."""
        if features.shape[-1] != self.features:
            raise ConfigError(
                f"the safety heads expect {self.features} features and got {features.shape[-1]}: "
                "the weights and the encoder disagree; retrain with `python -m haven.safety.learned.train`"
            )
        hidden = features
        if self.hidden_weights is not None:
            hidden = np.maximum(features @ self.hidden_weights + self.hidden_bias, 0.0)
        logits = hidden @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -40, 40)))

    def save(self, path: Path) -> None:
        """Write the heads to ``path`` (.npz), thresholds included."""
        extra = {}
        if self.hidden_weights is not None:
            extra = {"hidden_weights": self.hidden_weights.astype(np.float32), "hidden_bias": self.hidden_bias.astype(np.float32)}
        np.savez_compressed(path, names=np.array(self.names), weights=self.weights.astype(np.float32),
                            bias=self.bias.astype(np.float32), thresholds=json.dumps(self.thresholds), **extra)

    @classmethod
    def load(cls, path: Path) -> LinearHeads:
        """Read heads written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as data:
            hidden = (data["hidden_weights"], data["hidden_bias"]) if "hidden_weights" in data.files else (None, None)
            return cls(tuple(str(n) for n in data["names"]), data["weights"], data["bias"],
                       json.loads(str(data["thresholds"])), *hidden)


def weights_folder() -> Path:
    """The folder the shipped weights and their card live in."""
    return Path(str(resources.files("haven.safety.learned") / WEIGHTS))


def read_card() -> dict[str, Any]:
    """The shipped weights' card: data, thresholds and why, held-out agreement."""
    return json.loads((weights_folder() / CARD_FILE).read_text(encoding="utf-8"))


# --- one BLAS thread at chat time -------------------------------------------------------------


@cache
def _blas_controller():
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - a core dependency; without it scoring still works
        return None
    return ThreadpoolController()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Score on one BLAS thread. numpy's OpenBLAS wakes a worker per core for a matrix product
    and leaves them spinning for a while after it; in a chat the model starts evaluating the
    prompt right after the message is assessed, and those spinning threads took the cores it
    needed (measured: +50 ms to the first token of SmolLM2 on 2 cores; +3 ms with one thread).
    Training keeps every thread: it embeds thousands of texts at once and nothing waits on it."""
    controller = _blas_controller()
    if controller is None:
        yield
        return
    with controller.limit(limits=1, user_api="blas"):
        yield


# --- features ----------------------------------------------------------------------------------


def context_text(history: Sequence[Message], text: str) -> str:
    """The last few user turns (and the assistant's last words) before ``text``, then ``text``."""
    turns = [m for m in history if m.role is not Role.SYSTEM]
    users = [i for i, m in enumerate(turns) if m.role is Role.USER][-CONTEXT_USER_TURNS:]
    start = users[0] if users else len(turns)
    kept = [m.content.strip()[-400:] for m in turns[start:] if m.content.strip()]
    if turns and turns[-1].role is Role.ASSISTANT and not users:
        kept = [turns[-1].content.strip()[-400:]]
    return "\n".join(kept + [text])


def risk_features(encoder: Encoder, items: Sequence[tuple[Sequence[Message], str]]) -> np.ndarray:
    """``(n, 1024)``: each message's vector beside the vector of the message in its context."""
    texts = [text for _, text in items]
    contexts = [context_text(history, text) for history, text in items]
    vectors = encoder.embed(texts + contexts)
    return np.hstack([vectors[: len(texts)], vectors[len(texts) :]])


def neighbour_vectors(features: np.ndarray) -> np.ndarray:
    """What neighbours are found by: the message's own vector (the first half of :func:`risk_features`).

    Compared once on the validation split of the time, the rest unchanged: by the message alone,
    recall at high 0.871 at false alarms 0.009; by message and context together 0.875 at 0.019; by
    the context alone 0.840 at 0.030 (a "never mind" after a crisis finds the crisis).
    The context is read by the network's second half and by the rules' conversation memory.
    """
    return np.ascontiguousarray(features[:, : features.shape[1] // 2], dtype=np.float32)


def sentences_of(text: str) -> list[str]:
    """The sentences of a message or reply (at most :data:`MAX_SENTENCES`, the longest kept)."""
    parts = [p.strip() for p in _SENTENCE.split(text) if p and p.strip()]
    return parts[:MAX_SENTENCES]


_CONTACT = re.compile(
    r"(?:https?://)?(?:[\w-]+\.)+(?:com|org|net|info|io|gov|edu|co|uk|ie|ca|au|nz|es|mx|ar|fr|de|at|ch|br|pt|in|us|me|ly|app|ai|help)\b\S*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d\s().-]{4,}\d|\b\d{3,}\b(?=\s*(?:\)|$|[,.;]))"
)


def mask_contacts(text: str) -> str:
    """Phone numbers, links and e-mail addresses replaced by a word: whether one is vetted is
    the rules' exact check, and the encoder should read what the reply says, not its digits."""
    return _CONTACT.sub("CONTACT", text)


# --- results -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RiskScores:
    """The classifier's reading of one message in its context.

    Attributes:
        probabilities: every head's probability (``ge_high``, ``suicide``, ``other_high``...).
        level: the writer's level by the shipped thresholds (``none``, ``moderate``, ``high``,
            ``imminent``; the classifier does not tell ``none`` from ``low``).
        categories: categories whose head passed its threshold, most likely first.
        other_at_risk: someone the writer knows is at high risk or above.
        driver: index of the sentence with the highest ``ge_high`` probability (into
            :func:`sentences_of` of the message), or None for a one-sentence message.
        driver_probability: that sentence's ``ge_high`` probability.
        nearest: cosine similarity of the nearest training message labelled high or above.
        vote: similarity-weighted share of the nearest training messages labelled high or above.
        by_sentence: the probabilities, level, nearest and vote are those of the driving sentence,
            not of the whole message (see :meth:`RiskClassifier._read_by_sentence`).
    """

    probabilities: dict[str, float]
    level: RiskLevel
    categories: tuple[RiskCategory, ...] = ()
    other_at_risk: bool = False
    driver: int | None = None
    driver_probability: float = 0.0
    nearest: float = 0.0
    vote: float = 0.0
    by_sentence: bool = False

    @property
    def supported(self) -> bool:
        """Whether the message lies near training messages at high or above (see :data:`SUPPORT_MIN_SIMILARITY`)."""
        return self.nearest >= SUPPORT_MIN_SIMILARITY and self.vote >= 0.5

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: probabilities rounded to 4 places, the level, categories, driver index."""
        return {
            "probabilities": {k: round(v, 4) for k, v in self.probabilities.items()},
            "level": self.level.value,
            "categories": [c.value for c in self.categories],
            "other_at_risk": self.other_at_risk,
            "driver_sentence": self.driver,
            "driver_probability": round(self.driver_probability, 4),
            "nearest_similarity": round(self.nearest, 4),
            "neighbour_vote": round(self.vote, 4),
            "read_by_sentence": self.by_sentence,
        }


# The neighbour rows' storage (support.npz ships in the wheel, and stays under 2 MB): each component
# of a unit vector, divided by its row's standard deviation, is coded in 3 bits at the Lloyd–Max
# levels of a normal distribution (the mean-squared-error optimum for 8 levels). Measured on the
# training rows against the float vectors: cosines move by 0.006 at the median and 0.022 at the 99th
# percentile, and 94% of each row's 20 nearest neighbours are unchanged; the former 4-bit codes
# scaled to each row's maximum kept 0.011 at the 99th percentile and 96.5%, in 2.4 MB instead of 1.9.
_LLOYD_EDGES = np.array([-1.748, -1.050, -0.501, 0.0, 0.501, 1.050, 1.748], dtype=np.float32)
_LLOYD_LEVELS = np.array([-2.152, -1.344, -0.756, -0.245, 0.245, 0.756, 1.344, 2.152], dtype=np.float32)


def quantise(vectors: np.ndarray) -> np.ndarray:
    """``(n, d)`` vectors (``d`` a multiple of 8) as 3-bit codes packed eight to three bytes, ``(n, 3d/8)``
    uint8. No scale is kept: :func:`dequantise` gives unit vectors, which each row's scale would not change."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.shape[1] % 8:
        raise ValueError(f"vectors of {vectors.shape[1]} dimensions cannot be packed eight codes to three bytes: "
                         "the dimension must be a multiple of 8")
    scale = np.maximum(vectors.std(axis=1, keepdims=True), 1e-8)
    codes = np.searchsorted(_LLOYD_EDGES, vectors / scale).astype(np.uint32)
    groups = codes.reshape(len(codes), -1, 8)
    word = np.zeros(groups.shape[:2], dtype=np.uint32)
    for i in range(8):
        word |= groups[:, :, i] << (3 * i)
    packed = np.stack([(word >> (8 * b)) & 255 for b in range(3)], axis=-1).astype(np.uint8)
    return packed.reshape(len(codes), -1)


def dequantise(packed: np.ndarray) -> np.ndarray:
    """What :func:`quantise` wrote, as float32 unit vectors."""
    triples = packed.reshape(len(packed), -1, 3).astype(np.uint32)
    word = triples[:, :, 0] | (triples[:, :, 1] << 8) | (triples[:, :, 2] << 16)
    codes = np.stack([(word >> (3 * i)) & 7 for i in range(8)], axis=-1).reshape(len(packed), -1)
    vectors = _LLOYD_LEVELS[codes]
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-8)
    return np.ascontiguousarray(vectors, dtype=np.float32)


@dataclass(frozen=True)
class Support:
    """Training messages' vectors and their level labels: the nearest-neighbour half of the ensemble.

    ``labels`` is ``(n, 3)`` for ``ge_moderate``, ``ge_high``, ``ge_imminent``: 1, 0, or -1 where
    the row's source does not say (for the reply guard's neighbours, ``(n, 1)``: harmful or not). ``weights`` (``(n,)``, default 1) is how many training rows each
    stored row stands for: variants of one line are stored once (see
    :func:`haven.safety.learned.train.distinct_rows`) and keep their weight in the vote.
    """

    vectors: np.ndarray
    labels: np.ndarray
    weights: np.ndarray | None = None

    def subset(self, rows: np.ndarray) -> Support:
        """The rows ``rows`` (indices or a boolean mask), with their weights."""
        return Support(self.vectors[rows], self.labels[rows], None if self.weights is None else self.weights[rows])

    def row_weights(self) -> np.ndarray:
        """Each row's weight in the vote (1 where none were stored)."""
        return np.ones(len(self.labels)) if self.weights is None else self.weights.astype(np.float64)

    def stored(self) -> Support:
        """These rows as :meth:`load` reads them back after :meth:`save` (3-bit codes): the out-of-fold votes
        that choose the thresholds are taken on these, so the thresholds fit what ships."""
        return Support(dequantise(quantise(self.vectors)), self.labels, self.weights)

    def save(self, path: Path) -> None:
        """Write the vectors as 3-bit codes (:func:`quantise`), labels as int8, weights as uint16 (the file ships in the wheel)."""
        np.savez_compressed(path, codes=quantise(self.vectors),
                            labels=self.labels.astype(np.int8),
                            weights=np.minimum(self.row_weights(), np.iinfo(np.uint16).max).astype(np.uint16))

    @classmethod
    def load(cls, path: Path) -> Support:
        """Read what :meth:`save` wrote, as float32 unit vectors for fast dot products."""
        with np.load(path, allow_pickle=False) as data:
            if data["codes"].shape[1] * 8 % 3:
                raise ConfigError(f"{path}: codes of {data['codes'].shape[1]} bytes a row are not 3-bit codes of whole "
                                  "vectors; retrain with `python -m haven.safety.learned.train`")
            weights = data["weights"].astype(np.float64) if "weights" in data.files else None
            return cls(dequantise(data["codes"]), data["labels"].astype(np.int8), weights)

    def neighbours(self, vectors: np.ndarray, exclude: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """For ``(m, 1024)`` vectors (:func:`neighbour_vectors`): the similarity of the nearest ``ge_high`` example ``(m,)`` and the
        similarity-weighted vote of the nearest labelled examples per level head ``(m, 3)``.
        ``exclude`` (``(m, n)`` booleans) hides examples, for out-of-fold votes."""
        sims = vectors @ self.vectors.T
        if exclude is not None:
            sims = np.where(exclude, -2.0, sims)
        high = self.labels[:, min(1, self.labels.shape[1] - 1)] == 1
        nearest = np.where(high[None, :], sims, -2.0).max(axis=1) if high.any() else np.zeros(len(vectors))
        votes = np.zeros((len(vectors), self.labels.shape[1]))
        for head in range(self.labels.shape[1]):
            known = self.labels[:, head] >= 0
            s = np.where(known[None, :], sims, -2.0)
            k = min(NEIGHBOURS, int(known.sum()))
            if k == 0:
                continue
            top = np.argpartition(-s, k - 1, axis=1)[:, :k]
            top_sims = np.take_along_axis(s, top, axis=1)
            weights = np.exp(VOTE_SHARPNESS * top_sims) * (top_sims > -2.0) * self.row_weights()[top]
            votes[:, head] = (weights * (self.labels[top, head] == 1)).sum(1) / np.maximum(weights.sum(1), 1e-12)
        return nearest, votes


# The network's share of the level heads' ensemble (the neighbours' vote has the rest). Chosen out of
# fold on the training half (grouped by template): with the shipped network, recall at high at 1%
# false alarms 0.908 with an even split, 0.921 at 0.4, 0.921 at 0.35.
NETWORK_WEIGHT = 0.4


def ensemble(probabilities: np.ndarray, votes: np.ndarray) -> np.ndarray:
    """The level heads' probabilities averaged with the neighbours' votes, the network weighing
    :data:`NETWORK_WEIGHT` (other heads unchanged)."""
    out = probabilities.copy()
    out[:, : len(LEVEL_HEADS)] = NETWORK_WEIGHT * probabilities[:, : len(LEVEL_HEADS)] + (1 - NETWORK_WEIGHT) * votes
    return out


class RiskClassifier:
    """Scores a message in the context of its conversation with the shipped risk heads."""

    def __init__(self, heads: LinearHeads, encoder: Encoder, support: Support | None = None) -> None:
        self.heads = heads
        self.encoder = encoder
        self.support = support
        self._index = {name: i for i, name in enumerate(heads.names)}

    def threshold(self, head: str) -> float:
        """The decision threshold of ``head`` (0.5 unless the card set another; ``alone``: 0.8)."""
        return float(self.heads.thresholds.get(head, 0.8 if head == "alone" else 0.5))

    def probabilities(self, items: Sequence[tuple[Sequence[Message], str]]) -> np.ndarray:
        """``(n, heads)`` probabilities for (history, message) pairs (level heads: network and neighbours together)."""
        return self._scored(risk_features(self.encoder, items))[0]

    def _scored(self, features: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows = self.heads.probabilities(features)
        if self.support is None:
            return rows, np.ones(len(rows)), np.ones((len(rows), len(LEVEL_HEADS)))
        nearest, votes = self.support.neighbours(neighbour_vectors(features))
        return ensemble(rows, votes), nearest, votes

    def level_of(self, row: np.ndarray) -> RiskLevel:
        """The writer's level from one row of probabilities."""
        p = {name: float(row[i]) for name, i in self._index.items()}
        if p[GE_IMMINENT] >= self.threshold(GE_IMMINENT) and p[GE_HIGH] >= self.threshold(GE_HIGH):
            return RiskLevel.IMMINENT
        if p[GE_HIGH] >= self.threshold(GE_HIGH):
            return RiskLevel.HIGH
        if p[GE_MODERATE] >= self.threshold(GE_MODERATE):
            return RiskLevel.MODERATE
        return RiskLevel.NONE

    def score(self, history: Sequence[Message], text: str) -> RiskScores:
        """Score ``text`` (the latest user message) after ``history``; finds the driving sentence."""
        parts = sentences_of(text)
        items = [(history, text)] + ([(history, s) for s in parts] if len(parts) > 1 else [])
        with one_blas_thread():
            rows, nearest, votes = self._scored(risk_features(self.encoder, items))
        chosen = self._read_by_sentence(rows, nearest, votes)
        row = rows[chosen]
        probabilities = {name: float(row[i]) for name, i in self._index.items()}
        level = self.level_of(row)
        other = probabilities[OTHER_HIGH] >= self.threshold(OTHER_HIGH)
        categories: tuple[RiskCategory, ...] = ()
        if level >= RiskLevel.MODERATE or other:
            ranked = sorted(CATEGORY_HEADS, key=lambda c: -probabilities[c])
            categories = tuple(RiskCategory(c) for c in ranked if probabilities[c] >= self.threshold(c))
            if not categories:
                categories = (RiskCategory(ranked[0]),)
        driver, driver_p = None, probabilities[GE_HIGH]
        if len(rows) > 1:
            column = rows[1:, self._index[GE_HIGH]]
            driver, driver_p = int(np.argmax(column)), float(np.max(column))
        return RiskScores(probabilities, level, categories, other, driver, driver_p, float(nearest[chosen]),
                          float(votes[chosen, 1]), by_sentence=chosen > 0)

    def _read_by_sentence(self, rows: np.ndarray, nearest: np.ndarray, votes: np.ndarray) -> int:
        """The row the message is read by: the whole message (0), or its most alarming sentence where
        that sentence alone is confidently at high or above and like what the classifier was taught.

        A long post ("I lost my job in the spring. I took all the pills an hour ago. I used to be the
        funny one.") is mostly its everyday sentences to a mean-pooled encoder, and read none.
        Reading every sentence at the usual threshold raised stress posts (cssrs supportive users,
        Dreaddit), so a sentence counts only at P(high or above) >= :data:`SENTENCE_CONFIDENT`, and
        only where the whole message reads at least :data:`SENTENCE_WHOLE_FLOOR`.
        """
        if len(rows) < 2:
            return 0
        column = rows[1:, self._index[GE_HIGH]]
        best = int(np.argmax(column)) + 1
        whole = rows[0, self._index[GE_HIGH]]
        confident = column[best - 1] >= SENTENCE_CONFIDENT and whole >= SENTENCE_WHOLE_FLOOR and column[best - 1] > whole
        supported = nearest[best] >= SUPPORT_MIN_SIMILARITY and votes[best, 1] >= 0.5
        return best if confident and supported else 0


@dataclass(frozen=True)
class ReplyScore:
    """The reply head's reading of a whole reply (or of the part streamed so far).

    Attributes:
        probability: P(harmful) of the whole reply (the network and the neighbours' vote).
        vote: the neighbours' vote for the whole reply (None when it was not needed or not shipped).
        window: the highest P(harmful) of the reply's windows (each sentence, each two in a row);
            None for a reply of one sentence.
        window_span: that window's first and last sentence, counted from 1 (ids, never text).
    """

    probability: float
    vote: float | None = None
    window: float | None = None
    window_span: tuple[int, int] | None = None

    def harmful(self, threshold: float, window_threshold: float = WINDOW_THRESHOLD) -> bool:
        """Whether the whole reply reads harmful, or one of its windows reads so surely."""
        return self.probability >= threshold or (self.window is not None and self.window >= window_threshold)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        out: dict[str, Any] = {"harmful_probability": round(self.probability, 4)}
        if self.vote is not None:
            out["neighbour_vote"] = round(self.vote, 4)
        if self.window is not None:
            out["window_probability"] = round(self.window, 4)
            out["window_sentences"] = list(self.window_span or ())
        return out


def reply_windows(text: str) -> list[tuple[tuple[int, int], str]]:
    """The windows a reply of two sentences or more is read by: each sentence alone and each two in a
    row (the first :data:`MAX_WINDOW_SENTENCES`), as ((first, last) counted from 1, text); none for one sentence."""
    parts = [p.strip() for p in _SENTENCE.split(text) if p and p.strip()][:MAX_WINDOW_SENTENCES]
    if len(parts) < 2:
        return []
    alone = [((i + 1, i + 1), part) for i, part in enumerate(parts)]
    pairs = [((i + 1, i + 2), f"{parts[i]} {parts[i + 1]}") for i in range(len(parts) - 1)]
    return alone + pairs


def reply_context(context: str) -> str:
    """What the reply head reads of the person's message: its last :data:`REPLY_CONTEXT_CHARS`."""
    return context.strip()[-REPLY_CONTEXT_CHARS:]


class ReplyClassifier:
    """Scores replies with the shipped reply head, beside the person's message, and the
    similarity-weighted vote of the nearest training replies (the ensemble, as for risk)."""

    def __init__(self, heads: LinearHeads, encoder: Encoder, support: Support | None = None) -> None:
        self.heads = heads
        self.encoder = encoder
        self.support = support

    @property
    def threshold(self) -> float:
        """P(harmful) at or above which a reply is replaced even when no rule names the harm."""
        return float(self.heads.thresholds.get(HARMFUL, 0.5))

    def scored(self, texts: Sequence[str], context: str = "",
               thresholds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray | None]:
        """P(harmful) per text after ``context`` (the person's message; "" when unknown), and the
        neighbours' vote per text (None without a neighbour file; NaN where it was not needed).

        The ensemble is the mean of the network and the vote, and a vote is at most 1, so a text the
        network puts under ``2 × threshold − 1`` cannot reach the threshold whatever its neighbours
        say: their vote is not read (the search is most of a streamed window's cost, and almost every
        window of an ordinary reply is such a text) and its probability is the network's half alone.
        ``thresholds`` gives each text its own (default: :attr:`threshold` for all).
        """
        # the person's message is in the encoder's cache already: the risk classifier read it
        vectors = self.encoder.embed([mask_contacts(t) for t in texts] + [reply_context(context)])
        replies = vectors[:-1]
        features = np.hstack([replies, np.repeat(vectors[-1:], len(texts), axis=0)])
        p = self.heads.probabilities(features)[:, 0]
        if self.support is None:
            return p, None
        votes = np.full(len(texts), np.nan)
        limit = np.full(len(texts), self.threshold) if thresholds is None else np.asarray(thresholds, dtype=float)
        needed = p >= 2 * limit - 1
        if needed.any():
            votes[needed] = self.support.neighbours(np.ascontiguousarray(replies[needed], dtype=np.float32))[1][:, 0]
        return (p + np.nan_to_num(votes)) / 2, votes

    def probabilities(self, texts: Sequence[str], context: str = "") -> np.ndarray:
        """P(harmful) per text (contacts masked: the vetted table, not the encoder, judges them)."""
        return self.scored(texts, context)[0]

    def score(self, text: str, context: str = "", windows: bool = True) -> ReplyScore:
        """P(harmful) of ``text`` after the person's message ``context`` ("" when unknown); with
        ``windows``, also of its windows (:func:`reply_windows`), read in the same batch."""
        spans = reply_windows(text) if windows else []
        limits = np.array([self.threshold] + [WINDOW_THRESHOLD] * len(spans))
        with one_blas_thread():
            p, votes = self.scored([text] + [w for _, w in spans], context, limits)
        vote = None if votes is None or np.isnan(votes[0]) else float(votes[0])
        if not spans:
            return ReplyScore(float(p[0]), vote)
        best = int(np.argmax(p[1:]))
        return ReplyScore(float(p[0]), vote, float(p[1 + best]), spans[best][0])

    def worst_window(self, spans: Sequence[tuple[tuple[int, int], str]], context: str = "") -> tuple[float, tuple[int, int]] | None:
        """The highest P(harmful) among these windows (of :func:`reply_windows`) and its span; None for none.

        The stream guard reads a reply's windows as its sentences arrive, so that the whole reply's
        reading at the end finds them in the encoder's cache."""
        if not spans:
            return None
        with one_blas_thread():
            p, _ = self.scored([w for _, w in spans], context, np.full(len(spans), WINDOW_THRESHOLD))
        best = int(np.argmax(p))
        return float(p[best]), spans[best][0]


_UNAVAILABLE = (MemoryError, OSError, ImportError, ValueError)


@once
def available_risk_classifier() -> RiskClassifier | None:
    """The risk classifier, or None when it cannot load here (out of memory, files missing).

    Safety must not fail with it: the rules still decide alone, and the log says why once.
    """
    try:
        return load_risk_classifier()
    except _UNAVAILABLE as error:
        log.warning("the learned risk classifier is unavailable (%s); the rules decide alone", type(error).__name__)
        return None


@once
def available_reply_classifier() -> ReplyClassifier | None:
    """The reply classifier, or None when it cannot load here (the rules guard alone)."""
    try:
        return load_reply_classifier()
    except _UNAVAILABLE as error:
        log.warning("the learned reply classifier is unavailable (%s); the rules guard alone", type(error).__name__)
        return None


@once
def load_risk_classifier() -> RiskClassifier:
    """The shipped risk classifier, loaded once per process."""
    folder = weights_folder()
    support = Support.load(folder / SUPPORT_FILE) if (folder / SUPPORT_FILE).is_file() else None
    return RiskClassifier(LinearHeads.load(folder / RISK_FILE), load_encoder(), support)


@once
def load_reply_classifier() -> ReplyClassifier:
    """The shipped reply classifier, loaded once per process."""
    folder = weights_folder()
    support = Support.load(folder / REPLY_SUPPORT_FILE) if (folder / REPLY_SUPPORT_FILE).is_file() else None
    return ReplyClassifier(LinearHeads.load(folder / REPLY_FILE), load_encoder(), support)
