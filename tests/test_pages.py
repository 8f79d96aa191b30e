"""The PDF page as an image: boxes where PDFium finds the quote, both pages across a page break,
a cache bounded in bytes, and errors that name the brief, the page or the field."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from assistant import Assistant, DocumentError, QuestionError
from assistant.pages import PageCache, _letter_search, search_boxes

from .conftest import KELLOGG_SENTENCE, SAMPLE_PDF

BREAK_QUESTION = "How did the first Trump administration view Belarus?"
PAGE_TWO_STARTS = "dimension, and sought"  # the sample's page 2 starts inside that quote
BREAK_SENTENCE_START = (
    "It is also a return to the policy of the first Trump administration, which viewed Belarus"
)


def overlap(ours: tuple, theirs: tuple) -> float:
    """Area of the intersection of two sets of boxes over the area of their union (boxes of one
    set do not overlap each other: they are lines)."""

    def area(box):
        return max(0.0, box[3] - box[1]) * max(0.0, box[4] - box[2])

    def common(a, b):
        if a[0] != b[0]:
            return 0.0
        return area((a[0], max(a[1], b[1]), max(a[2], b[2]), min(a[3], b[3]), min(a[4], b[4])))

    shared = sum(common(a, b) for a in ours for b in theirs)
    union = sum(map(area, ours)) + sum(map(area, theirs)) - shared
    return shared / union if union else 0.0


def _image(data: bytes):
    from PIL import Image

    assert data[:8] == b"\x89PNG\r\n\x1a\n", "page_image gives PNG bytes"
    return Image.open(io.BytesIO(data)).convert("RGB")


@pytest.fixture(scope="module")
def sample(sample_assistant: Assistant):
    document = sample_assistant.documents()[0]
    return sample_assistant, document


def test_the_quote_is_boxed_where_pdfium_finds_it(sample) -> None:
    assistant, document = sample
    quote = assistant.ask("Who received Kellogg in Minsk?", k=1).quotes[0]
    assert quote.text == KELLOGG_SENTENCE
    assert assistant.span_pages(document.id, quote.start, quote.end) == (1,)
    pdf = assistant.settings.documents_dir / document.path
    ours = assistant.span_boxes(document.id, quote.start, quote.end)
    reference = search_boxes(pdf, 1, KELLOGG_SENTENCE)
    assert {box[0] for box in ours} == {1}, "a sentence on page 1 is boxed on page 1 only"
    assert len(ours) == 2, "the sentence runs over two lines of the page"
    assert overlap(ours, reference) >= 0.8
    # The sentence ends inside its second line: the box ends at its full stop's glyph, as
    # PDFium's search box does (taking characters as equally wide, it fell 1.1 points short).
    assert abs(ours[-1][3] - reference[-1][3]) < 0.5, (ours[-1], reference[-1])

    plain = _image(assistant.page_image(document.id, 1, scale=1.0))
    boxed = _image(assistant.page_image(document.id, 1, quote.start, quote.end, scale=1.0))
    assert plain.size == boxed.size == (596, 842), "A4 is 595.28 x 841.89 points: 1 pixel each"
    _, x0, y0, x1, y1 = ours[0]
    inside = (round((x0 + x1) / 2), round((y0 + y1) / 2))
    assert plain.getpixel(inside) != boxed.getpixel(inside), "the box is drawn over the line"
    outside = (20, 20)  # the page's white margin
    assert plain.getpixel(outside) == boxed.getpixel(outside) == (255, 255, 255)


def test_a_quote_across_a_page_break_is_boxed_on_both_pages(sample) -> None:
    assistant, document = sample
    quote = assistant.ask(BREAK_QUESTION, k=1).quotes[0]
    assert quote.text.startswith(BREAK_SENTENCE_START) and quote.citation.page == "1-2"
    assert assistant.span_pages(document.id, quote.start, quote.end) == (1, 2)
    pdf = assistant.settings.documents_dir / document.path
    ours = assistant.span_boxes(document.id, quote.start, quote.end)
    assert [box[0] for box in ours] == [1, 1, 2, 2], "two lines at the foot of 1, two atop 2"
    first = quote.text.index(PAGE_TWO_STARTS)
    on_one = " ".join(quote.text[:first].split())
    on_two = " ".join(quote.text[first:].split())
    reference = search_boxes(pdf, 1, on_one) + search_boxes(pdf, 2, on_two)
    assert overlap(ours, reference) >= 0.8
    images = [assistant.page_image(document.id, n, quote.start, quote.end) for n in (1, 2)]
    sizes = {_image(data).size for data in images}
    assert sizes == {(1191, 1684)}, "scale 2: two pixels per point"


def test_letters_are_found_across_hyphens_and_spaces_the_search_misses(sample) -> None:
    import pypdfium2 as pdfium

    assistant, document = sample
    path = assistant.settings.documents_dir / document.path
    pdf = pdfium.PdfDocument(str(path))
    try:
        # As a clean text may hold a word the PDF hyphenates over a line break, or the reverse.
        found = _letter_search(pdf[0], 1, "Keith Kel-logg was re ceived in Minsk")
    finally:
        pdf.close()
    assert tuple(found) == search_boxes(path, 1, "Keith Kellogg was received in Minsk")


def test_rendering_is_cached_and_the_cache_is_bounded_in_bytes(sample) -> None:
    assistant, document = sample
    first = assistant.page_image(document.id, 2, scale=1.25)
    assert assistant.page_image(document.id, 2, scale=1.25) is first, "served from the cache"
    cache = PageCache(max_bytes=1000)
    cache.put(("a",), b"x" * 600)
    cache.put(("b",), b"y" * 300)
    assert cache.get(("a",)) is not None  # a is now the most recently used
    cache.put(("c",), b"z" * 300)
    assert cache.get(("b",)) is None, "the least recently used page goes first"
    assert cache.size == 900 and cache.get(("a",)) and cache.get(("c",))
    cache.put(("huge",), b"h" * 2000)
    assert cache.get(("huge",)) is None and cache.size == 900, "an item over the bound is not kept"


def test_page_errors_name_the_brief_page_or_field(sample, make_assistant, tmp_path: Path) -> None:
    assistant, document = sample
    with pytest.raises(DocumentError, match=r"^nope: no indexed brief has this id"):
        assistant.page_image("nope", 1)
    with pytest.raises(
        QuestionError, match=rf"^page: {re.escape(SAMPLE_PDF.name)} has pages 1 to 2, not 3"
    ):
        assistant.page_image(document.id, 3)
    with pytest.raises(QuestionError, match=r"^page: .* not 0"):
        assistant.page_image(document.id, 0)
    with pytest.raises(
        QuestionError,
        match=r"^start, end: give offsets 0 <= start < end <= 4419 .*, got 10, 5$",
    ):
        assistant.page_image(document.id, 1, 10, 5)
    with pytest.raises(QuestionError, match=r"^scale: choose 0\.5 to 4\.0, got 9"):
        assistant.page_image(document.id, 1, scale=9)

    text_brief = make_assistant()
    (text_brief.settings.documents_dir / "note.txt").write_text(
        "A Note\n\nAnna Nowak\n\nThe grain silos in Odesa were full in May.\n", encoding="utf-8"
    )
    text_brief.sync()
    note = text_brief.documents()[0]
    with pytest.raises(QuestionError, match=r"^note\.txt: not a PDF, so it has no page image"):
        text_brief.page_image(note.id, 1)
