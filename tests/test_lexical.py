"""Folding, BM25 terms and FTS5 scores by hand, and the diversity, repeat and filter rules."""

from __future__ import annotations

import math
import sqlite3
from pathlib import Path

import pytest

from assistant.clean import fold
from assistant.lexical import STOPWORDS, WEIGHTLESS_FROM, match_expression, terms, weighted
from assistant.records import Chunk, Document, Filters, Passage
from assistant.retrieve import admits, distinct, same_words, spread
from assistant.rows import _SCHEMA

FTS5_TABLE = "CREATE VIRTUAL TABLE lexical USING fts5(terms, tokenize = 'unicode61')"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("Żywalewski", "zywalewski"),
        ("ﬁnancial", "financial"),  # the fi ligature, as PDFs extract it
        ("Минск", "минск"),  # other scripts keep their letters, only lower-cased
        ("Lukashenka", "lukashenka"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_terms_are_folded_stemmed_and_without_stopwords() -> None:
    assert {"on", "the"} <= STOPWORDS, "the question below relies on these being stopwords"
    assert terms("Sanctions on the Belarusian regime") == ["sanction", "belarusian", "regim"]
    assert terms("A U.S. envoy in Łódź") == ["envoy", "lodz"], (
        "single letters (a, u, s) carry nothing; in is a stopword; Łódź is folded"
    )
    assert terms("Zywalewski") == terms("Żywalewski") == ["zywalewski"]


def test_match_expression() -> None:
    assert match_expression("Sanctions on the Belarusian regime: sanctions!") == (
        '"sanction" OR "belarusian" OR "regim"'
    ), "each term once, in order, quoted"
    assert match_expression("It is to be or not to be") == "", "only stopwords: nothing to match"
    assert match_expression("") == ""


def _bm25(documents: dict[int, list[str]], query: list[str]) -> dict[int, float]:
    """BM25 as FTS5 computes it (ext/fts5/fts5_aux.c): k1 1.2, b 0.75, an idf at or below 0
    replaced by 1e-6, avgdl over the column's token counts; only rows matching some term."""
    k1, b = 1.2, 0.75
    total = len(documents)
    average = sum(len(words) for words in documents.values()) / total
    scores: dict[int, float] = {}
    for rowid, words in documents.items():
        if not set(query) & set(words):
            continue
        score = 0.0
        for term in query:
            hits = sum(term in w for w in documents.values())
            idf = math.log((total - hits + 0.5) / (hits + 0.5))
            idf = idf if idf > 0 else 1e-6
            frequency = words.count(term)
            norm = k1 * (1 - b + b * len(words) / average)
            score += idf * frequency * (k1 + 1) / (frequency + norm)
        scores[rowid] = score
    return scores


def test_weightless_words_are_left_out_only_where_they_cost() -> None:
    many = 4 * WEIGHTLESS_FROM
    held = {"memo": many // 2, "cyber": 40, "hygien": many // 2 - 1}
    # "memo" is in half the passages: FTS5's idf floor; "hygien" just below it keeps weight.
    assert weighted(["memo", "cyber", "hygien"], held, many) == ["cyber", "hygien"]
    assert weighted(["memo", "unknown"], held, many) == ["memo", "unknown"], "none held: all"
    small = {"memo": 10, "cyber": 2}  # a small index: cheap to score, every word stays
    assert weighted(["memo", "cyber"], small, 12) == ["memo", "cyber"]


def test_fts5_bm25_matches_a_hand_computation(tmp_path: Path) -> None:
    assert (
        "CREATE VIRTUAL TABLE IF NOT EXISTS lexical USING fts5(terms, tokenize = 'unicode61')"
        in (_SCHEMA)
    ), "the table below must be the store's own"
    documents = {
        1: "sanction belarusian regim sanction".split(),
        2: "belarusian minsk".split(),
        3: "prison releas minsk lukashenka kellogg".split(),
    }
    db = sqlite3.connect(tmp_path / "lexical.sqlite")
    db.execute(FTS5_TABLE)
    db.executemany(
        "INSERT INTO lexical (rowid, terms) VALUES (?, ?)",
        [(rowid, " ".join(words)) for rowid, words in documents.items()],
    )
    # sanction: in 1 of 3 rows, idf ln(2.5 / 1.5) > 0. minsk and belarusian: in 2 of 3 rows,
    # idf ln(1.5 / 2.5) < 0, which FTS5 replaces by 1e-6.
    for query in (["sanction", "minsk"], ["belarusian"], ["kellogg", "sanction", "minsk"]):
        expression = " OR ".join(f'"{term}"' for term in query)
        found = dict(
            db.execute(
                "SELECT rowid, -bm25(lexical) FROM lexical WHERE lexical MATCH ?", (expression,)
            ).fetchall()
        )
        expected = _bm25(documents, query)
        assert set(found) == set(expected), f"{expression}: the rows holding any term"
        for rowid, score in expected.items():
            assert found[rowid] == pytest.approx(score, rel=1e-6), f"{expression}, row {rowid}"
    # One literal, worked out: row 1 for "sanction" has f = 2, |D| = 4, avgdl = 11/3.
    norm = 1.2 * (0.25 + 0.75 * 4 / (11 / 3))
    literal = math.log(2.5 / 1.5) * 2 * 2.2 / (2 + norm)
    (score,) = db.execute(
        "SELECT -bm25(lexical) FROM lexical WHERE lexical MATCH ? AND rowid = 1", ('"sanction"',)
    ).fetchone()
    assert score == pytest.approx(literal, rel=1e-6)
    assert literal == pytest.approx(0.6849, abs=1e-4), "0.5108 * 4.4 / (2 + 1.2818)"
    db.close()


def test_spread_caps_each_key_while_others_wait() -> None:
    def brief(item: str) -> str:
        return item[0]

    ranked = ["A1", "A2", "A3", "B1", "A4", "B2"]
    assert spread(ranked, 4, brief) == ["A1", "A2", "B1", "B2"], "k=4: at most 2 per brief"
    assert spread(["A1", "A2", "A3", "A4", "B1"], 4, brief) == ["A1", "A2", "A3", "B1"], (
        "B has one: the free slot goes to A's next in rank order, all in the original order"
    )
    assert spread(["A1", "A2", "B1", "A3"], 3, brief) == ["A1", "A2", "B1"], (
        "k=3 caps at 1 per brief, then A2 fills the last slot"
    )
    assert spread(["A1", "A2", "A3"], 2, brief) == ["A1", "A2"], "one brief alone fills all k"
    assert spread(["A1", "B1", "A2"], 1, brief) == ["A1"], "k=1: the cap is 1, never 0"
    assert spread(["A1", "B1"], 5, brief) == ["A1", "B1"], "fewer items than k"
    assert spread([], 3, brief) == []


def _brief(doc_id: str) -> Document:
    return Document(doc_id, f"{doc_id}.pdf", doc_id, "PISM Spotlight", "", "", (), "en", 1, 1, 0.0)


def _found(document: Document, position: int, text: str, score: float) -> Passage:
    chunk = Chunk(position, document.id, position, text, 0, len(text), "1", "")
    return Passage(chunk, document, score)


def test_distinct_merges_repeats_naming_the_other_briefs() -> None:
    a, b, c = _brief("a"), _brief("b"), _brief("c")
    assert (
        same_words("The same paragraph.")
        == same_words("the SAME  paragraph!")
        == ("the same paragraph")
    )
    found = [
        _found(a, 0, "The same paragraph.", 0.9),
        _found(b, 1, "the SAME  paragraph!", 0.8),
        _found(a, 2, "Another paragraph.", 0.7),
        _found(c, 3, "The same; paragraph", 0.6),
        _found(a, 4, "the same paragraph", 0.5),  # a repeat within brief a: just dropped
    ]
    assert distinct(found, 4) == (
        Passage(found[0].chunk, a, 0.9, (b, c)),
        found[2],
    ), "one passage for the repeated words, also naming b and c; a's own repeat adds nothing"


def test_distinct_spreads_over_briefs() -> None:
    a, b = _brief("a"), _brief("b")
    found = [_found(a, n, f"Passage {n} of a.", 1 - n / 10) for n in range(4)]
    found.append(_found(b, 9, "Passage of b.", 0.1))
    assert distinct(found, 2) == (found[0], found[4]), "k=2: one of a, then b waits no longer"


DYNIER = Document(
    "3f2a",
    "spotlight/pism-43-2025.pdf",
    "Kellogg in Minsk",
    "PISM Spotlight",
    "43/2025",
    "2025-06-23",
    ("Anna Maria Dynier", "Jerzy Żywalewski"),
    "en",
    2,
    1,
    0.0,
)


@pytest.mark.parametrize(
    ("filters", "admitted"),
    [
        (Filters(), True),
        (Filters(since="2025-06-23"), True),  # inclusive
        (Filters(since="2025-06-24"), False),
        (Filters(until="2025-06-23"), True),  # inclusive
        (Filters(until="2025-06-22"), False),
        (Filters(since="2025-01-01", until="2025-12-31"), True),
        (Filters(authors=("Dynier",)), True),  # part of a name
        (Filters(authors=("anna maria",)), True),
        (Filters(authors=("Zywalewski",)), True),  # folded: no diacritics needed
        (Filters(authors=("Kowalski", "Dynier")), True),  # any of them
        (Filters(authors=("Kowalski",)), False),
        (Filters(series=("Spotlight",)), True),
        (Filters(series=("Bulletin",)), False),
        (Filters(documents=("3f2a",)), True),  # by id
        (Filters(documents=("spotlight/pism-43-2025.pdf",)), True),  # by path
        (Filters(documents=("43/2025",)), True),  # by number
        (Filters(documents=("43",)), False),  # documents match whole keys only
        (Filters(documents=("other", "43/2025")), True),
        (Filters(since="2025-06-01", authors=("Kowalski",)), False),  # every filter must pass
    ],
)
def test_admits(filters: Filters, admitted: bool) -> None:
    assert admits(filters, DYNIER) is admitted, filters


def test_an_undated_brief_is_left_out_by_any_date_filter() -> None:
    undated = Document("u", "u.pdf", "Undated", "Document", "", "", (), "en", 1, 1, 0.0)
    assert admits(Filters(), undated) is True
    assert admits(Filters(since="2000-01-01"), undated) is False, "cannot be shown to be after"
    assert admits(Filters(until="2100-01-01"), undated) is False, "cannot be shown to be before"
    assert admits(Filters(series=("Document",)), undated) is True


def test_dates_print_as_a_citation_does() -> None:
    from assistant import format_date

    assert format_date("2024-06-23") == "23 June 2024"
    assert format_date("2024-04") == "April 2024", "a month-only cover date"
    assert format_date("2024-13") == "2024-13" and format_date("") == ""


def test_a_numbers_plural_is_the_number() -> None:
    # "How many F-16s ...?" had matched "ordered" in another brief before "14 F-16 fighters".
    assert terms("F-16s") == terms("the F-16")
    assert "1990" in terms("the 1990s")
