"""Ingestion of generated Spotlight PDFs, read as a careful reader would.

Ten generated briefs (one to three pages, one to three authors with diacritics, running headers
and footers, page numbers, hyphenated line ends, ligatures, sentences across page breaks):
exact metadata, no header or footer string in any chunk, and every quote on its right page.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from assistant import Assistant
from tests.pdf_factory import (
    HEADER,
    MONTHS_FULL,
    brief_spec,
    write_brief_pdf,
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory, embedder) -> tuple[Assistant, list]:
    folder = tmp_path_factory.mktemp("generated")
    documents = folder / "documents"
    briefs = []
    for index in range(10):
        spec, expected = brief_spec(index)
        name = f"spotlight-{index + 1:02d}-2025.pdf"
        write_brief_pdf(documents / name, spec)
        briefs.append((name, spec, expected))
    from assistant import Settings

    assistant = Assistant.open(
        Settings(documents_dir=documents, index_dir=folder / "index"), embedder=embedder
    )
    report = assistant.sync()
    assert len(report.added) == 10 and not report.failed, report
    yield assistant, briefs
    assistant.close()


def test_metadata_is_exact(generated) -> None:
    assistant, briefs = generated
    by_path = {d.path: d for d in assistant.documents()}
    for name, spec, _ in briefs:
        document = by_path[name]
        day, month, year = spec.date_line.split()
        month_number = [m.lower() for m in MONTHS_FULL].index(month.lower()) + 1
        assert (document.title, document.series, document.number) == (
            spec.title,
            "PISM Spotlight",
            spec.number,
        )
        assert document.date == f"{year}-{month_number:02d}-{int(day):02d}"
        assert document.authors == spec.authors
        assert document.language == "en"
        assert document.pages == len(spec.pages)


def test_no_header_footer_or_page_number_inside_any_chunk(generated) -> None:
    assistant, _ = generated
    passages = assistant.search("delegation consultations ministers", k=10_000)
    assert len({p.document.path for p in passages}) == 10
    for passage in passages:
        text = passage.chunk.text
        assert HEADER not in text and "pism.pl" not in text and "Instytut" not in text
        assert "© PISM" not in text and "INTERNATIONAL AFFAIRS" not in text
        # Hyphenated line ends are joined; real compounds would keep their hyphen.
        assert "consul-" not in text and "dele-" not in text
        assert "\ufb01" not in text  # the ﬁ ligature became "fi"
        assert not re.search(r"(?<![\w/])\d(?![\w/])", text.replace("(part ", "")), text


def test_every_quote_is_verbatim_on_its_page(generated) -> None:
    assistant, briefs = generated
    checked = 0
    for name, _, expected in briefs:
        for sentence, page in expected.items():
            wanted = sentence.replace("ﬁ", "fi")
            answer = assistant.ask(wanted, k=1)
            top = answer.quotes[0]
            assert top.text.startswith(wanted) or top.text.endswith(wanted), top.text
            assert top.citation.path == name
            # A neighbouring sentence may join the quote; then its page joins the citation.
            assert top.citation.page == page or (
                top.text != wanted and page in top.citation.page.split("-")
            )
            checked += 1
    assert checked == 2 * 19 + 6  # two sentences on each of 19 pages, six across a break


def test_sections_are_the_question_headings(generated) -> None:
    assistant, _ = generated
    answer = assistant.ask("In meeting 20 the delegation in Kraków discussed energy", k=1)
    assert answer.quotes[0].section == "What did Poland decide on energy financing (part 2)?"


def test_printed_page_labels_are_cited(make_assistant, tmp_path: Path) -> None:
    spec, expected = brief_spec(1)  # two pages
    spec = dataclasses.replace(spec, page_label_start=7)
    write_brief_pdf(tmp_path / "documents" / "labelled.pdf", spec)
    assistant = make_assistant()
    assistant.sync()
    labels = {"1": "7", "2": "8", "1-2": "7-8"}
    for sentence, page in expected.items():
        top = assistant.ask(sentence.replace("ﬁ", "fi"), k=1).quotes[0]
        assert top.citation.page == labels[page]
        if page == "1-2":
            assert str(top.citation).endswith("Agnieszka Łęcka), pp. 7-8") or str(
                top.citation
            ).endswith("Łukasz Ściężyński), pp. 7-8")


def test_contradicting_number_and_date_are_kept_and_flagged(make_assistant, tmp_path) -> None:
    spec, _ = brief_spec(0)
    spec = dataclasses.replace(spec, number="43/2025", date_line="23 JUNE 2024")
    write_brief_pdf(tmp_path / "documents" / "odd.pdf", spec)
    report = make_assistant().sync()
    assert report.warnings == (
        "odd.pdf: the number No. 43/2025 says 2025 but the date says 2024-06-23; "
        "both kept as printed",
    )
