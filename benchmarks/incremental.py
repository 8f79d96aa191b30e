"""Incremental indexing: the cost of adding one brief to an index of 10, 100 and 1,000 briefs,
and of an unchanged re-sync of 1,000 (made from SciFact abstracts, one .txt brief each).

    .venv/bin/python -m benchmarks.incremental [--sizes 10 100 1000] [--repeats 3]

Goal: adding one brief costs the same at 1,000 as at 10 (ratio <= 1.5); an unchanged re-sync
of 1,000 briefs takes under 2 s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assistant import Assistant, Settings
from assistant.embed import Embedder
from benchmarks.run import ROOT, write_results

SCIFACT = ROOT.parent / "shared/datasets/scifact/corpus.jsonl"


def scifact_briefs(count: int) -> list[tuple[str, str]]:
    """(file name, text) of the first count SciFact abstracts, each as a plain-text brief."""
    if not SCIFACT.exists():
        raise SystemExit(f"this benchmark needs SciFact at {SCIFACT}; it is absent")
    briefs = []
    with SCIFACT.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = f"{record['title']}\n\n{record['text']}"
            briefs.append((f"scifact-{record['_id']}.txt", text))
            if len(briefs) == count:
                break
    return briefs


def timed_sync(assistant: Assistant) -> float:
    started = time.perf_counter()
    assistant.sync()
    return time.perf_counter() - started


def bench(sizes: list[int], repeats: int) -> dict[str, float]:
    briefs = scifact_briefs(max(sizes) + repeats * len(sizes))
    corpus, extras = briefs[: max(sizes)], briefs[max(sizes) :]
    embedder = Embedder()
    embedder.encode(["warm up"])
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        settings = Settings(documents_dir=documents, index_dir=Path(scratch) / "index")
        assistant = Assistant.open(settings, embedder=embedder)
        for size in sizes:
            for name, text in corpus[:size]:
                (documents / name).write_text(text, encoding="utf-8")
            assistant.sync()
            times = []
            for _ in range(repeats):
                name, text = extras.pop()
                (documents / name).write_text(text, encoding="utf-8")
                times.append(timed_sync(assistant))
                (documents / name).unlink()
                assistant.sync()
            result[f"add_one_at_{size}_s"] = round(statistics.median(times), 3)
        unchanged = [timed_sync(assistant) for _ in range(repeats)]
        result[f"unchanged_resync_{max(sizes)}_s"] = round(statistics.median(unchanged), 3)
        # As a cron job or a watch tick meets it: a new process, `spotlight index`, nothing new.
        command = [sys.executable, "-m", "assistant", "--documents", str(documents)]
        command += ["--index", str(settings.index_dir), "index"]
        cold = []
        for _ in range(repeats):
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            cold.append(time.perf_counter() - started)
        result[f"cold_unchanged_index_{max(sizes)}_s"] = round(statistics.median(cold), 3)
        result["chunks"] = assistant.status().passages
        assistant.close()
    result["add_one_ratio"] = round(
        result[f"add_one_at_{max(sizes)}_s"] / result[f"add_one_at_{min(sizes)}_s"], 3
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    write_results("incremental", bench(sorted(args.sizes), args.repeats))


if __name__ == "__main__":
    main()
