"""Front pages as other publishers set them, generated here (tests/layout_pdf.py): the series
and number in their common forms (English and Polish: "No. 45 (2164)", "nr 12", "Working
Paper 12"), a title in title case with no small word or in capitals, a byline after "Edited
by" or "Authors:" or with affiliations in brackets, dates as "12.03.2024" or "14 marca 2024
r.", a genre word printed above the title. Each brief must be cited as a librarian would:
title, authors, date, series, number. None of these forms was seen in ../shared/realpdf."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.clean import strip_furniture_lines
from assistant.frontpage import front_metadata
from assistant.read import read_file
from tests.covers import COVERS, write_cover


@pytest.mark.parametrize("name", sorted(COVERS))
def test_a_cover_is_cited_as_printed(tmp_path: Path, name: str) -> None:
    expected = COVERS[name][1]
    path = write_cover(tmp_path, name)
    raw = read_file(path.name, path.read_bytes(), "none")
    metadata, sources, _ = front_metadata(
        raw.pages, strip_furniture_lines(raw.pages), raw.info, path.stem
    )
    got = (metadata.title, metadata.authors, metadata.date, metadata.series, metadata.number)
    assert got == expected, name
    assert dict(sources)["title"] == "front page", sources
    if name == "inside_byline":
        assert dict(sources)["authors"] == "page 2", sources
