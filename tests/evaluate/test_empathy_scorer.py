"""The empathy scorer, trained on ESConv (opt-in) and held to the agreement the report claims.

Trains once on a fresh cache (about a minute on 2 idle cores; embeddings and weights
are cached under HAVEN_CACHE_DIR afterwards), then re-measures agreement on the
held-out utterances from the stored weights rather than trusting the stored figure.
"""

from __future__ import annotations

import pytest

from haven.evaluate.empathy import (
    CLASSES,
    SCORER_AGREEMENT_FLOOR,
    ScorerConfig,
    embedded_sample,
    embedding_cache_folder,
    esconv_files,
    load_or_train_scorer,
    wilson_interval,
    with_surface_features,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def embedder():
    from haven.evaluate.similarity import load_embedder

    return load_embedder()


@pytest.fixture(scope="module")
def scorer(embedder):
    return load_or_train_scorer(accept_esconv_license=True, embedder=embedder)


def test_held_out_agreement_stays_above_the_claimed_floor(scorer):
    config = ScorerConfig()
    files = esconv_files(config)
    _, heldout, _, x_test = embedded_sample(None, config, files, embedding_cache_folder(config, files))
    predicted = scorer.predict_proba(with_surface_features(x_test, [t for t, _ in heldout])).argmax(axis=1)
    correct = sum(scorer.classes[p] == label for p, (_, label) in zip(predicted, heldout))
    accuracy = correct / len(heldout)
    assert accuracy == pytest.approx(scorer.evaluation.accuracy, abs=1e-3)
    assert accuracy >= SCORER_AGREEMENT_FLOOR
    low, _ = wilson_interval(correct, len(heldout))
    assert low >= SCORER_AGREEMENT_FLOOR, "the claim must hold for the whole 95% interval"
    assert accuracy > scorer.evaluation.majority_baseline + 0.1
    assert set(scorer.classes) == set(CLASSES)


def test_scores_an_empathic_reply_above_a_cold_one(scorer, embedder):
    warm = ("I'm so sorry you're going through this, you are not alone. It sounds like you feel exhausted and "
            "scared about your job. What has been the hardest part for you?")
    cold = "Drink more water. Go to bed at 10 pm. Buy a new mattress."
    warm_score, cold_score = scorer.score_texts(embedder, [warm, cold])
    assert warm_score.total > cold_score.total
    assert warm_score.levels["explorations"] >= 1 and cold_score.levels["explorations"] == 0
    assert warm_score.levels["interpretations"] >= 1
