"""Retrieval metrics as BEIR computes them: nDCG@k, Recall@k, MRR@k, averaged over a run."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# As in BEIR (pytrec_eval): linear gain, a document counts as relevant when its relevance is
# above 0, and a query without any relevant document scores 0 rather than being dropped.


def ndcg_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """Normalized discounted cumulative gain of the first k documents.

    Args:
        ranked: document ids, best first; a repeated id counts at its first rank only.
        relevant: document id -> graded relevance; ids not in it have relevance 0.
        k: the cut-off.

    Returns:
        DCG / ideal DCG, with gain = relevance and discount log2(rank + 1); 0 when nothing
        is relevant.
    """
    gains = [max(relevant.get(doc_id, 0), 0) for doc_id in _top(ranked, k)]
    ideal = sorted((r for r in relevant.values() if r > 0), reverse=True)[:k]
    ideal_dcg = _dcg(ideal)
    return _dcg(gains) / ideal_dcg if ideal_dcg > 0 else 0.0


def recall_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """Share of the relevant documents (relevance above 0) found in the first k; 0 if none."""
    wanted = {doc_id for doc_id, r in relevant.items() if r > 0}
    if not wanted:
        return 0.0
    return len(wanted.intersection(_top(ranked, k))) / len(wanted)


def mrr_at_k(ranked: Sequence[str], relevant: Mapping[str, int], k: int = 10) -> float:
    """1 / rank of the first relevant document in the first k, else 0."""
    for rank, doc_id in enumerate(_top(ranked, k), start=1):
        if relevant.get(doc_id, 0) > 0:
            return 1.0 / rank
    return 0.0


def _top(ranked: Sequence[str], k: int) -> list[str]:
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    # A repeated id would otherwise earn its gain twice and push nDCG above 1.
    return list(dict.fromkeys(ranked))[:k]


def _dcg(gains: Sequence[int]) -> float:
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


@dataclass(frozen=True, slots=True)
class Scores:
    """Metrics averaged over the judged queries, each 0..1."""

    ndcg10: float
    recall10: float
    recall100: float
    mrr10: float
    queries: int  # how many queries the averages are over


def score_run(run: Mapping[str, Sequence[str]], qrels: Mapping[str, Mapping[str, int]]) -> Scores:
    """Average the metrics over every query in qrels.

    Args:
        run: query id -> document ids, best first (at least 100 for a meaningful recall@100).
        qrels: query id -> {document id: relevance}, as in BeirSet.qrels.

    Returns:
        The averages; a judged query missing from the run scores 0 on every metric, so a
        run cannot look better by skipping hard queries.

    Raises:
        ValueError: qrels is empty, so there is nothing to average.
    """
    if not qrels:
        raise ValueError("qrels holds no queries to score")
    totals = [0.0, 0.0, 0.0, 0.0]
    for query_id, relevant in qrels.items():
        ranked = run.get(query_id, ())
        totals[0] += ndcg_at_k(ranked, relevant, 10)
        totals[1] += recall_at_k(ranked, relevant, 10)
        totals[2] += recall_at_k(ranked, relevant, 100)
        totals[3] += mrr_at_k(ranked, relevant, 10)
    count = len(qrels)
    ndcg10, recall10, recall100, mrr10 = (total / count for total in totals)
    return Scores(ndcg10, recall10, recall100, mrr10, queries=count)


def documents_ranked(scored: Sequence[tuple[str, float]]) -> list[str]:
    """Document ids ranked by their best chunk: BEIR judges documents, we retrieve chunks.

    Args:
        scored: (document id, chunk score), higher is better, several chunks per document.

    Returns:
        Each document id once, by its best chunk's score; ties keep the order given.
    """
    best: dict[str, float] = {}
    for doc_id, score in scored:
        if doc_id not in best or score > best[doc_id]:
            best[doc_id] = score
    return sorted(best, key=lambda doc_id: -best[doc_id])  # sorted() is stable
