"""Moving an index between backends without embedding anything again: every document, clean
text, chunk, vector, sentence vector and BM25 term of an index folder goes into an empty
PostgreSQL index in one commit (spotlight index --copy-to postgresql://...)."""

from __future__ import annotations

import numpy as np

from .errors import IndexWriteError
from .index import index_name, open_index
from .records import Change, Chunk, NewDocument
from .settings import Settings
from .store import Store, chunk_terms


def copy_index(settings: Settings, target_url: str) -> tuple[int, int]:
    """Copy the index folder settings.index_dir into the (empty) index at target_url, in one
    transaction; the source is only read. Returns (briefs, passages) copied.

    Raises:
        IndexWriteError: the target already holds briefs, or cannot be written.
        IndexMismatchError: the target was built with another model or chunking.
    """
    source = open_index(settings.replace(index_url=""))
    target_settings = settings.replace(index_url=target_url)
    target = open_index(target_settings)
    try:
        if not isinstance(source, Store):  # pragma: no cover - open_index without a URL
            raise TypeError("the source of a copy is an index folder")
        if held := target.count_documents():
            raise IndexWriteError(
                f"{index_name(target_settings)} already holds {held} briefs; copy into an empty "
                "index (or run `spotlight index --rebuild` with that index_url first)"
            )
        terms, documents = chunk_terms(source), source.documents()
        texts = source.clean_texts(d.id for d in documents)
        every = source.chunks_of(d.id for d in documents)
        ids = [c.id for c in every]
        vectors, sentences = source.chunk_vectors(ids), source.sentence_vectors(ids)
        by_document: dict[str, list[Chunk]] = {}
        for chunk in every:
            by_document.setdefault(chunk.document_id, []).append(chunk)
        added = []
        for document in documents:
            chunks = tuple(by_document.get(document.id, ()))
            rows = np.vstack([vectors[c.id] for c in chunks]) if chunks else np.zeros((0, 0))
            added.append(
                NewDocument(
                    document,
                    texts[document.id],
                    chunks,
                    rows.astype(np.float32),
                    tuple(terms.get(c.id, "") for c in chunks),
                    tuple(sentences.get(c.id) for c in chunks),
                )
            )
        excluded = tuple(source.excluded().items())
        change = Change(added=tuple(added), excluded=excluded)
        if change:
            target.commit(change)
        return len(added), sum(len(n.chunks) for n in added)
    finally:
        source.close()
        target.close()
