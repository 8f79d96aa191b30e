"""BM25 from the postings in memory (postings.py) against FTS5's own bm25(), on a real index
folder: the same scores to the last bit and the same order, through commits, removals, a brief
added back, a filter and a compaction; FTS5 answers what the postings cannot. On PostgreSQL,
against its BM25 in SQL, through commits made by another server."""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path

import numpy as np
import pytest

from assistant.index import Index, open_index
from assistant.lexical import match_expression, phrases, terms
from assistant.manifest import Manifest
from assistant.postings import Postings, blocks, bm25, by_block, live_masks, table
from assistant.records import Change, NewDocument
from assistant.rows import Rows
from assistant.settings import Settings
from assistant.store import Store
from tests.conftest import text_brief

# Words of a policy brief; passages draw them with Zipf-like odds, so terms repeat within a
# passage and range from one passage to nearly all, as real postings do.
VOCABULARY = (
    "sanctions grain corridor port fees energy financing border crossing envoy visit treaty "
    "harvest prisoners release vilnius minsk pipeline tariff export import drone missile "
    "alliance summit ceasefire refugees election parliament budget deficit inflation shipping "
    "insurance reactor uranium satellite cyber attack hospital vaccine"
).split()


def _brief(name: str, passages: int, seed: int) -> NewDocument:
    rng = np.random.default_rng(seed)
    odds = 1.0 / np.arange(1, len(VOCABULARY) + 1)
    texts = [
        " ".join(rng.choice(VOCABULARY, size=int(rng.integers(3, 40)), p=odds / odds.sum()))
        for _ in range(passages)
    ]
    vectors = rng.normal(size=(passages, 8)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return text_brief(name, texts, vectors, tuple(" ".join(terms(t)) for t in texts))


QUESTIONS = (
    "sanctions on grain exports",
    "Who was the envoy on the visit to Minsk?",
    "prisoners release Vilnius",
    "uranium reactor satellite",
    "hospital vaccine cyber attack",
    "budget deficit inflation election parliament",
    "sanctions sanctions",
)


def _ready(store: Index) -> None:
    store.lexical_search(match_expression("grain"), 1)  # starts the build
    deadline = time.monotonic() + 30
    while not store.postings_ready() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert store.postings_ready(), "the postings were built"


def _same_as_fts5(store: Store, documents: list[str] | None = None) -> None:
    _ready(store)
    for question in QUESTIONS:
        expression = match_expression(question)
        for k in (1, 5, 200):
            fts5 = Rows.lexical_search(store, expression, k, documents)
            assert fts5, question
            allowed = None if documents is None else store._chunk_ids_of(documents)
            held = store._postings.search(expression, k, allowed)
            assert held == fts5, (question, k)  # exact floats, same order (ties by chunk id)
            assert store.lexical_search(expression, k, documents) == fts5


def test_postings_score_exactly_as_fts5_through_every_kind_of_commit(tmp_path: Path) -> None:
    store = Store(tmp_path / "index", Manifest("m", 100))
    a, b, c = _brief("a", 60, 1), _brief("b", 45, 2), _brief("c", 80, 3)
    store.commit(Change(added=(a, b)))
    store.commit(Change(added=(c,)))
    _same_as_fts5(store)
    store.commit(Change(removed=("b",)))  # deleted ids leave the counts
    _same_as_fts5(store)
    _same_as_fts5(store, documents=["a"])  # a filter keeps the whole index's statistics
    store.commit(Change(removed=("a",)))
    store.commit(Change(added=(a,)))  # a's chunk ids now in two segments: counted once
    assert store.count_segments() == 3
    _same_as_fts5(store)
    store.compact(everything=True)  # a new segment, a new table
    _same_as_fts5(store)
    store.close()


def test_fts5_answers_what_the_postings_cannot(tmp_path: Path) -> None:
    store = Store(tmp_path / "index", Manifest("m", 100))
    brief = _brief("a", 20, 4)
    store.commit(Change(added=(brief,)))
    _ready(store)
    two_tokens = '"grain_corridor"'  # FTS5's tokenizer cuts it in two: a phrase query
    assert store._postings.search(two_tokens, 5) is None
    assert store._postings.search("NEAR(grain corridor)", 5) is None
    assert store.lexical_search(two_tokens, 5) == Rows.lexical_search(store, two_tokens, 5)
    near = "NEAR(grain corridor)"  # not an OR of phrases
    assert store.lexical_search(near, 5) == Rows.lexical_search(store, near, 5)
    store.close()


def test_bm25_by_hand() -> None:
    """Two passages, one word: FTS5's formula with its floor idf and the length norm."""
    ids = np.array([7, 9], np.int64)
    held = table(ids, {7: "grain grain port", 9: "port"})
    live = [(held, np.array([True, True]))]
    idf = np.log((2 - 1 + 0.5) / (1 + 0.5))  # "grain": in 1 of 2 passages -> log(1) = 0
    assert idf == 0
    average = 2.0
    expected = 1e-6 * (2 * 2.2) / (2 + 1.2 * (0.25 + 0.75 * 3 / average))
    assert bm25(live, ["grain"], 5) == [(7, pytest.approx(expected, rel=1e-12))]
    assert bm25(live, ["absent"], 5) == []
    assert [i for i, _ in bm25(live, ["port", "grain"], 5, allowed={9})] == [9]


def test_live_masks_leave_out_deleted_rows_and_rows_a_later_table_holds() -> None:
    older = table(np.array([1, 2, 3], np.int64), {1: "a", 2: "b"})  # 3: no terms when read
    newer = table(np.array([2, 4], np.int64), {2: "b", 4: "c"})
    masks = live_masks([older, newer], [older.ids, newer.ids], deleted={4})
    assert masks[0].tolist() == [True, False, False]
    assert masks[1].tolist() == [True, False]
    wanted = [np.array([1, 3], np.int64), newer.ids]  # 2 since removed from the older table
    assert live_masks([older, newer], wanted, deleted=())[0].tolist() == [True, False, False]


def test_blocks_cover_every_generation_once_and_change_only_at_the_end() -> None:
    assert blocks(100) == [(0, 64), (64, 96), (96, 100)]
    assert blocks(101) == [(0, 64), (64, 96), (96, 100), (100, 101)]
    assert blocks(1) == [(0, 1)] and blocks(0) == []
    for count in range(1, 300):
        covered = [g for low, high in blocks(count) for g in range(low, high)]
        assert covered == list(range(count))
        assert len(blocks(count)) <= count.bit_length()
    ids, added = np.array([10, 11, 12, 13], np.int64), np.array([0, 2, 3, 5], np.int64)
    assert {n: i.tolist() for n, i in by_block(ids, added, 4).items()} == {
        "generations-0-4": [10, 11, 12],  # generations 0-5: blocks 0-4 and 4-6
        "generations-4-6": [13],  # added after generation 4 was read: still held
    }


def test_closing_the_store_stops_a_build_without_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A one-shot `spotlight ask` closes the index while its postings are still being read."""
    from assistant import postings

    monkeypatch.setattr(postings, "_READ_BATCH", 1)  # one SQLite read a row: a long build
    store = Store(tmp_path / "index", Manifest("m", 100))
    store.commit(Change(added=(_brief("a", 400, 5),)))
    store.lexical_search(match_expression("grain"), 1)  # starts the build
    store.close()
    deadline = time.monotonic() + 30
    while store._postings._building and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not store._postings._building, "the build stopped"
    assert not store._postings.ready(), "the table was never finished"
    assert "postings" not in caplog.text


def test_postgresql_answers_from_postings_as_its_sql_does(tmp_path: Path, backend: str) -> None:
    """Both backends: the postings path against the source of truth (FTS5 or SQL), scores and
    passage counts, through commits by another server (a second store): additions, a brief
    added back with other terms (a corrected title), a removal; a commit that follows a few
    others makes the first store read only the chunks it added."""
    settings = Settings(index_dir=tmp_path / "index", index_url=backend, model="m")
    store, other = open_index(settings), open_index(settings)
    b = _brief("b", 45, 2)
    store.commit(Change(added=(_brief("a", 60, 1), b)))
    d = _brief("d", 30, 4)
    retitled = dataclasses.replace(b, terms=tuple(f"{t} harvest ceasefire" for t in b.terms))
    read: list[int] = []
    reading = store._postings._read
    store._postings._read = lambda ids: (read.extend(ids), reading(ids))[1]

    def truth(expression: str, k: int, documents: list[str] | None) -> list[tuple[int, float]]:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Postings, "search", lambda *args, **kwargs: None)
            return store.lexical_search(expression, k, documents)

    def counted(asked: list[str]) -> tuple[int, dict[str, int]]:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(Postings, "counts", lambda *args, **kwargs: None)
            return store.term_passages(asked)

    changes = (
        None,
        Change(added=(_brief("c", 80, 3),)),
        Change(added=(d,)),
        Change(removed=("b",), added=(retitled,)),
        Change(removed=("a",)),
    )
    for change in changes:
        if change:
            other.commit(change)  # the first store learns of it at its next search
        read.clear()
        _ready(store)
        if change is changes[2]:  # generation 2: blocks 0-2 and 2-3, or a new segment
            assert sorted(read) == sorted(c.id for c in d.chunks)
        if change is changes[4]:  # a removal: nothing to read
            assert read == []
        for question in QUESTIONS:
            expression = match_expression(question)
            asked = [*phrases(expression), "absent"]
            assert store.term_passages(asked) == counted(asked), question
            for k, documents in ((5, None), (200, None), (5, ["b"])):
                expected = truth(expression, k, documents)
                held = store.lexical_search(expression, k, documents)
                assert [s for _, s in held] == pytest.approx([s for _, s in expected], rel=1e-9)
                # SQL sums a chunk's terms in any order, so its ties differ in the last bit.
                cut = round(expected[-1][1], 9)
                assert {i for i, s in held if round(s, 9) > cut} == {
                    i for i, s in expected if round(s, 9) > cut
                }, (question, k)
    store.close()
    other.close()
