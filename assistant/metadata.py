"""Metadata: a brief's title, series, number, date and authors, as its front page prints them
or as a person gives them.

What a person gives wins over what is parsed: a sidecar `<file>.meta.json` next to a brief, or
the front matter of a Markdown file. Every given value is checked, and a wrong one is an error
naming the file and the field, so a typo never silently becomes a citation.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .errors import DocumentError
from .names import byline_names, label_alone, split_names
from .records import DEFAULT_SERIES, Line

# Month name or abbreviation (lower case) -> its number; with the Polish names as a month and
# year are printed ("luty 2025"; a day takes the genitive, _MONTHS_PL: "3 lutego 2025").
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "styczeń"),
            ("february", "feb", "luty"),
            ("march", "mar", "marzec"),
            ("april", "apr", "kwiecień"),
            ("may", "maj"),
            ("june", "jun", "czerwiec"),
            ("july", "jul", "lipiec"),
            ("august", "aug", "sierpień"),
            ("september", "sep", "sept", "wrzesień"),
            ("october", "oct", "październik"),
            ("november", "nov", "listopad"),
            ("december", "dec", "grudzień"),
        ],
        start=1,
    )
    for name in names
}
MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))  # a month's name or abbreviation
# "3 March 2024", "3rd of March, 2024"; "March 3, 2024", "June 4th 2025".
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"\b{_DAY}\s+(?:of\s+)?({MONTH})\.?,?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b({MONTH})\.?\s+{_DAY},?\s+(\d{{4}})\b", re.I)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
# "12.03.2024": with dots the day comes first (Polish and most of Europe); slashes are
# left alone, as "03/12/2024" is 3 December in Warsaw and March 12 in Washington.
_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})\b(?!\.\d)")
# "22/04/2025" (Europe) or "04/22/2025" (the United States): a date only where one number
# cannot be a month, or both readings agree; "4/5/2025" is 4 May in Warsaw and April 5 in
# Washington, and no date here. A browser's running header ("12/7/26, 8:10 PM") has a
# two-digit year and is no date either.
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})\b(?!/\d)")
_MONTHS_PL = {
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11, "grudnia": 12,
}  # fmt: skip
# "MARCH 2022", "Sept. 2021".
_MONTH_YEAR = re.compile(rf"\b({MONTH})\.?\s+(\d{{4}})\b", re.I)
_DAY_MONTH_PL = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(_MONTHS_PL)})\s+(\d{{4}})\b", re.I)
# A month's name, English or Polish (genitive, as dates print it).
_ANY_MONTH = rf"(?:{MONTH}|{'|'.join(_MONTHS_PL)})"
# A line that dates the brief: "Published: 3 March 2024", "Date: ...", "Opublikowano ...",
# and a copyright line with its date ("© Eastern Studies Institute, March 2025").
_DATED = re.compile(
    r"^(?:published|posted|date[d]?|updated|released|opublikowano|data)\b|^(?:©|\(c\)|copyright)",
    re.I,
)
_EVENT_DATE = re.compile(
    # "in June 2026", "in the peak month of July 2025", "od 7 lipca"; not "15th of March
    # 2025" (a dateline), "As of 1 September 2025", "by Anna Nowak 12 May 2025", "z dnia 2
    # kwietnia 1997 r." (the Polish Constitution's)
    rf"\b(?:in|since|until|from|to|during|w|we|od|do|przed|po)\s+"
    rf"(?:[^\W\d]+\s+){{0,4}}?(?:\d{{1,2}}\s+)?{_ANY_MONTH}\b",
    re.I,
)
# Days of an event, never the day a brief came out: "11-12 March 2025", "March 11-12, 2025".
_DAY_RANGE = re.compile(
    rf"\b\d{{1,2}}\s*[–—-]\s*\d{{1,2}}\.?\s+{_ANY_MONTH}\b\.?\s+\d{{4}}|"
    rf"\b(?:{MONTH})\.?\s+\d{{1,2}}\s*[–—-]\s*\d{{1,2}},?\s+\d{{4}}",
    re.I,
)
# Letter-spaced digits of a day before its month and of a year after it, as PDFium parts
# them: "PUBLISHED 2 2 APRIL 2 0 2 5".
_SPACED_DAY = re.compile(rf"(?<!\S)\d(?: \d){{1,3}}(?= {_ANY_MONTH}\b)", re.I)
_SPACED_YEAR = re.compile(rf"\b((?:{MONTH})\.?) (\d(?: \d){{3}})(?!\S)", re.I)


def _unspaced(text: str) -> str:
    text = _SPACED_DAY.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _SPACED_YEAR.sub(lambda m: f"{m.group(1)} {m.group(2).replace(' ', '')}", text)


# What sets a line's fields apart: "27.06.2025 · 9 min read", "Issue 7 | 3 October 2025".
_SET_APART = re.compile(r"\s+[·•|]\s+")
# An issue's number as series print it: "43/2025", or "45 (2164)" (the issue in the series,
# then in all the institute's publications), after "No." or the Polish "nr".
NUMBER_FORM = r"\d{1,4}\s*/\s*\d{2,4}|\d{1,5}\s*\(\d{1,6}\)"
_NUMBER = re.compile(rf"\b(?:No|nr)\.?\s*({NUMBER_FORM})", re.I)
# The names under which the institute publishes; the front page prints them in capitals.
_SERIES = (
    "SPOTLIGHT", "BULLETIN", "STRATEGIC FILE", "POLICY PAPER", "REPORT", "COMMENTARY",
    "BIULETYN", "KOMENTARZ", "RAPORT",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a brief's front page says about it."""

    title: str
    series: str = DEFAULT_SERIES
    number: str = ""
    date: str = ""  # ISO yyyy-mm-dd
    authors: tuple[str, ...] = ()
    language: str = ""  # ISO 639-1; "" until detected or given


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language text is written in ("en", "pl", ...)."""
    # py3langid: a small model inside the package (nothing downloaded), 97 languages; the
    # first 5,000 characters are plenty and keep long briefs fast.
    import py3langid

    language, _ = py3langid.classify(text[:5000])
    return str(language)


def parse_date(text: str) -> str:
    """The first date in text as ISO yyyy-mm-dd ("23 JUNE 2024" -> "2024-06-23"), or ""."""
    candidates: list[tuple[int, str]] = []
    for match in _DAY_MONTH_YEAR.finditer(text):
        day, month, year = match.groups()
        candidates.append((match.start(), _iso(year, MONTHS[month.lower()], day)))
    for match in _MONTH_DAY_YEAR.finditer(text):
        month, day, year = match.groups()
        candidates.append((match.start(), _iso(year, MONTHS[month.lower()], day)))
    for match in _ISO_DATE.finditer(text):
        year, month, day = match.groups()
        candidates.append((match.start(), _iso(year, int(month), day)))
    for match in _DOTTED_DATE.finditer(text):
        day, month, year = match.groups()
        candidates.append((match.start(), _iso(year, int(month), day)))
    for match in _SLASHED_DATE.finditer(text):
        candidates.append((match.start(), _slashed(match)))
    valid = sorted((start, iso) for start, iso in candidates if iso)
    return valid[0][1] if valid else ""


def date_start(text: str) -> int:
    """Where the first date on a line starts ("Berlin, 3 November 2024" -> 8), or -1."""
    patterns = (
        _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO_DATE, _DOTTED_DATE, _DAY_MONTH_PL, _MONTH_YEAR,
    )  # fmt: skip
    starts = [m.start() for pattern in patterns if (m := pattern.search(text))]
    # "1/5/2021" names no day (the NSC scan's declassification stamp had read as a dateline)
    starts += [m.start() for m in _SLASHED_DATE.finditer(text) if _slashed(m)]
    return min(starts, default=-1)


def _slashed(match: re.Match[str]) -> str:
    """A slashed date as ISO where it names one day: "22/04/2025", "04/22/2025", "3/3/2024";
    "" for "4/5/2025", 4 May in Warsaw and April 5 in Washington."""
    day, month, year = match.groups()
    if int(month) > 12:  # "04/22/2025"
        day, month = month, day
    elif int(day) <= 12 and day.lstrip("0") != month.lstrip("0"):
        return ""
    return _iso(year, int(month), day)


def _iso(year: str, month: int, day: str) -> str:
    try:
        return datetime.date(int(year), month, int(day)).isoformat()
    except ValueError:
        return ""


def printed_date(lines: Sequence[Line]) -> str:
    """The date page 1 prints: ISO "2013-05-10", or "2022-03" for a month ("" if none). A
    line that dates the brief (a date alone, or after "Published") comes first; else the
    first date on the page: a sidebar's "PUBLISHED" / "5 December 2024" is read after the
    text, whose "in December 2023" dated an event."""
    dated = dateline_date(lines)
    # A date after a preposition dates an event ("in the peak month of July 2025, Russian
    # forces launched more", "deliveries arrived in Ukraine in June 2024." in a narrow
    # column), never the brief; a header's does not ("U.S. International Trade Commission
    # Executive Briefings on Trade, April 2024").
    return dated or _first_date([x for x in lines if not _EVENT_DATE.search(x.text)])


def dateline_date(lines: Sequence[Line]) -> str:
    """The date of the first line that dates the brief (dating), "" if none does."""
    return _first_date([x for x in lines if dating(x.text)])


def dating(text: str) -> bool:
    """Whether a line dates the brief: a date alone, or after "Published" or "Date:"; not a
    sentence's last line ("... Azerbaijan's offensive in" / "September 2023.")."""
    end = text.rstrip()
    if end.endswith((".", ",", ";", ")")) and not end.endswith(" r."):  # "2025 r." is a date's
        return False
    if _DATED.match(text.strip()):
        return True
    if _EVENT_DATE.search(text) or _DAY_RANGE.search(text):
        return False  # a title's "Changes in June 2026", an event's "11-12 March 2025"
    if date_only(text):
        return True
    # A date set apart by a dot or bar: "27.06.2025 · 9 min read · Asylum, Borders".
    return any(date_only(part) for part in _SET_APART.split(text.strip()))


def _first_date(lines: Sequence[Line]) -> str:
    for line in lines:
        text = _DAY_RANGE.sub(" ", _unspaced(line.text))
        found = []
        if iso := parse_date(text):
            found.append((0, iso))  # parse_date chose the line's first full date
        if match := _DAY_MONTH_PL.search(text):
            day, month, year = match.groups()
            found.append((match.start(), f"{year}-{_MONTHS_PL[month.lower()]:02d}-{int(day):02d}"))
        if match := _MONTH_YEAR.search(text):
            month = MONTHS[match.group(1).lower()]
            found.append((match.start() + 10_000, f"{match.group(2)}-{month:02d}"))
        if found:
            return min(found)[1]
    return ""


def date_only(text: str) -> bool:
    """Whether the text is a date and little else ("MARCH 2022", "May 10, 2013")."""
    stripped = _MONTH_YEAR.sub("", text)
    for pattern in (r"\b\d{1,2}\b", r"\b\d{4}\b", r"[,.•|]"):
        stripped = re.sub(pattern, "", stripped)
    has_date = bool(parse_date(text) or _MONTH_YEAR.search(text) or _DAY_MONTH_PL.search(text))
    return has_date and len(stripped.split()) <= 3


def normal_number(printed: str) -> str:
    """A printed issue number in one spelling: "43 / 2025" -> "43/2025", "45(2164)" ->
    "45 (2164)"."""
    return re.sub(r"\s*\(", " (", re.sub(r"\s+", "", printed))


def parse_front_page(lines: Sequence[str], fallback_title: str) -> tuple[Metadata, int]:
    """Read the front-page block at the top of page 1.

    Args:
        lines: the first page's lines, running furniture already removed.
        fallback_title: the title when the page names none (the file name).

    Returns:
        The metadata and how many leading lines belong to the front-page block (those lines are
        not body text).
    """
    head = [(i, line.strip()) for i, line in enumerate(lines[:20]) if line.strip()]
    number, number_at = "", -1
    series, series_at = "", -1
    for i, line in head:
        found = _NUMBER.search(line)
        if found and not number:
            number, number_at = normal_number(found.group(1)), i
        upper = line.upper()
        if not series and line == upper and any(s == upper.removeprefix("PISM ") for s in _SERIES):
            series, series_at = line, i
    if number_at < 0 and series_at < 0:
        return _plain_front(head, fallback_title)
    block_text = " ".join(line for i, line in head if i <= max(number_at, series_at))
    series_name = series.upper().removeprefix("PISM ").title() if series else DEFAULT_SERIES
    if series and "PISM" in block_text.upper():
        series_name = f"PISM {series_name}"
    after = [(i, line) for i, line in head if i > max(number_at, series_at)]
    title_lines, authors, consumed = _title_and_authors(after)
    title = " ".join(title_lines) or fallback_title
    return (
        Metadata(title, series_name, number, parse_date(block_text), authors),
        consumed if consumed >= 0 else max(number_at, series_at) + 1,
    )


def _title_and_authors(
    after: Sequence[tuple[int, str]],
) -> tuple[list[str], tuple[str, ...], int]:
    """Title lines up to the author line; the index after the last consumed line (-1: none)."""
    for position, (i, line) in enumerate(after[:5]):
        if position > 0 and (names := byline_names(line)):
            return [text for _, text in after[:position]], names, i + 1
        if position > 0 and label_alone(line):  # "AUTHOR" over the name: the title ended
            following = after[position + 1 : position + 2]
            names = byline_names(following[0][1]) if following else ()
            return (
                [text for _, text in after[:position]],
                names,
                (following[0][0] + 1 if names else i + 1),
            )
    if after:
        return [after[0][1]], (), after[0][0] + 1
    return [], (), -1


def _plain_front(head: Sequence[tuple[int, str]], fallback_title: str) -> tuple[Metadata, int]:
    """A document without a Spotlight block: a short first line is its title."""
    if not head:
        return Metadata(fallback_title), 0
    first_index, first = head[0]
    markdown = re.match(r"^#{1,6}\s+(.+?)\s*#*$", first)
    if markdown or (len(first.split()) <= 15 and not first.endswith((".", ",", ";"))):
        title = markdown.group(1) if markdown else first
        consumed = first_index + 1
        authors: tuple[str, ...] = ()
        if len(head) > 1 and (names := byline_names(head[1][1])):
            authors, consumed = names, head[1][0] + 1
        text = " ".join(line for _, line in head[:4])
        return Metadata(title, DEFAULT_SERIES, "", parse_date(text), authors), consumed
    return Metadata(fallback_title), 0


# -- metadata a person gives --------------------------------------------------------------------

FIELDS = ("title", "series", "number", "date", "authors", "language")
_GIVEN_NUMBER = re.compile(rf"^(?:(?:No|nr)\.?\s*)?({NUMBER_FORM})$", re.I)
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")


def read_sidecar(data: bytes, label: str) -> dict[str, object]:
    """The fields of a sidecar's bytes; label names the sidecar file in messages."""
    try:
        fields = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{label}: not UTF-8 text ({exc.reason})") from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(f"{label}: invalid JSON at line {exc.lineno}: {exc.msg}") from exc
    if not isinstance(fields, dict):
        raise DocumentError(f'{label}: must hold a JSON object such as {{"title": "..."}}')
    return fields


def apply_overrides(metadata: Metadata, fields: Mapping[str, object], label: str) -> Metadata:
    """metadata with the given fields replaced, each checked.

    Raises:
        DocumentError: an unknown field or a value of the wrong form; the message names label
            (the file the fields came from) and the field.
    """
    changes: dict[str, object] = {}
    for key, value in fields.items():
        if key not in FIELDS:
            raise DocumentError(
                f"{label}: unknown field {key!r}; the fields are {', '.join(FIELDS)}"
            )
        changes[key] = _checked(key, value, label)
    return dataclasses.replace(metadata, **changes)


def _checked(key: str, value: object, label: str) -> object:
    def bad(expected: str) -> DocumentError:
        return DocumentError(f"{label}: field {key!r} is {value!r}; expected {expected}")

    if key == "authors":
        names = split_names(value) if isinstance(value, str) else value
        if not isinstance(names, list | tuple) or not all(
            isinstance(n, str) and n.strip() for n in names
        ):
            raise bad('a list of names, or one string such as "A, B and C"')
        return tuple(n.strip() for n in names)
    if key == "date":
        if isinstance(value, datetime.date):  # YAML reads 2024-06-23 as a date
            return value.isoformat()[:10]
        iso = parse_date(value) if isinstance(value, str) else ""
        if not iso:
            raise bad('a date such as "2024-06-23" or "23 June 2024"')
        return iso
    if not isinstance(value, str) or not value.strip():
        raise bad("a non-empty string")
    value = value.strip()
    if key == "number":
        match = _GIVEN_NUMBER.match(value)
        if not match:
            raise bad('a number such as "43/2025" or "45 (2164)"')
        return normal_number(match.group(1))
    if key == "language" and not _LANGUAGE.match(value):
        raise bad('a lowercase ISO 639 code such as "en" or "pl"')
    return value
