"""Scale: exact flat search against HNSW + exact rerank (and IVF-PQ + rerank) at 10k-1M chunks.

    .venv/bin/python -m benchmarks.scale [--sizes 10000 100000 1000000]
        [--data random|embedding-like] [--ivfpq-max 1000000]

Vectors are random unit float32 rows of dimension 384, not embeddings of passages: the model
cannot embed a million passages in the time a benchmark has here. `--data random` (the default)
draws iid Gaussian directions, the worst case for a graph index because no point has close
neighbours; `--data embedding-like` draws them near a random 32-dimensional subspace, which gives
HNSW recall close to what real MiniLM vectors gave (docs/scaling.md). Queries are 100 perturbed
copies of stored vectors (cosine ~0.7 to their source, like a question to its passage) plus 100
fresh random ones. Latencies are single queries on one faiss thread; builds use two.
Results go to stdout as Markdown tables and to benchmarks/results/scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from assistant.vectors import build_graph as build_approximate
from assistant.vectors import copy_vectors, search_graph
from tests.conftest import embedding_basis, perturbed, unit_vectors

RESULTS = Path(__file__).resolve().parent / "results/scale.json"
DIMENSION = 384
K = 10
CANDIDATES = max(4 * K, 100)
WIDE = 400  # a wider candidate list, to show what recall more rerank work buys
IVFPQ_SETTINGS = ((16, CANDIDATES), (64, CANDIDATES), (64, 1000))  # (nprobe, candidates)
QUERIES_PER_KIND = 100
LATENT = 32  # dimensions of the subspace embedding-like vectors lie near
NOISE = 0.5  # off-subspace noise; 0.5 matched real MiniLM recall best (docs/scaling.md)
ADD_BATCH = 100_000  # vectors generated and added at a time, so no second full copy is held


def rss_mb() -> float:
    """Resident memory of this process (VmRSS) in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def file_mb(index: Any) -> float:
    """Size of faiss.write_index(index) in MB."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "index.faiss"
        faiss.write_index(index, str(path))
        return path.stat().st_size / 1e6


def percentiles(seconds: list[float]) -> tuple[float, float]:
    """(p50, p95) in milliseconds."""
    cuts = statistics.quantiles(seconds, n=100, method="inclusive")
    return cuts[49] * 1e3, cuts[94] * 1e3


def timed(search: Any, queries: np.ndarray) -> tuple[list[list[int]], list[float]]:
    """Ids found for each query and the seconds each single search took (after a warm-up)."""
    for query in queries[:5]:
        search(query)
    found, seconds = [], []
    for query in queries:
        started = time.perf_counter()
        ids = search(query)
        seconds.append(time.perf_counter() - started)
        found.append(ids)
    return found, seconds


def top1(found: list[list[int]], truth: list[list[int]]) -> float:
    """Share of queries whose first result is the true nearest chunk."""
    return round(float(np.mean([f[:1] == t[:1] for f, t in zip(found, truth, strict=True)])), 4)


def recall(found: list[list[int]], truth: list[list[int]]) -> float:
    """Mean share of the true top K among the first K found."""
    shares = [len(set(f[:K]) & set(t[:K])) / K for f, t in zip(found, truth, strict=True)]
    return round(float(np.mean(shares)), 4)


def build_ivfpq(exact: Any, rng: np.random.Generator) -> Any:
    """IVF with PQ48x8 codes (48 B a vector), trained on up to 64k rows.

    4*sqrt(N) lists, faiss's guideline, capped at 1024 so that training at 1M fits the time
    budget of this benchmark (about 30 s here).
    """
    lists = min(1024, int(4 * np.sqrt(exact.ntotal)))
    quantizer = faiss.IndexFlatIP(DIMENSION)
    compressed = faiss.IndexIVFPQ(quantizer, DIMENSION, lists, 48, 8, faiss.METRIC_INNER_PRODUCT)
    flat = faiss.downcast_index(exact.index)
    sample = np.sort(rng.choice(exact.ntotal, min(exact.ntotal, 64 * lists, 65_536), False))
    compressed.train(flat.reconstruct_batch(sample))
    wrapped = faiss.IndexIDMap(compressed)
    copy_vectors(exact, wrapped)
    return wrapped


def quality(found: list[list[int]], truth: list[list[int]], seconds: list[float]) -> dict[str, Any]:
    """Latency and recall of one index's answers against the exact ones."""
    p50, p95 = percentiles(seconds)
    half = QUERIES_PER_KIND  # perturbed copies first, then fresh random queries
    return {
        "p50_ms": round(p50, 3),
        "p95_ms": round(p95, 3),
        "recall_at_10": recall(found, truth),
        "recall_perturbed": recall(found[:half], truth[:half]),
        "recall_fresh": recall(found[half:], truth[half:]),
        "top1_perturbed": top1(found[:half], truth[:half]),
    }


def measure_hnsw(
    exact: Any, queries: np.ndarray, truth: list[list[int]], allowed: np.ndarray
) -> dict[str, Any]:
    """Build, memory, latency, recall and file size of build_graph + search_graph."""
    faiss.omp_set_num_threads(2)
    before, started = rss_mb(), time.perf_counter()
    approximate = build_approximate(exact)
    hnsw: dict[str, Any] = {
        "build_s": round(time.perf_counter() - started, 1),
        "rss_mb": round(rss_mb() - before, 1),
    }
    faiss.omp_set_num_threads(1)
    found, seconds = timed(
        lambda q: [i for i, _ in search_graph(approximate, exact, q, K, candidates=CANDIDATES)],
        queries,
    )
    hnsw.update(quality(found, truth, seconds))
    found, seconds = timed(
        lambda q: [i for i, _ in search_graph(approximate, exact, q, K, candidates=WIDE)], queries
    )
    hnsw[f"candidates{WIDE}"] = quality(found, truth, seconds)
    _, seconds = timed(
        lambda q: search_graph(approximate, exact, q, K, allowed, candidates=CANDIDATES),
        queries[:50],
    )
    hnsw["filtered_1pct_p50_ms"] = round(percentiles(seconds)[0], 3)
    hnsw["file_mb"] = round(file_mb(approximate), 1)
    return hnsw


def measure_ivfpq(
    exact: Any, queries: np.ndarray, truth: list[list[int]], rng: np.random.Generator
) -> dict[str, Any]:
    """The same for IVF-PQ candidates reranked with the exact index's vectors."""
    faiss.omp_set_num_threads(2)
    before, started = rss_mb(), time.perf_counter()
    compressed = build_ivfpq(exact, rng)
    pq: dict[str, Any] = {
        "build_s": round(time.perf_counter() - started, 1),
        "rss_mb": round(rss_mb() - before, 1),
    }
    faiss.omp_set_num_threads(1)
    for probes, wanted in IVFPQ_SETTINGS:
        params = faiss.SearchParametersIVF(nprobe=probes)

        def search(q: np.ndarray, params: Any = params, wanted: int = wanted) -> list[int]:
            _, candidates = compressed.search(q.reshape(1, -1), wanted, params=params)
            kept = candidates[0][candidates[0] >= 0]
            scores = exact.reconstruct_batch(kept) @ q
            return kept[np.argsort(-scores, kind="stable")[:K]].tolist()

        found, seconds = timed(search, queries)
        pq[f"nprobe{probes}_candidates{wanted}"] = quality(found, truth, seconds)
    pq["file_mb"] = round(file_mb(compressed), 1)
    return pq


def measure(size: int, data: str, ivfpq_max: int) -> dict[str, Any]:
    """Every figure for one index size."""
    rng = np.random.default_rng(size)
    basis = embedding_basis(rng) if data == "embedding-like" else None
    result: dict[str, Any] = {"size": size, "data": data, "load_before": os.getloadavg()[0]}
    ids = rng.integers(2**62, 2**63 - 1, size=size, dtype=np.int64)  # 63-bit, like chunk ids
    if len(np.unique(ids)) != size:
        raise RuntimeError("duplicate random chunk ids; pick another seed")

    faiss.omp_set_num_threads(2)
    before, adding = rss_mb(), 0.0
    exact = faiss.IndexIDMap2(faiss.IndexFlatIP(DIMENSION))
    for start in range(0, size, ADD_BATCH):
        rows = unit_vectors(min(ADD_BATCH, size - start), rng, basis)
        started = time.perf_counter()
        exact.add_with_ids(rows, ids[start : start + len(rows)])
        adding += time.perf_counter() - started
    del rows
    result["exact"] = {"build_s": round(adding, 2), "rss_mb": round(rss_mb() - before, 1)}
    sources = exact.reconstruct_batch(ids[rng.choice(size, QUERIES_PER_KIND, replace=False)])
    queries = np.vstack([perturbed(sources, rng), unit_vectors(QUERIES_PER_KIND, rng, basis)])

    faiss.omp_set_num_threads(1)
    truth, seconds = timed(lambda q: exact.search(q.reshape(1, -1), K)[1][0].tolist(), queries)
    p50, p95 = percentiles(seconds)
    result["exact"].update(p50_ms=round(p50, 3), p95_ms=round(p95, 3))
    result["exact"]["file_mb"] = round(file_mb(exact), 1)

    allowed = ids[rng.random(size) < 0.01]  # a documents filter keeping 1% of the chunks
    result["hnsw_rerank"] = measure_hnsw(exact, queries, truth, allowed)
    if 10_000 <= size <= ivfpq_max:  # fewer rows cannot train 256-centroid PQ codebooks
        result["ivfpq_rerank"] = measure_ivfpq(exact, queries, truth, rng)
    result["load_after"] = os.getloadavg()[0]
    return result


def row(size: int, name: str, build: dict[str, Any], search: dict[str, Any]) -> str:
    """One Markdown row: an index's build figures and one search setting's figures."""
    recall_cell = (
        f"{search['recall_at_10']} ({search['recall_perturbed']} / {search['recall_fresh']})"
    )
    return (
        f"| {size:,} | {name} | {build['build_s']} | {search['p50_ms']} | {search['p95_ms']} "
        f"| {recall_cell} | {search['top1_perturbed']} | {build['rss_mb']} | {build['file_mb']} |"
    )


def table(results: list[dict[str, Any]]) -> str:
    """The results as Markdown."""
    lines = [
        "| chunks | index | build s | p50 ms | p95 ms | recall@10 (perturbed / fresh) "
        "| top-1 (perturbed) | RSS MB | file MB |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    exact_answers = {"recall_at_10": 1.0, "recall_perturbed": 1.0, "recall_fresh": 1.0}
    for r in results:
        size, hnsw = r["size"], r["hnsw_rerank"]
        lines.append(
            row(
                size,
                "exact flat",
                r["exact"],
                {**r["exact"], **exact_answers, "top1_perturbed": 1.0},
            )
        )
        lines.append(row(size, f"HNSW32 + rerank, {CANDIDATES} candidates", hnsw, hnsw))
        lines.append(
            row(size, f"HNSW32 + rerank, {WIDE} candidates", hnsw, hnsw[f"candidates{WIDE}"])
        )
        if pq := r.get("ivfpq_rerank"):
            for probes, wanted in IVFPQ_SETTINGS:
                name = f"IVF-PQ48 nprobe {probes} + rerank, {wanted} candidates"
                lines.append(row(size, name, pq, pq[f"nprobe{probes}_candidates{wanted}"]))
    return "\n".join(lines)


def save(result: dict[str, Any]) -> None:
    """Merge one size's result into scale.json, replacing an older run of the same size and data."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    runs = json.loads(RESULTS.read_text()) if RESULTS.exists() else []
    runs = [r for r in runs if (r["size"], r["data"]) != (result["size"], result["data"])]
    runs.append(result)
    runs.sort(key=lambda r: (r["data"], r["size"]))
    RESULTS.write_text(json.dumps(runs, indent=2) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--data", choices=["random", "embedding-like"], default="random")
    parser.add_argument(
        "--ivfpq-max", type=int, default=1_000_000, help="largest size to also build IVF-PQ for"
    )
    args = parser.parse_args()
    print(
        f"Vectors: {args.data} unit float32, dimension {DIMENSION}. These are random vectors, "
        "not embeddings: the model cannot embed 1M passages in the time this benchmark has."
    )
    results = []
    for size in args.sizes:
        started = time.perf_counter()
        result = measure(size, args.data, args.ivfpq_max)
        result["total_s"] = round(time.perf_counter() - started, 1)
        save(result)
        results.append(result)
        print(
            f"{size:,} chunks measured in {result['total_s']} s "
            f"(1-min load average {result['load_before']:.1f} -> {result['load_after']:.1f} "
            "on 2 cores; above ~1 another process competed)",
            flush=True,
        )
    print(table(results))
    filtered = ", ".join(
        f"{r['size']:,}: {r['hnsw_rerank']['filtered_1pct_p50_ms']} ms" for r in results
    )
    print(f"\nsearch_reranked with 1% of chunks allowed (exact fallback), p50: {filtered}")
    print(f"Written to {RESULTS}")


if __name__ == "__main__":
    main()
