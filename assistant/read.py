"""Reading files: a PDF, text or Markdown file -> its pages of lines, nothing interpreted yet."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DocumentError
from .notes import mark_endnotes
from .ocr import no_text_reason, read_images
from .records import Line
from .textlayer import pdf_lines

log = logging.getLogger(__name__)

SUPPORTED = (".pdf", ".txt", ".md")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A file's text as extracted: lines per page, and the printed label of each page."""

    pages: tuple[tuple[Line, ...], ...]
    labels: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    front_matter: dict[str, object] = field(default_factory=dict)  # Markdown's, unchecked
    # The PDF's document info and XMP ("title", "author", "subject"; "" where absent), and
    # the physical numbers (1-based) of the pages read by OCR.
    info: dict[str, str] = field(default_factory=dict)
    ocr_pages: tuple[int, ...] = ()


def read_file(name: str | Path, data: bytes, ocr_languages: str = "eng") -> RawDocument:
    """Extract the text of a brief from its bytes; name gives its type and names it in errors.

    Image-only PDF pages are read by OCR in ocr_languages (tesseract's "eng+pol") when
    tesseract is installed.

    Raises:
        DocumentError: the file is empty, damaged, encrypted, has no text, or is of a type
            that is not read; the message names the file.
    """
    path = Path(name)
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _read_pdf(path, data, ocr_languages)
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


def _read_pdf(path: Path, data: bytes, ocr_languages: str = "eng") -> RawDocument:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    if not data.lstrip().startswith(b"%PDF"):
        raise DocumentError(f"{path}: not a PDF (no %PDF header): the file is damaged or misnamed")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentError(f"{path}: encrypted PDF; save an unencrypted copy to index it")
        labels = tuple(reader.page_labels)
        info = document_info(reader)
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
    ocr_pages: tuple[int, ...] = ()
    # pypdf checked the structure, the password and the labels; PDFium reads the text, which
    # it keeps whole where pypdf splits kerned words (issue 13: 142 split words on 11 of 29).
    pages = tuple(pdf_lines(path, data))
    pages, ocr_pages, warnings = read_images(path, data, pages, ocr_languages)
    pages = mark_endnotes(pages)
    if not any(line.text.strip() for page in pages for line in page):
        raise DocumentError(f"{path}: {no_text_reason(ocr_languages)}")
    return RawDocument(pages, labels, warnings, info=info, ocr_pages=ocr_pages)


def document_info(reader: object) -> dict[str, str]:
    """The title, author and subject a PDF declares (document info, else XMP); "" if none."""
    fields = {"title": "", "author": "", "subject": ""}
    try:
        info = reader.metadata or {}  # type: ignore[attr-defined]
        for key in fields:
            value = info.get(f"/{key.title()}")
            fields[key] = str(value).strip() if value else ""
        xmp = reader.xmp_metadata  # type: ignore[attr-defined]
        if xmp is not None:
            fields["title"] = fields["title"] or _first(xmp.dc_title)
            fields["author"] = fields["author"] or "; ".join(xmp.dc_creator or ())
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        # Declared info is only a hint: a damaged one costs nothing.
        log.debug("document info unreadable: %s", exc)
    return fields


def _first(values: object) -> str:
    if isinstance(values, dict):
        values = list(values.values())
    return str(values[0]).strip() if values else ""


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
