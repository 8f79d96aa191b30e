"""Sentence vectors: every chunk's sentences embedded at index time, stored with the chunk, so
that a question encodes only itself; how they are made, packed and unpacked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .chunk import embedding_text
from .embed import Embedder
from .records import Chunk

if TYPE_CHECKING:
    import numpy as np

# Stored as float16: half the bytes of float32, and a cosine moves by less than 1e-3.
STORED_TYPE = "float16"


def sentence_text(chunk: Chunk, span: tuple[int, int]) -> str:
    """The text of one of the chunk's sentences (span in the document's clean text)."""
    return chunk.text[span[0] - chunk.start : span[1] - chunk.start]


def embed_chunks(
    embedder: Embedder, chunks: Sequence[tuple[Chunk, str]], method: str
) -> tuple[np.ndarray, list[np.ndarray | None]]:
    """The vector of each (chunk, title) as embedding_text gives it, and its sentences' vectors.

    Args:
        method: settings.sentence_vectors: "pooled" (from the chunk's own token embeddings;
            "encoded" for a model without them), "encoded" (each sentence alone) or "none".

    Returns:
        (vectors, sentences): one unit row per chunk; per chunk one unit row per sentence of
        chunk.sentences, or None with method "none".
    """
    texts = [embedding_text(chunk, title) for chunk, title in chunks]
    if method == "none":
        return embedder.encode(texts), [None] * len(chunks)
    if method == "pooled" and embedder.can_pool:
        offsets = [
            len(text) - len(chunk.text) - chunk.start
            for text, (chunk, _) in zip(texts, chunks, strict=True)
        ]
        spans = [
            [(a + shift, b + shift) for a, b in chunk.sentences]
            for shift, (chunk, _) in zip(offsets, chunks, strict=True)
        ]
        vectors, pooled = embedder.encode_pooled(texts, spans)
        return vectors, list(pooled)
    vectors = embedder.encode(texts)
    alone = embedder.encode([sentence_text(c, s) for c, _ in chunks for s in c.sentences])
    split, at = [], 0
    for chunk, _ in chunks:
        split.append(alone[at : at + len(chunk.sentences)])
        at += len(chunk.sentences)
    return vectors, split


def pack(vectors: np.ndarray) -> bytes:
    """A chunk's sentence vectors as stored: float16, row after row."""
    import numpy as np

    return np.ascontiguousarray(vectors, dtype=STORED_TYPE).tobytes()


def unpack(stored: bytes, dimension: int) -> np.ndarray:
    """The float32 rows pack() stored."""
    import numpy as np

    return np.frombuffer(stored, dtype=STORED_TYPE).reshape(-1, dimension).astype(np.float32)
