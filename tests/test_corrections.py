"""Staff corrections and per-field sources: the sidecar is written, only that brief re-read."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from assistant.errors import DocumentError
from tests.conftest import SAMPLE_PDF
from tests.pdf_factory import good_pdf


@pytest.fixture
def library(make_assistant, tmp_path: Path):
    documents = tmp_path / "documents"
    documents.mkdir()
    shutil.copy(SAMPLE_PDF, documents / SAMPLE_PDF.name)
    good_pdf(documents / "good.pdf")
    assistant = make_assistant(documents)
    assert set(assistant.sync().added) == {SAMPLE_PDF.name, "good.pdf"}
    return assistant


def test_sources_say_where_each_field_came_from(library) -> None:
    sample = {d.path: d for d in library.documents()}[SAMPLE_PDF.name]
    assert dict(sample.sources) == {
        "title": "front page",
        "series": "front page",
        "date": "front page",
        "authors": "front page",
    }
    assert sample.ocr_pages == (), "the sample has a text layer on every page"


def test_a_correction_writes_the_sidecar_and_rereads_that_brief_only(library) -> None:
    report = library.correct(SAMPLE_PDF.name, "title", "Kellogg in Minsk")
    assert report.updated == (SAMPLE_PDF.name,) and report.unchanged == ("good.pdf",), report
    sidecar = library.settings.documents_dir / f"{SAMPLE_PDF.name}.meta.json"
    assert json.loads(sidecar.read_text(encoding="utf-8")) == {"title": "Kellogg in Minsk"}
    sample = {d.path: d for d in library.documents()}[SAMPLE_PDF.name]
    assert sample.title == "Kellogg in Minsk"
    assert dict(sample.sources)["title"] == "sidecar" and dict(sample.sources)["date"] == (
        "front page"
    )
    # A second field joins the first in the same sidecar.
    library.correct(SAMPLE_PDF.name, "authors", "A. M. Dynier")
    assert json.loads(sidecar.read_text(encoding="utf-8")) == {
        "title": "Kellogg in Minsk",
        "authors": "A. M. Dynier",
    }


def test_a_bad_correction_names_the_field_and_writes_nothing(library) -> None:
    with pytest.raises(DocumentError, match=r"field 'date' is 'soon'"):
        library.correct(SAMPLE_PDF.name, "date", "soon")
    with pytest.raises(DocumentError, match=r"unknown field 'colour'"):
        library.correct(SAMPLE_PDF.name, "colour", "red")
    with pytest.raises(DocumentError, match=r"missing.pdf: not an indexed brief"):
        library.correct("missing.pdf", "title", "X")
    assert not (library.settings.documents_dir / f"{SAMPLE_PDF.name}.meta.json").exists()


def test_quotes_carry_their_boxes_across_a_page_break(library) -> None:
    sentence = (
        "It is also a return to the policy of the first Trump administration, which viewed "
        "Belarus as an important regional player, including in the security dimension, and "
        "sought to strengthen its position vis-à-vis Russia through good contacts with the "
        "Belarusian authorities."
    )
    quote = library.ask(sentence, k=1).quotes[0]
    assert quote.text == sentence
    pages = [box[0] for box in quote.boxes]
    assert pages[0] == 1 and pages[-1] == 2, f"the sentence runs from page 1 to 2: {pages}"
    for _page, x0, y0, x1, y1 in quote.boxes:
        assert 0 <= x0 < x1 <= 595.3 and 0 <= y0 < y1 <= 841.9, "inside an A4 page, in points"
    # The last line piece ends where the sentence does, before the page's next words.
    assert quote.boxes[-1][3] < 540
