"""Side by side with txtai: the same model, the same SciFact abstracts, the same run.

    .venv/bin/pip install -e ".[bench]" && .venv/bin/python -m benchmarks.txtai_compare

Index time: ours is a full sync of the abstracts as .txt briefs (reading, chunking, embedding,
FAISS, SQLite and BM25); txtai's is `Embeddings.index` of the same (id, text) pairs with
content storage on. Query time: p50 of `Assistant.search` (hybrid) and of
`Embeddings.search`, top 10, over the same SciFact claims. Goal: ours faster on both.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from assistant import Assistant, Settings
from assistant.embed import Embedder, _bundled_path
from assistant.evaluation.beir import load_beir
from benchmarks.run import ROOT, write_results

SCIFACT = ROOT.parent / "shared/datasets/scifact"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    try:
        from txtai import Embeddings
    except ImportError as exc:
        message = 'txtai is a benchmark-only dependency: pip install -e ".[bench]"'
        raise SystemExit(message) from exc
    data = load_beir(SCIFACT, split="train")
    corpus = sorted(data.corpus.items())[: args.documents]
    queries = [data.queries[q] for q in sorted(data.queries)[: args.queries]]
    texts = [(doc, f"{title}\n\n{text}") for doc, (title, text) in corpus]
    embedder = Embedder()
    embedder.encode(["warm up"])
    result: dict[str, float] = {"documents": len(texts), "queries": len(queries)}
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        for doc, text in texts:
            (documents / f"{doc}.txt").write_text(text, encoding="utf-8")
        settings = Settings(documents_dir=documents, index_dir=Path(scratch) / "index")
        assistant = Assistant.open(settings, embedder=embedder)
        started = time.perf_counter()
        assistant.sync()
        result["ours_index_s"] = round(time.perf_counter() - started, 2)
        result["ours_chunks"] = assistant.status().passages
        result["ours_query_p50_ms"] = round(_p50(lambda q: assistant.search(q, k=10), queries), 2)
        assistant.close()

    embeddings = Embeddings(path=str(_bundled_path()), content=True)
    started = time.perf_counter()
    embeddings.index([(doc, text, None) for doc, text in texts])
    result["txtai_index_s"] = round(time.perf_counter() - started, 2)
    result["txtai_query_p50_ms"] = round(_p50(lambda q: embeddings.search(q, 10), queries), 2)
    result["index_ratio_ours_over_txtai"] = round(
        result["ours_index_s"] / result["txtai_index_s"], 3
    )
    result["query_ratio_ours_over_txtai"] = round(
        result["ours_query_p50_ms"] / result["txtai_query_p50_ms"], 3
    )
    write_results("txtai", result)


def _p50(search, queries: list[str]) -> float:  # search: str -> object
    for query in queries[:5]:
        search(query)  # warm caches on both sides alike
    times = []
    for query in queries:
        started = time.perf_counter()
        search(query)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


if __name__ == "__main__":
    main()
