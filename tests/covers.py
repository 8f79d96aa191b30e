"""Front pages as other publishers set them, for tests/test_front_pages.py and
tests/test_reading_version.py: each cover's lines and how a librarian would cite it."""

from __future__ import annotations

from pathlib import Path

from tests.layout_pdf import Placed, column, flow, write_layout_pdf

BODY = (
    "The ministers met in Vilnius to discuss the supply of air defence systems to the region. "
    "They agreed that the first deliveries would arrive before the end of the year, and that "
    "the costs would be shared by the members in proportion to their budgets. The decision "
    "follows months of talks in which the smaller states asked for more support. "
) * 3

# name -> (the front page's lines, (title, authors, date, series, number))
COVERS = {
    "bulletin": (
        [
            Placed(20, 20, "BULLETIN", 9, True),
            Placed(150, 20, "No. 45 (2164), 12 March 2024", 9),
            Placed(20, 40, "Air Defence for the Baltic States:", 18, True),
            Placed(20, 49, "What the Vilnius Meeting Decided", 18, True),
            Placed(20, 64, "Jan Kowalski, Anna Nowak", 10, True),
        ],
        (
            "Air Defence for the Baltic States: What the Vilnius Meeting Decided",
            ("Jan Kowalski", "Anna Nowak"),
            "2024-03-12",
            "Bulletin",
            "45 (2164)",
        ),
    ),
    "policy_paper": (
        [
            Placed(20, 20, "POLICY PAPER", 12, True),
            Placed(20, 27, "No. 3 (210), June 2023", 9),
            Placed(20, 45, "Sharing the Cost of Air Defence", 20, True),
            Placed(20, 60, "Anna Nowak and Piotr Wiśniewski", 10),
        ],
        (
            "Sharing the Cost of Air Defence",
            ("Anna Nowak", "Piotr Wiśniewski"),
            "2023-06",
            "Policy Paper",
            "3 (210)",
        ),
    ),
    "policy_brief": (
        [
            Placed(20, 20, "POLICY BRIEF", 9, True),
            Placed(20, 35, "Europe's Air Defence Gap", 22, True),
            Placed(20, 50, "By John Smith and Mary Jones", 10),
            Placed(20, 56, "October 2021", 10),
        ],
        ("Europe's Air Defence Gap", ("John Smith", "Mary Jones"), "2021-10", "Policy Brief", ""),
    ),
    "title_case": (
        [
            Placed(20, 20, "Commentary", 9),
            Placed(160, 20, "September 14, 2021", 9),
            Placed(20, 32, "Baltic Missile Shield", 20, True),
            Placed(20, 45, "Mary Jones", 10, True),
            Placed(20, 50, "Senior Fellow, Europe Program", 9),
        ],
        ("Baltic Missile Shield", ("Mary Jones",), "2021-09-14", "Commentary", ""),
    ),
    "biuletyn": (
        [
            Placed(20, 20, "BIULETYN", 9, True),
            Placed(140, 20, "nr 12 (2345), 14 marca 2024", 9),
            Placed(20, 40, "Obrona powietrzna państw bałtyckich", 18, True),
            Placed(20, 55, "Jan Kowalski", 10, True),
        ],
        (
            "Obrona powietrzna państw bałtyckich",
            ("Jan Kowalski",),
            "2024-03-14",
            "Biuletyn",
            "12 (2345)",
        ),
    ),
    "edited_report": (
        [
            Placed(20, 20, "INSTITUTE FOR SECURITY STUDIES", 9, True),
            Placed(20, 60, "Air Defence in Northern Europe", 26, True),
            Placed(20, 90, "Edited by Karin Larsen", 10),
            Placed(20, 96, "May 2022", 10),
        ],
        ("Air Defence in Northern Europe", ("Karin Larsen",), "2022-05", "Document", ""),
    ),
    "affiliations": (
        [
            Placed(20, 20, "ISSUE BRIEF", 9, True),
            Placed(20, 35, "Hybrid Threats Explained", 22, True),
            Placed(20, 50, "Anna Nowak (PISM), John Smith (RUSI)", 10),
            Placed(20, 56, "12.03.2024", 10),
        ],
        ("Hybrid Threats Explained", ("Anna Nowak", "John Smith"), "2024-03-12", "Issue Brief", ""),
    ),
    "capitals": (
        [
            Placed(20, 20, "AIR DEFENCE IN NORTHERN EUROPE", 24, True),
            Placed(20, 40, "J. Smith and M. Jones", 10),
            Placed(20, 46, "14 marca 2024 r.", 10),
        ],
        ("Air Defence in Northern Europe", ("J. Smith", "M. Jones"), "2024-03-14", "Document", ""),
    ),
    "komentarz": (
        [
            Placed(20, 20, "KOMENTARZ", 9, True),
            Placed(150, 20, "NR 7/2024", 9),
            Placed(20, 35, "Co dalej z obroną powietrzną?", 20, True),
            Placed(20, 50, "Anna Nowak", 10),
        ],
        ("Co dalej z obroną powietrzną?", ("Anna Nowak",), "", "Komentarz", "7/2024"),
    ),
    "working_paper": (
        [
            Placed(20, 20, "Working Paper 12", 9),
            Placed(20, 26, "3 February 2023", 9),
            Placed(20, 40, "The Economics of Air Defence", 22, True),
            Placed(20, 55, "Karin Larsen, Ola Nordmann", 10),
        ],
        (
            "The Economics of Air Defence",
            ("Karin Larsen", "Ola Nordmann"),
            "2023-02-03",
            "Working Paper",
            "12",
        ),
    ),
    "authors_label": (
        [
            Placed(20, 35, "Grain Corridors After the Summit", 22, True),
            Placed(20, 50, "Authors: Anna Nowak, Jan Kowalski", 10),
            Placed(20, 56, "Warsaw, 5 May 2025", 10),
        ],
        (
            "Grain Corridors After the Summit",
            ("Anna Nowak", "Jan Kowalski"),
            "2025-05-05",
            "Document",
            "",
        ),
    ),
    # A title in title case whose hyphenated word is no name's ("Cross-border"), above the
    # publisher's line set in the next size (a specification's cover had that line for title).
    "hyphenated": (
        [
            Placed(40, 20, "Cross-border Energy Grids", 24, True),
            Placed(30, 34, "Nordic Council of Energy Ministers", 17, True),
            Placed(60, 48, "Karin Larsen", 17, True),
            Placed(20, 80, "2 October 2018", 10),
        ],
        ("Cross-border Energy Grids", ("Karin Larsen",), "2018-10-02", "Document", ""),
    ),
    # A title page: the title, a subtitle, the date, and the authors at its foot, one a line,
    # an address beside one; the text starts on page 2 (as a GNU manual's title page).
    "title_page": (
        [
            Placed(30, 60, "Gridlock", 20),
            Placed(70, 75, "Energy security in the Baltic Sea region", 11),
            Placed(110, 81, "for the year 2024, 18 August 2024", 11),
            Placed(30, 220, "Karin Larsen", 14),
            Placed(30, 226, "Ola Nordmann", 14),
            Placed(30, 232, "Anna Nowak (anna.nowak@example.org)", 14),
        ],
        (
            "Gridlock",
            ("Karin Larsen", "Ola Nordmann", "Anna Nowak"),
            "2024-08-18",
            "Document",
            "",
        ),
    ),
    # A byline in capitals after its label, a date after "Published:".
    "capitals_byline": (
        [
            Placed(20, 35, "Energy Security After the Summit", 22, True),
            Placed(20, 50, "BY JOHN SMITH AND ANNA NOWAK", 9, True),
            Placed(20, 56, "Published: 3 March 2024", 9),
        ],
        (
            "Energy Security After the Summit",
            ("John Smith", "Anna Nowak"),
            "2024-03-03",
            "Document",
            "",
        ),
    ),
    # A title on two lines whose second reads as a name, then names with their titles.
    "honorifics": (
        [
            Placed(20, 30, "Protecting Undersea Cables in the", 20, True),
            Placed(20, 39, "Baltic Sea", 20, True),
            Placed(20, 52, "Dr. Maria Schmidt and Prof. Tomasz Wiśniewski", 10),
            Placed(20, 58, "15 January 2025", 10),
        ],
        (
            "Protecting Undersea Cables in the Baltic Sea",
            ("Maria Schmidt", "Tomasz Wiśniewski"),
            "2025-01-15",
            "Document",
            "",
        ),
    ),
    # A title in capitals keeps the acronym the page prints in capitals in lower-case text.
    "acronym": (
        [
            Placed(20, 30, "NATO'S EASTERN FLANK", 24, True),
            Placed(20, 42, "What the Vilnius decisions mean for NATO members", 12),
            Placed(20, 52, "Anna Nowak i Jan Kowalski", 10),
        ],
        ("NATO's Eastern Flank", ("Anna Nowak", "Jan Kowalski"), "", "Document", ""),
    ),
    # A report's cover with no byline; its authors are named on the next page, after a label.
    "inside_byline": (
        [
            Placed(20, 20, "REPORT", 12, True),
            Placed(20, 60, "The Arctic in Transition", 30, True),
            Placed(20, 80, "Security, climate and shipping in the High North after 2030: a", 14),
            Placed(20, 87, "report of the Nordic Policy Centre", 14),
            Placed(20, 110, "December 2023", 12),
        ],
        ("The Arctic in Transition", ("Ingrid Solberg", "Paul Fischer"), "2023-12", "Report", ""),
    ),
}
# Covers whose page holds nothing else: the body text starts on the next page, after the
# lines given here.
TITLE_PAGES = {
    "title_page": [],
    "inside_byline": [Placed(20, 20, "Authors: Ingrid Solberg and Paul Fischer", 10)],
}


def write_cover(folder: Path, name: str) -> Path:
    """COVERS[name] above a page of body text (or before it, for a title page), as
    folder/<name>.pdf."""
    head, _ = COVERS[name]
    body = column(flow(BODY, 170), 20, 110)
    pages = [head, TITLE_PAGES[name] + body] if name in TITLE_PAGES else [head + body]
    return write_layout_pdf(folder / f"{name}.pdf", pages)
