"""The PostgreSQL index's tables, its writer lock, its BM25 and how records become rows.

Every record is stored as JSONB built from dataclasses.asdict (plus the few columns queries
filter or order by), so a new record field with a default needs no schema change: old rows
read back with the default.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from .errors import IndexBusyError, IndexWriteError, SettingsError
from .lexical import phrases, tokens

T = TypeVar("T")

SCHEMA = """
CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE IF NOT EXISTS spotlight_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS spotlight_documents (
    id text PRIMARY KEY, path text NOT NULL UNIQUE, date text NOT NULL,
    record jsonb NOT NULL, clean jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS spotlight_chunks (
    id bigint PRIMARY KEY,
    document_id text NOT NULL REFERENCES spotlight_documents(id) ON DELETE CASCADE,
    length integer NOT NULL, record jsonb NOT NULL, embedding vector NOT NULL
);
CREATE INDEX IF NOT EXISTS spotlight_chunks_by_document ON spotlight_chunks(document_id);
-- Vectors stay in the row and the record goes out of it: a JSONB record pushed the row past
-- 2 kB, which moved the vector to TOAST and made an exact scan of 3,000 chunks read 18,228
-- pages in 11.7 ms.
ALTER TABLE spotlight_chunks ALTER COLUMN embedding SET STORAGE PLAIN;
ALTER TABLE spotlight_chunks ALTER COLUMN record SET STORAGE EXTERNAL;
-- Issue 14: each chunk's sentence vectors (sentence_vectors.pack; NULL in indexes built
-- before), out of the row like the record, so that a scan of the vectors never reads them.
ALTER TABLE spotlight_chunks ADD COLUMN IF NOT EXISTS sentences bytea;
ALTER TABLE spotlight_chunks ALTER COLUMN sentences SET STORAGE EXTERNAL;
-- The generation that wrote each chunk (0 in indexes from before), so that a server holding
-- BM25 postings in memory reads only the chunks that later commits added.
ALTER TABLE spotlight_chunks ADD COLUMN IF NOT EXISTS added_in bigint NOT NULL DEFAULT 0;
-- Our own BM25 postings: each chunk's terms (lexical.terms) with their frequency and the
-- chunk's length, so that scoring a term reads its postings and nothing else.
CREATE TABLE IF NOT EXISTS spotlight_postings (
    term text NOT NULL,
    chunk_id bigint NOT NULL REFERENCES spotlight_chunks(id) ON DELETE CASCADE,
    tf integer NOT NULL, length integer NOT NULL, PRIMARY KEY (term, chunk_id)
);
CREATE INDEX IF NOT EXISTS spotlight_postings_by_chunk ON spotlight_postings(chunk_id);
CREATE TABLE IF NOT EXISTS spotlight_excluded (id text PRIMARY KEY, path text NOT NULL);
-- One row: how many chunks and how many terms in all, kept by each commit for BM25.
CREATE TABLE IF NOT EXISTS spotlight_stats (chunks bigint NOT NULL, total_length bigint NOT NULL);
INSERT INTO spotlight_stats SELECT 0, 0 WHERE NOT EXISTS (SELECT 1 FROM spotlight_stats);
"""
TABLES = (
    "spotlight_postings",
    "spotlight_chunks",
    "spotlight_documents",
    "spotlight_excluded",
    "spotlight_stats",
    "spotlight_meta",
)
# Advisory lock keys, per schema so that two indexes in one database do not share a writer.
WRITER_KEY = "hashtext(current_schema() || '.spotlight writer')"
SCHEMA_KEY = "hashtext(current_schema() || '.spotlight schema')"

# BM25 exactly as SQLite FTS5 computes it (fts5_aux.c: k1 1.2, b 0.75, idf floored at 1e-6,
# N and the average length over the whole table), so that convex fusion sees the same scores
# on both backends. %(filter)s is "" or a restriction to some documents.
BM25 = """
WITH s AS MATERIALIZED (
    SELECT chunks::float8 AS n, total_length::float8 / greatest(chunks, 1) AS avgdl
    FROM spotlight_stats LIMIT 1
),
df AS (
    SELECT term, greatest(ln(((SELECT n FROM s) - count(*) + 0.5) / (count(*) + 0.5)), 1e-6)
        AS idf
    FROM spotlight_postings WHERE term = ANY(%(terms)s) GROUP BY term
)
SELECT p.chunk_id,
    sum(df.idf * p.tf * 2.2 / (p.tf + 1.2 * (0.25 + 0.75 * p.length / (SELECT avgdl FROM s))))
    AS score
FROM spotlight_postings p JOIN df USING (term) {filter}
GROUP BY p.chunk_id ORDER BY score DESC, p.chunk_id LIMIT %(k)s
"""
def query_terms(expression: str) -> list[str]:
    """The terms of an FTS5 OR-expression of quoted terms (lexical.match_expression)."""
    return [t for quoted in phrases(expression) for t in tokens(quoted)]


def as_json(record: Any) -> dict[str, Any]:
    return dataclasses.asdict(record)


def from_json(kind: type[T], stored: dict[str, Any]) -> T:
    """A record from its stored JSON: lists become tuples, unknown keys are left out and
    fields added since the row was written take their defaults."""
    names = {f.name for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    return kind(**{k: _tupled(v) for k, v in stored.items() if k in names})


def _tupled(value: Any) -> Any:
    return tuple(_tupled(v) for v in value) if isinstance(value, list) else value


def redacted(url: str) -> str:
    """The URL without its password, for messages and the status line."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def connect(url: str) -> Any:
    """An autocommit connection with the vector type registered.

    Raises:
        SettingsError: psycopg or pgvector is not installed.
        IndexWriteError: the server cannot be reached or refuses the login.
    """
    try:
        import psycopg
        from pgvector.psycopg import register_vector
    except ImportError as exc:
        raise SettingsError(
            f"index_url: a PostgreSQL index needs psycopg and pgvector ({exc}); install them "
            'with `pip install -e ".[postgres]"`'
        ) from exc
    try:
        connection = psycopg.connect(url, autocommit=True)
        with connection.transaction():
            connection.execute(f"SELECT pg_advisory_xact_lock({SCHEMA_KEY})")
            connection.execute(SCHEMA)
        register_vector(connection)
    except psycopg.Error as exc:
        raise IndexWriteError(
            f"cannot open the index database {redacted(url)} ({exc}); check that the server "
            "runs, that the URL (SPOTLIGHT_INDEX_URL) is right and that pgvector is installed"
        ) from exc
    return connection


@contextmanager
def exclusive_lock(url: str) -> Iterator[None]:
    """One writer per index: a session advisory lock, which the server releases when the
    holder's connection ends, killed or not.

    Raises:
        IndexBusyError: another process holds it (the message gives its server pid).
    """
    connection = connect(url)
    try:
        if not connection.execute(f"SELECT pg_try_advisory_lock({WRITER_KEY})").fetchone()[0]:
            holder = connection.execute(
                "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                f"AND objid = ({WRITER_KEY})::oid AND pid <> pg_backend_pid()"
            ).fetchone()
            raise IndexBusyError(
                f"another process (server pid {holder[0] if holder else 'unknown'}) is "
                f"indexing {redacted(url)}; wait for it to finish and try again"
            )
        try:
            yield
        finally:
            connection.execute(f"SELECT pg_advisory_unlock({WRITER_KEY})")
    finally:
        connection.close()


def drop_tables(url: str) -> None:
    """Drop the index's tables in one transaction, for a rebuild (the next open recreates them)."""
    connection = connect(url)
    try:
        with connection.transaction():
            connection.execute(f"DROP TABLE IF EXISTS {', '.join(TABLES)} CASCADE")
    finally:
        connection.close()


def problems(query: Callable[..., list[tuple[Any, ...]]], dimension: int) -> list[str]:
    """What is wrong with the index's tables, in words (PostgresStore.check); query runs SQL."""
    found: list[str] = []
    wrong = query(
        "SELECT count(*) FROM spotlight_chunks WHERE vector_dims(embedding) <> %s",
        [dimension],
    )[0][0]
    if wrong:
        found.append(f"{wrong} vectors do not have the manifest's {dimension} dimensions")
    unindexed = query(
        "SELECT count(*) FROM spotlight_chunks c WHERE length > 0 AND NOT EXISTS "
        "(SELECT 1 FROM spotlight_postings p WHERE p.chunk_id = c.id)"
    )[0][0]
    if unindexed:
        found.append(f"{unindexed} chunks have no words in the lexical index")
    stats = query("SELECT chunks, total_length FROM spotlight_stats")
    counted = query("SELECT count(*), coalesce(sum(length), 0) FROM spotlight_chunks")
    if [tuple(map(int, r)) for r in stats] != [tuple(map(int, r)) for r in counted]:
        found.append(f"the BM25 statistics {stats} disagree with the chunks {counted}")
    if counted[0][0] and not query(
        "SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
        "WHERE c.relname = 'spotlight_chunks_hnsw' AND i.indisvalid"
    ):
        found.append("the HNSW index over the vectors is missing or invalid")
    empty = query(
        "SELECT path FROM spotlight_documents d WHERE NOT EXISTS "
        "(SELECT 1 FROM spotlight_chunks c WHERE c.document_id = d.id)"
    )
    found.extend(f"{row[0]}: indexed without any chunk" for row in empty)
    return found


class Transaction:
    """connection.transaction() that yields the connection itself."""

    def __init__(self, connection: Any) -> None:
        self._connection = connection
        self._inner = connection.transaction()

    def __enter__(self) -> Any:
        self._inner.__enter__()
        return self._connection

    def __exit__(self, *exc: object) -> Any:
        return self._inner.__exit__(*exc)
