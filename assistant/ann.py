"""Approximate search beside the exact index: HNSW proposes candidates, exact vectors rank them.

The exact `IndexIDMap2(IndexFlatIP)` stays the source of truth (it is what the store writes
per generation). The approximate index is derived from it and never written by the store: it
only shortens the list of chunks whose exact cosine is computed, so every score returned here is
the one exact search would give for that chunk.

HNSW has no deletes (`remove_ids` raises "not implemented" on it), so after a commit that
removes chunks the caller rebuilds the approximate index from the exact one with
`build_approximate`. Until then a stale approximate index is still safe to search: candidates
that are gone from the exact index are dropped at the rerank. Chunks added since the build are
missing until the rebuild, or until the caller adds them to it with `add_with_ids`, which HNSW
supports.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import faiss
    import numpy as np

# Chunk count above which HNSW plus exact rerank has the lower p50 single-query latency (one
# thread, 384-d, k=10, 100 candidates; benchmarks/scale.py, embedding-like data). HNSW won at 12k
# in all four runs (0.24-0.26 ms against 0.27-0.37 ms exact), split at 11k and won at 10k once in
# five; near the crossover the gap is under 0.1 ms either way. The step is most likely this
# machine's 32 MiB L3 cache, shared with other work: past ~17 MB of vectors the flat scan reads
# RAM. Another machine has another crossover; rerun the benchmark there.
DEFAULT_THRESHOLD = 12_000

# Graph degree M. 32 is the common choice for 384-d text embeddings: it reached recall@10 0.989 at
# efSearch 128 on a structured 100k set here (shared/research/ecosystem.md, section 3).
NEIGHBOURS = 32

# efConstruction. On 100k vectors harder than real ones (latent 32, noise 1.0), 40 -> 80 -> 160
# took 34 -> 51 -> 114 s to build for recall@10 at efSearch 100 of 0.943 -> 0.960 -> 0.976, while
# real MiniLM vectors of 14k SciFact chunks reached 0.998 at 40. Builds are the cost that grows
# (every removal means one), so faiss's own default, 40, it is.
BUILD_EFFORT = 40

# Above this efSearch a filtered graph walk stops paying: at 100k chunks with 10% allowed,
# efSearch 1000 took 5.9 ms while the exact scan restricted to the allowed ids took 2.8 ms.
MAX_FILTERED_EFFORT = 1000

# Rows copied out of the exact index per add, so a 1M-vector build never holds a second full copy
# of the vectors (1.5 GB) beside the exact index and the graph.
_BUILD_BATCH = 65_536


def should_approximate(count: int, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Whether an index of `count` chunks is worth searching through HNSW.

    Args:
        count: chunks in the exact index.
        threshold: chunk count above which approximate search wins (DEFAULT_THRESHOLD).

    Returns:
        True when count exceeds threshold.
    """
    return count > threshold


def build_approximate(exact: faiss.IndexIDMap2) -> faiss.Index:
    """An HNSW index over the exact index's vectors that answers with the same chunk ids.

    Uses faiss's OpenMP threads (set with faiss.omp_set_num_threads): building is the one step
    here that is worth both cores. HNSW cannot remove vectors, so rebuild after removals.

    Args:
        exact: the store's IndexIDMap2(IndexFlatIP) of unit vectors with int64 chunk ids.

    Returns:
        An IndexIDMap(IndexHNSWFlat) with inner-product metric, M=NEIGHBOURS,
        efConstruction=BUILD_EFFORT, holding every vector of `exact` under its chunk id.
    """
    import faiss

    graph = faiss.IndexHNSWFlat(exact.d, NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction = BUILD_EFFORT
    approximate = faiss.IndexIDMap(graph)
    copy_vectors(exact, approximate)
    return approximate


def copy_vectors(exact: faiss.IndexIDMap2, target: faiss.IndexIDMap) -> None:
    """Add every vector of exact to target under the same chunk ids, a batch at a time."""
    import faiss

    flat = faiss.downcast_index(exact.index)
    # The id map is parallel to the flat storage: row i of the flat index is chunk id_map[i].
    ids = faiss.vector_to_array(exact.id_map)
    for start in range(0, exact.ntotal, _BUILD_BATCH):
        rows = flat.reconstruct_n(start, min(_BUILD_BATCH, exact.ntotal - start))
        target.add_with_ids(rows, ids[start : start + len(rows)])


def search_reranked(
    approximate: faiss.Index,
    exact: faiss.IndexIDMap2,
    query: np.ndarray,
    k: int,
    candidates: int,
    allowed: Sequence[int] | None = None,
) -> list[tuple[int, float]]:
    """The k chunks nearest to a unit query: HNSW candidates, ranked by their exact cosine.

    Args:
        approximate: the index from build_approximate(exact), possibly stale (see module doc).
        exact: the store's IndexIDMap2(IndexFlatIP), whose stored vectors give the scores.
        query: one unit vector, shape (d,) or (1, d).
        k: how many chunks to return.
        candidates: how many the graph proposes; also its efSearch. On embedding-like vectors
            (benchmarks/scale.py) 100 gave recall@10 0.98 at 100k chunks and 0.90 at 1M
            (0.5 / 0.8 ms); 400 gave 1.0 and 0.993 (1.6 / 2.9 ms).
        allowed: only these chunk ids (None: all). Filtered before ranking, so k hits come
            back whenever k allowed chunks exist.

    Returns:
        Up to k (chunk id, cosine) pairs, best first.
    """
    import faiss
    import numpy as np

    vector = np.asarray(query, dtype=np.float32).reshape(1, -1)
    if k <= 0 or exact.ntotal == 0 or (allowed is not None and len(allowed) == 0):
        return []
    wanted = max(candidates, k)
    if allowed is None:
        params = faiss.SearchParametersHNSW(efSearch=wanted)
    else:
        selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
        # The graph walk visits forbidden nodes too, so to meet `wanted` allowed ones it must
        # look about ntotal/len(allowed) times wider. Past MAX_FILTERED_EFFORT the exact scan,
        # which computes a dot product only for allowed ids, is faster and never misses; with
        # tight filters HNSW at a fixed efSearch returned a fifth of the asked-for hits.
        effort = math.ceil(wanted * max(approximate.ntotal, 1) / len(allowed))
        if effort > MAX_FILTERED_EFFORT:
            scores, ids = exact.search(vector, k, params=faiss.SearchParameters(sel=selector))
            return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
        params = faiss.SearchParametersHNSW(sel=selector, efSearch=effort)
    _, found = approximate.search(vector, wanted, params=params)
    ids, rows = _stored(exact, found[0][found[0] >= 0])
    scores = rows @ vector[0]
    best = np.argsort(-scores, kind="stable")[:k]
    return [(int(ids[i]), float(scores[i])) for i in best]


def _stored(exact: faiss.IndexIDMap2, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ids still in the exact index and their stored vectors (a stale graph has extras)."""
    import numpy as np

    try:
        return ids, exact.reconstruct_batch(ids)
    except RuntimeError:
        # Some id was removed since the graph was built; reconstruct_batch stops at the first
        # missing key, so keep the others one by one (rare: only until the caller rebuilds).
        kept, rows = [], []
        for chunk_id in ids.tolist():
            try:
                rows.append(exact.reconstruct(chunk_id))
            except RuntimeError:
                continue
            kept.append(chunk_id)
        if not kept:
            return np.empty(0, dtype=np.int64), np.empty((0, exact.d), dtype=np.float32)
        return np.asarray(kept, dtype=np.int64), np.vstack(rows)
