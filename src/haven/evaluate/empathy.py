"""An automatic, explainable empathy score on the three mechanisms of EPITOME.

EPITOME (Sharma, Miner, Atkins & Althoff, 2020, "A Computational Approach to
Understanding Empathy Expressed in Text-Based Mental Health Support", EMNLP,
arXiv:2009.08441) rates a supporter's reply on three communication mechanisms, each
*none*, *weak* or *strong*:

* **emotional reactions**: expressing warmth, compassion or concern ("I'm so sorry you
  are going through this", "you are doing great");
* **interpretations**: showing understanding of what the person feels or lives through,
  by naming it ("that must be exhausting") or by sharing a similar experience;
* **explorations**: inviting the person to say more ("what happens when you try to sleep?").

**The scorer** (:func:`load_or_train_scorer` with ``accept_epitome_license=True``) learns
EPITOME's own human labels: :mod:`haven.evaluate.epitome_scorer` trains it (the bundled
MiniLM fine-tuned with three heads, or a frozen-embedding baseline), splits by seeker
post and states its held-out agreement with people in a card beside its cached weights.
:func:`score_jsonl` is the front door behind ``haven score-empathy``.

**The older ESConv-strategy scorer** (below; ``accept_esconv_license=True`` alone) was
written when EPITOME's labels were not at hand. It learns from ESConv (Liu et al.,
ACL 2021), whose supporter turns carry support-strategy labels. Each strategy maps onto
the mechanism it enacts (:data:`STRATEGY_MECHANISM`, the reasons in
:data:`MAPPING_RATIONALE`); the three strategies that enact none (suggestions,
information, others) form the class ``none``. A multinomial logistic regression on the
bundled MiniLM sentence embeddings (:mod:`haven.evaluate.similarity`), plus one flag for
a question mark, predicts the four classes for one supporter utterance; its agreement
with the mapped labels is measured on ESConv's own held-out test conversations (never
seen in training), with a Wilson 95% interval.

A reply is split into sentences, each is classified, and a mechanism's probability
for the reply is its highest sentence probability. The **level** comes from that
probability: ``strong`` at or above :data:`STRONG_MIN`, ``weak`` at or above
:data:`WEAK_MIN`, else ``none`` (probability bands, not EPITOME's human-rated
explicitness). The reply's empathy score is the sum of the three levels, 0–6, as in
EPITOME.

Limits: the labels are crowd workers' strategies in short chat turns (15 words at the
median), mapped by hand onto EPITOME's mechanisms, so there is label noise and a domain
shift to long counselling answers; English only; a sentence that asks a question is an
exploration whether or not it is a caring one.

ESConv is licensed CC BY-NC 4.0 for academic research only, so the scorer is trained only
when the caller opts in (``accept_esconv_license=True``, ``--accept-esconv-license``). The
scorer's weights and the embeddings are cached under :func:`haven.paths.cache_dir`, never
in the repository.
"""

from __future__ import annotations

import hashlib
import json
import logging
import random
import re
from dataclasses import asdict, dataclass, field
from enum import Enum, IntEnum
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, Sequence

from haven.errors import DataError

log = logging.getLogger(__name__)

SCORER_VERSION = 1
# The agreement Haven claims for the scorer (4-class accuracy on ESConv's held-out test
# conversations). Measured 0.639 (Wilson 95% CI 0.612-0.666) with the default config; the
# report states this floor and tests/evaluate/test_empathy_scorer.py checks it holds.
SCORER_AGREEMENT_FLOOR = 0.60
WEAK_MIN = 0.40  # a sentence plausibly enacts the mechanism
STRONG_MIN = 0.70  # a sentence clearly enacts it
MAX_SENTENCES = 16  # per reply; longer replies are scored on their first sentences
Z_95 = 1.959964
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


class Mechanism(str, Enum):
    """EPITOME's three empathy communication mechanisms."""

    EMOTIONAL_REACTIONS = "emotional_reactions"
    INTERPRETATIONS = "interpretations"
    EXPLORATIONS = "explorations"


class Level(IntEnum):
    """EPITOME's levels of one mechanism."""

    NONE = 0
    WEAK = 1
    STRONG = 2


NONE_CLASS = "none"
CLASSES: tuple[str, ...] = (NONE_CLASS, *(m.value for m in Mechanism))


class Strategy:
    """ESConv's support-strategy labels, spelled as in its files."""

    QUESTION = "Question"
    RESTATEMENT = "Restatement or Paraphrasing"
    REFLECTION = "Reflection of feelings"
    SELF_DISCLOSURE = "Self-disclosure"
    AFFIRMATION = "Affirmation and Reassurance"
    SUGGESTIONS = "Providing Suggestions"
    INFORMATION = "Information"
    OTHERS = "Others"


STRATEGY_MECHANISM: Mapping[str, Mechanism | None] = MappingProxyType({
    Strategy.QUESTION: Mechanism.EXPLORATIONS,
    Strategy.RESTATEMENT: Mechanism.INTERPRETATIONS,
    Strategy.REFLECTION: Mechanism.INTERPRETATIONS,
    Strategy.SELF_DISCLOSURE: Mechanism.INTERPRETATIONS,
    Strategy.AFFIRMATION: Mechanism.EMOTIONAL_REACTIONS,
    Strategy.SUGGESTIONS: None,
    Strategy.INFORMATION: None,
    Strategy.OTHERS: None,
})
"""ESConv strategy → the EPITOME mechanism it enacts (None: no empathy mechanism)."""

MAPPING_RATIONALE: Mapping[str, str] = MappingProxyType({
    Strategy.QUESTION: "asks the seeker to say more about feelings or experiences: EPITOME's explorations",
    Strategy.RESTATEMENT: "says back what the seeker lives through: understanding shown by interpretation",
    Strategy.REFLECTION: "names the seeker's feelings ('that must be scary'): EPITOME's strong interpretation",
    Strategy.SELF_DISCLOSURE: "a similar experience of one's own: EPITOME counts it as interpretation",
    Strategy.AFFIRMATION: "warmth, encouragement and reassurance: EPITOME's emotional reactions",
    Strategy.SUGGESTIONS: "advice is helpful but is none of the three mechanisms",
    Strategy.INFORMATION: "facts and resources are none of the three mechanisms",
    Strategy.OTHERS: "greetings, thanks and small talk carry no mechanism",
})


def label_for_strategy(strategy: str) -> str | None:
    """The classifier's class for an ESConv strategy (None for an unknown label)."""
    if strategy not in STRATEGY_MECHANISM:
        return None
    mechanism = STRATEGY_MECHANISM[strategy]
    return mechanism.value if mechanism else NONE_CLASS


def level_from_probability(probability: float) -> Level:
    """The level a mechanism's probability band gives."""
    if probability >= STRONG_MIN:
        return Level.STRONG
    if probability >= WEAK_MIN:
        return Level.WEAK
    return Level.NONE


def split_sentences(text: str) -> list[str]:
    """Sentences of a reply (at . ! ? or line breaks), at most :data:`MAX_SENTENCES`."""
    parts = [p.strip() for p in _SENTENCE_END.split(text)]
    return [p for p in parts if re.search(r"\w", p)][:MAX_SENTENCES]


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval of a binomial proportion (``scipy.stats.binomtest(...).proportion_ci``; 95% by default)."""
    if n == 0:
        return 0.0, 1.0
    from haven.deps import require

    require("scipy")
    from scipy.stats import binomtest, norm

    interval = binomtest(successes, n).proportion_ci(confidence_level=2 * norm.cdf(z) - 1, method="wilson")
    return float(interval.low), float(interval.high)


# --- data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScorerConfig:
    """How the scorer is trained.

    Attributes:
        train_utterances: supporter utterances sampled from ESConv's train split (0 = all).
        heldout_utterances: utterances sampled from ESConv's test split to measure agreement (0 = all).
        seed: sampling seed.
        regularisation: inverse L2 strength ``C`` of the logistic regression.
        data_dir: the ESConv folder (default: the shared data folder's ``esconv/``).
    """

    train_utterances: int = 3000
    heldout_utterances: int = 1200
    seed: int = 13
    regularisation: float = 1.0
    data_dir: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


def check_esconv_opt_in(accept_esconv_license: bool) -> None:
    """Refuse to touch ESConv unless the caller accepted its non-commercial licence."""
    if not accept_esconv_license:
        from haven.data.sources import LICENCES, DataSource

        raise DataError(
            f"the empathy scorer learns from ESConv, licensed {LICENCES[DataSource.ESCONV].licence} for "
            "academic research only; pass --accept-esconv-license (accept_esconv_license=True) to train it "
            "for non-commercial evaluation, or leave the empathy score out"
        )


def read_labelled_utterances(file: Path) -> list[tuple[str, str]]:
    """``(text, class)`` for every supporter utterance of one ESConv file with a known strategy."""
    from haven.data.load import merge_esconv_turns
    from haven.data.schema import Role
    from haven.data.table import iter_jsonl_records, read_table_text

    pairs = []
    for line, record in iter_jsonl_records(file, read_table_text(file)):
        for turn in merge_esconv_turns(file, line, record.get("dialog")):
            if turn.role is not Role.ASSISTANT or len(turn.texts) != len(turn.strategies):
                continue  # a merged turn whose texts and labels no longer pair up
            for text, strategy in zip(turn.texts, turn.strategies):
                label = label_for_strategy(strategy)
                if label is not None:
                    pairs.append((text, label))
    return pairs


def esconv_files(config: ScorerConfig) -> tuple[Path, Path]:
    """ESConv's train and test files (the validation file is not used)."""
    from haven.data.load import ESCONV_DIR
    from haven.data.paths import find_data_dir

    folder = Path(config.data_dir) if config.data_dir else find_data_dir() / ESCONV_DIR
    train, test = folder / "train.jsonl", folder / "test.jsonl"
    for file in (train, test):
        if not file.is_file():
            raise DataError(f"no {file.name} in {folder}: the scorer needs ESConv's train and test files "
                            "(set HAVEN_DATA_DIR to the folder holding esconv/)")
    return train, test


def sample(pairs: list[tuple[str, str]], n: int, seed: int) -> list[tuple[str, str]]:
    """A seeded random sample of `n` pairs (all of them when n is 0 or too large)."""
    if not n or n >= len(pairs):
        return list(pairs)
    return random.Random(seed).sample(pairs, n)


# --- the scorer ------------------------------------------------------------------------


@dataclass(frozen=True)
class ScorerEvaluation:
    """The scorer's agreement with held-out ESConv labels (mapped to mechanisms).

    Attributes:
        accuracy: share of held-out utterances whose class the scorer predicts.
        ci_low / ci_high: Wilson 95% interval of `accuracy`.
        n: held-out utterances.
        kappa: Cohen's kappa (agreement beyond chance).
        majority_baseline: accuracy of always predicting the most frequent class.
        per_class: precision, recall and support of each class.
        train_n: utterances it learnt from.
        class_counts: training utterances per class.
        claimed_floor: the agreement Haven claims (:data:`SCORER_AGREEMENT_FLOOR`).
    """

    accuracy: float
    ci_low: float
    ci_high: float
    n: int
    kappa: float
    majority_baseline: float
    per_class: dict[str, dict[str, float]]
    train_n: int
    class_counts: dict[str, int]
    claimed_floor: float = SCORER_AGREEMENT_FLOOR

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class EmpathyScore:
    """One reply's levels and mechanism probabilities, and its 0–6 total."""

    levels: dict[str, int]
    probabilities: dict[str, float]

    @property
    def total(self) -> int:
        return sum(self.levels.values())

    def to_dict(self) -> dict:
        return {"levels": self.levels, "probabilities": self.probabilities, "total": self.total}


@dataclass
class EmpathyScorer:
    """A multinomial logistic regression over MiniLM embeddings, as plain arrays."""

    classes: tuple[str, ...]
    coef: object  # numpy (classes × dims)
    intercept: object  # numpy (classes,)
    evaluation: ScorerEvaluation
    config: ScorerConfig = field(default_factory=ScorerConfig)

    def predict_proba(self, vectors):
        """Class probabilities for each embedding row."""
        import numpy as np

        logits = vectors @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        weights = np.exp(logits)
        return weights / weights.sum(axis=1, keepdims=True)

    def score_texts(self, embedder, texts: Sequence[str]) -> list[EmpathyScore]:
        """Score each reply: sentence by sentence, the highest probability per mechanism."""
        from haven.evaluate.similarity import embed_texts

        sentences = [split_sentences(text) or [text] for text in texts]
        flat = [s for group in sentences for s in group]
        probabilities = self.predict_proba(with_surface_features(embed_texts(embedder, flat), flat))
        scores, start = [], 0
        for group in sentences:
            block = probabilities[start : start + len(group)]
            start += len(group)
            best = {m.value: float(block[:, self.classes.index(m.value)].max()) for m in Mechanism}
            scores.append(EmpathyScore(levels={m: int(level_from_probability(p)) for m, p in best.items()},
                                       probabilities={m: round(p, 4) for m, p in best.items()}))
        return scores

    def score(self, texts: Sequence[str], contexts=None, embedder=None) -> list[EmpathyScore]:
        """The scorers' common contract; this scorer reads the reply alone (`contexts` is ignored)."""
        if embedder is None:
            from haven.evaluate.similarity import load_embedder

            embedder = load_embedder()
        return self.score_texts(embedder, texts)

    def save(self, folder: Path, name: str) -> None:
        """Write ``name.npz`` (weights) and ``name.json`` (classes, evaluation, config) into `folder`."""
        import numpy as np

        folder.mkdir(parents=True, exist_ok=True)
        np.savez(folder / f"{name}.npz", coef=self.coef, intercept=self.intercept)
        meta = {"classes": list(self.classes), "evaluation": self.evaluation.to_dict(), "config": self.config.to_dict()}
        (folder / f"{name}.json").write_text(json.dumps(meta, indent=2))

    @classmethod
    def load(cls, folder: Path, name: str) -> "EmpathyScorer":
        import numpy as np

        arrays = np.load(folder / f"{name}.npz")
        meta = json.loads((folder / f"{name}.json").read_text())
        return cls(classes=tuple(meta["classes"]), coef=arrays["coef"], intercept=arrays["intercept"],
                   evaluation=ScorerEvaluation(**{**meta["evaluation"], "claimed_floor": SCORER_AGREEMENT_FLOOR}),
                   config=ScorerConfig(**meta["config"]))


def embedding_cache_folder(config: ScorerConfig, files: tuple[Path, ...]) -> Path:
    """``cache_dir()/empathy/<key>``: keyed by the data files, the sample and the embedding model."""
    from haven.evaluate.similarity import EMBEDDING_MODEL_NAME
    from haven.paths import cache_dir

    digest = hashlib.sha256()
    for file in files:
        digest.update(hashlib.sha256(file.read_bytes()).digest())
    key = {"train": config.train_utterances, "heldout": config.heldout_utterances, "seed": config.seed,
           "mapping": dict(STRATEGY_MECHANISM), "embedder": EMBEDDING_MODEL_NAME}
    digest.update(json.dumps(key, sort_keys=True, default=str).encode())
    return cache_dir() / "empathy" / digest.hexdigest()[:16]


def scorer_cache_name(config: ScorerConfig) -> str:
    """The scorer's file stem inside the embedding folder: its own settings and version."""
    return f"scorer-v{SCORER_VERSION}-c{config.regularisation:g}"


def load_or_train_scorer(accept_epitome_license: bool = False, config=None, embedder=None, *,
                         accept_esconv_license: bool = False, progress=None):
    """The cached empathy scorer, trained first if needed: the seam every caller uses.

    With ``accept_epitome_license`` (the default scorer): the EPITOME scorer
    (:mod:`haven.evaluate.epitome_scorer`; `config` an ``EpitomeScorerConfig``), whose
    ``score(texts, contexts=None)`` gives each reply's levels and total. With only
    ``accept_esconv_license``: the older ESConv-strategy scorer below (`config` a
    :class:`ScorerConfig`). No front door uses it any more (`haven compare` and `make demo`
    score with EPITOME); it stays only for its own tests until it is removed.
    """
    if accept_epitome_license or not accept_esconv_license:
        return load_or_train_epitome_scorer(accept_epitome_license, config, embedder, progress)
    check_esconv_opt_in(accept_esconv_license)
    config = config or ScorerConfig()
    files = esconv_files(config)
    folder = embedding_cache_folder(config, files)
    name = scorer_cache_name(config)
    if (folder / f"{name}.json").exists():
        return EmpathyScorer.load(folder, name)
    scorer = train_scorer(embedder, config, files, folder)
    scorer.save(folder, name)
    return scorer


def load_or_train_epitome_scorer(accept_epitome_license: bool = False, config=None, embedder=None, progress=None):
    """The EPITOME scorer from the cache (trained there first when missing; minutes on a CPU)."""
    from haven.data.epitome import check_epitome_opt_in, data_files, epitome_folder
    from haven.evaluate.epitome_scorer import (
        CARD_FILE,
        EpitomeScorerConfig,
        load_epitome_scorer,
        scorer_folder,
        train_epitome_scorer,
    )

    check_epitome_opt_in(accept_epitome_license)
    config = config or EpitomeScorerConfig()
    folder = scorer_folder(config, data_files(epitome_folder(config.data_dir)))
    if (folder / CARD_FILE).exists():
        return load_epitome_scorer(folder, embedder)
    log.info("training the EPITOME empathy scorer (%s) into %s", config.method, folder)
    scorer, _ = train_epitome_scorer(config, embedder, progress)
    return scorer


def curation_scorer(config, progress=None):
    """What ``TrainConfig.min_empathy`` selects answers with (:data:`haven.data.curate.EmpathyTotals`), or None
    when the config does not ask for it: the EPITOME scorer's 0-6 total of each answer read with its question
    (the same scorer, and the same cache, as the comparison's)."""
    if not getattr(config, "min_empathy", 0):
        return None
    scorer = load_or_train_epitome_scorer(config.accept_epitome_license, progress=progress)
    memo = AnswerTotals(scorer.folder / ANSWER_TOTALS_FILE if scorer.folder else None)

    def totals(answers, questions):
        return memo.totals(scorer, list(answers), list(questions))

    return totals


ANSWER_TOTALS_FILE = "answer_totals.json"


class AnswerTotals:
    """Totals the curation scorer already gave, kept beside it (``answer_totals.json`` in its cache folder,
    so a retrained or changed scorer starts afresh): each bundled model's curation reads the same 1,775
    counsel-chat answers, and scoring them costs about a minute on 2 cores. Keys are the SHA-256 of the
    question and the answer, never their text."""

    def __init__(self, path: Path | None):
        self.path = path
        self.known: dict[str, int] = {}
        if path is not None and path.is_file():
            try:
                self.known = {k: int(v) for k, v in json.loads(path.read_text()).items()}
            except (ValueError, AttributeError):
                log.warning("ignoring an unreadable %s; the answers are scored again", path)

    @staticmethod
    def key(answer: str, question: str | None) -> str:
        return hashlib.sha256(f"{question or ''}\0{answer}".encode()).hexdigest()

    def totals(self, scorer, answers: list[str], questions: list[str]) -> list[int]:
        keys = [self.key(a, q) for a, q in zip(answers, questions)]
        missing = [i for i, k in enumerate(keys) if k not in self.known]
        if missing:
            scores = scorer.score([answers[i] for i in missing], [questions[i] for i in missing])
            self.known.update({keys[i]: score.total for i, score in zip(missing, scores)})
            if self.path is not None:
                tmp = self.path.with_suffix(".tmp")
                tmp.write_text(json.dumps(self.known))
                tmp.replace(self.path)
        return [self.known[k] for k in keys]


def embedded_sample(embedder, config: ScorerConfig, files: tuple[Path, Path], folder: Path):
    """The sampled train and held-out utterances' texts, classes and embeddings (cached in `folder`)."""
    import numpy as np

    train = sample(read_labelled_utterances(files[0]), config.train_utterances, config.seed)
    heldout = sample(read_labelled_utterances(files[1]), config.heldout_utterances, config.seed + 1)
    path = folder / "embeddings.npz"
    if path.exists():
        arrays = np.load(path)
        x_train, x_test = arrays["train"], arrays["heldout"]
    else:
        from haven.evaluate.similarity import embed_texts, load_embedder

        embedder = embedder if embedder is not None else load_embedder()
        log.info("embedding %d + %d ESConv utterances", len(train), len(heldout))
        x_train, x_test = embed_texts(embedder, [t for t, _ in train]), embed_texts(embedder, [t for t, _ in heldout])
        folder.mkdir(parents=True, exist_ok=True)
        np.savez(path, train=x_train, heldout=x_test)
    return train, heldout, x_train, x_test


def train_scorer(embedder, config: ScorerConfig, files: tuple[Path, Path], folder: Path) -> EmpathyScorer:
    """Fit the classifier on ESConv's train split and measure it on its test split."""
    import numpy as np

    from haven.deps import require

    require("sklearn")
    from sklearn.linear_model import LogisticRegression

    train, heldout, x_train, x_test = embedded_sample(embedder, config, files, folder)
    x_train = with_surface_features(x_train, [t for t, _ in train])
    x_test = with_surface_features(x_test, [t for t, _ in heldout])
    y_train = np.array([CLASSES.index(c) for _, c in train])
    y_test = np.array([CLASSES.index(c) for _, c in heldout])
    model = LogisticRegression(C=config.regularisation, max_iter=2000).fit(x_train, y_train)
    classes = tuple(CLASSES[i] for i in model.classes_)
    scorer = EmpathyScorer(classes=classes, coef=model.coef_.astype(np.float32),
                           intercept=model.intercept_.astype(np.float32), evaluation=None, config=config)
    predicted = np.array([CLASSES.index(classes[i]) for i in scorer.predict_proba(x_test).argmax(axis=1)])
    scorer.evaluation = evaluate_predictions(y_test, predicted, len(train), np.bincount(y_train, minlength=len(CLASSES)))
    return scorer


def with_surface_features(vectors, texts: Sequence[str]):
    """Embeddings plus one explainable surface feature: whether the text asks a question.

    MiniLM's mean-pooled embedding barely registers a question mark, while "asking" is
    what an exploration is; the flag lets the classifier use it directly.
    """
    import numpy as np

    asks = np.array([[1.0 if "?" in text else 0.0] for text in texts], dtype=np.float32).reshape(len(texts), 1)
    return np.hstack([vectors, asks])


def evaluate_predictions(truth, predicted, train_n: int, train_counts) -> ScorerEvaluation:
    """Accuracy with its Wilson interval, kappa, majority baseline and per-class figures."""
    import numpy as np

    n = len(truth)
    correct = int((truth == predicted).sum())
    low, high = wilson_interval(correct, n)
    observed = correct / n
    chance = sum((truth == k).mean() * (predicted == k).mean() for k in range(len(CLASSES)))
    per_class = {}
    for k, name in enumerate(CLASSES):
        tp = int(((predicted == k) & (truth == k)).sum())
        per_class[name] = {"precision": round(tp / max(int((predicted == k).sum()), 1), 4),
                           "recall": round(tp / max(int((truth == k).sum()), 1), 4), "support": int((truth == k).sum())}
    return ScorerEvaluation(
        accuracy=round(observed, 4), ci_low=round(low, 4), ci_high=round(high, 4), n=n,
        kappa=round((observed - chance) / (1 - chance), 4) if chance < 1 else 0.0,
        majority_baseline=round(float(np.bincount(truth).max()) / n, 4), per_class=per_class,
        train_n=train_n, class_counts={name: int(train_counts[k]) for k, name in enumerate(CLASSES)},
    )


# --- summaries -------------------------------------------------------------------------


@dataclass(frozen=True)
class EmpathySummary:
    """A model's empathy over a prompt set.

    Attributes:
        mean_total: mean EPITOME total (0–6) per reply.
        mean_level: mean level (0–2) per mechanism.
        level_counts: replies at each level (``none``/``weak``/``strong``) per mechanism.
        n: replies scored.
    """

    mean_total: float
    mean_level: dict[str, float]
    level_counts: dict[str, dict[str, int]]
    n: int

    def to_dict(self) -> dict:
        return asdict(self)


def summarise_empathy(scores: Sequence[EmpathyScore]) -> EmpathySummary:
    """Means and level counts over replies."""
    n = len(scores)
    mean_level, counts = {}, {}
    for m in Mechanism:
        levels = [s.levels[m.value] for s in scores]
        mean_level[m.value] = round(sum(levels) / n, 3) if n else 0.0
        counts[m.value] = {lvl.name.lower(): levels.count(int(lvl)) for lvl in Level}
    return EmpathySummary(mean_total=round(sum(s.total for s in scores) / n, 3) if n else 0.0,
                          mean_level=mean_level, level_counts=counts, n=n)


# --- the front door: score a JSONL file ------------------------------------------------

TEXT_FIELD = "text"
CONTEXT_FIELD = "context"
TOTAL_FIELD = "total"


def read_reply_records(path: Path) -> list[dict]:
    """The records of a JSONL file, each with a ``text`` string and an optional ``context`` string."""
    from haven.data.table import iter_jsonl_records, read_table_text

    records = []
    for line, record in iter_jsonl_records(path, read_table_text(path)):
        if not isinstance(record.get(TEXT_FIELD), str) or not record[TEXT_FIELD].strip():
            raise DataError(f'{path}, line {line}: expected a non-empty "{TEXT_FIELD}" string (the reply to score)')
        if record.get(CONTEXT_FIELD) is not None and not isinstance(record[CONTEXT_FIELD], str):
            raise DataError(f'{path}, line {line}: "{CONTEXT_FIELD}" must be a string (the person\'s message) '
                            "or left out")
        records.append(record)
    return records


def score_records(scorer, records: Sequence[dict]) -> list[dict]:
    """Each record with its three mechanism levels (0/1/2) and their 0–6 total added."""
    scores = scorer.score([r[TEXT_FIELD] for r in records], [r.get(CONTEXT_FIELD) for r in records])
    return [{**record, **score.levels, TOTAL_FIELD: score.total} for record, score in zip(records, scores)]


def score_jsonl(input_path: Path, output_path: Path, scorer=None, *, accept_epitome_license: bool = False,
                progress=None) -> int:
    """Score every reply of `input_path` and write one JSON line per record to `output_path`; the count.

    Without a `scorer`, the cached EPITOME scorer is loaded (trained first if needed),
    which needs ``accept_epitome_license``.
    """
    records = read_reply_records(Path(input_path))
    if scorer is None:
        scorer = load_or_train_scorer(accept_epitome_license=accept_epitome_license, progress=progress)
    scored = score_records(scorer, records)
    output_path = Path(output_path)
    output_path.parent.mkdir(parents=True, exist_ok=True)
    output_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in scored), encoding="utf-8")
    return len(scored)
