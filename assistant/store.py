"""The on-disk index: chunk vectors in FAISS, documents and chunks in SQLite, a manifest.

A sync commits a new generation: the vectors go to a new file `vectors-<generation>.faiss`,
then one SQLite transaction writes the rows and makes that generation current. A process
killed at any instant leaves either the old generation or the new one, never a mix; readers
see a new generation at their next search.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .ann import build_approximate, search_reranked, should_approximate
from .chunk import lexical_text
from .clean import CleanText
from .errors import IndexCorruptError, IndexMismatchError, IndexWriteError
from .lexical import match_expression, terms
from .records import Chunk, Document

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4  # 4: chunks embedded with their brief's title
REBUILD_COMMAND = "spotlight index --rebuild"
# Candidates the HNSW graph proposes for exact re-ranking: 400 gave recall@10 0.993 at 1M chunks
# in 2.9 ms (100 gave 0.90; benchmarks/scale.py, docs/scaling.md).
APPROXIMATE_CANDIDATES = 400
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL UNIQUE, title TEXT NOT NULL, series TEXT NOT NULL,
    number TEXT NOT NULL, date TEXT NOT NULL, authors TEXT NOT NULL, language TEXT NOT NULL,
    pages INTEGER NOT NULL,
    size INTEGER NOT NULL, mtime REAL NOT NULL, text TEXT NOT NULL, page_starts TEXT NOT NULL,
    page_labels TEXT NOT NULL, headings TEXT NOT NULL, indexed_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, page TEXT NOT NULL,
    section TEXT NOT NULL, text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks(document_id);
-- BM25 postings of each chunk (rowid = chunk id), words prepared by lexical.terms().
CREATE VIRTUAL TABLE IF NOT EXISTS lexical USING fts5(terms, tokenize = 'unicode61');
-- Briefs taken out of the index on request while their file stays (Assistant.remove).
CREATE TABLE IF NOT EXISTS excluded (id TEXT PRIMARY KEY, path TEXT NOT NULL);
"""
_DOCUMENT_COLUMNS = (
    "id, path, title, series, number, date, authors, language, pages, size, mtime, indexed_at"
)


@dataclass(frozen=True, slots=True)
class Manifest:
    """What an index was built with; an index is only ever opened with the same."""

    model: str
    chunk_tokens: int
    dimension: int = 0  # known once the model has embedded something
    schema: int = SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A parsed, chunked and embedded document, ready to be committed."""

    document: Document
    clean: CleanText
    chunks: tuple[Chunk, ...]
    vectors: np.ndarray  # one unit row per chunk


class Store:
    """The index folder: thread-safe reads, one commit at a time."""

    def __init__(self, index_dir: Path, manifest: Manifest, approximate_above: int = 0) -> None:
        self.index_dir = index_dir
        self.manifest = manifest
        self._lock = threading.RLock()
        self._vectors: Any = None  # faiss.IndexIDMap2, loaded lazily
        self._generation = -1
        # Past this many chunks (0: never) searches go through an HNSW graph built in the
        # background for the current generation; until it is ready, search stays exact.
        self._approximate_above = approximate_above
        self._approximate: tuple[int, Any] | None = None  # (generation, index)
        self._building = -1  # the generation whose graph is being built
        try:
            index_dir.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                index_dir / "chunks.sqlite", check_same_thread=False, isolation_level=None
            )
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise IndexCorruptError(
                f"{index_dir / 'chunks.sqlite'} is damaged ({exc}); rebuild it: {REBUILD_COMMAND}"
            ) from exc
        except OSError as exc:
            raise IndexCorruptError(f"cannot open the index folder {index_dir}: {exc}") from exc
        self._check_manifest()

    # -- reading ------------------------------------------------------------------------------

    def documents(self) -> tuple[Document, ...]:
        rows = self._query(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY date DESC, path")
        return tuple(_document(row) for row in rows)

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        ids = list(set(ids))
        marks = ",".join("?" * len(ids))
        rows = self._query(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id IN ({marks})", ids)
        return {row[0]: _document(row) for row in rows}

    def chunks_by_id(self, ids: Sequence[int]) -> dict[int, Chunk]:
        marks = ",".join("?" * len(ids))
        rows = self._query(
            'SELECT id, document_id, position, text, start, "end", page, section FROM chunks '
            f"WHERE id IN ({marks})",
            list(ids),
        )
        return {row[0]: Chunk(*row) for row in rows}

    def clean_text(self, document_id: str) -> CleanText:
        rows = self._query(
            "SELECT text, page_starts, page_labels, headings FROM documents WHERE id = ?",
            (document_id,),
        )
        if not rows:
            raise IndexCorruptError(f"document {document_id} is not in the index")
        text, starts, labels, headings = rows[0]
        return CleanText(
            text,
            tuple(json.loads(starts)),
            tuple(json.loads(labels)),
            tuple(tuple(pair) for pair in json.loads(headings)),
        )

    def excluded(self) -> dict[str, str]:
        """Document id -> path of briefs left out of the index on request."""
        return dict(self._query("SELECT id, path FROM excluded"))

    def note(self, key: str, value: str | None = None) -> str:
        """Read (value None) or write a small text kept with the index, like past results."""
        if value is not None:
            with self._lock:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
            return value
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else ""

    def last_sync(self) -> str:
        """When the current generation was committed (ISO time, UTC), or "" if never."""
        return self.note("synced_at")

    def include(self, path: str) -> None:
        """Let sync index the brief at path again after a remove() that kept its file."""
        with self._lock:
            self._db.execute("DELETE FROM excluded WHERE path = ?", (path,))

    def check(self) -> list[str]:
        """What is wrong with the index on disk, in words; an empty list when it is sound."""
        import faiss
        import numpy as np

        problems = [
            f"SQLite: {row[0]}" for row in self._query("PRAGMA integrity_check") if row[0] != "ok"
        ]
        try:
            vectors = self._current_vectors()
        except IndexCorruptError as exc:
            return [*problems, str(exc)]
        stored = {row[0] for row in self._query("SELECT id FROM chunks")}
        in_faiss: set[int] = set()
        if vectors is not None:
            in_faiss = set(faiss.vector_to_array(vectors.id_map).astype(np.int64).tolist())
            if vectors.d != self.manifest.dimension:
                problems.append(
                    f"vectors have {vectors.d} dimensions, the manifest says "
                    f"{self.manifest.dimension}"
                )
        words = {row[0] for row in self._query("SELECT rowid FROM lexical")}
        if unindexed := len(stored - words):
            problems.append(f"{unindexed} chunks have no words in the lexical index")
        if stray := len(words - stored):
            problems.append(f"{stray} lexical entries have no chunk in SQLite")
        if missing := len(stored - in_faiss):
            problems.append(f"{missing} chunks in SQLite have no vector in FAISS")
        if orphans := len(in_faiss - stored):
            problems.append(f"{orphans} vectors in FAISS have no chunk in SQLite")
        empty = self._query(
            "SELECT path FROM documents WHERE id NOT IN (SELECT document_id FROM chunks)"
        )
        problems.extend(f"{row[0]}: indexed without any chunk" for row in empty)
        return problems

    def count_documents(self) -> int:
        return int(self._query("SELECT count(*) FROM documents")[0][0])

    def count_chunks(self) -> int:
        return int(self._query("SELECT count(*) FROM chunks")[0][0])

    def search(
        self, vector: np.ndarray, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """The k chunk ids nearest to a unit query vector, with their cosine similarity.

        Args:
            documents: only chunks of these document ids (None: all).
        """
        import faiss
        import numpy as np

        query = np.asarray(vector, dtype=np.float32).reshape(1, -1)
        allowed = None if documents is None else self._chunk_ids_of(documents)
        with self._lock:
            vectors = self._current_vectors()
            if vectors is None or vectors.ntotal == 0 or allowed == []:
                return []
            approximate = self._approximate_index(vectors)
            if approximate is not None:
                candidates = max(APPROXIMATE_CANDIDATES, 4 * k)
                return search_reranked(approximate, vectors, query, k, candidates, allowed)
            if allowed is None:
                scores, ids = vectors.search(query, k)
            else:
                # Exact search restricted to the allowed ids: filtering before ranking, so a
                # filter never leaves fewer than k hits when k exist.
                selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
                scores, ids = vectors.search(query, k, params=faiss.SearchParameters(sel=selector))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]

    def lexical_search(
        self, query: str, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """The k chunk ids whose words best match the query's, with their BM25 score."""
        expression = match_expression(query)
        if not expression or documents == []:
            return []
        sql = "SELECT rowid, -bm25(lexical) FROM lexical WHERE lexical MATCH ?"
        parameters: list[object] = [expression]
        if documents is not None:
            marks = ",".join("?" * len(documents))
            sql += f" AND rowid IN (SELECT id FROM chunks WHERE document_id IN ({marks}))"
            parameters.extend(documents)
        rows = self._query(sql + " ORDER BY bm25(lexical) LIMIT ?", [*parameters, k])
        return [(int(rowid), float(score)) for rowid, score in rows]

    # -- writing ------------------------------------------------------------------------------

    def commit(
        self,
        added: Sequence[NewDocument],
        removed: Sequence[str],
        moved: Sequence[tuple[str, str, int, float]] = (),
        touched: Sequence[tuple[str, int, float]] = (),
        excluded: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Write one new generation: documents added, removed (by id) and moved/touched.

        Args:
            added: documents with their chunks and vectors.
            removed: ids of documents to drop with their chunks and vectors.
            moved: (document id, new path, size, mtime) of files renamed with the same bytes.
            touched: (document id, size, mtime) of unchanged files whose timestamp moved.
            excluded: (document id, path) that sync must leave out from now on; a document
                added again is no longer excluded.
        """
        import faiss
        import numpy as np

        with self._lock:
            current = self._current_vectors()
            if added:
                dimension = added[0].vectors.shape[1]
            else:
                dimension = current.d if current is not None else self.manifest.dimension
            if not dimension:
                return  # nothing was ever embedded, so there is nothing to remove or move
            if dimension != self.manifest.dimension:
                self.manifest = Manifest(self.manifest.model, self.manifest.chunk_tokens, dimension)
            vectors = (
                faiss.clone_index(current)
                if current is not None
                else faiss.IndexIDMap2(faiss.IndexFlatIP(dimension))
            )
            removed_chunks = self._chunk_ids_of(removed)
            if removed_chunks:
                vectors.remove_ids(np.asarray(removed_chunks, dtype=np.int64))
            if added:
                ids = np.asarray([c.id for new in added for c in new.chunks], dtype=np.int64)
                rows = np.vstack([new.vectors for new in added]).astype(np.float32)
                if len(ids):
                    vectors.add_with_ids(rows, ids)
            generation = self._generation + 1
            path = self._vectors_path(generation)
            temporary = path.with_suffix(".tmp")
            try:
                _write_vectors(vectors, temporary)
                _durable_replace(temporary, path)
                self._write_rows(added, removed, moved, touched, excluded, generation)
            except (OSError, RuntimeError, sqlite3.Error) as exc:
                temporary.unlink(missing_ok=True)
                path.unlink(missing_ok=True)  # the rows did not go in: no one will read it
                raise IndexWriteError(
                    f"cannot write the index in {self.index_dir} ({exc}); the previous index is "
                    "unchanged: free disk space or fix the folder's permissions, then sync again"
                ) from exc
            self._vectors, self._generation = vectors, generation
            try:
                self._write_manifest()
            except OSError as exc:  # committed already; the next open rewrites the manifest
                log.warning("manifest.json in %s not updated: %s", self.index_dir, exc)
                (self.index_dir / "manifest.tmp").unlink(missing_ok=True)
            self._drop_old_generations()

    def _write_rows(
        self,
        added: Sequence[NewDocument],
        removed: Sequence[str],
        moved: Sequence[tuple[str, str, int, float]],
        touched: Sequence[tuple[str, int, float]],
        excluded: Sequence[tuple[str, str]],
        generation: int,
    ) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            # FTS5 rows have no foreign key: the chunks' words go before the chunks do.
            db.execute(
                "DELETE FROM lexical WHERE rowid IN (SELECT id FROM chunks WHERE document_id "
                f"IN ({','.join('?' * len(removed))}))",
                list(removed),
            )
            db.executemany("DELETE FROM documents WHERE id = ?", [(i,) for i in removed])
            db.executemany(
                "UPDATE documents SET path = ?, size = ?, mtime = ? WHERE id = ?",
                [(path, size, mtime, i) for i, path, size, mtime in moved],
            )
            db.executemany(
                "UPDATE documents SET size = ?, mtime = ? WHERE id = ?",
                [(size, mtime, i) for i, size, mtime in touched],
            )
            for new in added:
                d, clean = new.document, new.clean
                db.execute(
                    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        d.id,
                        d.path,
                        d.title,
                        d.series,
                        d.number,
                        d.date,
                        json.dumps(d.authors, ensure_ascii=False),
                        d.language,
                        d.pages,
                        d.size,
                        d.mtime,
                        clean.text,
                        json.dumps(clean.page_starts),
                        json.dumps(clean.page_labels, ensure_ascii=False),
                        json.dumps(clean.headings),
                        now,
                    ),
                )
                db.executemany(
                    "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?)",
                    [
                        (c.id, c.document_id, c.position, c.start, c.end, c.page, c.section, c.text)
                        for c in new.chunks
                    ],
                )
                db.executemany(
                    "INSERT INTO lexical (rowid, terms) VALUES (?, ?)",
                    [(c.id, " ".join(terms(lexical_text(c, d.title)))) for c in new.chunks],
                )
            db.executemany("INSERT OR REPLACE INTO excluded VALUES (?, ?)", excluded)
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('manifest', ?), ('model', ?)",
                (json.dumps(self._manifest_fields(generation)), self.manifest.model),
            )
            db.executemany(
                "DELETE FROM excluded WHERE id = ?", [(new.document.id,) for new in added]
            )
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('generation', ?), ('synced_at', ?)",
                (str(generation), now),
            )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # a failed COMMIT (a full disk) may have ended it already
                db.execute("ROLLBACK")
            raise

    # -- internals ----------------------------------------------------------------------------

    def _query(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.DatabaseError as exc:
                raise IndexCorruptError(
                    f"{self.index_dir / 'chunks.sqlite'} cannot be read ({exc}); "
                    f"rebuild it: {REBUILD_COMMAND}"
                ) from exc

    def _chunk_ids_of(self, document_ids: Sequence[str]) -> list[int]:
        if not document_ids:
            return []
        marks = ",".join("?" * len(document_ids))
        rows = self._query(f"SELECT id FROM chunks WHERE document_id IN ({marks})", document_ids)
        return [row[0] for row in rows]

    def _current_vectors(self) -> Any:
        """The FAISS index of the committed generation, reloaded if another process moved on."""
        import faiss

        generation = self._committed_generation()
        if generation == self._generation and (self._vectors is not None or generation < 0):
            return self._vectors
        for _ in range(5):
            path = self._vectors_path(generation)
            try:
                self._vectors = faiss.read_index(str(path))
                self._generation = generation
                return self._vectors
            except RuntimeError as exc:
                # A writer that committed twice since we read the generation has deleted
                # its file: read the generation again. The same number twice is real damage.
                newer = self._committed_generation()
                if newer == generation:
                    raise IndexCorruptError(
                        f"{path} is missing or damaged; rebuild the index: {REBUILD_COMMAND}"
                    ) from exc
                generation = newer
        raise IndexCorruptError(f"the index in {self.index_dir} keeps changing; try again")

    def _approximate_index(self, vectors: Any) -> Any:
        """The HNSW graph of the current generation if it is built; else start building it
        (in the background: a build takes seconds at 100k chunks, minutes at 1M) and None."""
        if not self._approximate_above or not should_approximate(
            vectors.ntotal, self._approximate_above
        ):
            return None
        generation = self._generation
        if self._approximate is not None and self._approximate[0] == generation:
            return self._approximate[1]
        if self._building != generation:
            self._building = generation

            def build() -> None:
                graph = build_approximate(vectors)
                with self._lock:
                    if self._generation == generation:
                        self._approximate = (generation, graph)

            threading.Thread(target=build, name=f"hnsw-{generation}", daemon=True).start()
        return None

    def approximate_ready(self) -> bool:
        """Whether searches of the current generation go through the HNSW graph."""
        with self._lock:
            return self._approximate is not None and self._approximate[0] == self._generation

    def _committed_generation(self) -> int:
        rows = self._query("SELECT value FROM meta WHERE key = 'generation'")
        return int(rows[0][0]) if rows else -1

    def _vectors_path(self, generation: int) -> Path:
        return self.index_dir / f"vectors-{generation}.faiss"

    def _drop_old_generations(self) -> None:
        # The generation before the current one stays: a reader in another process may have
        # read its number just before this commit and be about to load it.
        keep = {self._vectors_path(self._generation), self._vectors_path(self._generation - 1)}
        for path in self.index_dir.glob("vectors-*.faiss*"):
            if path not in keep:
                path.unlink(missing_ok=True)

    def _check_manifest(self) -> None:
        """Refuse an index built with other settings; bring a lagging manifest up to date.

        SQLite holds the same fields, written in the commit's transaction, so a process killed
        between that commit and the manifest's rewrite leaves nothing ambiguous.
        """
        path = self.index_dir / "manifest.json"
        stored = dict(self._query("SELECT key, value FROM meta"))
        try:
            found = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(
                f"{path} is damaged ({exc}); rebuild: {REBUILD_COMMAND}"
            ) from exc
        if "model" in stored:
            found = {**found, **json.loads(stored["manifest"])}
        if not found:
            return  # a new, empty index
        expected = self.manifest
        for field in ("schema", "model", "chunk_tokens"):
            if found.get(field) != getattr(expected, field):
                raise IndexMismatchError(
                    f"the index in {self.index_dir} was built with {field}={found.get(field)!r}, "
                    f"but the settings say {getattr(expected, field)!r}; rebuild it with "
                    f"`{REBUILD_COMMAND}` or change the setting back"
                )
        self.manifest = Manifest(expected.model, expected.chunk_tokens, int(found["dimension"]))
        generation = int(stored.get("generation", -1))
        if found.get("generation") != generation and generation >= 0:
            self._generation = generation
            try:
                self._write_manifest()
            except OSError:
                log.warning("manifest.json in %s is behind; it is rewritten at the next sync", path)
            self._generation = -1  # the vectors are still to be loaded

    def _manifest_fields(self, generation: int) -> dict[str, object]:
        from . import __version__

        return {
            "schema": self.manifest.schema,
            "model": self.manifest.model,
            "dimension": self.manifest.dimension,
            "chunk_tokens": self.manifest.chunk_tokens,
            "generation": generation,
            "library": __version__,
        }

    def _write_manifest(self) -> None:
        manifest = self._manifest_fields(self._generation)
        path = self.index_dir / "manifest.json"
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        _durable_replace(temporary, path)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _write_vectors(vectors: Any, path: Path) -> None:
    """Write a FAISS index through Python's file object: faiss.write_index to a path only
    prints a failed close (a full disk) and returns, leaving a short file behind."""
    import faiss

    with open(path, "wb") as handle:
        writer = faiss.PyCallbackIOWriter(handle.write)
        faiss.write_index(vectors, writer)
        del writer  # flushes its buffer into handle before the file closes


def _durable_replace(temporary: Path, path: Path) -> None:
    """Rename a fully written file into place so that it survives a crash or a power cut."""
    with open(temporary, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)  # the rename itself is durable only once the folder is synced
    finally:
        os.close(directory)


def _document(row: Sequence[Any]) -> Document:
    # Columns in _DOCUMENT_COLUMNS order; authors are stored as a JSON list.
    return Document(*row[:6], tuple(json.loads(row[6])), *row[7:])


def remove_index(index_dir: Path) -> None:
    """Delete the index files in index_dir (and nothing else), for a rebuild."""
    for pattern in ("manifest.json", "chunks.sqlite*", "vectors-*.faiss*", "manifest.tmp"):
        for path in index_dir.glob(pattern):
            path.unlink(missing_ok=True)
