"""Writes realistic Spotlight-like PDFs (fpdf2): the front-page block, a running header from
page 2 on, page numbers in the footer, bold question headings, justified body text, forced
hyphenated line ends, ligature glyphs and Polish diacritics in an embedded TrueType font.

Used by the tests and by tests/make_sample_pdf.py, which builds the bundled sample brief.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
PAGE_HEIGHT_MM = 297
TOP_MM, BOTTOM_MM, SIDE_MM = 24, 22, 20
LINE_MM = 4.4


@dataclass(frozen=True)
class Block:
    """A paragraph of body text, or a section heading."""

    text: str
    heading: bool = False


@dataclass(frozen=True)
class BriefSpec:
    """What a generated brief says; each entry of pages is one physical page."""

    title: str
    authors: tuple[str, ...]
    number: str  # "43/2025"
    date_line: str  # "23 JUNE 2024", printed as is
    pages: tuple[tuple[Block, ...], ...]
    running_header: str = "PISM SPOTLIGHT"
    header_on_first_page: bool = False
    footer: str = ""  # a line printed in the bottom margin of every page, beside the number
    page_numbers: bool = True
    front_block: bool = True
    hyphenate: tuple[str, ...] = ()  # words broken across a line end: "inter-" / "national"
    page_label_start: int | None = None  # printed number of the first page (PDF /PageLabels)


def write_brief_pdf(path: Path, spec: BriefSpec) -> Path:
    """Write the brief as a PDF at path; raises ValueError if a page's text overflows it."""
    from fpdf import FPDF

    for name in ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"):
        if not (FONT_DIR / name).exists():
            raise FileNotFoundError(
                f"{FONT_DIR / name} is missing: apt-get install fonts-dejavu-core"
            )
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(datetime(2024, 6, 23, tzinfo=UTC))  # the same bytes on every run
    pdf.set_producer("Spotlight Assistant test factory")
    pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSansCondensed.ttf"))
    pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(SIDE_MM, TOP_MM, SIDE_MM)
    for number, blocks in enumerate(spec.pages, start=1):
        if number == 1 and spec.page_label_start is not None:
            # Printed page numbers from page_label_start on, as PDF page labels readers show.
            pdf.add_page(label_style="D", label_start=spec.page_label_start)
        else:
            pdf.add_page()
        if spec.running_header and (number > 1 or spec.header_on_first_page):
            pdf.set_font("Body", "B", 8)
            pdf.set_xy(SIDE_MM, 10)
            pdf.cell(0, 4, spec.running_header)
        pdf.set_xy(SIDE_MM, TOP_MM)
        if number == 1:
            _front_page(pdf, spec)
        for block in blocks:
            _block(pdf, block, spec.hyphenate)
        if pdf.get_y() > PAGE_HEIGHT_MM - BOTTOM_MM:
            raise ValueError(
                f"page {number} of {spec.title!r} overflows; move text to the next page"
            )
        if spec.footer:
            pdf.set_font("Body", "", 7)
            pdf.set_xy(SIDE_MM, PAGE_HEIGHT_MM - 16)
            pdf.cell(0, 4, spec.footer)
        if spec.page_numbers:
            pdf.set_font("Body", "", 8)
            pdf.set_xy(SIDE_MM, PAGE_HEIGHT_MM - 12)
            pdf.cell(0, 4, str(number + (spec.page_label_start or 1) - 1), align="C")
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def _front_page(pdf, spec: BriefSpec) -> None:  # pdf: FPDF
    if spec.front_block:
        pdf.set_font("Body", "B", 16)
        pdf.cell(0, 7, "PISM", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Body", "", 7)
        for line in (
            "POLSKI INSTYTUT SPRAW MIĘDZYNARODOWYCH",
            "THE POLISH INSTITUTE OF INTERNATIONAL AFFAIRS",
        ):
            pdf.cell(0, 3.5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("Body", "", 8)
        pdf.cell(0, 4, f"No. {spec.number}, {spec.date_line} © PISM", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Body", "B", 14)
        pdf.cell(0, 7, "SPOTLIGHT", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("Body", "B", 13)
    pdf.multi_cell(0, 6, spec.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", "", 9)
    pdf.multi_cell(0, 5, _join_names(spec.authors), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def _block(pdf, block: Block, hyphenate: tuple[str, ...]) -> None:  # pdf: FPDF
    if block.heading:
        pdf.ln(1.5)
        pdf.set_font("Body", "B", 9.5)
        pdf.multi_cell(0, LINE_MM + 0.4, block.text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
        return
    text = block.text
    for word in hyphenate:
        # An explicit line break inside the word puts "inter-" at the end of a line.
        half = len(word) // 2
        text = re.sub(rf"\b{re.escape(word)}\b", f"{word[:half]}-\n{word[half:]}", text, count=1)
    pdf.set_font("Body", "", 9.5)
    pdf.multi_cell(0, LINE_MM, text, align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _join_names(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def sample_spec(text: str) -> BriefSpec:
    """The spec of the real sample brief, from its text as extracted (shared/samples/...).

    The blank lines inside a sentence are extraction artifacts and the [text](#) pieces are link
    remnants; "PISM SPOTLIGHT" marks where page 2 begins.
    """
    lines = [line.strip() for line in text.splitlines()]
    spotlight = lines.index("SPOTLIGHT")
    body = [line for line in lines[spotlight + 1 :] if line]
    title, author = body[0], body[1]
    number_line = next(line for line in lines if line.startswith("No. "))
    number, date_line = re.match(r"No\. (\S+), (.+?) ©", number_line).groups()  # type: ignore[union-attr]
    pages: list[list[Block]] = [[]]
    paragraph = ""
    for line in body[2:]:
        line = re.sub(r"\[([^\]]+)\]\(#\)", r"\1", line)
        if line == "PISM SPOTLIGHT":
            pages[-1].append(Block(paragraph))
            pages.append([])
            paragraph = ""
            continue
        if paragraph and not paragraph.endswith((".", "?")) and line[0].islower():
            paragraph = f"{paragraph} {line}"  # a sentence the extraction broke in two
            continue
        if paragraph:
            pages[-1].append(Block(paragraph))
        if line.endswith("?") and len(line) < 120:
            pages[-1].append(Block(line, heading=True))
            paragraph = ""
        else:
            paragraph = line
    pages[-1].append(Block(paragraph))
    return BriefSpec(
        title=title,
        authors=(author,),
        number=number,
        date_line=date_line,
        pages=tuple(tuple(page) for page in pages),
    )


# -- generated briefs the tests and benchmarks share --------------------------------------------

HEADER, FOOTER = "PISM SPOTLIGHT", "www.pism.pl · Polski Instytut Spraw Międzynarodowych"
PLACES = (
    ("Vilnius", "Lithuania", "grain corridors"),
    ("Kraków", "Poland", "energy ﬁnancing"),
    ("Tallinn", "Estonia", "cyber defence"),
    ("Gdańsk", "Poland", "port security"),
    ("Riga", "Latvia", "rail links"),
    ("Łódź", "Poland", "textile exports"),
    ("Chișinău", "Moldova", "gas storage"),
    ("Bratislava", "Slovakia", "arms production"),
    ("Zagreb", "Croatia", "LNG terminals"),
    ("Tbilisi", "Georgia", "visa policy"),
)
AUTHORS = (
    ("Jerzy Żywalewski",),
    ("Anna Maria Dynier", "Łukasz Ściężyński"),
    ("Zoë Brontë", "Paweł Wróbel", "Agnieszka Łęcka"),
)
MONTHS = ("JANUARY", "March", "MAY", "July", "SEPTEMBER", "November")
MONTHS_FULL = (
    "january february march april may june july august september october november december"
).split()


def sentences(index: int, count: int, start: int) -> list[str]:
    """Distinct, plausible sentences for brief `index`, numbered from start."""
    city, country, topic = PLACES[index]
    return [
        f"In meeting {n} the delegation in {city} discussed {topic} with officials from "
        f"{country}, who asked for {n + 2} further consultations before the summer."
        for n in range(start, start + count)
    ]


def brief_spec(index: int) -> tuple[BriefSpec, dict[str, str]]:
    """A generated brief and, for each of its key sentences, the page it must be cited on."""
    city, country, topic = PLACES[index]
    page_count = 1 + index % 3
    pages: list[list[Block]] = []
    expected: dict[str, str] = {}
    for page in range(1, page_count + 1):
        first = sentences(index, 6, page * 10)
        pages.append(
            [
                Block(f"What did {country} decide on {topic} (part {page})?", heading=True),
                Block(" ".join(first)),
            ]
        )
        expected[first[0]] = str(page)
        expected[first[-1]] = str(page)
    if page_count > 1:
        # A sentence broken by the page break, as in the real sample.
        across = f"The ministers in {city} agreed that {topic} would remain a shared priority"
        rest = "for the next two years, whatever the outcome of the elections."
        pages[0].append(Block(f"Context for the record. {across}"))
        pages[1].insert(0, Block(rest))
        expected[f"{across} {rest}"] = "1-2"
    spec = BriefSpec(
        title=f"{country} Rethinks Its Approach to {topic.title()}",
        authors=AUTHORS[index % 3],
        number=f"{index + 1}/2025",
        date_line=f"{3 + index} {MONTHS[index % 6]} 2025",
        pages=tuple(tuple(p) for p in pages),
        running_header=HEADER,
        header_on_first_page=index % 2 == 0,
        footer=FOOTER,
        hyphenate=("consultations", "delegation"),
    )
    return spec, expected


GOOD = "In Vilnius the delegation discussed grain corridors with officials from Lithuania."


def good_pdf(path: Path) -> Path:
    """A one-page brief whose only sentence is GOOD."""
    spec = BriefSpec(
        title="Grain Corridors After the War",
        authors=("Jerzy Żywalewski",),
        number="7/2025",
        date_line="3 MARCH 2025",
        pages=((Block(GOOD),),),
    )
    return write_brief_pdf(path, spec)
