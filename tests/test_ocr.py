"""Image-only pages: read by tesseract when it is installed, marked as OCR in the citation."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ocr import usable_languages
from assistant.read import read_file
from tests.pdf_factory import GOOD, good_pdf

needs_tesseract = pytest.mark.skipif(
    usable_languages("eng") != "eng",
    reason="tesseract-ocr with tesseract-ocr-eng is not installed (.ci/run installs it)",
)


def _scanned(path: Path, tmp_path: Path) -> Path:
    """A scan of a generated brief: its page rendered at 200 dpi, put back as a bare image."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    source = good_pdf(tmp_path / "source.pdf")
    document = pdfium.PdfDocument(source.read_bytes())
    image = document[0].render(scale=200 / 72).to_pil()
    width, height = document[0].get_size()
    document.close()
    pdf = FPDF(unit="pt", format=(width, height))
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=width, h=height)
    pdf.output(str(path))
    return path


@needs_tesseract
def test_an_image_only_page_is_read_by_ocr(tmp_path: Path) -> None:
    scan = _scanned(tmp_path / "scan.pdf", tmp_path)
    raw = read_file(scan.name, scan.read_bytes(), "eng")
    assert raw.ocr_pages == (1,), "the one page has no text layer, only the image"
    text = " ".join(line.text for line in raw.pages[0])
    assert GOOD in text, f"tesseract reads clean print at 200 dpi word for word: {text!r}"
    line = next(line for line in raw.pages[0] if "Vilnius" in line.text)
    assert line.box is not None and 0 < line.box[0] < line.box[2] < 595
    assert raw.warnings == ("scan.pdf: pages 1 read by OCR (eng)",)


@needs_tesseract
def test_ocr_is_marked_in_the_citation_and_the_library(make_assistant, tmp_path: Path) -> None:
    documents = tmp_path / "documents"
    documents.mkdir()
    _scanned(documents / "scan.pdf", tmp_path)
    assistant = make_assistant(documents, ocr_languages="eng")
    report = assistant.sync()
    assert report.added == ("scan.pdf",), report
    (document,) = assistant.documents()
    assert document.ocr_pages == (1,)
    assert document.title == "Grain Corridors After the War", "the Spotlight block, read by OCR"
    quote = assistant.ask(GOOD, k=1).quotes[0]
    assert quote.text == GOOD
    assert str(quote.citation).endswith("p. 1 (OCR)"), str(quote.citation)
    assert quote.boxes and quote.boxes[0][0] == 1, "OCR'd words have boxes on their page"


def test_without_a_language_the_old_message_stays(tmp_path: Path) -> None:
    from assistant.errors import DocumentError

    scan = _scanned(tmp_path / "scan.pdf", tmp_path)
    with pytest.raises(DocumentError) as caught:
        read_file(scan.name, scan.read_bytes(), "xyz")
    assert str(caught.value) == (
        "scan.pdf: no text layer: scanned PDFs need OCR, which is not supported"
    ), "no usable OCR language: today's message, unchanged"


def test_a_line_tesseract_is_unsure_of_is_dropped_as_noise() -> None:
    """Tesseract's TSV rows (level 5: words): the strike-through under a scan's title reads as
    words of low confidence; the line above it, read surely, stays with its box."""
    from assistant.ocr import _lines

    header = "level\tpage\tblock\tpar\tline\tword\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "5\t1\t1\t1\t1\t1\t100\t100\t200\t40\t95.5\tSTRATEGIC",
        "5\t1\t1\t1\t1\t2\t320\t100\t220\t40\t96.1\tFRAMEWORK",
        "5\t1\t1\t1\t2\t1\t100\t130\t90\t50\t31.0\tDO",
        "5\t1\t1\t1\t2\t2\t200\t130\t90\t50\t35.6\tEME",
        "5\t1\t1\t1\t2\t3\t300\t130\t90\t50\t54.5\tPOR",
    ]
    lines = _lines("\n".join([header, *rows]), 0.5, 800.0)
    assert [line.text for line in lines] == ["STRATEGIC FRAMEWORK"]
    assert lines[0].box == (50.0, 50.0, 270.0, 70.0)


def test_a_bullet_read_as_a_letter_is_a_bullet() -> None:
    """The NSC scan's round bullets came out of Tesseract as "e" and "\u00a9"."""
    from assistant.ocr import _lines

    header = "level\tpage\tblock\tpar\tline\tword\tleft\ttop\twidth\theight\tconf\ttext"
    words = [["e", "(U)", "Protect", "the", "homeland;"], ["\u00a9", "Defend", "it."],
             ["e", "is", "a", "letter."]]  # fmt: skip
    rows = [
        f"5\t1\t1\t{n}\t1\t{i}\t{100 + 60 * i}\t{100 + 50 * n}\t50\t40\t95\t{word}"
        for n, line in enumerate(words, 1)
        for i, word in enumerate(line, 1)
    ]
    lines = _lines("\n".join([header, *rows]), 0.5, 800.0)
    assert [line.text for line in lines if line.text] == [
        "\u2022 (U) Protect the homeland;",
        "\u2022 Defend it.",
        "e is a letter.",
    ]


def _scan_of(images: list, path: Path) -> Path:
    """A PDF of bare page images, as a scanner writes one."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(612, 792))
    for image in images:
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=612, h=792)
    pdf.output(str(path))
    return path


@needs_tesseract
def test_a_blank_scanned_page_is_not_sent_to_tesseract_but_one_short_line_is(
    tmp_path: Path,
) -> None:
    """Scanned reports carry blank backs (the CBO memo: every even page). A blank page with a
    scanner's specks has less ink than MIN_INK; a page of one short printed line has more,
    and is read."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFont

    from assistant.ocr import DPI, MIN_INK, _ink

    size = (DPI * 17 // 2, DPI * 11)  # a letter page at the OCR resolution
    blank = Image.new("RGB", size, "white")
    dust = ImageDraw.Draw(blank)
    for i in range(40):  # dust: 40 specks of 3 x 3 pixels
        x, y = 50 + i * 61, 80 + (i * 977) % 3000
        dust.rectangle((x, y, x + 2, y + 2), fill="black")
    line = Image.new("RGB", size, "white")
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 42)  # 10 pt
    ImageDraw.Draw(line).text((300, 300), "Annex removed", fill="black", font=font)
    scan = _scan_of([line, blank, line], tmp_path / "backs.pdf")
    document = pdfium.PdfDocument(scan.read_bytes())
    inks = [_ink(document[i].render(scale=DPI / 72).to_pil()) for i in range(3)]
    document.close()
    assert inks[1] < MIN_INK < inks[0], inks
    raw = read_file(scan.name, scan.read_bytes(), "eng")
    assert raw.ocr_pages == (1, 3)
    assert [line.text for line in raw.pages[2]] == ["Annex removed"]


@needs_tesseract
def test_a_typewritten_memo_has_one_size_and_its_first_line_for_title(tmp_path: Path) -> None:
    """A typewritten memo is set in one size; Tesseract gives only word boxes, tall for
    "prosperity" and short for "new areas". With one share for every word, the NSC scan's
    lines came out 8.0 to 10.1 pt and its title in capitals was beaten by "alliances; and"."""
    from PIL import Image, ImageDraw, ImageFont

    from assistant.clean import strip_furniture_lines
    from assistant.frontpage import front_metadata
    from assistant.ocr import DPI

    lines = [
        "U.S. STRATEGIC FRAMEWORK FOR THE REGION",
        "National Security Challenges",
        "How to maintain primacy in the region and promote a liberal order",
        "one more year of new views on economic cooperation in summer",
        "we are now sure our care saves none",
        "alliances; and",
        "Preserve peace through strength, prosperity and security.",
    ]
    size = (DPI * 17 // 2, DPI * 11)
    page = Image.new("RGB", size, "white")
    mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
    font = ImageFont.truetype(mono, 50)  # 12 pt at 300 dpi
    for n, text in enumerate(lines):  # a blank line under the title and the heading
        ImageDraw.Draw(page).text((300, 300 + 90 * n + 90 * min(n, 2)), text, "black", font)
    scan = _scan_of([page], tmp_path / "memo.pdf")
    raw = read_file(scan.name, scan.read_bytes(), "eng")
    read = [line for line in raw.pages[0] if line.text]
    assert [line.text for line in read] == lines
    sizes = [line.size for line in read]
    assert max(sizes) / min(sizes) < 1.1, sizes
    assert all(10.8 < s < 13.2 for s in sizes), f"12 pt within 10%: {sizes}"
    metadata, _, _ = front_metadata(raw.pages, strip_furniture_lines(raw.pages), raw.info, "m")
    assert metadata.title == "U.S. Strategic Framework for the Region"
