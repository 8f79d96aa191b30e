"""A brief's PDF page as a PNG, with a span of its clean text boxed (pypdfium2), cached in memory.

Boxes are (physical page 1-based, x0, y0, x1, y1) in PDF points from the page's top-left. They
come from the reader's line boxes when CleanText keeps them (boxes_of; a line the span covers in
part ends where its glyphs do on the page), and otherwise
from PDFium's own text on the page: its text search for the span's words, or, when the search
misses (a word hyphenated across a line break that the clean text joined), the same letters
and digits matched while ignoring spaces, hyphens and line breaks.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections import OrderedDict
from pathlib import Path

from .errors import DocumentError
from .records import CleanText

Box = tuple[int, float, float, float, float]

# Rendered pages kept, in bytes of PNG: a 2x A4 page of a brief is 0.25-0.4 MB, so 64 MB holds
# about 200 views, many more than the briefs staff look at in one sitting.
CACHE_BYTES = 64 * 1024 * 1024
MIN_SCALE, MAX_SCALE = 0.5, 4.0  # 4x an A4 page is 2381 x 3368 pixels, about 32 MB of RGB
# PNG level 1: 57 ms for a 2x page where level 6 takes 90 ms, for a file 10% larger (measured).
PNG_LEVEL = 1
FILL, OUTLINE = (255, 214, 0, 80), (214, 110, 0, 255)
BOX_PAD = 1.5  # points around a line's glyph box, so the outline does not cut the letters

# pdfium is not thread-safe: one lock for every call into it from this process.
_PDFIUM = threading.Lock()


class PageCache:
    """The most recently used rendered pages, bounded in total bytes; thread-safe."""

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._items: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        """Bytes held now."""
        return self._bytes

    def get(self, key: tuple[object, ...]) -> bytes | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple[object, ...], value: bytes) -> None:
        with self._lock:
            if key in self._items:
                self._bytes -= len(self._items.pop(key))
            if len(value) > self.max_bytes:
                return
            self._items[key] = value
            self._bytes += len(value)
            while self._bytes > self.max_bytes:
                _, old = self._items.popitem(last=False)
                self._bytes -= len(old)


CACHE = PageCache()


def span_boxes(clean: CleanText, pdf: Path, start: int, end: int) -> tuple[Box, ...]:
    """The boxes of clean.text[start:end] on the pages of pdf, page by page in reading order.

    Raises:
        DocumentError: pdf cannot be opened.
    """
    if start >= end:
        return ()
    if clean.boxes:
        return _glyph_ends(clean, pdf, start, end)
    found: list[Box] = []
    with _PDFIUM:
        document = _open(pdf)
        try:
            for index, (first, last) in enumerate(_page_spans(clean, start, end)):
                if first < last and index < len(document):
                    text = clean.text[first:last]
                    found.extend(_search(document[index], index + 1, text))
        finally:
            document.close()
    return tuple(found)


def _glyph_ends(clean: CleanText, pdf: Path, start: int, end: int) -> tuple[Box, ...]:
    """The reader's line boxes of the span; a line the span covers only in part ends where
    its first and last glyphs do on the page. As a share of the line's width (characters taken
    as equally wide) a box had stopped before "e." of "... its Nansen programme."."""
    boxes = list(clean.boxes_of(start, end))
    lines = clean.lines_of(start, end)
    partial = [k for k, (run, low, high) in enumerate(lines) if (low, high) != run[:2]]
    if not partial:
        return tuple(boxes)
    with _PDFIUM:
        document = _open(pdf)
        try:
            for k in partial:
                (_, run_end, page, *box), low, high = lines[k]
                if page <= len(document):
                    covered = clean.text[low:high]
                    ends = _ends_in(document[page - 1], tuple(box), covered, high == run_end)
                    boxes[k] = (page, ends[0], box[1], ends[1], box[3]) if ends else boxes[k]
        finally:
            document.close()
    return tuple(boxes)


def _ends_in(
    page, box: tuple[float, float, float, float], text: str, last: bool
) -> tuple[float, float] | None:
    """The left and right ends of text's glyphs inside a line's box (the last match where
    text ends the line, else the first), or None where they are not there. Its marks count
    ("programme." ends at the full stop); where they do not match (a hyphen the reader
    dropped), its letters and digits alone."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        if found := _searched_in(page, textpage, box, text, last):
            return found  # PDFium's own search, a few ms where the glyph scan takes 20-150
        glyphs: list[tuple[str, float, float]] = []
        for index in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(index)
            middle_x, middle_y = (left + right) / 2, height - (bottom + top) / 2
            if box[0] - 1 <= middle_x <= box[2] + 1 and box[1] - 1 <= middle_y <= box[3] + 1:
                for char in _visible(textpage.get_text_range(index, 1)):
                    glyphs.append((char, left, right))
    finally:
        textpage.close()
    for keep in (lambda c: True, str.isalnum):
        kept = [g for g in glyphs if keep(g[0])]
        wanted = "".join(c for c in _visible(text) if keep(c))
        line = "".join(g[0] for g in kept)
        found = line.rfind(wanted) if last else line.find(wanted)
        if wanted and found >= 0:
            hit = kept[found : found + len(wanted)]
            return min(g[1] for g in hit), max(g[2] for g in hit)
    return None


def _searched_in(
    page, textpage, box: tuple[float, float, float, float], text: str, last: bool
) -> tuple[float, float] | None:
    """The left and right ends of PDFium's search hits for text that lie in the box (the
    last such hit where text ends the line, else the first); None where none does. A hit
    on the same line of the next column is not in the box."""
    words = " ".join(text.split())
    if not words:
        return None
    inside = []
    searcher = textpage.search(words, match_case=False, match_whole_word=False)
    try:
        while hit := searcher.get_next():
            rects = _rects(page, textpage, 0, *hit)
            if rects and all(_centred_in(rect, box) for rect in rects):
                inside.append((min(r[1] for r in rects), max(r[3] for r in rects)))
    finally:
        searcher.close()
    return (inside[-1] if last else inside[0]) if inside else None


def _centred_in(rect: Box, box: tuple[float, float, float, float]) -> bool:
    """Whether a hit's rect has its centre inside a line's box (2 points of slack)."""
    middle_x, middle_y = (rect[1] + rect[3]) / 2, (rect[2] + rect[4]) / 2
    return box[0] - 2 <= middle_x <= box[2] + 2 and box[1] - 2 <= middle_y <= box[3] + 2


def pages_of(clean: CleanText, start: int, end: int) -> tuple[int, ...]:
    """The physical pages (1-based) that clean.text[start:end] stands on."""
    return tuple(index + 1 for index, (a, b) in enumerate(_page_spans(clean, start, end)) if a < b)


def render(pdf: Path, page: int, boxes: tuple[Box, ...], scale: float, key: object) -> bytes:
    """The PNG of physical page `page` (1-based) of pdf at scale (1.0 = 72 pixels per inch),
    with the boxes of that page drawn; cached under (key, page, scale, boxes).

    Args:
        key: the brief's content id, so an edited file is never served from the cache.

    Raises:
        DocumentError: pdf cannot be opened or rendered.
    """
    mine = tuple(box for box in boxes if box[0] == page)
    cache_key = (key, page, round(scale, 3), mine)
    if (cached := CACHE.get(cache_key)) is not None:
        return cached
    from PIL import ImageDraw

    with _PDFIUM:
        document = _open(pdf)
        try:
            image = document[page - 1].render(scale=scale).to_pil()
        except Exception as exc:  # pdfium raises PdfiumError and plain errors alike
            raise DocumentError(f"{pdf.name}: page {page} cannot be rendered ({exc})") from exc
        finally:
            document.close()
    draw = ImageDraw.Draw(image, "RGBA")
    width = max(2, round(scale * 1.5))
    for _, x0, y0, x1, y1 in mine:
        corners = [(x0 - BOX_PAD) * scale, (y0 - BOX_PAD) * scale]
        corners += [(x1 + BOX_PAD) * scale, (y1 + BOX_PAD) * scale]
        draw.rectangle(corners, fill=FILL, outline=OUTLINE, width=width)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=PNG_LEVEL)
    data = buffer.getvalue()
    CACHE.put(cache_key, data)
    return data


def search_boxes(pdf: Path, page: int, text: str) -> tuple[Box, ...]:
    """PDFium's own text search for text on physical page `page`: its first match's boxes."""
    with _PDFIUM:
        document = _open(pdf)
        try:
            return tuple(_pdfium_search(document[page - 1], page, text))
        finally:
            document.close()


def _open(pdf: Path):  # -> pdfium.PdfDocument
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        raise DocumentError(f"{pdf.name}: cannot open the PDF to show its page ({exc})") from exc


def _page_spans(clean: CleanText, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) cut at each page start: one (first, last) per page, empty where it misses."""
    bounds = [*clean.page_starts, len(clean.text)]
    return [(max(start, bounds[i]), min(end, bounds[i + 1])) for i in range(len(clean.page_starts))]


def _search(page, number: int, text: str) -> list[Box]:
    return _pdfium_search(page, number, text) or _letter_search(page, number, text)


def _pdfium_search(page, number: int, text: str) -> list[Box]:
    words = " ".join(text.split())
    if not words:
        return []
    textpage = page.get_textpage()
    try:
        searcher = textpage.search(words, match_case=False, match_whole_word=False)
        try:
            hit = searcher.get_next()
        finally:
            searcher.close()
        return _rects(page, textpage, number, *hit) if hit else []
    finally:
        textpage.close()


def _letter_search(page, number: int, text: str) -> list[Box]:
    """The span's letters and digits found among the page's, spaces and hyphens ignored."""
    wanted = "".join(_letters(text))
    if not wanted:
        return []
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_range()
        letters, where = [], []
        for index, char in enumerate(raw):
            for letter in _letters(char):
                letters.append(letter)
                where.append(index)
        found = "".join(letters).find(wanted)
        if found < 0:
            return []
        first, last = where[found], where[found + len(wanted) - 1]
        return _rects(page, textpage, number, first, last - first + 1)
    finally:
        textpage.close()


def _letters(text: str) -> list[str]:
    """Casefolded letters and digits of text, ligatures and accents unfolded (NFKD)."""
    return [c for c in _visible(text) if c.isalnum()]


def _visible(text: str) -> list[str]:
    """Casefolded characters of text but spaces and marks of accents, ligatures unfolded."""
    folded = unicodedata.normalize("NFKD", text).casefold()
    return [c for c in folded if not c.isspace() and not unicodedata.combining(c)]


def _rects(page, textpage, number: int, index: int, count: int) -> list[Box]:
    height = page.get_height()
    boxes = []
    for rect in range(textpage.count_rects(index, count)):
        left, bottom, right, top = textpage.get_rect(rect)
        boxes.append((number, left, height - top, right, height - bottom))
    return boxes
