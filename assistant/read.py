"""Reading files: a PDF, text or Markdown file -> its pages of lines, nothing interpreted yet."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocumentError
from .records import Line

SUPPORTED = (".pdf", ".txt", ".md")
# Text within this share of the page height from the top or bottom edge is in the margin,
# where running headers, footers and page numbers sit (about 21 mm on A4).
MARGIN_SHARE = 0.07


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A file's text as extracted: lines per page, and the printed label of each page."""

    pages: tuple[tuple[Line, ...], ...]
    labels: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    front_matter: dict[str, object] = field(default_factory=dict)  # Markdown's, unchecked


def read_file(name: str | Path, data: bytes) -> RawDocument:
    """Extract the text of a brief from its bytes; name gives its type and names it in errors.

    Raises:
        DocumentError: the file is empty, damaged, encrypted, has no text, or is of a type
            that is not read; the message names the file.
    """
    path = Path(name)
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(path, data)
    if suffix in (".txt", ".md"):
        return _read_text(path, data)
    raise DocumentError(f"{path}: unsupported file type {suffix!r}; supported: {SUPPORTED}")


def _read_text(path: Path, data: bytes) -> RawDocument:
    warnings: tuple[str, ...] = ()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Word-processor exports on Windows are the usual non-UTF-8 text; cp1252 decodes any
        # byte, so the text is kept and the user is told which characters may be wrong.
        text = data.decode("cp1252", errors="replace")
        warnings = (f"{path}: not UTF-8; decoded as Windows-1252, check accented letters",)
    if "\x00" in text:
        raise DocumentError(f"{path}: binary data in a text file")
    front_matter: dict[str, object] = {}
    if path.suffix.lower() == ".md":
        front_matter, text = split_front_matter(text, str(path))
    pages = tuple(tuple(Line(line) for line in page.splitlines()) for page in text.split("\f"))
    labels = tuple(str(i) for i in range(1, len(pages) + 1))
    return RawDocument(pages, labels, warnings, front_matter)


def _read_pdf(path: Path, data: bytes) -> RawDocument:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip().startswith(b"%PDF"):
        raise DocumentError(f"{path}: not a PDF (no %PDF header): the file is damaged or misnamed")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path}: encrypted PDF; save an unencrypted copy to index it")
        pages = tuple(_page_lines(page) for page in reader.pages)
        labels = tuple(reader.page_labels)
    except DocumentError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OSError,
        RecursionError,  # objects nested thousands deep, as hostile PDFs do
    ) as exc:
        raise DocumentError(f"{path}: damaged PDF ({exc.__class__.__name__}: {exc})") from exc
    if not any(line.text.strip() for page in pages for line in page):
        raise DocumentError(f"{path}: no text layer: scanned PDFs need OCR, which is not supported")
    return RawDocument(pages, labels)


def _page_lines(page: object) -> tuple[Line, ...]:
    """The page's lines in pypdf's reading order, each marked if it sits in the margin.

    pypdf's plain text comes in content-stream order, where a header may come anywhere, so
    every line is placed by the position of its first fragment.
    """
    box = page.mediabox  # type: ignore[attr-defined]
    band = float(box.height) * MARGIN_SHARE
    low, high = float(box.bottom) + band, float(box.top) - band
    lines: list[Line] = []
    current: list[str] = []
    height: list[float] = []

    def flush() -> None:
        lines.append(Line("".join(current), bool(height) and not low <= height[0] <= high))
        current.clear()
        height.clear()

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        for index, piece in enumerate(text.split("\n")):
            if index:
                flush()
            if piece.strip() and not height:
                height.append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
            current.append(piece)

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    flush()
    return tuple(lines)


def split_front_matter(text: str, name: str) -> tuple[dict[str, object], str]:
    """Markdown front matter ("---" lines around YAML at the very top) and the text after it."""
    match = re.match(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", text, flags=re.S | re.M)
    if not match:
        return {}, text
    import yaml

    try:
        fields = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise DocumentError(f"{name}: front matter is not valid YAML ({exc})") from exc
    if not isinstance(fields, dict):
        raise DocumentError(f"{name}: front matter must be 'field: value' lines")
    return fields, text[match.end() :]
