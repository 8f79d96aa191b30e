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
import unicodedata
from typing import Any

# Letters with no Unicode decomposition, so stripping combining marks cannot reach them.
# Only lower case is listed: fold() lowercases first (Ł -> ł -> l).
_LETTERS = {"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"}
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
# Two or more word characters: "U.S." and single letters carry no meaning for BM25.
_WORD = re.compile(r"\w\w+")
# Lucene's English stopwords (the list bm25s and Elasticsearch use): only words with no
# topic at all, so "were" or "what" stay searchable with their naturally low idf.
STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with".split()
)
_local = threading.local()  # PyStemmer objects are not thread-safe; one per thread


def fold(text: str) -> str:
    """Fold text for matching: compatibility forms, case and diacritics removed.

    "Żywalewski" and "Zywalewski" fold to the same word, as do "Łódź" and "Lodz"; the ligature
    in "ﬁnancial" becomes "fi". Letters of other scripts are kept (Cyrillic stays Cyrillic).

    Args:
        text: Any text, a passage or a query; both sides must be folded the same way.

    Returns:
        The folded text, lower case, in NFC.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    if text.isascii():
        # Most passages are plain English; this skips the per-character work below.
        return text
    for letter, replacement in _LETTERS.items():
        if letter in text:
            text = text.replace(letter, replacement)
    # Only runs of non-ASCII characters are inspected: a table lookup over every character
    # (str.translate) measured 2.3x slower on English passages with a few Polish names.
    text = _NON_ASCII_RUN.sub(_drop_marks, unicodedata.normalize("NFD", text))
    # Snowball stemmers expect composed characters (the docs say NFC).
    return unicodedata.normalize("NFC", text)


def _drop_marks(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if unicodedata.category(c) != "Mn")


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
