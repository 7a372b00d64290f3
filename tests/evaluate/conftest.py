"""Fixtures of the evaluation tests: a tiny EPITOME and an empathy scorer trained on it in seconds.

The real EPITOME scorer takes about 7 minutes to fine-tune on 2 cores (a minute for the
frozen baseline); tests that only need *a* scorer with the real contract (``score``,
``card``, ``evaluation``) use this one, trained on 24 made-up posts into a temporary cache.
"""

from __future__ import annotations

import pytest


def write_tiny_epitome(folder, posts: int = 24):
    """Three mechanism CSVs in EPITOME's layout: warm replies ask and sympathise, cold ones advise."""
    import csv

    from haven.data.epitome import MECHANISM_FILES

    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(posts):
        warm = i % 2 == 0
        reply = (f"I'm so sorry, that sounds exhausting. What has been hardest about week {i}?" if warm
                 else f"Take a walk at {i} o'clock and drink water.")
        rows.append((f"sp{i}", f"rp{i}", f"I can't sleep and I feel alone, night {i}.", reply, 2 if warm else 0))
    rows.append(rows[0])  # a reply listed twice, as in the real files
    for name in MECHANISM_FILES.values():
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["sp_id", "rp_id", "seeker_post", "response_post", "level", "rationales"])
            writer.writerows([(*row, "") for row in rows])
    return folder


@pytest.fixture(name="write_tiny_epitome")
def write_tiny_epitome_fixture():
    """The function that writes a tiny EPITOME folder (call it with a path)."""
    return write_tiny_epitome


@pytest.fixture(scope="session")
def tiny_empathy_scorer(tmp_path_factory):
    """A frozen-head EPITOME scorer trained on the tiny EPITOME, in its own cache (never the real one)."""
    from haven.evaluate.epitome_scorer import EpitomeScorerConfig, train_epitome_scorer

    root = tmp_path_factory.mktemp("tiny-epitome")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HAVEN_CACHE_DIR", str(root / "cache"))
        config = EpitomeScorerConfig(method="frozen", data_dir=str(write_tiny_epitome(root / "epitome")),
                                     regularisation=(1.0,))
        scorer, _ = train_epitome_scorer(config)
    return scorer
