"""Vector segments: exact search over segments and deletions; commits write only what they add."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.chunk import chunk_id
from assistant.errors import AssistantError
from assistant.manifest import Manifest
from assistant.records import Change, Chunk, CleanText, Document, NewDocument
from assistant.store import Store
from assistant.vectors import Vectors, new_segment, segment_path, write_segment

DIMENSION = 384
MANIFEST = Manifest("m", 160)


def _unit(rows: int, seed: int, dimension: int = DIMENSION) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, dimension)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _brute_force(
    ids: np.ndarray, rows: np.ndarray, query: np.ndarray, k: int
) -> tuple[list[int], np.ndarray]:
    """The k best ids by inner product and their scores, by numpy alone."""
    scores = rows @ query
    best = np.argsort(-scores, kind="stable")[:k]
    return [int(i) for i in ids[best]], scores[best]


def _assert_same(found: list[tuple[int, float]], expected: tuple[list[int], np.ndarray]) -> None:
    ids, scores = expected
    assert [i for i, _ in found] == ids, "the same chunks in the same order as numpy"
    assert np.allclose([s for _, s in found], scores, atol=1e-5), "the same cosines as numpy"


# --- Vectors: segments plus deleted ids -------------------------------------------------------


@pytest.fixture
def segments(tmp_path: Path) -> tuple[Vectors, np.ndarray, np.ndarray, set[int]]:
    """Three segment files of 300, 250 and 200 random unit rows and 60 deleted ids, loaded."""
    rng = np.random.default_rng(7)
    sizes = (300, 250, 200)
    ids = rng.choice(2**62, size=sum(sizes), replace=False).astype(np.int64)
    rows = _unit(sum(sizes), seed=8)
    names, at = [], 0
    for n, size in enumerate(sizes):
        name = f"segment-{n}"
        segment = new_segment(ids[at : at + size], rows[at : at + size])
        write_segment(segment, segment_path(tmp_path, name))
        names.append(name)
        at += size
    # Deleted ids from every segment, the best match of the query below among them.
    deleted = {int(i) for i in rng.choice(ids, size=60, replace=False)} | {int(ids[400])}
    vectors = Vectors(tmp_path)
    vectors.load(names, deleted)
    return vectors, ids, rows, deleted


def test_segment_search_is_brute_force_over_the_live_vectors(segments) -> None:
    vectors, ids, rows, deleted = segments
    assert vectors.names == ("segment-0", "segment-1", "segment-2")
    assert vectors.count == 750 - len(deleted), "every row less the deleted ones"
    live = ~np.isin(ids, list(deleted))
    for seed, k in ((11, 1), (12, 10), (13, 100)):
        query = _unit(1, seed)[0]
        _assert_same(vectors.search(query, k), _brute_force(ids[live], rows[live], query, k))
    # A query next to a deleted vector never finds it.
    query = rows[400] + 0.1 * _unit(1, 14)[0]
    query /= np.linalg.norm(query)
    found = vectors.search(query, 5)
    assert int(ids[400]) not in [i for i, _ in found], "a deleted id is never returned"
    _assert_same(found, _brute_force(ids[live], rows[live], query, 5))


def test_segment_search_with_allowed_ids(segments) -> None:
    vectors, ids, rows, deleted = segments
    live_ids = [int(i) for i in ids if int(i) not in deleted]
    allowed = [int(i) for i in np.random.default_rng(15).choice(live_ids, 120, replace=False)]
    mask = np.isin(ids, allowed)
    query = _unit(1, 16)[0]
    for k in (1, 10, 120, 500):
        _assert_same(
            vectors.search(query, k, allowed),
            _brute_force(ids[mask], rows[mask], query, k),
        )
    assert len(vectors.search(query, 500, allowed)) == 120, "every allowed id when k exceeds them"
    assert vectors.search(query, 10, []) == [], "nothing allowed, nothing found"


def test_allowed_deleted_ids_are_still_not_returned(segments) -> None:
    vectors, ids, rows, deleted = segments
    allowed = [int(i) for i in ids[:100]]  # some of them deleted
    mask = np.isin(ids, allowed) & ~np.isin(ids, list(deleted))
    query = _unit(1, 17)[0]
    _assert_same(
        vectors.search(query, 100, allowed), _brute_force(ids[mask], rows[mask], query, 100)
    )


# --- Store: generations of segments -----------------------------------------------------------


def _brief(name: str, chunks: int, seed: int, dimension: int = DIMENSION) -> NewDocument:
    """A brief of one sentence per chunk, with unit vectors and its BM25 terms."""
    sentences = [f"Sentence {n} of brief {name}." for n in range(chunks)]
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    clean = CleanText(text, (0,), ("1",), (), tuple(spans))
    document = Document(name, f"{name}.pdf", name, "Document", "", "", (), "en", 1, 1, 0.0)
    made = tuple(
        Chunk(chunk_id(name, n, sentences[n]), name, n, sentences[n], a, b, "1", "", ((a, b),))
        for n, (a, b) in enumerate(spans)
    )
    terms = tuple(f"sentenc {n} brief {name}" for n in range(chunks))
    return NewDocument(document, clean, made, _unit(chunks, seed, dimension), terms)


def _live(*briefs: NewDocument) -> tuple[np.ndarray, np.ndarray]:
    ids = np.asarray([c.id for b in briefs for c in b.chunks], dtype=np.int64)
    return ids, np.vstack([b.vectors for b in briefs])


def _assert_searches_like(store: Store, *briefs: NewDocument) -> None:
    ids, rows = _live(*briefs)
    for seed in (101, 102):
        query = _unit(1, seed)[0]
        _assert_same(store.search(query, 10), _brute_force(ids, rows, query, 10))
    everything = store.search(_unit(1, 103)[0], len(ids) + 50)
    assert sorted(i for i, _ in everything) == sorted(ids.tolist()), (
        "every live chunk exactly once, nothing removed"
    )


def _files(folder: Path) -> set[str]:
    return {path.name for path in folder.glob("segment-*.faiss")}


def test_commits_removal_and_compaction_against_brute_force(tmp_path: Path) -> None:
    a, b, c, d = _brief("a", 20, 1), _brief("b", 30, 2), _brief("c", 25, 3), _brief("d", 5, 4)
    store = Store(tmp_path, MANIFEST)
    reader = Store(tmp_path, MANIFEST)  # opened before anything was written
    for n, new in enumerate((a, b, c), start=1):
        store.commit(Change(added=(new,)))
        assert store.count_segments() == n, "one new segment per commit that adds"
        assert reader.count_segments() == n, "a second store sees each generation unasked"
    assert store.check() == []
    assert _files(tmp_path) == {"segment-0.faiss", "segment-1.faiss", "segment-2.faiss"}
    _assert_searches_like(store, a, b, c)
    _assert_searches_like(reader, a, b, c)

    store.commit(Change(removed=("b",)))
    assert store.count_segments() == 3, "a removal only records the deleted ids"
    assert (store.count_documents(), store.count_chunks()) == (2, 45)
    assert store.check() == []
    _assert_searches_like(store, a, c)
    _assert_searches_like(reader, a, c)
    query = _unit(1, 104)[0]
    ids, rows = _live(c)
    _assert_same(store.search(query, 7, ["c"]), _brute_force(ids, rows, query, 7))

    assert store.compact() is True
    assert store.count_segments() == 1, "everything merged into one segment"
    assert reader.count_segments() == 1
    assert store.check() == []
    _assert_searches_like(store, a, c)
    _assert_searches_like(reader, a, c)
    assert _files(tmp_path) == {
        "segment-0.faiss",
        "segment-1.faiss",
        "segment-2.faiss",
        "segment-4.faiss",
    }, "the merged files stay one generation for readers of the previous one"
    assert store.compact() is False, "one segment and no deleted ids: nothing to merge"

    store.commit(Change(added=(d,)))
    assert _files(tmp_path) == {"segment-4.faiss", "segment-5.faiss"}, (
        "the commit after the merge deletes the retired files"
    )
    assert store.check() == []
    _assert_searches_like(store, a, c, d)
    _assert_searches_like(reader, a, c, d)
    reader.close()
    store.close()


def test_a_removed_brief_added_back_is_searchable_again_and_not_duplicated(
    tmp_path: Path,
) -> None:
    a, b = _brief("a", 12, 1), _brief("b", 8, 2)
    store = Store(tmp_path, MANIFEST)
    store.commit(Change(added=(a, b)))
    store.commit(Change(removed=("a",)))
    assert a.chunks[0].id not in [i for i, _ in store.search(a.vectors[0], 20)]
    store.commit(Change(added=(a,)))  # the same bytes: the same document and chunk ids
    assert store.search(a.vectors[0], 1)[0][0] == a.chunks[0].id, "found again"
    assert store.check() == []
    _assert_searches_like(store, a, b)
    store.compact()
    _assert_searches_like(store, a, b)
    store.close()


def test_adding_a_small_brief_writes_about_its_own_vectors(tmp_path: Path) -> None:
    many = tuple(_brief(f"brief-{n}", 25, 1000 + n) for n in range(40))
    small = _brief("small", 3, 9)
    store = Store(tmp_path, MANIFEST)
    store.commit(Change(added=many))
    first = segment_path(tmp_path, "segment-0").stat()
    assert first.st_size > 1000 * DIMENSION * 4, "the first segment holds 1000 vectors"
    store.commit(Change(added=(small,)))
    added = segment_path(tmp_path, "segment-1").stat().st_size
    payload = len(small.chunks) * DIMENSION * 4
    assert payload <= added < 2 * payload + 4096, (
        f"a 3-chunk brief wrote {added} bytes; its vectors are {payload}"
    )
    assert segment_path(tmp_path, "segment-0").stat().st_mtime_ns == first.st_mtime_ns, (
        "the existing segment is not rewritten"
    )
    assert store.count_segments() == 2
    assert store.check() == []
    _assert_searches_like(store, *many, small)
    store.close()


def _failed_commit(store: Store, change: Change) -> Exception:
    """The error a commit raises (the test fails if it raises none)."""
    try:
        store.commit(change)
    except Exception as exc:  # which one is the point of the tests below
        return exc
    pytest.fail("the commit should have been refused")


def _short(new: NewDocument) -> NewDocument:
    """The brief with one vector fewer than it has chunks."""
    return NewDocument(new.document, new.clean, new.chunks, new.vectors[:-1], new.terms)


def test_vectors_not_one_per_chunk_leave_the_previous_generation(tmp_path: Path) -> None:
    a = _brief("a", 10, 1)
    store = Store(tmp_path, MANIFEST)
    store.commit(Change(added=(a,)))
    query = _unit(1, 5)[0]
    before = store.search(query, 5)
    _failed_commit(store, Change(added=(_short(_brief("short", 3, 2)),)))
    assert store.search(query, 5) == before, "the previous generation searches as before"
    assert (store.count_documents(), store.count_chunks(), store.check()) == (1, 10, [])
    assert _files(tmp_path) == {"segment-0.faiss"}, "no stray segment file"
    assert Store(tmp_path, MANIFEST).search(query, 5) == before, "and so does a new reader"
    store.close()


@pytest.mark.parametrize("bad", ["one vector short", "16-dimensional"])
def test_a_refused_commit_raises_an_assistant_error(tmp_path: Path, bad: str) -> None:
    store = Store(tmp_path, MANIFEST)
    store.commit(Change(added=(_brief("a", 10, 1),)))
    new = (
        _short(_brief("bad", 3, 2))
        if bad == "one vector short"
        else _brief("bad", 3, 2, dimension=16)
    )
    error = _failed_commit(store, Change(added=(new,)))
    store.close()
    assert isinstance(error, AssistantError), f"{bad}: {type(error).__name__} {error}"


def test_vectors_of_the_wrong_dimension_leave_the_previous_generation(tmp_path: Path) -> None:
    a = _brief("a", 10, 1)
    store = Store(tmp_path, MANIFEST)
    store.commit(Change(added=(a,)))
    query = _unit(1, 5)[0]
    before = store.search(query, 5)
    _failed_commit(store, Change(added=(_brief("wrong", 3, 2, dimension=16),)))
    assert store.manifest.dimension == DIMENSION, "the manifest keeps the index's dimension"
    assert store.search(query, 5) == before, "the previous generation searches as before"
    assert store.check() == []
    assert Store(tmp_path, MANIFEST).search(query, 5) == before, "and so does a new reader"
    store.close()
