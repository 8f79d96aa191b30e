"""The vocabulary of the assistant: plain frozen records that carry their own provenance."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

# The series of a brief whose front page names none (a strategy, a transcript, an order).
DEFAULT_SERIES = "Document"


@dataclass(frozen=True, slots=True)
class Document:
    """One brief as indexed: its identity, where it lives and what its front page says."""

    id: str  # sha256 of the file's bytes (and of its .meta.json sidecar, when it has one)
    path: str  # relative to documents_dir, with forward slashes
    title: str
    series: str  # "PISM Spotlight", or DEFAULT_SERIES when the front page names none
    number: str  # "43/2025" as printed, or ""
    date: str  # ISO "2024-06-23", or "" when no date is printed
    authors: tuple[str, ...]
    language: str  # ISO 639-1 code such as "en" or "pl", detected from the text or given
    pages: int
    size: int  # bytes of the file, plus its .meta.json sidecar when it has one
    mtime: float  # seconds since the epoch (the later of file and sidecar) at indexing
    indexed_at: str = ""  # ISO time (UTC) its current version was indexed; set by the store
    # Where each field came from: ("title", "front page"), ("date", "document info"), ...;
    # the sources are "front page", "document info", "sidecar", "front matter", "file name",
    # and "page 2" or "page 3" for a byline after a report's cover.
    sources: tuple[tuple[str, str], ...] = ()
    ocr_pages: tuple[int, ...] = ()  # physical pages (1-based) read by OCR
    # The reading (sync.READING) that gave this record and its chunks; 0: before it was kept.
    # A brief read by an older one is read again at the next sync.
    reading: int = 0


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of whole sentences of one document, the unit that is embedded and retrieved."""

    id: int  # derived from (document id, position, text); also the FAISS id
    document_id: str
    position: int  # 0, 1, 2 ... in reading order
    text: str  # exactly the clean text between start and end
    start: int  # character offsets into the document's clean text
    end: int
    page: str  # printed page label, "1" or "1-2" when the chunk spans a page break
    section: str  # the heading the chunk stands under, "" before the first heading
    # (start, end) in the clean text of each sentence (or piece of an over-long one), as
    # chunking found them, so quoting never splits text again.
    sentences: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Passage:
    """A retrieved chunk with the document it belongs to and how well it matches the query."""

    chunk: Chunk
    document: Document
    # The ranking score of the retrieval mode: cosine similarity (dense), BM25 (lexical) or
    # the fusion of both (hybrid, convex by default). Only comparable within one result list.
    score: float
    also: tuple[Document, ...] = ()  # other briefs that hold the same words


@dataclass(frozen=True, slots=True)
class Filters:
    """Which briefs a question may be answered from; empty fields do not filter."""

    since: str = ""  # ISO date, inclusive
    until: str = ""  # ISO date, inclusive
    authors: tuple[str, ...] = ()  # any of these names, or part of a name ("Dynier")
    series: tuple[str, ...] = ()  # any of these series, or part of one ("Spotlight")
    documents: tuple[str, ...] = ()  # document ids, paths or numbers ("43/2025")

    def __bool__(self) -> bool:
        return any((self.since, self.until, self.authors, self.series, self.documents))


@dataclass(frozen=True, slots=True)
class Citation:
    """Everything needed to cite a quote without looking anything else up."""

    title: str
    series: str
    number: str
    date: str
    authors: tuple[str, ...]
    page: str
    path: str
    ocr: bool = False  # the page's text was read by OCR: check the quote against the scan
    note: str = ""  # "31" when the quote is footnote 31's text: "..., note 31, p. 12"

    def __str__(self) -> str:
        # A brief that names no series reads "Title (October 2022), p. 35": "(Document, ...)"
        # told staff nothing and read like a misparsed field on 8 of the 10 real PDFs.
        label = series_label(self.series, self.number)
        parts = [label] if label else []
        if self.date:
            parts.append(format_date(self.date))
        if self.authors:
            parts.append(join_names(self.authors))
        ocr = " (OCR)" if self.ocr else ""
        # An unnumbered source note ("Sources: ...", notes.UNNUMBERED) reads "note, p. 2".
        note = f"note {self.note.strip('*')}".rstrip() + ", " if self.note else ""
        label = f" ({', '.join(parts)})" if parts else ""
        return f"{self.title}{label}, {note}{pages_label(self.page)}{ocr}"


@dataclass(frozen=True, slots=True)
class Quote:
    """A verbatim sentence of a brief that answers the question, with its citation."""

    text: str  # one to three whole sentences, exactly as in the brief's clean text
    citation: Citation
    # How well its best sentence answers: cosine similarity plus weighted word overlap
    # (quote.sentence_scores); found=False answers have no quote at answer_threshold or above.
    score: float
    section: str = ""
    start: int = 0  # character offsets of text in the brief's clean text
    end: int = 0
    context_before: str = ""  # the sentence before the quote, for display
    context_after: str = ""  # the sentence after it
    also: tuple[Citation, ...] = ()  # the same words in other briefs
    # (physical page 1-based, x0, y0, x1, y1) in PDF points from the page's top-left of each
    # line piece of text (CleanText.boxes_of); empty for TXT/MD briefs.
    boxes: tuple[tuple[int, float, float, float, float], ...] = ()


@dataclass(frozen=True, slots=True)
class SourceView:
    """The page(s) a quote stands on, for reading it in its place."""

    path: str  # the brief, relative to documents_dir
    file: str  # the brief's file on disk, to open or download
    pages: str  # printed page label(s), "1" or "1-2"
    text: str  # the clean text of those pages
    start: int  # the quote's offsets in text
    end: int


@dataclass(frozen=True, slots=True)
class Answer:
    """The quotes that answer a question; found is False when nothing in the collection does."""

    question: str
    quotes: tuple[Quote, ...]
    found: bool
    # How sure the answer is, in words staff understand (answer_score.confidence); "" when the
    # similarity scorer, which has no probability, chose the quotes.
    confidence: str = ""


@dataclass(frozen=True, slots=True)
class SyncReport:
    """What a sync changed, file by file; failed files carry the reason."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    failed: tuple[tuple[str, str], ...] = ()  # (path, reason)
    skipped: tuple[tuple[str, str], ...] = ()  # (path, reason): not a brief we read
    warnings: tuple[str, ...] = ()
    moved: tuple[tuple[str, str], ...] = ()  # (old path, new path): same bytes, no embedding
    new_briefs: tuple[tuple[str, str], ...] = ()  # (path, title) of each brief (re-)read
    reread: tuple[str, ...] = ()  # same bytes, read again because the reading improved

    @property
    def changed(self) -> bool:
        """Whether the index is different after this sync."""
        return bool(self.added or self.updated or self.removed or self.moved or self.reread)


@dataclass(frozen=True, slots=True)
class Status:
    """How big the index is and what built it."""

    documents: int
    passages: int
    model: str
    index_dir: str
    documents_dir: str
    last_sync: str = ""  # ISO time (UTC) of the last commit, "" if never
    segments: int = 0  # vector segment files in the current generation
    # Passages indexed before sentence vectors were stored: their sentences are encoded while
    # a question waits, until `spotlight index --rebuild` stores them.
    without_sentence_vectors: int = 0
    # Briefs read by an older reading (sync.READING): the next sync reads them again.
    older_reading: int = 0

    def summary(self) -> str:
        """One line for people: "1 brief indexed · 7 passages · model all-MiniLM-L6-v2"."""
        briefs = "brief" if self.documents == 1 else "briefs"
        passages = "passage" if self.passages == 1 else "passages"
        line = (
            f"{self.documents} {briefs} indexed \u00b7 {self.passages} {passages} "
            f"\u00b7 model {self.model}"
        )
        if self.older_reading:
            line += (
                f" \u00b7 {self.older_reading} of the briefs were read by an older version: "
                "the next `spotlight index` reads them again"
            )
        if self.without_sentence_vectors:
            line += (
                f" \u00b7 {self.without_sentence_vectors} of the passages have no sentence "
                'vectors (indexed by an older version, or with sentence_vectors "none"): '
                "`spotlight index` stores them for the briefs it reads again, "
                "`spotlight index --rebuild` for all, so that a question encodes only itself"
            )
        return line


NOTHING_ANSWERS = "Nothing in the collection answers this question."


def series_label(series: str, number: str) -> str:
    """ "PISM Spotlight No. 43/2025", the series alone when the brief has no number, and ""
    for a brief that names neither (the Library and citations show no "Document")."""
    if number:
        return f"{series} No. {number}"
    return "" if series == DEFAULT_SERIES else series


def pages_label(page: str) -> str:
    """ "p. 1", or "pp. 1-2" for a span across a page break."""
    return f"pp. {page}" if "-" in page else f"p. {page}"


def join_names(names: tuple[str, ...]) -> str:
    """Join author names the way a brief prints them: "A", "A and B", "A, B and C"."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} and {names[-1]}"


def format_date(iso: str) -> str:
    """ "2024-06-23" -> "23 June 2024", "2024-04" (a month-only cover) -> "April 2024";
    anything else as it is."""
    from datetime import date

    year, _, month = iso.partition("-")
    if len(iso) == 7 and year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{_MONTH_NAMES[int(month) - 1]} {year}"
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"  # not %B: locale-proof


_MONTH_NAMES = (
    "January February March April May June July August September October November December"
).split()

# The marks a sentence ends with (a line that ends otherwise runs on, or is a label).
TERMINAL = tuple('.!?:;"\u201d\u2019)\u2026')

# In Line.text: a hyphen PDFium found at a line end and joined the word across
# ("second\ufffelargest"); cleaning keeps it or drops it (clean.join_lines).
JOINED_HYPHEN = "\ufffe"


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a page as extracted, and whether it sat in the page's top or bottom margin."""

    text: str
    margin: bool = False
    # Where the line sits: (x0, top, x1, bottom) in PDF points from the page's top-left; None
    # for text files and for readers without positions.
    box: tuple[float, float, float, float] | None = None
    size: float = 0.0  # font size in points (the line's median), 0 when unknown
    bold: bool = False
    note: str = ""  # "31" where footnote 31 starts on this line, "+" where a note goes on
    ocr: bool = False  # read by OCR: its size is estimated from word boxes (ocr.HEIGHT_SHARES)
    # A line PDFium ran on across a hyphenated word onto the next physical line: for each of
    # its physical lines, the share of the line's characters before it and its box (box is
    # their union, which layout reads); empty for a line on one physical line.
    wraps: tuple[tuple[float, tuple[float, float, float, float]], ...] = ()
    # Where in text a piece set apart by a gap wider than a word space begins: a table's next
    # cell, the second of two names set side by side ("Nikos Papadakis", "Elif Demir").
    cells: tuple[int, ...] = ()

    def cell_texts(self) -> tuple[str, ...]:
        """The text of each cell, the whole text when the line has one."""
        bounds = (0, *self.cells, len(self.text))
        return tuple(self.text[a:b].strip() for a, b in itertools.pairwise(bounds))

    def with_cells(self, separator: str = " | ") -> str:
        """The text with separator between its cells."""
        return separator.join(self.cell_texts())


@dataclass(frozen=True, slots=True)
class CleanText:
    """A document's clean text, where each page starts in it, and its section headings."""

    text: str
    page_starts: tuple[int, ...]  # offset of each page's first character
    page_labels: tuple[str, ...]  # printed page labels, "1", "2", ... by default
    headings: tuple[tuple[int, int], ...]  # (start, end) of each heading paragraph
    # (start, end) of every sentence, as chunking split them ("" until the text is chunked).
    sentences: tuple[tuple[int, int], ...] = ()
    # Where the text lies on the pages: (start, end, physical page 1-based, x0, y0, x1, y1)
    # for each line piece, in PDF points from the page's top-left; empty for TXT/MD briefs.
    boxes: tuple[tuple[int, int, int, float, float, float, float], ...] = ()

    # (start, end, number) of each footnote or endnote: "ii", "31".
    notes: tuple[tuple[int, int, str], ...] = ()

    def note_at(self, offset: int) -> str:
        """The number of the note text[offset] stands in, "" in body text."""
        at = bisect.bisect_right(self.notes, (offset, 1 << 62, "")) - 1
        return self.notes[at][2] if at >= 0 and offset < self.notes[at][1] else ""

    def boxes_of(self, start: int, end: int) -> tuple[tuple[int, float, float, float, float], ...]:
        """(page, x0, y0, x1, y1) of each line piece text[start:end] covers, in reading order.

        A partly covered line gets the share of its width its characters take (the boxes kept
        are per line; within a line, characters are taken as equally wide: pages.span_boxes
        finds the glyphs' own ends on the page).
        """
        out = []
        for (run_start, run_end, page, x0, y0, x1, y1), low, high in self.lines_of(start, end):
            length = max(1, run_end - run_start)
            left, right = (low - run_start) / length, (high - run_start) / length
            width = x1 - x0
            out.append((page, x0 + left * width, y0, x0 + right * width, y1))
        return tuple(out)

    def lines_of(
        self, start: int, end: int
    ) -> tuple[tuple[tuple[int, int, int, float, float, float, float], int, int], ...]:
        """Each line piece of `boxes` that text[start:end] covers, with the part it covers
        (its start and end offsets), in reading order."""
        first = max(0, bisect.bisect_right(self.boxes, (start, 1 << 62)) - 1)
        out = []
        for run in self.boxes[first:]:
            if run[0] >= end:
                break
            if run[1] > start:
                out.append((run, max(start, run[0]), min(end, run[1])))
        return tuple(out)

    def page(self, start: int, end: int) -> str:
        """The printed page of text[start:end]: "1", or "1-2" across a page break."""
        first = self._page_index(start)
        last = self._page_index(max(start, end - 1))
        if first == last:
            return self.page_labels[first]
        return f"{self.page_labels[first]}-{self.page_labels[last]}"

    def page_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Offsets of the whole page(s) that text[start:end] stands on."""
        first = self._page_index(start)
        last = self._page_index(max(start, end - 1))
        bound = self.page_starts[last + 1] if last + 1 < len(self.page_starts) else len(self.text)
        return self.page_starts[first], bound

    def _page_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.page_starts, offset) - 1)


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A parsed, chunked and embedded document, ready to be committed."""

    document: Document
    clean: CleanText
    chunks: tuple[Chunk, ...]
    vectors: np.ndarray  # one unit row per chunk
    terms: tuple[str, ...]  # each chunk's BM25 terms, space-separated (lexical.terms)
    # Per chunk, one unit row per sentence of chunk.sentences (sentence_vectors.embed_chunks),
    # or None where the index keeps none (encoded when a question needs them).
    sentence_vectors: tuple[np.ndarray | None, ...] = ()


@dataclass(frozen=True, slots=True)
class Restamp:
    """A known document whose file moved or was touched: same bytes, new path or time."""

    id: str
    path: str
    size: int
    mtime: float


@dataclass(frozen=True, slots=True)
class Change:
    """What one commit does to the index."""

    added: tuple[NewDocument, ...] = ()
    removed: tuple[str, ...] = ()  # document ids, dropped with their chunks and vectors
    restamped: tuple[Restamp, ...] = ()
    excluded: tuple[tuple[str, str], ...] = ()  # (id, path) that sync leaves out from now on

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.restamped or self.excluded)


@dataclass(frozen=True, slots=True)
class SavedQuestion:
    """A question a person saved, to see what briefs indexed since they last looked say."""

    id: int
    user: str  # the login that saved it, "" on a page without login
    question: str
    created: str  # ISO time (UTC) it was saved
    seen: str  # ISO time (UTC) its news were last looked at


@dataclass(frozen=True, slots=True)
class News:
    """What briefs indexed since a saved question was last looked at say about it."""

    saved: SavedQuestion
    answer: Answer  # quotes newest brief first; found=False when no new brief answers
    briefs: tuple[str, ...]  # paths of the briefs indexed since saved.seen
