"""A spy around the real embedder: every batch of texts it is asked to embed, in order."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.embed import Embedder
from assistant.settings import BUNDLED_MODEL


class RecordingEmbedder(Embedder):
    """The real model, remembering each batch given to encode() or encode_pooled() (the
    first batch of a sync is its chunks: sentence_vectors.embed_chunks encodes them before
    their sentences). `share` reuses an embedder's loaded model instead of loading another."""

    def __init__(self, name: str = BUNDLED_MODEL, share: Embedder | None = None) -> None:
        if share is None:
            super().__init__(name)
        else:
            super().__init__(share.name, share.batch_size)
            self.__dict__["model"] = share.model  # a cached_property: set, it is not loaded
        self.calls: list[list[str]] = []

    @property
    def texts(self) -> list[str]:
        """Every text embedded since calls was last cleared, in order."""
        return [text for call in self.calls for text in call]

    def encode(self, texts: Sequence[str]):  # type: ignore[no-untyped-def]
        self.calls.append(list(texts))
        return super().encode(texts)

    def encode_pooled(self, texts, spans):  # type: ignore[no-untyped-def]
        self.calls.append(list(texts))  # one encode per chunk, its sentences pooled from it
        return super().encode_pooled(texts, spans)
