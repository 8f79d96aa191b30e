"""The index's rows in SQLite: documents, chunks, their BM25 postings (FTS5), the segment list,
the deleted vector ids and the manifest, each commit one transaction.

The rows store what they are given: the lexical terms and sentence spans arrive with each
chunk, computed where the embedding text is (sync.py).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import (
    AssistantError,
    IndexBusyError,
    IndexCorruptError,
    IndexWriteError,
)
from .manifest import REBUILD_COMMAND, Manifest, checked
from .records import Change, Chunk, CleanText, Document
from .sentence_vectors import pack, unpack

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, path TEXT NOT NULL UNIQUE, title TEXT NOT NULL, series TEXT NOT NULL,
    number TEXT NOT NULL, date TEXT NOT NULL, authors TEXT NOT NULL, language TEXT NOT NULL,
    pages INTEGER NOT NULL,
    size INTEGER NOT NULL, mtime REAL NOT NULL, text TEXT NOT NULL, page_starts TEXT NOT NULL,
    page_labels TEXT NOT NULL, headings TEXT NOT NULL, sentences TEXT NOT NULL,
    indexed_at TEXT NOT NULL,
    boxes TEXT NOT NULL DEFAULT '[]', sources TEXT NOT NULL DEFAULT '[]',
    ocr_pages TEXT NOT NULL DEFAULT '[]', notes TEXT NOT NULL DEFAULT '[]',
    reading INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, page TEXT NOT NULL,
    section TEXT NOT NULL, text TEXT NOT NULL, sentences TEXT NOT NULL,
    sentence_vectors BLOB  -- float16 rows, one per sentence (sentence_vectors.pack); NULL: none
);
CREATE INDEX IF NOT EXISTS chunks_by_document ON chunks(document_id);
-- BM25 postings of each chunk (rowid = chunk id), words prepared by lexical.terms().
CREATE VIRTUAL TABLE IF NOT EXISTS lexical USING fts5(terms, tokenize = 'unicode61');
-- Briefs taken out of the index on request while their file stays (Assistant.remove).
CREATE TABLE IF NOT EXISTS excluded (id TEXT PRIMARY KEY, path TEXT NOT NULL);
-- Vector segment files: live in generations added <= g < retired (NULL: still live).
CREATE TABLE IF NOT EXISTS segments (name TEXT PRIMARY KEY, added INTEGER NOT NULL,
    retired INTEGER);
-- Chunk ids whose vectors are still in a live segment but whose chunks are gone.
CREATE TABLE IF NOT EXISTS deleted (id INTEGER PRIMARY KEY);
-- Questions staff saved, per login ("" without login), and when each was last looked at.
CREATE TABLE IF NOT EXISTS saved (id INTEGER PRIMARY KEY, user TEXT NOT NULL,
    question TEXT NOT NULL, created TEXT NOT NULL, seen TEXT NOT NULL, UNIQUE (user, question));
"""
_DOCUMENT_COLUMNS = (
    "id, path, title, series, number, date, authors, language, pages, size, mtime, indexed_at"
)
# Added by issue 13, after the columns above: per-field sources, OCR'd pages (JSON lists),
# the reading that gave the row (sync.READING).
_DOCUMENT_EXTRAS = "sources, ocr_pages, reading"
_CHUNK_COLUMNS = 'id, document_id, position, text, start, "end", page, section, sentences'
# A list of values bound as one parameter: SQLite allows 32,766 parameters in a statement, and
# a filter may name more briefs than that.
_IN_LIST = "(SELECT value FROM json_each(?))"


class Rows:
    """The SQLite side of an index folder; thread-safe."""

    def __init__(self, index_dir: Path, manifest: Manifest) -> None:
        self.index_dir = index_dir
        self.manifest = manifest
        self._lock = threading.RLock()
        self._database = index_dir / "chunks.sqlite"
        try:
            index_dir.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                self._database, check_same_thread=False, isolation_level=None
            )
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.execute("PRAGMA journal_mode = WAL")  # readers never wait for a writer
            self._db.executescript(_SCHEMA)
            _add_columns(self._db)
            # Each word's passage count, for term_passages (this connection only).
            self._db.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.lexical_vocab "
                "USING fts5vocab(main, lexical, row)"
            )
        except sqlite3.DatabaseError as exc:
            raise _translated(exc, self._database) from exc
        except OSError as exc:
            raise IndexCorruptError(f"cannot open the index folder {index_dir}: {exc}") from exc
        self._check_manifest()
        self._counted_at = -2  # the generation term_passages counted at (none yet)
        self._counted: dict[str, int] = {}
        self._passages = 0

    def documents(self) -> tuple[Document, ...]:
        rows = self._query(
            f"SELECT {_DOCUMENT_COLUMNS}, {_DOCUMENT_EXTRAS} FROM documents "
            "ORDER BY date DESC, path"
        )
        return tuple(_document(row) for row in rows)

    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]:
        sql = (
            f"SELECT {_DOCUMENT_COLUMNS}, {_DOCUMENT_EXTRAS} FROM documents WHERE id IN {_IN_LIST}"
        )
        return {row[0]: _document(row) for row in self._query(sql, [_json(set(ids))])}

    def chunks_by_id(self, ids: Sequence[int]) -> dict[int, Chunk]:
        sql = f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE id IN {_IN_LIST}"
        return {row[0]: _chunk(row) for row in self._query(sql, [_json(ids)])}

    def chunks_of(self, document_ids: Iterable[str]) -> tuple[Chunk, ...]:
        """Every chunk of these documents, each document's in reading order."""
        sql = (
            f"SELECT {_CHUNK_COLUMNS} FROM chunks WHERE document_id IN {_IN_LIST} "
            "ORDER BY document_id, position"
        )
        return tuple(_chunk(row) for row in self._query(sql, [_json(set(document_ids))]))

    def sentence_vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]:
        """The stored sentence vectors (one row per chunk.sentences) of the chunks that have
        them, by chunk id; chunks indexed without them are left out."""
        sql = (
            f"SELECT id, sentence_vectors FROM chunks WHERE id IN {_IN_LIST} "
            "AND sentence_vectors IS NOT NULL"
        )
        dimension = self.manifest.dimension
        return {row[0]: unpack(row[1], dimension) for row in self._query(sql, [_json(ids)])}

    def count_without_sentence_vectors(self) -> int:
        """Chunks whose sentences are encoded at ask time (indexed before they were stored)."""
        sql = "SELECT count(*) FROM chunks WHERE sentence_vectors IS NULL"
        return int(self._query(sql)[0][0])

    def clean_texts(self, document_ids: Iterable[str]) -> dict[str, CleanText]:
        """Each document's clean text with its page map and headings, by document id."""
        rows = self._query(
            "SELECT id, text, page_starts, page_labels, headings, sentences, boxes, notes "
            "FROM documents "
            f"WHERE id IN {_IN_LIST}",
            [_json(set(document_ids))],
        )
        return {
            i: CleanText(
                text,
                tuple(json.loads(starts)),
                tuple(json.loads(labels)),
                _spans(headings),
                _spans(sentences),
                tuple(tuple(run) for run in json.loads(boxes)),
                tuple(tuple(note) for note in json.loads(notes)),
            )
            for i, text, starts, labels, headings, sentences, boxes, notes in rows
        }

    def excluded(self) -> dict[str, str]:
        """Document id -> path of briefs left out of the index on request."""
        return dict(self._query("SELECT id, path FROM excluded"))

    def last_sync(self) -> str:
        """When the current generation was committed (ISO time, UTC), or "" if never."""
        rows = self._query("SELECT value FROM meta WHERE key = 'synced_at'")
        return str(rows[0][0]) if rows else ""

    def count_documents(self) -> int:
        return int(self._query("SELECT count(*) FROM documents")[0][0])

    def count_chunks(self) -> int:
        return int(self._query("SELECT count(*) FROM chunks")[0][0])

    def lexical_search(
        self, expression: str, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]:
        """The k chunk ids that best match an FTS5 expression (lexical.match_expression), with
        their BM25 score (higher is better)."""
        if not expression or documents == []:
            return []
        sql = "SELECT rowid, -bm25(lexical) FROM lexical WHERE lexical MATCH ?"
        parameters: list[object] = [expression]
        if documents is not None:
            sql += f" AND rowid IN (SELECT id FROM chunks WHERE document_id IN {_IN_LIST})"
            parameters.append(_json(documents))
        rows = self._query(sql + " ORDER BY bm25(lexical) LIMIT ?", [*parameters, k])
        return [(int(rowid), float(score)) for rowid, score in rows]

    def lexical_terms(self, ids: Sequence[int]) -> dict[int, str]:
        """The FTS5 terms of these chunk ids, by id (ids without a row left out)."""
        sql = f"SELECT rowid, terms FROM lexical WHERE rowid IN {_IN_LIST}"
        return {int(rowid): text for rowid, text in self._query(sql, [_json(ids)])}

    def term_passages(self, phrases: Sequence[str]) -> tuple[int, dict[str, int]]:
        """How many passages the index holds, and how many hold each phrase (a phrase of one
        FTS5 token: others, and tokens no passage holds, are left out).

        Counting walks a word's whole posting list (8 ms for a word in 100k passages), so the
        counts are kept until the next commit: questions share their common words.
        """
        with self._lock:
            generation = self._current_generation()
            if generation != self._counted_at or len(self._counted) > 100_000:
                self._counted_at, self._counted = generation, {}
                self._passages = self.count_chunks()
            wanted = [p for p in dict.fromkeys(phrases) if p not in self._counted]
            if wanted:
                sql = f"SELECT term, doc FROM temp.lexical_vocab WHERE term IN {_IN_LIST}"
                found = dict(self._query(sql, [_json(wanted)]))
                self._counted.update({p: int(found.get(p, 0)) for p in wanted})
            held = {p: self._counted[p] for p in phrases if self._counted.get(p)}
            return self._passages, held

    def include(self, paths: Iterable[str]) -> None:
        """Let sync index the briefs at paths again after a remove() that kept their files."""
        with self._lock:
            self._execute("DELETE FROM excluded WHERE path IN " + _IN_LIST, [_json(set(paths))])

    def saved(self, user: str | None) -> list[tuple[int, str, str, str, str]]:
        """(id, user, question, created, seen) of user's saved questions (None: everyone's),
        oldest first."""
        where, parameters = ("", []) if user is None else ("WHERE user = ?", [user])
        sql = f"SELECT id, user, question, created, seen FROM saved {where} ORDER BY id"
        return [tuple(row) for row in self._query(sql, parameters)]  # type: ignore[misc]

    def save(self, user: str, question: str, now: str) -> int:
        """Save a question for user (once: saving it again keeps the first); its id."""
        with self._lock:
            self._execute(
                "INSERT OR IGNORE INTO saved (user, question, created, seen) VALUES (?, ?, ?, ?)",
                [user, question, now, now],
            )
        rows = self._query("SELECT id FROM saved WHERE user = ? AND question = ?", [user, question])
        return int(rows[0][0])

    def unsave(self, user: str, saved_id: int) -> bool:
        """Drop one of user's saved questions; False if user has none with this id."""
        with self._lock:
            before = self._db.total_changes
            self._execute("DELETE FROM saved WHERE id = ? AND user = ?", [saved_id, user])
            return self._db.total_changes > before

    def mark_seen(self, user: str, saved_ids: Sequence[int], now: str) -> None:
        """Record that user looked at these saved questions' news at now."""
        with self._lock:
            self._execute(
                f"UPDATE saved SET seen = ? WHERE user = ? AND id IN {_IN_LIST}",
                [now, user, _json(saved_ids)],
            )

    def _transaction(self, generation: int, write: Any) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            write(db)
            db.execute(
                "INSERT OR REPLACE INTO meta VALUES ('manifest', ?), ('model', ?), "
                "('generation', ?), ('synced_at', ?)",
                (
                    json.dumps(self.manifest.fields(generation)),
                    self.manifest.model,
                    str(generation),
                    now,
                ),
            )
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:  # a failed COMMIT (a full disk) may have ended it already
                db.execute("ROLLBACK")
            raise

    def _query(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.DatabaseError as exc:
                raise _translated(exc, self._database) from exc

    def _execute(self, sql: str, parameters: Sequence[object]) -> None:
        try:
            self._db.execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            raise _translated(exc, self._database) from exc

    def _chunk_ids_of(self, document_ids: Sequence[str]) -> list[int]:
        if not document_ids:
            return []
        sql = f"SELECT id FROM chunks WHERE document_id IN {_IN_LIST}"
        return [row[0] for row in self._query(sql, [_json(document_ids)])]

    def _current_generation(self) -> int:
        """The last committed generation (-1 before the first commit)."""
        rows = self._query("SELECT value FROM meta WHERE key = 'generation'")
        return int(rows[0][0]) if rows else -1

    def _committed(self) -> tuple[int, list[str], list[int]]:
        """The current generation, its segments and deleted ids, read in one snapshot."""
        generation = self._current_generation()
        if generation == self._generation:
            return generation, [], []
        self._execute("BEGIN", ())
        try:
            generation = self._current_generation()
            names = self._query(
                "SELECT name FROM segments WHERE added <= ? AND (retired IS NULL OR retired > ?) "
                "ORDER BY added",
                (generation, generation),
            )
            deleted = self._query("SELECT id FROM deleted")
        finally:
            self._db.execute("COMMIT")
        return generation, [n for (n,) in names], [i for (i,) in deleted]

    def _check_manifest(self) -> None:
        stored = dict(self._query("SELECT key, value FROM meta"))
        self.manifest = checked(self.manifest, self.index_dir, stored)

    def close(self) -> None:
        with self._lock:
            self._db.close()


def write_change(
    db: sqlite3.Connection, change: Change, gone: Sequence[int], segment: str, generation: int
) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    removed = _json(change.removed)
    # FTS5 rows have no foreign key: the chunks' words go before the chunks do.
    db.execute(
        "DELETE FROM lexical WHERE rowid IN "
        f"(SELECT id FROM chunks WHERE document_id IN {_IN_LIST})",
        [removed],
    )
    db.execute(f"DELETE FROM documents WHERE id IN {_IN_LIST}", [removed])
    db.executemany(
        "UPDATE documents SET path = ?, size = ?, mtime = ? WHERE id = ?",
        [(r.path, r.size, r.mtime, r.id) for r in change.restamped],
    )
    db.executemany("INSERT OR IGNORE INTO deleted VALUES (?)", [(i,) for i in gone])
    for new in change.added:
        d, clean = new.document, new.clean
        db.execute(
            f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, text, page_starts, page_labels, "
            "headings, sentences) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                *(d.id, d.path, d.title, d.series, d.number, d.date),
                json.dumps(d.authors, ensure_ascii=False),
                *(d.language, d.pages, d.size, d.mtime, d.indexed_at or now, clean.text),
                json.dumps(clean.page_starts),
                json.dumps(clean.page_labels, ensure_ascii=False),
                json.dumps(clean.headings),
                json.dumps(clean.sentences),
            ),
        )
        db.execute(
            "UPDATE documents SET boxes = ?, sources = ?, ocr_pages = ?, notes = ?, reading = ? "
            "WHERE id = ?",
            (
                json.dumps(clean.boxes),
                json.dumps(d.sources, ensure_ascii=False),
                json.dumps(d.ocr_pages),
                json.dumps(clean.notes, ensure_ascii=False),
                d.reading,
                d.id,
            ),
        )
        stored = new.sentence_vectors or (None,) * len(new.chunks)
        db.executemany(
            f"INSERT INTO chunks ({_CHUNK_COLUMNS}, sentence_vectors) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    *(c.id, c.document_id, c.position, c.text, c.start, c.end, c.page, c.section),
                    json.dumps(c.sentences),
                    None if rows is None else pack(rows),
                )
                for c, rows in zip(new.chunks, stored, strict=True)
            ],
        )
        db.executemany(
            "INSERT INTO lexical (rowid, terms) VALUES (?, ?)",
            [(c.id, terms) for c, terms in zip(new.chunks, new.terms, strict=True)],
        )
        # Re-added chunks (the same brief back after a removal) are live again.
        db.execute(
            f"DELETE FROM deleted WHERE id IN {_IN_LIST}", [_json([c.id for c in new.chunks])]
        )
    db.executemany("INSERT OR REPLACE INTO excluded VALUES (?, ?)", change.excluded)
    db.execute(
        f"DELETE FROM excluded WHERE id IN {_IN_LIST}",
        [_json([n.document.id for n in change.added])],
    )
    if segment:
        db.execute("INSERT INTO segments VALUES (?, ?, NULL)", (segment, generation))


def _translated(exc: sqlite3.DatabaseError, database: Path) -> AssistantError:
    """An SQLite error in words that say what to do: only damage calls for a rebuild."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return IndexBusyError(
            f"{database} is locked by another process ({text}); wait a moment and try again"
        )
    damage = ("malformed", "not a database", "no such table", "no such column", "disk image")
    if not isinstance(exc, sqlite3.OperationalError) or any(w in text for w in damage):
        return IndexCorruptError(
            f"{database} cannot be read ({text}); rebuild it: {REBUILD_COMMAND}"
        )
    return IndexWriteError(
        f"{database} cannot be used ({text}); check the index folder's permissions and free space"
    )


def _json(values: Iterable[object]) -> str:
    return json.dumps(list(values))


def _add_columns(db: sqlite3.Connection) -> None:
    """Columns added since an index was built get their defaults (issue 13's and 14's)."""
    have = {row[1] for row in db.execute("PRAGMA table_info(documents)")}
    for column in ("boxes", "sources", "ocr_pages", "notes"):
        if column not in have:
            db.execute(f"ALTER TABLE documents ADD COLUMN {column} TEXT NOT NULL DEFAULT '[]'")
    if "reading" not in have:
        db.execute("ALTER TABLE documents ADD COLUMN reading INTEGER NOT NULL DEFAULT 0")
    if "sentence_vectors" not in {row[1] for row in db.execute("PRAGMA table_info(chunks)")}:
        db.execute("ALTER TABLE chunks ADD COLUMN sentence_vectors BLOB")  # schema 5: none


def _document(row: Sequence[Any]) -> Document:
    # Columns in _DOCUMENT_COLUMNS order; authors are stored as a JSON list.
    return Document(
        *row[:6],
        tuple(json.loads(row[6])),
        *row[7:12],
        sources=tuple(tuple(pair) for pair in json.loads(row[12])) if len(row) > 12 else (),
        ocr_pages=tuple(json.loads(row[13])) if len(row) > 13 else (),
        reading=int(row[14]) if len(row) > 14 else 0,
    )


def _chunk(row: Sequence[Any]) -> Chunk:
    return Chunk(*row[:8], _spans(row[8]))


def _spans(stored: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in json.loads(stored))


def retire(
    db: sqlite3.Connection, names: Sequence[str], merged: str, generation: int, dead: Iterable[int]
) -> None:
    """A merge's rows: the merged segments retire, the new one (if any) is listed, and the
    deleted ids whose vectors it left out are forgotten."""
    db.execute(
        f"UPDATE segments SET retired = ? WHERE name IN {_IN_LIST}", (generation, _json(names))
    )
    if merged:
        db.execute("INSERT INTO segments VALUES (?, ?, NULL)", (merged, generation))
    db.execute(f"DELETE FROM deleted WHERE id IN {_IN_LIST}", [_json(dead)])
