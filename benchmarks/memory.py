"""Memory of a serving process at 100k chunks: resident size after opening the index, loading
the model and answering questions.

    .venv/bin/python -m benchmarks.memory [--chunks 100000]

The model cannot embed 100k passages here in reasonable time, so the index is written at the
store level: 1,000 briefs of synthetic sentences whose vectors are random unit vectors (said
so in the output). Everything else is the real product: the store files, SQLite with its BM25
table, and a fresh process that opens them with the real model and asks 50 questions.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.run import ROOT, write_results

CHILD = """
import sys
from pathlib import Path
from assistant import Assistant, Settings
index = Path(sys.argv[1])
assistant = Assistant.open(Settings(documents_dir=index, index_dir=index))
import time
for n in range(50):
    assistant.ask(f"What did the delegation discuss about grain corridors in meeting {n}?")
    while n == 0 and not assistant._store.postings_ready():  # BM25 postings held too
        time.sleep(0.05)
status = Path("/proc/self/status").read_text().splitlines()
rss = [int(line.split()[1]) for line in status if line.startswith(("VmRSS:", "VmHWM:"))]
print(assistant.status().passages, rss[0] / 1024, rss[1] / 1024)
"""


def build(index: Path, chunks: int) -> None:
    import numpy as np

    from assistant.manifest import Manifest
    from assistant.records import Change
    from assistant.settings import BUNDLED_MODEL
    from assistant.store import Store
    from tests.conftest import synthetic_brief

    store = Store(index, Manifest(BUNDLED_MODEL, 160))
    rng = np.random.default_rng(7)
    per_document = 100
    for batch in range(chunks // per_document // 50):
        briefs = (synthetic_brief(batch * 50 + n, per_document, rng) for n in range(50))
        store.commit(Change(added=tuple(briefs)))
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chunks", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        index = Path(scratch)
        build(index, args.chunks)
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(index)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
    chunks, rss, peak = done.stdout.split()
    write_results(
        "memory",
        {
            "chunks": int(chunks),
            "vectors": "random unit vectors (store-level; the model did not embed them)",
            "rss_mb_after_50_asks": round(float(rss)),
            "peak_rss_mb": round(float(peak)),
        },
    )


if __name__ == "__main__":
    main()
