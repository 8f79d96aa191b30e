"""OCR of image-only PDF pages with Debian's tesseract, when it is installed.

A page with images and no text layer is rendered (pypdfium2) and read by the tesseract CLI;
its words come back with boxes, so an OCR'd line has a position like any other. Without
tesseract such pages stay empty, and a PDF with no text at all fails as before.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from .errors import DocumentError
from .records import Line
from .textlayer import line_box

log = logging.getLogger(__name__)

# 300 dpi is tesseract's documented sweet spot for print; lower loses small type (at 150 dpi
# the NSC scan's 10 pt lines lost about one word in twelve here).
DPI = 300
# One page must never stall a sync: a 300 dpi letter page takes about 2.5 s here (eng+pol).
PAGE_TIMEOUT_S = 120
# Tesseract's OpenMP threads spin against each other (and against the encoder) on this
# 2-core machine: a 300 dpi page of the NSC scan took 16.0 s with its default threads and
# 1.8 s with one (eng; eng+pol 19.8 s against 2.2 s). Its documentation advises one thread
# where pages are read one after another.
_ONE_THREAD = {"OMP_THREAD_LIMIT": "1"}
# Words tesseract is less sure of than this (0-100) are noise: specks, stamps, stripes.
MIN_CONFIDENCE = 30
# A line whose words tesseract is, on average, less sure of than this is noise too: the
# strike-through under the NSC scan's title came out as "DO EME POR LC" (mean 39). Of that
# scan's 400 lines, the 3 below 60 were all such noise (33, 37, 39); the next was 76.
MIN_LINE_CONFIDENCE = 60
# A rendered page with less ink than this (share of pixels darker than mid-grey) is a blank
# scanned page, not sent to tesseract: the CBO memo's 18 blank even pages have at most 0.002%
# and its lightest printed page 1%; 0.01% at 300 dpi is about 840 pixels, some seven
# characters of 10 pt type. Each blank page cost tesseract about 0.5 s to read nothing.
MIN_INK = 0.0001
# The share of the type size Tesseract's word box spans at 300 dpi, measured here over
# Courier, Helvetica and Times at 10, 12 and 16 pt: a word with capitals, digits or ascenders
# and a descender 0.97, without a descender 0.78, of x-height letters only 0.57, those with a
# descender 0.76, one with a bracket 0.9. A single share (0.9) had given one typewritten scan
# lines of 8.0 to 10.1 pt by their letters, and its caps title the smallest size on its page.
HEIGHT_SHARES = {
    "tall+descender": 0.97, "tall": 0.78, "x": 0.57, "x+descender": 0.76, "bracket": 0.9,
}  # fmt: skip
_ASCENDERS = frozenset("bdfhiklt")  # i's dot stands as high as an ascender in the box
_DESCENDERS = frozenset("gjpqy,;")  # a comma's tail goes below the line too
_BRACKETS = frozenset("()[]{}|")
# A round bullet as Tesseract reads it at a line's start, before a capital or a bracket: the
# NSC scan's "• (U) Protect the homeland;" came out as "e (U) Protect ..." and "© Defend ...".
# No English or Polish line opens with a lone "e" or "©" before a capital.
_MISREAD_BULLET = re.compile(r"^[e\u00a9\u00ab\u00a2\u00b0](?= [A-Z(])")
NO_OCR = "no text layer: scanned PDFs need OCR, which is not supported"


@functools.cache
def installed_languages() -> frozenset[str]:
    """Tesseract's installed languages ("eng", "pol", ...); empty without tesseract."""
    binary = shutil.which("tesseract")
    if not binary:
        return frozenset()
    try:
        done = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=True
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(line.strip() for line in done.stdout.splitlines()[1:] if line.strip())


def usable_languages(requested: str) -> str:
    """The requested languages ("eng+pol") that are installed, "+"-joined; "" if none are."""
    have = installed_languages()
    return "+".join(code for code in requested.split("+") if code in have)


def no_text_reason(requested: str) -> str:
    """Why a PDF gave no text: no OCR here, or OCR found nothing."""
    languages = usable_languages(requested)
    if not languages:
        return NO_OCR
    return f"no text layer, and OCR ({languages}) read no text from its pages"


def read_images(
    path: Path, data: bytes, pages: Sequence[tuple[Line, ...]], requested: str
) -> tuple[tuple[tuple[Line, ...], ...], tuple[int, ...], tuple[str, ...]]:
    """pages with each image-only page read by OCR; the OCR'd pages (1-based); warnings."""
    empty = [i for i, page in enumerate(pages) if not any(line.text for line in page)]
    if not empty:
        return tuple(pages), (), ()
    languages = usable_languages(requested)
    if not languages:
        return tuple(pages), (), ()
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    out = list(pages)
    read: list[int] = []
    document = pdfium.PdfDocument(data)
    try:
        for index in empty:
            page = document[index]
            try:
                kinds = {obj.type for obj in page.get_objects(max_depth=2)}
                if raw.FPDF_PAGEOBJ_IMAGE not in kinds:
                    continue  # a blank page: nothing to read
                height = page.get_size()[1]
                image = page.render(scale=DPI / 72).to_pil()
            finally:
                page.close()
            if _ink(image) < MIN_INK:
                continue
            lines = _ocr(path, index, image, languages, height)
            if lines:
                out[index] = lines
                read.append(index + 1)
    finally:
        document.close()
    warnings = (f"{path}: pages {_ranges(read)} read by OCR ({languages})",) if read else ()
    return tuple(out), tuple(read), warnings


def _ink(image: object) -> float:
    """The share of the image's pixels darker than mid-grey."""
    counts = image.convert("L").histogram()  # type: ignore[attr-defined]
    return sum(counts[:128]) / max(1, sum(counts))


def _ocr(path: Path, index: int, image: object, languages: str, height: float) -> tuple[Line, ...]:
    """One rendered page -> its lines, boxes in PDF points from the top-left."""
    import io

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")  # type: ignore[attr-defined]
    try:
        done = subprocess.run(
            [str(shutil.which("tesseract")), "stdin", "stdout", "-l", languages, "tsv"],
            input=buffer.getvalue(),
            capture_output=True,
            env={**os.environ, **_ONE_THREAD},
            timeout=PAGE_TIMEOUT_S,
            check=True,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise DocumentError(f"{path}: OCR of page {index + 1} failed ({exc})") from exc
    return _lines(done.stdout.decode("utf-8", errors="replace"), 72 / DPI, height)


def _height_share(word: str) -> float:
    """The share of the type size a word's box spans, by the letters it holds (HEIGHT_SHARES):
    Tesseract gives no font size, only each word's box."""
    if any(c in _BRACKETS for c in word):
        return HEIGHT_SHARES["bracket"]
    tall = any(c.isupper() or c.isdigit() or c in _ASCENDERS for c in word)
    deep = any(c in _DESCENDERS for c in word)
    return HEIGHT_SHARES[("tall" if tall else "x") + ("+descender" if deep else "")]


def _lines(tsv: str, scale: float, height: float) -> tuple[Line, ...]:
    """Tesseract's word rows grouped into lines; a blank line between its paragraphs."""
    lines: list[Line] = []
    words: list[tuple[str, float, float, float, float, float]] = []
    key: tuple[str, ...] = ()
    paragraph: tuple[str, ...] = ()

    def flush() -> None:
        if words and sum(w[5] for w in words) / len(words) >= MIN_LINE_CONFIDENCE:
            box, margin = line_box([w[1:5] for w in words], height)
            sizes = sorted((w[4] - w[2]) / _height_share(w[0]) for w in words)
            size = round(sizes[len(sizes) // 2], 1)
            text = _MISREAD_BULLET.sub("\u2022", " ".join(w[0] for w in words))
            lines.append(Line(text, margin, box, size, ocr=True))
        words.clear()

    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        if float(cells[10]) < MIN_CONFIDENCE:
            continue
        line_key = tuple(cells[1:5])
        if line_key != key:
            flush()
            if paragraph and tuple(cells[1:4]) != paragraph:
                lines.append(Line(""))
            key, paragraph = line_key, tuple(cells[1:4])
        left, top, width, tall = (float(c) * scale for c in cells[6:10])
        words.append((cells[11], left, top, left + width, top + tall, float(cells[10])))
    flush()
    return tuple(lines)


def _ranges(pages: Sequence[int]) -> str:
    return ", ".join(str(p) for p in pages) if len(pages) < 6 else f"{pages[0]}-{pages[-1]}"
