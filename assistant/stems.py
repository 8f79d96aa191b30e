"""Snowball stemmers (PyStemmer), one per thread: the word forms cleaning and BM25 compare.

Cleaning asks whether a word broken at a line end is a form of one the brief prints
("rec-" + "ommendations" where "recommend" is); BM25 (lexical.py) indexes stems. Both use the
same stemmers, kept here, below both.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any

# The Snowball stemmers of the languages briefs are analysed in (lexical.ANALYSERS).
ALGORITHMS = ("english", "polish")
_local = threading.local()  # PyStemmer objects are not thread-safe; one per thread


def stemmer(algorithm: str = "english") -> Any:
    """This thread's PyStemmer object for a Snowball algorithm ("english", "polish")."""
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if algorithm not in stemmers:
        import Stemmer

        stemmers[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmers[algorithm]


def word_stems(words: Iterable[str]) -> set[str]:
    """The stems of the (folded) words under every stemmer of ALGORITHMS: a brief's word
    family, so cleaning can tell "rec-" + "ommendation" from "well-" + "known" without a
    dictionary (clean.join_lines)."""
    words = list(words)
    found: set[str] = set()
    for algorithm in ALGORITHMS:
        found.update(stemmer(algorithm).stemWords(words))
    return found
