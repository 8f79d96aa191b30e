"""Retrieval: a question -> the passages most likely to answer it, from one or both indexes.

Hybrid retrieval fuses the dense ranking (the model's vectors) and the lexical one (BM25).
Two fusions are offered. "convex" (the default) rescales each list's scores to 0..1 (min-max)
and adds them with weights dense_weight and 1 - dense_weight; "rrf" lets each list vote
1 / (rrf_k + rank) for its passages. On SciFact train (in-sample: the fusion was chosen there)
convex fusion scored nDCG@10 0.730 against RRF's 0.709 (RRF measured before titles were
embedded), as Bruch et al. (2023, "An Analysis of Fusion Functions for Hybrid Retrieval")
found on other collections: scores carry how much better the first passage is, ranks do not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from typing import TYPE_CHECKING, TypeVar

from .clean import fold
from .index import Index
from .lexical import match_expression, or_expression, phrases, weighted
from .records import Document, Filters, Passage
from .settings import Settings

if TYPE_CHECKING:
    import numpy as np

T = TypeVar("T")

# How deep each ranking is read before fusing: a passage ranked 80th by one method and 3rd by
# the other must still be seen.
FUSION_DEPTH = 100


def reciprocal_rank_fusion(rankings: Sequence[Sequence[int]], k: int) -> list[tuple[int, float]]:
    """Fuse ranked id lists: score(id) = sum over lists of 1 / (k + rank), rank from 1.

    Ties keep the order in which the ids were first met, so the result is deterministic.
    """
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda pair: -pair[1])


def convex_fusion(
    lists: Sequence[Sequence[tuple[int, float]]],
    weights: Sequence[float],
    floors: Sequence[float | None] | None = None,
) -> list[tuple[int, float]]:
    """Fuse scored lists: each list's scores min-max scaled to 0..1, then weighted and added
    (an id missing from a list gets 0 from it). Ties keep first-met order.

    Args:
        floors: per list, the low end of its scale when the list is known to go on below its
            last score (None: its own least score).
    """
    scores: dict[int, float] = {}
    floors = floors or [None] * len(lists)
    for scored, weight, floor in zip(lists, weights, floors, strict=True):
        if not scored:
            continue
        low, high = min(s for _, s in scored), max(s for _, s in scored)
        low = low if floor is None else min(low, floor)
        span = high - low or 1.0  # one hit, or all equal: each gets the full weight
        for item, score in scored:
            scaled = (score - low) / span if high > low else 1.0
            scores[item] = scores.get(item, 0.0) + weight * scaled
    return sorted(scores.items(), key=lambda pair: -pair[1])


def ranked_chunks(
    store: Index,
    query: str,
    vector: np.ndarray | None,
    k: int,
    settings: Settings,
    documents: Sequence[str] | None = None,
) -> list[tuple[int, float]]:
    """(chunk id, score) of the k best chunks for the query, best first.

    Args:
        vector: the query's unit vector (unused, and may be None, in lexical mode).
        settings: retrieval ("dense", "lexical", "hybrid"), fusion, dense_weight, rrf_k.
        documents: only these document ids (None: all).
    """
    expression = match_expression(query)
    if settings.retrieval == "lexical":
        return store.lexical_search(_weighted(store, expression), k, documents)
    if vector is None:
        raise ValueError("dense and hybrid retrieval need the query vector")
    if settings.retrieval == "dense":
        return store.search(vector, k, documents)
    depth = max(k, FUSION_DEPTH)
    dense = store.search(vector, depth, documents)
    if settings.fusion == "rrf":  # ranks count, even those of passages scored about 0
        lexical = store.lexical_search(expression, depth, documents)
        rankings = [[i for i, _ in dense], [i for i, _ in lexical]]
        return reciprocal_rank_fusion(rankings, settings.rrf_k)[:k]
    asked = _weighted(store, expression)
    lexical = store.lexical_search(asked, depth, documents)
    # Passages holding only the words left out would have followed, scored about 0.
    short = asked != expression and len(lexical) < depth
    weights = (settings.dense_weight, 1.0 - settings.dense_weight)
    return convex_fusion([dense, lexical], weights, (None, 0.0 if short else None))[:k]


def _weighted(store: Index, expression: str) -> str:
    """The expression without words FTS5 gives no weight (lexical.weighted); BM25's ranking is
    the same to within 2.2e-6 a word left out."""
    if not expression:
        return expression
    asked = phrases(expression)
    passages, held = store.term_passages(asked)
    kept = weighted(asked, held, passages)
    return expression if len(kept) == len(asked) else or_expression(kept)


def passages(store: Index, ranked: Sequence[tuple[int, float]]) -> list[Passage]:
    """The chunks and documents behind ranked (chunk id, score) pairs, in their order."""
    if not ranked:
        return []
    chunks = store.chunks_by_id([chunk_id for chunk_id, _ in ranked])
    documents = store.documents_by_id(chunk.document_id for chunk in chunks.values())
    return [
        Passage(chunks[chunk_id], documents[chunks[chunk_id].document_id], score)
        for chunk_id, score in ranked
        if chunk_id in chunks  # a chunk a concurrent sync just removed
    ]


def distinct(found: Sequence[Passage], k: int) -> tuple[Passage, ...]:
    """The k best passages with repeats merged and no brief taking every slot.

    The same paragraph in several briefs is shown once, naming the other briefs in also.
    A brief gets at most half the slots (at least one) while other briefs have candidates;
    slots still empty after that are filled in rank order.
    """
    unique: dict[str, Passage] = {}
    for passage in found:
        key = same_words(passage.chunk.text)
        first = unique.get(key)
        if first is None:
            unique[key] = passage
        elif passage.document.id != first.document.id:
            also = (*first.also, passage.document)
            unique[key] = Passage(first.chunk, first.document, first.score, also)
    return tuple(spread(list(unique.values()), k, key=lambda p: p.document.id))


def spread(items: Sequence[T], k: int, key: Callable[[T], Hashable]) -> list[T]:
    """The first k items in order, at most max(1, k // 2) per key while others are waiting."""
    cap = max(1, k // 2)
    taken: list[T] = []
    counts: dict[object, int] = {}
    waiting: list[T] = []
    for item in items:
        group = key(item)
        if counts.get(group, 0) < cap:
            counts[group] = counts.get(group, 0) + 1
            taken.append(item)
        else:
            waiting.append(item)
        if len(taken) == k:
            return taken
    order = {id(item): n for n, item in enumerate(items)}
    filled = taken + waiting[: k - len(taken)]
    return sorted(filled, key=lambda item: order[id(item)])


def same_words(text: str) -> str:
    """A key equal for texts with the same words, whatever their case and punctuation."""
    return re.sub(r"\W+", " ", text.lower()).strip()


def admits(filters: Filters, document: Document) -> bool:
    """Whether the document passes every filter that is set."""
    if (filters.since or filters.until) and not document.date:
        return False  # an undated brief cannot be shown to fall in a date range
    if filters.since and document.date < filters.since:
        return False
    if filters.until and document.date > filters.until:
        return False
    if filters.authors and not any(
        fold(wanted) in fold(name) for wanted in filters.authors for name in document.authors
    ):
        return False
    if filters.series and not any(fold(s) in fold(document.series) for s in filters.series):
        return False
    keys = (document.id, document.path, document.number)
    return not filters.documents or any(wanted in keys for wanted in filters.documents)
