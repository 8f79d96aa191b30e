"""The store: FAISS against numpy, generations across processes' views, the manifest."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant import IndexCorruptError, IndexMismatchError
from assistant.clean import CleanText
from assistant.records import Chunk, Document
from assistant.store import Manifest, NewDocument, Store


def _document(name: str, vectors: np.ndarray) -> NewDocument:
    text = " ".join(f"s{n}." for n in range(len(vectors)))
    clean = CleanText(text, (0,), ("1",), ())
    document = Document(name, f"{name}.txt", name, "Document", "", "", (), "en", 1, 1, 0.0)
    chunks = tuple(
        Chunk(abs(hash((name, n))) % 2**62, name, n, f"s{n}.", 0, 3, "1", "")
        for n in range(len(vectors))
    )
    return NewDocument(document, clean, chunks, vectors)


def _unit(rows: int, seed: int) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, 16)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_search_matches_numpy_brute_force(tmp_path: Path) -> None:
    store = Store(tmp_path, Manifest("m", 100))
    a, b = _document("a", _unit(40, 1)), _document("b", _unit(30, 2))
    store.commit([a, b], [])
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
    writer.commit([a, b], [])
    reader = Store(tmp_path, Manifest("m", 100))
    assert len(reader.search(a.vectors[0], 20)) == 10
    writer.commit([], ["a"])
    hits = reader.search(a.vectors[0], 20)
    assert {i for i, _ in hits} == {c.id for c in b.chunks}, "a's chunks must be gone"
    assert [d.id for d in reader.documents()] == ["b"]
    assert sorted(p.name for p in tmp_path.glob("vectors-*.faiss")) == [
        "vectors-0.faiss",
        "vectors-1.faiss",
    ], "the current generation and the one before it are kept, older ones deleted"


def test_another_model_or_chunking_is_refused_with_the_rebuild_command(tmp_path: Path) -> None:
    Store(tmp_path, Manifest("m", 100)).commit([_document("a", _unit(2, 1))], [])
    with pytest.raises(IndexMismatchError, match="spotlight index --rebuild"):
        Store(tmp_path, Manifest("other-model", 100))
    with pytest.raises(IndexMismatchError, match="chunk_tokens"):
        Store(tmp_path, Manifest("m", 200))


def test_a_missing_vector_file_is_reported_as_corrupt(tmp_path: Path) -> None:
    Store(tmp_path, Manifest("m", 100)).commit([_document("a", _unit(2, 1))], [])
    (tmp_path / "vectors-0.faiss").unlink()
    with pytest.raises(IndexCorruptError, match=r"vectors-0\.faiss.*rebuild"):
        Store(tmp_path, Manifest("m", 100)).search(_unit(1, 1)[0], 3)
