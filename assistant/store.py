"""The index the facade talks to: rows in SQLite (rows.py) and vectors in segments (vectors.py),
moved from one generation to the next by crash-safe commits.

A sync commits a new generation: the vectors it added go to a new segment file, then one SQLite
transaction writes the rows, lists the segment, records the deleted chunk ids and makes the
generation current. A process killed at any instant leaves either the old generation or the new
one, never a mix; readers see a new generation at their next search.
"""

from __future__ import annotations

import dataclasses
import fcntl
import logging
import os
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import IndexBusyError, IndexCorruptError, IndexMismatchError, IndexWriteError
from .manifest import REBUILD_COMMAND, Manifest, write_manifest
from .postings import Postings
from .records import Change
from .rows import Rows, retire, write_change
from .vectors import Vectors, merged, new_segment, segment_ids, segment_path, write_segment

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

# More segments than this and the smallest half are merged into one after a sync: searching 20
# segments cost p50 within 1.3x of one (benchmarks/segments.py) and a merge of small segments
# writes little, so adding a brief stays about the size of the brief.
MAX_SEGMENTS = 16


class Store(Rows):
    """The index folder: thread-safe reads, one commit at a time."""

    def __init__(self, index_dir: Path, manifest: Manifest, approximate_above: int = 0) -> None:
        super().__init__(index_dir, manifest)
        self._vectors = Vectors(index_dir, approximate_above)
        self._postings = Postings(self.lexical_terms)
        self._generation = -1  # the generation whose segments are loaded

    def count_segments(self) -> int:
        with self._lock:
            self._refresh()
            return len(self._vectors.names)

    def check(self) -> list[str]:
        """What is wrong with the index on disk, in words; an empty list when it is sound."""
        import numpy as np

        problems = [
            f"SQLite: {row[0]}" for row in self._query("PRAGMA integrity_check") if row[0] != "ok"
        ]
        try:
            with self._lock:
                self._refresh()
                segments, deleted = self._vectors.segments(), self._vectors.deleted()
        except IndexCorruptError as exc:
            return [*problems, str(exc)]
        stored = {row[0] for row in self._query("SELECT id FROM chunks")}
        live = set()
        for segment in segments:
            live.update(segment_ids(segment).astype(np.int64).tolist())
            if segment.d != self.manifest.dimension:
                problems.append(
                    f"vectors have {segment.d} dimensions, the manifest says "
                    f"{self.manifest.dimension}"
                )
        live -= deleted
        words = {row[0] for row in self._query("SELECT rowid FROM lexical")}
        if unindexed := len(stored - words):
            problems.append(f"{unindexed} chunks have no words in the lexical index")
        if stray := len(words - stored):
            problems.append(f"{stray} lexical entries have no chunk in SQLite")
        if missing := len(stored - live):
            problems.append(f"{missing} chunks in SQLite have no vector")
        if orphans := len(live - stored):
            problems.append(f"{orphans} vectors have no chunk in SQLite")
        empty = self._query(
            "SELECT path FROM documents WHERE id NOT IN (SELECT document_id FROM chunks)"
        )
        problems.extend(f"{row[0]}: indexed without any chunk" for row in empty)
        return problems

    def chunk_vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        """The vectors of these chunk ids that are live, by id."""
        import numpy as np

        with self._lock:
            self._refresh()
            segments, deleted = self._vectors.segments(), self._vectors.deleted()
        wanted = np.asarray([i for i in ids if i not in deleted], dtype=np.int64)
        vectors: dict[int, np.ndarray] = {}
        for segment in segments:
            held = segment_ids(segment)
            found = held[np.isin(held, wanted)] if segment.ntotal and len(wanted) else held[:0]
            if len(found):
                rows = segment.reconstruct_batch(found)
                vectors.update((int(i), row) for i, row in zip(found, rows, strict=True))
        return vectors

    def search(
        self, vector: np.ndarray, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """The k chunk ids nearest to a unit query vector, with their cosine similarity.

        Args:
            documents: only chunks of these document ids (None: all).
        """
        allowed = None if documents is None else self._chunk_ids_of(documents)
        with self._lock:
            self._refresh()
        return self._vectors.search(vector, k, allowed)

    def lexical_search(
        self, expression: str, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """Rows.lexical_search, answered from the postings in memory once they are built
        (postings.py: the same scores)."""
        if documents != []:
            with self._lock:
                self._refresh()
            allowed = None if documents is None else self._chunk_ids_of(documents)
            found = self._postings.search(expression, k, allowed)
            if found is not None:
                return found
        return super().lexical_search(expression, k, documents)

    def close(self) -> None:
        self._postings.close()
        super().close()

    def postings_ready(self) -> bool:
        """Whether BM25 is answered from the postings in memory (benchmarks wait on it)."""
        with self._lock:
            self._refresh()
        return self._postings.ready()

    def graphs_ready(self) -> bool:
        """Whether every large segment is searched through its graph yet (tests wait on it)."""
        with self._lock:
            self._refresh()
        return self._vectors.graphs_ready()

    def commit(self, change: Change) -> None:
        """Write one new generation: one new segment for what was added, ids for what went.

        Raises:
            IndexWriteError: the folder cannot be written; the previous generation stays.
        """
        import numpy as np

        with self._lock:
            self._refresh()
            generation = self._generation + 1
            rows = [new.vectors for new in change.added if len(new.chunks)]
            segment, name = None, ""
            if rows:
                ids = np.asarray([c.id for new in change.added for c in new.chunks], np.int64)
                _check_vectors(change, self.manifest.dimension)
                segment, name = new_segment(ids, np.vstack(rows)), f"segment-{generation}"
                if not self.manifest.dimension:
                    self.manifest = dataclasses.replace(self.manifest, dimension=segment.d)
            gone = self._chunk_ids_of(change.removed)
            added = {c.id for new in change.added for c in new.chunks}
            self._write(
                generation,
                segment,
                name,
                lambda db: write_change(db, change, gone, name, generation),
                [*self._vectors.names, *([name] if name else [])],
                (self._vectors.deleted() | set(gone)) - added,
            )

    def compact(self, everything: bool = True) -> bool:
        """Merge segments into one (everything) or the smallest half; False if nothing to merge.

        A merge is a commit like any other: a new segment file, then one transaction that
        retires the merged ones, so a crash during it loses nothing.
        """
        with self._lock:
            self._refresh()
            names = list(self._vectors.names)
            segments = dict(zip(names, self._vectors.segments(), strict=True))
            if not everything:
                names = sorted(names, key=lambda n: segments[n].ntotal)[: len(names) // 2 + 1]
            if len(names) < 2 and not (names and self._vectors.deleted()):
                return False
            generation = self._generation + 1
            name = f"segment-{generation}"
            deleted = self._vectors.deleted()
            segment = merged([segments[n] for n in names], deleted)
            dead = {i for n in names for i in segment_ids(segments[n]).tolist()} & deleted
            kept = [n for n in self._vectors.names if n not in names]

            if segment is None:  # every merged vector was deleted
                name = ""
            self._write(
                generation,
                segment,
                name,
                lambda db: retire(db, names, name, generation, dead),
                [*kept, *([name] if name else [])],
                deleted - dead,
            )
            return True

    def needs_compaction(self) -> bool:
        """Too many segments, or more deleted vectors than live ones."""
        with self._lock:
            self._refresh()
            deleted = len(self._vectors.deleted())
            return len(self._vectors.names) > MAX_SEGMENTS or deleted > max(
                1000, self._vectors.count
            )

    def _write(
        self,
        generation: int,
        segment: Any,
        name: str,
        rows: Any,
        live: list[str],
        deleted: set[int] | frozenset[int],
    ) -> None:
        """Commit a generation: the segment file (if any), then the rows and the generation in
        one transaction; then hold the live segments and deleted ids it leaves."""
        path = segment_path(self.index_dir, name) if segment is not None else None
        try:
            if path is not None:
                write_segment(segment, path)
            self._transaction(generation, rows)
        except (OSError, RuntimeError, sqlite3.Error) as exc:
            if path is not None:
                path.unlink(missing_ok=True)  # the rows did not go in: no one will read it
            raise IndexWriteError(
                f"cannot write the index in {self.index_dir} ({exc}); the previous index is "
                "unchanged: free disk space or fix the folder's permissions, then sync again"
            ) from exc
        if segment is not None:
            self._vectors.add(name, segment)
        self._load(live, deleted)
        self._after_commit(generation)

    def _load(self, names: Sequence[str], deleted: Collection[int]) -> None:
        """Hold these segments and deleted ids, for the vectors and the BM25 postings."""
        self._vectors.load(names, deleted)
        segments = zip(names, self._vectors.segments(), strict=True)
        self._postings.load({n: segment_ids(s) for n, s in segments}, deleted)

    def _after_commit(self, generation: int) -> None:
        self._generation = generation
        try:
            self._write_manifest()
        except OSError as exc:  # committed already; the next open rewrites the manifest
            log.warning("manifest.json in %s not updated: %s", self.index_dir, exc)
            (self.index_dir / "manifest.tmp").unlink(missing_ok=True)
        self._drop_old_segments()

    def _refresh(self) -> None:
        """Load the committed generation's segments if another process moved on."""
        for _ in range(5):
            generation, names, deleted = self._committed()
            if generation == self._generation:
                return
            try:
                self._load(names, deleted)
                self._generation = generation
                return
            except (OSError, RuntimeError) as exc:
                # A writer that committed twice since we read the generation has deleted one
                # of its files: read the generation again. The same number twice is damage.
                if self._committed()[0] == generation:
                    raise IndexCorruptError(
                        f"a vector segment of {self.index_dir} is missing or damaged ({exc}); "
                        f"rebuild the index: {REBUILD_COMMAND}"
                    ) from exc
        raise IndexCorruptError(f"the index in {self.index_dir} keeps changing; try again")

    def _drop_old_segments(self) -> None:
        # Segments retired by the current commit stay one more generation: a reader in another
        # process may have read the previous generation just before this commit.
        old = self._query("SELECT name FROM segments WHERE retired < ?", (self._generation,))
        listed = {n for (n,) in self._query("SELECT name FROM segments")}
        for (name,) in old:
            segment_path(self.index_dir, name).unlink(missing_ok=True)
        self._execute("DELETE FROM segments WHERE retired < ?", (self._generation,))
        for path in self.index_dir.glob("segment-*.faiss"):
            if path.stem not in listed:  # written by a sync that died before its commit
                path.unlink(missing_ok=True)

    def _write_manifest(self) -> None:
        write_manifest(self.index_dir, self.manifest, self._generation)


def _check_vectors(change: Change, dimension: int) -> None:
    """One vector per chunk, all of the index's dimension: anything else is refused before a
    byte is written (a model swapped under an open index, a caller's bug)."""
    for new in change.added:
        shape = tuple(new.vectors.shape)
        if len(shape) != 2 or shape[0] != len(new.chunks) or (dimension and shape[1] != dimension):
            raise IndexMismatchError(
                f"{new.document.path}: {shape[0] if shape else 0} vectors of dimension "
                f"{shape[-1] if shape else 0} for {len(new.chunks)} chunks, but the index holds "
                f"one vector per chunk of dimension {dimension}; rebuild it: {REBUILD_COMMAND}"
            )


@contextmanager
def exclusive(index_dir: Path) -> Iterator[None]:
    """One writer per index across processes; the lock dies with its process."""
    path = index_dir / "write.lock"
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        raise IndexWriteError(
            f"cannot write to the index folder {index_dir} ({exc.strerror}); check "
            "its permissions and free space, then sync again"
        ) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise IndexBusyError(
                f"another process (pid {holder}) is indexing {index_dir}; "
                "wait for it to finish and try again"
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_index(index_dir: Path) -> None:
    """Delete the index files in index_dir (and nothing else), for a rebuild; the caller holds
    the writer lock (exclusive)."""
    patterns = ("manifest.json", "chunks.sqlite*", "segment-*.faiss*", "vectors-*.faiss*", "*.tmp")
    for pattern in patterns:
        for path in index_dir.glob(pattern):
            path.unlink(missing_ok=True)


def chunk_terms(store: Store) -> dict[int, str]:
    """Every chunk's BM25 terms as indexed, by chunk id (for --copy-to)."""
    return {int(i): terms for i, terms in store._query("SELECT rowid, terms FROM lexical")}
