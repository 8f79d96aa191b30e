"""The long fault-injection run: a sync of 50 briefs killed (SIGKILL) at 20 points spread over
it, with a fixed seed; after each kill the index opens, passes its check, holds either the old
or the new generation whole, and a final sync ends with every brief.

    .venv/bin/python -m benchmarks.faults [--kills 20] [--briefs 50]

The CI suite runs the short variant (tests/test_crash.py: 10 kills of 3-brief syncs).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from assistant.embed import Embedder
from benchmarks.run import write_results
from tests.conftest import SEED, kill_rounds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--briefs", type=int, default=50)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as scratch:
        outcomes = kill_rounds(Path(scratch), Embedder(), args.kills, args.briefs, SEED)
    write_results(
        "faults",
        {
            "kills": len(outcomes),
            "briefs_per_sync": args.briefs,
            "left_old_generation": outcomes.count("old"),
            "left_new_generation": outcomes.count("new"),
            "merges_killed": outcomes.count("merge"),
            # kill_rounds returns only after every kill's checks passed (open, check() clean,
            # every passage of every listed brief found, whole generations): a count, not a flag.
            "kills_checked": len(outcomes),
            "minutes": round((time.monotonic() - started) / 60, 1),
        },
    )


if __name__ == "__main__":
    main()
