"""Bylines: the people a brief names as its authors, and never an office or a body."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clean import fold
from .metadata import date_only, date_start
from .names import (
    BYLINE_END,
    BYLINE_LABEL,
    DEGREE,
    JOB,
    JOBS,
    JOBS_PL,
    JOINING,
    NAME_JOINERS,
    SEGMENT_SEPARATORS,
    capitalised_words,
    from_capitals,
    is_person,
    label_alone,
    office,
    split_names,
    without_honorific,
)
from .notes import body_size
from .records import Line

# A line of names is shorter than this: eight names with their brackets fit in 300.
BYLINE_CHARS = 300
# A title page holds a title, maybe a subtitle, a date and its authors, each on its own
# lines: under 60 words (a GNU manual's has 27; the briefs' first pages, with running text,
# have hundreds).
TITLE_PAGE_WORDS = 60


# The heading of a closing note on a brief's authors, and a sentence of it that opens with
# one's name.
_ABOUT = re.compile(
    r"^(?:about\s+the\s+authors?|the\s+authors?|o\s+autor(?:ze|ce|ach|kach))\s*:?$", re.I
)
_BIO = re.compile(
    r"(?:^|(?<=[.!?]\s))((?:[^\W\d_][\w'’.-]*\s+){1,3}[^\W\d_][\w'’-]*)\s+"
    # or a dash before the post, as Polish notes have it ("dr Agnieszka Nowak - politolożka")
    r"(?:(?:is|was|serves|heads|leads|jest|był|była)\b|[–—](?=\s))"
)

# A sentence that names the brief's authors: "This report was written by ...".
_WRITTEN_BY = re.compile(
    r"\b(?:was|were|is|has\s+been)\s+(?:written|prepared|authored|edited|compiled)\s+by\s+|"
    # or before a colon: "Prepared by the Security Programme team: Oksana Melnyk, ..."
    r"\b(?:written|prepared|authored|edited|compiled)\s+by\b[^:.]{0,60}:\s*",
    re.I,
)

# A closing note on an author is in the last few lines of the brief, and names a post after
# "is a" ("Donald Tusk is the head of ..." in running text names none).
CLOSING_LINES = 6  # a Polish bulletin's colophon (editors, address) follows the note
_SIGNED = re.compile(r"^[—–]\s*(.+)$")
_POST = re.compile(
    rf"\s*(?:(?:an?|one of the)\s+(?:[\w-]+\s+){{0,3}}?(?:{JOBS})|"
    rf"(?:\w+,?\s+){{0,2}}?(?:{JOBS_PL}))\b",
    re.I,
)
# The mark a note opens with, before a byline set as the title's note: "* Written by ...".
_NOTE_MARK = re.compile(r"^[*†‡]\s*")
# A social-media handle under or after a name: "@vceban".
_HANDLE = re.compile(r"^@\w+$")
# A byline broken before its last name: it ends with a comma or a word that joins names.
_JOINED_END = re.compile(rf"(?:,|\s(?:{NAME_JOINERS}|with))$")
# A bare "By" or an editor's label opens a byline in this many first lines of a page; other
# labels anywhere ("Compiled by" in a sidebar read after the text; a colophon's "Editors:"
# names no author).
LABELLED_LINES = 60
_NEAR_ONLY = re.compile(r"^(?:by|edited by|editors?)\b", re.I)
# Where an affiliation follows a name in running text: "Nils Ahmed of the Maritime Programme".
_AFFILIATION = re.compile(r"\s+(?:of|from|at|with|z|ze)\s+(?:the\s+)?[A-ZĄĆĘŁŃÓŚŹŻ].*$")


def byline(lines: Sequence[Line], title: str) -> tuple[str, ...]:
    """Authors named after "by" (or "Edited by", "Authors:") on page 1, on a names line
    right below the title (the page's title as title.layout_title found it), or above it
    beside their dateline or over their post."""
    if found := labelled(lines):
        return found
    titled = False
    for index, line in enumerate(lines[:60]):
        if title and fold(line.text.strip()) and fold(line.text.strip()) in fold(title):
            if found := _below_title(lines, index, title):
                return found
            if _title_page(lines):
                rest = lines[index + 1 : 60]
                while rest and fold(rest[0].text.strip()) in fold(title):
                    rest = rest[1:]  # the title's next line ("Undersea Cables") is no name
                return _names_block(rest)
            titled = True
        elif not titled and (
            found := _dated_names(line.text.strip()) or _posted(lines, index, title)
        ):
            return found  # above the title: "Hannah Becker & Lukas Vogel   Berlin, 3 May 2024"
    return ()


def _below_title(lines: Sequence[Line], index: int, title: str) -> tuple[str, ...]:
    """The names right below the title's line at index: on one of the next two lines, with a
    date or place beside them; or on a line of names only under a standfirst, before the
    running text begins ("Madrid has lost its partners ..." / "María José García-Pérez and
    John A. Whitfield")."""
    body = body_size(lines)
    below = 0
    for k, following in enumerate(lines[index + 1 : index + 10], start=index + 2):
        text = from_capitals(following.text.strip())
        if fold(text) in fold(title):
            continue  # the title's next line ("... in the" / "Baltic Sea")
        below += 1
        found = _leading_names(text) if below <= 2 else _whole_names(text) or _dated_names(text)
        if found:
            # More names may follow, one a line ("Karin Larsen" / "Ola Nordmann").
            return tuple(dict.fromkeys((*found, *_names_lines(lines[k:60], True))))
        if below >= 2 and body and following.size == body and _prose(text):
            break  # the running text began
    return ()


def labelled(lines: Sequence[Line]) -> tuple[str, ...]:
    """Authors named after a label ("By", "Edited by", "Authors:") in the first 60 lines, or
    after one of an author further down (LABELLED_LINES)."""
    names: list[str] = []
    for index, line in enumerate(lines):
        text = _NOTE_MARK.sub("", line.text.strip())  # "* Written by ..." under the title's *
        opening = BYLINE_LABEL.match(text)
        alone = label_alone(text)
        far = index >= LABELLED_LINES and not alone
        if far and (not opening or _NEAR_ONLY.match(opening.group(0))):
            continue
        if alone:  # "AUTHOR" over a sidebar's name: names on the next lines
            for following in lines[index + 1 : index + 16]:
                named = from_capitals(following.text.strip()).removeprefix("and ")
                if _prose(named):
                    break  # the text goes on: "John Smith and the ministers agreed ..."
                # "Michael R. Donovan, Fellow for Asia Studies · Emma K. Liu, Research ..."
                names.extend(n for part in BYLINE_END.split(named) for n in _leading_names(part))
            return tuple(dict.fromkeys(names))
        rest = from_capitals(text[opening.end() :]) if opening else ""
        if opening and _JOINED_END.search(rest) and index + 1 < len(lines):
            # "By Anna Nowak and" / "Jan Kowalski" in a narrow column
            rest = f"{rest} {from_capitals(lines[index + 1].text.strip())}"
        if opening and (found := _dated_names(rest) or _leading_names(rest)):
            # Further labelled lines go on: "Lead author: ..." / "Contributing authors: ...".
            for following in lines[index + 1 : index + 4]:
                label = BYLINE_LABEL.match(following.text.strip())
                more = label and _leading_names(
                    from_capitals(following.text.strip()[label.end() :])
                )
                if not more:
                    break
                found = (*found, *more)
            return tuple(dict.fromkeys(found))
        for segment in BYLINE_END.split(text)[1:]:  # "© 2024 Baltic Institute · Author: ..."
            label = BYLINE_LABEL.match(segment)
            if label and (found := _leading_names(from_capitals(segment[label.end() :]))):
                return found
    for line in lines[:60]:  # in a sentence: "This report was written by Laura Berg and ..."
        if (said := _WRITTEN_BY.search(line.text)) and (
            found := _leading_names(line.text[said.end() :])
        ):
            return found
    return ()


def about_authors(lines: Sequence[Line]) -> tuple[str, ...]:
    """Authors named where a brief closes with a note on them: "About the authors" / "Laura
    Ozola is a senior analyst ... Mikk Tamm is a research fellow ..." (the Polish "O
    autorach" / "Jan Kowalski jest analitykiem ..."), or with no heading, in the last lines
    a note that opens with a name and its post ("Kadri Tamm is a research fellow in ..."), or
    a signature ("— Tomas Jurkus")."""
    for k, line in enumerate(lines):
        if _ABOUT.match(line.text.strip()):
            text = " ".join(x.text.strip() for x in lines[k + 1 : k + 12] if x.text.strip())
            names = (m.group(1) for m in _BIO.finditer(text))
            return tuple(dict.fromkeys(n for n in names if is_person(n)))
    text = [without_honorific(x.text) for x in lines if x.text.strip() and not x.margin]
    # A contact's card near the end: "Mette Kjær Lindholm, Senior Researcher, DIIS" over
    # an e-mail address, before the colophon.
    cards = [
        n for line in text[-2 * CLOSING_LINES :] if JOB.search(line) for n in signed_names(line)
    ]
    text = text[-CLOSING_LINES:]
    names = [
        m.group(1)
        for k, line in enumerate(text)
        if (m := _BIO.match(line)) and _POST.match(" ".join(text[k : k + 2]), m.end())
    ]
    for line in text:  # a signature: "— Tomas Jurkus"
        if signed := _SIGNED.match(line):
            names.extend(_whole_names(signed.group(1)))
    if text:  # the last line a name and its post: "Michal Varga, Central Europe Programme"
        names.extend(signed_names(text[-1]))
    return tuple(dict.fromkeys(n for n in names or cards if is_person(n)))


def signed_names(text: str) -> tuple[str, ...]:
    """The names of a line that holds names, then their post or body after a comma or a
    middle dot ("Lucía Fernández · Mediterranean Programme"); () for any other line."""
    names, *post = re.split(rf"{BYLINE_END.pattern}|,\s+", text.strip(), maxsplit=1)
    return _whole_names(names) if post and office(post[0].strip()) else ()


def posted_names(lines: Sequence[Line]) -> tuple[str, ...]:
    """Names each set over their job anywhere on a page, one after another ("Juraj Novák" /
    "Senior Fellow" / "Petra Kováčová" / "Analyst": the authors' cards closing page 1)."""
    names: list[str] = []
    lines = [x for x in lines if x.text.strip()]  # a card's gap apart from the next card
    index = 0
    while index + 1 < len(lines):
        found = _whole_names(lines[index].with_cells())
        posts = lines[index + 1].cell_texts()
        jobs = found and all(office(post) and JOB.search(post) for post in posts)
        if jobs:
            names.extend(found)
            index += 2
            while index < len(lines) and office(lines[index].text.strip()):
                index += 1  # the card's body under the post ("The Finnish Institute of")
        elif names:
            break
        else:
            index += 1
    return tuple(dict.fromkeys(names))


def names_over_date(lines: Sequence[Line]) -> tuple[str, ...]:
    """Names one or more a line over a line that only dates, anywhere on a page ("Dávid
    Szabó" / "Kata Farkas" / "13 May 2025" in a column beside the text)."""
    names: list[str] = []
    for line in lines:
        text = line.text.strip()
        if found := _whole_names(text):
            names.extend(found)
        elif names and date_only(text) and not text.endswith("."):
            return tuple(dict.fromkeys(names))
        else:
            names = []
    return ()


def _posted(lines: Sequence[Line], index: int, title: str) -> tuple[str, ...]:
    """The names on lines[index] when the line under it names their post ("Aleksandra
    Kowalska" / "Head of Research" above the title), or is the title's first ("Mateusz
    Wiśniewski" over "Belarus and the Wagner Legacy")."""
    text = lines[index].text.strip()
    found = _whole_names(from_capitals(text))
    under = lines[index + 1].text.strip() if index + 1 < len(lines) else ""
    # A line in capitals over the title is a kicker ("EXPERT COMMENTARY"), not its author;
    # so is one whose words the text goes on to use ("Middle East" over "... the Middle East
    # ..."): a brief's topic recurs in it, its author's name seldom does.
    # Two people or more in capitals are no kicker ("ŁUKASZ ŻUREK-WIŚNIEWSKI, AGATA
    # ŚLIWIŃSKA" over the title): a kicker names one topic.
    people = len(found) >= 2 and all(is_person(name) for name in found)
    titled = (
        bool(under)
        and fold(title).startswith(fold(under))
        and (people or not text.isupper())
        and not any(_recurs(name, lines, index) for name in found)
    )
    return found if found and (titled or office(under)) else ()


def _recurs(name: str, lines: Sequence[Line], index: int) -> bool:
    """Whether name is printed again on the page, on a line other than lines[index]."""
    folded = fold(name)
    return any(folded in fold(x.text) for k, x in enumerate(lines) if k != index)


def _dated_names(text: str) -> tuple[str, ...]:
    """The names of a line that holds names, then a dateline: its date, maybe after a place
    ("Hannah Becker & Lukas Vogel   Berlin, 3 November 2024": a row set apart across the page,
    which the text layer reads as one line). The place is told from a name's last word by
    length: the split that leaves the last name two words long ("Lukas Vogel", not "Lukas
    Vogel Berlin"; "Anna Nowak", not "Anna Nowak New" before "New York,")."""
    start = date_start(text)
    if start <= 0:
        return ()
    before = text[:start].rstrip()
    parted = before.rstrip("|·•–—").rstrip()  # "Ayşe Demir   Ankara | 14.02.2025"
    parted = re.sub(r"\s+(?:on|dnia)$", "", parted)  # "Posted by Aušra Vaitkienė on 12 May"
    words = parted.rstrip(",").split()
    # a place is named before a comma or a bar
    places = range(3 if before.endswith(",") or parted != before else 1)
    found = [_whole_names(" ".join(words[: len(words) - k])) for k in places]
    # Two words beside its particles: "Aisling de Búrca", not "Aisling de" before "Búrca".
    two = [names for names in found if names and capitalised_words(names[-1]) == 2]
    return two[0] if two else found[0]


def _prose(text: str) -> bool:
    """Whether a line reads as running text: three or more words in lower case beyond the
    few that join names and offices."""
    return sum(w[0].islower() and w not in JOINING for w in text.split()) >= 3


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


def _names_lines(lines: Sequence[Line], named: bool = False) -> tuple[str, ...]:
    """The names of the lines from the first on that hold nothing but names (or a name and
    its affiliation), and the bodies between them; named: the line before named someone."""
    names: list[str] = []
    for line in lines:
        text = line.text.strip()
        if (names or named) and (re.fullmatch(NAME_JOINERS, text.lower()) or _HANDLE.match(text)):
            continue  # "Anna Nowak" / "and" / "Piotr Zieliński"; "Victoria Ceban" / "@vceban"
        found = _whole_names(line.text) or _affiliated(line.text)
        post = office(line.text.strip()) or _job_line(line.text.strip())
        if not found and not ((names or named) and post):
            break  # a name's university on the line under it ("Vilnius University") goes on
        names.extend(found)
    return tuple(dict.fromkeys(names))


def _job_line(text: str) -> bool:
    """Whether a line is a post too long for office(): "Associate Research Fellow, ISPI
    Europe and Global Governance Centre"."""
    return bool(JOB.search(text.split(",")[0])) and not _prose(text)


def _affiliated(text: str) -> tuple[str, ...]:
    """The name a line opens with when an affiliation follows it after a comma ("Kalev
    Stoicescu, International Centre for Defence and Security")."""
    found = _leading_names(text)
    return found[:1] if found and "," in text and not _prose(text) else ()


def _whole_names(text: str) -> tuple[str, ...]:
    """The names a line holds when it holds nothing else (a bracket or an address aside)."""
    if len(text) > BYLINE_CHARS:  # a pasted megabyte line is no byline (and no regex's work)
        return ()
    text = re.sub(r"\s*\([^()]*\)|\s*<[^<>]*>|\S+@\S+|\s*@\w+", "", text).strip()
    found = _leading_names(text)
    pieces = split_names(BYLINE_END.sub(", ", text))  # "KOMENTARZE OSW | NUMER 612" is two
    return found if found and len(found) == len(pieces) else ()


def _leading_names(text: str) -> tuple[str, ...]:
    """The person names a line starts with: "David Coffin and Jeff Walling, Office of ...",
    "Anna Nowak (PISM), John Smith (RUSI)" (an affiliation in brackets is no part of a name)."""
    text = re.sub(r"\s*\([^()]*\)", "", text)
    # "Anna Kowalczyk and Mark Jensen · March 14, 2024"; "MARIA GONZÁLEZ | TOMÁŠ NOVÁK".
    first, *parts = BYLINE_END.split(text)
    names: list[str] = []
    for segment in SEGMENT_SEPARATORS.split(first):
        pieces = split_names(segment)
        if names and pieces and (office(pieces[0]) or DEGREE.match(pieces[0])):
            continue  # a post or body between names: "Elena Petrova, Senior Analyst, and ..."
        for piece in pieces:
            piece = _AFFILIATION.sub("", piece)  # "Nils Ahmed of the Maritime Programme"
            if not is_person(piece):
                return (*names, *_before_post(piece))
            names.append(piece)
    for part in parts:
        # a part may go on with the last name: "Dragana Marković" | "and Tobias Lang"
        if not (found := _whole_names(re.sub(rf"^(?:{NAME_JOINERS})\s+", "", part))):
            break
        names.extend(found)
    return tuple(names)


def _before_post(text: str) -> tuple[str, ...]:
    """The name a text opens with when its post follows with no comma between ("Dmitrijs
    Petrovs Research Fellow", a table's row read as one line)."""
    words = text.split()
    for k in range(2, min(4, len(words) - 1) + 1):
        name, post = " ".join(words[:k]), " ".join(words[k:])
        if is_person(name) and office(post) and JOB.search(post):
            return (name,)
    return ()


def info_authors(author: str, page_text: str) -> tuple[str, ...]:
    """The document info's authors, when page 1 prints each of them."""
    names = split_names(author.replace(";", ","))
    if names and all(is_person(n) and fold(n) in page_text for n in names):
        return names
    return ()
