"""A sync (or a merge of the vector segments) in its own process, for the SIGKILL tests to
kill: loads the model, says "syncing" on stdout, syncs DOCUMENTS into INDEX (mode "sync") or
compacts INDEX (mode "compact"), says "done"."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from assistant import Assistant, Settings


def main(documents: str, index: str, mode: str = "sync") -> None:
    # SPOTLIGHT_INDEX_URL: the PostgreSQL index of the crash test's postgresql run.
    url = os.environ.get("SPOTLIGHT_INDEX_URL", "")
    settings = Settings(documents_dir=Path(documents), index_dir=Path(index), index_url=url)
    assistant = Assistant.open(settings)
    assistant.embed(["load the model before the clock starts"])
    print("syncing", flush=True)
    if mode == "compact":
        assistant.compact()
    else:
        assistant.sync()
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
