"""The EPITOME empathy scorer: the data join, the split, the licence gate and agreement with people.

The agreement tests re-measure the held-out test split from the stored weights rather
than trusting the card. The frozen-head baseline trains in about a minute on a fresh
cache (then loads in seconds); the fine-tuned scorer is only loaded, never trained here
(about 7 minutes on 2 cores): train it once with
``haven score-empathy --accept-epitome-license --jsonl IN --output OUT``.
"""

from __future__ import annotations

import pytest

from haven.data.epitome import (
    MECHANISM_FILES,
    check_epitome_opt_in,
    data_files,
    epitome_folder,
    load_epitome,
    split_by_seeker_post,
)
from haven.errors import DataError, HavenError
from haven.evaluate.agreement import macro_f1, measure_agreement, spearman
from haven.evaluate.epitome_scorer import (
    AGREEMENT_FLOOR,
    CARD_FILE,
    MECHANISMS,
    EpitomeScorerConfig,
    apply_offsets,
    load_epitome_scorer,
    scorer_folder,
    tune_offsets,
)


def epitome_or_skip():
    try:
        return epitome_folder()
    except HavenError as err:
        pytest.skip(f"EPITOME is not on this machine ({err})")


@pytest.fixture(scope="module")
def split():
    return split_by_seeker_post(load_epitome(epitome_or_skip()))


def test_epitome_is_refused_without_the_opt_in():
    with pytest.raises(DataError, match="--accept-epitome-license"):
        check_epitome_opt_in(False)
    from haven.evaluate.empathy import load_or_train_scorer

    with pytest.raises(DataError, match="academic"):
        load_or_train_scorer()


def test_the_three_files_join_into_one_reply_each():
    pairs = load_epitome(epitome_or_skip())
    assert len({p.rp_id for p in pairs}) == len(pairs) > 2000
    assert all(set(p.levels) == set(MECHANISM_FILES) == set(MECHANISMS) for p in pairs)
    assert all(v in (0, 1, 2) for p in pairs for v in p.levels.values())
    assert sum(p.levels["explorations"] == 0 for p in pairs) / len(pairs) > 0.8  # the documented skew


def test_the_annotators_rationales_are_passages_of_the_reply():
    pairs = load_epitome(epitome_or_skip())
    marked = [(p, m, passage) for p in pairs for m in MECHANISMS for passage in p.rationales[m]]
    assert len(marked) > 2000
    assert sum(passage in p.response_post for p, _, passage in marked) / len(marked) > 0.98
    with_level = [bool(p.rationales[m]) for p in pairs for m in MECHANISMS if p.levels[m] > 0]
    without = [bool(p.rationales[m]) for p in pairs for m in MECHANISMS if p.levels[m] == 0]
    assert sum(with_level) / len(with_level) > 0.98 and sum(without) / len(without) < 0.01


def test_rationale_targets_mark_the_passage_and_skip_the_post():
    from haven.evaluate.epitome_scorer import encode_pairs, load_tokenizer, rationale_targets

    tokenizer = load_tokenizer()
    reply, post = "Take care. That sounds so lonely. Call a friend.", "I feel alone every night."
    marked = {"emotional_reactions": ("That sounds so lonely.",), "interpretations": (), "explorations": ()}
    ids = encode_pairs(tokenizer, [reply], [post], 64)[0]["input_ids"]
    targets = rationale_targets(tokenizer, [reply], [post], [marked], 64)[0]
    assert all(len(targets[m]) == len(ids) for m in MECHANISMS)
    inside = [tokenizer.convert_ids_to_tokens(i) for i, t in zip(ids, targets["emotional_reactions"]) if t == 1]
    assert inside == ["that", "sounds", "so", "lonely", "."]
    assert set(targets["interpretations"]) == {-1, 0}
    post_tokens = len(tokenizer(post)["input_ids"]) - 1  # the post and its closing [SEP]
    assert targets["explorations"][0] == -1 and targets["explorations"][-post_tokens:] == [-1] * post_tokens


def test_the_split_keeps_each_seeker_post_in_one_part(split):
    posts = [{p.sp_id for p in part} for part in (split.train, split.validation, split.test)]
    assert not (posts[0] & posts[1]) and not (posts[0] & posts[2]) and not (posts[1] & posts[2])
    again = split_by_seeker_post(split.train + split.validation + split.test)
    assert again.card()["fingerprint"] == split.card()["fingerprint"]
    assert split_by_seeker_post(split.train + split.validation + split.test, seed=14).card()["fingerprint"] != \
        split.card()["fingerprint"]
    assert 300 < len(split.test) < 450


def test_macro_f1_and_agreement_on_values_worked_by_hand():
    # per level F1: 0 → 2·1/(1+2) = 2/3, 1 → 2·1/(2+1) = 2/3, 2 → 1: mean 7/9
    assert macro_f1([0, 0, 1, 2], [0, 1, 1, 2]) == pytest.approx(7 / 9)
    assert spearman([0, 1, 2], [5, 5, 5]) == 0.0
    agreement = measure_agreement({"m": [0, 0, 1, 2] * 10}, {"m": [0, 1, 1, 2] * 10})
    result = agreement.mechanisms["m"]
    assert result.accuracy == pytest.approx(0.75) and result.macro_f1 == pytest.approx(7 / 9, abs=1e-4)
    assert result.macro_f1_ci[0] <= result.macro_f1 <= result.macro_f1_ci[1]
    assert result.confusion == [[10, 10, 0], [0, 10, 0], [0, 0, 10]] and result.majority_accuracy == 0.5


def test_offsets_recover_a_level_the_argmax_never_picks():
    import numpy as np

    logits = np.array([[0.0, -0.5, -3]] * 6 + [[0.0, -3, -3]] * 6)  # level 1 always just under level 0
    truth = np.array([1] * 6 + [0] * 6)
    offsets = tune_offsets(logits, truth)
    assert (apply_offsets(logits, offsets) == truth).all() and 0.5 < offsets[0] <= 2


def agreement_from_weights(scorer, split) -> dict:
    """Per-mechanism macro-F1 and the total's Spearman, measured afresh on the test split."""
    import numpy as np

    levels, _ = scorer.levels([p.response_post for p in split.test], [p.seeker_post for p in split.test])
    f1 = {m: macro_f1([p.levels[m] for p in split.test], levels[m]) for m in MECHANISMS}
    rho = spearman([p.total for p in split.test], np.sum([levels[m] for m in MECHANISMS], axis=0))
    return {"f1": f1, "rho": rho}


def check_card_and_floor(scorer, split, method: str) -> None:
    measured = agreement_from_weights(scorer, split)
    card = scorer.card
    assert card["split"]["fingerprint"] == split.card()["fingerprint"], "the card's test split is this split"
    for m in MECHANISMS:
        assert measured["f1"][m] == pytest.approx(card["metrics"]["test"]["mechanisms"][m]["macro_f1"], abs=1e-3)
        assert measured["f1"][m] > card["metrics"]["test"]["mechanisms"][m]["majority_macro_f1"] + 0.2
    floor = AGREEMENT_FLOOR[method]
    assert sum(measured["f1"].values()) / 3 >= floor["mean_macro_f1"]
    assert min(measured["f1"].values()) >= floor["min_macro_f1"]
    assert measured["rho"] >= floor["total_spearman"]


class _FixedLogits:
    """A member whose logits are given (the averaging is what is tested, not the encoder)."""

    reads_context = False

    def __init__(self, logits):
        self.values = logits

    def logits(self, texts, contexts):
        import numpy as np

        return {m: np.asarray(self.values, dtype=float) for m in MECHANISMS}


def test_an_ensemble_averages_its_members_log_probabilities():
    import numpy as np

    from haven.evaluate.epitome_scorer import EncoderEnsemble

    sure_none, sure_strong = _FixedLogits([[4.0, 0.0, 0.0]]), _FixedLogits([[0.0, 0.0, 2.0]])
    mean = EncoderEnsemble([sure_none, sure_strong]).logits(["a reply"], [None])["interpretations"]
    p_none = np.exp([4.0, 0, 0]) / np.exp([4.0, 0, 0]).sum()
    p_strong = np.exp([0, 0, 2.0]) / np.exp([0, 0, 2.0]).sum()
    assert np.allclose(mean, (np.log(p_none) + np.log(p_strong)) / 2)
    assert mean.argmax() == 0  # the surer member wins
    # log-probabilities, not raw logits: shifting one member's logits changes nothing
    shifted = EncoderEnsemble([_FixedLogits([[104.0, 100.0, 100.0]]), sure_strong]).logits(["a reply"], [None])
    assert np.allclose(shifted["interpretations"], mean)


def test_members_take_their_own_seed_and_the_split_keeps_the_first():
    from haven.evaluate.epitome_scorer import member_config, member_file

    config = EpitomeScorerConfig(members=3)
    assert [member_config(config, k).seed for k in range(3)] == [13, 14, 15]
    assert all(member_config(config, k).members == 1 for k in range(3))
    assert [member_file(k) for k in range(3)] == ["model.pt", "model-1.pt", "model-2.pt"]
    with pytest.raises(HavenError, match="members is 0"):
        EpitomeScorerConfig(members=0)
    with pytest.raises(HavenError, match="only finetune"):
        EpitomeScorerConfig(method="frozen", members=2)


def test_the_default_is_two_encoders_for_finetune_and_one_head_for_frozen():
    assert EpitomeScorerConfig().members == 2
    assert EpitomeScorerConfig(method="frozen").members == 1
    assert EpitomeScorerConfig(members=1).members == 1
    # a one-encoder scorer keeps its cache key; the default's key names its members
    assert "members" not in EpitomeScorerConfig(members=1).training_key()
    assert EpitomeScorerConfig().training_key()["members"] == 2
    assert EpitomeScorerConfig(**EpitomeScorerConfig().to_dict()) == EpitomeScorerConfig()


@pytest.mark.slow
def test_frozen_baseline_holds_its_floor_on_the_held_out_split(split):
    from haven.evaluate.empathy import load_or_train_scorer

    scorer = load_or_train_scorer(accept_epitome_license=True, config=EpitomeScorerConfig(method="frozen"))
    check_card_and_floor(scorer, split, "frozen")


@pytest.mark.slow
def test_fine_tuned_scorer_holds_its_floor_on_the_held_out_split(split):
    folder = scorer_folder(EpitomeScorerConfig(), data_files(epitome_or_skip()))
    if not (folder / CARD_FILE).exists():
        pytest.skip(f"the fine-tuned EPITOME scorer is not in the cache ({folder}); train it once (~12 min on 2 "
                    "cores) with `haven score-empathy --accept-epitome-license --jsonl IN --output OUT` and run the "
                    "tests with HAVEN_CACHE_DIR=~/.cache/haven (they use the repository's .cache/haven otherwise)")
    scorer = load_epitome_scorer(folder)
    check_card_and_floor(scorer, split, "finetune")
    warm = ("I'm so sorry you're going through this. It sounds exhausting to feel this alone. "
            "What has been the hardest part for you?")
    cold = "Drink more water. Go to bed at 10 pm."
    asks = "What has been the hardest part for you?"
    warm_score, cold_score, asks_score = scorer.score([warm, cold, asks], ["I can't sleep and I feel so alone."] * 3)
    assert warm_score.total > cold_score.total and warm_score.levels["emotional_reactions"] >= 1
    assert asks_score.levels["explorations"] >= 1 and cold_score.levels["explorations"] == 0


@pytest.mark.slow
@pytest.mark.parametrize("method,members", [("frozen", 1), ("finetune", 1), ("finetune", 2)])
def test_training_writes_a_card_and_weights_that_load_back(tmp_path, monkeypatch, method, members, write_tiny_epitome):
    monkeypatch.setenv("HAVEN_CACHE_DIR", str(tmp_path / "cache"))
    from haven.evaluate.empathy import load_or_train_scorer

    import torch

    data = write_tiny_epitome(tmp_path / "epitome")
    config = EpitomeScorerConfig(method=method, data_dir=str(data), epochs=1, batch_size=8, max_minutes=1.0,
                                 regularisation=(1.0,), threads=1, members=members)
    threads = torch.get_num_threads()
    torch.set_num_threads(2)  # the process's setting; the scorer trains on config.threads (1)
    try:
        scorer = load_or_train_scorer(accept_epitome_license=True, config=config)
        assert torch.get_num_threads() == 2, "training the scorer puts torch's threads back (the models train next)"
    finally:
        torch.set_num_threads(threads)
    folder = scorer_folder(config, data_files(data))
    card = (folder / CARD_FILE).read_text()
    for key in ('"split"', '"thresholds"', '"test_without_context"', "academic", '"fingerprint"'):
        assert key in card
    assert str(tmp_path / "cache") in str(folder)
    again = load_or_train_scorer(accept_epitome_license=True, config=config)  # from the cache this time
    texts = ["I'm so sorry. What has been hardest?", "Take a walk."]
    assert [s.levels for s in again.score(texts)] == [s.levels for s in scorer.score(texts)]
    assert all(0 <= s.total <= 6 for s in again.score(texts))
    assert scorer.folder == again.folder == folder
    if members > 1:  # each member's weights beside the card, each trained from its own seed
        from haven.evaluate.epitome_scorer import EncoderEnsemble, member_file

        assert isinstance(again.reader, EncoderEnsemble) and len(again.reader.members) == members
        assert all((folder / member_file(k)).is_file() for k in range(members))
        import json

        each = json.loads(card)["training"]["members"]
        assert each["seeds"] == [13, 14] and len(each["each"]) == 2
        first, second = (m.model.state_dict()["heads.interpretations.weight"] for m in again.reader.members)
        assert not torch.equal(first, second)
    elif method == "finetune":  # a card written before members existed loads as the one encoder it holds
        import json

        from haven.evaluate.epitome_scorer import FineTunedEncoder, load_epitome_scorer

        old = json.loads(card)
        del old["config"]["members"]
        (folder / CARD_FILE).write_text(json.dumps(old))
        assert isinstance(load_epitome_scorer(folder).reader, FineTunedEncoder)

    # the curation's totals are kept beside the scorer: a second model's curation reads them back
    from haven.evaluate.empathy import ANSWER_TOTALS_FILE, AnswerTotals

    questions = ["I can't sleep.", "I feel alone."]
    first = AnswerTotals(folder / ANSWER_TOTALS_FILE).totals(again, texts, questions)
    assert first == [s.total for s in again.score(texts, questions)]
    assert texts[0] not in (folder / ANSWER_TOTALS_FILE).read_text()  # hashes, never the text
    assert AnswerTotals(folder / ANSWER_TOTALS_FILE).totals(None, texts, questions) == first  # no scorer needed
