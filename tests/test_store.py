"""The store: FAISS against numpy, generations across processes' views, the manifest."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant import IndexBusyError, IndexCorruptError, IndexMismatchError, IndexWriteError
from assistant.chunk import chunk_id
from assistant.manifest import Manifest
from assistant.records import Change, Chunk, CleanText, Document, NewDocument
from assistant.rows import _translated
from assistant.store import Store


def _document(name: str, vectors: np.ndarray) -> NewDocument:
    text = " ".join(f"s{n}." for n in range(len(vectors)))
    clean = CleanText(text, (0,), ("1",), ())
    document = Document(name, f"{name}.txt", name, "Document", "", "", (), "en", 1, 1, 0.0)
    chunks = tuple(
        Chunk(chunk_id(name, n, f"s{n}."), name, n, f"s{n}.", 0, 3, "1", "", ((0, 3),))
        for n in range(len(vectors))
    )
    return NewDocument(
        document, clean, chunks, vectors, tuple(f"s{n}" for n in range(len(vectors)))
    )


def _add(*documents: NewDocument) -> Change:
    return Change(added=documents)


def _unit(rows: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, 16)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_search_matches_numpy_brute_force(tmp_path: Path) -> None:
    store = Store(tmp_path, Manifest("m", 100))
    a, b = _document("a", _unit(40, 1)), _document("b", _unit(30, 2))
    store.commit(_add(a, b))
    query = _unit(1, 3)[0]
    every = np.vstack([a.vectors, b.vectors])
    ids = [c.id for c in a.chunks + b.chunks]
    expected = sorted(zip(every @ query, ids, strict=True), reverse=True)[:5]
    found = store.search(query, 5)
    assert [i for i, _ in found] == [i for _, i in expected]
    assert np.allclose([s for _, s in found], [s for s, _ in expected], atol=1e-5)


def test_removal_and_a_second_reader_sees_the_new_generation(tmp_path: Path) -> None:
    writer = Store(tmp_path, Manifest("m", 100))
    a, b = _document("a", _unit(5, 1)), _document("b", _unit(5, 2))
    writer.commit(_add(a, b))
    reader = Store(tmp_path, Manifest("m", 100))
    assert len(reader.search(a.vectors[0], 20)) == 10
    writer.commit(Change(removed=("a",)))
    found = reader.search(a.vectors[0], 20)
    assert {i for i, _ in found} == {c.id for c in b.chunks}, "a's chunks must be gone"
    assert [d.id for d in reader.documents()] == ["b"]
    assert writer.compact() is True
    assert reader.count_segments() == 1
    assert {i for i, _ in reader.search(a.vectors[0], 20)} == {c.id for c in b.chunks}
    assert sorted(p.name for p in tmp_path.glob("segment-*.faiss")) == [
        "segment-0.faiss",
        "segment-2.faiss",
    ], "the merged segment stays one generation for readers that read the one before"
    writer.commit(_add(_document("c", _unit(2, 3))))
    assert sorted(p.name for p in tmp_path.glob("segment-*.faiss")) == [
        "segment-2.faiss",
        "segment-3.faiss",
    ], "segments retired two generations back are deleted"


def test_another_model_or_chunking_is_refused_with_the_rebuild_command(tmp_path: Path) -> None:
    Store(tmp_path, Manifest("m", 100)).commit(_add(_document("a", _unit(2, 1))))
    with pytest.raises(IndexMismatchError, match="spotlight index --rebuild"):
        Store(tmp_path, Manifest("other-model", 100))
    with pytest.raises(IndexMismatchError, match="chunk_tokens"):
        Store(tmp_path, Manifest("m", 200))


def test_a_missing_vector_file_is_reported_as_corrupt(tmp_path: Path) -> None:
    Store(tmp_path, Manifest("m", 100)).commit(_add(_document("a", _unit(2, 1))))
    (tmp_path / "segment-0.faiss").unlink()
    with pytest.raises(IndexCorruptError, match=r"segment-0\.faiss.*rebuild"):
        Store(tmp_path, Manifest("m", 100)).search(_unit(1, 1)[0], 3)


def test_sqlite_errors_say_what_to_do_and_only_damage_asks_for_a_rebuild() -> None:
    import sqlite3

    where = Path("index/chunks.sqlite")
    locked = _translated(sqlite3.OperationalError("database is locked"), where)
    assert isinstance(locked, IndexBusyError) and "try again" in str(locked)
    assert "rebuild" not in str(locked)
    damaged = _translated(sqlite3.DatabaseError("database disk image is malformed"), where)
    assert isinstance(damaged, IndexCorruptError) and "--rebuild" in str(damaged)
    other = _translated(sqlite3.OperationalError("unable to open database file"), where)
    assert isinstance(other, IndexWriteError) and "rebuild" not in str(other)


def test_filters_over_more_briefs_than_sqlite_has_parameters(tmp_path: Path) -> None:
    """A filter admitting 40,000 briefs is one JSON parameter, not 40,000 (the limit is 32,766)."""
    store = Store(tmp_path, Manifest("m", 100))
    a = _document("a", _unit(3, 1))
    store.commit(_add(a))
    many = ["a", *(f"absent-{n}" for n in range(40_000))]
    assert {i for i, _ in store.search(a.vectors[0], 5, many)} == {c.id for c in a.chunks}
    assert store.lexical_search('"s0"', 5, many) == [
        (a.chunks[0].id, pytest.approx(store.lexical_search('"s0"', 5)[0][1]))
    ]
