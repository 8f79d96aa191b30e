"""Bylines: the people a brief names as its authors, and never an office or a body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clean import fold
from .metadata import looks_like_names, split_names
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


# What a byline opens with: "By", "Edited by", "Authors:", the Polish "Autorzy:".
_BY = re.compile(
    r"^(?:(?:edited|written|prepared|compiled)\s+by|by|authors?:|autor(?:ka|zy)?:|"
    r"opracowanie:|redakcja:)(?:\s+|$)",
    re.I,
)


def byline(lines: Sequence[Line], title: str) -> tuple[str, ...]:
    """Authors named after "by" (or "Edited by", "Authors:") on page 1, or on a names line
    right below the title (the page's title as frontpage.layout_title found it)."""
    names: list[str] = []
    for index, line in enumerate(lines[:60]):
        text = line.text.strip()
        opening = _BY.match(text)
        if opening and opening.end() == len(text):  # the names follow on the next lines
            for following in lines[index + 1 : index + 16]:
                names.extend(_leading_names(following.text.strip().removeprefix("and ")))
            return tuple(dict.fromkeys(names))
        if opening and (found := _leading_names(text[opening.end() :])):
            return found
    for index, line in enumerate(lines[:60]):
        if title and fold(line.text.strip()) and fold(line.text.strip()) in fold(title):
            for following in lines[index + 1 : index + 3]:
                if found := _leading_names(following.text.strip()):
                    return found
    return ()


def _leading_names(text: str) -> tuple[str, ...]:
    """The person names a line starts with: "David Coffin and Jeff Walling, Office of ...",
    "Anna Nowak (PISM), John Smith (RUSI)" (an affiliation in brackets is no part of a name)."""
    text = re.sub(r"\s*\([^()]*\)", "", text)
    pieces = [p.strip() for p in re.split(r",\s*|\s+and\s+|\s*&\s*", text) if p.strip()]
    names = []
    for piece in pieces:
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
