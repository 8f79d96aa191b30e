"""The lexical half of retrieval: words folded, stopwords dropped and stemmed, for BM25.

The postings live in an SQLite FTS5 table next to the chunks (see store.py), written in the
same transaction as the chunks they index: a sync adds or removes only its own chunks' words,
and a crash can never leave words without chunks. FTS5 ranks by BM25 (k1 1.2, b 0.75). Words
are prepared here, not by FTS5's tokenizer, so that stemming (Snowball English, PyStemmer) and
folding ("Zywalewski" finds "Żywalewski", "Lodz" finds "Łódź") are the same on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .clean import fold
from .stems import stemmer

# Two or more word characters: "U.S." and single letters carry no meaning for BM25.
_WORD = re.compile(r"\w\w+")
# Lucene's English stopwords (the list bm25s and Elasticsearch use): only words with no
# topic at all, so "were" or "what" stay searchable with their naturally low idf.
STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with".split()
)
# Polish function words (folded), the commonest of the Snowball/Lucene Polish lists: only
# words with no topic at all.
POLISH_STOPWORDS = frozenset(
    "aby ale az bo by byc byl byla bylo byly co czy dla do gdy go i ich ja jak jaki jako jednak "
    "jego jej jest juz ku lub ma mu na nad nie niz o od oraz po pod przez przy sa sie ta tak "
    "te tego tej ten to tu tym w we z za ze".split()
)
# The brief's language (ISO 639-1, metadata.language) -> its Snowball stemmer and stopwords;
# any other language is analysed as English, as before.
ANALYSERS = {"pl": ("polish", POLISH_STOPWORDS)}
# FTS5 floors the idf of a word held by half the passages or more at 1e-6 (fts5_aux.c), so it
# adds under 2.2e-6 to any passage's score; yet FTS5 scores every passage that holds it. From
# this many holders such a word is left out of the query (weighted): at 100k passages
# (benchmarks.ask_scale) BM25 took 90 ms with words every passage holds and 4 ms without them.
# So in an index of under 10k passages every word stays.
WEIGHTLESS_FROM = 5_000
_QUOTED = re.compile(r'"([^"]*)"')
# FTS5's unicode61 tokenizer splits on anything not a letter or digit, underscores included.
_TOKEN = re.compile(r"[^\W_]+")


_NUMBER_PLURAL = re.compile(r"(?<=\d\d)['’]?s$")


def terms(text: str, language: str = "en") -> list[str]:
    """The words BM25 sees: folded, stopwords dropped, stemmed ("Sanctions" -> "sanction"),
    by the text's language ("pl": Polish Snowball, after folding; else English)."""
    algorithm, stopwords = ANALYSERS.get(language, ("english", STOPWORDS))
    # A number's plural is the number: "F-16s" asks about the "F-16", "the 1990s" about 1990.
    words = [_NUMBER_PLURAL.sub("", w) for w in _WORD.findall(fold(text)) if w not in stopwords]
    return stemmer(algorithm).stemWords(words) if words else []


def tokens(terms: str) -> list[str]:
    """The tokens FTS5 indexes for a chunk's space-separated terms (or finds in a phrase)."""
    return _TOKEN.findall(terms.lower())


def match_expression(query: str) -> str:
    """An FTS5 query matching any of the query's terms ("" when it has none); a query in a
    language with its own analyser (Polish) also matches that language's stems."""
    found = terms(query)
    if any(c in "ąćęłńśźżĄĆĘŁŃŚŹŻ" for c in query) or _polish_words(query):
        found += terms(query, "pl")
    return or_expression(dict.fromkeys(found))


def or_expression(phrases: Sequence[str]) -> str:
    """The FTS5 query matching any of phrases ("" when there is none)."""
    return " OR ".join(f'"{phrase}"' for phrase in phrases if '"' not in phrase)


def phrases(expression: str) -> list[str]:
    """The quoted phrases of an OR-expression (match_expression), in order."""
    return _QUOTED.findall(expression)


def weighted(asked: Sequence[str], held: Mapping[str, int], passages: int) -> list[str]:
    """The phrases worth asking FTS5 for: without those held by half the passages or more,
    when they are held by WEIGHTLESS_FROM passages or more (all of them when no phrase some
    passage holds would be left: then only weightless words match, as before).

    Args:
        asked: the query's phrases (phrases()).
        held: how many passages hold each phrase (absent: none, so it is kept).
        passages: how many passages the index holds.
    """
    heavy = max(passages / 2, WEIGHTLESS_FROM)
    kept = [phrase for phrase in asked if held.get(phrase, 0) < heavy]
    return kept if any(held.get(phrase) for phrase in kept) else list(asked)


def _polish_words(query: str) -> bool:
    """Whether the query has Polish question or function words (a short question may carry no
    diacritic: "Ile kosztowal program?")."""
    words = set(_WORD.findall(fold(query)))
    return bool(words & POLISH_QUESTION_WORDS)


# Words only Polish has (folded), so an English question never counts as Polish.
POLISH_QUESTION_WORDS = frozenset(
    "kiedy gdzie ile ilu kto kogo komu dlaczego czemu jaka jakie jaki ktory ktora ktore czy "
    "jest sie nie oraz przez dla jak".split()
)
