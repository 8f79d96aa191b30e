"""Person names and bylines: what a list of names looks like, how a byline opens and ends.

Below cleaning in the pipeline: cleaning keeps a byline's line out of the sentences, and the
metadata stage reads the names from it.
"""

from __future__ import annotations

import re

# What a byline opens with: "By", "Edited by", "A report by", "Opinion by", "Authors:",
# "Lead author:", "Contributing authors:", "Rapporteur:", a memo's "From:", the Polish
# "Autorzy:".
BYLINE_LABEL = re.compile(
    r"^(?:(?:edited|written|prepared|compiled|presented|authored)\s+by:?|"
    r"(?:an?\s+)?(?:presentation|report|paper|brief|study|commentary|analysis|opinion|essay|"
    r"comment|column)\s+by|by:?|"
    r"(?:(?:lead|main|principal|contributing|co-?)\s*)?(?:author(?:s|\(s\))?|editors?):|"
    r"(?:rapporteurs?|contributors?|from):|autor(?:ka|zy)?:|opracowanie:|"
    r"redakcja:|"
    # a label in its own cell, no colon, before a capitalised name: "AUTHOR Piotr Kaczmarek"
    r"(?:authors?|autor(?:ka|zy)?)(?=\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])[\w'’-]+\s+(?-i:[A-ZĄĆĘŁŃÓŚŹŻ])))"
    r"(?:\s+|$)",
    re.I,
)
# What parts names in a byline: "A, B and C", "A, B, and C", "A; B", "A & B", the Polish
# "A i B", "A oraz B".
# A comma or semicolon parts a byline's segments: a name or names, or a post or body that
# may hold "and" itself ("Office of Industry and Competitiveness Analysis").
SEGMENT_SEPARATORS = re.compile(r"[,;]\s*(?:(?:and|i|oraz)\s+)?")
NAME_SEPARATORS = re.compile(rf"{SEGMENT_SEPARATORS.pattern}|\s+(?:and|i|oraz)\s+|\s*&\s*")
# What ends a byline before the date or place beside it on its line.
BYLINE_END = re.compile(r"\s+[·•|–—]\s+")
# A title before a name, never cited with it: "Dr. Maria Schmidt", "prof. dr hab. Jan Nowak".
_HONORIFIC = re.compile(
    r"^(?:(?:(?:dr|prof|mr|mrs|ms)\.?|(?:gen|col|amb|hab|lt)\.|professor|ambassador|sir|dame)"
    r"\s+)+",
    re.I,
)
# A word in capitals that opens a name is no given name but a body's acronym ("ETH Zurich",
# "NATO Summit"); a surname in capitals ("Jan NOWAK") is a name's last word.
ACRONYM = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]{2,}")
_NAME_PARTICLE = {"de", "van", "von", "der", "da", "di", "la", "le", "du", "dos", "del", "bin"}


def looks_like_names(line: str) -> bool:
    """Whether a line is a list of person names: "Anna Maria Dynier", "A, B and C"."""
    if not line or line.endswith((".", "?", "!")) or any(c.isdigit() for c in line):
        return False
    if ":" in line:  # "Autorzy: Jan Kowalski": a label, and no name holds a colon
        return False
    if re.search(r"\w['’]s\b", line):  # "Europe's Air Defence Gap": no byline is possessive
        return False
    names = split_names(line)
    if not 1 <= len(names) <= 8:
        return False
    for name in names:
        words = name.split()
        if not 2 <= len(words) <= 5:
            return False
        if any(not (w[0].isupper() or w in _NAME_PARTICLE) for w in words):
            return False
        if re.search(r"-[a-z]", name):  # "MIME-info": a name's parts are capitalised
            return False
        if name.isupper() or ACRONYM.fullmatch(words[0]):
            return False
    return True


def byline_names(line: str) -> tuple[str, ...]:
    """The names of a line that holds names only, after its label if it has one ("By",
    "Authors:", the Polish "Autorzy:"); () for any other line."""
    rest = BYLINE_LABEL.sub("", line.strip(), count=1)
    return split_names(rest) if looks_like_names(rest) else ()


def opens_byline(line: str) -> bool:
    """Whether a line opens with a byline: its label, then a name ("by Nora Berg, 2 July")."""
    label = BYLINE_LABEL.match(line.strip())
    names = split_names(BYLINE_END.split(line.strip()[label.end() :])[0]) if label else ()
    return bool(names) and looks_like_names(names[0])


def split_names(line: str) -> tuple[str, ...]:
    """ "A, B and C" -> ("A", "B", "C")."""
    names = (_HONORIFIC.sub("", n.strip()) for n in NAME_SEPARATORS.split(line))
    return tuple(n for n in names if n)
