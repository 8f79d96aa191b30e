"""PDFium's characters on a page: each one's box, baseline, size and weight, and the pieces of
physical lines they make.

PDFium's own text lines run on where a raised note number hides a line break, or across a
column gutter; a piece is the characters of one physical line with no gutter between them.
Boxes are in PDF points from the page's top-left corner, as the page image is drawn.
"""

from __future__ import annotations

import ctypes
import itertools
import re
import statistics

# The next glyph is on another physical line when its baseline moves by more than this share
# of the glyphs' (loose) height: a raised marker moves 0.3-0.45 of it, a line 0.85 or more.
LINE_SHARE = 0.6
# A gap wider than this many glyph heights is no word space (0.25-0.6 em even when justified)
# but a column gutter or a table's cell gap; columns.reading_order decides which.
GAP_SHARE = 1.2
# Four single letters in a row across spaces are one letter-spaced word: prose in English
# or Polish, whose one-letter words are "a", "I", "i", "w", "z", "o", "u", never has four.
SPACED_LETTERS = 4
_SINGLES = re.compile(rf"(?:^|\s)(?:\w\s){{{SPACED_LETTERS - 1}}}\w(?:\s|$)")
WIDE_GAP = 2.0
# A raised note number's box tops the line's by at most this share of its height (0.2-0.45).
RAISE_LIMIT = 0.6


# A weight of 600 or more is bold (CSS's semibold); a font named bold is bold at any weight.
BOLD_WEIGHT = 600
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)

Box = tuple[float, float, float, float]


class Measure:
    """Per-character PDFium queries on one text page."""

    def __init__(self, raw: object, textpage: object, height: float) -> None:
        self.raw, self.textpage, self.height = raw, textpage, height
        self.rect = raw.FS_RECTF()  # type: ignore[attr-defined]
        self.l, self.r, self.b, self.t = (ctypes.c_double() for _ in range(4))
        self.x, self.y = ctypes.c_double(), ctypes.c_double()
        self.matrix = raw.FS_MATRIX()  # type: ignore[attr-defined]

    def loose(self, index: int) -> tuple[float, float, float, float]:
        """(x0, top, x1, bottom) of a character's loose box (the font's ascent to descent,
        the same height for every glyph of a size), from the page's top-left."""
        rect = self.rect
        self.raw.FPDFText_GetLooseCharBox(self.textpage, index, rect)
        return rect.left, self.height - rect.top, rect.right, self.height - rect.bottom

    def box(self, index: int) -> Box:
        """(x0, top, x1, bottom) of a character's glyph, from the page's top-left."""
        self.raw.FPDFText_GetCharBox(self.textpage, index, self.l, self.r, self.b, self.t)
        return self.l.value, self.height - self.t.value, self.r.value, self.height - self.b.value

    def baseline(self, index: int) -> float:
        """The y of a character's origin on its baseline, from the page's top-left."""
        self.raw.FPDFText_GetCharOrigin(self.textpage, index, self.x, self.y)
        return self.height - self.y.value

    def size(self, index: int) -> float:
        """The printed size in points: the font size scaled by the character's matrix (many
        PDFs set a 1-point font and scale it; FPDFText_GetFontSize alone then says 1)."""
        size = float(self.raw.FPDFText_GetFontSize(self.textpage, index))
        if self.raw.FPDFText_GetMatrix(self.textpage, index, self.matrix):
            m = self.matrix
            size *= abs(m.a * m.d - m.b * m.c) ** 0.5
        return size

    def rotated(self, index: int) -> bool:
        """Whether a character is set at more than 45 degrees to the page's lines."""
        if not self.raw.FPDFText_GetMatrix(self.textpage, index, self.matrix):
            return False
        return abs(self.matrix.b) > abs(self.matrix.a)

    def generated(self, index: int) -> bool:
        """Whether PDFium made the character up: a space it guessed from a gap."""
        return self.raw.FPDFText_IsGenerated(self.textpage, index) == 1

    def bold(self, index: int) -> bool:
        """Whether a character is set bold: by its font's weight, or by the font's name
        where the weight says too little (PDFium guesses 455 for Chromium's embedded
        "DejaVuSerif-Bold", against 380 for its regular face)."""
        if int(self.raw.FPDFText_GetFontWeight(self.textpage, index)) >= BOLD_WEIGHT:
            return True
        name = self.font(index)  # "AAAAAA+DejaVuSerif-Bold": a subset's tag, then the name
        return bool(_BOLD_NAME.search(name.partition("+")[2] or name))

    def font(self, index: int) -> str:
        buffer = ctypes.create_string_buffer(128)
        flags = ctypes.c_int()
        self.raw.FPDFText_GetFontInfo(self.textpage, index, buffer, 128, ctypes.byref(flags))
        return buffer.value.decode("latin-1")


class Piece:
    """Characters of one PDFium line on one physical line, without a gutter between them; or
    on several, where PDFium joined a hyphenated word across the line end (wraps: the index
    of the first character of each further physical line)."""

    __slots__ = ("box", "boxes", "end", "row", "start", "wraps")

    def __init__(
        self,
        start: int,
        end: int,
        row: tuple[int, int],
        boxes: dict[int, Box],
        wraps: tuple[int, ...] = (),
    ) -> None:
        self.start, self.end, self.row, self.boxes, self.wraps = start, end, row, boxes, wraps
        values = boxes.values()
        self.box = (
            min(b[0] for b in values),
            min(b[1] for b in values),
            max(b[2] for b in values),
            max(b[3] for b in values),
        )


def line_pieces(measure: Measure, text: str, start: int, end: int, row: int) -> list[Piece]:
    """The pieces of text[start:end]: a new physical line where the baseline moves by more
    than LINE_SHARE of a glyph's height, a new piece after a gap of GAP_SHARE of it."""
    solid = [i for i in range(start, end) if not text[i].isspace()]
    pieces: list[Piece] = []
    boxes: dict[int, Box] = {}
    physical = 0
    previous: Box | None = None
    first = last = solid[0] if solid else start
    base, height = 0.0, float("inf")
    wraps: list[int] = []
    for i in solid:
        box = measure.loose(i)
        baseline = measure.baseline(i)
        # Some fonts declare a bounding box several lines tall: the least height on the
        # line so far is the text's.
        height = min(height, box[3] - box[1])
        if previous is not None:
            new_line = abs(baseline - base) > LINE_SHARE * height
            # A jump back to the left as wide as a gap is text of another column that PDFium
            # ran on to (a stream written row by row across a body and a box beside it).
            gap = max(box[0] - previous[2], previous[0] - box[2])
            split = new_line or gap > GAP_SHARE * height
            # "For\ufffeeign": a word PDFium joined across the line end stays one piece,
            # whose next physical line is noted for the boxes of its parts.
            if split and not (text[last] == "-" and soft_hyphen(measure, last)):
                pieces.append(Piece(first, last + 1, (row, physical), boxes, tuple(wraps)))
                physical += new_line
                boxes, first, wraps = {}, i, []
            elif new_line:
                wraps.append(i)
        boxes[i] = box
        previous, last, base = box, i, baseline
    if boxes:
        pieces.append(Piece(first, last + 1, (row, physical), boxes, tuple(wraps)))
    return pieces


def marker_rows(pieces: list[Piece]) -> list[Piece]:
    """The pieces, a piece that opens a PDFium line given the row of the piece before it when
    it goes on along the same physical line: PDFium breaks its line before a raised note
    number set as a text run of its own (a browser's <sup>), and "network." / "1 The switch"
    had become two lines, the note number kept as a note's. A piece is measured against the
    whole row so far, not a raised number's box ("Anna Nowak" / "1" / ", John Smith")."""
    row_box: dict[tuple[int, int], Box] = {}  # each row's pieces so far, as one box
    for previous, piece in itertools.pairwise(pieces):
        line = _union(row_box.get(previous.row, previous.box), previous.box)
        row_box[previous.row] = line
        if piece.row[0] != previous.row[0] and not piece.row[1] and _goes_on(line, piece.box):
            piece.row = previous.row
    return pieces


def _goes_on(line: Box, box: Box) -> bool:
    """Whether a box goes on along a line: beside its end, its glyphs on its baseline or
    raised above it (never lower), within the line's height."""
    height = line[3] - line[1]
    along = -0.1 * height <= box[0] - line[2] < GAP_SHARE * height
    level = line[3] - RAISE_LIMIT * height <= box[3] <= line[3] + 0.1 * height
    return along and level and box[1] >= line[1] - RAISE_LIMIT * height


def _union(a: Box, b: Box) -> Box:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def letter_spaced(measure: Measure, text: str, keep: list[int]) -> list[int]:
    """keep without the spaces PDFium guessed between the letters of a letter-spaced word
    ("C O M M E N TARY" from CSS letter-spacing: tracking opens each gap about equally, and
    PDFium takes some gaps for word spaces). A word is letter-spaced where four or more
    single letters follow each other across guessed spaces; a letter group beside them
    joins when its own letters stand as far apart (kerning closed some gaps: "TARY"). A
    guessed space twice as wide as the run's usual gap still parts two words."""
    if not _SINGLES.search("".join(text[i] for i in keep)):
        return keep
    tokens: list[list[int]] = [[]]
    joins: list[int | None] = []  # the guessed space between tokens k and k + 1, if any
    for i in keep:
        if not text[i].isspace():
            tokens[-1].append(i)
        elif tokens[-1]:
            joins.append(i if measure.generated(i) else None)
            tokens.append([])
        elif joins:
            joins[-1] = None  # two spaces: a real word space
    if not tokens[-1]:
        tokens.pop()
    single = [len(t) == 1 and text[t[0]].isalpha() for t in tokens]
    dropped: set[int] = set()
    k = 0
    while k < len(tokens):
        if not single[k]:
            k += 1
            continue
        end = k
        while end + 1 < len(tokens) and single[end + 1] and joins[end] is not None:
            end += 1
        if end - k + 1 < SPACED_LETTERS:
            k = end + 1
            continue
        gaps = [_gap(measure, tokens[j][-1], tokens[j + 1][0]) for j in range(k, end)]
        usual = statistics.median(gaps)
        for j in range(k, end):
            if gaps[j - k] <= WIDE_GAP * usual:
                dropped.add(joins[j])  # type: ignore[arg-type]
        # The letter groups on either side, by the space between them and the run, and on
        # past them while letters stand as far apart ("N" / "OV" / "E M B E R": a kerned
        # pair after the first letter).
        for step, space, word in ((-1, k - 1, k - 1), (1, end, end + 1)):
            while 0 <= space < len(joins) and joins[space] is not None and word < len(tokens):
                inner = [_gap(measure, a, b) for a, b in itertools.pairwise(tokens[word])]
                left, right = (word, word + 1) if step < 0 else (word - 1, word)
                gap = _gap(measure, tokens[left][-1], tokens[right][0])
                spaced = statistics.median(inner) >= usual / 2 if inner else single[word]
                if not spaced or gap > WIDE_GAP * usual:
                    break
                dropped.add(joins[space])  # type: ignore[arg-type]
                space, word = space + step, word + step
        k = end + 1
    return [i for i in keep if i not in dropped]


def _gap(measure: Measure, left: int, right: int) -> float:
    return measure.loose(right)[0] - measure.loose(left)[2]


def soft_hyphen(measure: Measure, index: int) -> bool:
    """Whether the hyphen at index is one PDFium marked as a line-end hyphen (code 2, U+FFFE
    in its text)."""
    return int(measure.raw.FPDFText_GetUnicode(measure.textpage, index)) in (0x2, 0xFFFE)
