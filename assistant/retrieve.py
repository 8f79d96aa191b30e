"""Retrieval: a query vector -> the nearest passages, each with its chunk and document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .records import Passage
from .store import Store

if TYPE_CHECKING:
    import numpy as np


def dense_passages(store: Store, vector: np.ndarray, k: int) -> tuple[Passage, ...]:
    """The k chunks most similar to a unit query vector, best first."""
    hits = store.search(vector, k)
    if not hits:
        return ()
    chunks = store.chunks_by_id([chunk_id for chunk_id, _ in hits])
    documents = store.documents_by_id(chunk.document_id for chunk in chunks.values())
    return tuple(
        Passage(chunks[chunk_id], documents[chunks[chunk_id].document_id], score)
        for chunk_id, score in hits
        if chunk_id in chunks
    )
