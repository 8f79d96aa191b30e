"""Incremental sync by content, add/remove, status --check and the watched folder, with a spy
around the real embedder counting every text it is asked to embed."""

from __future__ import annotations

import dataclasses
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from assistant import Assistant, Settings
from assistant.cli import main
from assistant.embed import Embedder
from assistant.errors import IndexMismatchError
from assistant.watch import watch
from tests.pdf_factory import Block, brief_spec, write_brief_pdf
from tests.recording import RecordingEmbedder


@pytest.fixture
def spy(embedder: Embedder) -> RecordingEmbedder:
    return RecordingEmbedder(share=embedder)


def _open(tmp_path: Path, spy: RecordingEmbedder) -> Assistant:
    # Pooled sentence vectors: one model input per passage, so counted texts are passages.
    settings = Settings(
        documents_dir=tmp_path / "documents",
        index_dir=tmp_path / "index",
        sentence_vectors="pooled",
    )
    return Assistant.open(settings, embedder=spy)


def _briefs(folder: Path, count: int) -> None:
    for index in range(count):
        write_brief_pdf(folder / f"brief-{index}.pdf", brief_spec(index)[0])


def test_only_what_changed_is_embedded(tmp_path: Path, spy: RecordingEmbedder) -> None:
    documents = tmp_path / "documents"
    _briefs(documents, 3)
    assistant = _open(tmp_path, spy)
    first = assistant.sync()
    assert len(first.added) == 3 and len(spy.texts) == assistant.status().passages
    chunks_of_2 = len(
        [p for p in assistant.search("delegation", k=1000) if p.document.path == "brief-2.pdf"]
    )

    spy.calls.clear()
    assert assistant.sync().unchanged == ("brief-0.pdf", "brief-1.pdf", "brief-2.pdf")
    assert spy.texts == []

    # Touched but identical bytes: read and hashed, not embedded.
    os.utime(documents / "brief-0.pdf", (time.time() + 5, time.time() + 5))
    assert assistant.sync().unchanged == ("brief-0.pdf", "brief-1.pdf", "brief-2.pdf")
    assert spy.texts == []

    # An edited brief re-embeds its own chunks and nothing else.
    spec = brief_spec(5)[0]
    write_brief_pdf(documents / "brief-2.pdf", spec)
    report = assistant.sync()
    embedded = len(spy.texts)
    assert report.updated == ("brief-2.pdf",)
    assert report.new_briefs == (("brief-2.pdf", spec.title),)
    new_chunks = [
        p for p in assistant.search("delegation", k=1000) if p.document.path == "brief-2.pdf"
    ]
    assert embedded == len(new_chunks) and chunks_of_2 != 0

    # A renamed brief is a move: nothing embedded, same chunks answer under the new path.
    spy.calls.clear()
    (documents / "brief-1.pdf").rename(documents / "renamed.pdf")
    report = assistant.sync()
    assert report.moved == (("brief-1.pdf", "renamed.pdf"),) and report.removed == ()
    assert spy.texts == []
    sentence = next(iter(brief_spec(1)[1]))
    assert assistant.ask(sentence, k=1).quotes[0].citation.path == "renamed.pdf"

    # A deleted brief leaves the index.
    (documents / "brief-0.pdf").unlink()
    assert assistant.sync().removed == ("brief-0.pdf",)
    assert {d.path for d in assistant.documents()} == {"brief-2.pdf", "renamed.pdf"}
    assert assistant.check() == ()


def test_an_edited_brief_encodes_only_the_passages_it_changed(
    tmp_path: Path, spy: RecordingEmbedder
) -> None:
    documents = tmp_path / "documents"
    spec = brief_spec(2)[0]  # three pages, a passage or more each
    write_brief_pdf(documents / "brief.pdf", spec)
    assistant = _open(tmp_path, spy)
    assistant.sync()
    passages = assistant.status().passages
    added = "In a late addition, the ministers also agreed to meet again in the spring."
    *pages, last = spec.pages
    edited = (*last[:-1], Block(f"{last[-1].text} {added}"))
    write_brief_pdf(documents / "brief.pdf", dataclasses.replace(spec, pages=(*pages, edited)))
    spy.calls.clear()
    assert assistant.sync().updated == ("brief.pdf",)
    assert len(spy.texts) == 1 < passages, "only the last page's passage is encoded"
    assert added in spy.texts[0]
    assert assistant.ask("When will the ministers meet again?").quotes[0].text == added
    assert assistant.check() == ()


def test_add_and_remove(tmp_path: Path, spy: RecordingEmbedder) -> None:
    inbox = tmp_path / "inbox"
    write_brief_pdf(inbox / "new.pdf", brief_spec(4)[0])
    write_brief_pdf(inbox / "other" / "new.pdf", brief_spec(6)[0])
    (tmp_path / "documents").mkdir()
    assistant = _open(tmp_path, spy)
    assert assistant.add([inbox / "new.pdf"]).added == ("new.pdf",)
    assert assistant.add([inbox / "new.pdf"]).unchanged == ("new.pdf",)  # same bytes: fine
    clash = assistant.add([inbox / "other" / "new.pdf", inbox / "missing.pdf"])
    assert [path for path, _ in clash.failed] == ["new.pdf", str(inbox / "missing.pdf")]
    assert clash.failed[0][1].startswith("new.pdf is already in ")
    assert clash.failed[0][1].endswith("rename the new file or remove the old brief first")
    assert clash.failed[1][1] == "no such file"

    assert assistant.remove("new.pdf").removed == ("new.pdf",)
    assert assistant.documents() == ()
    report = assistant.sync()  # the file is still there but stays out of the index
    assert report.skipped == (("new.pdf", "removed from the index on request; add it to index it"),)
    assert assistant.add([inbox / "new.pdf"]).added == ("new.pdf",)  # add() brings it back
    document = assistant.documents()[0]
    assistant.remove(document.id, delete_file=True)
    assert not (tmp_path / "documents" / "new.pdf").exists()
    assert assistant.documents() == () and assistant.check() == ()


def test_model_or_chunking_change_refuses_to_mix(tmp_path: Path, spy: RecordingEmbedder) -> None:
    _briefs(tmp_path / "documents", 1)
    _open(tmp_path, spy).sync()
    settings = Settings(
        documents_dir=tmp_path / "documents", index_dir=tmp_path / "index", chunk_tokens=100
    )
    with pytest.raises(IndexMismatchError, match=r"chunk_tokens=160.*spotlight index --rebuild"):
        Assistant.open(settings, embedder=spy)


def test_status_check_finds_a_damaged_index(tmp_path: Path, spy: RecordingEmbedder, capsys) -> None:
    _briefs(tmp_path / "documents", 2)
    assistant = _open(tmp_path, spy)
    assistant.sync()
    folders = ["--documents", str(tmp_path / "documents"), "--index", str(tmp_path / "index")]
    assert main([*folders, "status", "--check"]) == 0
    assert "index ok" in capsys.readouterr().out
    import sqlite3

    with sqlite3.connect(tmp_path / "index" / "chunks.sqlite") as db:
        db.execute("DELETE FROM chunks WHERE id IN (SELECT id FROM chunks LIMIT 2)")
    assert main([*folders, "status", "--check"]) == 1
    out = capsys.readouterr().out
    assert "problem: 2 vectors have no chunk in SQLite" in out
    assert "spotlight index --rebuild" in out


def test_a_reader_sees_a_new_generation_without_reopening(tmp_path: Path, spy: RecordingEmbedder):
    _briefs(tmp_path / "documents", 1)
    writer = _open(tmp_path, spy)
    writer.sync()
    reader = _open(tmp_path, spy)  # like the web page in another process
    sentence = next(iter(brief_spec(3)[1]))
    assert reader.ask(sentence, k=1).quotes[0].citation.path == "brief-0.pdf"
    write_brief_pdf(tmp_path / "documents" / "brief-3.pdf", brief_spec(3)[0])
    writer.sync()
    assert reader.ask(sentence, k=1).quotes[0].citation.path == "brief-3.pdf"


def test_watched_folder_indexes_a_new_brief(tmp_path: Path, spy: RecordingEmbedder) -> None:
    (tmp_path / "documents").mkdir()
    assistant = _open(tmp_path, spy)
    stop, reports = threading.Event(), []
    thread = threading.Thread(
        target=watch, args=(assistant, stop, reports.append), kwargs={"quiet_seconds": 0.5}
    )
    thread.start()
    try:
        write_brief_pdf(tmp_path / "inbox.pdf", brief_spec(7)[0])
        shutil.copy(tmp_path / "inbox.pdf", tmp_path / "documents" / "arrived.pdf")
        sentence = next(iter(brief_spec(7)[1]))
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not assistant.documents():
            time.sleep(0.1)
        assert assistant.ask(sentence, k=1).quotes[0].citation.path == "arrived.pdf"
    finally:
        stop.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert any(report.added == ("arrived.pdf",) for report in reports)
