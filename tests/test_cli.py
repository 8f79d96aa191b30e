"""The spotlight command through main([...]): real files, a real index, the real model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.cli import main

from .conftest import KELLOGG_SENTENCE, SAMPLE_PDF


@pytest.fixture
def folders(tmp_path: Path) -> list[str]:
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents / SAMPLE_PDF.name)
    return ["--documents", str(documents), "--index", str(tmp_path / "index")]


def test_index_ask_search_status(folders: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*folders, "index"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("added 1, updated 0, removed 0")
    assert "warning: pism-spotlight-43-2025.pdf: the number No. 43/2025 says 2025" in out

    assert main([*folders, "ask", "Who received Kellogg in Minsk?", "-k", "2"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"1. \u201c{KELLOGG_SENTENCE}\u201d"
    assert out.splitlines()[1] == (
        "   \u2014 U.S. Special Envoy Kellogg Visits Belarus (PISM Spotlight No. 43/2025, "
        "23 June 2024, Anna Maria Dynier), p. 1"
    )

    assert main([*folders, "ask", "Who received Kellogg in Minsk?", "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["found"] is True
    assert answer["quotes"][0]["citation"]["number"] == "43/2025"

    assert main([*folders, "search", "political prisoners released", "--json"]) == 0
    passages = json.loads(capsys.readouterr().out)
    assert len(passages) == 8, "the sample brief has eight chunks, and k=10 returns them all"
    assert passages[0]["score"] >= passages[-1]["score"]

    assert main([*folders, "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["documents"], status["passages"]) == (1, 8)

    assert main([*folders, "index"]) == 0
    assert capsys.readouterr().out.startswith("added 0, updated 0, removed 0, moved 0, unchanged 1")


def test_nothing_found_is_said_plainly(
    folders: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*folders, "index"]) == 0
    capsys.readouterr()
    assert main([*folders, "ask", "What is the recipe for apple pie?"]) == 0
    assert capsys.readouterr().out.strip() == "Nothing in the collection answers this question."


def test_user_errors_print_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = ["--documents", str(tmp_path / "nowhere"), "--index", str(tmp_path / "index")]
    assert main([*missing, "index"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: documents folder") and "nowhere" in err
    assert "Traceback" not in err

    assert main([*missing, "ask", "?!"]) == 1
    assert capsys.readouterr().err == "error: type a question with at least one word\n"


def test_rebuild_after_a_model_change(
    folders: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main([*folders, "index"]) == 0
    monkeypatch.setenv("SPOTLIGHT_CHUNK_TOKENS", "100")
    assert main([*folders, "status"]) == 1
    assert "spotlight index --rebuild" in capsys.readouterr().err
    assert main([*folders, "index", "--rebuild"]) == 0
    assert capsys.readouterr().out.startswith("added 1,")
