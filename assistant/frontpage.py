"""Metadata of any brief from its first page's layout, each field with where it came from.

The Spotlight block (metadata.parse_front_page) is read as before; for every other brief the
title is the one title.py finds on page 1; authors come from the byline (byline.py); the date
is the first printed one ("MARCH 2022", "May 10, 2013", "2 kwietnia 1997"), never the file's
creation date; the series and number as printed ("Backgrounder No. 3856"). The PDF's document
info is believed only where page 1 prints the same words: its author field is mostly the
person who made the file ("McIntosh, Bill" on two White House strategies).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from .byline import (
    about_authors,
    byline,
    info_authors,
    labelled,
    names_over_date,
    posted_names,
    signed_names,
)
from .clean import fold, normalize_line
from .metadata import (
    DEFAULT_SERIES,
    MONTH,
    NUMBER_FORM,
    Metadata,
    date_only,
    dateline_date,
    dating,
    normal_number,
    parse_front_page,
    printed_date,
)
from .names import label_alone, opens_byline
from .records import JOINED_HYPHEN, Line
from .title import (
    FRONT_BLOCK_LINES,
    GENRE,
    SERIES_KIND,
    SIZE_TOLERANCE,
    can_be_title,
    checked_info,
    goes_on,
    is_masthead,
    layout_title,
    memo_subject,
    printed_size,
    title_case,
)

FRONT = "front page"
INFO = "document info"
FILE_NAME = "file name"
# The kind of publication a numbered series is named for: its name's last word.
_KINDS = (
    r"Backgrounder|Brief|Paper|Report|Memo|Commentary|Spotlight|Bulletin|Analysis|Biuletyn|"
    r"Komentarze?|Raport"
)
_KIND_WORD = re.compile(rf"{_KINDS}|Note", re.I)  # "Policy Note"
_SERIES_NUMBER = re.compile(
    rf"\b((?:[A-Z][A-Za-z]+\s+){{0,3}}(?:{_KINDS}|(?:Policy|Briefing|Research)\s+Note)"
    # the publisher's acronym after the kind: "KOMENTARZE OSW | NUMER 612"
    r"(?:\s+(?!NO\b|NR\b)(?-i:[A-Z]{2,6}))?)\s*[|·•,–-]?\s+"
    rf"(?:(?:No\.?|Number|numer|nr\.?|#)\s*({NUMBER_FORM}|\d{{1,5}})|"
    rf"(?!(?:19|20)\d\d\b)({NUMBER_FORM}|\d{{1,4}})(?!\s+(?:{MONTH})\b|\.\d))(?![\d/(])",
    re.I,
)  # "Working Paper 12", "POLICY BRIEF | No. 12"; not "Annual Report 2024" (a year) nor
# "ANALYSIS 22 April 2025" or "COMMENTARY · 21.05.2025" (a day)
_SERIES_ALONE = re.compile(
    rf"^((?:[A-Z][A-Za-z]+\s+){{0,2}}(?:{SERIES_KIND}|Backgrounder|Commentary|Bulletin|"
    r"Spotlight|Biuletyn|Komentarz))(?:\s*[|,•–-]?\s+(.*))?$",
    re.I,
)
# A front page's table of fields: "Series | Policy Paper", "Number | 4/2025".
_SERIES_LABEL = re.compile(r"^(?:series|seria)\s*[:|]?\s+", re.I)
_NUMBER_LINE = re.compile(
    rf"^(?:number|no\.?|nr\.?|numer)\s*[:|]?\s*({NUMBER_FORM}|\d{{1,5}})$", re.I
)
# A line this short above the title is a kicker or the publisher's name, not text.
KICKER_WORDS = 6
# A first page with fewer words than this outside its margins is a cover picture.
COVER_WORDS = 15


def with_layout(
    metadata: Metadata, lines: Sequence[Line], info: Mapping[str, str], file_stem: str
) -> tuple[Metadata, tuple[tuple[str, str], ...]]:
    """metadata completed from page 1's layout and the document info, and each field's source.

    A Spotlight block's fields stand as parsed; a field the block left empty is looked for.
    """
    # A title or byline word broken at a line end is one word ("Inter-national").
    printed = [x for x in lines if x.text.strip()]
    lines = [_normal(x, x.text) for x in printed]
    # The byline and the series are read with a row's cells apart: names set side by side
    # are two names, and a publisher's name beside "Brief No. 23" no part of the series.
    celled = [_normal(x, x.with_cells() if _names_apart(x) else x.text) for x in printed]
    page_text = fold(" ".join(x.text for x in lines))
    # A browser prints the document's declared title in its running header: in the margin,
    # that checks nothing.
    body_text = fold(" ".join(x.text for x in lines if not x.margin))
    spotlight = _series_block(metadata)
    sources: dict[str, str] = {}
    changes: dict[str, object] = {}
    has_layout = any(x.size for x in lines)
    title = layout_title(lines)  # the title, unless declared, and where the byline follows
    if spotlight and has_layout and title and not can_be_title(metadata.title, names=True):
        # A series block over a byline ("POLICY NOTE No. 17/2025" beside "Author: Rasmus
        # Kask"): its plain reading took the byline for the title; the layout's stands.
        changes["title"], sources["title"] = title, FRONT
    elif spotlight and has_layout and goes_on(metadata.title, title):
        # The series block's plain reading ends a title at its first line break, and takes a
        # second line that reads as a name for the byline ("Why the Baltic Grid Needs a" /
        # "Backup Plan"): the title is the whole block of its type.
        changes["title"], sources["title"] = title, FRONT
        if any(fold(name) in fold(title) for name in metadata.authors):
            metadata = dataclasses.replace(metadata, authors=())
    elif spotlight and has_layout and title and _runs_into(title, metadata.title):
        # Its plain reading ran on into the subtitle set smaller ("... Steel Exports" /
        # "Evidence from firm-level customs data"), or took in the date over the title ("24
        # February 2025 Is the Albania Model ..."): the title is the block of its type.
        changes["title"], sources["title"] = title, FRONT
    elif spotlight or not has_layout:
        sources["title"] = FRONT if metadata.title != file_stem else FILE_NAME
    else:
        # A declared title that page 1 prints is the title (the largest type may be a
        # header); otherwise the largest block.
        declared = checked_info(info.get("title", ""), body_text)
        if declared and title and _set_smaller(declared, title, lines):
            declared = ""  # a series or publisher the page prints smaller ("Clingendael Alert")
        if subject := memo_subject(lines):  # a memo's "Subject:" line names it
            changes["title"], sources["title"] = subject, FRONT
        elif declared:
            changes["title"], sources["title"] = declared, INFO
        elif title:
            changes["title"], sources["title"] = title, FRONT
        elif metadata.title != file_stem and can_be_title(metadata.title, names=True):
            sources["title"] = FRONT
        else:  # the first line was a genre word or a date ("POLICY BRIEF"): no title
            changes["title"], sources["title"] = file_stem, FILE_NAME
    if metadata.series != DEFAULT_SERIES:
        sources["series"] = FRONT
    elif series := printed_series(celled):  # "BULLETIN No. 45 (2164)" on one line
        changes["series"], sources["series"] = series[0], FRONT
        changes["number"] = metadata.number or series[1]
    elif metadata.number:
        sources["series"] = FRONT
    if has_layout and not spotlight:
        # The plain-text guess (first line, second line) gives way to the layout's.
        metadata = dataclasses.replace(metadata, date="", authors=())
    if metadata.date:
        sources["date"] = FRONT
    elif date := printed_date(celled):  # "NAME | Senior Fellow | 9 January 2025"
        changes["date"], sources["date"] = date, FRONT
    if metadata.authors:
        sources["authors"] = FRONT
        # The plain reading takes one name a line; the layout's goes on past their posts
        # ("Eleonora Di Stefano" / "Research Fellow, ..." / "Matteo Dell'Acqua").
        more = byline(celled, title) if has_layout else ()
        if set(metadata.authors) < set(more):
            changes["authors"] = more
    elif authors := byline(celled, title):
        changes["authors"], sources["authors"] = authors, FRONT
    elif authors := info_authors(info.get("author", ""), page_text):
        changes["authors"], sources["authors"] = authors, INFO
    return dataclasses.replace(metadata, **changes), tuple(sources.items())


def _set_smaller(declared: str, title: str, lines: Sequence[Line]) -> bool:
    """Whether page 1 prints the declared title only in smaller type than the layout's
    title (a browser declares its page's name, often the series' or publisher's), or goes
    on from it in smaller type (its subtitle, with no colon between)."""
    if goes_on(title, declared):
        return True
    largest = printed_size(title, lines)
    return largest > (1 + SIZE_TOLERANCE) * printed_size(declared, lines)


def _normal(line: Line, text: str) -> Line:
    """The line with text, a word broken at its end one word, its spaces normal."""
    return dataclasses.replace(line, text=normalize_line(text.replace(JOINED_HYPHEN, "")), cells=())


def _names_apart(line: Line) -> bool:
    """Whether a line's cells are read apart: not after a label in a cell of its own
    ("AUTHOR" | "Piotr Kaczmarek" reads as one labelled line)."""
    return bool(line.cells) and not label_alone(line.text[: line.cells[0]])


def front_metadata(
    pages: Sequence[Sequence[Line]],
    kept: Sequence[Sequence[Line]],
    info: Mapping[str, str],
    file_stem: str,
) -> tuple[Metadata, tuple[tuple[str, str], ...], int]:
    """A brief's printed metadata, each field's source, and how many of page 1's kept lines
    the front-page block takes.

    Args:
        pages: the pages as read (margins included: a cover's date may sit there).
        kept: the pages without running furniture (clean.strip_furniture_lines).
        info: the PDF's declared title and author (read.document_info).
        file_stem: the file name without extension, the title of last resort.
    """
    metadata, consumed = parse_front_page([x.text for x in kept[0]], fallback_title=file_stem)
    metadata, sources = with_layout(metadata, front_lines(pages), info, file_stem)
    if any(x.size for x in kept[0]):
        # A series block may be followed by more front matter than it parses: the Polish
        # "Warszawa, 15 stycznia 2025 r." under its byline ran into the first sentence.
        consumed = max(consumed, front_block(kept[0], metadata))
    if not metadata.authors:
        # A report's cover, then an inside cover: its byline is labelled on page 2 or 3
        # ("Authors: Ingrid Solberg and Paul Fischer" after a full-page cover).
        # Or they are named at the end, under "About the authors".
        inside = [(n, labelled) for n in range(2, min(3, len(pages)) + 1)]
        last = [(n, about_authors) for n in range(len(pages), max(len(pages) - 2, 0), -1)]
        # Or signed in page 1's margin ("Lucía Fernández · Mediterranean Programme").
        margin = [(1, _margin_names)] if pages else []
        # Or set over their jobs on page 1 or the last page (authors' cards).
        cards = [(n, posted_names) for n in dict.fromkeys((1, len(pages)))] if pages else []
        # Or over their dateline on page 1, in a column beside the text.
        cards += [(1, names_over_date)] if pages else []
        for number, find in (*margin, *inside, *last, *cards):
            if authors := find(pages[number - 1]):
                metadata = dataclasses.replace(metadata, authors=authors)
                sources = (*sources, ("authors", f"page {number}"))
                break
    if not metadata.date:
        # A report's cover ("Spring 2025"), then its title page: "Published 22 April 2025".
        for number in range(2, min(3, len(pages)) + 1):
            if date := dateline_date(pages[number - 1]):
                metadata = dataclasses.replace(metadata, date=date)
                sources = (*sources, ("date", f"page {number}"))
                break
    return metadata, sources, consumed


def _margin_names(lines: Sequence[Line]) -> tuple[str, ...]:
    """The names a running footer or header signs with, beside their post or body."""
    for line in lines:
        if line.margin and (found := signed_names(line.text)):
            return found
    return ()


def _series_block(metadata: Metadata) -> bool:
    """Whether page 1 opened with a series block (metadata.parse_front_page found one)."""
    return metadata.series != DEFAULT_SERIES or bool(metadata.number)


def front_block(lines: Sequence[Line], metadata: Metadata) -> int:
    """How many of page 1's first lines hold only front matter: the series, the title, the
    byline, the date. They are no body text: "Anna Kowalska | Senior Fellow" and "Published
    12.06.2024" had run into the first sentence, and a title page's "Riga, March 2025" into
    page 2's."""
    count, titled = 0, False
    for k, line in enumerate(lines[:FRONT_BLOCK_LINES]):
        text = line.text.strip()
        kicker = not titled and len(text.split()) <= KICKER_WORDS  # "Analysis · Energy"
        if text and not (_front_matter(text, metadata) or kicker):
            break
        titled = titled or (len(text) >= 4 and fold(text) in fold(metadata.title))
        count = k + 1
    return count


def _front_matter(text: str, metadata: Metadata) -> bool:
    folded = fold(text)
    if len(folded) >= 4 and folded in fold(metadata.title):
        return True
    if dating(text) or is_masthead(text) or opens_byline(text):
        return True
    if len(text.split()) <= 12 and any(fold(name) in folded for name in metadata.authors):
        return True  # "Anna Kowalska | Senior Fellow"
    return bool(GENRE.match(text.strip(" .:|")) or printed_series([Line(text)]))


def front_lines(pages: Sequence[Sequence[Line]]) -> list[Line]:
    """The lines that hold the front matter: page 1, and page 2 too when page 1 is a cover
    with hardly any text (the title set in a picture, as on the ODNI assessment)."""
    first = list(pages[0]) if pages else []
    words = sum(len(line.text.split()) for line in first if not line.margin)
    if words < COVER_WORDS and len(pages) > 1:
        return first + list(pages[1])
    return first


def given_sources(
    sources: tuple[tuple[str, str], ...], given: Mapping[str, object], source: str
) -> tuple[tuple[str, str], ...]:
    """sources with every field a person gave (sidecar or front matter) marked as theirs."""
    merged = dict(sources)
    for key in given:
        merged[key] = source
    return tuple(merged.items())


def printed_series(lines: Sequence[Line]) -> tuple[str, str] | None:
    """(series, number) printed on page 1: "Backgrounder No. 3856", "Issue Brief"."""
    for line in lines[:40]:
        if match := _SERIES_NUMBER.search(line.text):
            number = match.group(2) or match.group(3)
            return _as_printed(match.group(1).strip()), normal_number(number)
    for line in lines[:40]:
        match = _SERIES_ALONE.match(_SERIES_LABEL.sub("", line.text.strip()))
        if match and (not match.group(2) or date_only(match.group(2))):  # "Commentary May 2"
            numbers = (_NUMBER_LINE.match(x.text.strip()) for x in lines[:40])
            number = next((found.group(1) for found in numbers if found), "")
            return _as_printed(match.group(1)), normal_number(number)
    return None


def _as_printed(series: str) -> str:
    """A series name as printed, in title case where printed in capitals ("BULLETIN"); the
    publisher's acronym after the kind stays in capitals ("Komentarze OSW")."""
    if not series.isupper():
        return series
    *kind, last = series.split()
    acronym = frozenset([last]) if kind and not _KIND_WORD.fullmatch(last) else frozenset()
    return title_case(series, acronym)


def _runs_into(title: str, plain: str) -> bool:
    """Whether the plain reading's title holds the layout's and more."""
    return fold(title) != fold(plain) and fold(title) in fold(plain)
