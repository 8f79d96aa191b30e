"""Vectors in segments at 100k chunks: bytes one added brief writes, and search over 20 segments
against one merged segment (same results, p50 ratio); then `add` of 20 files against a sync.

The 100k-chunk part is store-level with synthetic unit vectors (random, 384-d) and one-word
terms: it measures the store's own work, not the model's. The add/sync part uses real briefs
(the sample PDF's generated siblings) and the real model.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant import Assistant, Settings
from assistant.chunk import chunk_id
from assistant.embed import Embedder
from assistant.manifest import Manifest
from assistant.records import Change, Chunk, CleanText, Document, NewDocument
from assistant.store import Store
from benchmarks.run import write_results
from tests.pdf_factory import brief_spec, write_brief_pdf

DIMENSION = 384
PER_BRIEF = 10


def _brief(number: int, rng: np.random.Generator) -> NewDocument:
    text = " ".join(f"s{n}." for n in range(PER_BRIEF))
    doc_id = f"{number:064x}"
    document = Document(
        doc_id, f"b{number}.txt", f"B{number}", "Document", "", "", (), "en", 1, 1, 0.0
    )
    chunks = tuple(
        Chunk(chunk_id(doc_id, n, f"s{n}."), doc_id, n, f"s{n}.", 3 * n, 3 * n + 3, "1", "", ())
        for n in range(PER_BRIEF)
    )
    vectors = rng.standard_normal((PER_BRIEF, DIMENSION)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    clean = CleanText(text, (0,), ("1",), ())
    return NewDocument(document, clean, chunks, vectors, tuple(f"b{number}" for _ in chunks))


def _bytes_written() -> int:
    """Bytes this process has passed to write() so far (Linux /proc/self/io: wchar), so that
    SQLite's WAL, rewritten in place, counts as well as new files."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    return 0


def store_part(chunks: int, segments: int, queries: int) -> dict[str, float]:
    rng = np.random.default_rng(7)
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder, merged_folder = Path(scratch) / "segments", Path(scratch) / "merged"
        store = Store(folder, Manifest("synthetic", 160))
        briefs = chunks // PER_BRIEF
        batch = briefs // segments
        for start in range(0, briefs, batch):
            store.commit(Change(added=tuple(_brief(n, rng) for n in range(start, start + batch))))
        result["segments"] = store.count_segments()
        before = _bytes_written()
        store.commit(Change(added=(_brief(briefs + 1, rng),)))
        result["bytes_written_add_one_brief"] = _bytes_written() - before
        result["brief_vectors_bytes"] = PER_BRIEF * DIMENSION * 4
        result["whole_index_vectors_bytes"] = chunks * DIMENSION * 4
        shutil.copytree(folder, merged_folder)
        merged = Store(merged_folder, Manifest("synthetic", 160))
        merged.compact()
        result["merged_segments"] = merged.count_segments()
        query_rows = rng.standard_normal((queries, DIMENSION)).astype(np.float32)
        query_rows /= np.linalg.norm(query_rows, axis=1, keepdims=True)
        seconds: dict[str, list[float]] = {"segments": [], "merged": []}
        same = 0
        for row in query_rows:  # interleaved, so a busy moment hits both alike
            found = {}
            for name, index in (("segments", store), ("merged", merged)):
                started = time.perf_counter()
                found[name] = index.search(row, 10)
                seconds[name].append(time.perf_counter() - started)
            ids = [[i for i, _ in found[n]] for n in ("segments", "merged")]
            scores = [[s for _, s in found[n]] for n in ("segments", "merged")]
            same += ids[0] == ids[1] and np.allclose(scores[0], scores[1], atol=1e-6)
        store.close()
        merged.close()
    many, one = (statistics.median(seconds[n]) * 1000 for n in ("segments", "merged"))
    result.update(
        {
            "search_p50_ms_segments": round(many, 3),
            "search_p50_ms_merged": round(one, 3),
            "search_ratio": round(many / one, 3),
            "identical_results": f"{same}/{queries}",
        }
    )
    return result


def add_part(files: int) -> dict[str, float]:
    embedder = Embedder()
    embedder.encode(["warm up"])
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        inbox = Path(scratch) / "inbox"
        for n in range(files):  # distinct bytes: each its own number
            spec = dataclasses.replace(brief_spec(n % 10)[0], number=f"{n + 1}/2026")
            write_brief_pdf(inbox / f"brief-{n}.pdf", spec)
        times = {}
        for how in ("sync", "add"):
            documents, index = Path(scratch) / f"documents-{how}", Path(scratch) / f"index-{how}"
            documents.mkdir()
            settings = Settings(documents_dir=documents, index_dir=index)
            assistant = Assistant.open(settings, embedder=embedder)
            started = time.perf_counter()
            if how == "sync":
                for path in sorted(inbox.iterdir()):
                    shutil.copy(path, documents)
                report = assistant.sync()
            else:
                report = assistant.add(sorted(inbox.iterdir()))
            times[how] = time.perf_counter() - started
            commits = assistant.status().segments
            assistant.close()
            result[f"{how}_{files}_files_s"] = round(times[how], 3)
            result[f"{how}_indexed"] = len(report.added)
            result[f"{how}_segments_written"] = commits
        result["add_over_sync"] = round(times["add"] / times["sync"], 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--segments", type=int, default=20)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--files", type=int, default=20)
    args = parser.parse_args()
    result = store_part(args.chunks, args.segments, args.queries)
    result.update(add_part(args.files))
    result["cpu_count"] = os.cpu_count() or 0
    write_results("segments", result)


if __name__ == "__main__":
    main()
