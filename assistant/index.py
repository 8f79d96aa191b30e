"""The one store interface the facade, sync, retrieval and evaluation use, and the choice of
backend: the embedded index folder (store.py, the default) or a PostgreSQL database
(postgres.py) when settings.index_url names one."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

from .manifest import Manifest
from .records import Change, Chunk, CleanText, Document
from .settings import Settings

if TYPE_CHECKING:
    import numpy as np


class Index(Protocol):
    """What the rest of the assistant calls on an index; both backends implement it.

    Reads are thread-safe and see one committed generation per call; commit() writes one
    generation in one transaction. The writer lock (writer_lock) is taken by the caller.
    """

    manifest: Manifest

    def documents(self) -> tuple[Document, ...]: ...
    def documents_by_id(self, ids: Iterable[str]) -> dict[str, Document]: ...
    def chunks_by_id(self, ids: Sequence[int]) -> dict[int, Chunk]: ...
    def chunks_of(self, document_ids: Iterable[str]) -> tuple[Chunk, ...]: ...
    def chunk_vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]: ...
    def clean_texts(self, document_ids: Iterable[str]) -> dict[str, CleanText]: ...
    def sentence_vectors(self, ids: Sequence[int]) -> dict[int, np.ndarray]: ...
    def count_without_sentence_vectors(self) -> int: ...
    def excluded(self) -> dict[str, str]: ...
    def last_sync(self) -> str: ...
    def count_documents(self) -> int: ...
    def count_chunks(self) -> int: ...
    def count_segments(self) -> int: ...

    def search(
        self, vector: np.ndarray, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]: ...

    def lexical_search(
        self, expression: str, k: int, documents: Sequence[str] | None = None
    ) -> list[tuple[int, float]]: ...

    def term_passages(self, phrases: Sequence[str]) -> tuple[int, dict[str, int]]: ...
    def include(self, paths: Iterable[str]) -> None: ...
    def commit(self, change: Change) -> None: ...
    def compact(self, everything: bool = True) -> bool: ...
    def needs_compaction(self) -> bool: ...
    def check(self) -> list[str]: ...
    def close(self) -> None: ...


def open_index(settings: Settings) -> Index:
    """The index settings name: PostgreSQL if index_url is set, else the index folder.

    Raises:
        IndexMismatchError: it was built with another model or chunking.
        IndexCorruptError, IndexWriteError: it cannot be opened (the message says why).
    """
    manifest = Manifest(settings.model, settings.chunk_tokens)
    if settings.index_url:
        from .postgres import PostgresStore

        return PostgresStore(settings.index_url, manifest, settings.approximate_above)
    from .store import Store

    return Store(settings.index_dir, manifest, settings.approximate_above)


def writer_lock(settings: Settings) -> AbstractContextManager[None]:
    """One writer per index across processes and machines; released if its holder dies.

    Raises:
        IndexBusyError: another process holds it.
    """
    if settings.index_url:
        from .postgres_sql import exclusive_lock

        return exclusive_lock(settings.index_url)
    from .store import exclusive

    return exclusive(settings.index_dir)


def drop_index(settings: Settings) -> None:
    """Delete the index's contents for a rebuild; the caller holds writer_lock."""
    if settings.index_url:
        from .postgres_sql import drop_tables

        drop_tables(settings.index_url)
        return
    from .store import remove_index

    remove_index(settings.index_dir)


def index_name(settings: Settings) -> str:
    """Where the index is, for people: the folder, or the URL without its password."""
    if settings.index_url:
        from .postgres_sql import redacted

        return redacted(settings.index_url)
    return str(settings.index_dir)
