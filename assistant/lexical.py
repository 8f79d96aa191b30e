"""The lexical half of retrieval: words folded, stopwords dropped and stemmed, for BM25.

The postings live in an SQLite FTS5 table next to the chunks (see store.py), written in the
same transaction as the chunks they index: a sync adds or removes only its own chunks' words,
and a crash can never leave words without chunks. FTS5 ranks by BM25 (k1 1.2, b 0.75). Words
are prepared here, not by FTS5's tokenizer, so that stemming (Snowball English, PyStemmer) and
folding ("Zywalewski" finds "Żywalewski", "Lodz" finds "Łódź") are the same on both sides.
"""

from __future__ import annotations

import re
import threading
from typing import Any

from .clean import fold

# Two or more word characters: "U.S." and single letters carry no meaning for BM25.
_WORD = re.compile(r"\w\w+")
# Lucene's English stopwords (the list bm25s and Elasticsearch use): only words with no
# topic at all, so "were" or "what" stay searchable with their naturally low idf.
STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with".split()
)
_local = threading.local()  # PyStemmer objects are not thread-safe; one per thread


def terms(text: str) -> list[str]:
    """The words BM25 sees: folded, stopwords dropped, stemmed ("Sanctions" -> "sanction")."""
    words = [w for w in _WORD.findall(fold(text)) if w not in STOPWORDS]
    return _stemmer().stemWords(words) if words else []


def match_expression(query: str) -> str:
    """An FTS5 query matching any of the query's terms ("" when it has none)."""
    unique = dict.fromkeys(terms(query))
    return " OR ".join(f'"{term}"' for term in unique if '"' not in term)


def _stemmer() -> Any:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        import Stemmer

        stemmer = _local.stemmer = Stemmer.Stemmer("english")
    return stemmer
