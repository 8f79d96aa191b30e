"""The facade's verbs do their one job, and the bugs found by reading stay fixed: the writer
lock across processes (and for a rebuild), k checked, a removed brief uploaded back, a bad
model folder named, the sentence cache under threads, the page's exports bounded."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant import (
    Answer,
    Assistant,
    IndexBusyError,
    ModelLoadError,
    QuestionError,
    Settings,
)
from assistant.cli import main
from assistant.embed import Embedder
from tests.conftest import KELLOGG_SENTENCE, SAMPLE_PDF

HOLD_LOCK = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from assistant.store import exclusive\n"
    "with exclusive(Path(sys.argv[1])):\n"
    "    print('locked', flush=True)\n"
    "    time.sleep(60)\n"
)


@pytest.fixture
def indexed(make_assistant, tmp_path: Path) -> Assistant:
    shutil.copy(SAMPLE_PDF, tmp_path / "documents.tmp")
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.move(tmp_path / "documents.tmp", documents / SAMPLE_PDF.name)
    assistant = make_assistant(documents)
    assert assistant.sync().added == (SAMPLE_PDF.name,)
    return assistant


def test_a_second_process_writing_is_refused_and_a_rebuild_waits_for_the_lock(
    indexed: Assistant, embedder: Embedder
) -> None:
    index = indexed.settings.index_dir
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(index)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexBusyError, match=rf"another process \(pid {holder.pid}\)"):
            indexed.sync()
        with pytest.raises(IndexBusyError, match="wait for it to finish"):
            Assistant.open(indexed.settings, embedder=embedder, rebuild=True)
        assert (index / "chunks.sqlite").is_file(), "a refused rebuild deletes nothing"
        assert indexed.ask("Who received Kellogg in Minsk?").quotes[0].text == KELLOGG_SENTENCE
    finally:
        holder.kill()
        holder.wait()
    assert indexed.sync().unchanged == (SAMPLE_PDF.name,), "the lock dies with its process"


def test_rebuild_embeds_everything_again_under_the_lock(indexed: Assistant) -> None:
    report = indexed.rebuild()
    assert report.added == (SAMPLE_PDF.name,)
    assert indexed.check() == ()
    assert indexed.ask("Who received Kellogg in Minsk?").quotes[0].text == KELLOGG_SENTENCE


@pytest.mark.parametrize("k", [0, -2, 10_001])
def test_k_out_of_range_is_a_question_error(indexed: Assistant, k: int) -> None:
    with pytest.raises(QuestionError, match=rf"k: ask for 1 to 10000 results, got {k}"):
        indexed.ask("Who received Kellogg in Minsk?", k=k)
    with pytest.raises(QuestionError, match="k: ask for"):
        indexed.search("Kellogg", k=k)


def test_the_cli_refuses_a_negative_k(indexed: Assistant, capsys) -> None:
    settings = indexed.settings
    folders = ["--documents", str(settings.documents_dir), "--index", str(settings.index_dir)]
    assert main([*folders, "ask", "Who received Kellogg in Minsk?", "-k", "-2"]) == 1
    assert capsys.readouterr().err == "error: k: ask for 1 to 10000 results, got -2\n"


def test_a_removed_brief_comes_back_through_the_page_upload(indexed: Assistant) -> None:
    from ui.actions import upload

    assert indexed.remove(SAMPLE_PDF.name).removed == (SAMPLE_PDF.name,)
    assert indexed.sync().skipped[0][0] == SAMPLE_PDF.name, "the kept file stays out"
    report = upload(indexed, [str(SAMPLE_PDF)])
    assert report.added == (SAMPLE_PDF.name,) and report.failed == ()
    assert indexed.ask("Who received Kellogg in Minsk?").quotes[0].text == KELLOGG_SENTENCE


def test_a_bad_model_folder_is_named_in_the_error(tmp_path: Path) -> None:
    folder = tmp_path / "no-model-here"
    folder.mkdir()
    with pytest.raises(ModelLoadError, match=rf"cannot load the embedding model '{folder}'"):
        Embedder(str(folder)).encode(["anything"])


def test_an_unchanged_sync_does_not_load_the_model(indexed: Assistant, tmp_path: Path) -> None:
    settings = indexed.settings
    fresh = Embedder(settings.model)  # a new Embedder: its model is loaded on first use only
    reopened = Assistant.open(settings, embedder=fresh)
    assert reopened.sync().unchanged == (SAMPLE_PDF.name,)
    assert "model" not in fresh.__dict__, "nothing to embed, so no model was needed"
    reopened.close()


def test_the_sentence_cache_is_safe_under_threads(embedder: Embedder, monkeypatch) -> None:
    import assistant.embed as embed

    monkeypatch.setattr(embed, "SENTENCE_CACHE_SIZE", 8)  # evicting all the time
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for round_ in range(15):
                texts = [f"sentence {offset * 100 + round_ * 3 + n}" for n in range(6)]
                assert embedder.encode_cached(texts).shape == (6, 384)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_the_page_keeps_a_bounded_number_of_exports(tmp_path: Path) -> None:
    from ui.app import EXPORTS_KEPT, _export

    for n in range(EXPORTS_KEPT + 10):
        _export(Answer(f"Question {n}?", (), False), tmp_path)
    assert len(list(tmp_path.glob("answer-*.md"))) == EXPORTS_KEPT


def test_settings_are_read_only_on_an_open_assistant(indexed: Assistant) -> None:
    with pytest.raises(AttributeError):
        indexed.settings = Settings()  # type: ignore[misc]


@pytest.mark.parametrize("scorer", ["similarity", "learned"])
def test_an_empty_index_answers_that_nothing_answers(
    embedder: Embedder, tmp_path: Path, scorer: str
) -> None:
    (tmp_path / "documents").mkdir()
    settings = Settings(
        documents_dir=tmp_path / "documents", index_dir=tmp_path / "index", answer_scorer=scorer
    )
    assistant = Assistant.open(settings, embedder=embedder)
    answer = assistant.ask("Who received Kellogg in Minsk?")
    assert (answer.found, answer.quotes) == (False, ())
    assistant.close()
