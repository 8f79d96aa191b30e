"""ask() on distinct briefs with novel questions: p50 against its floor, per sentence_vectors.

    .venv/bin/python -m benchmarks.ask_distinct [--briefs 300] [--questions 100]

The corpus is SciFact train abstracts (each a .txt brief of its own, the judged ones first),
the questions are SciFact claims, each asked once, so no sentence of a retrieved passage was
seen before. Two indexes of the same briefs side by side in one process: sentence vectors
stored at index time (the default, Settings().sentence_vectors) and "none" (every candidate
sentence encoded at ask time, as before issue 14). The floor is what an answer cannot avoid:
one question encode and one exact dense search (Assistant.rank, dense). Questions are
interleaved between the two.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from assistant import Assistant, Settings
from assistant.embed import Embedder
from assistant.evaluation.beir import load_beir
from benchmarks.run import ROOT, percentile, write_results

SCIFACT = ROOT.parent / "shared/datasets/scifact"


def corpus(briefs: int, questions: int) -> tuple[dict[str, str], list[str]]:
    """(file name -> text, claims) for briefs abstracts, those the claims cite first."""
    data = load_beir(SCIFACT, "train")
    cited = [d for qid in data.qrels for d in data.qrels[qid] if d in data.corpus]
    chosen = list(dict.fromkeys(cited))[:briefs]
    chosen += [d for d in data.corpus if d not in set(chosen)][: briefs - len(chosen)]
    texts = {f"{d}.txt": "{}\n\n{}\n".format(*data.corpus[d]) for d in chosen}
    claims = [data.queries[q] for q in data.qrels if q in data.queries][:questions]
    return texts, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--briefs", type=int, default=300)
    parser.add_argument("--questions", type=int, default=100)
    args = parser.parse_args()
    if not SCIFACT.exists():
        raise SystemExit(f"skipped: {SCIFACT} is not beside the repository")
    texts, claims = corpus(args.briefs, args.questions)
    embedder = Embedder()
    embedder.encode(["warm up the model"])
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        for name, text in texts.items():
            (documents / name).write_text(text, encoding="utf-8")
        opened = {}
        stored = Settings().sentence_vectors
        for method in (stored, "none"):
            settings = Settings(
                documents_dir=documents,
                index_dir=Path(scratch) / f"index-{method}",
                sentence_vectors=method,
            )
            opened[method] = Assistant.open(settings, embedder=embedder)
            opened[method].sync()
        times: dict[str, list[float]] = {stored: [], "none": [], "floor": []}
        for claim in claims:
            for method, assistant in opened.items():
                started = time.perf_counter()
                assistant.ask(claim)
                times[method].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            opened[stored].rank(claim + " ", 10, "dense")  # a new string: encoded again
            times["floor"].append((time.perf_counter() - started) * 1000)
        passages = opened[stored].status().passages
        for assistant in opened.values():
            assistant.close()
    floor = statistics.median(times["floor"])
    result: dict[str, float] = {
        "briefs": len(texts), "passages": passages, "questions": len(claims),
        "floor_p50_ms": round(floor, 2),
    }  # fmt: skip
    for method in (stored, "none"):
        result[f"{method}_ask_p50_ms"] = round(statistics.median(times[method]), 2)
        result[f"{method}_ask_p95_ms"] = round(percentile(times[method], 95), 2)
        result[f"{method}_p50_ratio"] = round(statistics.median(times[method]) / floor, 3)
    write_results("ask_distinct", result)


if __name__ == "__main__":
    main()
