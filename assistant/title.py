"""The title a brief prints on page 1: its largest block of type that can be a title (no
genre word, date, volume line, byline or person's name), a memo's subject, or the document
info's title where page 1 prints it; in title case where it is set in capitals."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clean import MARKING, fold
from .layout import HEADING_SCALE, body_size
from .metadata import date_only
from .names import BYLINE_LABEL, from_capitals, looks_like_names, opens_byline, reads_as_people
from .records import Line

# Front matter (series, title, byline, date) is looked for in this many first lines.
FRONT_BLOCK_LINES = 12
# A kind of publication a series is named for: "Research Paper", "Special Report", "Issue
# Brief", "Policy Note".
SERIES_KIND = (
    r"(?:research|discussion|occasional|working|policy|briefing|special|strategic|issue|"
    r"information|event|conference|meeting|workshop)\s+(?:paper|brief|report|note|comment)"
)
# Words that name a kind of document, printed big on covers but never a title on their own.
GENRE = re.compile(
    rf"^(?:the\s+)?(?:{SERIES_KIND}|backgrounder|briefing room|presidential documents|"
    r"brief|report|paper|spotlight|commentary|opinion|komentarze?|analiza|raport|biuletyn|"
    r"bulletin|analysis|insight|explainer|perspectives?|alert|digest|newsletter|briefing|"
    r"research briefing|at a glance|in focus|q&a|(?:conference|event|meeting) summary|"
    r"memorandum|memo|staff memorandum|fact sheet|press release|statement|"
    r"transcript|speeches and remarks|executive summary|contents|table of contents|"
    r"federal register|staff research backgrounder|rules and regulations|introduction|foreword|"
    r"preface|summary|abstract|overview|acknowledg(?:e)?ments|key findings|background)$",
    re.I,
)
_VOLUME = re.compile(r"\b(?:vol\.?|volume|issue|series|part)\s+[\divxlc]+\b", re.I)
# "Vol. 86", "No. 73", "Issue 4", "No. 43/2025" (not "Part V", which may name a section).
_ISSUE = re.compile(r"\b(?:vol\.?|volume|issue|no\.?|number)\s*[\divxlc]+\b(?:\s*/\s*\d+)?", re.I)
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
# A title under a masthead is set at least this many body sizes: 91 of the 98 titles of the
# browser-printed briefs and real PDFs here are (median 2.1); a subtitle is 1.1-1.3.
TITLE_SCALE = 1.5
# A memo's header line naming its subject: "Subject:", "Re:", the Polish "Temat:", "Dotyczy:".
_SUBJECT = re.compile(r"^(?:subject|re|temat|dotyczy)\s*:\s*(.+)$", re.I)


def layout_title(lines: Sequence[Line]) -> str:
    """The text of the largest block of type on the page that can be a title ("" if none)."""
    blocks = _blocks(lines)
    ranks = _ranks(blocks, names=False)
    least = HEADING_SCALE * body_size(lines)
    named = [r for r in _ranks(blocks, names=True) if r[0] >= least]
    largest = max((r[0] for r in ranks), default=0.0)
    if not any(r[0] >= least for r in ranks):
        # A title in title case with no small word reads as a name ("Baltic Missile Shield"):
        # where no other block set larger than the body can be the title, such a block is
        # (the byline below it in the body's size had been taken for the title).
        ranks = named or ranks
    elif named and max(named)[0] >= max(TITLE_SCALE * body_size(lines), HEADING_SCALE * largest):
        # So is one set in a title's size, well over any other ("Border Carbon Adjustment
        # and Ukrainian Steel Exports" over its subtitle): no byline is set so large.
        ranks = named
    if not ranks:
        return ""
    if any(x.ocr for x in lines):
        ranks = _size_tiers(ranks)
    position = -max(ranks)[3]
    if _masthead(blocks, position):
        # A publisher's name set largest in capitals ("NORDIC DEFENCE FORUM"): the title is
        # the block in a title's size the byline is set under (not a subtitle under a title
        # in capitals, "What the Vilnius decisions mean for NATO members", 1.2 sizes).
        title_size = TITLE_SCALE * body_size(lines)
        bylined = [r for r in ranks if r[0] >= title_size and _over_byline(blocks, -r[3])]
        if not bylined and len(_joined(blocks[position]).split()) == 1:
            # A logo set as one word ("JAMESTOWN", "DGAP") over a title with no byline under
            # it (a standfirst, or "By:" with the date and time): the largest longer block.
            bylined = [r for r in ranks if r[0] >= title_size and r[2] >= 3]
        position = -max(bylined)[3] if bylined else position
    text = _joined(blocks[position])
    # "After the Election:" / "Romania's Foreign Policy": a display line ending in a colon
    # right over the title opens it.
    before = _joined(blocks[position - 1]) if position else ""
    opening = before.endswith(":") and can_be_title(before.rstrip(":"))
    if opening and blocks[position - 1][0].size >= least:
        text = f"{before} {text}"
    # "INDO-PACIFIC STRATEGY" / "OF THE UNITED STATES": a smaller line that opens with a
    # preposition finishes the title.
    for block in blocks[position + 1 : position + 3]:
        following = _joined(block)
        opening = following.split()[:1]
        if not opening or opening[0].lower() not in _CONTINUES or not can_be_title(following):
            break
        text = f"{text} {following}"
    text = MARKING.sub("", text).strip()
    return title_case(text, _acronyms(lines)) if text.isupper() else text


def _masthead(blocks: Sequence[Sequence[Line]], position: int) -> bool:
    """Whether the block at position reads as a publisher's name over the page: a few words
    in capitals with no byline under them."""
    text = _joined(blocks[position])
    return text.isupper() and len(text.split()) <= 4 and not _over_byline(blocks, position)


def _over_byline(blocks: Sequence[Sequence[Line]], position: int) -> bool:
    """Whether the block after the one at position opens with a byline or a line of names."""
    if position + 1 >= len(blocks):
        return False
    text = blocks[position + 1][0].text.strip()
    # Names in capitals too: "AGNIESZKA ŻURAWSKA, BARTŁOMIEJ KĘDZIERSKI".
    return opens_byline(text) or looks_like_names(from_capitals(text))


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
        if can_be_title(text, names):
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


def memo_subject(lines: Sequence[Line]) -> str:
    """What a memo's header names as its subject ("Subject: Italy's Naval Presence ..."), or
    "" where page 1 opens with no memo header."""
    for line in lines[:FRONT_BLOCK_LINES]:
        if (found := _SUBJECT.match(line.text.strip())) and can_be_title(found.group(1)):
            return found.group(1)
    return ""


def can_be_title(text: str, names: bool = False) -> bool:
    words = text.split()
    if not words or len(words) > MAX_TITLE_WORDS or not any(c.isalpha() for c in text):
        return False
    if len(text) < 4 or GENRE.match(text.strip(" .:|")) or _VOLUME.search(text):
        return False
    if len(words) == 2 and any(GENRE.match(w) for w in words):
        return False  # a series by its publisher: "Komentarze CSB", "Clingendael Alert"
    if date_only(text) or BYLINE_LABEL.match(text):  # "By ...", "Author: Rasmus Kask"
        return False
    if not names and reads_as_people(text.rstrip(",")):
        return False
    if len(words) <= 3 and re.match(r"[\d$€£%]", text):
        return False  # a key figure set large: "252 TWh", "€184 m", "77.4 %"
    return not text.endswith((".", ",", ";")) or len(words) <= 12


def is_masthead(text: str) -> bool:
    """Whether a line only dates or numbers an issue ("Monday, April 19, 2021", "Vol. 86, No.
    73"): set large on a front page, it is no section's name (the Federal Register's date had
    named every section of Executive Order 14024)."""
    if date_only(text):
        return True
    rest = _ISSUE.sub(" ", text)
    return rest != text and not any(c.isalpha() for c in rest)


def title_case(text: str, acronyms: frozenset[str] = frozenset()) -> str:
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


def goes_on(first: str, title: str) -> bool:
    """Whether title is first with more lines after it."""
    return bool(first) and len(title) > len(first) and fold(title).startswith(fold(first) + " ")


def printed_size(text: str, lines: Sequence[Line]) -> float:
    """The largest size of a line that prints part of text (0 if none does)."""
    folded = fold(text)
    return max(
        (x.size for x in lines if len(part := fold(x.text)) >= 4 and part in folded),
        default=0.0,
    )


def checked_info(title: str, page_text: str) -> str:
    """A declared title page 1 also prints (file names and placeholders never are), not as
    a series before its number ("Punkt widzenia" in "PUNKT WIDZENIA nr 88")."""
    title = title.strip()
    if len(title.split()) < 2 or re.search(r"\.(?:pdf|docx?)$|^microsoft", title, re.I):
        return ""
    folded = fold(title)
    numbered = re.search(
        rf"{re.escape(folded)}\s+(?:no|nr|numer|number|issue)\b\.?\s*\d", page_text
    )
    printed = folded in page_text and not numbered
    return title if printed and can_be_title(title, names=True) else ""
