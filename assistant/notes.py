"""Endnotes: the numbered notes a brief prints after its text, marked as notes line by line.

Footnotes are found on each page by the text layer (small type at the foot, from a number
on); endnotes need the whole document. They start at a heading of their own ("Notes",
"Endnotes", "References", ...) followed by a numbered entry, or, without a heading, where the
last pages turn to type smaller than the body text that opens numbered entries. From there to
the end every line is a note: a line that opens with a number starts note <number>, the rest
go on with the note before. A heading set at least as large as the body ends the notes
("About the Authors" after them).

A source note is unnumbered: "Sources: S&P Global ...", "Note: Income designations ..." set
smaller than the body under a chart or at the brief's end. It is a note too (UNNUMBERED), so
a reference list is never quoted as the answer to a body question.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from .records import Line

_HEADING = re.compile(
    r"^(?:end\s?notes|notes|footnotes|references|sources|bibliography|works cited|"
    r"przypisy|bibliografia)$",
    re.I,
)
# "1 Kyodo", "12. See", "[3] Ibid.", "iv Then": the number an entry opens with (group 1);
# the match ends where the entry's words begin.
ENTRY = re.compile(r"^\[?(\d{1,3}|[ivxlc]{1,6})(?:\]|\.|\))?\s+(?=\S)")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})$", re.I)
# "Sources: ...", "Note: ...", "Źródło: ...": the label a source note opens with.
_SOURCE_LABEL = re.compile(r"^(?:sources?|notes?|źródł[oa]|uwagi?)\s*:", re.I)
# Line.note of a source note's first line (and Quote.note when one is quoted): it has no number.
UNNUMBERED = "*"
# Notes are set smaller than the body: 9 on 11 points, 8 on 10 (a body line is within 5%).
SMALL_SHARE = 0.9
# A notes section without a heading shows at least this many numbered entries.
LEAST_ENTRIES = 3
# A heading this much larger than the body text ends the notes.
HEADING_SCALE = 1.15


def mark_endnotes(pages: Sequence[Sequence[Line]]) -> tuple[tuple[Line, ...], ...]:
    """The pages with the endnotes' lines labelled as notes (Line.note), the rest as given."""
    flat = [(p, i) for p, page in enumerate(pages) for i, line in enumerate(page)]
    # The body size of the first half: the notes at the end may hold most of the characters.
    body = body_size(line for page in pages[: max(1, len(pages) // 2)] for line in page)
    start = _after_heading(pages, flat) if flat else None
    if start is None and body:
        start = _small_tail(pages, flat, body)
    out = [list(page) for page in mark_source_notes(pages, body)]
    if start is None:
        return tuple(tuple(page) for page in out)
    number = ""
    for p, i in flat[start:]:
        line = out[p][i]
        text = line.text.strip()
        if not text or line.margin:
            continue
        if body and line.size >= HEADING_SCALE * body and not _HEADING.match(text):
            break
        entry = ENTRY.match(text)
        if entry:
            number = entry.group(1)
        if number:
            out[p][i] = dataclasses.replace(line, note=number if entry else "+")
    return tuple(tuple(page) for page in out)


def mark_source_notes(pages: Sequence[Sequence[Line]], body: float) -> list[list[Line]]:
    """The pages with each source note labelled: from a small line that opens with a source
    label, through the lines of its size that follow it, to a blank line or other type."""
    out = [list(page) for page in pages]
    if not body:
        return out
    for page in out:
        size = 0.0  # the size of the source note being read, 0 outside one
        for i, line in enumerate(page):
            text = line.text.strip()
            if not text or line.note or line.margin:
                size = 0.0 if not text or line.note else size
                continue
            if size and abs(line.size - size) <= 0.05 * size:
                page[i] = dataclasses.replace(line, note="+")
                continue
            size = 0.0
            if line.size and line.size < SMALL_SHARE * body and _SOURCE_LABEL.match(text):
                page[i] = dataclasses.replace(line, note=UNNUMBERED)
                size = line.size
    return out


def body_size(lines: object) -> float:
    """The size most characters outside notes are set in (0 when sizes are unknown)."""
    sizes: Counter[float] = Counter()
    for line in lines:  # type: ignore[attr-defined]
        if line.size and not line.note:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _after_heading(pages: Sequence[Sequence[Line]], flat: list[tuple[int, int]]) -> int | None:
    """The position after the last notes heading in the second half that an entry follows."""
    for k in range(len(flat) - 1, -1, -1):
        p, i = flat[k]
        if p < len(pages) // 2:
            return None
        if _HEADING.match(pages[p][i].text.strip().rstrip(":")):
            following = [
                pages[q][j].text.strip() for q, j in flat[k + 1 : k + 4] if pages[q][j].text.strip()
            ]
            if following and ENTRY.match(following[0]):
                return k + 1
    return None


def _small_tail(
    pages: Sequence[Sequence[Line]], flat: list[tuple[int, int]], body: float
) -> int | None:
    """Where the document's last run of small type begins, when it is numbered entries."""
    start = None
    entries = 0
    for k in range(len(flat) - 1, -1, -1):
        p, i = flat[k]
        line = pages[p][i]
        text = line.text.strip()
        if not text or line.margin or _PAGE_NUMBER.match(text):
            continue
        if not line.size or line.size >= SMALL_SHARE * body:
            break
        if ENTRY.match(text):
            start, entries = k, entries + 1
    return start if entries >= LEAST_ENTRIES else None
