"""Briefs printed by a real browser (headless Chromium's --print-to-pdf, tests/browser_pdfs.py):
cited as printed, their text whole (a letter-spaced word one word, note numbers out of the
sentences, the endnotes notes), and their sentences quoted intact."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.embed import Embedder
from assistant.library import load
from assistant.read import read_file
from assistant.records import Filters
from assistant.settings import Settings
from assistant.sync import parse_document
from tests.browser_pdfs import BRIEFS, NEEDS_CHROMIUM, print_pdf

pytestmark = NEEDS_CHROMIUM


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("printed")
    return {name: print_pdf(folder, name) for name in BRIEFS}


@pytest.mark.parametrize("name", sorted(BRIEFS))
def test_a_printed_brief_is_cited_as_printed(
    printed: dict[str, Path], embedder: Embedder, name: str
) -> None:
    path = printed[name]
    source = load(path, path.name, path.stat().st_size, path.stat().st_mtime)
    document, *_ = parse_document(source, Settings(), embedder)
    assert (document.title, document.authors, document.date) == BRIEFS[name][1]
    assert dict(document.sources)["title"] == "front page"  # not the <title> in the header


def test_letter_spacing_and_raised_note_numbers_leave_the_words_whole(
    printed: dict[str, Path], embedder: Embedder
) -> None:
    path = printed["commentary"]
    raw = read_file(path.name, path.read_bytes(), "none")
    assert raw.pages[0][0].text == "COMMENTARY"  # PDFium's text: "C O M M E N TARY"
    source = load(path, path.name, path.stat().st_size, path.stat().st_mtime)
    document, clean, _, _ = parse_document(source, Settings(), embedder)
    assert document.series == "Commentary"
    # The <sup> runs: PDFium broke its line before each, and "1 The switch" had opened a line.
    assert "with the continental European network. The switch had been planned" in clean.text
    assert "were damaged by ship anchors in 2023 and 2024.\n" in clean.text
    sentences = {clean.text[a:b]: a for a, b in clean.sentences}
    note = next(a for text, a in sentences.items() if "ENTSO-E" in text)
    assert clean.note_at(note) == "1"
    assert (
        "Two of them, Estlink 2 and Balticconnector, were damaged by ship anchors in 2023 "
        "and 2024." in sentences
    )


@pytest.mark.parametrize(
    ("name", "front"),
    [
        ("pipe", ("Anna Kowalska | Senior Fellow", "Published 12.06.2024")),
        ("edited", ("Edited by", "Riga, March 2025")),
        ("czech", ("Warszawa, 15 stycznia 2025 r.",)),  # under a series block's byline
        ("brigade", ("Hannah Becker", "Berlin, 3 November 2024")),
    ],
)
def test_front_matter_is_no_body_text(
    printed: dict[str, Path], embedder: Embedder, name: str, front: tuple[str, ...]
) -> None:
    path = printed[name]
    source = load(path, path.name, path.stat().st_size, path.stat().st_mtime)
    _, clean, _, _ = parse_document(source, Settings(), embedder)
    assert not [line for line in front if line in clean.text]  # it ran into the first sentence


def test_a_number_after_ok_stays_in_its_sentence(
    printed: dict[str, Path], embedder: Embedder
) -> None:
    path = printed["pl_biuletyn_ismis"]
    source = load(path, path.name, path.stat().st_size, path.stat().st_mtime)
    _, clean, _, _ = parse_document(source, Settings(), embedder)
    sentences = [clean.text[a:b] for a, b in clean.sentences]
    assert (  # syntok had cut it after the Polish "ok." (about)
        "W kwietniu i maju 2025 r. wzięło w nich udział ok. 14 tys. żołnierzy z USA, Filipin, "
        "Australii i Japonii, a po raz pierwszy ćwiczono także obronę przed desantem na Batanes, "
        "najbliżej Tajwanu położonej części archipelagu." in sentences
    )


@pytest.mark.parametrize(
    ("name", "series", "authors_from"),
    [
        ("moldova", ("Policy Brief", "12"), "front page"),  # "POLICY BRIEF | No. 12 | 4 March"
        ("finland", ("Document", ""), "front page"),  # "ANALYSIS 22 April 2025": 22 is a day
        ("estonia_bio", ("Commentary", ""), "page 1"),  # a closing note on the author
        ("bunkers_header", ("Policy Note", "17/2025"), "front page"),  # beside its byline
        ("serbia_handle", ("Commentary", ""), "front page"),  # "COMMENTARY · 21.05.2025"
        ("georgia_osw", ("Komentarze OSW", "612"), "front page"),  # "... | NUMER 612 | ..."
        ("kazakhstan_cover", ("Research Paper", ""), "front page"),  # no title on its own
        ("east_shield_table", ("Policy Paper", "4/2025"), "front page"),  # "Series | ..."
        ("armenia_header_row", ("Brief", "23"), "front page"),  # the publisher's cell apart
    ],
)
def test_series_numbers_and_where_the_authors_were_found(
    printed: dict[str, Path],
    embedder: Embedder,
    name: str,
    series: tuple[str, str],
    authors_from: str,
) -> None:
    path = printed[name]
    source = load(path, path.name, path.stat().st_size, path.stat().st_mtime)
    document, *_ = parse_document(source, Settings(), embedder)
    assert (document.series, document.number) == series
    assert dict(document.sources)["authors"] == authors_from


def test_a_printed_brief_is_quoted_and_cited(printed: dict[str, Path], make_assistant) -> None:
    folder = next(iter(printed.values())).parent
    assistant = make_assistant(folder)
    report = assistant.sync()
    assert sorted(report.added) == sorted(f"{name}.pdf" for name in BRIEFS), report
    # Asked of its own brief: with 181 briefs, several on the Baltic's cables ("A ship dragging
    # its anchor ... can cut a cable", "the Eagle S ... damaged Estlink 2") answer it as well.
    answer = assistant.ask(
        "Which cables were damaged by ship anchors?", filters=Filters(documents=("commentary.pdf",))
    )
    found = [q for q in answer.quotes[:1] if q.text.startswith("Two of them, Estlink 2")]
    assert found and found[0].text == (
        "Two of them, Estlink 2 and Balticconnector, were damaged by ship anchors in 2023 and 2024."
    )
    assert found[0].citation.title == "Why the Baltic Grid Needs a Backup Plan"
    answer = assistant.ask("Where should the states share training facilities?")
    assert answer.quotes[0].text == (
        "Second, they should share training facilities, starting with the range in Vidsel, Sweden."
    )
    assert answer.quotes[0].citation.page == "2"
    answer = assistant.ask("How many cables and pipelines were damaged between 2022 and 2024?")
    assert answer.quotes[0].text == (
        "Eleven cables and pipelines were damaged between 2022 and 2024."  # the sidebar's
    )
    answer = assistant.ask("When did Lithuania stop importing Russian gas?")
    assert answer.quotes[0].text == (  # its first letter set as a drop cap
        "Lithuania stopped importing Russian gas in April 2022, the first European country "
        "to do so."
    )
    answer = assistant.ask("How long does military service last in Latvia?")
    assert "Service lasts eleven months." in [q.text for q in answer.quotes[:3]]
    assert not any(q.text.startswith("by Nora Berg") for q in answer.quotes)  # no sentence
    answer = assistant.ask("Ile ma kosztować elektrownia jądrowa na Pomorzu?")
    assert "jądrowa na Pomorzu?" not in [q.text for q in answer.quotes]  # the title's line
    answer = assistant.ask("How many Council decisions did Hungary block?")
    assert answer.quotes[0].text == (  # not run into its numbered heading, "1. Introduction"
        "Hungary blocked or delayed at least 14 decisions of the EU Council on Russia and "
        "Ukraine between 2022 and 2024."
    )
    answer = assistant.ask("Ile Finlandia wydała na obronność w 2024 r.?")
    assert answer.quotes[0].text == (  # not cut after the abbreviation "proc."
        "W 2024 r. Finlandia przeznaczyła na obronność 2,4 proc. PKB."
    )
    answer = assistant.ask("How much will Estonia's bunkers cost?")
    assert answer.quotes[0].text == (  # the sum, before "about 600 concrete bunkers"
        "The bunkers will cost about 60 million euros."
    )
    answer = assistant.ask("How many countries financed the Czech ammunition initiative?")
    assert (  # a paragraph runs on from one column's foot into the next: "... the" / "Nether"
        "More than 15 countries financed the initiative, among them Denmark, the Netherlands "
        "and Canada." in [q.text for q in answer.quotes[:3]]
    )
    answer = assistant.ask("How many F-16s did Slovakia order?")
    assert answer.quotes[0].text.startswith(  # "F-16s" is the F-16, not "Poland ordered ..."
        "Slovakia signed a contract for 14 F-16 Block 70 fighters in 2018"
    )
    answer = assistant.ask("How much will Poland spend on the East Shield?")
    assert any(  # the sentence naming the programme takes in the next one, with the sum
        "The government plans to spend about 10 billion zlotys on the programme" in q.text
        and q.text.startswith("The East Shield programme, announced in May 2024")
        for q in answer.quotes[:3]
    )
    answer = assistant.ask("Ile gazu rocznie ma przyjmować terminal FSRU?")
    assert answer.quotes[0].text == (
        "Pływający terminal FSRU w Zatoce Gdańskiej ma od 2027 r. przyjmować 6,1 mld m³ "
        "gazu rocznie."
    )
