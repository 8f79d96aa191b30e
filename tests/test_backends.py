"""Both backends, one suite: the store's searches against numpy, generations seen by a second
reader, the manifest, filters, syncs and answers, run on the index folder and on a real
PostgreSQL + pgvector server (tests/postgres_server.py); and what only PostgreSQL has: BM25
equal to FTS5's, the HNSW path with filters, the advisory writer lock, --copy-to."""

from __future__ import annotations

import dataclasses
import shutil
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, IndexBusyError, IndexMismatchError, IndexWriteError, Settings, sync
from assistant import assistant as facade
from assistant import postgres as postgres_module
from assistant.chunk import embedding_text
from assistant.cli import main
from assistant.errors import SettingsError
from assistant.index import Index, open_index, writer_lock
from assistant.records import Change, NewDocument
from assistant.sentence_vectors import sentence_text
from tests.conftest import ROOT, SAMPLE_PDF, text_brief
from tests.pdf_factory import brief_spec, write_brief_pdf
from tests.recording import RecordingEmbedder

WORDS = "grain silo port tariff border envoy visit sanction treaty harvest".split()


def _document(name: str, vectors: np.ndarray, words: bool = False) -> NewDocument:
    texts = [
        " ".join(WORDS[(n * 7 + j * 3) % len(WORDS)] for j in range(1 + n % 4))
        if words
        else f"s{n}"
        for n in range(len(vectors))
    ]
    return text_brief(name, texts, vectors)


def _unit(rows: int, seed: int, dimension: int = 16) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(rows, dimension)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _open(tmp_path: Path, url: str, model: str = "m", chunk_tokens: int = 100) -> Index:
    settings = Settings(index_dir=tmp_path / "index", index_url=url, model=model)
    return open_index(settings.replace(chunk_tokens=chunk_tokens))


def _brute_force(briefs: list[NewDocument], query: np.ndarray, k: int) -> list[int]:
    rows = np.vstack([b.vectors for b in briefs])
    ids = [c.id for b in briefs for c in b.chunks]
    return [ids[i] for i in np.argsort(-(rows @ query), kind="stable")[:k]]


# -- the store, on both backends -----------------------------------------------------------------


def test_search_matches_numpy_brute_force(tmp_path: Path, backend: str) -> None:
    store = _open(tmp_path, backend)
    a, b = _document("a", _unit(40, 1)), _document("b", _unit(30, 2))
    store.commit(Change(added=(a, b)))
    query = _unit(1, 3)[0]
    found = store.search(query, 5)
    assert [i for i, _ in found] == _brute_force([a, b], query, 5)
    every = {c.id: v for n in (a, b) for c, v in zip(n.chunks, n.vectors, strict=True)}
    assert np.allclose([s for _, s in found], [every[i] @ query for i, _ in found], atol=1e-5)
    assert store.check() == []
    store.close()


def test_a_second_reader_sees_each_new_generation(tmp_path: Path, backend: str) -> None:
    writer = _open(tmp_path, backend)
    a, b = _document("a", _unit(5, 1)), _document("b", _unit(5, 2))
    writer.commit(Change(added=(a, b)))
    reader = _open(tmp_path, backend)
    assert len(reader.search(a.vectors[0], 20)) == 10
    writer.commit(Change(removed=("a",), excluded=(("a", "a.txt"),)))
    assert {i for i, _ in reader.search(a.vectors[0], 20)} == {c.id for c in b.chunks}
    assert [d.id for d in reader.documents()] == ["b"]
    assert reader.excluded() == {"a": "a.txt"}
    assert (reader.count_documents(), reader.count_chunks()) == (1, 5)
    writer.commit(Change(added=(a,)))  # the same brief back: its chunks are live again
    assert reader.search(a.vectors[0], 1)[0][0] == a.chunks[0].id
    assert reader.excluded() == {}, "a brief added again is no longer excluded"
    assert writer.check() == [] and reader.check() == []
    writer.close()
    reader.close()


def test_records_come_back_as_they_went_in(tmp_path: Path, backend: str) -> None:
    store = _open(tmp_path, backend)
    a = _document("a", _unit(3, 1))
    store.commit(Change(added=(a,)))
    stored = store.documents()[0]
    assert (stored.id, stored.authors, stored.mtime) == ("a", ("A. B",), 0.5)
    assert store.chunks_by_id([a.chunks[1].id]) == {a.chunks[1].id: a.chunks[1]}
    assert store.clean_texts(["a"]) == {"a": a.clean}
    store.close()


def test_another_model_or_chunking_is_refused_with_the_rebuild_command(
    tmp_path: Path,
    backend: str,
) -> None:
    _open(tmp_path, backend).commit(Change(added=(_document("a", _unit(2, 1)),)))
    with pytest.raises(IndexMismatchError, match="spotlight index --rebuild"):
        _open(tmp_path, backend, model="other-model")
    with pytest.raises(IndexMismatchError, match="chunk_tokens"):
        _open(tmp_path, backend, chunk_tokens=200)


def test_filters_over_forty_thousand_briefs(tmp_path: Path, backend: str) -> None:
    store = _open(tmp_path, backend)
    a = _document("a", _unit(3, 1))
    store.commit(Change(added=(a, _document("b", _unit(3, 2)))))
    many = ["a", *(f"absent-{n}" for n in range(40_000))]
    assert {i for i, _ in store.search(a.vectors[0], 5, many)} == {c.id for c in a.chunks}
    assert [i for i, _ in store.lexical_search('"s0"', 5, many)] == [a.chunks[0].id]
    assert store.search(a.vectors[0], 5, []) == [] and store.lexical_search('"s0"', 5, []) == []
    store.close()


def test_term_passages_counts_each_word_and_follows_commits(tmp_path: Path, backend: str) -> None:
    store = _open(tmp_path, backend)
    a = _document("a", _unit(30, 1), words=True)
    store.commit(Change(added=(a,)))
    asked = ["grain", "envoy", "absent"]

    def held(briefs: tuple[NewDocument, ...]) -> dict[str, int]:
        texts = [set(t.split()) for brief in briefs for t in brief.terms]
        return {w: n for w in asked if (n := sum(w in words for words in texts))}

    assert store.term_passages(asked) == (30, held((a,)))
    b = _document("b", _unit(25, 2), words=True)
    store.commit(Change(added=(b,)))  # counted again, not kept from before the commit
    assert store.term_passages(asked) == (55, held((a, b)))
    store.close()


def test_words_every_passage_holds_are_left_out_with_the_same_ranking(
    tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word held by half the passages or more has FTS5's floor idf: leaving it out of the
    query (lexical.weighted) changes no fused score, in a brief with many or few matches."""
    from assistant import lexical
    from assistant.retrieve import _weighted, ranked_chunks

    store = _open(tmp_path, backend)
    vectors = _unit(160, 4)
    briefs = []
    for name, rows in (("a", vectors[:80]), ("b", vectors[80:])):
        brief = _document(name, rows, words=True)
        common = tuple(f"{t} memo" for t in brief.terms)  # "memo": in every passage
        briefs.append(dataclasses.replace(brief, terms=common))
    store.commit(Change(added=tuple(briefs)))
    settings = Settings(index_dir=tmp_path / "index")
    for query in ("memo on grain", "memo on envoy visit", "memo on treaty port harvest"):
        monkeypatch.setattr(lexical, "WEIGHTLESS_FROM", 1)
        assert "memo" not in _weighted(store, lexical.match_expression(query)), query
        for k in (3, 150):  # 150: fewer passages match than the fusion reads
            pruned = ranked_chunks(store, query, _unit(1, 9)[0], k, settings)
            monkeypatch.setattr(lexical, "WEIGHTLESS_FROM", 10**9)
            every = ranked_chunks(store, query, _unit(1, 9)[0], k, settings)
            monkeypatch.setattr(lexical, "WEIGHTLESS_FROM", 1)
            assert [s for _, s in pruned] == pytest.approx([s for _, s in every], abs=1e-5)
    assert _weighted(store, '"memo"') == '"memo"', "only weightless words: all stay"
    store.close()


# -- what PostgreSQL must match or add ------------------------------------------------------------


def test_bm25_in_sql_equals_fts5(tmp_path: Path, postgres_url: str) -> None:
    """Same terms, same k1 1.2 / b 0.75, same idf floor: every score equals FTS5's."""
    briefs = (_document("a", _unit(30, 1), words=True), _document("b", _unit(25, 2), words=True))
    embedded, server = _open(tmp_path, ""), _open(tmp_path, postgres_url)
    for store in (embedded, server):
        store.commit(Change(added=briefs))
    for query in ('"grain"', '"grain" OR "envoy"', '"silo" OR "port" OR "treaty"', '"absent"'):
        expected, found = embedded.lexical_search(query, 100), server.lexical_search(query, 100)
        assert len(found) == len(expected), query
        assert dict(found) == pytest.approx(dict(expected), rel=1e-9), query
    embedded.close()
    server.close()


def test_the_graph_path_returns_every_filtered_hit(
    tmp_path: Path,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Past EXACT_BELOW chunks HNSW proposes candidates; a filter admitting one brief of 20
    still gets all its k hits (pgvector's iterative scan), ranked exactly."""
    monkeypatch.setattr(postgres_module, "EXACT_BELOW", 100)
    store = _open(tmp_path, postgres_url)
    briefs = [_document(f"d{n}", _unit(100, n)) for n in range(20)]
    store.commit(Change(added=tuple(briefs)))
    query = _unit(1, 99)[0]
    assert [i for i, _ in store.search(query, 10, ["d7"])] == _brute_force([briefs[7]], query, 10)
    assert [i for i, _ in store.search(query, 10)] == _brute_force(briefs, query, 10)
    assert store.check() == []
    store.close()


def test_one_writer_and_the_lock_dies_with_its_process(postgres_url: str) -> None:
    settings = Settings(index_url=postgres_url)
    with (
        writer_lock(settings),
        pytest.raises(IndexBusyError, match="server pid"),
        writer_lock(settings),
    ):
        pass
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLD, postgres_url], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    with pytest.raises(IndexBusyError):
        writer_lock(settings).__enter__()
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    for _ in range(50):  # the server notices the dead connection within moments
        try:
            with writer_lock(settings):
                break
        except IndexBusyError:
            subprocess.run(["sleep", "0.1"], check=True)
    else:
        pytest.fail("the lock of a killed writer was never released")


_HOLD = """
import sys, time
from assistant import Settings
from assistant.index import writer_lock
with writer_lock(Settings(index_url=sys.argv[1])):
    print("holding", flush=True)
    time.sleep(600)
"""


def test_index_url_must_be_a_postgresql_url() -> None:
    with pytest.raises(SettingsError, match="index_url"):
        Settings(index_url="mysql://x/y")


def test_an_unreachable_server_names_the_url_without_its_password(tmp_path: Path) -> None:
    url = f"postgresql://u:secret@/db?host={tmp_path}&connect_timeout=2"
    with pytest.raises(IndexWriteError, match=r"u:\*\*\*@") as raised:
        _open(tmp_path, url)
    assert "secret" not in str(raised.value)


# -- briefs, syncs and answers, on both backends -------------------------------------------------


def test_sync_and_answers_on_both_backends(make_assistant, tmp_path: Path, backend: str) -> None:
    documents = tmp_path / "documents"
    expected = {}
    for n in range(3):
        spec, sentences = brief_spec(n)
        write_brief_pdf(documents / f"brief-{n}.pdf", spec)
        expected[f"brief-{n}.pdf"] = sentences
    assistant = make_assistant(documents, index_url=backend)
    assert len(assistant.sync().added) == 3
    assert assistant.sync().unchanged == ("brief-0.pdf", "brief-1.pdf", "brief-2.pdf")
    for path, sentences in expected.items():
        sentence, page = next(iter(sentences.items()))
        top = assistant.ask(sentence, k=1).quotes[0]
        sentence = unicodedata.normalize("NFKC", sentence)  # the PDF's ligatures are folded
        assert (top.citation.path, top.text, top.citation.page) == (path, sentence, page)
    (documents / "brief-1.pdf").rename(documents / "moved.pdf")
    (documents / "brief-2.pdf").unlink()
    report = assistant.sync()
    assert (report.moved, report.removed) == ((("brief-1.pdf", "moved.pdf"),), ("brief-2.pdf",))
    assert sorted(d.path for d in assistant.documents()) == ["brief-0.pdf", "moved.pdf"]
    assert assistant.check() == ()


def test_answers_are_identical_on_the_sample(embedder, tmp_path: Path, postgres_url: str) -> None:
    """Same quotes, same order, same scores: below EXACT_BELOW both searches are exact and
    BM25 is FTS5's."""
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents / SAMPLE_PDF.name)
    answers = []
    for url in ("", postgres_url):
        settings = Settings(documents_dir=documents, index_dir=tmp_path / "index", index_url=url)
        assistant = Assistant.open(settings, embedder=embedder)
        assistant.sync()
        answers.append(
            [
                assistant.ask(q)
                for q in (
                    "When was Kellogg in Minsk?",
                    "Which prisoners were released?",
                    "What does Lukashenka want from the United States?",
                    "What is the price of grain in Brazil?",
                )
            ]
        )
        assistant.close()
    assert answers[0] == answers[1]


def test_copy_to_moves_an_index_without_embedding(
    sample_assistant: Assistant,
    postgres_url: str,
    capsys: pytest.CaptureFixture[str],
    embedder,
) -> None:
    index = sample_assistant.settings.index_dir
    assert main(["--index", str(index), "index", "--copy-to", postgres_url]) == 0
    assert "copied 1 briefs and 8 passages" in capsys.readouterr().out
    copied = Assistant.open(sample_assistant.settings.replace(index_url=postgres_url), embedder)
    question = "When was Kellogg in Minsk?"
    assert copied.ask(question) == sample_assistant.ask(question)
    assert copied.documents() == sample_assistant.documents()
    assert copied.check() == ()
    copied.close()
    assert main(["--index", str(index), "index", "--copy-to", postgres_url]) == 1
    assert "already holds 1 briefs" in capsys.readouterr().err


def test_status_check_on_postgresql(
    sample_assistant: Assistant,
    postgres_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    index = sample_assistant.settings.index_dir
    assert main(["--index", str(index), "index", "--copy-to", postgres_url]) == 0
    monkeypatch.setenv("SPOTLIGHT_INDEX_URL", postgres_url)
    assert main(["status", "--check"]) == 0
    out = capsys.readouterr().out
    assert "1 brief indexed" in out and "index ok" in out


def test_a_newer_reading_reads_every_brief_again_encoding_only_what_changed(
    embedder, tmp_path: Path, backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An upgrade whose reading differs reads the indexed briefs again at the next sync, so
    staff see its titles and sentences without a rebuild; vectors of unchanged text stay."""
    documents = tmp_path / "documents"
    for n in range(3):
        write_brief_pdf(documents / f"brief-{n}.pdf", brief_spec(n)[0])
    spy = RecordingEmbedder(share=embedder)
    settings = Settings(documents_dir=documents, index_dir=tmp_path / "index", index_url=backend)
    assistant = Assistant.open(settings, embedder=spy)
    assistant.sync()
    before = assistant.documents()
    question = next(iter(brief_spec(1)[1]))
    answer = assistant.ask(question)

    def indexed() -> tuple[set[str], set[str]]:
        passages = assistant.search("delegation ministers grain", k=1000)
        chunks = {embedding_text(p.chunk, p.document.title) for p in passages}
        sentences = {sentence_text(p.chunk, s) for p in passages for s in p.chunk.sentences}
        return chunks, sentences

    old_chunks, old_sentences = indexed()
    assert len(old_chunks) == assistant.status().passages
    newer = sync.READING + 1
    for module in (sync, facade):
        monkeypatch.setattr(module, "READING", newer)
    assert assistant.status().older_reading == 3
    assert "3 of the briefs were read by an older version" in assistant.status().summary()
    spy.calls.clear()
    report = assistant.sync()
    assert report.reread == ("brief-0.pdf", "brief-1.pdf", "brief-2.pdf") and report.changed
    assert (report.added, report.updated, report.removed) == ((), (), ())
    assert spy.texts == [], "the same reading again: every vector is reused"
    after = assistant.documents()
    assert [d.reading for d in after] == [sync.READING] * 3
    assert [d.indexed_at for d in after] == [d.indexed_at for d in before], "not news"
    assert assistant.ask(question) == answer
    assert assistant.status().older_reading == 0 and assistant.check() == ()
    assert assistant.sync().unchanged == report.reread, "read once, then unchanged"

    # A reading that loses each brief's last line: only the sentences it changes are encoded
    # again.
    real = sync.strip_furniture_lines
    monkeypatch.setattr(
        sync, "strip_furniture_lines", lambda pages: [*real(pages)[:-1], real(pages)[-1][:-1]]
    )
    newer += 1
    for module in (sync, facade):
        monkeypatch.setattr(module, "READING", newer)
    spy.calls.clear()
    assert len(assistant.sync().reread) == 3
    encoded = set(spy.texts)
    new_chunks, new_sentences = indexed()
    assert encoded and encoded <= (new_chunks - old_chunks) | (new_sentences - old_sentences)
    assert new_sentences - old_sentences <= encoded, "each changed sentence is encoded"
    # A passage's vector is made from its sentences' (sentence_vectors.from_parts): none is
    # encoded whole, changed or not.
    assert not encoded & new_chunks, "a passage encoded whole"
    assert len(encoded) < len(new_chunks) + len(new_sentences) // 2
    assert assistant.check() == ()
    assistant.close()
