"""sync.READING names what reading gives for the same bytes: a sync reads again every brief an
older reading gave. This test notices a change of reading that forgot to raise it: each file's
reading (metadata, clean text, headings, sentences, notes, chunks; not the character boxes) is
fingerprinted under the current READING."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from assistant.embed import Embedder
from assistant.library import load
from assistant.settings import Settings
from assistant.sync import READING, parse_document
from tests.conftest import ROOT, SAMPLE_PDF
from tests.covers import COVERS, write_cover

REAL = ROOT.parent / "shared" / "realpdf"
# Text PDFs only: a scan's reading is Tesseract's, whose output follows its Debian version.
REAL_TEXT = (
    "fedreg_eo_14024_2021-04-19.pdf",
    "odni_annual_threat_assessment_2025.pdf",
    "pl_konstytucja_rp_1997.pdf",
    "us_indo_pacific_strategy_2022-02.pdf",
    "uscc_backgrounder_2013-05-10_core_interests.pdf",
    "wh_remarks_harris_duda_2022-03-10.pdf",
)
MARKDOWN = """---
title: Grain Corridors After the Summit
authors: [Anna Nowak]
date: 2025-05-03
---
# What was agreed?

The ministers agreed on two new grain corridors. They meet again in June.

# What comes next?

Ports on the Baltic will handle the extra traffic, the envoy said.
"""

# READING -> file -> fingerprint. When a change to reading (ours, or a new release of PDFium or
# syntok) changes a fingerprint, raise READING in assistant/sync.py and record the new
# fingerprints under the new number: the briefs users have indexed are read again.
FINGERPRINTS: dict[int, dict[str, str]] = {
    # 16: the Polish Constitution keeps a number after "ust." or "art." in its sentence (100
    # sentences were cut after the abbreviation); the ODNI assessment's cover line and the
    # White House remarks' place line are no body sentences; every other file reads as under 15;
    # the history of READING is in assistant/sync.py.
    16: {
        "pism-spotlight-43-2025.pdf": "65ee2b965b0787c9",
        "grain.md": "d592f1b50572bab4",
        "acronym.pdf": "951a8ce8dcefc22e",
        "affiliations.pdf": "9319181194355efc",
        "authors_label.pdf": "de0b4fcd7aac2e03",
        "biuletyn.pdf": "2dfa5f798ee265cd",
        "bulletin.pdf": "b43c4665c921dbbe",
        "capitals.pdf": "366d53a5f2447851",
        "capitals_byline.pdf": "8e4d8fc064f50a3f",
        "edited_report.pdf": "c8312e82340e891d",
        "honorifics.pdf": "c2c7bfe6d85b5b75",
        "hyphenated.pdf": "1799e1118a3cba07",
        "inside_byline.pdf": "c1fb5dd34e3c8d92",
        "komentarz.pdf": "d60cbf6f2737a1ce",
        "policy_brief.pdf": "f81a58585610ea67",
        "policy_paper.pdf": "fa6abe72eb12297e",
        "title_case.pdf": "50ec482c93dfbd08",
        "title_page.pdf": "6b4d63f87b9786fd",
        "working_paper.pdf": "55ff1a894c1dad82",
        "fedreg_eo_14024_2021-04-19.pdf": "159a8495352f2767",
        "odni_annual_threat_assessment_2025.pdf": "05d581b249eb97f1",
        "pl_konstytucja_rp_1997.pdf": "51b11750cdd76208",
        "us_indo_pacific_strategy_2022-02.pdf": "f1a7ae62fc1932bf",
        "uscc_backgrounder_2013-05-10_core_interests.pdf": "936585ac38275dbc",
        "wh_remarks_harris_duda_2022-03-10.pdf": "d2bb4b5211bbc937",
    },
}


def _fingerprint(path: Path, embedder: Embedder) -> str:
    source = load(path, path.name, path.stat().st_size, path.stat().st_mtime)
    document, clean, chunks, _ = parse_document(source, Settings(), embedder)
    reading = {
        "document": [
            document.title,
            document.series,
            document.number,
            document.date,
            document.authors,
            document.language,
            document.pages,
            document.sources,
            document.ocr_pages,
        ],
        "clean": [clean.text, clean.page_starts, clean.page_labels, clean.headings],
        "sentences": clean.sentences,
        "notes": clean.notes,
        "chunks": [(c.start, c.end, c.page, c.section, c.sentences) for c in chunks],
    }
    text = json.dumps(reading, ensure_ascii=False, default=list)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def test_a_change_of_reading_raises_its_version(embedder: Embedder, tmp_path: Path) -> None:
    markdown = tmp_path / "grain.md"
    markdown.write_text(MARKDOWN, encoding="utf-8")
    covers = [write_cover(tmp_path, name) for name in sorted(COVERS)]
    real = [REAL / name for name in REAL_TEXT if (REAL / name).is_file()]
    files = [SAMPLE_PDF, markdown, *covers, *real]
    found = {path.name: _fingerprint(path, embedder) for path in files}
    recorded = FINGERPRINTS.get(READING, {})
    changed = {name: value for name, value in found.items() if recorded.get(name) != value}
    assert not changed, (
        f"the reading of {sorted(changed)} differs from what READING = {READING} recorded: "
        f"reading changed, so raise READING in assistant/sync.py to {READING + 1} and record "
        f"FINGERPRINTS[{READING + 1}] = {json.dumps(found, indent=4)}"
    )
    if not (REAL / REAL_TEXT[0]).is_file():
        pytest.skip(f"only the bundled brief was checked: the real PDFs are not at {REAL}")
