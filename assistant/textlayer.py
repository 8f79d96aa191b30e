"""The text layer of a PDF with positions: its pages' lines, each with its box, size and weight.

pypdf splits letter-spaced and kerned words ("President o f the Unit ed S tates"); PDFium
(pypdfium2) extracts the same pages whole, with a box for every character. glyphs.py cuts
PDFium's text into pieces of physical lines, columns.py orders them; here they become Lines,
with the white between paragraphs, the notes at the foot of the page and the bullets marked.
Raised small digits and roman numerals after a word are footnote markers and leave the line
("Office.6" -> "Office."); a line that begins with one opens a note.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import statistics
from collections.abc import Iterator
from pathlib import Path

from .columns import reading_order
from .errors import DocumentError
from .glyphs import Box, Measure, Piece, letter_spaced, line_pieces, marker_rows, soft_hyphen
from .notes import body_size
from .records import JOINED_HYPHEN, TERMINAL, Line

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
# Marks where a piece set apart on its line begins while the line is built (Line.cells): a
# noncharacter, never in a text layer.
_CELL = "\ufdd0"
# Lines further apart than this many times the page's usual line pitch stand in different
# paragraphs (a paragraph gap is half a line or more: 1.5-2 pitches).
PARAGRAPH_SHARE = 1.35


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
    """One pypdfium2 page's lines in reading order (columns.reading_order), with positions.

    PDFium's own lines are cut into pieces of physical lines (glyphs.line_pieces); pieces of
    one line join again unless they are read in different blocks. A blank line stands between
    two blocks, so a column or a sidebar ends its paragraph.
    """
    import pypdfium2.raw as raw

    height = page.get_size()[1]  # type: ignore[attr-defined]
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        # PDFium marks a hyphen it saw at a line end as U+FFFE: a hyphen for cleaning to judge.
        text = textpage.get_text_range().replace("\ufffe", "-")
        measure = Measure(raw, textpage, height)
        pieces: list[Piece] = []
        start = 0
        for row, match in enumerate(re.finditer(r"\r\n|\n|\r", text + "\n")):
            pieces.extend(line_pieces(measure, text, start, match.start(), row))
            start = match.end()
        pieces = marker_rows(_along_lines(measure, pieces))
        boxes = [piece.box for piece in pieces]
        blocks = reading_order(boxes, [_in_margin(box, height) for box in boxes])
        parts = [_block_lines(measure, text, [pieces[i] for i in b], height) for b in blocks]
        pitch = _pitch(parts)
        lines: list[Line] = []
        for part in _sidebars_after(parts):
            if lines and part:
                lines.append(Line(""))
            for k, line in enumerate(part):
                if k and _spaced_apart(part[k - 1], line, pitch):
                    lines.append(Line(""))  # the white between two paragraphs
                lines.append(line)
        return _mark_notes(_drop_caps(lines), height)
    finally:
        textpage.close()


def _along_lines(measure: Measure, pieces: list[Piece]) -> list[Piece]:
    """The pieces set along the page's lines: text turned across them (a chart's vertical
    axis label, the Federal Register's rotated margin imprint) comes out of PDFium one letter
    a line ("T h o u s a n d s" run into the axis years) and is no prose. A page set mostly
    turned (a landscape table drawn on a portrait page) keeps it: that is its text."""
    turned = [measure.rotated(piece.start) for piece in pieces]
    chars = sum(len(piece.boxes) for piece in pieces)
    across = sum(len(piece.boxes) for piece, t in zip(pieces, turned, strict=True) if t)
    if not across or across * 2 > chars:
        return pieces
    return [piece for piece, t in zip(pieces, turned, strict=True) if not t]


def _pitch(blocks: list[list[Line]]) -> tuple[float, float]:
    """The usual distance from one line's top to the next one's on the page, and the size of
    the lines it was measured on ((0, 0) if none)."""
    steps = sorted(
        (b.box[1] - a.box[1], a.size)  # type: ignore[index]
        for block in blocks
        for a, b in itertools.pairwise(block)
        if a.box and b.box and a.size == b.size and b.box[1] > a.box[3]
    )
    return steps[len(steps) // 2] if steps else (0.0, 0.0)


def _spaced_apart(previous: Line, line: Line, pitch: tuple[float, float]) -> bool:
    """More white above the line than between the lines of a paragraph. Leading grows with
    the type: a 14-point heading on two lines is 1.47 body pitches apart with the body's
    leading (tests/layout_pdf.py), so the pitch is scaled up to the line's size."""
    step, size = pitch
    if not step or not previous.box or not line.box or previous.size != line.size:
        return False
    return line.box[1] - previous.box[1] > PARAGRAPH_SHARE * step * max(1.0, line.size / size)


def _sidebars_after(blocks: list[list[Line]]) -> list[list[Line]]:
    """A block read between two halves of one sentence (a box set in the column beside it)
    goes after the half that finishes the sentence."""
    blocks = [block for block in blocks if block]
    for i in range(len(blocks) - 2):
        stops = blocks[i][-1].text.rstrip().endswith(TERMINAL)
        if (
            not stops
            and blocks[i + 2][0].text[:1].islower()
            and not blocks[i + 1][0].text[:1].islower()
        ):
            blocks[i + 1], blocks[i + 2] = blocks[i + 2], blocks[i + 1]
    return blocks


def _in_margin(box: Box, height: float) -> bool:
    band = height * MARGIN_SHARE
    return box[3] < band or box[1] > height - band


def _block_lines(measure: Measure, text: str, pieces: list[Piece], height: float) -> list[Line]:
    """The lines of one block: pieces of one physical line that stay side by side join."""
    lines: list[Line] = []
    run: list[Piece] = []
    for piece in pieces:
        if run and (piece.row != run[-1].row or piece.start < run[-1].end):
            lines.append(_line(measure, text, run, height))
            run = []
        run.append(piece)
    if run:
        lines.append(_line(measure, text, run, height))
    return lines


def _line(measure: Measure, text: str, run: list[Piece], height: float) -> Line:
    start, end = run[0].start, run[-1].end
    boxes = {i: box for piece in run for i, box in piece.boxes.items()}
    solid = list(boxes)
    step = max(1, len(solid) // (SAMPLES - 1))
    sample = sorted({*solid[::step], solid[-1]})
    size = statistics.median(measure.size(i) for i in sample)
    bold = sum(measure.bold(i) for i in sample) * 2 > len(sample)
    bottom = statistics.median(b[3] for b in boxes.values())
    keep = letter_spaced(
        measure, text, _without_markers(measure, text, start, end, boxes, size, bottom)
    )
    # "For\ufffeeign", "second\ufffelargest": PDFium joined a hyphenated line end itself, and
    # only the brief's own words tell a broken word from a hyphenated one (clean.join_lines).
    # The first kept character of each piece after the first opens a cell (Line.cells).
    opening = {
        keep[k] for piece in run[1:] if (k := bisect.bisect_left(keep, piece.start)) < len(keep)
    }
    chars = (
        (_CELL if i in opening else "")
        + (
            JOINED_HYPHEN
            if text[i] == "-" and text[i + 1 : i + 2].islower() and soft_hyphen(measure, i)
            else text[i]
        )
        for i in keep
    )
    # A line joined across PDFium's break before a raised marker (glyphs.marker_rows) holds
    # that break: a space, none before punctuation ("Anna Nowak¹, John Smith²") and none at
    # the end where the marker closed the line.
    joined = re.sub(r"(?:\r\n)+(?=[,.;:!?)\]])", "", "".join(chars)).replace("\r\n", " ")
    line_text = re.sub(r"\s{2,}", " ", joined).rstrip()
    line_text, cells = _cells(_bullet(measure, text, start, line_text))
    # The line's box is the glyphs' (the loose boxes of a 52-point title overlap the next line).
    box, margin = line_box([measure.box(i) for i in sample], height)
    wraps = tuple(w for piece in run for w in piece.wraps)
    return Line(
        line_text, margin, box, round(size, 2), bold, _leading_marker(text, start, keep),
        wraps=_physical_lines(measure, solid, keep, wraps, height) if wraps else (),
        cells=cells,
    )  # fmt: skip


def _cells(marked: str) -> tuple[str, tuple[int, ...]]:
    """The text of a line with _CELL before each cell, without it, and where each cell starts."""
    if _CELL not in marked:
        return marked, ()
    first, *rest = marked.split(_CELL)
    text, cells = first.rstrip(), []
    parts = [part.strip() for part in rest]
    for part in parts:
        if part and text:
            text += " "
            cells.append(len(text))
        text += part
    return text, tuple(cells)


def _physical_lines(
    measure: Measure, solid: list[int], keep: list[int], wraps: tuple[int, ...], height: float
) -> tuple[tuple[float, Box], ...]:
    """Line.wraps of a line PDFium ran on across a hyphenated word: each physical line's share
    of the kept characters before it, and its glyphs' box. As one box, "... the second-" +
    "largest exporter ..." spanned both lines, and a quote ending on the first was boxed on
    the second."""
    bounds = [solid[0], *wraps, solid[-1] + 1]
    parts = []
    for first, stop in itertools.pairwise(bounds):
        glyphs = [measure.box(i) for i in solid if first <= i < stop]
        if glyphs:
            share = sum(i < first for i in keep) / max(1, len(keep))
            parts.append((share, line_box(glyphs, height)[0]))
    return tuple(parts)


def _without_markers(
    measure: Measure,
    text: str,
    start: int,
    end: int,
    boxes: dict[int, Box],
    size: float,
    bottom: float,
) -> list[int]:
    """Indices of the line's characters, raised markers after a word left out (a raised
    glyph's loose box ends above the line's; a small one on the baseline does not)."""
    keep: list[int] = []
    leading = True  # the marker a note line opens with stays: it is the note's number

    def raised(i: int) -> bool:  # the box test first: measuring a size costs about 4 us
        return (
            i in boxes
            and boxes[i][3] < bottom - RAISE_SHARE * size
            and measure.size(i) < SMALL_SHARE * size + 0.01
        )

    for i in range(start, end):
        char = text[i]
        leading = leading and char in _MARKER_CHARS
        # a lone raised letter after a raised one is an ordinal's end ("21st"): kept
        if (
            not leading
            and raised(i)
            and (char in _MARKER_CHARS or (_lone_letter(text, i, start, end) and not raised(i - 1)))
        ):
            continue
        keep.append(i)
    return keep


def _lone_letter(text: str, i: int, start: int, end: int) -> bool:
    """Whether text[i] is a lower-case letter standing alone after a word, as an
    affiliation's mark does when raised ("Dragana Marković" + "a"); "th" in "20th" is two."""
    if i == start:  # a line's first mark stays, as a note's number does
        return False
    after = text[i + 1] if i + 1 < end else " "
    return text[i].islower() and not after.isalpha() and not text[i - 1].isdigit()


def _leading_marker(text: str, start: int, keep: list[int]) -> str:
    """The note number a line opens with, when raised markers follow it ("" otherwise)."""
    match = re.match(r"(\d{1,3}|[ivxlc]{1,6})[\s.)]", text[start : start + 8])
    return match.group(1) if match and keep and keep[0] == start else ""


def _bullet(measure: Measure, text: str, start: int, line_text: str) -> str:
    """A symbol-font or private-use glyph opening a line is a bullet: print it as one."""
    first = line_text[:1]
    if not first or (len(line_text) > 1 and not line_text[1].isspace()):
        return line_text
    if 0xF000 <= ord(first) <= 0xF0FF or _SYMBOL_FONT.search(measure.font(start)):
        return BULLET + line_text[1:]
    return line_text


def _drop_caps(lines: list[Line]) -> list[Line]:
    """lines with each drop cap (a paragraph's first letter set two or more lines tall) put
    back before the rest of its word: PDFium reads it as a line of its own, and a magazine
    brief's "Lithuania stopped importing ..." had become a heading "L" and "ithuania ..."."""
    body = body_size(lines)
    out = list(lines)
    for cap in lines:
        text = cap.text.strip()
        if len(text) != 1 or not text.isupper() or cap.box is None or cap.size < 2 * body:
            continue
        x1, top = cap.box[2], cap.box[1]
        for k, line in enumerate(out):
            box = line.box
            if (
                box is not None
                and line.text[:1].islower()
                and abs(box[1] - top) <= body
                and -0.2 * body <= box[0] - x1 <= 2 * body
            ):
                joined = (min(box[0], cap.box[0]), box[1], box[2], max(box[3], cap.box[3]))
                out[k] = dataclasses.replace(line, text=text + line.text, box=joined)
                out.remove(cap)
                break
    return out


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
    return dataclasses.replace(line, note=note)


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
