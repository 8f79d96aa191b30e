"""The index in a PostgreSQL database (pgvector), for several servers sharing one index.

The same guarantees as the index folder (store.py): a commit is one transaction, so readers
see the previous generation or the new one and a server killed mid-commit loses nothing; one
writer at a time (postgres_sql.exclusive_lock); the manifest in a table, refused with the same
message when model or chunking differ. Dense search is exact (a scan) up to EXACT_BELOW chunks,
like the embedded backend, and past it an HNSW index proposes candidates that are ranked by
their exact inner product; filtered searches use pgvector's iterative scan so that a filter
never returns fewer hits than exist. BM25 is computed in SQL over our own postings.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from .errors import IndexCorruptError, IndexWriteError
from .lexical import tokens
from .manifest import REBUILD_COMMAND, Manifest, agreed
from .postgres_sql import (
    BM25,
    Transaction,
    as_json,
    connect,
    from_json,
    problems,
    query_terms,
    redacted,
)
from .postings import Postings, by_block
from .records import Change, Chunk, CleanText, Document
from .sentence_vectors import pack, unpack

if TYPE_CHECKING:
    import numpy as np

# Below this many chunks dense search scans every vector, exactly as the embedded backend does
# (answers are then identical); above it the HNSW index proposes candidates. The embedded
# backend's graphs start at 12k vectors for the same reason (vectors.GRAPH_MIN_VECTORS).
EXACT_BELOW = 12_000
# Candidates HNSW proposes for exact re-ranking: the embedded graphs' 400 (vectors.py), which
# is also ef_search; pgvector caps ef_search at 1000.
CANDIDATES = 400
# How many tuples an iterative filtered scan may visit before it gives up (pgvector's default
# is 20,000); a filter admitting few briefs falls back to the exact scan well before that.
MAX_SCAN_TUPLES = 200_000
_DOCUMENT_ORDER = "ORDER BY date DESC, path"
_GENERATION = "SELECT value FROM spotlight_meta WHERE key = 'generation'"


class PostgresStore:
    """One index in one PostgreSQL database (schema); thread-safe, one connection."""

    def __init__(self, url: str, manifest: Manifest, approximate_above: int = 0) -> None:
        self.url = url
        self.name = redacted(url)
        self.manifest = manifest
        self._lock = threading.RLock()
        self._connection = connect(url)
        self._check_manifest()
        # BM25 from postings in memory (postings.py), read again for what any server commits.
        self._postings = Postings(self._chunk_terms)
        self._postings_at = -2

    # -- reads -------------------------------------------------------------------------------

    def documents(self) -> tuple[Document, ...]:
        rows = self._query(f"SELECT record FROM spotlight_documents {_DOCUMENT_ORDER}")
        return tuple(from_json(Document, row[0]) for row in rows)

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        rows = self._query(
            "SELECT id, record FROM spotlight_documents WHERE id = ANY(%s)", [list(set(ids))]
        )
        return {i: from_json(Document, record) for i, record in rows}

    def chunks_by_id(self, ids: Sequence[int]) -> dict[int, Chunk]:
        rows = self._query("SELECT id, record FROM spotlight_chunks WHERE id = ANY(%s)", [ids])
        return {int(i): from_json(Chunk, record) for i, record in rows}

    def chunks_of(self, document_ids: Iterable[str]) -> tuple[Chunk, ...]:
        """Every chunk of these documents, each document's in reading order."""
        rows = self._query(
            "SELECT record FROM spotlight_chunks WHERE document_id = ANY(%s) "
            "ORDER BY document_id, (record->>'position')::int",
            [list(set(document_ids))],
        )
        return tuple(from_json(Chunk, row[0]) for row in rows)

    def chunk_vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        """The vectors of these chunk ids, by id."""
        import numpy as np

        rows = self._query(
            "SELECT id, embedding::real[] FROM spotlight_chunks WHERE id = ANY(%s)", [list(ids)]
        )  # as an array: what pgvector's loader returns differs between its versions
        return {int(i): np.asarray(vector, dtype=np.float32) for i, vector in rows}

    def sentence_vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        """The stored sentence vectors of the chunks that have them, by chunk id."""
        rows = self._query(
            "SELECT id, sentences FROM spotlight_chunks WHERE id = ANY(%s) "
            "AND sentences IS NOT NULL",
            [list(ids)],
        )
        return {int(i): unpack(bytes(blob), self.manifest.dimension) for i, blob in rows}

    def count_without_sentence_vectors(self) -> int:
        sql = "SELECT count(*) FROM spotlight_chunks WHERE sentences IS NULL"
        return int(self._query(sql)[0][0])

    def clean_texts(self, document_ids: Iterable[str]) -> dict[str, CleanText]:
        rows = self._query(
            "SELECT id, clean FROM spotlight_documents WHERE id = ANY(%s)",
            [list(set(document_ids))],
        )
        return {i: from_json(CleanText, clean) for i, clean in rows}

    def excluded(self) -> dict[str, str]:
        return dict(self._query("SELECT id, path FROM spotlight_excluded"))

    def last_sync(self) -> str:
        rows = self._query("SELECT value FROM spotlight_meta WHERE key = 'synced_at'")
        return str(rows[0][0]) if rows else ""

    def count_documents(self) -> int:
        return int(self._query("SELECT count(*) FROM spotlight_documents")[0][0])

    def count_chunks(self) -> int:
        return int(self._query("SELECT chunks FROM spotlight_stats")[0][0])

    def count_segments(self) -> int:
        """1 once anything is indexed: the vectors are one table, never segments."""
        return 1 if self.count_chunks() else 0

    def search(
        self, vector: np.ndarray, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """The k chunk ids nearest to a unit query vector, with their cosine similarity.

        Args:
            documents: only chunks of these document ids (None: all).
        """
        import numpy as np

        if k <= 0 or (documents is not None and len(documents) == 0):
            return []
        query = np.asarray(vector, dtype=np.float32).ravel()
        where = "" if documents is None else "WHERE document_id = ANY(%(documents)s)"
        parameters = {"q": query, "k": k, "documents": list(documents or ())}
        with self._lock, self._transaction() as connection:
            chunks = connection.execute("SELECT chunks FROM spotlight_stats").fetchone()[0]
            if chunks < EXACT_BELOW:
                # A plain scan: the planner may not walk the graph (bitmap scans of the
                # document filter stay allowed).
                connection.execute("SET LOCAL enable_indexscan = off")
                sql = (
                    f"SELECT id, -(embedding <#> %(q)s) AS score FROM spotlight_chunks {where} "
                    "ORDER BY embedding <#> %(q)s, id LIMIT %(k)s"
                )
            else:
                parameters["candidates"] = max(CANDIDATES, 4 * k)
                ef = min(1000, max(CANDIDATES, 4 * k))
                connection.execute(f"SET LOCAL hnsw.ef_search = {ef}")
                connection.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
                connection.execute(f"SET LOCAL hnsw.max_scan_tuples = {MAX_SCAN_TUPLES}")
                sql = (
                    "SELECT id, -distance FROM (SELECT id, embedding <#> %(q)s AS distance "
                    f"FROM spotlight_chunks {where} ORDER BY embedding <#> %(q)s "
                    "LIMIT %(candidates)s) AS proposed ORDER BY distance, id LIMIT %(k)s"
                )
            rows = connection.execute(sql, parameters).fetchall()
        return [(int(i), float(score)) for i, score in rows]

    def term_passages(self, phrases: Sequence[str]) -> tuple[int, dict[str, int]]:
        """How many passages the index holds, and how many hold each phrase (a phrase of one
        token: others, and tokens no passage holds, are left out)."""
        self._hold_postings()
        counted = self._postings.counts(phrases)
        if counted is not None:
            return counted
        rows = self._query(
            "SELECT term, count(*) FROM spotlight_postings WHERE term = ANY(%(terms)s) "
            "GROUP BY term",
            {"terms": list(phrases)},
        )
        return self.count_chunks(), {str(term): int(n) for term, n in rows}

    def lexical_search(
        self, expression: str, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """The k chunk ids that best match an FTS5 OR-expression (lexical.match_expression),
        with their BM25 score as FTS5 computes it (higher is better): from the postings in
        memory once this generation's are read, from SQL until then."""
        terms = query_terms(expression)
        if not terms or documents == [] or k <= 0:
            return []
        self._hold_postings()
        allowed = None if documents is None else self._chunk_ids_of(documents)
        found = self._postings.search(expression, k, allowed)
        if found is not None:
            return found
        where = (
            ""
            if documents is None
            else (
                "WHERE p.chunk_id IN (SELECT id FROM spotlight_chunks "
                "WHERE document_id = ANY(%(documents)s))"
            )
        )
        parameters = {"terms": terms, "k": k, "documents": list(documents or ())}
        rows = self._query(BM25.format(filter=where), parameters)
        return [(int(i), float(score)) for i, score in rows]

    def postings_ready(self) -> bool:
        """Whether BM25 is answered from the postings in memory (benchmarks wait on it)."""
        self._hold_postings()
        return self._postings.ready()

    def check(self) -> list[str]:
        """What is wrong with the index in the database, in words; empty when it is sound."""
        return problems(self._query, self.manifest.dimension)

    # -- writes ------------------------------------------------------------------------------

    def include(self, paths: Iterable[str]) -> None:
        with self._lock:
            self._query("DELETE FROM spotlight_excluded WHERE path = ANY(%s)", [list(paths)])

    def commit(self, change: Change) -> None:
        """Write one new generation in one transaction.

        Raises:
            IndexWriteError: the database refused the write; the previous generation stays.
        """
        import psycopg

        try:
            with self._lock, self._transaction() as connection:
                self._write(connection, change)
        except psycopg.Error as exc:
            raise IndexWriteError(
                f"cannot write the index in {self.name} ({exc}); the previous index is "
                "unchanged: check the server's disk and permissions, then sync again"
            ) from exc

    def compact(self, everything: bool = True) -> bool:
        """Nothing to merge: PostgreSQL reclaims deleted rows itself (autovacuum)."""
        return False

    def needs_compaction(self) -> bool:
        return False

    def close(self) -> None:
        self._postings.close()
        with self._lock:
            self._connection.close()

    # -- internals ---------------------------------------------------------------------------

    def _write(self, connection: Any, change: Change) -> None:
        connection.execute("SELECT pg_advisory_xact_lock(hashtext('spotlight commit'))")
        generation = self._generation(connection) + 1
        removed = list(change.removed)
        gone = connection.execute(
            "SELECT count(*), coalesce(sum(length), 0) FROM spotlight_chunks "
            "WHERE document_id = ANY(%s)",
            [removed],
        ).fetchone()
        connection.execute("DELETE FROM spotlight_documents WHERE id = ANY(%s)", [removed])
        for r in change.restamped:
            connection.execute(
                "UPDATE spotlight_documents SET path = %s, record = record || "
                "jsonb_build_object('path', %s::text, 'size', %s::bigint, 'mtime', %s::float8) "
                "WHERE id = %s",
                [r.path, r.path, r.size, r.mtime, r.id],
            )
        now = datetime.now(UTC).isoformat(timespec="seconds")
        chunks = length = 0
        for new in change.added:
            if len(new.chunks) and not self.manifest.dimension:
                self._set_dimension(connection, int(new.vectors.shape[1]))
            record = {**as_json(new.document), "indexed_at": new.document.indexed_at or now}
            connection.execute(
                "INSERT INTO spotlight_documents VALUES (%s, %s, %s, %s, %s)",
                [
                    *(new.document.id, new.document.path, new.document.date),
                    *(json.dumps(record), json.dumps(as_json(new.clean))),
                ],
            )
            counts = [Counter(tokens(t)) for t in new.terms]
            chunks += len(new.chunks)
            length += sum(sum(c.values()) for c in counts)
            sentences = new.sentence_vectors or (None,) * len(new.chunks)
            with connection.cursor().copy(
                "COPY spotlight_chunks (id, document_id, length, record, embedding, sentences, "
                "added_in) FROM STDIN WITH (FORMAT BINARY)"
            ) as copy:
                copy.set_types(["int8", "text", "int4", "jsonb", "vector", "bytea", "int8"])
                for chunk, count, row, rows in zip(
                    new.chunks, counts, new.vectors, sentences, strict=True
                ):
                    record = as_json(chunk)  # the jsonb dumper encodes it
                    stored = None if rows is None else pack(rows)
                    size = sum(count.values())
                    copy.write_row(
                        (chunk.id, chunk.document_id, size, record, row, stored, generation)
                    )
            with connection.cursor().copy(
                "COPY spotlight_postings (term, chunk_id, tf, length) "
                "FROM STDIN WITH (FORMAT BINARY)"
            ) as copy:
                copy.set_types(["text", "int8", "int4", "int4"])
                for chunk, count in zip(new.chunks, counts, strict=True):
                    size = sum(count.values())
                    for term, tf in count.items():
                        copy.write_row((term, chunk.id, tf, size))
        connection.execute(
            "UPDATE spotlight_stats SET chunks = chunks + %s, total_length = total_length + %s",
            [chunks - gone[0], length - gone[1]],
        )
        for i, path in change.excluded:
            connection.execute(
                "INSERT INTO spotlight_excluded VALUES (%s, %s) "
                "ON CONFLICT (id) DO UPDATE SET path = excluded.path",
                [i, path],
            )
        connection.execute(
            "DELETE FROM spotlight_excluded WHERE id = ANY(%s)",
            [[n.document.id for n in change.added]],
        )
        if self.manifest.dimension:
            # Built after the rows: one build of a 100k-chunk copy is far faster than 100k
            # insertions into a graph; later commits insert into it. pgvector's defaults
            # (m 16, ef_construction 64; it requires ef_construction >= 2m): the 400
            # candidates re-ranked exactly make up for a sparser graph than faiss's m 32. A
            # graph of 100k vectors outgrows the default 64 MB maintenance_work_mem, after
            # which pgvector builds far slower (minutes here); 1 GB holds 500k.
            connection.execute("SET LOCAL maintenance_work_mem = '1GB'")
            connection.execute(
                "CREATE INDEX IF NOT EXISTS spotlight_chunks_hnsw ON spotlight_chunks "
                "USING hnsw (embedding vector_ip_ops) WITH (m = 16, ef_construction = 64)"
            )
        meta = {
            "manifest": json.dumps(self.manifest.fields(generation)),
            "model": self.manifest.model,
            "generation": str(generation),
            "synced_at": now,
        }
        for key, value in meta.items():
            connection.execute(
                "INSERT INTO spotlight_meta VALUES (%s, %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    def _set_dimension(self, connection: Any, dimension: int) -> None:
        """The first vectors fix the column's dimension, which the HNSW index needs."""
        connection.execute(
            f"ALTER TABLE spotlight_chunks ALTER COLUMN embedding TYPE vector({dimension})"
        )
        # A new type resets the column's storage: the vectors stay in the row (postgres_sql).
        connection.execute("ALTER TABLE spotlight_chunks ALTER COLUMN embedding SET STORAGE PLAIN")
        self.manifest = dataclasses.replace(self.manifest, dimension=dimension)

    def _hold_postings(self) -> None:
        """Point the postings at the committed generation's chunks if it moved on: one table
        per block of generations (postings.blocks), so a commit makes the servers read its
        own chunks and seldom more (a commit between the reads is seen at the next search)."""
        import numpy as np

        rows = self._query(_GENERATION)
        generation = int(rows[0][0]) if rows else -1
        with self._lock:
            if generation == self._postings_at:
                return
            chunks = self._query("SELECT id, added_in FROM spotlight_chunks")
            ids = np.asarray([row[0] for row in chunks], np.int64)
            added = np.asarray([row[1] for row in chunks], np.int64)
            self._postings.load(by_block(ids, added, generation), ())
            self._postings_at = generation

    def _chunk_terms(self, ids: Sequence[int]) -> dict[int, str]:
        """Each chunk's tokens from its postings, repeated as often as it holds them."""
        rows = self._query(
            "SELECT chunk_id, string_agg(repeat(term || ' ', tf), '') FROM spotlight_postings "
            "WHERE chunk_id = ANY(%s) GROUP BY chunk_id",
            [list(ids)],
        )
        return {int(i): text for i, text in rows}

    def _chunk_ids_of(self, documents: Sequence[str]) -> list[int]:
        rows = self._query(
            "SELECT id FROM spotlight_chunks WHERE document_id = ANY(%s)", [list(documents)]
        )
        return [int(row[0]) for row in rows]

    @staticmethod
    def _generation(connection: Any) -> int:
        row = connection.execute(_GENERATION).fetchone()
        return int(row[0]) if row else -1

    def _check_manifest(self) -> None:
        rows = self._query("SELECT value FROM spotlight_meta WHERE key = 'manifest'")
        if not rows:
            return  # a new, empty index
        self.manifest = agreed(self.manifest, json.loads(rows[0][0]), self.name)

    def _transaction(self) -> Any:
        """A transaction on the connection, reconnecting first if the server dropped it."""
        if self._connection.broken or self._connection.closed:
            self._connection = connect(self.url)
        return Transaction(self._connection)

    def _query(self, sql: str, parameters: Any = ()) -> list[tuple[Any, ...]]:
        import psycopg

        with self._lock:
            try:
                with self._transaction() as connection:
                    cursor = connection.execute(sql, parameters)
                    return cursor.fetchall() if cursor.description else []
            except psycopg.errors.UndefinedTable as exc:
                raise IndexCorruptError(
                    f"the index in {self.name} lacks a table ({exc}); rebuild: {REBUILD_COMMAND}"
                ) from exc
            except psycopg.Error as exc:
                raise IndexWriteError(f"the index database {self.name} failed: {exc}") from exc
