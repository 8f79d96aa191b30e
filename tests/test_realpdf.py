"""Real PDFs of other publishers (../shared/realpdf): metadata, whole words, notes, boxes.

Known answers written by reading each file's rendered pages and its README (in-sample: these
ten files were looked at while the reader was built; the unseen publishers' set is not here).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from assistant.clean import fold, join_lines, strip_furniture_lines
from assistant.frontpage import front_metadata
from assistant.read import read_file
from assistant.records import CleanText
from tests.conftest import ROOT

REAL = ROOT.parent / "shared" / "realpdf"

# file -> (title, one printed author or "", printed date as ISO or ISO month)
KNOWN = {
    "fedreg_eo_14024_2021-04-19.pdf": (
        "Blocking Property With Respect To Specified Harmful Foreign Activities of the "
        "Government of the Russian Federation",
        "",  # signed at the end by the President, no byline
        "2021-04-19",  # the Register's issue date, printed above the order's own (15 April)
    ),
    "ocr_cbo_staff_memo_1992-01_sdi.pdf": (
        # The file's own OCR layer reads "Initiative" as "Imitative": kept as the layer says.
        "The Budgetary Impact of Limiting Strategic Defense Imitative Programs",
        "",
        "1992-01",
    ),
    "odni_annual_threat_assessment_2025.pdf": (
        "Annual Threat Assessment of the U.S. Intelligence Community",
        "",
        "2025-03",
    ),
    "pl_konstytucja_rp_1997.pdf": ("Konstytucja Rzeczypospolitej Polskiej", "", "1997-04-02"),
    "us_indo_pacific_strategy_2022-02.pdf": (
        "Indo-Pacific Strategy of the United States",
        "",
        "2022-02",
    ),
    "us_national_security_strategy_2022-10.pdf": ("National Security Strategy", "", "2022-10"),
    "uscc_backgrounder_2013-05-10_core_interests.pdf": (
        "China\u2019s \u201cCore Interests\u201d and the East China Sea",
        "Caitlin Campbell",
        "2013-05-10",
    ),
    "usitc_ebot_2024-04_chinese_ev_exports.pdf": (
        "Chinese Vehicle Exports: Electrified",
        "David Coffin",
        "2024-04",
    ),
    "wh_remarks_harris_duda_2022-03-10.pdf": (
        "Remarks by Vice President Harris and President Andrzej Duda of Poland in Joint Press "
        "Conference",
        "",  # a transcript: the speakers are named in the title, not in a byline
        "2022-03-10",
    ),
}


def _need(name: str) -> Path:
    path = REAL / name
    if not path.exists():
        pytest.skip(f"the real PDFs are not at {REAL} (../shared/realpdf)")
    return path


@cache
def _read(name: str):
    path = _need(name)
    # "none": no OCR language, so no test here waits for tesseract (test_ocr.py reads a scan).
    raw = read_file(path.name, path.read_bytes(), "none")
    kept = strip_furniture_lines(raw.pages)
    metadata, sources, consumed = front_metadata(raw.pages, kept, raw.info, path.stem)
    kept[0] = kept[0][consumed:]
    return metadata, dict(sources), join_lines(kept, raw.labels)


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_metadata_as_printed(name: str) -> None:
    title, author, date = KNOWN[name]
    metadata, sources, _ = _read(name)
    assert metadata.title == title, f"{name}: the title is the front page's largest block"
    if author:
        assert author in metadata.authors, f"{name}: {author} is in the byline"
    else:
        assert metadata.authors == (), f"{name}: no byline, so no author: {metadata.authors}"
    assert metadata.date == date, f"{name}: the printed date, never the file's creation date"
    assert sources["title"] in ("front page", "document info"), sources


def test_declared_title_is_believed_only_where_printed() -> None:
    metadata, sources, _ = _read("usitc_ebot_2024-04_chinese_ev_exports.pdf")
    assert (metadata.title, sources["title"]) == (
        "Chinese Vehicle Exports: Electrified",
        "document info",
    ), "the info title is printed on page 1, so it beats the larger running header"
    metadata, sources, _ = _read("us_national_security_strategy_2022-10.pdf")
    # Its info title is a file name ("...Strategy.pdf") and its author the file's maker.
    assert sources["title"] == "front page" and metadata.authors == ()


def test_a_byline_with_its_office_names_the_people_only() -> None:
    metadata, _, _ = _read("usitc_ebot_2024-04_chinese_ev_exports.pdf")
    # "David Coffin and Jeff Walling, Office of Industry and Competitiveness Analysis": the
    # office holds "and" too, and "Competitiveness Analysis" had passed as a third author.
    assert metadata.authors == ("David Coffin", "Jeff Walling")
    metadata, _, _ = _read("uscc_backgrounder_2013-05-10_core_interests.pdf")
    # "by" over four names, each on its line over its post ("Research Fellow").
    assert metadata.authors == ("Caitlin Campbell", "Ethan Meick", "Kimberly Hsu", "Craig Murray")


def test_the_typewritten_scans_title_is_its_first_line(tmp_path: Path) -> None:
    """The NSC scan is typed in one size, its title in capitals at the top (README: "U.S.
    Strategic Framework for the Indo-Pacific"); its page 1 alone is read by OCR here."""
    from pypdf import PdfReader, PdfWriter

    from assistant.ocr import usable_languages

    if usable_languages("eng") != "eng":
        pytest.skip("tesseract-ocr with tesseract-ocr-eng is not installed (.ci/run installs it)")
    writer = PdfWriter()
    writer.add_page(PdfReader(_need("scan_nsc_strategic_framework_indo_pacific.pdf")).pages[0])
    with open(tmp_path / "page1.pdf", "wb") as out:
        writer.write(out)
    raw = read_file("page1.pdf", (tmp_path / "page1.pdf").read_bytes(), "eng")
    metadata, _, _ = front_metadata(raw.pages, strip_furniture_lines(raw.pages), raw.info, "p")
    assert metadata.title == "U.S. Strategic Framework for the Indo-Pacific"
    # Its declassification stamp, "SECRETRobert C. O'Brien 1/5/2021" in OCR, is no byline:
    # "1/5/2021" names no day one can be sure of, so it is no dateline after names.
    assert metadata.authors == ()


def test_series_and_number_of_a_backgrounder() -> None:
    metadata, sources, _ = _read("uscc_backgrounder_2013-05-10_core_interests.pdf")
    assert (metadata.series, metadata.number, sources["series"]) == (
        "Staff Research Backgrounder",
        "",
        "front page",
    )
    assert metadata.authors == ("Caitlin Campbell", "Ethan Meick", "Kimberly Hsu", "Craig Murray")


# Words pypdf splits into fragments on these files ("c ommon", "agreemen t", "rapi dly"),
# found by comparing its extraction with the rendered pages; PDFium keeps them whole.
WHOLE = {
    "us_indo_pacific_strategy_2022-02.pdf": (
        "American focus is due in part to the fact that the Indo-Pacific faces mounting "
        "challenges, particularly from the PRC.",
        "while building new regional initiatives to improve collective cybersecurity and "
        "rapidly respond to cyber incidents.",
    ),
    "usitc_ebot_2024-04_chinese_ev_exports.pdf": (
        # The byline above it is set smaller and stays out of the sentence.
        "From 2018 to 2023 Chinese electric vehicle (EV) exports increased rapidly in terms of "
        "quantity and value.",
    ),
    "pl_konstytucja_rp_1997.pdf": (
        "mają prawo do szczególnej pomocy ze strony władz publicznych.",
    ),
    "wh_remarks_harris_duda_2022-03-10.pdf": (
        "Madam Vice President of the United States of America, Ms. Kamala Harris, is here "
        "with us in Warsaw, in our country.",
    ),
}
FRAGMENTS = {
    "us_indo_pacific_strategy_2022-02.pdf": (" c ommon ", " agreemen t ", " cha llenges"),
    "uscc_backgrounder_2013-05-10_core_interests.pdf": (" a ccording ", " explici tly "),
    "usitc_ebot_2024-04_chinese_ev_exports.pdf": (" rapi dly ", " re nault "),
}


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_sentences_come_out_whole(name: str) -> None:
    _, _, clean = _read(name)
    text = re.sub(r"\s+", " ", clean.text)
    for sentence in WHOLE[name]:
        assert sentence in text, f"{name}: the sentence should come out with whole words"


@pytest.mark.parametrize("name", sorted(FRAGMENTS))
def test_no_word_in_fragments(name: str) -> None:
    _, _, clean = _read(name)
    text = " " + fold(re.sub(r"\s+", " ", clean.text)) + " "
    for fragment in FRAGMENTS[name]:
        assert fragment not in text, f"{name}: {fragment!r} is pypdf's split, not the word"


def test_footnote_markers_leave_the_sentence_and_notes_stand_apart() -> None:
    _, _, clean = _read("uscc_backgrounder_2013-05-10_core_interests.pdf")
    text = clean.text
    # Printed with raised markers: 'interest.”1 i' and 'past decade include:3'.
    assert "Of course, it\u2019s China\u2019s core interest.\u201d\n" in text
    assert "statements about core interests in the past decade include:\n" in text
    # The footnote opens its own paragraph with its number and never joins body text.
    assert "\n\nii Then Chinese Foreign Minister Tang Jiaquan said this" in text
    assert re.search(r"include:3|interest\.\u201d1", text) is None


def test_bullets_are_list_items() -> None:
    _, _, clean = _read("uscc_backgrounder_2013-05-10_core_interests.pdf")
    items = [p for p in clean.text.split("\n\n") if p.startswith("\u2022 ")]
    assert len(items) == 5 and items[0].startswith("\u2022 \u201cThe Taiwan issue concerns")


def test_hyphen_joined_only_into_the_briefs_own_word() -> None:
    metadata, _, clean = _read("fedreg_eo_14024_2021-04-19.pdf")
    assert "Foreign Activities" in metadata.title  # PDFium's own soft hyphen, joined
    assert "depart- ments" not in clean.text and "departments" in clean.text


def test_boxes_lie_on_the_page_of_the_quote() -> None:
    _, _, clean = _read("uscc_backgrounder_2013-05-10_core_interests.pdf")
    start = clean.text.index("Amid growing tensions between China and Japan")
    boxes = clean.boxes_of(start, start + len("Amid growing tensions"))
    assert len(boxes) == 1, "a few words on one line are one box"
    page, x0, y0, x1, y1 = boxes[0]
    assert page == 2 and clean.page(start, start + 4) == "2"
    # Letter-size page (612 x 792 pt), text from the left margin (1 inch), near the top.
    assert 70 <= x0 < x1 <= 300 and 60 <= y0 < y1 <= 200, boxes


def test_a_line_pdfium_ran_on_across_a_hyphen_is_boxed_line_by_line() -> None:
    # "... China has also been the second-" / "largest exporter by value of EVs since 2021.":
    # PDFium gives the two printed lines as one, joined at its soft hyphen.
    _, _, clean = _read("usitc_ebot_2024-04_chinese_ev_exports.pdf")
    start = clean.text.index("The value increase in Chinese EV exports")
    end = clean.text.index("(figure 1).", start) + len("(figure 1).")
    boxes = clean.boxes_of(start, end)
    assert len(boxes) == 2, f"the quote stands on two printed lines: {boxes}"
    (_, _, top, _, first_bottom), (_, x0, y0, x1, y1) = boxes
    assert y0 >= first_bottom - 1 and y1 - y0 < 2 * (first_bottom - top), (
        f"its second box is one line tall, below the first: {boxes}"
    )
    after = clean.text.index("largest exporter by value", end)
    ((_, _, next_top, _, _),) = clean.boxes_of(after, after + len("largest"))
    assert y1 <= next_top + 1, "the quote's box stops above the next printed line"
    assert x0 < 80 and 300 < x1 < 460, "it ends at '(figure 1).', mid-line"


def test_boxes_of_interpolates_within_a_line_and_spans_pages() -> None:
    clean = CleanText(
        "abcd efgh",
        (0, 5),
        ("1", "2"),
        (),
        boxes=((0, 4, 1, 10.0, 20.0, 50.0, 30.0), (5, 9, 2, 100.0, 40.0, 140.0, 50.0)),
    )
    assert clean.boxes_of(1, 3) == ((1, 20.0, 20.0, 40.0, 30.0),)
    assert clean.boxes_of(2, 7) == ((1, 30.0, 20.0, 50.0, 30.0), (2, 100.0, 40.0, 120.0, 50.0))
    assert CleanText("x", (0,), ("1",), ()).boxes_of(0, 1) == (), "TXT/MD briefs have no boxes"


def test_footnotes_are_notes_with_their_numbers() -> None:
    _, _, clean = _read("uscc_backgrounder_2013-05-10_core_interests.pdf")
    at = clean.text.index("Then Chinese Foreign Minister Tang Jiaquan")
    assert clean.note_at(at) == "ii", "footnote ii, as printed at the foot of page 2"
    assert clean.page(at, at + 4) == "2"
    body = clean.text.index("Amid growing tensions between China and Japan")
    assert clean.note_at(body) == "", "body text is in no note"


def test_a_note_is_cited_by_its_number() -> None:
    from assistant.records import Citation

    citation = Citation("T", "Document", "", "", (), "12", "t.pdf", note="31")
    assert str(citation) == "T, note 31, p. 12"


def test_a_brief_that_names_no_series_shows_none_in_the_library() -> None:
    from assistant.records import DEFAULT_SERIES, series_label

    # 8 of the 10 real PDFs print no series: their Library row read "Document", a misparsed
    # field to staff.
    assert series_label(DEFAULT_SERIES, "") == ""
    assert series_label(DEFAULT_SERIES, "4") == "Document No. 4"
    assert series_label("PISM Spotlight", "") == "PISM Spotlight"
