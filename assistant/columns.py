"""Reading order on a page: line pieces -> blocks read one after the other, column by column.

A recursive XY cut over the pieces' boxes, with gutters found on each page from the boxes
themselves: a vertical strip of white at least GUTTER_SHARE of the text height wide, with
prose on both sides, splits a region into columns read left then right; otherwise the widest
horizontal strip of white splits it into parts read top then bottom, and each part is cut
again. A page with no column anywhere keeps PDFium's order untouched (a single column, a
table read row by row). Margin pieces (running headers, footers) stay out of the cut: the
top margin's are read first, the bottom margin's last.
"""

from __future__ import annotations

from collections.abc import Sequence

Box = tuple[float, float, float, float]  # x0, top, x1, bottom from the page's top-left

# A column gutter is at least this many text heights wide; word spaces are a quarter of one.
GUTTER_SHARE = 1.0
# Each side of a gutter holds at least this many lines of prose, each this many text heights
# wide (about six words): a date printed right of a heading, a table of figures or a
# signature beside a name is no column.
COLUMN_LINES = 3
PROSE_SHARE = 10.0
# A piece this share of its region's width spans the columns (a title, a footnote).
WIDE_SHARE = 0.6
# A column narrower than this share of the one beside it is a sidebar, read after the text.
SIDE_SHARE = 0.5
# A region smaller than two columns' worth of lines is not cut again.
LEAST_REGION = 2 * COLUMN_LINES


def reading_order(boxes: Sequence[Box], margins: Sequence[bool]) -> list[list[int]]:
    """The indices of the pieces in reading order, as blocks: a new block starts a column.

    Args:
        boxes: each piece's box, in PDFium's order. margins: whether it lies in a margin.

    Returns:
        One block with every index in PDFium's order when the page has no columns.
    """
    body = [i for i, margin in enumerate(margins) if not margin]
    if not _may_have_columns(boxes, body):
        return [list(range(len(boxes)))] if boxes else []
    blocks, cut = _cut(boxes, body)
    if not cut:
        return [list(range(len(boxes)))]
    middle = sum((boxes[i][1] for i in body), 0.0) / max(1, len(body))
    top = [i for i, margin in enumerate(margins) if margin and boxes[i][1] < middle]
    bottom = [i for i, margin in enumerate(margins) if margin and boxes[i][1] >= middle]
    return [block for block in ([*top], *blocks, [*bottom]) if block]


def _height(box: Box) -> float:
    return box[3] - box[1]


def _may_have_columns(boxes: Sequence[Box], body: list[int]) -> bool:
    """A cheap test first: some lines of prose start well right of the page's text edge."""
    if len(body) < LEAST_REGION:
        return False
    left = min(boxes[i][0] for i in body)
    right = max(boxes[i][2] for i in body)
    inset = left + 0.25 * (right - left)
    return sum(_prose(boxes[i]) and boxes[i][0] > inset for i in body) >= COLUMN_LINES


def _prose(box: Box) -> bool:
    return box[2] - box[0] >= PROSE_SHARE * _height(box)


def _cut(boxes: Sequence[Box], region: list[int]) -> tuple[list[list[int]], bool]:
    """The region's blocks in reading order, and whether a column was found in it. A block
    ends only where a column does; parts cut apart across the page read on as one block."""
    if len(region) < LEAST_REGION:
        return [region], False
    gutter = _vertical(boxes, region)
    if gutter is not None:
        left = [i for i in region if boxes[i][2] <= gutter]
        right = [i for i in region if boxes[i][0] >= gutter]
        left_blocks, _ = _cut(boxes, left)
        right_blocks, _ = _cut(boxes, right)
        if _span(boxes, left) < SIDE_SHARE * _span(boxes, right):
            # A narrow column beside the text is a sidebar or a margin column: the text first.
            return right_blocks + left_blocks, True
        return left_blocks + right_blocks, True
    split = _horizontal(boxes, region)
    if split is None:
        return [region], False
    above = [i for i in region if boxes[i][3] <= split]
    below = [i for i in region if boxes[i][1] >= split]
    above_blocks, above_cut = _cut(boxes, above)
    below_blocks, below_cut = _cut(boxes, below)
    if not (above_cut or below_cut):
        return [region], False
    if not above_cut:
        return [above + below_blocks[0], *below_blocks[1:]], True
    return above_blocks + below_blocks, True


def _span(boxes: Sequence[Box], region: list[int]) -> float:
    return max(boxes[i][2] for i in region) - min(boxes[i][0] for i in region)


def _vertical(boxes: Sequence[Box], region: list[int]) -> float | None:
    """The x of the widest gutter with prose on both sides, None if there is none."""
    spans = sorted((boxes[i][0], boxes[i][2]) for i in region)
    heights = sorted(_height(boxes[i]) for i in region)
    least = GUTTER_SHARE * heights[len(heights) // 2]
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= least and (best is None or x0 - reach > best[0]):
            middle = (reach + x0) / 2
            if _prose_on_both_sides(boxes, region, middle):
                best = (x0 - reach, middle)
        reach = max(reach, x1)
    return None if best is None else best[1]


def _prose_on_both_sides(boxes: Sequence[Box], region: list[int], x: float) -> bool:
    left = sum(_prose(boxes[i]) for i in region if boxes[i][2] <= x)
    right = sum(_prose(boxes[i]) for i in region if boxes[i][0] >= x)
    return left >= COLUMN_LINES and right >= COLUMN_LINES


def _horizontal(boxes: Sequence[Box], region: list[int]) -> float | None:
    """The y in the middle of the strip of white to cut at, None if there is none.

    A strip beside a piece that spans most of the region (a title over columns, a footnote
    under them) comes first: cutting two columns across between their paragraphs would
    interleave them.
    """
    left = min(boxes[i][0] for i in region)
    right = max(boxes[i][2] for i in region)
    wide = [boxes[i] for i in region if boxes[i][2] - boxes[i][0] >= WIDE_SHARE * (right - left)]
    spans = sorted((boxes[i][1], boxes[i][3]) for i in region)
    best: tuple[bool, float, float] | None = None
    reach = spans[0][1]
    for top, bottom in spans[1:]:
        if top > reach:
            beside = any(abs(b[3] - reach) < 0.5 or abs(b[1] - top) < 0.5 for b in wide)
            candidate = (beside, top - reach, (reach + top) / 2)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
        reach = max(reach, bottom)
    return None if best is None else best[2]
