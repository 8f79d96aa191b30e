"""Crash safety, on both backends: a real process syncing is killed with SIGKILL at points
chosen with a fixed seed; after each kill the index opens, passes its check, answers from a
complete generation, and a re-sync ends with every brief present."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED, kill_rounds

KILLS = 10


def test_sigkill_at_any_point_leaves_a_sound_index(
    tmp_path: Path,
    embedder,
    backend: str,
) -> None:
    outcomes = kill_rounds(tmp_path, embedder, kills=KILLS, briefs=3, seed=SEED, index_url=backend)
    assert len(outcomes) == KILLS
