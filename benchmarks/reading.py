"""Reading real PDFs: milliseconds a page for read + clean (text PDFs; OCR pages apart), and
indexing them against the bare encoding of the same chunks.

    .venv/bin/python -m benchmarks.reading [--runs 3]

Goals (issue 13): <= 30 ms a page; indexing <= 1.3x the bare encoding. Needs ../shared/realpdf.
The image-only scan is left out of the reading figure (OCR takes seconds a page) and timed
once on its own when tesseract is installed.
"""

from __future__ import annotations

import argparse
import dataclasses
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.run import ROOT, write_results

REAL = ROOT.parent / "shared" / "realpdf"


def read_ms_per_page(path: Path, runs: int) -> tuple[float, int]:
    from assistant.clean import join_lines, strip_furniture_lines
    from assistant.read import read_file

    data = path.read_bytes()
    times = []
    pages = 0
    for _ in range(runs):
        started = time.perf_counter()
        raw = read_file(path.name, data, "none")
        join_lines(strip_furniture_lines(raw.pages), raw.labels)
        times.append(time.perf_counter() - started)
        pages = len(raw.pages)
    return statistics.median(times) * 1000 / pages, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--index-files", type=int, default=9, help="smallest files to index")
    parser.add_argument(
        "--sentence-vectors", default=None, help="Settings.sentence_vectors (default: its default)"
    )
    args = parser.parse_args()
    files = [p for p in sorted(REAL.glob("*.pdf")) if not p.name.startswith("scan_")]
    read_ms_per_page(files[0], 1)  # imports pypdf and PDFium once, outside the figures
    total_ms = total_pages = 0.0
    worst = 0.0
    for path in files:
        ms, pages = read_ms_per_page(path, args.runs)
        print(f"{path.name}: {ms:.1f} ms/page over {pages} pages", flush=True)
        total_ms += ms * pages
        total_pages += pages
        worst = max(worst, ms)
    result = {
        "read_ms_per_page": round(total_ms / total_pages, 1),
        "worst_file_ms_per_page": round(worst, 1),
        "pages": int(total_pages),
    }
    smallest = sorted(files, key=lambda p: p.stat().st_size)[: args.index_files]
    result.update(index_ratio(smallest, args.sentence_vectors))
    scan = REAL / "scan_nsc_strategic_framework_indo_pacific.pdf"
    from assistant.ocr import usable_languages

    if scan.exists() and usable_languages("eng"):
        from assistant.read import read_file

        started = time.perf_counter()
        raw = read_file(scan.name, scan.read_bytes(), "eng")
        result["ocr_s_per_page"] = round((time.perf_counter() - started) / len(raw.pages), 2)
    write_results("reading", result)


def index_ratio(files: list[Path], sentence_vectors: str | None) -> dict[str, float | str]:
    """Indexing the files (a fresh sync) against encoding their chunks' texts alone, and a sync
    after an upgrade of the reading that changed none of their text (every brief read again,
    every vector kept)."""
    from assistant import Assistant, Settings, sync
    from assistant.chunk import embedding_text
    from assistant.embed import Embedder
    from assistant.library import load
    from assistant.sync import parse_document

    embedder = Embedder()
    embedder.encode(["warm up"])
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        for path in files:
            shutil.copy(path, documents / path.name)
        settings = Settings(documents_dir=documents, index_dir=Path(scratch) / "index")
        if sentence_vectors:
            settings = dataclasses.replace(settings, sentence_vectors=sentence_vectors)
        assistant = Assistant.open(settings, embedder=embedder)
        try:
            started = time.perf_counter()
            assistant.sync()
            index_s = time.perf_counter() - started
            sync.READING += 1  # as an upgrade of the reader would
            try:
                started = time.perf_counter()
                reread = assistant.sync().reread
                reread_s = time.perf_counter() - started
            finally:
                sync.READING -= 1
            assert len(reread) == len(files), reread
        finally:
            assistant.close()
        # The same chunks again, parsed without the index, to encode them bare.
        texts = []
        for path in files:
            copy = documents / path.name
            stat = copy.stat()
            document, _, chunks, _ = parse_document(
                load(copy, path.name, stat.st_size, stat.st_mtime), settings, embedder
            )
            texts.extend(embedding_text(c, document.title) for c in chunks)
    # Two bare encodings of the chunks: ours (batches of like length in wordpieces) and the
    # library's own model.encode, as a user would call it; the ratio is stated to ours, the
    # faster, and so the stricter.
    started = time.perf_counter()
    embedder.encode(texts)
    bare_s = time.perf_counter() - started
    started = time.perf_counter()
    embedder.model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True)
    library_s = time.perf_counter() - started
    return {
        "index_s": round(index_s, 2),
        "bare_encode_s": round(bare_s, 2),
        "index_ratio": round(index_s / bare_s, 3),
        "library_encode_s": round(library_s, 2),
        "index_vs_library_encode": round(index_s / library_s, 3),
        "reread_s": round(reread_s, 2),  # a newer reading, same text: nothing encoded
        "reread_vs_index": round(reread_s / index_s, 3),
        "chunks": len(texts),
        "sentence_vectors": settings.sentence_vectors,
    }


if __name__ == "__main__":
    main()
