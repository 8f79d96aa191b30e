"""A sync in its own process, for tests/test_crash.py to kill: loads the model, says
"syncing" on stdout, syncs DOCUMENTS into INDEX, says "done"."""

from __future__ import annotations

import sys
from pathlib import Path

from assistant import Assistant, Settings


def main(documents: str, index: str) -> None:
    assistant = Assistant.open(Settings(documents_dir=Path(documents), index_dir=Path(index)))
    assistant._embedder.encode(["load the model before the clock starts"])
    print("syncing", flush=True)
    assistant.sync()
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:3])
