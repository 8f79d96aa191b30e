"""Layouts of other publishers, generated (tests/layout_pdf.py) and read by the real reader:
two columns, a sidebar box, footnotes with raised markers, endnotes, headings by size and weight.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.clean import join_lines, strip_furniture_lines
from assistant.read import read_file
from assistant.records import CleanText
from tests import layout_pdf


def _clean(path: Path) -> CleanText:
    raw = read_file(path.name, path.read_bytes(), "none")
    return join_lines(strip_furniture_lines(raw.pages), raw.labels)


@pytest.mark.parametrize("order", ["rows", "columns"])
def test_two_columns_read_column_one_then_column_two(tmp_path: Path, order: str) -> None:
    sentences, crossing = layout_pdf.two_columns(tmp_path / "two.pdf", order)
    clean = _clean(tmp_path / "two.pdf")
    assert crossing in clean.text, "the sentence from the foot of column 1 goes on in column 2"
    assert clean.text == " ".join(sentences), (
        f"stream written by {order}: column 1 top to bottom, then column 2, one paragraph"
    )


@pytest.mark.parametrize("side", ["left", "right"])
@pytest.mark.parametrize("order", ["rows", "columns"])
def test_a_sidebar_is_read_after_the_body_beside_it(tmp_path: Path, side: str, order: str) -> None:
    body, box = layout_pdf.with_sidebar(tmp_path / "side.pdf", side, order)
    clean = _clean(tmp_path / "side.pdf")
    assert clean.text == " ".join(body) + "\n\n" + " ".join(box), (
        f"a box on the {side} (stream by {order}): body sentences whole, the box after them"
    )


def test_footnote_markers_leave_the_body_and_the_notes_are_numbered(tmp_path: Path) -> None:
    layout_pdf.footnotes(tmp_path / "foot.pdf")
    clean = _clean(tmp_path / "foot.pdf")
    text = clean.text
    body = "".join(layout_pdf.FOOTNOTED).replace("^1", "").replace("^2", "").strip()
    assert body in text, "the raised 1 and 2 leave 'Office.' and 'days.'"
    assert "Office.1" not in text and "days.2" not in text
    notes = []
    for number, note in layout_pdf.FOOTNOTES:
        start = text.index(f"\n\n{number} {note}") + 2
        notes.append((start, start + len(number) + 1 + len(note), number))
    assert clean.notes == tuple(notes), "each footnote is a note under its own number"
    (one, first), (two, second) = layout_pdf.FOOTNOTES
    assert text.endswith(f"{body}\n\n{one} {first}\n\n{two} {second}"), (
        "each note is a paragraph of its own after the body, a two-line note whole"
    )
    assert clean.note_at(text.index("The envoy met")) == "", "body text is in no note"
    assert clean.note_at(notes[1][0] + 5) == "2"


@pytest.mark.parametrize("heading", [True, False], ids=["notes heading", "small-type tail"])
def test_endnotes_are_notes_not_body(tmp_path: Path, heading: bool) -> None:
    body = layout_pdf.endnotes(tmp_path / "end.pdf", heading)
    clean = _clean(tmp_path / "end.pdf")
    text = clean.text
    notes = []
    for number, note in layout_pdf.ENDNOTES:
        start = text.index(f"{number}. {note}")
        notes.append((start, start + len(number) + 2 + len(note), number))
    assert clean.notes == tuple(notes), "the entries after the body are notes 1, 2 and 3"
    for sentence in body:
        assert sentence in text and clean.note_at(text.index(sentence)) == "", sentence
    assert "end of the year.\n\n" in text, "the raised 1 after the last sentence leaves it"


def test_an_unnumbered_source_note_is_a_note(tmp_path: Path) -> None:
    """A "Sources:" list in small type (USITC's reference list was quoted as the answer to
    "How many electric vehicles did China export?") is a note, and the body around it is not."""
    body = layout_pdf.source_note(tmp_path / "sources.pdf")
    clean = _clean(tmp_path / "sources.pdf")
    text = clean.text
    start = text.index(layout_pdf.SOURCE_NOTE)
    assert clean.notes == ((start, start + len(layout_pdf.SOURCE_NOTE), "*"),)
    for sentence in body:
        assert sentence in text and clean.note_at(text.index(sentence)) == "", sentence


def test_text_set_across_the_lines_is_no_prose(tmp_path: Path) -> None:
    """A vertical axis label comes out of PDFium one letter a line: USITC's chart read
    "2018 2019 ... 2023 h o u s a n d s o f u n i t s" in the clean text."""
    body = layout_pdf.axis_label(tmp_path / "chart.pdf")
    text = _clean(tmp_path / "chart.pdf").text
    assert text.split("\n\n")[0] == " ".join(body)
    assert "2018 2019 2020 2021 2022 2023" in text
    assert "h o u s" not in text and "Thousands" not in text, text


def test_a_hyphen_pdfium_joins_at_a_line_end_is_judged_by_the_briefs_words(
    tmp_path: Path,
) -> None:
    """PDFium joins "second-" / "largest" itself (U+FFFE, not a line break): the USITC brief's
    "second-largest" came out "secondlargest", a word it never prints."""
    lines = [
        "China has been the second-",
        "largest exporter of cars since the inter-",
        "national rules changed, and international trade grew.",
    ]
    path = layout_pdf.write_layout_pdf(
        tmp_path / "hyphens.pdf", [layout_pdf.column(lines, layout_pdf.LEFT_MM, layout_pdf.TOP_MM)]
    )
    assert _clean(path).text == (
        "China has been the second-largest exporter of cars since the international rules "
        "changed, and international trade grew."
    ), "'international' is printed elsewhere, 'secondlargest' is not"


def test_headings_by_size_and_weight_stand_apart_whole(tmp_path: Path) -> None:
    openings, _ = layout_pdf.headings(tmp_path / "head.pdf")
    clean = _clean(tmp_path / "head.pdf")
    text = clean.text
    found = [text[start:end] for start, end in clean.headings]
    assert found == [layout_pdf.LARGE_HEADING, layout_pdf.BOLD_HEADING], (
        "a 14-point heading and a bold one, each printed on two lines, are one heading each"
    )
    assert f".\n\n{layout_pdf.LARGE_HEADING}\n\n{openings[0]}" in text
    assert f".\n\n{layout_pdf.BOLD_HEADING}\n\n{openings[1]}" in text, (
        "the heading's last line is never glued to the sentence under it"
    )


def test_a_note_is_quoted_only_when_the_body_has_no_answer(make_assistant, tmp_path: Path) -> None:
    from assistant.quote import sentence_scores

    layout_pdf.noted_brief(tmp_path / "documents" / "noted.pdf")
    assistant = make_assistant()
    assistant.sync()
    body = layout_pdf.NOTED_BODY.split(".^1")[0] + "."
    question = "When will the second gas pipeline between Poland and Lithuania be built?"
    asked, sentences, cosines, _ = assistant.candidates(question, 3)
    values = sentence_scores(asked, sentences, cosines)
    scores = dict(zip((s.text for s in sentences), values, strict=True))
    note = f"1 {layout_pdf.NOTED_NOTES[0][1]}"
    assert scores[note] > scores[body], "the premise: note 1 is more similar than the answer"
    quotes = assistant.ask(question, k=3).quotes
    assert quotes[0].text == body and quotes[0].citation.note == ""
    assert all(not q.citation.note for q in quotes), "no note while the body answers"

    answer = assistant.ask("Who wrote the feasibility study?", k=3)
    number, text = layout_pdf.NOTED_NOTES[1]
    assert answer.found and answer.quotes[0].text == text, "only note 2 answers, without its 2"
    assert answer.quotes[0].citation.note == number
    assert str(answer.quotes[0].citation) == (f"{layout_pdf.NOTED_TITLE}, note 2, p. 1"), (
        "a quoted note is cited by its number"
    )


def test_a_long_bold_lead_sentence_is_body_not_a_heading() -> None:
    """A brief's key judgment set in bold at body size, running on into regular text (the
    ODNI assessment prints them so, 20 words a line): it stays a sentence to quote, while a
    short bold line at body size is still a heading."""
    from assistant.records import Line

    def line(text: str, bold: bool = False) -> Line:
        return Line(text, box=(72.0, 0.0, 540.0, 10.0), size=10.0, bold=bold)

    body = "The regime's campaign is meant to ensure the survival of the family rule."
    lead = (
        "Russia has been a catalyst for the evolving ties, especially as it grows more reliant on",
        "other countries for its objectives. Moscow has strengthened its military cooperation.",
    )
    page = [line(body), line(""), line("North Korea's Challenges", bold=True), line(""),
            line(body), line(""), line(lead[0], bold=True), line(lead[1], bold=True)]  # fmt: skip
    clean = join_lines([page], ("1",))
    assert [clean.text[a:b] for a, b in clean.headings] == ["North Korea's Challenges"]
    assert f"{lead[0]} {lead[1]}" in clean.text, "the lead sentence runs on as prose"
    # Twelve bold words are few enough for a heading, yet a line that runs on into regular
    # lower-case text is a sentence; a title in capitals above a lower-case date stays one.
    short = (
        "China is using complex, whole-of-government campaigns featuring coercive military",
        "operations short of war to assert its positions and strength against others.",
    )
    title = [line("RZECZYPOSPOLITEJ POLSKIEJ", bold=True), line("z dnia 2 kwietnia 1997 r.")]
    page = [line(body), line(""), line(short[0], bold=True), line(short[1]), line(""), *title,
            line(""), line(body)]  # fmt: skip
    clean = join_lines([page], ("1",))
    assert f"{short[0]} {short[1]}" in clean.text
    assert [clean.text[a:b] for a, b in clean.headings] == ["RZECZYPOSPOLITEJ POLSKIEJ"]


def test_headings_apart_stay_apart_one_set_on_two_lines_is_one() -> None:
    """The Indo-Pacific strategy prints its action plan's headings one under another with a
    gap between them; they had been joined into one section label. A heading set on two lines
    (no gap between them) is still one."""
    from assistant.records import Line

    def line(text: str, size: float = 10.0) -> Line:
        return Line(text, box=(72.0, 0.0, 540.0, 10.0), size=size)

    body = "The strategy names ten lines of effort for the next two years of work."
    page = [line(body), line(""), line("EXPAND U.S.-JAPAN-ROK COOPERATION", 14.0), line(""),
            line("SUPPORT GOOD GOVERNANCE", 14.0), line(""), line("Partner to Build", 14.0),
            line("Resilience in the Islands", 14.0), line(body), line(body)]  # fmt: skip
    clean = join_lines([page], ("1",))
    assert [clean.text[a:b] for a, b in clean.headings] == [
        "EXPAND U.S.-JAPAN-ROK COOPERATION",
        "SUPPORT GOOD GOVERNANCE",
        "Partner to Build Resilience in the Islands",
    ]


def test_a_line_in_display_type_is_a_heading_after_any_line() -> None:
    """The Indo-Pacific strategy's "CONCLUSION" (28 pt on 10 pt) opens a page after a small
    label with no full stop; it had been no heading. A line only somewhat larger after a line
    that ends no sentence is still no heading."""
    from assistant.records import Line

    def line(text: str, size: float = 10.0) -> Line:
        return Line(text, box=(72.0, 0.0, 540.0, 10.0), size=size)

    body = "The strategy names ten lines of effort for the next two years of work."
    first = [line(body), line(body), line(""), line("SUPPORT OPEN, SECURE TECHNOLOGIES", 8.0)]
    second = [line("CONCLUSION", 28.0), line(body), line("As we enter a decisive decade the"),
              line("American Role", 14.0), line("must be more effective."), line(body)]  # fmt: skip
    clean = join_lines([first, second], ("1", "2"))
    assert [clean.text[a:b] for a, b in clean.headings] == ["CONCLUSION"]
