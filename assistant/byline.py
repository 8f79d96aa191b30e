"""Bylines: the people a brief names as its authors, and never an office or a body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clean import fold
from .names import BYLINE_END, BYLINE_LABEL, looks_like_names, split_names
from .records import Line

# Words of offices, bodies and places, never of a person's name: "Federal Register",
# "General Assembly", "Research Fellow", "Belweder Palace" passed as authors before.
_NOT_NAME = set(
    "register assembly treaty palace house office department ministry commission committee "
    "council agency institute center centre university school college foundation fellow "
    "director analyst policy research senior staff affairs security economic president "
    "minister secretary government federal national international general united states "
    "republic union bureau service services court senate congress parliament embassy "
    "association program programme project group press room briefing documents statement "
    "remarks conference strategy report brief paper series volume executive administration "
    "world global affairs energy military defense defence trade industry".split()
)


# A title page holds a title, maybe a subtitle, a date and its authors, each on its own
# lines: under 60 words (a GNU manual's has 27; the briefs' first pages, with running text,
# have hundreds).
TITLE_PAGE_WORDS = 60

# A byline's label set as a line of its own, over the names, with no colon or with one where
# BYLINE_LABEL wants none ("AUTHOR", "By:").
_LABEL_WORDS = {"author", "authors", "by", "written by", "autor", "autorka", "autorzy"}
# Words set in lower case in names and affiliations ("Research Director and Policy Analyst,
# Foreign Affairs & Energy"); running text has many others.
_JOINING = {"and", "of", "the", "for", "in", "on", "at", "to", "i", "w", "z", "ds.", "oraz"}

# The heading of a closing note on a brief's authors, and a sentence of it that opens with
# one's name.
_ABOUT = re.compile(
    r"^(?:about\s+the\s+authors?|the\s+authors?|o\s+autor(?:ze|ce|ach|kach))\s*:?$", re.I
)
_BIO = re.compile(
    r"(?:^|(?<=[.!?]\s))((?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’-]*)\s+"
    r"(?:is|was|serves|heads|leads|jest|był|była)\b"
)


def byline(lines: Sequence[Line], title: str) -> tuple[str, ...]:
    """Authors named after "by" (or "Edited by", "Authors:") on page 1, or on a names line
    right below the title (the page's title as frontpage.layout_title found it)."""
    if found := labelled(lines):
        return found
    for index, line in enumerate(lines[:60]):
        if title and fold(line.text.strip()) and fold(line.text.strip()) in fold(title):
            for k, following in enumerate(lines[index + 1 : index + 3], start=index + 2):
                if fold(following.text.strip()) in fold(title):
                    continue  # the title's next line ("... in the" / "Baltic Sea")
                if found := _leading_names(following.text.strip()):
                    # More names may follow, one a line ("Karin Larsen" / "Ola Nordmann").
                    return tuple(dict.fromkeys((*found, *_names_lines(lines[k:60]))))
            if _title_page(lines):
                return _names_block(lines[index + 1 : 60])
    return ()


def labelled(lines: Sequence[Line]) -> tuple[str, ...]:
    """Authors named after a label ("By", "Edited by", "Authors:") in the first 60 lines."""
    names: list[str] = []
    for index, line in enumerate(lines[:60]):
        text = line.text.strip()
        opening = BYLINE_LABEL.match(text)
        alone = text.rstrip(":").lower() in _LABEL_WORDS  # "AUTHOR" over a sidebar's name
        if alone or (opening and opening.end() == len(text)):  # names on the next lines
            for following in lines[index + 1 : index + 16]:
                named = _from_capitals(following.text.strip()).removeprefix("and ")
                if _prose(named):
                    break  # the text goes on: "John Smith and the ministers agreed ..."
                names.extend(_leading_names(named))
            return tuple(dict.fromkeys(names))
        if opening and (found := _leading_names(_from_capitals(text[opening.end() :]))):
            return found
    return ()


def about_authors(lines: Sequence[Line]) -> tuple[str, ...]:
    """Authors named where a brief closes with a note on them: "About the authors" / "Laura
    Ozola is a senior analyst ... Mikk Tamm is a research fellow ..." (the Polish "O
    autorach" / "Jan Kowalski jest analitykiem ...")."""
    for k, line in enumerate(lines):
        if _ABOUT.match(line.text.strip()):
            text = " ".join(x.text.strip() for x in lines[k + 1 : k + 12] if x.text.strip())
            names = (m.group(1) for m in _BIO.finditer(text))
            return tuple(dict.fromkeys(n for n in names if is_person(n)))
    return ()


def _prose(text: str) -> bool:
    """Whether a line reads as running text: three or more words in lower case beyond the
    few that join names and offices."""
    return sum(w[0].islower() and w not in _JOINING for w in text.split()) >= 3


def _from_capitals(text: str) -> str:
    """A byline set in capitals as names are written ("BY JOHN SMITH AND ANNA NOWAK" after
    its label: "John Smith and Anna Nowak"); any other text as it is."""
    if not text.isupper():
        return text
    words = []
    for word in text.split():
        lower = word.lower()
        if lower in ("and", "i", "oraz"):
            words.append(lower)
        else:
            words.append("-".join(part.capitalize() for part in lower.split("-")))
    return " ".join(words)


def _title_page(lines: Sequence[Line]) -> bool:
    """Whether the page is a title page: a title, a few lines, no running text."""
    return sum(len(line.text.split()) for line in lines if not line.margin) < TITLE_PAGE_WORDS


def _names_block(lines: Sequence[Line]) -> tuple[str, ...]:
    """The names of the first lines that hold nothing but names, one or more a line: a
    title page's authors, set apart at its foot ("Simon Josefsson" / "Nikos
    Mavrogiannopoulos (help-libtasn1@gnu.org)" on a GNU manual's)."""
    for k, line in enumerate(lines):
        if _whole_names(line.text):
            return _names_lines(lines[k:])
    return ()


def _names_lines(lines: Sequence[Line]) -> tuple[str, ...]:
    """The names of the lines from the first on that hold nothing but names (or a name and
    its affiliation)."""
    names: list[str] = []
    for line in lines:
        found = _whole_names(line.text) or _affiliated(line.text)
        if not found:
            break
        names.extend(found)
    return tuple(dict.fromkeys(names))


def _affiliated(text: str) -> tuple[str, ...]:
    """The name a line opens with when an affiliation follows it after a comma ("Kalev
    Stoicescu, International Centre for Defence and Security")."""
    found = _leading_names(text)
    return found[:1] if found and "," in text and not _prose(text) else ()


def _whole_names(text: str) -> tuple[str, ...]:
    """The names a line holds when it holds nothing else (a bracket or an address aside)."""
    text = re.sub(r"\s*\([^()]*\)|\s*<[^<>]*>|\S+@\S+", "", text).strip()
    found = _leading_names(text)
    return found if found and len(found) == len(split_names(text)) else ()


def _leading_names(text: str) -> tuple[str, ...]:
    """The person names a line starts with: "David Coffin and Jeff Walling, Office of ...",
    "Anna Nowak (PISM), John Smith (RUSI)" (an affiliation in brackets is no part of a name)."""
    text = re.sub(r"\s*\([^()]*\)", "", text)
    text = BYLINE_END.split(text)[0]  # "Anna Kowalczyk and Mark Jensen · March 14, 2024"
    names = []
    for piece in split_names(text):
        if not is_person(piece):
            break
        names.append(piece)
    return tuple(names)


def is_person(name: str) -> bool:
    """A person's name: two to four capitalised words, none of them an office or a body."""
    words = name.split()
    return (
        looks_like_names(name)
        and len(words) <= 4
        and not any(w.lower().strip(".") in _NOT_NAME for w in words)
    )


def info_authors(author: str, page_text: str) -> tuple[str, ...]:
    """The document info's authors, when page 1 prints each of them."""
    names = split_names(author.replace(";", ","))
    if names and all(is_person(n) and fold(n) in page_text for n in names):
        return names
    return ()
