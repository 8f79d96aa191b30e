"""Crash safety: a real process syncing is killed with SIGKILL at points chosen with a fixed
seed; after each kill the index opens, passes its check, answers from a complete generation,
and a re-sync ends with every brief present."""

from __future__ import annotations

import dataclasses
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from assistant import Assistant, Settings
from tests.conftest import ROOT
from tests.pdf_factory import write_brief_pdf
from tests.test_ingest import brief_spec

KILLS = 10
SEED = 20261126


def _child(documents: Path, index: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_child", str(documents), str(index)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "syncing", "the child failed to start"
    return process


def _variant(documents: Path, round_: int, count: int) -> dict[str, str]:
    """Replace last round's briefs with count new ones; returns a sentence of each brief."""
    for old in documents.glob("round-*.pdf"):
        old.unlink()
    sentences = {}
    for offset in range(count):
        spec, expected = brief_spec((round_ * count + offset) % 10)
        spec = dataclasses.replace(spec, number=f"{1000 + round_ * count + offset}/2025")
        name = f"round-{round_}-{offset}.pdf"
        write_brief_pdf(documents / name, spec)
        sentences[name] = next(iter(expected))
    return sentences


def _assert_sound(settings: Settings, embedder) -> Assistant:
    assistant = Assistant.open(settings, embedder=embedder)
    assert assistant.check() == ()
    for document in assistant.documents():  # every listed brief is whole: all its chunks
        passages = [
            p
            for p in assistant.search(document.title, k=500)
            if document in (p.document, *p.also_in)  # the same words in two briefs merge
        ]
        assert passages, f"{document.path} is listed but has no passages"
    return assistant


def test_sigkill_at_any_point_leaves_a_sound_index(tmp_path: Path, embedder) -> None:
    outcomes = kill_rounds(tmp_path, embedder, kills=KILLS, briefs=3, seed=SEED)
    assert len(outcomes) == KILLS


def kill_rounds(folder: Path, embedder, kills: int, briefs: int, seed: int) -> list[str]:
    """Kill `kills` syncs of `briefs` new briefs each; returns "old" or "new" per kill: which
    generation the index held afterwards. benchmarks/faults.py runs the long variant."""
    documents, index = folder / "documents", folder / "index"
    for number in range(4):
        write_brief_pdf(documents / f"base-{number}.pdf", brief_spec(number)[0])
    settings = Settings(documents_dir=documents, index_dir=index)
    base = Assistant.open(settings, embedder=embedder)
    base.sync()
    base.close()

    # How long an unkilled sync of one round takes, so kills land anywhere inside it.
    _variant(documents, 0, briefs)
    child = _child(documents, index)
    started = time.monotonic()
    assert child.stdout is not None and child.stdout.readline().strip() == "done"
    duration = time.monotonic() - started
    assert child.wait(timeout=60) == 0
    _assert_sound(settings, embedder).close()

    rng = random.Random(seed)
    # One kill in each tenth of the sync (and a little past its end), so the reading, the
    # embedding and the commit at the end are all hit.
    slot = duration * 1.1 / kills
    delays = [slot * (n + rng.random()) for n in range(kills)]
    outcomes = []
    for round_, delay in enumerate(delays, start=1):
        names = set(_variant(documents, round_, briefs))
        child = _child(documents, index)
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
        assistant = _assert_sound(settings, embedder)
        indexed = names & {d.path for d in assistant.documents()}
        assert indexed in (set(), names), f"a sync was half committed: {sorted(indexed)}"
        outcomes.append("new" if indexed else "old")
        assistant.close()
    print(f"kills at {[round(d, 2) for d in delays]} s of {duration:.2f} s: {outcomes}")

    final = _variant(documents, kills + 1, briefs)
    assistant = Assistant.open(settings, embedder=embedder)
    assistant.sync()
    assert assistant.check() == ()
    paths = {d.path for d in assistant.documents()}
    assert paths == {f"base-{n}.pdf" for n in range(4)} | set(final)
    for name, sentence in final.items():
        top = assistant.ask(sentence, k=1).quotes[0]
        # Briefs made from the same spec share sentences: the quote names them all.
        assert name in {top.citation.path, *(c.path for c in top.also)}
    assert len(list(index.glob("vectors-*.faiss"))) <= 2, "old generations are cleaned up"
    assistant.close()
    return outcomes
