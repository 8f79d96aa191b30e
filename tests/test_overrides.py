"""Metadata a person gives (a .meta.json sidecar, Markdown front matter) wins over parsing,
and every wrong field is an error naming the file and the field."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.pdf_factory import GOOD, good_pdf

BODY = "# Notes on Łódź\n\nMaria Nowak\n\nThe textile exports of Łódź grew in 2024.\n"


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_sidecar_overrides_parsed_fields_and_a_change_reindexes(make_assistant, tmp_path):
    documents = tmp_path / "documents"
    good_pdf(documents / "good.pdf")
    assistant = make_assistant(documents)
    assistant.sync()
    assert assistant.documents()[0].title == "Grain Corridors After the War"
    sidecar = _write(
        documents / "good.pdf.meta.json",
        json.dumps(
            {
                "title": "Grain Corridors",
                "authors": "A. Kowalska and B. Nowak",
                "date": "2025-03-04",
                "number": "No. 8/2025",
                "language": "en",
            }
        ),
    )
    report = assistant.sync()
    assert report.updated == ("good.pdf",) and report.skipped == ()
    document = assistant.documents()[0]
    assert (document.title, document.authors, document.date, document.number) == (
        "Grain Corridors",
        ("A. Kowalska", "B. Nowak"),
        "2025-03-04",
        "8/2025",
    )
    quote = assistant.ask("grain corridors Vilnius").quotes[0]
    assert quote.text == GOOD
    assert str(quote.citation).startswith("Grain Corridors (PISM Spotlight No. 8/2025, 4 March")
    os.remove(sidecar)
    assert assistant.sync().updated == ("good.pdf",)
    assert assistant.documents()[0].title == "Grain Corridors After the War"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"titel": "x"}, "good.pdf.meta.json: unknown field 'titel'; the fields are title,"),
        ({"date": "soon"}, "good.pdf.meta.json: field 'date' is 'soon'; expected a date"),
        ({"authors": [1, 2]}, "good.pdf.meta.json: field 'authors' is [1, 2]; expected a list"),
        ({"number": "43"}, "good.pdf.meta.json: field 'number' is '43'; expected a number"),
        ({"language": "English"}, "good.pdf.meta.json: field 'language' is 'English'"),
        ({"title": ""}, "good.pdf.meta.json: field 'title' is ''; expected a non-empty string"),
    ],
)
def test_bad_sidecar_fields_are_named(fields, message) -> None:
    """The validator on literal fields: no PDF, no model, no sync."""
    from assistant.errors import DocumentError
    from assistant.metadata import Metadata, apply_overrides

    with pytest.raises(DocumentError) as caught:
        apply_overrides(Metadata("Parsed title"), fields, "good.pdf.meta.json")
    assert str(caught.value).startswith(message), str(caught.value)


def test_a_bad_sidecar_keeps_the_indexed_version(make_assistant, tmp_path) -> None:
    documents = tmp_path / "documents"
    good_pdf(documents / "good.pdf")
    assistant = make_assistant(documents)
    assistant.sync()
    _write(documents / "good.pdf.meta.json", json.dumps({"date": "soon"}))
    report = assistant.sync()
    assert report.failed == (
        (
            "good.pdf",
            "good.pdf.meta.json: field 'date' is 'soon'; expected a date such as "
            '"2024-06-23" or "23 June 2024"',
        ),
    )
    # The version indexed before the bad sidecar still answers, with its parsed title.
    assert assistant.documents()[0].title == "Grain Corridors After the War"


def test_sidecar_that_is_not_json_and_sidecar_without_brief(make_assistant, tmp_path) -> None:
    documents = tmp_path / "documents"
    good_pdf(documents / "good.pdf")
    _write(documents / "good.pdf.meta.json", '{"title": "x",\n oops}')
    _write(documents / "gone.pdf.meta.json", "{}")
    report = make_assistant(documents).sync()
    assert report.failed == (
        (
            "good.pdf",
            "good.pdf.meta.json: invalid JSON at line 2: "
            "Expecting property name enclosed in double quotes",
        ),
    )
    assert report.skipped == (("gone.pdf.meta.json", "metadata for gone.pdf, which is not here"),)


def test_markdown_front_matter_and_language(make_assistant, tmp_path) -> None:
    documents = tmp_path / "documents"
    front = "---\ntitle: Łódź Textiles\nseries: PISM Bulletin\nnumber: 12/2024\n"
    _write(documents / "lodz.md", front + "date: 2024-05-02\nauthors: [Maria Nowak]\n---\n" + BODY)
    _write(
        documents / "polski.txt",
        "Eksport tekstyliów z Łodzi\n\nEksport tekstyliów z Łodzi wzrósł w 2024 roku, a "
        "miasto przyciągnęło nowych inwestorów z Niemiec i Włoch.\n",
    )
    _write(documents / "broken.md", "---\ntitle: [unclosed\n---\nText.\n")
    assistant = make_assistant(documents)
    report = assistant.sync()
    assert report.failed[0][0] == "broken.md"
    assert report.failed[0][1].startswith("front matter is not valid YAML")
    by_path = {d.path: d for d in assistant.documents()}
    lodz = by_path["lodz.md"]
    assert (lodz.title, lodz.series, lodz.number, lodz.date, lodz.authors, lodz.language) == (
        "Łódź Textiles",
        "PISM Bulletin",
        "12/2024",
        "2024-05-02",
        ("Maria Nowak",),
        "en",
    )
    assert by_path["polski.txt"].language == "pl"
    assert assistant.ask("Lodz textile exports").quotes[0].text == (
        "The textile exports of Łódź grew in 2024."
    )
