"""Front-page metadata on literal lines."""

from __future__ import annotations

import pytest

from assistant.byline import byline
from assistant.metadata import date_start, parse_date, parse_front_page, printed_date
from assistant.names import looks_like_names
from assistant.records import Line

SAMPLE_FRONT = [
    "PISM",
    "POLSKI INSTYTUT SPRAW MIĘDZYNARODOWYCH",
    "THE POLISH INSTITUTE OF INTERNATIONAL AFFAIRS",
    "No. 43/2025, 23 JUNE 2024 © PISM",
    "SPOTLIGHT",
    "U.S. Special Envoy Kellogg Visits Belarus",
    "Anna Maria Dynier",
    "The U.S. Special Envoy for Ukraine and Russia Keith Kellogg was received in Minsk.",
]


def test_spotlight_front_page() -> None:
    metadata, consumed = parse_front_page(SAMPLE_FRONT, fallback_title="file")
    assert metadata.title == "U.S. Special Envoy Kellogg Visits Belarus"
    assert metadata.series == "PISM Spotlight"
    assert metadata.number == "43/2025"
    assert metadata.date == "2024-06-23", "the printed date is kept even though 2025 != 2024"
    assert metadata.authors == ("Anna Maria Dynier",)
    assert consumed == 7, "the body starts after the author line"


def test_two_line_title_and_several_authors() -> None:
    lines = [
        "No. 7/2026, 2 March 2026",
        "SPOTLIGHT",
        "Sanctions and Their Limits:",
        "The Case of Belarus",
        "Jerzy Żywalewski, Anna Łęcka and Piotr Nowak",
        "Body.",
    ]
    metadata, consumed = parse_front_page(lines, fallback_title="file")
    assert metadata.title == "Sanctions and Their Limits: The Case of Belarus"
    assert metadata.authors == ("Jerzy Żywalewski", "Anna Łęcka", "Piotr Nowak")
    assert metadata.date == "2026-03-02"
    assert consumed == 5


def test_plain_text_without_a_front_page_uses_the_file_name() -> None:
    metadata, consumed = parse_front_page(
        ["This plain note starts with a long sentence, and it has no title at all."], "notes"
    )
    assert (metadata.title, metadata.series, consumed) == ("notes", "Document", 0)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("23 JUNE 2024", "2024-06-23"),
        ("23 June 2024", "2024-06-23"),
        ("2024-06-23", "2024-06-23"),
        ("June 23, 2024", "2024-06-23"),
        ("March 3rd, 2024", "2024-03-03"),
        ("3rd of March, 2024", "2024-03-03"),
        ("Published on 3 March, 2024", "2024-03-03"),
        ("Sept. 4th 2025", "2025-09-04"),
        ("31 February 2024", ""),
        ("Published 22/04/2025", "2025-04-22"),  # no month 22: Europe's day first
        ("04/22/2025", "2025-04-22"),  # as the United States writes it
        ("3/3/2024", "2024-03-03"),  # either way
        ("4/5/2024", ""),  # 4 May in Warsaw, but April 5 in Washington
        ("12/7/26, 8:10 PM", ""),  # a browser's running header
        ("no date here", ""),
    ],
)
def test_dates_in_every_printed_form(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_where_a_date_starts_on_a_line() -> None:
    assert date_start("Berlin, 3 November 2024") == 8
    assert date_start("Anna Nowak | 22/04/2025") == 13
    assert date_start("SECRETRobert C. O'Brien 1/5/2021") == -1  # which month?


@pytest.mark.parametrize(
    ("text", "iso"),
    [("MARCH 2022", "2022-03"), ("Sept. 2021", "2021-09"), ("Warsaw, Dec 2023", "2023-12")],
)
def test_a_month_alone_is_dated_to_the_month(text: str, iso: str) -> None:
    assert printed_date([Line(text)]) == iso


def test_names_are_told_from_titles() -> None:
    assert looks_like_names("Anna Maria Dynier")
    assert looks_like_names("A. M. Dynier and Jerzy Żywalewski")
    assert not looks_like_names("The Case of Belarus.")
    assert not looks_like_names("POLSKI INSTYTUT SPRAW")


def test_a_name_over_the_title_is_its_author_but_a_kicker_is_not() -> None:
    def line(text: str, size: float) -> Line:
        return Line(text, size=size, box=(0.0, 0.0, 100.0, 10.0))

    def over(kicker: str, title: str, text: str) -> tuple[str, ...]:
        return byline([line(kicker, 8), line(title, 22), line(text, 10)], title)

    wagner = "Several thousand Wagner fighters moved to Belarus."
    assert over("Mateusz Wiśniewski", "Belarus and the Wagner Legacy", wagner) == (
        "Mateusz Wiśniewski",
    )
    assert over("EXPERT COMMENTARY", "Belarus and the Wagner Legacy", wagner) == ()
    # Title case, but the text goes on about it: a topic, not a person.
    assert over("Middle East", "Iran After the Strikes", "Tension in the Middle East rose.") == ()
