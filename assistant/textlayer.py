"""The text layer of a PDF with positions: PDFium's lines, each with its box, font size and weight.

pypdf splits letter-spaced and kerned words ("President o f the Unit ed S tates"); PDFium
(pypdfium2) extracts the same pages whole, in reading order, with a box for every character.
Boxes are in PDF points from the page's top-left corner, as the page image is drawn.
Raised small digits and roman numerals after a word are footnote markers and leave the line
("Office.6" -> "Office."); a line that begins with one opens a note.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from collections.abc import Iterator
from pathlib import Path

from .errors import DocumentError
from .records import Line

# Text within this share of the page height from the top or bottom edge is in the margin,
# where running headers, footers and page numbers sit (about 21 mm on A4); read.py's figure.
MARGIN_SHARE = 0.07
# Characters measured per line for its box, size and weight: the first, the last and a few
# between. Measuring every character costs about 4 us a call, 4 calls a character: 50 ms for a
# 3,000-character page against the 30 ms budget; sampling keeps a page under 10 ms.
SAMPLES = 7
# A footnote marker sits this share of the body size above the line's baseline, in a smaller
# font: 0.25 catches LaTeX's and Word's superscripts (raised 0.33-0.4 em) and never a digit
# on the baseline.
RAISE_SHARE = 0.2
SMALL_SHARE = 0.85
# Chars that can be a footnote marker: digits, roman numerals (i, ii, iv ... in US reports),
# and the symbols of the classic sequence.
_MARKER_CHARS = frozenset("0123456789ivxlc*†‡§")
# Symbol fonts print bullets as letters ("l" in Wingdings is a round bullet); in the Private
# Use Area they come out as U+F0xx.
_SYMBOL_FONT = re.compile(r"wingding|symbol|dingbat|webding", re.I)
BULLET = "\u2022"


def pdf_lines(path: Path, data: bytes) -> Iterator[tuple[Line, ...]]:
    """Each page's lines, one page at a time (a 500-page PDF stays in bounded memory).

    Raises:
        DocumentError: PDFium cannot open the file; the message names it.
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise DocumentError(f"{path}: damaged PDF (PDFium: {exc})") from exc
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                yield page_lines(page)
            finally:
                page.close()
    finally:
        document.close()


def page_lines(page: object) -> tuple[Line, ...]:
    """One pypdfium2 page's lines in PDFium's reading order, with positions."""
    import pypdfium2.raw as raw

    height = page.get_size()[1]  # type: ignore[attr-defined]
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        # PDFium marks a hyphen it saw at a line end as U+FFFE: a hyphen for cleaning to judge.
        text = textpage.get_text_range().replace("\ufffe", "-")
        measure = _Measure(raw, textpage, height)
        lines = []
        start = 0
        for match in re.finditer(r"\r\n|\n|\r", text + "\n"):
            end = match.start()
            line = _line(measure, text, start, end, height)
            if line is not None:
                lines.append(line)
            start = match.end()
        return _mark_notes(lines, height)
    finally:
        textpage.close()


class _Measure:
    """Per-character PDFium queries on one text page."""

    def __init__(self, raw: object, textpage: object, height: float) -> None:
        self.raw, self.textpage, self.height = raw, textpage, height
        self.l, self.r, self.b, self.t = (ctypes.c_double() for _ in range(4))
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.matrix = raw.FS_MATRIX()  # type: ignore[attr-defined]

    def box(self, index: int) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of a character, from the page's top-left."""
        self.raw.FPDFText_GetCharBox(self.textpage, index, self.l, self.r, self.b, self.t)
        return self.l.value, self.height - self.t.value, self.r.value, self.height - self.b.value

    def size(self, index: int) -> float:
        """The printed size in points: the font size scaled by the character's matrix (many
        PDFs set a 1-point font and scale it; FPDFText_GetFontSize alone then says 1)."""
        size = float(self.raw.FPDFText_GetFontSize(self.textpage, index))
        if self.raw.FPDFText_GetMatrix(self.textpage, index, self.matrix):
            m = self.matrix
            size *= abs(m.a * m.d - m.b * m.c) ** 0.5
        return size

    def weight(self, index: int) -> int:
        return int(self.raw.FPDFText_GetFontWeight(self.textpage, index))

    def baseline(self, index: int) -> float:
        self.raw.FPDFText_GetCharOrigin(self.textpage, index, self.x, self.y)
        return self.y.value

    def font(self, index: int) -> str:
        buffer = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        self.raw.FPDFText_GetFontInfo(self.textpage, index, buffer, 128, ctypes.byref(flags))
        return buffer.value.decode("latin-1")


def _line(measure: _Measure, text: str, start: int, end: int, height: float) -> Line | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return None
    solid = [i for i in range(start, end) if not text[i].isspace()]
    step = max(1, len(solid) // (SAMPLES - 1))
    sample = sorted({*solid[::step], solid[-1]})
    boxes = [measure.box(i) for i in sample]
    sizes = [measure.size(i) for i in sample]
    size = statistics.median(sizes)
    bold = sum(measure.weight(i) >= 600 for i in sample) * 2 > len(sample)
    baseline = statistics.median(measure.baseline(i) for i in sample)
    keep = _without_markers(measure, text, start, end, size, baseline)
    line_text = "".join(text[i] for i in keep)
    line_text = _bullet(measure, text, start, line_text)
    box, margin = line_box(boxes, height)
    return Line(line_text, margin, box, round(size, 2), bold, _leading_marker(text, start, keep))


def _without_markers(
    measure: _Measure, text: str, start: int, end: int, size: float, baseline: float
) -> list[int]:
    """Indices of the line's characters, raised markers after a word left out."""
    keep: list[int] = []
    leading = True  # the marker a note line opens with stays: it is the note's number
    for i in range(start, end):
        char = text[i]
        leading = leading and char in _MARKER_CHARS
        if char == "-" and text[i + 1 : i + 2].islower() and _soft(measure, i):
            continue  # "For\ufffeeign": PDFium joined a hyphenated line end itself
        if (
            char in _MARKER_CHARS
            and not leading
            and measure.baseline(i) > baseline + RAISE_SHARE * size
            and measure.size(i) < SMALL_SHARE * size + 0.01
        ):
            continue
        keep.append(i)
    return keep


def _soft(measure: _Measure, index: int) -> bool:
    """Whether the hyphen at index is one PDFium marked as a line-end hyphen (code 2, U+FFFE
    in its text)."""
    return int(measure.raw.FPDFText_GetUnicode(measure.textpage, index)) in (0x2, 0xFFFE)


def _leading_marker(text: str, start: int, keep: list[int]) -> str:
    """The note number a line opens with, when raised markers follow it ("" otherwise)."""
    match = re.match(r"(\d{1,3}|[ivxlc]{1,6})[\s.)]", text[start : start + 8])
    return match.group(1) if match and keep and keep[0] == start else ""


def _bullet(measure: _Measure, text: str, start: int, line_text: str) -> str:
    """A symbol-font or private-use glyph opening a line is a bullet: print it as one."""
    first = line_text[:1]
    if not first or (len(line_text) > 1 and not line_text[1].isspace()):
        return line_text
    if 0xF000 <= ord(first) <= 0xF0FF or _SYMBOL_FONT.search(measure.font(start)):
        return BULLET + line_text[1:]
    return line_text


def _mark_notes(lines: list[Line], height: float) -> tuple[Line, ...]:
    """Footnotes: lines in the lower half, smaller than the page's body text, from a number on.

    A line keeps its `note` label only where a note starts; the lines that follow it in the
    same small type belong to it (label "+"), so cleaning keeps the note a paragraph of its own.
    """
    if not lines:
        return ()
    weights: dict[float, int] = {}
    for line in lines:
        weights[line.size] = weights.get(line.size, 0) + len(line.text)
    body = max(weights, key=weights.__getitem__)
    out: list[Line] = []
    in_note = False
    for line in lines:
        small = line.size < SMALL_SHARE * body and line.box is not None
        lower = small and line.box[1] > height / 2  # type: ignore[index]
        if lower and line.note:
            in_note = True
            out.append(line)
            continue
        in_note = in_note and lower and not line.margin
        out.append(_with_note(line, "+" if in_note else ""))
    return tuple(out)


def _with_note(line: Line, note: str) -> Line:
    return Line(line.text, line.margin, line.box, line.size, line.bold, note)


def page_count(data: bytes) -> int:
    """How many pages PDFium sees (0 when it cannot open the file)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return 0
    try:
        return len(document)
    finally:
        document.close()


def line_box(
    boxes: list[tuple[float, float, float, float]], height: float
) -> tuple[tuple[float, float, float, float], bool]:
    """The box around a line's pieces (x0, y0, x1, y1 from the top-left), and whether it lies
    in the top or bottom MARGIN_SHARE of the page, where running headers and footers sit."""
    box = (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )
    band = height * MARGIN_SHARE
    return box, box[3] < band or box[1] > height - band
