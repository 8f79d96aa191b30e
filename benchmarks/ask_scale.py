"""ask() at 100k chunks, sentence vectors stored as sync stores them: p50 and p95 beside the
floor (one question encode + one exact dense search), measured in the same fresh process;
between them, candidates() (retrieval + the sentences' stored vectors + clean texts) and one
hybrid retrieval (encode + dense + BM25, fused) and BM25 alone, to show where the time goes.

    .venv/bin/python -m benchmarks.ask_scale [--chunks 100000] [--questions 50]

The model cannot embed 100k passages here in reasonable time, so the index is written at the
store level (as benchmarks.memory does): briefs of synthetic sentences, several to a chunk,
whose sentence vectors are random unit vectors and whose chunk vector is their normalized mean
(said so in the output). The store packs the sentence vectors with each chunk row, as after a
sync. Everything else is the product: the store files, SQLite with its BM25 table, and a fresh
process that opens them with the real model and answers distinct questions never asked before.
Below settings.approximate_above (200k) the dense search is exact, so the floor is rank(dense).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.run import ROOT, write_results

CHILD = """
import json, statistics, sys, time
from pathlib import Path
from assistant import Assistant, Settings
from benchmarks.run import percentile
from tests.conftest import TOPICS
index, count, briefs = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
assistant = Assistant.open(Settings(documents_dir=index, index_dir=index))
def question(n):
    return (f"What did the delegation of brief {(n * 7919) % briefs} ask about "
            f"{TOPICS[n % len(TOPICS)]} in meeting {n % 100}?")
for n in range(count, count + 5):
    assistant.ask(question(n))  # warm: model, SQLite pages, FAISS segments
times = {"ask": [], "candidates": [], "hybrid": [], "lexical": [], "floor": []}
for n in range(count):
    asked = question(n)
    started = time.perf_counter()
    assistant.ask(asked)
    times["ask"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.rank(asked, 10, "dense")
    times["floor"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.candidates(asked, 3)
    times["candidates"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.rank(asked, 10)
    times["hybrid"].append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    assistant.rank(asked, 10, "lexical")
    times["lexical"].append((time.perf_counter() - started) * 1000)
status = assistant.status()
print(json.dumps({
    "chunks": status.passages, "briefs": status.documents, "segments": status.segments,
    "chunks_without_sentence_vectors": status.without_sentence_vectors,
    **{f"{k}_p50_ms": statistics.median(v) for k, v in times.items()},
    **{f"{k}_p95_ms": percentile(v, 95) for k, v in times.items()},
}))
"""


def brief_with_sentences(number: int, chunks: int, per_chunk: int, rng):  # type: ignore[no-untyped-def]
    """tests.conftest.synthetic_brief with its one-sentence chunks grouped per_chunk to a
    chunk: each chunk keeps its sentences' spans and random vectors, its own vector their
    normalized mean, its BM25 terms theirs."""
    import numpy as np

    from tests.conftest import synthetic_brief

    single = synthetic_brief(number, chunks * per_chunk, rng)
    grouped, vectors, sentences, terms = [], [], [], []
    for position in range(chunks):
        group = slice(position * per_chunk, (position + 1) * per_chunk)
        parts = single.chunks[group]
        start, end = parts[0].start, parts[-1].end
        grouped.append(
            dataclasses.replace(
                parts[0], position=position, start=start, end=end,
                text=single.clean.text[start:end], sentences=tuple(p.sentences[0] for p in parts),
            )
        )  # fmt: skip
        rows = single.vectors[group]
        mean = rows.mean(axis=0)
        vectors.append(mean / np.linalg.norm(mean))
        sentences.append(rows)
        terms.append(" ".join(single.terms[group]))
    return dataclasses.replace(
        single,
        chunks=tuple(grouped),
        vectors=np.vstack(vectors).astype(np.float32),
        terms=tuple(terms),
        sentence_vectors=tuple(sentences),
    )


def build(index: Path, chunks: int, per_document: int, per_chunk: int) -> int:
    """Write the index; returns the number of briefs."""
    import numpy as np

    from assistant.manifest import Manifest
    from assistant.records import Change
    from assistant.settings import BUNDLED_MODEL
    from assistant.store import Store

    store = Store(index, Manifest(BUNDLED_MODEL, 160))
    rng = np.random.default_rng(11)
    briefs = chunks // per_document
    per_commit = 250
    for first in range(0, briefs, per_commit):
        batch = range(first, min(briefs, first + per_commit))
        added = tuple(brief_with_sentences(n, per_document, per_chunk, rng) for n in batch)
        store.commit(Change(added=added))
    store.compact(everything=True)  # what syncs converge to; one segment, as a served index
    store.close()
    return briefs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=50)
    # 20 chunks a brief: a Spotlight is 3-6 chunks, the Polish Constitution about 200.
    parser.add_argument("--per-document", type=int, default=20)
    # 6 sentences of ~120 characters a chunk: about the 160 tokens of settings.chunk_tokens.
    parser.add_argument("--sentences-per-chunk", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        index = Path(scratch)
        briefs = build(index, args.chunks, args.per_document, args.sentences_per_chunk)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(index), str(args.questions), str(briefs)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    result: dict[str, object] = {
        "vectors": "random unit sentence vectors, chunk = their mean (store-level; not embedded)",
        "sentences_per_chunk": args.sentences_per_chunk,
        "questions": args.questions,
        **{k: round(v, 2) if isinstance(v, float) else v for k, v in measured.items()},
    }
    result["ask_p50_over_floor"] = round(measured["ask_p50_ms"] / measured["floor_p50_ms"], 2)
    result["ask_p95_over_floor"] = round(measured["ask_p95_ms"] / measured["floor_p50_ms"], 2)
    write_results("ask_scale", result)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
