"""Approximate search: HNSW + exact rerank against exact search on 20k embedding-like vectors.

The vectors are random with a fixed seed but lie near a 32-dimensional subspace, like sentence
embeddings do. iid random directions in 384-d have no close neighbours, so no graph index finds
their top 10 (HNSW32 recall@10 was 0.72 at efSearch 100 on 14k of them, against 0.998 on real
MiniLM vectors of 14k SciFact chunks); they would test the data, not this module.
"""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from assistant.vectors import GRAPH_MIN_VECTORS, Vectors, build_graph, new_segment, search_graph
from tests.conftest import embedding_basis, perturbed, unit_vectors

COUNT = 20_000
K = 10
CANDIDATES = max(4 * K, 100)


@pytest.fixture(scope="module")
def indexes() -> tuple[faiss.IndexIDMap2, faiss.Index, np.ndarray, np.ndarray]:
    """(exact, approximate, chunk ids, queries): built once, ~4 s on two cores."""
    rng = np.random.default_rng(7)
    vectors = unit_vectors(COUNT, rng, embedding_basis(rng))
    # Chunk ids are 63-bit hashes: put many of them near the top of the int64 range.
    ids = rng.integers(2**62, 2**63 - 1, size=COUNT, dtype=np.int64)
    assert len(np.unique(ids)) == COUNT, "the fixture needs distinct ids"
    exact = faiss.IndexIDMap2(faiss.IndexFlatIP(vectors.shape[1]))
    exact.add_with_ids(vectors, ids)
    queries = perturbed(vectors[rng.choice(COUNT, 100, replace=False)], rng)
    return exact, build_graph(exact), ids, queries


def _exact_top(exact: faiss.IndexIDMap2, query: np.ndarray, k: int) -> list[int]:
    return exact.search(query.reshape(1, -1), k)[1][0].tolist()


def test_recall_at_10_against_exact_search(indexes) -> None:
    exact, approximate, _, queries = indexes
    shares = []
    for query in queries:
        found = [i for i, _ in search_graph(approximate, exact, query, K, candidates=CANDIDATES)]
        assert len(found) == K, "k chunks exist, so k come back"
        shares.append(len(set(found) & set(_exact_top(exact, query, K))) / K)
    assert np.mean(shares) >= 0.97, f"recall@10 {np.mean(shares):.3f} is below 0.97"


def test_ids_are_chunk_ids_and_scores_are_exact_cosines(indexes) -> None:
    exact, approximate, ids, queries = indexes
    found = search_graph(approximate, exact, queries[0], K, candidates=CANDIDATES)
    stored = set(ids.tolist())
    assert all(i in stored for i, _ in found), "ids must be the 63-bit chunk ids, not positions"
    assert any(i >= 2**62 for i, _ in found), "large ids must survive the round trip"
    cosines = exact.reconstruct_batch(np.asarray([i for i, _ in found])) @ queries[0]
    assert np.allclose([s for _, s in found], cosines, atol=1e-6), "scores are exact cosines"
    assert [s for _, s in found] == sorted((s for _, s in found), reverse=True), "best first"


def test_the_perturbed_source_ranks_first(indexes) -> None:
    exact, approximate, _, queries = indexes
    for query in queries[:20]:
        best = search_graph(approximate, exact, query, 1, candidates=CANDIDATES)
        assert best[0][0] == _exact_top(exact, query, 1)[0], "the nearest chunk is found"


@pytest.mark.parametrize("share", [0.5, 0.01], ids=["wide filter (graph)", "narrow (exact)"])
def test_allowed_filters_before_ranking(indexes, share: float) -> None:
    exact, approximate, ids, queries = indexes
    allowed = ids[np.random.default_rng(1).random(COUNT) < share]
    selector = faiss.SearchParameters(sel=faiss.IDSelectorBatch(allowed))
    for query in queries[:10]:
        found = search_graph(approximate, exact, query, K, allowed.tolist(), candidates=CANDIDATES)
        assert len(found) == K, "filtering before ranking still yields k hits"
        assert {i for i, _ in found} <= set(allowed.tolist()), "only allowed chunks come back"
        expected = exact.search(query.reshape(1, -1), K, params=selector)[1][0].tolist()
        assert len(set(expected) & {i for i, _ in found}) >= K - 1, "near-exact within the filter"


def test_nothing_allowed_gives_nothing(indexes) -> None:
    exact, approximate, _, queries = indexes
    assert search_graph(approximate, exact, queries[0], K, []) == []


def test_empty_index() -> None:
    exact = faiss.IndexIDMap2(faiss.IndexFlatIP(8))
    approximate = build_graph(exact)
    assert approximate.ntotal == 0
    query = np.ones(8, dtype=np.float32) / np.sqrt(8)
    assert search_graph(approximate, exact, query, K, candidates=CANDIDATES) == []


def test_k_larger_than_the_count_returns_every_chunk() -> None:
    rng = np.random.default_rng(3)
    vectors = unit_vectors(25, rng, None)
    ids = np.arange(25, dtype=np.int64) * 1_000_003 + 2**62
    exact = faiss.IndexIDMap2(faiss.IndexFlatIP(vectors.shape[1]))
    exact.add_with_ids(vectors, ids)
    found = search_graph(build_graph(exact), exact, vectors[4], 50)
    assert sorted(i for i, _ in found) == sorted(ids.tolist()), "all 25 chunks, none invented"
    assert found[0] == (int(ids[4]), pytest.approx(1.0, abs=1e-6)), "the query's own chunk first"


def test_deleted_chunks_never_come_back_from_the_graph(indexes) -> None:
    exact, approximate, _, queries = indexes
    first = search_graph(approximate, exact, queries[0], K, candidates=CANDIDATES)
    gone = {i for i, _ in first[:3]}  # still in the segment and the graph, but deleted
    found = [i for i, _ in search_graph(approximate, exact, queries[0], K, deleted=gone)]
    assert not set(found) & gone, "deleted chunks are dropped at the rerank"
    assert len(found) == K, "the wider candidate list still fills k"


def test_large_segments_are_searched_through_their_graph_once_built(indexes, tmp_path) -> None:
    """Past approximate_above vectors, a segment of GRAPH_MIN_VECTORS or more gets a graph in
    the background; until then and after, Vectors.search answers, with near-exact results
    (20k vectors: the walk is not exhaustive, so this can differ from exact search)."""
    import time

    exact, _, ids, queries = indexes
    rows = exact.index.reconstruct_n(0, exact.ntotal)
    small = new_segment(ids[:100], rows[:100])
    vectors = Vectors(tmp_path, approximate_above=1000)
    vectors.add("large", exact)
    vectors.add("small", small)
    vectors.load(["large", "small"], ())
    deadline = time.monotonic() + 120
    while not vectors.graphs_ready() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert vectors.graphs_ready(), "the graph of the 20k segment was built"
    assert small.ntotal < GRAPH_MIN_VECTORS <= exact.ntotal
    shares = []
    for query in queries[:30]:
        found = [i for i, _ in vectors.search(query, K)]
        assert len(found) == K
        shares.append(len(set(found) & set(_exact_top(exact, query, K))) / K)
    assert np.mean(shares) >= 0.97, f"recall@10 {np.mean(shares):.3f} through the graph"
