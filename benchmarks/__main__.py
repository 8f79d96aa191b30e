"""Run every benchmark, one fresh process each, and print their tables.

    .venv/bin/python -m benchmarks [--skip scale txtai_compare]

Each writes benchmarks/results/<name>.json. txtai_compare needs the `bench` extra
(pip install -e ".[bench]"); everything needs ../shared/ (samples and datasets).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from benchmarks.run import ROOT

ALL = (
    "run",
    "incremental",
    "segments",
    "coldstart",
    "memory",
    "scale",
    "txtai_compare",
    "abstention",
    "faults",
    "load",
    "pages",
    "reading",
    "realpdf_quotes",
    "ask_distinct",
    "sentences",
    "multilingual",
    "ask_scale",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip", nargs="*", default=[], choices=ALL)
    args = parser.parse_args()
    started = time.monotonic()
    failed = []
    for name in ALL:
        if name in args.skip:
            continue
        print(f"\n## {name}", flush=True)
        begun = time.monotonic()
        done = subprocess.run([sys.executable, "-m", f"benchmarks.{name}"], cwd=ROOT, check=False)
        print(f"({name}: {time.monotonic() - begun:.0f} s)", flush=True)
        if done.returncode:
            failed.append(name)
    print(f"\nall benchmarks: {(time.monotonic() - started) / 60:.1f} min", flush=True)
    if failed:
        raise SystemExit(f"failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
