"""Metadata of any brief from its first page's layout, each field with where it came from.

The Spotlight block (metadata.parse_front_page) is read as before; for every other brief the
title is the largest block of type on page 1 that is not a genre word, a date, a volume line
or a person's name; authors come from the byline; the date is the first printed one ("MARCH
2022", "May 10, 2013", "2 kwietnia 1997"), never the file's creation date. The PDF's document
info is believed only where page 1 prints the same words: its author field is mostly the
person who made the file ("McIntosh, Bill" on two White House strategies).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from .byline import about_authors, byline, info_authors, labelled
from .clean import MARKING, fold, normalize_line
from .layout import HEADING_SCALE, body_size
from .metadata import (
    DEFAULT_SERIES,
    MONTH,
    NUMBER_FORM,
    Metadata,
    date_only,
    dating,
    normal_number,
    parse_front_page,
    printed_date,
)
from .names import BYLINE_LABEL, looks_like_names, opens_byline
from .records import JOINED_HYPHEN, Line

FRONT = "front page"
INFO = "document info"
FILE_NAME = "file name"
# Words that name a kind of document, printed big on covers but never a title on their own.
_GENRE = re.compile(
    r"^(?:the\s+)?(?:backgrounder|briefing room|presidential documents|issue brief|policy brief|"
    r"information brief|brief|report|paper|working paper|policy paper|spotlight|commentary|"
    r"policy note|briefing note|research note|opinion|"
    r"bulletin|analysis|memorandum|memo|staff memorandum|fact sheet|press release|statement|"
    r"transcript|speeches and remarks|executive summary|contents|table of contents|"
    r"federal register|staff research backgrounder|rules and regulations|introduction|foreword|"
    r"preface|summary|abstract|overview|acknowledg(?:e)?ments|key findings|background)$",
    re.I,
)
_VOLUME = re.compile(r"\b(?:vol\.?|volume|issue|series|part)\s+[\divxlc]+\b", re.I)
# "Vol. 86", "No. 73", "Issue 4", "No. 43/2025" (not "Part V", which may name a section).
_ISSUE = re.compile(r"\b(?:vol\.?|volume|issue|no\.?|number)\s*[\divxlc]+\b(?:\s*/\s*\d+)?", re.I)
_SERIES_NUMBER = re.compile(
    r"\b((?:[A-Z][A-Za-z]+\s+){0,3}(?:Backgrounder|Brief|Paper|Report|Memo|Commentary|"
    r"(?:Policy|Briefing|Research)\s+Note|"
    r"Spotlight|Bulletin|Analysis|Biuletyn|Komentarz|Raport))\s*[|·•,–-]?\s+"
    rf"(?:(?:No\.?|Number|nr\.?|#)\s*({NUMBER_FORM}|\d{{1,5}})|"
    rf"(?!(?:19|20)\d\d\b)({NUMBER_FORM}|\d{{1,4}})(?!\s+(?:{MONTH})\b))(?![\d/(])",
    re.I,
)  # "Working Paper 12", "POLICY BRIEF | No. 12"; not "Annual Report 2024" (a year) nor
# "ANALYSIS 22 April 2025" (a day)
_SERIES_ALONE = re.compile(
    r"^((?:[A-Z][A-Za-z]+\s+){0,2}(?:Backgrounder|Issue Brief|Policy Brief|Working Paper|"
    r"Policy Note|Briefing Note|Research Note|"
    r"Policy Paper|Commentary|Bulletin|Spotlight|Biuletyn|Komentarz))(?:\s*[|,•–-]?\s+(.*))?$",
    re.I,
)
# A word with its quotes, possessive and punctuation: "(NATO'S", "EU,".
_ACRONYM = re.compile(r"^(\W*)([A-Z]{2,})((?:['’]S)?\W*)$")
# Words a title's second line opens with when it goes on from the first.
_CONTINUES = {"of", "for", "in", "on", "and", "to", "from", "with", "against"}
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to"}
# Lines of one block differ in size by less than this share (rounding in the PDF).
SIZE_TOLERANCE = 0.04
MAX_TITLE_WORDS = 30
# Lines of one block are at most this many sizes apart (glyph box to glyph box): title
# lines set with double leading are 1.3 sizes apart on the Polish Constitution's cover.
GAP_SHARE = 1.5
# A memo's header line naming its subject: "Subject:", "Re:", the Polish "Temat:", "Dotyczy:".
_SUBJECT = re.compile(r"^(?:subject|re|temat|dotyczy)\s*:\s*(.+)$", re.I)
# Front matter (series, title, byline, date) is looked for in this many first lines.
FRONT_BLOCK_LINES = 12
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
    lines = [
        dataclasses.replace(x, text=normalize_line(x.text.replace(JOINED_HYPHEN, "")))
        for x in lines
        if x.text.strip()
    ]
    page_text = fold(" ".join(x.text for x in lines))
    # A browser prints the document's declared title in its running header: in the margin,
    # that checks nothing.
    body_text = fold(" ".join(x.text for x in lines if not x.margin))
    spotlight = _series_block(metadata)
    sources: dict[str, str] = {}
    changes: dict[str, object] = {}
    has_layout = any(x.size for x in lines)
    title = layout_title(lines)  # the title, unless declared, and where the byline follows
    if spotlight and has_layout and title and not _can_be_title(metadata.title, names=True):
        # A series block over a byline ("POLICY NOTE No. 17/2025" beside "Author: Rasmus
        # Kask"): its plain reading took the byline for the title; the layout's stands.
        changes["title"], sources["title"] = title, FRONT
    elif spotlight and has_layout and _goes_on(metadata.title, title):
        # The series block's plain reading ends a title at its first line break, and takes a
        # second line that reads as a name for the byline ("Why the Baltic Grid Needs a" /
        # "Backup Plan"): the title is the whole block of its type.
        changes["title"], sources["title"] = title, FRONT
        if any(fold(name) in fold(title) for name in metadata.authors):
            metadata = dataclasses.replace(metadata, authors=())
    elif spotlight or not has_layout:
        sources["title"] = FRONT if metadata.title != file_stem else FILE_NAME
    else:
        # A declared title that page 1 prints is the title (the largest type may be a
        # header); otherwise the largest block.
        declared = _checked_info(info.get("title", ""), body_text)
        if subject := _memo_subject(lines):  # a memo's "Subject:" line names it
            changes["title"], sources["title"] = subject, FRONT
        elif declared:
            changes["title"], sources["title"] = declared, INFO
        elif title:
            changes["title"], sources["title"] = title, FRONT
        elif metadata.title != file_stem and _can_be_title(metadata.title, names=True):
            sources["title"] = FRONT
        else:  # the first line was a genre word or a date ("POLICY BRIEF"): no title
            changes["title"], sources["title"] = file_stem, FILE_NAME
    if metadata.series != DEFAULT_SERIES:
        sources["series"] = FRONT
    elif series := printed_series(lines):  # "BULLETIN No. 45 (2164)" on one line
        changes["series"], sources["series"] = series[0], FRONT
        changes["number"] = metadata.number or series[1]
    elif metadata.number:
        sources["series"] = FRONT
    if has_layout and not spotlight:
        # The plain-text guess (first line, second line) gives way to the layout's.
        metadata = dataclasses.replace(metadata, date="", authors=())
    if metadata.date:
        sources["date"] = FRONT
    elif date := printed_date(lines):
        changes["date"], sources["date"] = date, FRONT
    if metadata.authors:
        sources["authors"] = FRONT
    elif authors := byline(lines, title):
        changes["authors"], sources["authors"] = authors, FRONT
    elif authors := info_authors(info.get("author", ""), page_text):
        changes["authors"], sources["authors"] = authors, INFO
    return dataclasses.replace(metadata, **changes), tuple(sources.items())


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
        for number, find in (*inside, *last):
            if authors := find(pages[number - 1]):
                metadata = dataclasses.replace(metadata, authors=authors)
                sources = (*sources, ("authors", f"page {number}"))
                break
    return metadata, sources, consumed


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
    return bool(_GENRE.match(text.strip(" .:|")) or printed_series([Line(text)]))


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


def layout_title(lines: Sequence[Line]) -> str:
    """The text of the largest block of type on the page that can be a title ("" if none)."""
    blocks = _blocks(lines)
    ranks = _ranks(blocks, names=False)
    least = HEADING_SCALE * body_size(lines)
    if not any(r[0] >= least for r in ranks):
        # A title in title case with no small word reads as a name ("Baltic Missile Shield"):
        # where no other block set larger than the body can be the title, such a block is
        # (the byline below it in the body's size had been taken for the title).
        ranks = [r for r in _ranks(blocks, names=True) if r[0] >= least] or ranks
    if not ranks:
        return ""
    if any(x.ocr for x in lines):
        ranks = _size_tiers(ranks)
    position = -max(ranks)[3]
    text = _joined(blocks[position])
    # "INDO-PACIFIC STRATEGY" / "OF THE UNITED STATES": a smaller line that opens with a
    # preposition finishes the title.
    for block in blocks[position + 1 : position + 3]:
        following = _joined(block)
        opening = following.split()[:1]
        if not opening or opening[0].lower() not in _CONTINUES or not _can_be_title(following):
            break
        text = f"{text} {following}"
    text = MARKING.sub("", text).strip()
    return _title_case(text, _acronyms(lines)) if text.isupper() else text


def _acronyms(lines: Sequence[Line]) -> frozenset[str]:
    """The words the page prints in capitals within text that is not all capitals."""
    return frozenset(
        word
        for line in lines
        if not line.text.isupper()
        for word in re.findall(r"\b[A-Z]{2,}\b", line.text)
    )


def _ranks(blocks: Sequence[Sequence[Line]], names: bool) -> list[tuple[float, bool, int, int]]:
    """The blocks that can be a title (names: also those that read as people's names), each
    ranked by size, then weight, then whether it has three words (a cover's "The President"
    is not a title where a longer bold line of the same size follows), then order."""
    ranks = []
    for position, block in enumerate(blocks):
        text = _joined(block)
        if _can_be_title(text, names):
            words = len(text.split())
            ranks.append((max(x.size for x in block), block[0].bold, min(3, words), -position))
    return ranks


def _size_tiers(
    ranks: list[tuple[float, bool, int, int]],
) -> list[tuple[float, bool, int, int]]:
    """Ranks with OCR's estimated sizes in two tiers: the largest (within HEADING_SCALE of the
    largest block of three words or more) and the rest. The estimates are good to a few
    percent, a word or two's worst; a typewritten memo's title had been the block whose
    letters ran tallest, "alliances; and"."""
    top = max((r[0] for r in ranks if r[2] >= 3), default=max(r[0] for r in ranks))
    return [((1.0 if size * HEADING_SCALE >= top else 0.0), *rest) for size, *rest in ranks]


def _blocks(lines: Sequence[Line]) -> list[list[Line]]:
    # Display type mixes weights within a title ("CBO / STAFF / MEMORANDUM" with only STAFF
    # bold, which alone had passed for the title); at the body's size, bold sets a heading
    # apart from its text.
    display = HEADING_SCALE * body_size(lines)
    blocks: list[list[Line]] = []
    for line in lines:
        last = blocks[-1][-1] if blocks else None
        if (
            last is not None
            and last.size
            and abs(line.size - last.size) <= SIZE_TOLERANCE * last.size
            and (line.bold == last.bold or min(line.size, last.size) >= display)
            and line.box is not None
            and last.box is not None
            and 0 <= line.box[1] - last.box[3] < GAP_SHARE * line.size
        ):
            blocks[-1].append(line)
        else:
            blocks.append([line])
    return blocks


def _joined(block: Sequence[Line]) -> str:
    text = ""
    for line in block:
        piece = line.text.strip()
        if text.endswith("-") and piece[:1].islower():
            text = text[:-1] + piece
        elif text.endswith("-"):
            text += piece
        else:
            text = f"{text} {piece}".strip()
    return text


def _memo_subject(lines: Sequence[Line]) -> str:
    """What a memo's header names as its subject ("Subject: Italy's Naval Presence ..."), or
    "" where page 1 opens with no memo header."""
    for line in lines[:FRONT_BLOCK_LINES]:
        if (found := _SUBJECT.match(line.text.strip())) and _can_be_title(found.group(1)):
            return found.group(1)
    return ""


def _can_be_title(text: str, names: bool = False) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or not any(c.isalpha() for c in text):
        return False
    if len(text) < 4 or _GENRE.match(text.strip(" .:|")) or _VOLUME.search(text):
        return False
    if date_only(text) or BYLINE_LABEL.match(text):  # "By ...", "Author: Rasmus Kask"
        return False
    if not names and looks_like_names(text.rstrip(",")):
        return False
    return not text.endswith((".", ",", ";")) or len(words) <= 12


def is_masthead(text: str) -> bool:
    """Whether a line only dates or numbers an issue ("Monday, April 19, 2021", "Vol. 86, No.
    73"): set large on a front page, it is no section's name (the Federal Register's date had
    named every section of Executive Order 14024)."""
    if date_only(text):
        return True
    rest = _ISSUE.sub(" ", text)
    return rest != text and not any(c.isalpha() for c in rest)


def _title_case(text: str, acronyms: frozenset[str] = frozenset()) -> str:
    """A title printed in capitals in title case; a word the page prints in capitals in
    lower-case text stays in capitals ("NATO's", not "Nato's")."""
    out = []
    for i, printed in enumerate(text.split()):
        word = printed.lower()
        if word.count(".") >= 2:  # "U.S.", "U.N.": initials stay capitals
            out.append(word.upper())
        elif (kept := _ACRONYM.match(printed)) and kept.group(2) in acronyms:
            out.append(printed[: kept.end(2)] + printed[kept.end(2) :].lower())  # "NATO's"
        elif i and word in _SMALL_WORDS:
            out.append(word)
        else:
            out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)


def printed_series(lines: Sequence[Line]) -> tuple[str, str] | None:
    """(series, number) printed on page 1: "Backgrounder No. 3856", "Issue Brief"."""
    for line in lines[:40]:
        if match := _SERIES_NUMBER.search(line.text):
            number = match.group(2) or match.group(3)
            return _as_printed(match.group(1).strip()), normal_number(number)
    for line in lines[:40]:
        match = _SERIES_ALONE.match(line.text.strip())
        if match and (not match.group(2) or date_only(match.group(2))):  # "Commentary May 2"
            return _as_printed(match.group(1)), ""
    return None


def _as_printed(series: str) -> str:
    """A series name as printed, in title case where printed in capitals ("BULLETIN")."""
    return _title_case(series) if series.isupper() else series


def _goes_on(first: str, title: str) -> bool:
    """Whether title is first with more lines after it."""
    return bool(first) and len(title) > len(first) and fold(title).startswith(fold(first) + " ")


def _checked_info(title: str, page_text: str) -> str:
    """A declared title page 1 also prints (file names and placeholders never are)."""
    title = title.strip()
    if len(title.split()) < 2 or re.search(r"\.(?:pdf|docx?)$|^microsoft", title, re.I):
        return ""
    return title if fold(title) in page_text and _can_be_title(title, names=True) else ""
