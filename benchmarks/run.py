"""Benchmarks: every figure a ratio against the model's own work, measured side by side.

    .venv/bin/python -m benchmarks.run [--copies 30] [--questions 200]

Indexing: a full sync of N briefs (the sample brief as N real PDFs, each with its own number)
divided by the bare model.encode of the same chunks' texts (embedding_text). The copies share
their sentences, which a sync encodes once, so this flatters indexing: benchmarks.reading
measures it on distinct real PDFs. Asking: warm ask() p50 and
p95 divided by the p50 of what an answer cannot avoid (encoding the question + one exact FAISS
search). Results go to benchmarks/results/latest.json and to stdout as a Markdown table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import statistics
import tempfile
import time
from pathlib import Path

from assistant import Assistant, Settings
from tests.pdf_factory import sample_spec, write_brief_pdf
from tests.recording import RecordingEmbedder

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_TEXT = ROOT.parent / "shared/samples/pism-spotlight-43-2025.txt"
SAMPLE_PDF = ROOT / "documents/pism-spotlight-43-2025.pdf"
QUESTIONS = (
    "Who received Kellogg in Minsk?",
    "How many political prisoners were released?",
    "What sanctions does Belarus want lifted?",
    "Which Polish citizens were released?",
    "What did Tsikhanouskaya say at the press conference?",
    "Is Belarus going to change its foreign policy?",
    "What was the policy of the Biden administration toward Belarus?",
    "Can Lukashenka mediate in the peace talks?",
)


def write_corpus(folder: Path, copies: int) -> None:
    if not SAMPLE_TEXT.exists():
        raise SystemExit(f"benchmark needs the sample brief at {SAMPLE_TEXT}; it is absent")
    spec = sample_spec(SAMPLE_TEXT.read_text(encoding="utf-8"))
    for number in range(1, copies + 1):
        brief = dataclasses.replace(spec, number=f"{number}/2025")
        write_brief_pdf(folder / f"spotlight-{number:03d}-2025.pdf", brief)


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def bench(copies: int, questions: int) -> dict[str, float]:
    from benchmarks.sentences import chunk_texts  # it imports this module

    embedder = RecordingEmbedder()
    embedder.encode(["warm up the model"])
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        write_corpus(documents, copies)
        settings = Settings(documents_dir=documents, index_dir=Path(scratch) / "index")
        assistant = Assistant.open(settings, embedder=embedder)

        embedder.calls.clear()
        started = time.perf_counter()
        report = assistant.sync()
        sync_s = time.perf_counter() - started
        texts = chunk_texts(assistant)
        started = time.perf_counter()
        embedder.model.encode(texts, batch_size=settings.batch_size, normalize_embeddings=True)
        encode_s = time.perf_counter() - started

        asked = [QUESTIONS[i % len(QUESTIONS)] + f" ({i})" for i in range(questions)]
        for question in asked[:10]:
            assistant.ask(question)
        ask_ms, floor_ms = [], []
        for question in asked:
            started = time.perf_counter()
            assistant.ask(question)
            ask_ms.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            assistant.rank(question, 10, "dense")
            floor_ms.append((time.perf_counter() - started) * 1000)
        assistant.close()
    floor = statistics.median(floor_ms)
    return {
        "briefs": len(report.added),
        "chunks": len(texts),
        "sync_s": round(sync_s, 3),
        "encode_s": round(encode_s, 3),
        "index_ratio": round(sync_s / encode_s, 3),
        "ask_p50_ms": round(statistics.median(ask_ms), 2),
        "ask_p95_ms": round(percentile(ask_ms, 95), 2),
        "floor_p50_ms": round(floor, 2),
        "ask_p50_ratio": round(statistics.median(ask_ms) / floor, 3),
        "ask_p95_ratio": round(percentile(ask_ms, 95) / floor, 3),
    }


def write_results(name: str, result: dict[str, float]) -> None:
    """Save a benchmark's figures to benchmarks/results/<name>.json and print them as a table."""
    out = ROOT / "benchmarks/results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2))
    print(f"| {name} | value |\n|---|---|")
    for key, value in result.items():
        print(f"| {key} | {value} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=30)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    write_results("speed", bench(args.copies, args.questions))


if __name__ == "__main__":
    main()
