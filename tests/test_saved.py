"""Saved questions (per login, in the index's SQLite, across restarts and re-syncs), what is
new on them, `spotlight saved --json`, and the `--log-queries` audit trail."""

from __future__ import annotations

import json
import logging
import shutil
import time
from pathlib import Path

import pytest

from assistant import Assistant, QueryLog, QuestionError, Settings
from assistant.cli import main

from .conftest import KELLOGG_SENTENCE, SAMPLE_PDF

QUESTION = "Who received Kellogg in Minsk?"
NEW_BRIEF = (
    "Kellogg Returns\n\nJan Kowalski\n\nIn October Keith Kellogg was received in Minsk again, "
    "this time by the foreign minister.\n"
)


def _library(make_assistant) -> Assistant:
    assistant = make_assistant()
    shutil.copy(SAMPLE_PDF, assistant.settings.documents_dir)
    assistant.sync()
    return assistant


def test_saved_questions_are_per_login_and_survive_restart_and_resync(
    make_assistant, embedder
) -> None:
    assistant = _library(make_assistant)
    first = assistant.save_question(f"  {QUESTION} ")
    assert first.question == QUESTION and first.user == "", "whitespace collapsed; shared list"
    assert assistant.save_question(QUESTION).id == first.id, "saving twice keeps one"
    mine = assistant.save_question("What about sanctions?", user="analyst")
    assert [q.question for q in assistant.saved_questions()] == [QUESTION]
    assert [q.question for q in assistant.saved_questions("analyst")] == ["What about sanctions?"]
    assert len(assistant.saved_questions(None)) == 2, "None: every login's, for export"

    assistant.sync()  # a re-sync keeps them
    settings = assistant.settings
    assistant.close()
    reopened = Assistant.open(settings, embedder=embedder)  # a restart keeps them
    try:
        assert [q.id for q in reopened.saved_questions(None)] == [first.id, mine.id]
        with pytest.raises(QuestionError, match=r"^saved question 99: none of yours has this id"):
            reopened.forget_question(99)
        with pytest.raises(QuestionError, match=r"^saved question .*: none of yours"):
            reopened.forget_question(mine.id)  # the shared list cannot drop analyst's
        reopened.forget_question(mine.id, user="analyst")
        assert reopened.saved_questions("analyst") == ()
        with pytest.raises(QuestionError, match=r"^type a question with at least one word"):
            reopened.save_question(" ?! ")
    finally:
        reopened.close()


def test_news_are_quotes_from_briefs_indexed_since_the_last_look(make_assistant) -> None:
    assistant = _library(make_assistant)
    assistant.save_question(QUESTION)
    (news,) = assistant.news()
    assert news.briefs == () and news.answer.found is False, "nothing indexed since the save"

    time.sleep(1.1)  # indexing is stamped to the second: the new brief is a second later
    (assistant.settings.documents_dir / "kellogg-returns.txt").write_text(NEW_BRIEF, "utf-8")
    assistant.sync()
    (news,) = assistant.news(mark_seen=True)
    assert news.briefs == ("kellogg-returns.txt",)
    paths = {q.citation.path for q in news.answer.quotes}
    assert paths == {"kellogg-returns.txt"}, "only briefs indexed since the last look are quoted"
    assert news.answer.quotes[0].text.startswith("In October Keith Kellogg was received in Minsk")
    assert KELLOGG_SENTENCE not in {q.text for q in news.answer.quotes}
    (after,) = assistant.news()
    assert after.briefs == (), "marked as seen: nothing is new any more"


def test_spotlight_saved_json_exports_every_login(make_assistant, capsys) -> None:
    assistant = _library(make_assistant)
    assistant.save_question(QUESTION)
    assistant.save_question("What about sanctions?", user="analyst")
    settings = assistant.settings
    assistant.close()
    arguments = ["--documents", str(settings.documents_dir), "--index", str(settings.index_dir)]
    assert main([*arguments, "saved", "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert [(q["user"], q["question"]) for q in exported] == [
        ("", QUESTION),
        ("analyst", "What about sanctions?"),
    ]
    assert set(exported[0]) == {"id", "user", "question", "created", "seen"}
    assert main([*arguments, "saved", "--user", "analyst"]) == 0
    assert capsys.readouterr().out.startswith("2. What about sanctions? (by analyst, saved ")


def test_log_queries_appends_one_json_line_per_question(
    sample_assistant: Assistant, tmp_path: Path, caplog
) -> None:
    log = QueryLog(tmp_path / "queries.jsonl")
    answer = sample_assistant.ask(QUESTION, k=1)
    assert log.record("analyst", QUESTION, None, answer) is True
    assert log.record("", "apple pie?", None, sample_assistant.ask("apple pie recipe?")) is True
    lines = [json.loads(line) for line in log.path.read_text("utf-8").splitlines()]
    assert [line["user"] for line in lines] == ["analyst", ""]
    assert lines[0]["cited"] == [{"path": SAMPLE_PDF.name, "number": "43/2025", "page": "1"}], (
        "the cited briefs and pages"
    )
    assert lines[0]["filters"]["since"] == "" and lines[1]["found"] is False
    assert lines[0]["time"].endswith("+00:00")

    blocked = QueryLog(tmp_path / "missing-folder" / "queries.jsonl")
    with caplog.at_level(logging.WARNING):
        assert blocked.record("", QUESTION, None, answer) is False, "a warning, not an error"
    assert "cannot append to the query log" in caplog.text and blocked.failures == 1


def test_cli_logs_the_question_and_still_answers_when_it_cannot(
    sample_assistant: Assistant, tmp_path: Path, capsys
) -> None:
    settings: Settings = sample_assistant.settings
    arguments = ["--documents", str(settings.documents_dir), "--index", str(settings.index_dir)]
    logged = tmp_path / "q.jsonl"
    assert main([*arguments, "--log-queries", str(logged), "ask", QUESTION, "-k", "1"]) == 0
    assert json.loads(logged.read_text("utf-8"))["question"] == QUESTION
    unwritable = tmp_path / "nowhere" / "q.jsonl"
    assert main([*arguments, "--log-queries", str(unwritable), "ask", QUESTION, "-k", "1"]) == 0
    assert KELLOGG_SENTENCE in capsys.readouterr().out, "the answer comes all the same"


def test_news_cards_are_escaped_and_have_no_show_on_page_button() -> None:
    from assistant import Answer, Citation, News, Quote, SavedQuestion
    from ui.news_view import news_html

    citation = Citation("Drill", "Document", "", "", ("Kadri Tamm",), "1", "drill.txt")
    quote = Quote("Estonia held its <b>drill</b>.", citation, 0.9)
    saved = SavedQuestion(1, "", "Where did Estonia <hold> it?", "2026-12-02T05:00:00+00:00", "")
    html = news_html((News(saved, Answer(saved.question, (quote,), True), ("drill.txt",)),))
    assert "Where did Estonia &lt;hold&gt; it?" in html and "&lt;b&gt;drill&lt;/b&gt;" in html
    assert "show-page" not in html, "its button would open a quote of the answer above instead"
    assert "<mark>Estonia</mark>" in html
