"""Layout cues for cleaning: headings by size and weight, notes kept apart, line boxes.

Pure functions over the Lines the text layer measured; lines without positions (text files,
pypdf-free tests) have size 0 and no box, and every cue here is then silent.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from .notes import body_size as body_size  # the size of the text outside notes
from .records import Line

# A line at least this much larger than the body text is a heading: body sizes sit within
# 5% of each other, and the headings of the real briefs here are 1.2-2x the body.
HEADING_SCALE = 1.15
HEADING_WORDS = 20
# A line at least this much larger than the body, and larger than the line before it, is a
# heading even where that line ends no sentence: no sentence runs on in display type. The
# Indo-Pacific strategy's "CONCLUSION" (28 pt on 10 pt) follows a label without a full stop.
DISPLAY_SCALE = 2.0
# A heading in the body's size, told apart by its weight only, is short: a longer bold line is
# a lead sentence set in bold, which the body goes on from (the ODNI assessment's key
# judgments: 20 words a line, and their sentences were lost to the section label).
BOLD_HEADING_WORDS = 12
# Sizes of one paragraph's lines differ by rounding only; a byline or a note is 10-25% off.
TYPE_CHANGE = 0.08
_TERMINAL = tuple(".!?:;,")
_CLOSING = "\"'”’»)]"


def is_layout_heading(
    line: Line, previous: Line, body: float, pending_break: bool, continues: bool = False,
    after: Line | None = None, in_sentence: bool = False,
) -> bool:  # fmt: skip
    """A short line set larger than the body, or bold apart from it, after a closed line.

    Args:
        line: the line. previous: the kept line before it (Line("") at the start).
        body: the document's body size (0: unknown, never a heading by layout).
        pending_break: a blank line or page break came since the previous line.
        continues: the previous line ended a heading; a line in its size and weight goes on
            with it ("... Grid Connections" / "to Continental Europe"), whatever its first
            letter (a bold heading's second line is no longer "bold apart" from the first).
        after: the next line, if known. A bold line at body size, not in capitals, that runs
            on into a regular line in lower case is a bold lead sentence, not a heading (the
            ODNI assessment's "China is using complex, whole-of-government campaigns
            featuring ..." / "operations short of war ..."); a title in capitals stays one
            above its date ("RZECZYPOSPOLITEJ POLSKIEJ" / "z dnia 2 kwietnia 1997 r.").
        in_sentence: the lines in the line's style from it on end a sentence (style_run_ends):
            at body size that is a paragraph set in bold, not a heading.
    """
    text = line.text.strip()
    if not body or not line.size or line.note or not text:
        return False
    # A sentence in quotes ends inside them: a pull quote set large ("... without Russian
    # gas.”") is no heading.
    if len(text.split()) > HEADING_WORDS or text.rstrip(_CLOSING).endswith(_TERMINAL[:-1]):
        return False
    larger = line.size >= HEADING_SCALE * body
    if not larger and len(text.split()) > BOLD_HEADING_WORDS:
        return False
    if continues and not pending_break and same_style(line, previous):
        return larger or line.bold
    if not text[0].isupper() and not text[0].isdigit():
        return False
    bold_apart = line.bold and not previous.bold and abs(line.size - body) < 0.5
    runs_on = (
        after is not None
        and after.text[:1].islower()
        and not same_style(after, line)
        and text.upper() != text
    )
    # A bold line that ends in a comma goes on ("Advance a free and open Indo-Pacific that is
    # more connected," / "prosperous, secure, and resilient." on the strategy's page 10).
    bold_apart = bold_apart and not runs_on and not in_sentence and not text.endswith(",")
    closed = pending_break or not previous.text or previous.text.rstrip().endswith(_TERMINAL)
    closed = closed or (line.size >= DISPLAY_SCALE * body and line.size > previous.size)
    return (larger or bold_apart) and (closed or same_style(line, previous))


def style_run_ends(lines: Sequence[Line], index: int) -> bool:
    """Whether the lines in lines[index]'s size and weight from it on, up to a blank line or
    another style, are one sentence: it runs on into the next line in lower case and the
    last ends with a full stop. "Strengthen the U.S. role and build" / "collective capacity
    ..." / "institutions." in bold is a paragraph, whose first line had been taken for a
    heading; a heading over its article's label ("Wolności i prawa ..." / "Art. 64.") and a
    question set on two lines ("What Is at Stake for" / "the Baltic States?") are not."""
    run = list(itertools.takewhile(lambda x: same_style(x, lines[index]), lines[index:]))
    return (
        len(run) > 1 and run[1].text[:1].islower() and run[-1].text.rstrip(_CLOSING).endswith(".")
    )


def same_style(line: Line, previous: Line) -> bool:
    """Both lines in one size and weight, as the lines of one heading are."""
    return bool(line.size) and line.size == previous.size and line.bold == previous.bold


def leaves_note(line: Line, previous: Line) -> bool:
    """Body text again after a footnote: the note ends its paragraph."""
    return bool(previous.note) and not line.note


def trim_last_run(runs: list[tuple[int, int, int, float, float, float, float]], size: int) -> None:
    """The last line's run ends at size (its hyphen went when the word was joined)."""
    if runs and runs[-1][1] > size:
        start, _, page, *box = runs[-1]
        runs[-1] = (start, size, page, *box)  # type: ignore[assignment]


def new_type(line: Line, previous: Line) -> bool:
    """The line is set in another size than the one before: a new paragraph (a byline under a
    title, the first line of a note), never the same sentence going on."""
    if not line.size or not previous.size:
        return False
    return abs(line.size - previous.size) > TYPE_CHANGE * max(line.size, previous.size)


def extend_notes(notes: list[tuple[int, int, str]], label: str, start: int, end: int) -> None:
    """Record a note line: a number opens a note (start, end, number), "+" goes on with it."""
    if label == "+" and notes:
        notes[-1] = (notes[-1][0], end, notes[-1][2])
    elif label and label != "+":
        notes.append((start, end, label))
