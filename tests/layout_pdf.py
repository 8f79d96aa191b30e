"""Writes PDFs laid out as other publishers' are (fpdf2): two columns, a sidebar box, footnotes
with raised markers, endnotes, headings told apart only by their size or weight.

Every line is placed at its own position, so the content stream's order is the test's choice:
"rows" writes the lines of a page top to bottom across the columns (PDFium's own order then
interleaves a column with the one beside it, and only the reader's layout can undo it);
"columns" writes each column whole, as most producers do. "^6" in a line prints 6 as a raised
footnote marker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tests.pdf_factory import FONT_DIR

PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210, 297
LEFT_MM, TOP_MM = 20, 30
BODY_PT, NOTE_PT = 9.5, 7.0
_MARKER = re.compile(r"\^(\w+)")


@dataclass(frozen=True)
class Placed:
    """One printed line: its left edge and top in mm, its text and type."""

    x: float
    y: float
    text: str
    size: float = BODY_PT
    bold: bool = False
    angle: float = 0.0  # degrees anticlockwise: 90 sets it bottom to top (an axis label)


def _new_pdf():  # -> FPDF
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(datetime(2024, 6, 23, tzinfo=UTC))  # the same bytes on every run
    pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSansCondensed.ttf"))
    pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSansCondensed-Bold.ttf"))
    pdf.set_auto_page_break(False)
    return pdf


def flow(text: str, width: float, size: float = BODY_PT, bold: bool = False) -> list[str]:
    """The lines text breaks into at width mm (fpdf2's own line breaking)."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("Body", "B" if bold else "", size)
    return pdf.multi_cell(width, 4, text, dry_run=True, output="LINES")


def column(
    lines: Sequence[str], x: float, top: float, size: float = BODY_PT, bold: bool = False
) -> list[Placed]:
    """The lines set one under the other from top, at 1.45 times their size apart."""
    return [Placed(x, top + k * pitch(size), line, size, bold) for k, line in enumerate(lines)]


def pitch(size: float) -> float:
    """Line to line in mm for type of size points, with the usual leading (1.45)."""
    return size * 0.3528 * 1.45


def notes_from(
    top: float, notes: Sequence[tuple[str, str]], size: float, mark: str
) -> list[Placed]:
    """Each (number, text) note set from top in size, opening with number + mark, 1 mm apart."""
    placed: list[Placed] = []
    for number, text in notes:
        lines = flow(f"{number}{mark} {text}", 170, size)
        placed += column(lines, LEFT_MM, top, size)
        top += len(lines) * pitch(size) + 1
    return placed


def write_layout_pdf(path: Path, pages: Sequence[Sequence[Placed]], order: str = "columns") -> Path:
    """Write the pages' lines at their places; order is "columns" (as given) or "rows"."""
    if order not in ("columns", "rows"):
        raise ValueError(f"order must be 'columns' or 'rows', not {order!r}")
    pdf = _new_pdf()
    for lines in pages:
        pdf.add_page()
        if order == "rows":
            lines = sorted(lines, key=lambda p: (round(p.y, 1), p.x))
        for placed in lines:
            _print(pdf, placed)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def _print(pdf, placed: Placed) -> None:  # pdf: FPDF
    if placed.angle:
        with pdf.rotation(placed.angle, placed.x, placed.y):
            _print(pdf, Placed(placed.x, placed.y, placed.text, placed.size, placed.bold))
        return
    height = placed.size * 0.3528 * 1.2
    pdf.set_xy(placed.x, placed.y)
    for k, piece in enumerate(_MARKER.split(placed.text)):
        if not piece:
            continue
        raised = k % 2 == 1
        pdf.char_vpos = "SUP" if raised else "LINE"
        pdf.set_font("Body", "B" if placed.bold else "", placed.size)
        pdf.cell(pdf.get_string_width(piece) * (0.7 if raised else 1.0), height, piece)
    pdf.char_vpos = "LINE"


# -- the layouts the tests read -----------------------------------------------------------------

COLUMN_MM, GUTTER_MM = 80, 10


def numbered(topic: str, count: int) -> list[str]:
    """Distinct sentences about a topic, each naming its number."""
    return [
        f"Point {n} of the report on {topic} says that the ministers met {n + 3} times and "
        f"agreed to review the {topic} rules before the end of the year."
        for n in range(1, count + 1)
    ]


def two_columns(path: Path, order: str) -> tuple[list[str], str]:
    """A page of two columns whose first column ends mid-sentence; returns the page's
    sentences in reading order and the sentence that runs from column 1 into column 2."""
    sentences = numbered("energy grids", 12)
    lines = flow(" ".join(sentences), COLUMN_MM)
    # The break goes at the first line past the middle that ends inside a sentence.
    split = next(k for k in range(len(lines) // 2, len(lines)) if lines[k][:1].islower() and k > 3)
    at = len(" ".join(lines[:split]))  # fpdf2 breaks at spaces: the lines rejoin as the text
    ends = [len(" ".join(sentences[: n + 1])) for n in range(len(sentences))]
    crossing = sentences[next(n for n, end in enumerate(ends) if end > at)]
    right = LEFT_MM + COLUMN_MM + GUTTER_MM
    placed = column(lines[:split], LEFT_MM, TOP_MM) + column(lines[split:], right, TOP_MM)
    write_layout_pdf(path, [placed], order)
    return sentences, crossing


def with_sidebar(path: Path, side: str, order: str) -> tuple[list[str], list[str]]:
    """A body of 115 mm beside a 45 mm box in smaller type on the given side ("left" or
    "right"); returns the body's sentences and the box's."""
    body = numbered("port security", 8)
    box = [
        "Box: the Baltic ports handled a record tonnage of grain in the second quarter.",
        "Box: three new terminals are planned for the coast of Estonia and Latvia by 2027.",
        "Box: insurance premiums for ships in the region have doubled since the spring.",
    ]
    body_x, box_x = (LEFT_MM + 55, LEFT_MM) if side == "left" else (LEFT_MM, LEFT_MM + 125)
    placed = column(flow(" ".join(body), 115), body_x, TOP_MM)
    placed += column(flow(" ".join(box), 45, 8.0), box_x, TOP_MM + 6, 8.0)
    write_layout_pdf(path, [placed], order)
    return body, box


FOOTNOTED = (
    "The envoy met the President for a Q&A session in the Oval Office.^1 ",
    "He then flew to Warsaw, where the talks on air defence went on for two days.^2 ",
    "The communiqué named six joint projects and a fund for the eastern border.",
)
FOOTNOTES = (
    (
        "1",
        "The Oval Office meeting was closed to the press and lasted ninety minutes, "
        "according to the schedule published afterwards by the White House.",
    ),
    ("2", "The second day was held at the Ministry of National Defence."),
)


def footnotes(path: Path) -> None:
    """One page: FOOTNOTED's body sentences with raised markers, FOOTNOTES at the foot of
    the page in small type, each opening with its number."""
    body = flow("".join(FOOTNOTED), 170)
    filler = flow(" ".join(numbered("air defence", 6)), 170)
    placed = column(filler + body, LEFT_MM, TOP_MM)
    placed += notes_from(245.0, FOOTNOTES, NOTE_PT, "")
    write_layout_pdf(path, [placed])


ENDNOTES = (
    ("1", "See the ministry's statement of 4 May on the new storage rules."),
    ("2", "The figures come from the operator's annual report for the last year."),
    ("3", "Quoted from the minutes of the council's meeting in Riga in March."),
)


def endnotes(path: Path, heading: bool) -> list[str]:
    """Two pages of body text with markers, then the notes in the upper half of page 2:
    under a bold "Notes" heading in the body's own size, or (heading False) without one in
    smaller type. Returns the body's sentences."""
    first = numbered("gas storage", 9)
    second = [*numbered("rail links", 3)]
    second[-1] = second[-1][:-1] + ".^1"
    page1 = column(flow(" ".join(first), 170), LEFT_MM, TOP_MM)
    lines2 = flow(" ".join(second), 170)
    page2 = column(lines2, LEFT_MM, TOP_MM)
    top = TOP_MM + len(lines2) * pitch(BODY_PT) + 6
    size = BODY_PT if heading else NOTE_PT
    if heading:
        page2.append(Placed(LEFT_MM, top, "Notes", 11.0, bold=True))
        top += 7
    page2 += notes_from(top, ENDNOTES, size, ".")
    write_layout_pdf(path, [page1, page2])
    return [*first, second[0], second[1]]


LARGE_HEADING = (
    "How the Baltic States Rebuilt Their Grid Connections to Continental Europe in Three Years"
)
BOLD_HEADING = "What the Ministers in Riga Agreed About Shared Reserves of Power and Gas"


def headings(path: Path) -> tuple[list[str], list[str]]:
    """Body paragraphs under a heading set larger (14 pt, regular, on two lines) and one set
    bold in the body's size, with no more space above or below than between lines; the
    headings are too long to pass as headings by their words alone (more than 12). Returns
    the sentences that open the paragraph under each heading, and the body's sentences."""
    first = numbered("grid links", 3)
    second = numbered("shared reserves", 3)
    third = numbered("winter supply", 3)
    placed: list[Placed] = []
    y = TOP_MM
    for lines, size, bold in (
        (flow(" ".join(first), 170), BODY_PT, False),
        (flow(LARGE_HEADING, 120, 14.0), 14.0, False),
        (flow(" ".join(second), 170), BODY_PT, False),
        (flow(BOLD_HEADING, 90, BODY_PT, True), BODY_PT, True),
        (flow(" ".join(third), 170), BODY_PT, False),
    ):
        block = column(lines, LEFT_MM, y, size, bold)
        placed += block
        y = block[-1].y + pitch(size)
    write_layout_pdf(path, [placed])
    return [second[0], third[0]], [*first, *second, *third]


NOTED_TITLE = "Pipelines and Power Lines in the Baltic Region"
NOTED_BODY = (
    "The energy ministers agreed to build a second gas pipeline between Poland and Lithuania "
    "by 2028.^1 Grid operators in the three Baltic states will share their reserve power "
    "plants from next winter. The European Commission will pay for half of the new "
    "interconnectors, and the national budgets will pay for the rest.^2 Electricity prices in "
    "the region fell by a fifth in the first quarter after the grids were synchronised."
)
NOTED_NOTES = (
    (
        "1",
        "The ministers had agreed to build a second gas pipeline between Poland and "
        "Lithuania once before, in 2015, but the plan lapsed.",
    ),
    (
        "2",
        "The feasibility study was written by engineers from the Technical University of Kaunas.",
    ),
)


def noted_brief(path: Path) -> None:
    """A one-page brief: a title, NOTED_BODY with raised markers, NOTED_NOTES as footnotes."""
    placed = [Placed(LEFT_MM, TOP_MM, NOTED_TITLE, 16.0, bold=True)]
    filler = " ".join(numbered("energy markets", 5))
    placed += column(flow(f"{filler} {NOTED_BODY}", 170), LEFT_MM, TOP_MM + 14)
    placed += notes_from(245.0, NOTED_NOTES, NOTE_PT, "")
    write_layout_pdf(path, [placed])


SOURCE_NOTE = (
    "Sources: Eurostat, accessed 7 December 2023; the operator's annual report for 2022, "
    "published on 14 March 2023; press release of the ministry, 2 May 2023."
)


def source_note(path: Path) -> list[str]:
    """One page: body sentences, an unnumbered "Sources:" note in small type under them
    (as under a chart or at a brief's end), then more body sentences. Returns the body's."""
    first, second = numbered("power exports", 4), numbered("grid reserves", 3)
    lines1 = flow(" ".join(first), 170)
    placed = column(lines1, LEFT_MM, TOP_MM)
    top = TOP_MM + len(lines1) * pitch(BODY_PT) + 3
    note = flow(SOURCE_NOTE, 170, NOTE_PT)
    placed += column(note, LEFT_MM, top, NOTE_PT)
    top += len(note) * pitch(NOTE_PT) + 6
    placed += column(flow(" ".join(second), 170), LEFT_MM, top)
    write_layout_pdf(path, [placed])
    return [*first, *second]


AXIS_LABEL = "Thousands of units"


def axis_label(path: Path) -> list[str]:
    """One page: body sentences, a chart's axis years under them and its vertical axis label
    set bottom to top beside them (USITC's chart). Returns the body's sentences."""
    body = numbered("car exports", 4)
    lines = flow(" ".join(body), 150)
    placed = column(lines, LEFT_MM + 20, TOP_MM)
    top = TOP_MM + len(lines) * pitch(BODY_PT) + 30
    placed.append(Placed(LEFT_MM + 20, top, "2018 2019 2020 2021 2022 2023", NOTE_PT))
    placed.append(Placed(LEFT_MM + 5, top, AXIS_LABEL, NOTE_PT, angle=90))
    write_layout_pdf(path, [placed])
    return body
